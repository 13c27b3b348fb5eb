import Corpus
import Extraction
import Foundation

/// What a stored extraction depends on besides the file's content: the extractor's version and the version
/// of its binary form, the Hindsight build that read it, the knowledge base, and the options that change how
/// a file is read (`--format-in`). Records are found by path and ``fingerprint``, the hash of all of these.
public struct StoreKey: Sendable, Hashable {
    /// The build of Hindsight: the version and a fingerprint of the executable (its size and modification
    /// time), so that any rebuild invalidates the store.
    public var hindsightVersion: String
    /// ``DocumentExtractor/version`` and ``ExtractionCodec/formatVersion`` combined (`extractor * 1000 + codec`).
    public var extractorVersion: Int
    /// A hash of the knowledge files' names and contents, in the order they are loaded.
    public var knowledgeHash: String
    /// The options that change extraction, as text (`format-in=html`, or empty).
    public var options: String

    public init(hindsightVersion: String, knowledgeHash: String, options: String,
                extractorVersion: Int = DocumentExtractor.version * 1000 + ExtractionCodec.formatVersion) {
        self.hindsightVersion = hindsightVersion
        self.extractorVersion = extractorVersion
        self.knowledgeHash = knowledgeHash
        self.options = options
    }

    /// The key of a run: this build, the knowledge folders as `KnowledgeBase.load(directories:)` reads them,
    /// and the forced input format.
    public static func current(version: String, knowledgeFolders: [String], forcedFormat: InputFormat?) -> StoreKey {
        StoreKey(hindsightVersion: version + "+" + buildFingerprint(),
                 knowledgeHash: knowledgeHash(folders: knowledgeFolders),
                 options: forcedFormat.map { "format-in=\($0.rawValue)" } ?? "")
    }

    /// The hash that, with a path, finds a stored extraction.
    public var fingerprint: String {
        hex(StoreHash.fnv1a(Array("\(hindsightVersion)\u{0}\(extractorVersion)\u{0}\(knowledgeHash)\u{0}\(options)".utf8)))
    }

    /// The running executable's size and modification time (`/proc/self/exe`, else the first argument).
    public static func buildFingerprint() -> String {
        let candidates = ["/proc/self/exe", CommandLine.arguments.first ?? ""]
        for p in candidates where !p.isEmpty {
            let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: p)) ?? p
            if let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
               let size = (attributes[.size] as? NSNumber)?.intValue,
               let modified = attributes[.modificationDate] as? Date {
                return "\(size)-\(Int(modified.timeIntervalSince1970 * 1000))"
            }
        }
        return "unknown"
    }

    /// A hash of the `.json` files of each folder (names sorted, as the knowledge base loads them): names and bytes,
    /// and where the folders are.
    public static func knowledgeHash(folders: [String]) -> String {
        hashOfKnowledge(folders: folders) { _, dir in dir }
    }

    /// A hash of the knowledge folders' `.json` files (names sorted, as the knowledge base loads them): their
    /// names and bytes and the folders' order, not where the folders are, so that machines holding the same
    /// knowledge files in different places agree (the shards of `hindsight extract`).
    public static func knowledgeContentHash(folders: [String]) -> String {
        hashOfKnowledge(folders: folders) { n, _ in String(n) }
    }

    /// The FNV-1a hash of each folder's tag (`tag(index, folder)`) and the names and bytes of its `.json` files.
    private static func hashOfKnowledge(folders: [String], tag: (Int, String) -> String) -> String {
        var bytes: [UInt8] = []
        let fm = FileManager.default
        for (n, dir) in folders.enumerated() {
            bytes += Array("\u{1}\(tag(n, dir))".utf8)
            let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            for name in names where name.lowercased().hasSuffix(".json") && !name.hasPrefix(".") {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                bytes += Array("\u{2}\(name)\u{0}".utf8)
                bytes += fm.contents(atPath: path).map { Array($0) } ?? []
            }
        }
        return hex(StoreHash.fnv1a(bytes))
    }
}

/// The 64-bit FNV-1a hash (the corpus reader's content hash) as hexadecimal text.
enum StoreHash {
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ UInt64(bytes.count)
    }
}

func hex(_ v: UInt64) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
}
