/// An acronym no cue types, used as a noun: the head of `the ACRONYM` (`a letter from the WHA.`), the subject of a
/// reporting or auxiliary verb (`WHA said`, `the WHA has`), or a possessor (`WHA's budget`). One such use is
/// weak evidence; the corpus vote (``TypeVote/recurringAcronyms(_:)``) makes the acronym an organization when it
/// acts somewhere and is used as a noun more than once. An acronym that modifies a following noun (`the WHA grant`, `the COVID pandemic`), a measure
/// (`GDP`, `FTE`), a roman numeral or a shouted ordinary word is left alone.
extension PassageScanner {
    /// How the lone acronym at `p` is used: `.actor` when it acts or owns (`WHA said`, `WHA's budget`, `a letter
    /// from the WHA`), `.noun` when it only heads a noun phrase (`the WHA and the council`, `the WHA is`), nil
    /// otherwise. A two-letter acronym (`the SU`, a service user in a practitioner's shorthand) acts only as a
    /// possessor or the subject of a reporting verb.
    func acronymUse(_ p: Int) -> AcronymUse? {
        let t = tokens[p]
        guard t.isAcronymLike, t.letterCount >= 2, t.letterCount <= 6, !t.hasDigit,
              !AcronymLexicon.measures.contains(t.lower), !isRomanNumeral(t.text), !isGiven(p) else { return nil }
        let next = p + 1
        // a capitalised word after it: part of a longer name or a person's initials (`JK Rowling`)
        if isWord(next), tokens[next].isCapitalised { return nil }
        // `WHA's budget` (but `contact SUs by phone` written `SU's by`: a plural, not a possessor)
        if next < tokens.count, tokens[next].kind == .possessive {
            return isWord(next + 1) && !AcronymLexicon.afterHead.contains(lower(next + 1)) ? .actor : nil
        }
        if isWord(next), AcronymLexicon.actorVerbs.contains(lower(next)) { return .actor }
        let afterThe = p >= 1 && isWord(p - 1) && lower(p - 1) == "the"
        let head = next >= tokens.count || tokens[next].kind != .word || AcronymLexicon.afterHead.contains(lower(next))
        if afterThe, head, t.letterCount > 2, p >= 2, isWord(p - 2),
           AcronymLexicon.agentPrepositions.contains(lower(p - 2)) { return .actor }
        if isWord(next), AcronymLexicon.auxiliaries.contains(lower(next)) { return .noun }
        return afterThe && head ? .noun : nil
    }

    func isRomanNumeral(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { "IVXLCDM".contains($0) }
    }
}

enum AcronymUse { case actor, noun }
