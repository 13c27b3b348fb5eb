/// Capitalised strings that look like names but are not, found in real use. Every mention passes through
/// ``PassageScanner/isJunk(shape:type:start:end:)`` before it is emitted.
extension PassageScanner {
    /// Whether the mention `[start, end)` of the given shape and type is junk:
    /// - a single letter (`N`, `X`) on its own;
    /// - a list number glued to a word (`1The Board`, `2Ministry`);
    /// - a hyphenated modifier (`Trust-owned`, `NHS-funded`): the part after the last hyphen is lowercase;
    /// - words of nationality or origin alone (`American`, `the Kuwaitis`), and the people of a known place
    ///   named from it (`Londoners`, `Bristolians`);
    /// - an organization suffix alone (`Constabulary`, `Council`): a generic noun, not a name;
    /// - a nation alone (`England`, `Britain`) typed as an organization: a place;
    /// - a unit or measure (`FTE`, `FT` or `MW` right after a number): never an entity, nor a known one's alias;
    /// - a placeholder (`Dame Thingy`, `Joe Bloggs`);
    /// - a title written as one hyphenated word (`Attorney-General`);
    /// - a person named after an event (`the Marlow Inquest` is an inquest), or a plural of a title or given
    ///   name (`Lord Chancellors`, `Bobs`).
    func isJunk(shape: RawMention.Shape, type: EntityType, start: Int, end: Int) -> Bool {
        guard start < end else { return true }
        let first = tokens[start]
        if end - start == 1 {
            if first.letterCount == 1 && !first.hasDigit { return true }
            if JunkLexicon.suffixOnly.contains(first.lower), type == .organization, !isKnowledgeShape(shape) { return true }
        }
        // `1The`, `2Ministry`: a list number glued to a word (`4Front`, `G4S` are names)
        if let d = first.text.first, d.isNumber {
            let rest = first.text.drop(while: { $0.isNumber })
            if let c = rest.first, c.isUppercase, JunkLexicon.gluedWords.contains(rest.lowercased())
                || NameLexicon.orgHeads.contains(rest.lowercased()) {
                return true
            }
        }
        for k in start..<end where tokens[k].kind == .word {
            let t = tokens[k].text
            if let dash = t.lastIndex(of: "-"), t.index(after: dash) < t.endIndex {
                let tail = t[t.index(after: dash)...]
                if tail.first!.isLowercase, tail.count >= 3, JunkLexicon.modifierTails.contains(where: { tail.hasSuffix($0) }) {
                    return true
                }
            }
            if JunkLexicon.placeholders.contains(tokens[k].lower) { return true }
        }
        // `Attorney-General`, `Vice-Chancellor`: a title written as one word
        if end - start == 1, first.text.contains("-"), !isKnowledgeShape(shape) {
            let parts = first.lower.split(separator: "-").map(String.init)
            if parts.allSatisfy({ NameLexicon.roleNouns.contains($0) || NameLexicon.roleModifiers.contains($0) }) { return true }
        }
        // `England`, `Britain` alone are places, never organizations (`Sport England` is a name of its own)
        if end - start == 1, type == .organization || shape == .bareWord, !isKnowledgeShape(shape),
           PoliticalLexicon.nations.contains(first.lower),
           !first.isAllCaps {
            return true
        }
        let words = (start..<end).filter { tokens[$0].kind == .word }
        if !words.isEmpty, words.allSatisfy({ OrganizationLexicon.demonyms.contains(lower($0)) }) { return true }
        // `Londoners`, `Bristolians`: the people of a known place, formed from its name, are no one's name
        if words.count == 1, end - start == 1, !isKnowledgeShape(shape) {
            let l = first.lower
            for suffix in ["ers", "ians"] where l.hasSuffix(suffix) && l.count > suffix.count + 2 {
                if PlaceLexicon.names.contains(String(l.dropLast(suffix.count))) { return true }
            }
        }
        // units after a number: `28,094 FT`, `300 FTE`, `40 MW`
        if end - start == 1, first.isAllCaps, start >= 1, tokens[start - 1].kind == .word, tokens[start - 1].hasDigit,
           JunkLexicon.units.contains(first.lower) {
            return true
        }
        if first.isAllCaps, end - start == 1, JunkLexicon.alwaysUnits.contains(first.lower) { return true }
        if type == .person {
            if let last = words.last, JunkLexicon.eventNouns.contains(lower(last)), words.count >= 2 { return true }
            // `Lord Chancellors`, `Bobs`: plurals of titles and given names
            if let last = words.last, lower(last).hasSuffix("s"), lower(last).count > 3 {
                let singular = String(lower(last).dropLast())
                if NameLexicon.roleNouns.contains(singular) || NameLexicon.honorifics.contains(singular) { return true }
                // `the Bobs of this world` (but `Williams`, `Phillips` are surnames: only after a determiner)
                if words.count == 1, GivenNames.all.contains(singular), !GivenNames.all.contains(lower(last)), start >= 1,
                   isWord(start - 1), ["the", "all", "those", "these", "more"].contains(lower(start - 1)) {
                    return true
                }
            }
        }
        return false
    }
}

extension PassageScanner {
    func isKnowledgeShape(_ s: RawMention.Shape) -> Bool {
        if case .knowledge = s { return true }
        return false
    }
}
