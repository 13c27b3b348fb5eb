/// Political parties named by a party word (`Labour`, `the Tories`, `a Conservative MP`, `Lib Dems`) and Crown
/// bodies named by a bare word after `the` (`the Treasury`), each emitted under the body's full name (`Labour
/// Party`, `HM Treasury`). Word lists are in ``PoliticalLexicon``.
extension PassageScanner {
    /// A party named at `p` within the run ending at `b`: the end of the reference and the party's full name.
    /// `Labour market figures` and `Conservative estimates` (an ordinary noun after the word) and `Labour List`
    /// (another capitalised word, making a name of its own) are not. At a sentence start or in a heading the
    /// word must be followed by a verb, a possessive, punctuation or a party word (`Labour said`, `Tories'`).
    func politicalParty(at p: Int, within b: Int) -> (end: Int, name: String)? {
        guard isCap(p) else { return nil }
        let t = tokens[p]
        // all-capital acronyms (`SNP`) or capitalised words (`Labour`), never a shouted `LABOUR`
        if t.isAllCaps && t.letterCount > 4 { return nil }
        var end = p + 1
        let name: String
        if isCap(p + 1), p + 1 < b, let pair = PoliticalLexicon.partyPairs[lower(p) + " " + lower(p + 1)] {
            name = pair
            end = p + 2
        } else if let single = PoliticalLexicon.partyWords[t.lower] {
            name = single
        } else {
            return nil
        }
        // `Labour Party`: the suffix belongs to the reference
        if end < b, isWord(end), lower(end) == "party" { end += 1 }
        // `Labour List`, `Conservative Home`: another capitalised word makes a name of its own
        if end < b, isCap(end), !PoliticalLexicon.partyFollowers.contains(lower(end)), !tokens[end].isAcronymLike {
            return nil
        }
        let next = end < tokens.count ? tokens[end] : nil
        if let n = next, n.kind == .word, !n.isCapitalised, PoliticalLexicon.ordinaryFollowers.contains(n.lower) {
            return nil
        }
        if t.sentenceStart || headingLines.contains(t.line) {
            guard let n = next else { return (end, name) }
            switch n.kind {
            case .word:
                let l = n.lower
                guard PoliticalLexicon.partyVerbs.contains(l) || PoliticalLexicon.partyFollowers.contains(l) else {
                    return nil
                }
            case .possessive, .punct, .newline:
                break
            }
        }
        return (end, name)
    }

    /// `the Treasury`, `Treasury officials`: a Crown body named by a bare word that starts its run, not preceded
    /// by a capitalised word (`the US Treasury`) nor followed by one (`Treasury Committee`, read as a body of
    /// its own). Returns the body's full name.
    /// `the Welsh Government`, `in the Scottish Parliament`: a nation's adjective and a devolved body's noun,
    /// ending the run (`Scottish Government ministers` too: the lower-case word is no part of the run). Returns
    /// the end of the name.
    func devolvedBody(at p: Int, within b: Int) -> Int? {
        guard p + 2 == b, isCap(p), isCap(p + 1), !tokens[p].isAllCaps, tokens[p + 1].line == tokens[p].line,
              PoliticalLexicon.devolvedNations.contains(lower(p)),
              PoliticalLexicon.devolvedBodies.contains(lower(p + 1)) else { return nil }
        return b
    }

    func crownBody(at p: Int, runStart a: Int, within b: Int) -> String? {
        guard p == a, isCap(p), !tokens[p].isAllCaps, let name = PoliticalLexicon.crownBodies[lower(p)],
              !officeTitleEnd(p, p + 1) else { return nil }
        if p + 1 < b, isCap(p + 1) { return nil }
        if p >= 1, isWord(p - 1), tokens[p - 1].isCapitalised, lower(p - 1) != "the" { return nil }
        return name
    }
}
