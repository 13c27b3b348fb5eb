import Extraction
import Foundation
import GraphModel
import HindsightSupport

/// A draft knowledge pack: what a corpus taught Hindsight about its people, organizations, places and programmes,
/// written in the record schema of `Entities/` so that a person can curate it and hand it back with `--entities`.
///
/// One file per type (`people.json`, `organizations.json`, `places.json`, `programmes.json`), each
/// `{"description": ..., "records": [...]}`. A record holds the canonical name, the type, every other name the
/// corpus used (`NHS England`, with `NHSE`; `Andrew Lansley`, with `Lansley` and `Mr Lansley`), the first
/// places it was read (`Samples/health/2012-03-28-lansley-act-passes.txt:5`, in `sources`), a confidence and a
/// note saying how it was found. A one-word name that is also an ordinary word (`Monitor`) is listed among the
/// `ambiguousAliases`, so that the pack matches it only when capitalised away from a sentence start.
///
/// Entities the knowledge base already knew are left out (their records exist), unless `includeKnown`.
public struct KnowledgeDraft: Sendable {
    /// The records, per file name, in the order of the files.
    public let files: [(name: String, records: [KnowledgeRecord])]

    public static let fileNames: [(EntityType, String)] = [
        (.person, "people.json"), (.organization, "organizations.json"), (.place, "places.json"),
        (.programme, "programmes.json"),
    ]

    /// Builds the draft from a graph; `maxSources` first places are kept per record.
    public init(graph: KnowledgeGraph, includeKnown: Bool = false, maxSources: Int = 3) {
        self.init(entities: graph.entities, includeKnown: includeKnown, maxSources: maxSources)
    }

    /// Builds the draft from some of a graph's entities (`hindsight entities --type person`).
    public init(entities: [Entity], includeKnown: Bool = false, maxSources: Int = 3) {
        var byType: [EntityType: [KnowledgeRecord]] = [:]
        for e in entities where includeKnown || e.knowledgeID == nil {
            byType[e.type, default: []].append(KnowledgeDraft.record(e, maxSources: maxSources))
        }
        files = KnowledgeDraft.fileNames.map { type, name in
            (name, (byType[type] ?? []).sorted { ($0.confidence ?? 0, $1.name) > ($1.confidence ?? 0, $0.name) })
        }
    }

    /// The record of one entity.
    static func record(_ e: Entity, maxSources: Int) -> KnowledgeRecord {
        let name = displayName(e.name, type: e.type)
        let nameKey = NameKey.of(name)
        var aliases: [String] = []
        var ambiguous: [String] = []
        var seen: Set<String> = [nameKey]
        for a in (name == e.name ? [] : [e.name]) + e.aliases {
            let k = NameKey.of(a)
            guard !k.isEmpty, seen.insert(k).inserted else { continue }
            if KnowledgeBase.isOrdinaryWord(a) { ambiguous.append(a) } else { aliases.append(a) }
        }
        if KnowledgeBase.isOrdinaryWord(name) { ambiguous.insert(name, at: 0) }
        let sources = e.mentions.map(\.source).sorted()
        var firstPlaces: [String] = []
        for s in sources {
            let place = "\(s.document):\(s.line)"
            if !firstPlaces.contains(place) { firstPlaces.append(place) }
            if firstPlaces.count == maxSources { break }
        }
        let posts = Set(e.mentions.map(\.source.post)).count
        let inComments = e.mentions.filter { $0.source.kind == .comment }.count
        let confidence = KnowledgeDraft.confidence(mentions: e.mentions.count, posts: posts,
                                                    onlyComments: inComments == e.mentions.count, name: e.name, type: e.type)
        var note = "Draft: \(e.mentions.count) mention\(e.mentions.count == 1 ? "" : "s") in \(posts) post\(posts == 1 ? "" : "s")"
        if inComments == e.mentions.count { note += ", only in reader comments" }
        note += "; sources are the first places it was read. Check the type, the name and the aliases."
        return KnowledgeRecord(id: name == e.name ? e.id : e.type.id(for: name), name: name, type: e.type, aliases: aliases, ambiguousAliases: ambiguous,
                               sources: firstPlaces, note: note, confidence: confidence)
    }

    /// The canonical name a curator would write: a class of bodies named in lowercase and in the plural
    /// (`integrated care boards`, from `integrated care boards (ICBs)`) becomes the capitalised singular
    /// (`Integrated Care Board`); the corpus's form stays among the aliases. Other names are kept as they are.
    public static func displayName(_ name: String, type: EntityType) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard type == .organization, words.count >= 2, words.allSatisfy({ $0.first?.isLowercase == true }) else { return name }
        let small: Set<String> = ["of", "for", "and", "the", "in", "on", "to"]
        var out = words.map { small.contains($0) ? $0 : $0.prefix(1).uppercased() + $0.dropFirst() }
        var last = out[out.count - 1]
        if last.hasSuffix("ies") { last = String(last.dropLast(3)) + "y" } else if last.hasSuffix("s") && !last.hasSuffix("ss") { last.removeLast() }
        out[out.count - 1] = last
        return out.joined(separator: " ")
    }

    /// From 0.3 (one mention, in a comment, of a one-word name) to 0.95: more mentions, more posts and a name
    /// of several words (which general cues type more reliably than a lone word) raise it.
    public static func confidence(mentions: Int, posts: Int, onlyComments: Bool, name: String, type: EntityType) -> Double {
        var c = 0.45
        c += 0.1 * Double(min(posts - 1, 3))
        c += 0.05 * Double(min(mentions - 1, 4))
        if name.split(separator: " ").count >= 2 { c += 0.1 }
        if onlyComments { c -= 0.15 }
        return (min(0.95, max(0.3, c)) * 100).rounded() / 100
    }

    /// The JSON of one file, one key per line in the order of the files in `Entities/` (name, type, aliases first).
    public static func json(_ records: [KnowledgeRecord], type: EntityType, corpus: String) -> [UInt8] {
        let plural = KnowledgeDraft.fileNames.first { $0.0 == type }.map { String($0.1.dropLast(5)) } ?? type.rawValue
        var j = JSONText()
        j.raw("{\n  \"description\": ")
        j.string("Draft knowledge: the \(plural) Hindsight discovered in \(corpus). Written by `hindsight entities --format knowledge`; curate it (fix types and names, drop what is not an entity, add sources) before relying on it.")
        j.raw(",\n  \"records\": [")
        func list(_ key: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            j.raw(",\n      \"\(key)\": [")
            for (i, a) in items.enumerated() {
                j.raw(i == 0 ? "" : ", ")
                j.string(a)
            }
            j.raw("]")
        }
        for (i, r) in records.enumerated() {
            j.raw(i == 0 ? "\n    {\n      \"id\": " : ",\n    {\n      \"id\": ")
            j.string(r.id)
            j.raw(",\n      \"name\": ")
            j.string(r.name)
            j.raw(",\n      \"type\": \"\(r.type.rawValue)\"")
            list("aliases", r.aliases)
            list("ambiguousAliases", r.ambiguousAliases)
            list("sources", r.sources)
            if let c = r.confidence { j.raw(",\n      \"confidence\": \(c)") }
            if let n = r.note {
                j.raw(",\n      \"note\": ")
                j.string(n)
            }
            j.raw("\n    }")
        }
        j.raw(records.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return j.bytes
    }

    /// Writes every file into `folder` (created if missing), each whole or not at all.
    public func write(to folder: String, corpus: String) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw OutputFile.Error.writeFailed(path: folder, reason: "it is a file, not a folder; name a folder for the draft")
            }
        } else {
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: false)
            } catch {
                throw OutputFile.Error.writeFailed(path: folder, reason: "the folder could not be created (its parent must exist)")
            }
        }
        for (i, f) in files.enumerated() {
            let type = KnowledgeDraft.fileNames[i].0
            let path = folder.hasSuffix("/") ? folder + f.name : folder + "/" + f.name
            try OutputFile.write(KnowledgeDraft.json(f.records, type: type, corpus: corpus), to: path)
        }
    }
}
