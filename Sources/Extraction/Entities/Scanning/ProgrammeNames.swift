/// Programmes, schemes and laws named by their last word (`Care Act 2014`, `Troubled Families Programme`).
extension PassageScanner {
    /// `Offender Rehabilitation Act 2014`, `Effective Proposal Framework`.
    func programmeEnd(from p: Int, within b: Int) -> Int? {
        var k = p
        var specific = false
        var words = 0
        while k < b {
            guard isCap(k) else {
                let l = lower(k)
                // (`OMERS and the ... Scheme`: an acronym before `and` is a name of its own)
                if (l == "and" || l == "&" || l == "of" || l == "for" || l == "the" || l == "on" || l == "in") && words > 0
                    && !((l == "and" || l == "&") && tokens[k - 1].isAcronymLike) {
                    k += 1
                    continue
                }
                return nil
            }
            let l = lower(k)
            if isRoleNoun(k) || isHonorific(k) { return nil }
            // `Debbie White said`: a given name and a surname that is also a programme's last word
            if words == 1, k == p + 1, wordSurname(k, after: p) { return nil }
            // `the Refugee Convention`: a treaty, even after one ordinary word
            if ProgrammeLexicon.treatyHeads.contains(l), words > 0, tokens[k].isCapitalised, k + 1 == b || !isCap(k + 1) {
                return k + 1
            }
            if (ProgrammeLexicon.strongProgrammeSuffixes.contains(l) || ProgrammeLexicon.schemeHeads.contains(l)) && words > 0 {
                guard specific || words >= 2 else { return nil }
                var e = k + 1
                // `Act 2014`
                if e < tokens.count, tokens[e].isNumber, tokens[e].text.count == 4 { e += 1 }
                return e
            }
            if isSpecific(k) { specific = true }
            words += 1
            k += 1
            if words > 6 { return nil }
        }
        return nil
    }
}

extension PassageScanner {
    /// `the Domestic Gas and Electricity (Tariff Cap) Act 2018`, `the Forestry and Land Management (Scotland)
    /// Act`, `the Water Industry (Special Administration) Regulations`: a law whose title carries a bracket before
    /// its last word. From `p` (the first capitalised word of a run, after an optional `the`), up to eight
    /// capitalised words and the small words a title joins them with (`and`, `of`, `for`, `the`), a bracket of
    /// one to four capitalised words, then a law's head (`Act`, `Bill`, `Order`, `Regulations`) with an optional
    /// year. Without this the words before the bracket (`Domestic Gas`, `Electricity`) read as bodies' names.
    /// Returns the end of the title.
    func bracketedLawEnd(at p: Int) -> Int? {
        guard isCap(p), !(p >= 1 && isCap(p - 1) && tokens[p - 1].line == tokens[p].line) else { return nil }
        var k = p
        if lower(k) == "the" { k += 1 }
        var words = 0
        while k < tokens.count, tokens[k].line == tokens[p].line, words <= 8 {
            if isCap(k) { words += 1; k += 1; continue }
            if isWord(k), ["and", "of", "for", "the", "&"].contains(lower(k)), words > 0 { k += 1; continue }
            if tokens[k].kind == .punct, tokens[k].text == "&", words > 0 { k += 1; continue }
            break
        }
        guard words >= 1, k < tokens.count, tokens[k].kind == .punct, tokens[k].text == "(" else { return nil }
        var j = k + 1
        var inner = 0
        while isCap(j), tokens[j].line == tokens[p].line, inner < 4 { inner += 1; j += 1 }
        guard inner >= 1, j < tokens.count, tokens[j].kind == .punct, tokens[j].text == ")" else { return nil }
        j += 1
        guard isWord(j), tokens[j].isCapitalised, tokens[j].line == tokens[p].line,
              ["act", "bill", "order", "regulations"].contains(lower(j)) else { return nil }
        var e = j + 1
        if e < tokens.count, tokens[e].isNumber, tokens[e].text.count == 4 { e += 1 }
        return e
    }
}

extension PassageScanner {
    /// `the Independent Review of the Harbour Dues Act`, `Independent Review of Rural Bus Funding and Fares`, `the
    /// National Review of Care Homes`: a review named head first, its subject after `of` or `into`, is one
    /// programme, the subject's words included (otherwise `Harbour Dues Act` or `Lifeboat Service` would stand for
    /// the review, or read as a body). From `p`, the first capitalised word of a run (after an optional `The`): at
    /// most two capitalised words that are no given name, title or role, then `Review`, then `of` or `into`, an
    /// optional `the`, and capitalised words joined by `and`, `of`, `for`, `the` or `&`, on one line. Returns the
    /// end of the title.
    func headFirstReviewEnd(at p: Int) -> Int? {
        guard isCap(p), !(p >= 1 && isCap(p - 1) && tokens[p - 1].line == tokens[p].line) else { return nil }
        var k = p
        if lower(k) == "the" { k += 1 }
        var before = 0
        while isCap(k), lower(k) != "review", before < 2, !isGiven(k), !isHonorific(k), !isRoleNoun(k),
              tokens[k].line == tokens[p].line {
            before += 1
            k += 1
        }
        guard isWord(k), tokens[k].isCapitalised, lower(k) == "review", tokens[k].line == tokens[p].line,
              isWord(k + 1), ["of", "into"].contains(lower(k + 1)), tokens[k + 1].line == tokens[p].line else { return nil }
        var j = k + 2
        if isWord(j), lower(j) == "the", !tokens[j].isCapitalised { j += 1 }
        var end = -1
        while j < tokens.count, tokens[j].line == tokens[p].line, j - k <= 14 {
            if isCap(j), !isGiven(j) || end >= 0 { end = j + 1; j += 1; continue }
            if end >= 0, isWord(j), ["and", "of", "for", "the"].contains(lower(j)), isCap(j + 1) { j += 1; continue }
            if end >= 0, tokens[j].kind == .punct, tokens[j].text == "&", isCap(j + 1) { j += 1; continue }
            break
        }
        // (a year closing a law's title: `... Act 1983`)
        if end > 0, end < tokens.count, tokens[end].isNumber, tokens[end].text.count == 4, tokens[end].line == tokens[p].line {
            end += 1
        }
        return end > 0 ? end : nil
    }
}
