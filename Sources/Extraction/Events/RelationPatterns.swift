/// Relations stated between two names in one sentence, read from the words between them
/// (`Seetec, successor to Working Links`; `MTC Novo, which runs services in London`;
/// `Ian Lawrence, general secretary of Napo`).
public struct RelationPatterns: Sendable {
    public init() {}

    /// A relation read between a subject and the object after it.
    public struct Match: Hashable, Sendable {
        public var predicate: String
        /// When `true`, the object of the words is the relation's subject (`X, owned by Y` → Y owns X).
        public var reversed: Bool
        public var label: String?
    }

    /// Reads `between`, the text from the end of the first name to the start of the second.
    public func match(between: Substring, subject: EntityType, object: EntityType) -> Match? {
        let t = between.lowercased()
        guard t.utf8.count <= 80 else { return nil }
        let s = t.trimming(" ,(")
        func has(_ prefixes: [String]) -> Bool { prefixes.contains { s.hasPrefix($0) } }
        if has(["successor to", "the successor to", "which replaced", "who replaced", "which succeeded", "who succeeded",
                "which took over from", "who took over from", "taking over from", "replacing", "succeeding"]) {
            return Match(predicate: "successor_of", reversed: false, label: nil)
        }
        if subject == .organization,
           has(["which runs", "which operates", "which ran", "which operated", "that runs", "that operates", "runs",
                "operates", "which owns", "owner of", "which took over", "that owns"]) {
            let owns = s.contains("own")
            return Match(predicate: owns ? "owns" : "operates", reversed: false, label: nil)
        }
        if subject == .organization, has(["owned by", "run by", "operated by", "a subsidiary of", "bought by", "taken over by"]) {
            let owns = s.hasPrefix("owned") || s.hasPrefix("a subsidiary") || s.hasPrefix("bought") || s.hasPrefix("taken")
            return Match(predicate: owns ? "owns" : "operates", reversed: true, label: nil)
        }
        if has(["part of", "a part of", "which is part of", "within"]) {
            return Match(predicate: "part_of", reversed: false, label: nil)
        }
        if subject == .person, object == .organization, has(["a member of", "member of", "who joined"]) {
            return Match(predicate: "member_of", reversed: false, label: nil)
        }
        if subject == .person, object == .organization {
            // "Ian Lawrence, general secretary of Napo"; "Tom Sasse, senior researcher at the Institute for Government"
            for joiner in ["of the", "at the", "for the", "of", "at", "for"] where (" " + s).hasSuffix(" " + joiner) {
                var role = String(s.dropLast(joiner.count)).trimming(" ,")
                for article in ["the ", "a ", "an ", "former ", "then ", "now "] where role.hasPrefix(article) {
                    role = String(role.dropFirst(article.count))
                }
                let words = role.split(separator: " ")
                if (1...5).contains(words.count), words.contains(where: { w in RelationPatterns.roleWords.contains { w.hasPrefix($0) } }) {
                    return Match(predicate: "holds_role", reversed: false, label: role)
                }
                break
            }
        }
        return nil
    }

    /// Words that make a phrase a role.
    static let roleWords = ["secretary", "minister", "inspector", "director", "chief", "chair", "president", "head",
                            "officer", "manager", "leader", "researcher", "spokes", "executive", "governor", "member",
                            "editor", "founder", "ceo", "commissioner", "adviser", "advisor", "mp", "lord", "deputy",
                            "general", "correspondent", "reporter", "professor", "lecturer", "analyst", "fellow"]
}

extension String {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
