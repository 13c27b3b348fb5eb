import Foundation

extension OutputFile {
    /// Writes `path` whole with a producer that needs a file path rather than a stream of bytes (a database):
    /// `produce` is handed a temporary path in the same folder, renamed into place when it returns; if it
    /// throws, or the process is stopped by a signal, the temporary file (and any `-journal`, `-wal` or `-shm`
    /// beside it) is removed and `path` is left as it was. A device, FIFO or descriptor (`/dev/stdout`) gets the
    /// finished file's bytes, built in the system's temporary folder.
    public static func write(toPath path: String, _ produce: (_ temporaryPath: String) throws -> Void) throws {
        let target = try target(of: path)
        let file: String, dir: String
        if case .replace(let f) = target {
            file = f
            dir = folder(of: f)
        } else {
            file = path
            dir = NSTemporaryDirectory().hasSuffix("/") ? String(NSTemporaryDirectory().dropLast()) : NSTemporaryDirectory()
        }
        let name = (file as NSString).lastPathComponent
        removeStaleTemporaryFiles(of: name, in: dir)
        TemporaryFiles.installSignalHandlers()
        let temp = dir + "/." + name + ".tmp-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max))
        let suffixes = ["", "-journal", "-wal", "-shm"]
        let slots = suffixes.map { TemporaryFiles.register(temp + $0) }
        defer { slots.forEach(TemporaryFiles.unregister) }
        func cleanUp() { for suffix in suffixes { unlink(temp + suffix) } }
        do {
            try produce(temp)
        } catch {
            cleanUp()
            throw error
        }
        guard case .replace = target else {
            defer { cleanUp() }
            guard let data = FileManager.default.contents(atPath: temp) else {
                throw Error.writeFailed(path: path, reason: "the finished file could not be read back")
            }
            try write([UInt8](data), to: path)
            return
        }
        var existing = stat()
        if stat(file, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = chmod(temp, existing.st_mode & 0o7777)
        }
        if rename(temp, file) != 0 {
            let reason = String(cString: strerror(errno))
            cleanUp()
            throw Error.writeFailed(path: path, reason: reason)
        }
    }
}
