import Foundation

extension OutputFile {
    /// Writes `path` atomically with a producer that needs a file path rather than a stream of bytes (a
    /// database): `produce` is handed a temporary path in the same folder, renamed into place when it returns;
    /// if it throws, the temporary file (and any `-journal`, `-wal` or `-shm` beside it) is removed and `path`
    /// is left as it was.
    public static func write(toPath path: String, _ produce: (_ temporaryPath: String) throws -> Void) throws {
        try checkWritable(path)
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = folder + "/." + name + ".tmp-" + String(ProcessInfo.processInfo.processIdentifier) + "-" + String(UInt32.random(in: 0...UInt32.max))
        func cleanUp() {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temp + suffix) }
        }
        do {
            try produce(temp)
        } catch {
            cleanUp()
            throw error
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            cleanUp()
            throw Error.writeFailed(path: path, reason: reason)
        }
    }
}
