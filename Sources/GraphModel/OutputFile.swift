import Foundation

/// Writes outputs whole or not at all: into a temporary file in the same folder, then renamed into place.
public enum OutputFile {
    /// Why an output could not be written.
    public enum Error: Swift.Error, CustomStringConvertible, Sendable {
        case folderMissing(path: String, folder: String)
        case folderNotWritable(path: String, folder: String)
        case writeFailed(path: String, reason: String)

        public var description: String {
            switch self {
            case .folderMissing(let p, let f): return "\(p): cannot write: folder \(f) does not exist"
            case .folderNotWritable(let p, let f): return "\(p): cannot write: folder \(f) is not writable"
            case .writeFailed(let p, let r): return "\(p): cannot write: \(r)"
            }
        }
    }

    /// Checks, before any long work, that `path` can be written: its folder exists and is writable.
    public static func checkWritable(_ path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw Error.folderMissing(path: path, folder: folder)
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw Error.folderNotWritable(path: path, folder: folder)
        }
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { emit in try emit(bytes) }
    }

    /// Writes to `path` atomically what `produce` hands, in chunks, to the `emit` function it is given: into a
    /// temporary file in the same folder, renamed into place only when `produce` returns; if it or a write
    /// throws, the temporary file is removed and `path` is left as it was.
    public static func write(to path: String, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
        try checkWritable(path)
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = folder + "/." + name + ".tmp-" + String(ProcessInfo.processInfo.processIdentifier) + "-" + String(UInt32.random(in: 0...UInt32.max))
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            throw Error.writeFailed(path: path, reason: "temporary file could not be created (\(String(cString: strerror(errno))))")
        }
        do {
            try produce { chunk in
                // Written straight from the buffer (no copy into Data: exports can be gigabytes).
                let failure: String? = chunk.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let n = Foundation.write(fd, buffer.baseAddress! + offset, min(buffer.count - offset, 1 << 24))
                        if n < 0 {
                            if errno == EINTR { continue }
                            return String(cString: strerror(errno))
                        }
                        offset += n
                    }
                    return nil
                }
                if let failure { throw Error.writeFailed(path: path, reason: failure) }
            }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Error.writeFailed(path: path, reason: reason)
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Error.writeFailed(path: path, reason: reason)
        }
    }

    /// Writes text to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}
