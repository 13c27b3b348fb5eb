import Foundation

/// The curated knowledge of `Entities/` (and any folder a user adds): people, organizations, places and
/// programmes with their aliases, roles and sources, plus fast look-ups by name.
///
/// Files are JSON, either `{"records": [ ... ]}` or a top-level array of ``KnowledgeRecord``s. Folders are read
/// in the order given, files in name order; a record whose id was already loaded extends the earlier one
/// (aliases, roles and sources are added), so a user folder can enrich the default knowledge.
public struct KnowledgeBase: Sendable {
    /// Every record, in load order.
    public private(set) var records: [KnowledgeRecord]
    private var indexByID: [String: Int]
    private var indexByKey: [String: [Int]]
    /// Token patterns for scanning text (built once).
    let matcher: KnowledgeMatcher
    /// Person records by the key of their surname / first name (from every multi-word name).
    let personsBySurname: [String: [Int]]
    let personsByFirstName: [String: [Int]]
    /// Per record, the ``NameKey`` of its canonical name (computed once, not per mention).
    let nameKeys: [String]

    /// A knowledge base without records: recognition then relies on general cues only.
    public static let empty = KnowledgeBase(records: [])

    /// Builds a knowledge base from records; later records with an id seen before extend the earlier one.
    public init(records: [KnowledgeRecord]) {
        var merged: [KnowledgeRecord] = []
        var byID: [String: Int] = [:]
        for r in records {
            if let i = byID[r.id] {
                merged[i] = KnowledgeBase.merge(merged[i], r)
            } else {
                byID[r.id] = merged.count
                merged.append(r)
            }
        }
        self.records = merged
        self.indexByID = byID
        var byKey: [String: [Int]] = [:]
        for (i, r) in merged.enumerated() {
            var seen = Set<String>()
            for n in r.allNames {
                let k = NameKey.of(n)
                guard !k.isEmpty, seen.insert(k).inserted else { continue }
                byKey[k, default: []].append(i)
            }
        }
        self.indexByKey = byKey
        self.matcher = KnowledgeMatcher(records: merged)
        var bySurname: [String: [Int]] = [:]
        var byFirst: [String: [Int]] = [:]
        for (i, r) in merged.enumerated() where r.type == .person {
            var seenS = Set<String>(), seenF = Set<String>()
            for (k, n) in ([r.name] + r.aliases).enumerated() {
                let w = NameKey.person(n).split(separator: " ").map(String.init)
                guard w.count >= 2 else { continue }
                // aliases count only when they look like `Firstname Surname` (not `Fearless Fielding`)
                if k > 0 && !GivenNames.all.contains(w[0]) { continue }
                if seenS.insert(w.last!).inserted { bySurname[w.last!, default: []].append(i) }
                if seenF.insert(w[0]).inserted { byFirst[w[0], default: []].append(i) }
            }
        }
        self.personsBySurname = bySurname
        self.personsByFirstName = byFirst
        self.nameKeys = merged.map { NameKey.of($0.name) }
    }

    /// The number of records.
    public var count: Int { records.count }

    /// The record with this id (`person:chris-grayling`).
    public func record(id: String) -> KnowledgeRecord? {
        indexByID[id].map { records[$0] }
    }

    /// Records one of whose names has the same ``NameKey`` as `name` (any case, possessive, curly quotes).
    public func records(named name: String) -> [KnowledgeRecord] {
        (indexByKey[NameKey.of(name)] ?? []).map { records[$0] }
    }

    /// Indices in ``records`` of the records named `name`, optionally of one type.
    func recordIndices(named name: String, type: EntityType? = nil) -> [Int] {
        let list = indexByKey[NameKey.of(name)] ?? []
        guard let type else { return list }
        return list.filter { records[$0].type == type }
    }

    /// Records of one type named `name`.
    public func records(named name: String, type: EntityType) -> [KnowledgeRecord] {
        records(named: name).filter { $0.type == type }
    }

    /// The roles curated for a record (empty for an unknown id).
    public func roles(of id: String) -> [KnowledgeRole] {
        record(id: id)?.roles ?? []
    }

    // MARK: - Loading

    /// Loads every `*.json` file of the folders, in order. Throws the first error met, naming the file.
    public static func load(directories: [String]) throws -> KnowledgeBase {
        var all: [KnowledgeRecord] = []
        let fm = FileManager.default
        for dir in directories {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue,
                  let names = try? fm.contentsOfDirectory(atPath: dir) else {
                throw KnowledgeBaseError.unreadableDirectory(path: dir)
            }
            for name in names.sorted() where name.lowercased().hasSuffix(".json") && !name.hasPrefix(".") {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                all += try loadFile(path: path)
            }
        }
        return KnowledgeBase(records: all)
    }

    /// Loads the records of one file.
    public static func loadFile(path: String) throws -> [KnowledgeRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KnowledgeBaseError.unreadableFile(path: path)
        }
        return try decode(data, file: path)
    }

    /// Decodes the records of one file's bytes; `file` names it in errors.
    public static func decode(_ data: Data, file: String) throws -> [KnowledgeRecord] {
        if let records = decodeWhole(data) { return records }
        return try decodeRecordByRecord(data, file: file)
    }

    /// The records of a file read one by one, each checked on its own, so that an error names the first bad one
    /// (its index and name) and says what is wrong with it.
    static func decodeRecordByRecord(_ data: Data, file: String) throws -> [KnowledgeRecord] {
        let raw: Any
        do {
            raw = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let message = String(describing: error)
            let (line, column) = KnowledgeBase.position(in: message, data: data)
            throw KnowledgeBaseError.invalidJSON(file: file, line: line, column: column,
                                                 message: KnowledgeBase.shortMessage(message))
        }
        let items: [Any]
        if let dict = raw as? [String: Any] {
            guard let list = dict["records"] as? [Any] else {
                throw KnowledgeBaseError.unexpectedShape(file: file, message: "expected a \"records\" array")
            }
            items = list
        } else if let list = raw as? [Any] {
            items = list
        } else {
            throw KnowledgeBaseError.unexpectedShape(file: file, message: "expected an object with \"records\" or an array")
        }
        var out: [KnowledgeRecord] = []
        out.reserveCapacity(items.count)
        let decoder = JSONDecoder()
        for (index, item) in items.enumerated() {
            let name = (item as? [String: Any])?["name"] as? String
            guard item is [String: Any] else {
                throw KnowledgeBaseError.invalidRecord(file: file, index: index, name: nil, message: "not an object")
            }
            let record: KnowledgeRecord
            do {
                let bytes = try JSONSerialization.data(withJSONObject: item, options: [])
                record = try decoder.decode(KnowledgeRecord.self, from: bytes)
            } catch let error as DecodingError {
                throw KnowledgeBaseError.invalidRecord(file: file, index: index, name: name,
                                                       message: KnowledgeBase.describe(error))
            } catch {
                throw KnowledgeBaseError.invalidRecord(file: file, index: index, name: name,
                                                       message: String(describing: error))
            }
            if let problem = validate(record) {
                throw KnowledgeBaseError.invalidRecord(file: file, index: index, name: name, message: problem)
            }
            out.append(record)
        }
        return out
    }

    /// A file's records decoded in one pass, when it is well formed and every record is usable (nil otherwise:
    /// then ``decode(_:file:)`` reads it record by record, to name the first bad one). The records are the same
    /// as ``decodeRecordByRecord(_:file:)``'s, which parses the file, writes each record back as JSON and decodes
    /// that: for the project's `Entities/`, as much work as finding the names of a 0.5 MB corpus.
    static func decodeWhole(_ data: Data) -> [KnowledgeRecord]? {
        struct File: Decodable { let records: [KnowledgeRecord] }
        let decoder = JSONDecoder()
        guard let records = (try? decoder.decode([KnowledgeRecord].self, from: data))
                ?? (try? decoder.decode(File.self, from: data).records),
              records.allSatisfy({ validate($0) == nil }) else { return nil }
        return records
    }

    /// A reason the record is unusable, or nil.
    static func validate(_ r: KnowledgeRecord) -> String? {
        if r.name.trimmingCharacters(in: .whitespaces).isEmpty { return "empty name" }
        if NameKey.of(r.name).isEmpty { return "name has no letters or digits" }
        for (i, role) in r.roles.enumerated() {
            if role.title.trimmingCharacters(in: .whitespaces).isEmpty { return "role \(i): empty title" }
            for d in [role.from, role.to].compactMap({ $0 }) where !isPartialDate(d) {
                return "role \(i): date \"\(d)\" is not YYYY, YYYY-MM or YYYY-MM-DD"
            }
        }
        for (i, rel) in r.relations.enumerated() {
            if rel.predicate.isEmpty || rel.object.isEmpty { return "relation \(i): empty predicate or object" }
            for d in [rel.from, rel.to].compactMap({ $0 }) where !isPartialDate(d) {
                return "relation \(i): date \"\(d)\" is not YYYY, YYYY-MM or YYYY-MM-DD"
            }
        }
        return nil
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
    static func isPartialDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
            if parts.count == 3 {
                guard parts[2].count == 2, let d = Int(parts[2]) else { return false }
                return (1...31).contains(d) && y > 0
            }
        }
        return y > 0
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ p: [CodingKey]) -> String {
            p.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            return "missing \"\(key.stringValue)\"" + (ctx.codingPath.isEmpty ? "" : " at \(path(ctx.codingPath))")
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            return "wrong type at \(path(ctx.codingPath)): \(ctx.debugDescription)"
        case .dataCorrupted(let ctx):
            let where_ = ctx.codingPath.isEmpty ? "" : " at \(path(ctx.codingPath))"
            return "invalid value\(where_): \(ctx.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    /// Finds `line N, column M` or a character offset in a parser message, and converts an offset to a line.
    static func position(in message: String, data: Data) -> (Int?, Int?) {
        func number(after word: String) -> Int? {
            guard let r = message.range(of: word) else { return nil }
            let digits = message[r.upperBound...].drop(while: { $0 == " " }).prefix(while: { $0.isNumber })
            return Int(digits)
        }
        if let line = number(after: "line ") { return (line, number(after: "column ")) }
        if let offset = number(after: "character ") ?? number(after: "offset ") {
            var line = 1, column = 1, i = 0
            for b in data {
                if i >= offset { break }
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
            return (line, column)
        }
        return (nil, nil)
    }

    static func shortMessage(_ message: String) -> String {
        if let r = message.range(of: "NSDebugDescription=") {
            return String(message[r.upperBound...].prefix(while: { $0 != "}" && $0 != "," }))
        }
        return String(message.prefix(300))
    }

    static func merge(_ a: KnowledgeRecord, _ b: KnowledgeRecord) -> KnowledgeRecord {
        var r = a
        for x in b.aliases where !r.aliases.contains(x) && x != r.name { r.aliases.append(x) }
        for x in b.ambiguousAliases where !r.ambiguousAliases.contains(x) { r.ambiguousAliases.append(x) }
        for x in b.roles where !r.roles.contains(x) { r.roles.append(x) }
        for x in b.relations where !r.relations.contains(x) { r.relations.append(x) }
        for x in b.sources where !r.sources.contains(x) { r.sources.append(x) }
        if r.note == nil { r.note = b.note }
        return r
    }
}

extension KnowledgeBase {
    /// Whether a one-word name is also an ordinary English word (`Monitor`, `Reform`, `Unlock`): such a name is
    /// listed as an ambiguous alias, matched only when capitalised away from a sentence start.
    public static func isOrdinaryWord(_ word: String) -> Bool {
        let l = word.lowercased()
        return !l.contains(" ") && CommonWords.all.contains(l)
    }
}
