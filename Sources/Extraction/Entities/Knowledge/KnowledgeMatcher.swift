/// Token patterns of every knowledge name, keyed by their first token, for longest-match scanning.
struct KnowledgeMatcher: Sendable {
    final class Pattern: Sendable {
        /// Lowercase tokens (words and punctuation) of the alias.
        let tokens: [String]
        /// The alias tokens as written, for acronym spelling checks.
        let surfaces: [String]
        /// Per token: the spelling must match exactly (or in capitals), as for `MoJ`, `NPS`.
        let exactCase: [Bool]
        /// The alias is written in lowercase: any case matches.
        let anyCase: Bool
        /// Only away from a sentence start (a common word such as `Prevent`).
        let ambiguous: Bool
        let record: Int
        let wordCount: Int
        /// Per token: the alias has a possessive right before it (`Yarl's Wood`, `St Mary's Hospital`), which the
        /// text's possessive (`'s`, `’s`) fills.
        let possessiveBefore: [Bool]

        init(tokens: [String], surfaces: [String], exactCase: [Bool], anyCase: Bool, ambiguous: Bool, record: Int,
             wordCount: Int, possessiveBefore: [Bool]) {
            self.possessiveBefore = possessiveBefore
            self.tokens = tokens
            self.surfaces = surfaces
            self.exactCase = exactCase
            self.anyCase = anyCase
            self.ambiguous = ambiguous
            self.record = record
            self.wordCount = wordCount
        }
    }

    /// The patterns that start with one token, split by their second token: a text token is then tried only
    /// against the patterns whose first two tokens it could match (`the` starts dozens of names).
    struct Group: Sendable {
        /// Patterns of two tokens or more by their second lowercase token, longest first.
        var bySecond: [String: [Pattern]] = [:]
        /// Patterns of one token.
        var single: [Pattern] = []
    }

    /// First lowercase token → patterns, longest first.
    private var byFirst: [String: [Pattern]] = [:]
    /// The same patterns, grouped by their second token.
    private var groups: [String: Group] = [:]
    /// A filter on the first tokens of the patterns (a bit per hash of length, first and last byte): a word whose
    /// bit is clear starts no pattern, and is passed over without hashing its text.
    private var firstFilter = [UInt64](repeating: 0, count: KnowledgeMatcher.filterWords)
    private static let filterWords = 1024

    @inline(__always)
    private static func filterBit(_ lower: String) -> Int {
        let utf8 = lower.utf8
        let n = utf8.count
        guard n > 0 else { return 0 }
        let first = utf8.first!, last = utf8[utf8.index(before: utf8.endIndex)]
        let h = (UInt64(min(n, 63)) &* 0x9E37_79B9) ^ (UInt64(first) &* 0x85EB_CA6B) ^ (UInt64(last) &* 0xC2B2_AE35)
        return Int(truncatingIfNeeded: (h ^ (h >> 15)) % UInt64(filterWords * 64))
    }

    init(records: [KnowledgeRecord]) {
        for (ri, r) in records.enumerated() {
            var seen = Set<String>()
            let nameIsAmbiguous = r.ambiguousAliases.contains(r.name)
            let names = [(r.name, nameIsAmbiguous)] + r.aliases.map { ($0, false) } + r.ambiguousAliases.map { ($0, true) }
            for (name, ambiguous) in names {
                let all = PassageTokenizer.tokenize(name)
                var possessiveBefore: [Bool] = []
                var sawPossessive = false
                for t in all {
                    if t.kind == .possessive { sawPossessive = true; continue }
                    guard t.kind == .word || t.kind == .punct else { continue }
                    possessiveBefore.append(sawPossessive)
                    sawPossessive = false
                }
                let toks = all.filter { $0.kind == .word || $0.kind == .punct }
                guard !toks.isEmpty, toks[0].kind == .word else { continue }
                let exactKey = toks.contains { $0.isAcronymLike } ? toks.map(\.text).joined(separator: " ") : toks.map(\.lower).joined(separator: " ")
                let key = exactKey + (ambiguous ? "#a" : "")
                guard seen.insert(key).inserted else { continue }
                let anyCase = !name.contains(where: { $0.isUppercase })
                let exact = toks.map { t -> Bool in
                    t.kind == .word && (t.isAcronymLike || (t.letterCount <= 2 && t.upperCount >= 1))
                }
                let p = Pattern(tokens: toks.map(\.lower), surfaces: toks.map(\.text), exactCase: exact,
                                anyCase: anyCase, ambiguous: ambiguous, record: ri,
                                wordCount: toks.filter { $0.kind == .word }.count, possessiveBefore: possessiveBefore)
                byFirst[toks[0].lower, default: []].append(p)
                let bit = KnowledgeMatcher.filterBit(toks[0].lower)
                firstFilter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        for k in byFirst.keys {
            byFirst[k]!.sort { a, b in
                a.tokens.count != b.tokens.count ? a.tokens.count > b.tokens.count : a.record < b.record
            }
            var group = Group()
            for p in byFirst[k]! {
                if p.tokens.count == 1 { group.single.append(p) } else { group.bySecond[p.tokens[1], default: []].append(p) }
            }
            groups[k] = group
        }
    }

    /// The longest knowledge name starting at token `i` (which must be a word), as the record index and the
    /// index just past the match.
    func longestMatch(in tokens: [TextToken], at i: Int) -> (record: Int, end: Int)? {
        let bit = KnowledgeMatcher.filterBit(tokens[i].lower)
        guard firstFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        guard let group = groups[tokens[i].lower] else { return nil }
        // The token a pattern's second token is compared with (after a bare possessive apostrophe, as in
        // `match`). Patterns whose second token differs cannot match, and every longer pattern is tried
        // before the one-token ones, so the first match is the one the full list would give.
        var k = i + 1
        if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
        if k < tokens.count, let longer = group.bySecond[tokens[k].lower] {
            for p in longer {
                guard let end = match(p, tokens, i) else { continue }
                return (p.record, end)
            }
        }
        for p in group.single {
            guard let end = match(p, tokens, i) else { continue }
            return (p.record, end)
        }
        return nil
    }

    /// A possessive apostrophe without its `s` (`Officers’`), passed over inside a name.
    @inline(__always)
    private func isSkippablePossessive(_ t: TextToken) -> Bool {
        t.kind == .possessive && t.end - t.start <= 3 && !t.text.utf8.contains(0x73) && !t.text.utf8.contains(0x53)
    }

    /// Whether any pattern starts with this lowercase word.
    func startsAnyName(_ lower: String) -> Bool { byFirst[lower] != nil }

    private func match(_ p: Pattern, _ tokens: [TextToken], _ i: Int) -> Int? {
        var k = i
        var firstSignificant = true
        for (pi, want) in p.tokens.enumerated() {
            // Tokens must follow one another (newlines break a name); only a possessive apostrophe inside the
            // name is passed over, so `Prison Officers’ Association` matches `Prison Officers' Association`
            // and `Prison Governors Association`.
            if pi > 0, k < tokens.count, isSkippablePossessive(tokens[k])
                || p.possessiveBefore[pi] && tokens[k].kind == .possessive {
                k += 1
            }
            guard k < tokens.count else { return nil }
            let kind = tokens[k].kind
            guard kind == .word || kind == .punct, tokens[k].lower == want, !tokens[k].inURL else { return nil }
            if kind == .word {
                if p.exactCase[pi] {
                    let s = p.surfaces[pi]
                    if tokens[k].text != s && !(tokens[k].isAllCaps && tokens[k].text == s.uppercased()) { return nil }
                } else if firstSignificant && !p.anyCase && want != "the" {
                    if !tokens[k].isCapitalised && !tokens[k].hasDigit { return nil }
                    if p.ambiguous && (tokens[k].sentenceStart || tokens[k].isAllCaps) { return nil }
                }
                if want != "the" { firstSignificant = false }
            }
            k += 1
        }
        // Do not stop inside a word-joined sequence like `NPS-led`: the next token must not glue on.
        if k < tokens.count, tokens[k].kind == .word, !tokens[k].spaceBefore { return nil }
        return k
    }
}
