import HindsightSupport
import Foundation

/// Finds the files under the paths a user gives, reads and decodes them, and segments each into a ``Document``.
///
/// Folders are walked recursively in a stable order (names compared byte-wise), hidden files and folders are
/// skipped, and symbolic links are followed once (a loop is reported, not followed). A file that cannot be
/// used becomes a ``CorpusError`` naming it; the others are still read.
public struct CorpusReader: Sendable {
    /// What reading a set of paths produced.
    public struct Result: Sendable {
        public var documents: [Document]
        public var errors: [CorpusError]
        public var warnings: [CorpusWarning]
        /// The number of files found (read or not).
        public var filesFound: Int
        /// The bytes of text read.
        public var bytesRead: Int

        public init(documents: [Document], errors: [CorpusError], warnings: [CorpusWarning], filesFound: Int, bytesRead: Int) {
            self.documents = documents
            self.errors = errors
            self.warnings = warnings
            self.filesFound = filesFound
            self.bytesRead = bytesRead
        }
    }

    /// A file's decoded text, before segmentation.
    public struct LoadedFile: Sendable {
        public var path: String
        public var text: String
        public var byteCount: Int
        public var warnings: [CorpusWarning]
        /// A hash of the raw bytes, to find duplicate files.
        public var contentHash: UInt64
    }

    /// Forces an input format instead of detecting it from each file's content.
    public var forcedFormat: InputFormat?

    /// Files larger than this many bytes are refused before they are read.
    public var maximumFileSize: Int

    /// 1 GB (10^9 bytes): far above any page or feed, far below what would exhaust memory.
    public static let defaultMaximumFileSize = 1_000_000_000

    public init(forcedFormat: InputFormat? = nil, maximumFileSize: Int = CorpusReader.defaultMaximumFileSize) {
        self.forcedFormat = forcedFormat
        self.maximumFileSize = maximumFileSize
    }

    /// Reads every file under `paths`, in order, skipping duplicates by content. Files are loaded and segmented
    /// on `threads` threads; the result does not depend on their number.
    public func read(paths: [String], threads: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let listing = CorpusReader.list(paths)
        let limit = maximumFileSize
        let loaded = ParallelMap.map(listing.files, threads: threads, progress: progress) { path -> Swift.Result<(LoadedFile, Document), CorpusError> in
            switch CorpusReader.load(path: path, bytePath: listing.bytePaths[path], maximumSize: limit) {
            case .failure(let error): return .failure(error)
            case .success(let file):
                do { return .success((file, try parse(file))) }
                catch let error as CorpusError { return .failure(error) }
                catch { return .failure(.malformed(path: path, line: nil, reason: "\(error)")) }
            }
        }
        var result = Result(documents: [], errors: listing.errors, warnings: listing.warnings,
                            filesFound: listing.files.count, bytesRead: 0)
        var seen: [UInt64: Int] = [:]
        for item in loaded {
            switch item {
            case .failure(let error):
                result.errors.append(error)
            case .success(let (file, doc)):
                result.warnings += file.warnings + doc.warnings
                if let index = seen[file.contentHash] {
                    result.documents[index].duplicatePaths.append(file.path)
                    result.warnings.append(.duplicate(path: file.path, of: result.documents[index].path))
                    continue
                }
                seen[file.contentHash] = result.documents.count
                result.bytesRead += file.byteCount
                result.documents.append(doc)
            }
        }
        return result
    }

    /// Segments a loaded file in its format. A post dated more than a year after today is read, with a warning
    /// (a typo in a dateline or a feed's clock, most likely).
    public func parse(_ file: LoadedFile) throws -> Document {
        let format = forcedFormat ?? InputFormat.detect(text: file.text, path: file.path)
        var document = try format.reader.read(text: file.text, path: file.path)
        let today = CalendarDay.today
        let latest = CalendarDay(year: today.year + 1, month: today.month, day: min(today.day, 28)) ?? today
        for post in document.posts {
            if let published = post.published, published > latest {
                document.warnings.append(.futureDate(path: file.path, line: post.datelineLine, date: published.iso))
            }
        }
        return document
    }

    // MARK: - Finding files

    /// The files found under the paths given.
    public struct Listing: Sendable {
        /// The files to read, in order: each path given that is not a folder, and the regular files in folders.
        public var files: [String]
        /// Paths that could not be used.
        public var errors: [CorpusError]
        /// Special files (FIFOs, devices, sockets) found in folders and passed over.
        public var warnings: [CorpusWarning]
        /// For a file whose name is not valid UTF-8, the bytes of its path; `files` holds the name with the
        /// undecodable bytes written as `\xE9`.
        public var bytePaths: [String: [UInt8]]
    }

    /// The regular files under `paths`, in a stable order, and the paths that could not be used.
    public static func listFiles(_ paths: [String]) -> ([String], [CorpusError]) {
        let listing = list(paths)
        return (listing.files, listing.errors)
    }

    /// Walks `paths`: folders recursively (names compared byte-wise, hidden entries skipped, links followed once),
    /// keeping regular files; a path given by name is kept whatever it is, so that reading it says what is wrong.
    public static func list(_ paths: [String]) -> Listing {
        var listing = Listing(files: [], errors: [], warnings: [], bytePaths: [:])
        for path in paths {
            let bytes = bytePath(of: path)
            var st = stat()
            guard stat(cPath(bytes), &st) == 0 else {
                listing.errors.append(.missing(path: path))
                continue
            }
            if st.st_mode & S_IFMT == S_IFDIR {
                var visited: Set<FileIdentity> = []
                walk(bytes, shown: path, listing: &listing, visited: &visited, depth: 0)
            } else {
                listing.files.append(path)
                if bytes != Array(path.utf8) { listing.bytePaths[path] = bytes }
            }
        }
        return listing
    }

    /// Paths given on the command line that are not UTF-8, by the printable name they are given under
    /// (``displayName(_:)``): registered once, before any reading, by the executable.
    nonisolated(unsafe) private static var argumentBytePaths: [String: [UInt8]] = [:]

    /// Registers the bytes of a command-line path that is not UTF-8; returns the printable name to use for it.
    public static func registerArgument(bytes: [UInt8]) -> String {
        let shown = displayName(bytes)
        if shown.utf8.elementsEqual(bytes) { return shown }
        argumentBytePaths[shown] = bytes
        return shown
    }

    /// The bytes of a path as given: those registered for a printable name, else its UTF-8.
    public static func bytePath(of path: String) -> [UInt8] {
        argumentBytePaths[path] ?? Array(path.utf8)
    }

    struct FileIdentity: Hashable { var device: UInt64; var inode: UInt64 }

    private static func walk(_ dir: [UInt8], shown: String, listing: inout Listing, visited: inout Set<FileIdentity>,
                             depth: Int) {
        var st = stat()
        guard stat(cPath(dir), &st) == 0 else {
            listing.errors.append(.missing(path: shown))
            return
        }
        guard depth < 256, visited.insert(FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))).inserted else {
            listing.errors.append(.symlinkLoop(path: shown))
            return
        }
        guard let handle = opendir(cPath(dir)) else {
            listing.errors.append(.unreadable(path: shown, reason: "folder cannot be listed"))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name.first == 0x2E { continue }  // hidden, `.` and `..`
            names.append(name)
        }
        closedir(handle)
        let base = dir.last == 0x2F ? dir : dir + [0x2F]
        let shownBase = shown.hasSuffix("/") ? shown : shown + "/"
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let child = base + name
            let childShown = shownBase + displayName(name)
            var cs = stat()
            guard stat(cPath(child), &cs) == 0 else {
                // A dangling link, or a file removed while we walk.
                listing.errors.append(.missing(path: childShown))
                continue
            }
            switch cs.st_mode & S_IFMT {
            case S_IFDIR:
                walk(child, shown: childShown, listing: &listing, visited: &visited, depth: depth + 1)
            case S_IFREG:
                listing.files.append(childShown)
                if Array(childShown.utf8) != child {
                    listing.bytePaths[childShown] = child
                }
            default:
                listing.warnings.append(.notAFile(path: childShown, kind: kindName(cs.st_mode)))
            }
        }
    }

    static func cPath(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// A file name for messages: its UTF-8 as it is, each byte that is not UTF-8 written as `\xE9`.
    public static func displayName(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            if length > 0, i + length <= bytes.count, let s = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                out += s
                i += length
            } else {
                out += "\\x" + String(b, radix: 16, uppercase: true)
                i += 1
            }
        }
        return out
    }

    /// What a special file is, for messages.
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "FIFO"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFSOCK: return "socket"
        case S_IFDIR: return "folder"
        default: return "special file"
        }
    }

    // MARK: - Reading one file

    /// Reads and decodes one regular file: UTF-8 (a BOM is dropped), else Windows-1252 with a warning; binary files
    /// (a NUL byte), special files (a FIFO, `/dev/zero`) and files over `maximumSize` bytes are refused before
    /// their content is read. `bytePath` is the path's bytes when `path` is only its printable name.
    public static func load(path: String, bytePath: [UInt8]? = nil,
                            maximumSize: Int = CorpusReader.defaultMaximumFileSize) -> Swift.Result<LoadedFile, CorpusError> {
        // Opened without blocking, so that a FIFO with no writer does not hang the run before it is recognised.
        let fd = open(cPath(bytePath ?? CorpusReader.bytePath(of: path)), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.missing(path: path))
            case EACCES, EPERM: return .failure(.unreadable(path: path, reason: "permission denied"))
            default: return .failure(.unreadable(path: path, reason: String(cString: strerror(errno))))
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(path: path, reason: String(cString: strerror(errno)))) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile(path: path, kind: kindName(st.st_mode))) }
        guard Int(st.st_size) <= maximumSize else {
            return .failure(.tooLarge(path: path, bytes: Int(st.st_size), limit: maximumSize))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                // The file grew while it was read.
                guard bytes.count <= maximumSize else { return .failure(.tooLarge(path: path, bytes: count, limit: maximumSize)) }
                bytes += [UInt8](repeating: 0, count: max(4096, bytes.count / 2))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(path: path, reason: "read failed: \(String(cString: strerror(errno)))"))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return decode(bytes: bytes, path: path)
    }

    /// Decodes bytes read from `path` (exposed for tests and other sources of bytes).
    public static func decode(bytes: [UInt8], path: String) -> Swift.Result<LoadedFile, CorpusError> {
        if let nul = bytes.firstIndex(of: 0) { return .failure(.binary(path: path, offset: nul)) }
        var warnings: [CorpusWarning] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text: String
        if let utf8 = String(validating: body, as: UTF8.self) {
            text = utf8
        } else {
            text = Windows1252.decode(body)
            warnings.append(.decodedAsWindows1252(path: path))
        }
        if text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == nil {
            warnings.append(.empty(path: path))
        }
        return .success(LoadedFile(path: path, text: text, byteCount: bytes.count, warnings: warnings,
                                   contentHash: fnv1a(bytes)))
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in buffer { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h ^ UInt64(buffer.count)
        }
    }
}
