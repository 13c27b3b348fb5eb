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

    public init(forcedFormat: InputFormat? = nil) {
        self.forcedFormat = forcedFormat
    }

    /// Reads every file under `paths`, in order, skipping duplicates by content. Files are loaded and segmented
    /// on `threads` threads; the result does not depend on their number.
    public func read(paths: [String], threads: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let (files, listErrors) = CorpusReader.listFiles(paths)
        let loaded = ParallelMap.map(files, threads: threads, progress: progress) { path -> Swift.Result<(LoadedFile, Document), CorpusError> in
            switch CorpusReader.load(path: path) {
            case .failure(let error): return .failure(error)
            case .success(let file):
                do { return .success((file, try parse(file))) }
                catch let error as CorpusError { return .failure(error) }
                catch { return .failure(.malformed(path: path, line: nil, reason: "\(error)")) }
            }
        }
        var result = Result(documents: [], errors: listErrors, warnings: [], filesFound: files.count, bytesRead: 0)
        var seen: [UInt64: Int] = [:]
        for item in loaded {
            switch item {
            case .failure(let error):
                result.errors.append(error)
            case .success(let (file, doc)):
                result.warnings += file.warnings
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

    /// Segments a loaded file in its format.
    public func parse(_ file: LoadedFile) throws -> Document {
        let format = forcedFormat ?? InputFormat.detect(text: file.text, path: file.path)
        return try format.reader.read(text: file.text, path: file.path)
    }

    // MARK: - Finding files

    /// The regular files under `paths`, in a stable order, and the paths that could not be used.
    public static func listFiles(_ paths: [String]) -> ([String], [CorpusError]) {
        var files: [String] = []
        var errors: [CorpusError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(.missing(path: path))
                continue
            }
            if isDir.boolValue {
                var visited: Set<String> = []
                walk(path, fm: fm, visited: &visited, files: &files, errors: &errors, depth: 0)
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    private static func walk(_ dir: String, fm: FileManager, visited: inout Set<String>, files: inout [String],
                             errors: inout [CorpusError], depth: Int) {
        let real = (try? fm.destinationOfSymbolicLink(atPath: dir)).map { _ in
            URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        } ?? URL(fileURLWithPath: dir).standardizedFileURL.resolvingSymlinksInPath().path
        guard depth < 256, visited.insert(real).inserted else {
            errors.append(.symlinkLoop(path: dir))
            return
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: dir)
        } catch {
            errors.append(.unreadable(path: dir, reason: "folder cannot be listed"))
            return
        }
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let child = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: child, isDirectory: &isDir) else {
                // A dangling link, or a file removed while we walk.
                errors.append(.missing(path: child))
                continue
            }
            if isDir.boolValue {
                walk(child, fm: fm, visited: &visited, files: &files, errors: &errors, depth: depth + 1)
            } else {
                files.append(child)
            }
        }
    }

    // MARK: - Reading one file

    /// Reads and decodes one file: UTF-8 (a BOM is dropped), else Windows-1252 with a warning; binary files
    /// (a NUL byte) are refused.
    public static func load(path: String) -> Swift.Result<LoadedFile, CorpusError> {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if !FileManager.default.fileExists(atPath: path) { return .failure(.missing(path: path)) }
            return .failure(.unreadable(path: path, reason: "permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return .failure(.unreadable(path: path, reason: "read failed"))
        }
        return decode(bytes: [UInt8](data), path: path)
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
