/// Military ranks inside companies' names (`General Electric`, `Harbin General Nuclear`), which title no person.
extension PassageScanner {
    /// A rank (``OrganizationLexicon/rankWords``: `General`, `Major`, `Admiral`) right before a word of a trade
    /// (``OrganizationLexicon/tradeWordsAfterRank``: `Nuclear`, `Insurance`, `Trading`, `Motors`) is a word of a
    /// company's name, not a title before a surname: `Admiral Insurance was fined`, `Westbay General Insurance
    /// said`, `the Oskar General Trading company`, `Harbin General Nuclear agreed`. The name opens with up to two
    /// capitalised words before the rank on the same line (a place, `Harbin`, or a coined word, `Oskar`) that
    /// are no role, title, given name, date word or ordinary opener (`The`, `However`), and runs on over up to
    /// three capitalised words after the trade word (`General Logistics Systems`, `... Insurance Company`).
    /// A rank before a name stays a title: `General Sir Ian Boyd`, `Major Ann Reid`, `US General Hollis`, `the
    /// Attorney General Ruth Dale`, and so does a rank before a word that is no trade (`General Election`).
    /// Returns the end of the company's name that starts at `p`.
    func rankCompanyEnd(at p: Int) -> Int? {
        guard isCap(p) else { return nil }
        let line = tokens[p].line
        var r = p
        while r < p + 3 {
            guard isWord(r), tokens[r].isCapitalised, tokens[r].line == line else { return nil }
            if OrganizationLexicon.rankWords.contains(lower(r)) { break }
            guard rankCompanyOpener(r) else { return nil }
            // a known name before the rank must be a place that ends before it (`Harbin`), not a person or a body
            if let m = kbMatch(r), kb.records[m.record].type != .place || m.end > r + 1 { return nil }
            r += 1
        }
        guard r < p + 3, OrganizationLexicon.rankWords.contains(lower(r)), kbMatch(r) == nil else { return nil }
        let n = r + 1
        guard isWord(n), tokens[n].isCapitalised, !tokens[n].isAllCaps, tokens[n].line == line,
              OrganizationLexicon.tradeWordsAfterRank.contains(lower(n)), !isGiven(n),
              !PersonLexicon.wordSurnames.contains(lower(n)) else { return nil }
        var e = n + 1
        while e < tokens.count, e - n <= 3, isWord(e), tokens[e].isCapitalised, tokens[e].line == line,
              !isRoleNoun(e) || isOrgSuffix(e), !isHonorific(e), !isGiven(e), !isCalendarWord(e) {
            e += 1
        }
        return e
    }

    /// A capitalised word that may open a company's name before a rank: no role, title, given name, date word,
    /// ordinary opener of a sentence, nor an ordinary word opening the sentence.
    private func rankCompanyOpener(_ k: Int) -> Bool {
        let l = lower(k)
        if isRoleNoun(k) || NameLexicon.roleModifiers.contains(l) || isHonorific(k) || isGiven(k) || isCalendarWord(k) {
            return false
        }
        if CommonWords.neverOpenAName.contains(l) || OrganizationLexicon.sentenceOpeners.contains(l) { return false }
        if tokens[k].sentenceStart, isCommon(k) { return false }
        return true
    }
}
