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
