/// How many single-character insertions, deletions and substitutions turn one sequence into another
/// (Levenshtein distance): `kitten` → `sitting` is 3. One helper for every stage that tolerates typing mistakes
/// (close names for "did you mean", spelling variants of one name).
public enum EditDistance {
    /// The full distance, in `O(a.count × b.count)` time and `O(b.count)` space.
    public static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
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

    /// Whether the distance is at most 1, in one linear pass (`Hardcastle` / `Hardcastel` are not: a swap of two
    /// letters is two edits; `Hardcastle` / `Hardcasle` are).
    public static func isAtMostOne<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
