/// Context that says a capitalised name (one word, a run, or an acronym) is an organization: what it owns or
/// employs (`Kestrel's board`), who it is owned or formed by (`owned by Marlin Holdings`), the kind of body
/// named just before it (`the insulation manufacturers Kestrel`, `its subcontractor Harley Facades`), what it
/// does with `its` (`Ofwat published its final determinations`), and mergers (`East Thames merged into ...`).
/// A name whose first word is a given name, or that the knowledge base knows as a person, is left alone.
extension PassageScanner {
    /// The institutional cue for the run `[p, q)`, if any.
    func institutionalCue(_ p: Int, _ q: Int) -> MentionCue? {
        guard q > p, !isGiven(p) else { return nil }
        if let m = kbMatch(p), kb.records[m.record].type == .person { return nil }
        if possessesInstitution(after: q) { return .orgPossessive }
        if agentBefore(p) { return .orgAgent }
        if kindBefore(p) { return .orgKindBefore }
        if actsWithIts(after: q) { return .orgIts }
        if mergeAfter(q) { return .orgMerger }
        if contractContext(p, q) { return .orgContract }
        return nil
    }

    /// `Kestrel's board`, `Arriva's subsidiary`, `the council's chief executive`: a possessive followed, within
    /// two words (an adjective may stand between), by something only an organization has.
    func possessesInstitution(after q: Int) -> Bool {
        guard q < tokens.count, tokens[q].kind == .possessive else { return false }
        var k = q + 1
        var steps = 0
        while isWord(k), steps < 3 {
            let l = lower(k)
            if OrganizationLexicon.possessedByOrganizations.contains(l) { return true }
            // `Kestrel's chief executive` (but `Leeds's chief nursing officer`, `Smith's chief of staff`)
            if l == "chief", isWord(k + 1), lower(k + 1) == "executive" { return true }
            guard !tokens[k].isCapitalised else { return false }
            steps += 1
            k += 1
        }
        return false
    }

    /// `owned by`, `operated by`, `formed by`, `acquired by`, `carried out by` just before `p`.
    func agentBefore(_ p: Int) -> Bool {
        guard p >= 2, isWord(p - 1), lower(p - 1) == "by", isWord(p - 2) else { return false }
        // `carried out by Rydon`
        if lower(p - 2) == "out", p >= 3, isWord(p - 3), lower(p - 3) == "carried" { return true }
        return OrganizationLexicon.agentVerbs.contains(lower(p - 2))
    }

    /// `the insulation manufacturers Kestrel`, `outsourcing firms Capita and Serco`, `its subcontractor Harley
    /// Facades`: a plural kind of organization, or a singular one after `its` / `the` / `a`, right before `p`.
    func kindBefore(_ p: Int) -> Bool {
        guard p >= 1, isWord(p - 1), !tokens[p - 1].isCapitalised, tokens[p - 1].line == tokens[p].line else { return false }
        let l = lower(p - 1)
        if OrganizationLexicon.kindsBeforeName.contains(l) {
            // `the insulation manufacturers X`, `firms X`: a determiner within three words before, or none at all
            return true
        }
        if OrganizationLexicon.kindBeforeName.contains(l), p >= 2, isWord(p - 2) {
            var j = p - 2
            var steps = 0
            while j >= 0, steps < 3, isWord(j) {
                if ["its", "the", "a", "an", "their"].contains(lower(j)) { return true }
                j -= 1
                steps += 1
            }
        }
        return false
    }

    /// `Ofwat published its final determinations`, `Kestrel has lost its licence`: the name is the subject of a
    /// verb (one or two words) followed by `its`.
    func actsWithIts(after q: Int) -> Bool {
        var k = q
        var steps = 0
        while isWord(k), steps < 3, !tokens[k].isCapitalised {
            let l = lower(k)
            if l == "its" { return steps >= 1 }
            if ["his", "her", "their", "and", "or", "but", "who", "which", "that"].contains(l) { return false }
            steps += 1
            k += 1
        }
        return false
    }

    /// `East Thames merged into ...`, `Marlin was acquired by ...`.
    func mergeAfter(_ q: Int) -> Bool {
        guard isWord(q) else { return false }
        let l = lower(q)
        if OrganizationLexicon.mergeWords.contains(l), isWord(q + 1), ["into", "with"].contains(lower(q + 1)) { return true }
        if l == "was" || l == "were", isWord(q + 1), ["acquired", "bought", "taken"].contains(lower(q + 1)) { return true }
        return false
    }

    /// `education secretary, Justine Greening,`: a role noun, a comma, then the name (which a comma or a
    /// bracket closes): the role of the person named. Returns the role phrase.
    func roleBeforeComma(_ p: Int, _ q: Int) -> String? {
        guard p >= 2, tokens[p - 1].kind == .punct, tokens[p - 1].text == ",", isWord(p - 2),
              NameLexicon.roleNouns.contains(lower(p - 2)), !tokens[p - 2].isCapitalised || !tokens[p - 2].sentenceStart else {
            return nil
        }
        guard q < tokens.count, tokens[q].kind == .punct, [",", ")", "."].contains(tokens[q].text) else { return nil }
        return roleBefore(p - 1)
    }
}

extension PassageScanner {
    /// An unknown acronym in a context that only an organization fits: after a role (`chief executive of
    /// the HCA`), in a publication context (`told the FT`), or after a kind of body (`the regulator HCA`).
    /// A bare `the X has` is not enough: role and document acronyms (`the PSO`, `the OASys`) take it too.
    func acronymOrganizationCue(_ p: Int) -> MentionCue? {
        if roleOfBefore(p) { return .roleOf }
        if publicationBefore(p) { return .publication }
        if organizationNounBefore(p) { return .orgNounBefore }
        if organizationAppositive(after: p + 1) { return .orgAppositive }
        if personOfThe(p) { return .personOf }
        // `NHS staff`, `the HCA's offices`: what only an organization has, right after the acronym
        if isWord(p + 1), !tokens[p + 1].isCapitalised, OrganizationLexicon.orgPremodified.contains(lower(p + 1)),
           tokens[p].letterCount >= 3 {
            return .orgNoun
        }
        if acronymInstitutionalUse(p) { return .orgNoun }
        return nil
    }

    /// An acronym of three to six letters used the way only a body is: before a noun of membership, money or
    /// workload (`the RMT union`, `the HMCTS backlog`, `GMB members voted`), or as what someone joins (`she
    /// joined the RCN`, `rejoining UNITE`; `a member of UNITE` is ``roleOfBefore(_:)``'s). Measures (`the FTE budget`), roman numerals and
    /// two-letter shorthand are left to the other rules.
    func acronymInstitutionalUse(_ p: Int) -> Bool {
        let t = tokens[p]
        guard t.isAcronymLike, t.letterCount >= 3, t.letterCount <= 6, !t.hasDigit,
              !AcronymLexicon.measures.contains(t.lower), !isRomanNumeral(t.text) else { return false }
        if isWord(p + 1), !tokens[p + 1].isCapitalised, tokens[p + 1].line == t.line,
           AcronymLexicon.institutionalNouns.contains(lower(p + 1)) { return true }
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 0, isWord(k), tokens[k].line == t.line else { return false }
        return AcronymLexicon.joiningVerbs.contains(lower(k))
    }

    /// `Sam Okafor of the RCN`, `a spokesman for the HCA`: a person's name (or a spokesperson) then `of`,
    /// `at` or `for the` right before the acronym at `p`.
    func personOfThe(_ p: Int) -> Bool {
        guard p >= 3, isWord(p - 1), lower(p - 1) == "the", isWord(p - 2),
              ["of", "at", "for", "from"].contains(lower(p - 2)) else { return false }
        if let last = mentions.last, last.type == .person, last.end == p - 2 { return true }
        return ["spokesman", "spokeswoman", "spokesperson"].contains(lower(p - 3))
    }
}

extension PassageScanner {
    /// A personal pronoun later in the sentence of a lone capitalised word, with no other capitalised word in
    /// between: `Marlow is a great talker, though I wish he listened` (`he`, `she`: `subject` when the word opens
    /// its sentence), `they humiliated Marlow by sacking him`. Evidence that the word names a person.
    func personalPronounAfter(_ a: Int, _ q: Int) -> (pronoun: String, subject: Bool)? {
        var k = q
        var steps = 0
        while k < tokens.count, steps < 14 {
            let t = tokens[k]
            if t.kind == .newline { return nil }
            if t.kind == .punct, [".", "!", "?", ";", ":"].contains(t.text) { return nil }
            if t.kind == .word {
                if t.sentenceStart && k != q { return nil }
                if t.isCapitalised && t.lower != "i" { return nil }
                if ["he", "she", "him", "himself", "herself"].contains(t.lower) {
                    let subject = (t.lower == "he" || t.lower == "she") && tokens[a].sentenceStart
                    return (t.lower, subject)
                }
                if ["it", "its", "they", "them", "their", "who", "which"].contains(t.lower) { return nil }
            }
            steps += 1
            k += 1
        }
        return nil
    }
}

extension PassageScanner {
    /// `HM Treasury`, `HM Revenue and Customs`, `HM Courts & Tribunals Service`: `HM` (Her or His Majesty's)
    /// before capitalised words that are not a title (`HM Chief Inspector`) nor a prison (`HM Prison Leeds`, read
    /// by ``prisonEnd(from:within:)``). Returns the end of the name.
    func majestysBody(_ p: Int, runEnd b: Int) -> Int? {
        guard lower(p) == "hm", tokens[p].isAllCaps, p + 1 < b, isCap(p + 1), !isRoleNoun(p + 1),
              lower(p + 1) != "prison", !NameLexicon.roleModifiers.contains(lower(p + 1)) || isOrgSuffix(p + 1) else {
            return nil
        }
        var e = p + 1
        while e < b {
            // (`HM Ch. Inspector`: an abbreviation is no name)
            if isCap(e), !isRoleNoun(e) || isOrgSuffix(e), !isHonorific(e), !isGiven(e), tokens[e].letterCount >= 3,
               !(e + 1 < tokens.count && tokens[e + 1].kind == .punct && tokens[e + 1].text == "." && tokens[e].letterCount <= 3) {
                e += 1
                continue
            }
            if isWord(e), lower(e) == "and" || lower(e) == "of", isCap(e + 1), e + 1 < b { e += 1; continue }
            if tokens[e].kind == .punct, tokens[e].text == "&", isCap(e + 1) { e += 1; continue }
            break
        }
        while e > p + 1, !isCap(e - 1) { e -= 1 }
        return e > p + 1 ? e : nil
    }

    /// `director of nursing at HCA Harbourside`: an unknown acronym that opens a capitalised name which an
    /// organization cue types as a whole. Returns the end of the name.
    func acronymLedNameInContext(_ p: Int, runEnd b: Int) -> Int? {
        var q = p + 1
        while q < b, q - p <= 3, isCap(q), !isRoleNoun(q), !isHonorific(q), !tokens[q].isAcronymLike, !isGiven(q),
              !isCalendarWord(q), kbMatch(q) == nil {
            q += 1
        }
        guard q > p + 1, q == b else { return nil }
        // `the SCO Job Description.`: `the` and a full stop are too little for a name led by an acronym
        guard let cue = organizationCue(p, q, ordinary: false), cue != .definiteName else { return nil }
        return q
    }

    /// `said to Civil Service Weekly in his interview`, `Marsh News in an article`: the name is followed by `in`,
    /// an optional determiner and a noun for a piece of journalism.
    func interviewAfter(_ q: Int) -> Bool {
        guard isWord(q), lower(q) == "in" else { return false }
        var k = q + 1
        if isWord(k), ["his", "her", "an", "a", "its", "their", "the", "this", "that"].contains(lower(k)) { k += 1 }
        guard isWord(k) else { return false }
        return OrganizationLexicon.publicationNouns.contains(lower(k))
    }
}

extension PassageScanner {
    /// `Network Rail`, `Northern Rail`, `Great Western Railway`, `Scottish Water`: before a sector word, only
    /// compass, size and nationality words or an organization word: a company's name, not a phrase.
    func sectorQualifiersOnly(_ p: Int, _ k: Int) -> Bool {
        guard k > p else { return false }
        return (p..<k).allSatisfy { j in
            let l = lower(j)
            return isCap(j) && (OrganizationLexicon.compassWords.contains(l) || OrganizationLexicon.demonyms.contains(l)
                || l == "great" || NameLexicon.orgSuffixes.contains(l))
        }
    }

    func isKnowledgeOrganization(_ m: RawMention) -> Bool {
        if case .knowledge = m.shape { return m.type == .organization }
        return false
    }

    /// Two mentions joined by `and` / `,` / `, and`, each optionally after `the` (`the NUW and the ATW`).
    func coordinatedWithArticle(_ o: RawMention, _ m: RawMention, otherFirst: Bool) -> Bool {
        let (x, y) = otherFirst ? (o.end, m.start) : (m.end, o.start)
        guard y > x, y - x <= 4 else { return false }
        var between = (x..<y).map { tokens[$0].lower }
        if tokens[x].kind == .punct, tokens[x].text == ")" { between.removeFirst() }
        if between.last == "the" { between.removeLast() }
        return between == ["and"] || between == [","] || between == [",", "and"] || between == ["&"]
    }
}

extension PassageScanner {
    /// `Lord Harwood of Peckham`: the place of a peer's territorial designation (a place the knowledge base
    /// knows is still part of the name).
    func territorialPlace(_ k: Int) -> Bool {
        guard isCap(k), let m = kbMatch(k), m.end == k + 1 else { return false }
        return kb.records[m.record].type == .place
    }
}
