import HindsightSupport

/// A name asked for (an option's value) that no entity of the graph has; `suggestions` are the closest names
/// there are, best first (maybe none). Every subcommand that takes an entity name answers with it.
public struct UnknownEntity: Error, Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let suggestions: [String]

    public init(_ name: String, suggestions: [String]) {
        self.name = name
        self.suggestions = suggestions
    }

    public var description: String {
        let hint = suggestions.isEmpty ? "; `hindsight entities` lists the names"
            : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "no entity is called '\(name)'" + hint
    }
}

extension KnowledgeGraph {
    /// The entity with this id, name or alias (as ``findEntity(_:)``, spaces around ignored), or an
    /// ``UnknownEntity`` error carrying the ``closeNames(to:limit:)`` for a "did you mean" hint.
    public func lookUpEntity(_ query: String) throws(UnknownEntity) -> Entity {
        let trimmed = String(query.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard let entity = findEntity(trimmed) else { throw UnknownEntity(query, suggestions: closeNames(to: query)) }
        return entity
    }

    /// The canonical names of the entities whose name or an alias is closest to `query`, best first, for
    /// "did you mean" hints when a name is not found.
    ///
    /// Closest means, in order: one contains the other (`Hartley` → Ruth Hartley); a word in common
    /// (`Mrs Hartley`); a word one or two typing mistakes away (`Hartly`); the whole text a few mistakes away.
    /// Ties go to the more mentioned entity. Comparison ignores case; names that match nothing are left out.
    public func closeNames(to query: String, limit: Int = 5) -> [String] {
        let q = query.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !q.isEmpty, limit > 0 else { return [] }
        let queryWords = CloseName.words(q)
        var scored: [(score: Double, entity: Entity)] = []
        for entity in entities {
            let texts = [entity.name] + entity.aliases
            let best = texts.map { CloseName.score(q, queryWords: queryWords, against: $0.lowercased()) }.min()
                ?? .infinity
            if best.isFinite { scored.append((best, entity)) }
        }
        scored.sort { a, b in
            a.score != b.score ? a.score < b.score
                : a.entity.weight != b.entity.weight ? a.entity.weight > b.entity.weight
                : a.entity.name < b.entity.name
        }
        var names: [String] = []
        for (_, entity) in scored where !names.contains(entity.name) {
            names.append(entity.name)
            if names.count == limit { break }
        }
        return names
    }
}

/// How close a name is to a query, for ``KnowledgeGraph/closeNames(to:limit:)``.
private enum CloseName {
    /// Lower is closer; infinity when not close at all.
    static func score(_ q: String, queryWords: [Substring], against text: String) -> Double {
        guard !text.isEmpty else { return .infinity }
        if text == q { return 0 }
        if min(q.count, text.count) >= 3, text.contains(q) || q.contains(text) { return 1 }
        let textWords = words(text)
        if queryWords.contains(where: { $0.count >= 3 && textWords.contains($0) }) { return 2 }
        for word in queryWords where word.count >= 4 {
            let allowed = word.count >= 8 ? 2 : 1
            if textWords.contains(where: { abs($0.count - word.count) <= allowed
                && EditDistance.between(Array(word), Array($0)) <= allowed }) {
                return 3
            }
        }
        let longest = max(q.count, text.count)
        let distance = EditDistance.between(Array(q), Array(text))
        let share = Double(distance) / Double(longest)
        return share <= 0.34 ? 4 + share : .infinity
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }
}
