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

        init(tokens: [String], surfaces: [String], exactCase: [Bool], anyCase: Bool, ambiguous: Bool, record: Int,
             wordCount: Int) {
            self.tokens = tokens
            self.surfaces = surfaces
            self.exactCase = exactCase
            self.anyCase = anyCase
            self.ambiguous = ambiguous
            self.record = record
            self.wordCount = wordCount
        }
    }

    /// First lowercase token → patterns, longest first.
    private var byFirst: [String: [Pattern]] = [:]

    init(records: [KnowledgeRecord]) {
        for (ri, r) in records.enumerated() {
            var seen = Set<String>()
            let nameIsAmbiguous = r.ambiguousAliases.contains(r.name)
            let names = [(r.name, nameIsAmbiguous)] + r.aliases.map { ($0, false) } + r.ambiguousAliases.map { ($0, true) }
            for (name, ambiguous) in names {
                let toks = PassageTokenizer.tokenize(name).filter { $0.kind == .word || $0.kind == .punct }
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
                                wordCount: toks.filter { $0.kind == .word }.count)
                byFirst[toks[0].lower, default: []].append(p)
            }
        }
        for k in byFirst.keys {
            byFirst[k]!.sort { a, b in
                a.tokens.count != b.tokens.count ? a.tokens.count > b.tokens.count : a.record < b.record
            }
        }
    }

    /// The longest knowledge name starting at token `i` (which must be a word), as the record index and the
    /// index just past the match.
    func longestMatch(in tokens: [TextToken], at i: Int) -> (record: Int, end: Int)? {
        guard let candidates = byFirst[tokens[i].lower] else { return nil }
        for p in candidates {
            guard let end = match(p, tokens, i) else { continue }
            return (p.record, end)
        }
        return nil
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
            if pi > 0, k < tokens.count, tokens[k].kind == .possessive, tokens[k].end - tokens[k].start <= 3,
               !tokens[k].text.utf8.contains(0x73), !tokens[k].text.utf8.contains(0x53) {
                k += 1
            }
            guard k < tokens.count else { return nil }
            let t = tokens[k]
            guard t.kind == .word || t.kind == .punct, t.lower == want, !t.inURL else { return nil }
            if t.kind == .word {
                if p.exactCase[pi] {
                    let s = p.surfaces[pi]
                    if t.text != s && !(t.isAllCaps && t.text == s.uppercased()) { return nil }
                } else if firstSignificant && !p.anyCase && want != "the" {
                    if !t.isCapitalised && !t.hasDigit { return nil }
                    if p.ambiguous && (t.sentenceStart || t.isAllCaps) { return nil }
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
