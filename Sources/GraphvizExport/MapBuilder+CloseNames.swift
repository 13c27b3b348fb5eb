import GraphModel

extension MapBuilder {
    /// The canonical names of the entities whose name or an alias is closest to `query`, best first, for
    /// "did you mean" hints when a focus is not found.
    ///
    /// Closest means, in order: one contains the other (`Grayling` → Chris Grayling); a word in common
    /// (`Mr Grayling`); a word one or two typing mistakes away (`Grayline`); the whole text a few mistakes away.
    /// Ties go to the more mentioned entity. Comparison ignores case; names that match nothing are left out.
    public static func closeNames(to query: String, in graph: KnowledgeGraph, limit: Int = 5) -> [String] {
        let q = query.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !q.isEmpty, limit > 0 else { return [] }
        let queryWords = words(q)
        var scored: [(score: Double, entity: Entity)] = []
        for entity in graph.entities {
            let texts = [entity.name] + entity.aliases
            let best = texts.map { score(q, queryWords: queryWords, against: $0.lowercased()) }.min() ?? .infinity
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

    /// Lower is closer; infinity when not close at all.
    private static func score(_ q: String, queryWords: [Substring], against text: String) -> Double {
        guard !text.isEmpty else { return .infinity }
        if text == q { return 0 }
        if min(q.count, text.count) >= 3, text.contains(q) || q.contains(text) { return 1 }
        let textWords = words(text)
        if queryWords.contains(where: { $0.count >= 3 && textWords.contains($0) }) { return 2 }
        for word in queryWords where word.count >= 4 {
            let allowed = word.count >= 8 ? 2 : 1
            if textWords.contains(where: { abs($0.count - word.count) <= allowed
                && editDistance(Array(word), Array($0)) <= allowed }) {
                return 3
            }
        }
        let longest = max(q.count, text.count)
        let distance = editDistance(Array(q), Array(text))
        let share = Double(distance) / Double(longest)
        return share <= 0.34 ? 4 + share : .infinity
    }

    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
