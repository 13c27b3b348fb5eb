import Foundation

/// Writes outputs whole or not at all, without replacing anything that is not the output file itself.
///
/// - A regular file (or a path where nothing exists yet) is written to a temporary file in the same folder, then
///   renamed into place. An existing file keeps its permissions (and, where allowed, its owner); a new one gets
///   the permissions the umask gives.
/// - A symbolic link is followed to the file it names, and that file is replaced: the link stays a link.
/// - A character device, a FIFO or a socket (`/dev/null`, a named pipe, a terminal) is written by opening it, never
///   replaced; `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` write to the process's own descriptor.
/// - A folder or a block device is refused before any work starts.
///
/// Temporary files are removed when the process is stopped by SIGINT, SIGTERM, SIGHUP or SIGPIPE; after a SIGKILL,
/// the next run writing the same output removes the temporary files that dead processes left beside it.
public enum OutputFile {
    /// Why an output could not be written.
    public enum Error: Swift.Error, CustomStringConvertible, Sendable {
        case folderMissing(path: String, folder: String)
        case folderNotWritable(path: String, folder: String)
        case isAFolder(path: String)
        case notWritableKind(path: String, kind: String)
        case noReader(path: String)
        case writeFailed(path: String, reason: String)

        public var description: String { "\(path): cannot write: \(reason)" }

        /// The path that could not be written.
        public var path: String {
            switch self {
            case .folderMissing(let p, _), .folderNotWritable(let p, _), .isAFolder(let p), .notWritableKind(let p, _),
                 .noReader(let p), .writeFailed(let p, _):
                return p
            }
        }

        /// Why, without the path: `folder out does not exist`.
        public var reason: String {
            switch self {
            case .folderMissing(_, let f): return "folder \(f) does not exist"
            case .folderNotWritable(_, let f): return "folder \(f) is not writable"
            case .isAFolder: return "it is a folder (name a file in it)"
            case .notWritableKind(_, let k): return "it is a \(k), not a file (name a file instead)"
            case .noReader: return "no process is reading this FIFO (start the reader first)"
            case .writeFailed(_, let r): return r
            }
        }
    }

    /// How an output path is written.
    public enum Target: Equatable, Sendable {
        /// Replaced atomically: this path (a symbolic link's final target) is a regular file or does not exist.
        case replace(String)
        /// Opened and written in place: a character device, FIFO or socket.
        case open(String)
        /// One of the process's own descriptors (`/dev/stdout`, `/dev/fd/1`).
        case descriptor(Int32)
    }

    /// Where writing `path` goes, following symbolic links; throws for what cannot be written (a folder, a block
    /// device, a missing or read-only folder).
    public static func target(of path: String) throws -> Target {
        if let fd = ownDescriptor(path) { return .descriptor(fd) }
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0 else { break }  // nothing there yet: a new file
            guard st.st_mode & S_IFMT == S_IFLNK else { break }
            guard let link = readLink(current) else { break }
            if link.hasPrefix("pipe:") || link.hasPrefix("socket:") || link.hasPrefix("anon_inode:") { return .open(path) }
            let next = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
            if let fd = ownDescriptor(next) { return .descriptor(fd) }
            current = next
        }
        var st = stat()
        if stat(current, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw Error.isAFolder(path: path)
            case S_IFCHR, S_IFIFO, S_IFSOCK: return .open(current)
            case S_IFBLK: throw Error.notWritableKind(path: path, kind: "block device")
            default: throw Error.notWritableKind(path: path, kind: "special file")
            }
        }
        let dir = folder(of: current)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw Error.folderMissing(path: path, folder: dir)
        }
        guard access(dir, W_OK) == 0 else { throw Error.folderNotWritable(path: path, folder: dir) }
        return .replace(current)
    }

    /// Checks, before any long work, that `path` can be written (see ``target(of:)``).
    public static func checkWritable(_ path: String) throws {
        _ = try target(of: path)
    }

    /// Writes `bytes` to `path` atomically. `durable`: a replaced file's bytes are flushed to the disk (`fsync`)
    /// before it is renamed into place, so that a crash or power cut leaves the old file or the new one whole
    /// (for state a later run resumes from, such as `fetch`'s).
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = false) throws {
        try write(to: path, durable: durable) { emit in try emit(bytes) }
    }

    /// Writes text to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes to `path` what `produce` hands, in chunks, to the `emit` function it is given. A file is written to a
    /// temporary file in the same folder, renamed into place only when `produce` returns; if it or a write throws,
    /// the temporary file is removed and `path` is left as it was. A device or FIFO is written as it goes.
    /// With `durable`, a replaced file is flushed to the disk before the rename.
    public static func write(to path: String, durable: Bool = false,
                             _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
        switch try target(of: path) {
        case .descriptor(let fd):
            try produce { chunk in
                if let failure = writeAll(fd, chunk) { throw Error.writeFailed(path: path, reason: failure) }
            }
        case .open(let device):
            let fd = open(device, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else {
                if errno == ENXIO { throw Error.noReader(path: path) }
                throw Error.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
            defer { close(fd) }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            try produce { chunk in
                if let failure = writeAll(fd, chunk) { throw Error.writeFailed(path: path, reason: failure) }
            }
        case .replace(let file):
            try replace(file, shownAs: path, durable: durable, produce)
        }
    }

    private static func replace(_ file: String, shownAs path: String, durable: Bool,
                                _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
        let dir = folder(of: file)
        let name = (file as NSString).lastPathComponent
        removeStaleTemporaryFiles(of: name, in: dir)
        TemporaryFiles.installSignalHandlers()
        let temp = dir + "/." + name + ".tmp-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max))
        let slot = TemporaryFiles.register(temp)
        defer { TemporaryFiles.unregister(slot) }
        // 0666 less the umask for a new file; an existing file's own permissions are set below.
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw Error.writeFailed(path: path, reason: "temporary file could not be created (\(String(cString: strerror(errno))))")
        }
        var existing = stat()
        if stat(file, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = fchown(fd, existing.st_uid, existing.st_gid)  // allowed for root, or for a group the user is in
            _ = fchmod(fd, existing.st_mode & 0o7777)
        }
        do {
            try produce { chunk in
                if let failure = writeAll(fd, chunk) { throw Error.writeFailed(path: path, reason: failure) }
            }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        if durable, fsync(fd) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            unlink(temp)
            throw Error.writeFailed(path: path, reason: reason)
        }
        guard close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Error.writeFailed(path: path, reason: reason)
        }
        if rename(temp, file) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw Error.writeFailed(path: path, reason: reason)
        }
    }

    /// Writes every byte of `bytes` to `fd`, straight from the buffer (exports can be gigabytes); the reason it
    /// failed, or nil.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { buffer in
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
    }

    /// The device and inode of the file `path` names (links followed), or nil when there is none.
    public static func identity(of path: String) -> (device: UInt64, inode: UInt64)? {
        identity(ofBytePath: Array(path.utf8))
    }

    /// The device and inode of the file whose path is these bytes (a name that is not UTF-8).
    public static func identity(ofBytePath bytes: [UInt8]) -> (device: UInt64, inode: UInt64)? {
        var st = stat()
        guard stat(bytes.map { CChar(bitPattern: $0) } + [0], &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino))
    }

    /// Temporary files `.NAME.tmp-PID-RANDOM` beside `name` whose process no longer runs (killed with SIGKILL, or
    /// by a power cut) are removed.
    static func removeStaleTemporaryFiles(of name: String, in dir: String) {
        let prefix = "." + name + ".tmp-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count).split(separator: "-")
            guard rest.count == 2, let pid = Int32(rest[0]), UInt32(rest[1]) != nil, pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(dir + "/" + entry) }
        }
    }

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N`: the descriptor they name.
    static func ownDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        case "/dev/stdin": return 0
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where path.hasPrefix(prefix) {
            return Int32(path.dropFirst(prefix.count))
        }
        return nil
    }

    static func folder(of path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buffer, 4096)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
