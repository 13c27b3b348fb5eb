import Corpus
import Extraction

/// One part of a corpus split across processes or machines: what `hindsight extract` writes and
/// `hindsight merge` reads (a `.hsx` file). It holds each file's result, one record per file, so that merging
/// shards of disjoint paths builds the graph a single run over all the paths builds, byte for byte.
///
/// The file is binary, written with ``BinaryWriter`` (integers as LEB128 variable-length numbers, strings as
/// their UTF-8 length then bytes):
///
/// ```
/// "hindsight-extract\n"          18 ASCII bytes, so that `head -1` names the format
/// format version                 uint (1)
/// hindsight version              string, e.g. "0.1.0" (informative)
/// extractor version              uint: DocumentExtractor.version × 1000 + ExtractionCodec.formatVersion
/// knowledge hash                 string: 16 hex digits over the knowledge files' names and bytes
/// options                        string: the options that change extraction ("format-in=html", or "")
/// record count                   uint
/// records, each a kind byte then its fields:
///   0 document                   path, content hash (uint: 64-bit FNV-1a of the raw bytes), byte count,
///                                warnings, then the extraction (uint length, then ExtractionCodec's bytes)
///   1 duplicate                  path, content hash, byte count, warnings: same bytes as an earlier
///                                document of this shard, whose extraction stands for both
///   2 skipped                    a file or path that could not be read: kind (uint) and fields of CorpusError
///   3 passed over                a path in a folder that is not a file (a FIFO, a device): a warning
/// ```
///
/// A warning is a kind (uint, the position of the case in CorpusWarning) and its fields, path first. Any change to this layout or to the
/// extraction's binary form raises a version, and ``ShardMerger`` refuses a shard of another version.
public struct Shard: Sendable {
    /// The first bytes of every shard.
    public static let magic = Array("hindsight-extract\n".utf8)
    /// The version of the layout above.
    public static let formatVersion = 1
    /// The conventional file extension.
    public static let fileExtension = "hsx"

    /// What a shard's extractions depend on, besides the files: merging needs these to be equal. The fields of
    /// a ``StoreKey``, with two differences of use: `knowledgeHash` is ``StoreKey/knowledgeContentHash(folders:)``
    /// (the same on every machine holding the same knowledge files), and `hindsightVersion` is not compared (the
    /// extractor version is).
    public typealias Header = StoreKey

    /// One file's result.
    public enum Record: Sendable {
        /// A file read and extracted; `extraction` is ``ExtractionCodec/encode(_:)`` of its extraction (with no
        /// duplicate paths: the merge finds those).
        case document(File, extraction: [UInt8])
        /// A file with the same bytes as an earlier document of the same shard.
        case duplicate(File)
        /// A file or path that could not be read.
        case skipped(CorpusError)
        /// A path passed over with a warning (a FIFO or device in a folder).
        case passedOver(CorpusWarning)

        public var path: String {
            switch self {
            case .document(let f, _), .duplicate(let f): return f.path
            case .skipped(let e): return e.path
            case .passedOver(let w):
                switch w {
                case .decodedAsWindows1252(let p), .empty(let p), .duplicate(let p, _), .notAFile(let p, _),
                     .entityKept(let p, _, _, _), .impossibleDateline(let p, _, _), .futureDate(let p, _, _):
                    return p
                }
            }
        }
    }

    /// A file read: its path, the hash and size of its bytes, and what was worth a warning.
    public struct File: Sendable, Hashable {
        public var path: String
        public var contentHash: UInt64
        public var byteCount: Int
        public var warnings: [CorpusWarning]

        public init(path: String, contentHash: UInt64, byteCount: Int, warnings: [CorpusWarning]) {
            self.path = path
            self.contentHash = contentHash
            self.byteCount = byteCount
            self.warnings = warnings
        }
    }

    public var header: Header
    public var records: [Record]

    public init(header: Header, records: [Record]) {
        self.header = header
        self.records = records
    }

    /// Whether path `a` comes before path `b` in the order a single run reads a folder: component by
    /// component, each compared byte by byte (so `a/z.txt` comes before `a.txt`, as the walk of the folder
    /// holding both does). Both extract and merge order files this way.
    public static func readingOrder(_ a: String, _ b: String) -> Bool {
        let x = a.utf8.split(separator: UInt8(ascii: "/")), y = b.utf8.split(separator: UInt8(ascii: "/"))
        for (p, q) in zip(x, y) where !p.elementsEqual(q) {
            return p.lexicographicallyPrecedes(q)
        }
        return x.count < y.count
    }

    /// Paths sorted in ``readingOrder(_:_:)``.
    public static func sortedForReading(_ paths: [String]) -> [String] {
        sortedIndices(paths).map { paths[$0] }
    }

    /// The indices of `paths` in ``readingOrder(_:_:)`` (equal paths in their given order).
    public static func sortedIndices(_ paths: [String]) -> [Int] {
        let keys = paths.map { $0.utf8.split(separator: UInt8(ascii: "/")).map { Array($0) } }
        return paths.indices.sorted { i, j in
            let (x, y) = (keys[i], keys[j])
            for (p, q) in zip(x, y) where p != q { return p.lexicographicallyPrecedes(q) }
            return x.count != y.count ? x.count < y.count : i < j
        }
    }

    // MARK: Writing

    /// The shard as bytes, in chunks of about `chunkSize` bytes handed to `emit` as they are built.
    public func write(chunkSize: Int = 1 << 20, emit: ([UInt8]) throws -> Void) rethrows {
        var w = BinaryWriter()
        w.bytes = Self.magic
        w.uint(UInt64(Self.formatVersion))
        w.string(header.hindsightVersion)
        w.uint(UInt64(header.extractorVersion))
        w.string(header.knowledgeHash)
        w.string(header.options)
        w.uint(UInt64(records.count))
        for record in records {
            switch record {
            case .document(let f, let x):
                w.bytes.append(0)
                Self.file(&w, f)
                w.blob(x)
            case .duplicate(let f):
                w.bytes.append(1)
                Self.file(&w, f)
            case .skipped(let e):
                w.bytes.append(2)
                Self.error(&w, e)
            case .passedOver(let warning):
                w.bytes.append(3)
                Self.warning(&w, warning)
            }
            if w.bytes.count >= chunkSize {
                try emit(w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
            }
        }
        if !w.bytes.isEmpty { try emit(w.bytes) }
    }

    /// The shard as bytes.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        write { out += $0 }
        return out
    }

    private static func file(_ w: inout BinaryWriter, _ f: File) {
        w.string(f.path)
        w.uint(f.contentHash)
        w.uint(UInt64(f.byteCount))
        // The merge finds duplicates across shards; a shard's own are duplicate records.
        let kept = f.warnings.filter { if case .duplicate = $0 { return false } else { return true } }
        w.array(kept) { w, warning in Self.warning(&w, warning) }
    }

    private static func warning(_ w: inout BinaryWriter, _ warning: CorpusWarning) {
        switch warning {
        case .decodedAsWindows1252(let p): w.uint(0); w.string(p)
        case .empty(let p): w.uint(1); w.string(p)
        case .duplicate(let p, let of): w.uint(2); w.string(p); w.string(of)
        case .notAFile(let p, let kind): w.uint(3); w.string(p); w.string(kind)
        case .entityKept(let p, let line, let name, let external): w.uint(4); w.string(p); w.int(line); w.string(name); w.bool(external)
        case .impossibleDateline(let p, let line, let text): w.uint(5); w.string(p); w.int(line); w.string(text)
        case .futureDate(let p, let line, let date): w.uint(6); w.string(p); w.optional(line) { $0.int($1) }; w.string(date)
        }
    }

    private static func error(_ w: inout BinaryWriter, _ e: CorpusError) {
        switch e {
        case .missing(let p): w.uint(0); w.string(p)
        case .unreadable(let p, let reason): w.uint(1); w.string(p); w.string(reason)
        case .binary(let p, let offset): w.uint(2); w.string(p); w.int(offset)
        case .symlinkLoop(let p): w.uint(3); w.string(p)
        case .malformed(let p, let line, let reason): w.uint(4); w.string(p); w.optional(line) { $0.int($1) }; w.string(reason)
        case .notAFile(let p, let kind): w.uint(5); w.string(p); w.string(kind)
        case .tooLarge(let p, let bytes, let limit): w.uint(6); w.string(p); w.int(bytes); w.int(limit)
        }
    }

    // MARK: Reading

    /// Reads a shard back; `path` names it in errors.
    public static func read(_ bytes: [UInt8], path: String) throws(ShardError) -> Shard {
        guard bytes.starts(with: magic) else { throw .notAShard(path: path) }
        do {
            return try bytes.withUnsafeBufferPointer { all in
                var r = BinaryReader(UnsafeBufferPointer(rebasing: all[magic.count...]))
                let version = Int(try r.uint())
                guard version == formatVersion else { throw ShardError.formatVersion(path: path, version: Int(version)) }
                let hindsight = try r.string(), extractor = Int(try r.uint())
                let header = Header(hindsightVersion: hindsight, knowledgeHash: try r.string(), options: try r.string(),
                                    extractorVersion: extractor)
                let count = Int(try r.uint())
                var records: [Record] = []
                records.reserveCapacity(min(count, 1 << 20))
                for _ in 0..<count {
                    switch try r.byte() {
                    case 0: records.append(.document(try file(&r), extraction: try r.blob()))
                    case 1: records.append(.duplicate(try file(&r)))
                    case 2: records.append(.skipped(try error(&r)))
                    case 3: records.append(.passedOver(try warning(&r)))
                    case let k: throw ExtractionCodec.DecodingError(description: "unknown record kind \(k)")
                    }
                }
                guard r.atEnd else { throw ExtractionCodec.DecodingError(description: "\(r.remaining) bytes after the last record") }
                return Shard(header: header, records: records)
            }
        } catch let error as ShardError {
            throw error
        } catch {
            throw .damaged(path: path, reason: "\(error)")
        }
    }

    private static func file(_ r: inout BinaryReader) throws -> File {
        let path = try r.string(), hash = try r.uint(), count = Int(try r.uint())
        let warnings: [CorpusWarning] = try r.array { try warning(&$0) }
        return File(path: path, contentHash: hash, byteCount: count, warnings: warnings)
    }

    private static func warning(_ r: inout BinaryReader) throws -> CorpusWarning {
        let kind = try r.uint(), p = try r.string()
        switch kind {
        case 0: return .decodedAsWindows1252(path: p)
        case 1: return .empty(path: p)
        case 2: return .duplicate(path: p, of: try r.string())
        case 3: return .notAFile(path: p, kind: try r.string())
        case 4: return .entityKept(path: p, line: try r.int(), name: try r.string(), external: try r.bool())
        case 5: return .impossibleDateline(path: p, line: try r.int(), text: try r.string())
        case 6: return .futureDate(path: p, line: try r.optional { try $0.int() }, date: try r.string())
        default: throw ExtractionCodec.DecodingError(description: "unknown warning kind \(kind)")
        }
    }

    private static func error(_ r: inout BinaryReader) throws -> CorpusError {
        let kind = try r.uint(), p = try r.string()
        switch kind {
        case 0: return .missing(path: p)
        case 1: return .unreadable(path: p, reason: try r.string())
        case 2: return .binary(path: p, offset: try r.int())
        case 3: return .symlinkLoop(path: p)
        case 4: return .malformed(path: p, line: try r.optional { try $0.int() }, reason: try r.string())
        case 5: return .notAFile(path: p, kind: try r.string())
        case 6: return .tooLarge(path: p, bytes: try r.int(), limit: try r.int())
        default: throw ExtractionCodec.DecodingError(description: "unknown error kind \(kind)")
        }
    }
}
