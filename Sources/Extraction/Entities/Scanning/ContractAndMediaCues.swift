/// Companies by what they do with contracts (`Kestrel won the contract`, `took over the contract from Marlin`)
/// and media outlets by what they report (`the Courier reported`). Word lists are in ``OrganizationLexicon``.
extension PassageScanner {
    /// `Kestrel won the contract`, `Marlin still runs the franchise`, `Kestrel has held contracts since 2014`: the
    /// name is the subject of a contract verb whose object, within four words, is a contract; or the name comes
    /// after a contract and `from`, `to` or `with` (`took over the contract from Marlin`, `awarded to Kestrel`).
    func contractContext(_ p: Int, _ q: Int) -> Bool {
        // after: subject of a contract verb
        var k = q
        if k < tokens.count, tokens[k].kind == .possessive { return false }
        var steps = 0
        while isWord(k), steps < 2, OrganizationLexicon.contractAdverbs.contains(lower(k)) { k += 1; steps += 1 }
        if isWord(k), OrganizationLexicon.contractVerbs.contains(lower(k)) {
            var j = k + 1
            while j < tokens.count, j - k <= 4, tokens[j].kind == .word {
                if OrganizationLexicon.contractNouns.contains(lower(j)) { return true }
                j += 1
            }
        }
        if handedOverTo(p, q) || sellerFrom(p) && !isPlaceRun(p, q) && !surnameOfPassagePerson(p, q) { return true }
        // before: `the contract from X`, `awarded to X`
        guard p >= 2, isWord(p - 1), ["from", "to", "with"].contains(lower(p - 1)), isWord(p - 2) else { return false }
        // `contracted out to Kestrel`, `farmed out to Marlin`, `hived off to Tarnco`: work handed over with a particle
        if lower(p - 1) == "to", ["out", "off"].contains(lower(p - 2)), p >= 3, isWord(p - 3),
           OrganizationLexicon.awardVerbs.contains(lower(p - 3)) || ["farmed", "hived", "parcelled", "parceled"].contains(lower(p - 3)) {
            return true
        }
        let w = lower(p - 2)
        return OrganizationLexicon.contractNouns.contains(w) || (lower(p - 1) == "to" && OrganizationLexicon.awardVerbs.contains(w))
    }

    /// `the clinic was sold to Kestrel`, `the service passed to Marlin in 2014`, `the depots were handed to the
    /// Tarn Group`: the name after `to` and a verb of handing a business or service over
    /// (``OrganizationLexicon/handoverVerbs``), with `the` before a name of two words or more. A place (`sold to
    /// America`) and a surname of a person the passage names are left alone.
    func handedOverTo(_ p: Int, _ q: Int) -> Bool {
        var t = p - 1
        if t >= 1, isWord(t), lower(t) == "the", q - p >= 2 { t -= 1 }
        guard t >= 1, isWord(t), lower(t) == "to", isWord(t - 1), tokens[t - 1].line == tokens[p].line,
              OrganizationLexicon.handoverVerbs.contains(lower(t - 1)) else { return false }
        return !isPlaceRun(p, q) && !surnameOfPassagePerson(p, q)
    }

    /// `bought Thames Water from Tarnco`, `took over the depot in 2016 from Marlin`: the seller after `from`, when
    /// a verb of buying or taking over (``OrganizationLexicon/acquisitionVerbs``) stands within six tokens before
    /// it in the clause, its object between them (`took over from Ines Falk` names a predecessor, not a seller).
    func sellerFrom(_ p: Int) -> Bool {
        guard p >= 3, isWord(p - 1), lower(p - 1) == "from", tokens[p - 1].line == tokens[p].line else { return false }
        var k = p - 2
        var steps = 0
        while k >= 1, steps < 6, tokens[k].line == tokens[p].line {
            if tokens[k].kind == .punct, [".", ";", ":", "!", "?", "(", ")"].contains(tokens[k].text) { return false }
            if isWord(k) {
                let l = lower(k)
                let verb = OrganizationLexicon.acquisitionVerbs.contains(l)
                    || l == "over" && isWord(k - 1) && ["took", "takes", "take", "taken", "taking"].contains(lower(k - 1))
                // the object right after the verb (`took over in 2016 from Ida Fox` is a successor's phrase)
                if verb { return steps > 0 && !isGiven(p) && isWord(k + 1) && !sellerFromNonObjects.contains(lower(k + 1)) }
            }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Words right after a verb of buying or taking over that open no object (a time or a place phrase).
    private var sellerFromNonObjects: Set<String> { ["in", "on", "at", "during", "after", "before", "when", "from", "as", "last", "this", "that"] }

    /// `the Courier reported`, `as The Herald revealed`: a name after `the` followed by a verb of reporting that
    /// only a publication or broadcaster takes in that form. The name's words may be ordinary ones
    /// (`the Independent reported`); a role (`the Minister revealed`) is not a publication.
    func reportedBy(_ p: Int, _ q: Int) -> Bool {
        guard q - p <= 3, isWord(q), OrganizationLexicon.reportingVerbs.contains(lower(q)) else { return false }
        var a = p
        if lower(a) == "the", tokens[a].isCapitalised, a + 1 < q { a += 1 } else {
            guard p >= 1, isWord(p - 1), lower(p - 1) == "the" else { return false }
        }
        guard !(a..<q).contains(where: { isRoleNoun($0) || isHonorific($0) || isGiven($0) }) else { return false }
        return !headingLines.contains(tokens[p].line)
    }

    /// `in the Sunday Times`, `told the Mirror`, `the Herald said in an editorial`: a capitalised run after `the`
    /// whose last word is the head of a newspaper title (``OrganizationLexicon/newspaperHeads``: Times, Post,
    /// Herald...), read, written to or speaking as a paper. A head that often means something else when it
    /// stands alone (`the Standard`, `the Post`) needs a word before it (`the Evening Standard`) or the paper's
    /// voice after it (`the Post argued`); a run whose last word is no head (`the Post Office`, `the Times
    /// Educational Supplement`) is left to the other rules.
    func newspaperByHead(_ p: Int, _ q: Int) -> Bool {
        guard q - p <= 4, q - 1 >= p, isWord(q - 1), OrganizationLexicon.newspaperHeads.contains(lower(q - 1)),
              !headingLines.contains(tokens[p].line) else { return false }
        var a = p
        if lower(a) == "the", tokens[a].isCapitalised, a + 1 < q { a += 1 } else {
            guard p >= 1, isWord(p - 1), lower(p - 1) == "the" else { return false }
        }
        guard !(a..<q).contains(where: { isRoleNoun($0) || isHonorific($0) || isGiven($0) }) else { return false }
        let voice = isWord(q) && OrganizationLexicon.newspaperVoice.contains(lower(q))
            || q < tokens.count && tokens[q].kind == .possessive && isWord(q + 1)
                && OrganizationLexicon.newspaperVoice.contains(lower(q + 1))
        if voice { return true }
        guard a < q - 1 || OrganizationLexicon.distinctiveNewspaperHeads.contains(lower(q - 1)) else { return false }
        return a == p && p >= 2 && isWord(p - 2) && OrganizationLexicon.newspaperLeadIns.contains(lower(p - 2))
            || a > p && p >= 1 && isWord(p - 1) && OrganizationLexicon.newspaperLeadIns.contains(lower(p - 1))
    }
}
