/// Capitalised runs that no cue of their own explains, typed by their context or left as candidates.
extension PassageScanner {
    /// Types a run of capitalised words that no cue of its own explains.
    mutating func emitUnknownRun(from p: Int, to q: Int) {
        var a = p
        // drop leading ordinary words (`Another`, `Big`)
        while a < q, isCommon(a), !isSpecific(a) { a += 1 }
        let words = q - a
        // `the mayor of Greater Wexcombe`: a place
        let compassOnly = a > p && (p..<a).allSatisfy({ OrganizationLexicon.compassWords.contains(lower($0)) })
        if a < q, words <= 3, placeRoleBefore(p) {
            emit(shape: .typed, type: .place, start: compassOnly ? p : a, end: q, cue: .placeOfRole)
            return
        }
        // `North Vale merged into ...`: compass words opening the run belong to a name that a cue types
        if a > p, a < q, words <= 3, (p..<a).allSatisfy({ OrganizationLexicon.compassWords.contains(lower($0)) }),
           let cue = institutionalCue(p, q) {
            emit(shape: .typed, type: .organization, start: p, end: q, cue: cue)
            return
        }
        // `Kestrel's board`, `owned by Marlin Holdings`, `the manufacturers Kestrel`, `Ofwat published its ...`
        if a < q, words <= 4, let cue = institutionalCue(a, q) {
            emit(shape: .typed, type: .organization, start: a, end: q, cue: cue)
            return
        }
        if a < q, words >= 2 && words <= 3 {
            if let r = roleAfterDetailed(q).flatMap({ $0.indefinite ? nil : $0.role }) ?? roleBefore(a) ?? roleBeforeComma(a, q) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .rolePhrase, role: r,
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
            if isWord(q), NameLexicon.speechVerbs.contains(lower(q)) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .speechVerb,
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
        }
        // Context that says organization, read over the whole run: its words may all be ordinary ones
        // (`chief executive of Crisis`, `a piece in Inside Housing`, `the Safe Streets organisation`).
        if q - p <= 4, let cue = organizationCue(p, q, ordinary: a == q) {
            emit(shape: .typed, type: .organization, start: p, end: q, cue: cue)
            return
        }
        guard a < q else {
            // Ordinary words capitalised in running text (`Together Women`): a candidate that a list of
            // organizations or the corpus may confirm.
            if q - p >= 2, q - p <= 4, namedInRunningText(p) {
                emit(shape: .unknownRun, type: .organization, start: p, end: q, cue: .candidateRun)
            }
            return
        }
        if words == 1 {
            if isCommon(a) || tokens[a].isNumber || GivenNames.all.contains(lower(a)) && tokens[a].sentenceStart { return }
            // `Kestrel-Marlin`: a compound of known organizations
            if tokens[a].text.contains("-") {
                let parts = tokens[a].text.split(separator: "-").map(String.init)
                if parts.count >= 2, parts.allSatisfy({ !kb.records(named: $0, type: .organization).isEmpty }) {
                    emit(shape: .typed, type: .organization, start: a, end: q, cue: .orgCompound)
                    return
                }
            }
            let before = mentions.count
            emit(shape: .bareWord, type: .person, start: a, end: q, cue: .candidateName)
            // (a junk word is not emitted)
            guard mentions.count > before else { return }
            let v = contextVotes(from: a, to: q)
            mentions[mentions.count - 1].personVotes = v.person
            mentions[mentions.count - 1].orgVotes = v.org
            mentions[mentions.count - 1].strongVote = v.strong
        } else if words <= 4 {
            emit(shape: .unknownRun, type: .organization, start: a, end: q, cue: .candidateRun)
        }
    }

    /// Evidence around a lone capitalised word at `[a, q)` for person or organization.
    func contextVotes(from a: Int, to q: Int) -> (person: Int, org: Int, strong: Bool) {
        var person = 0, org = 0, strong = false
        let afterPreposition = a > 0 && isWord(a - 1) && PersonLexicon.prepositions.contains(lower(a - 1))
        var k = q
        if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
        if isWord(k) {
            let l = lower(k)
            if NameLexicon.speechVerbs.contains(l) && k == q { person += 1; strong = true }
            if ["are", "were", "have"].contains(l) && k == q && !afterPreposition && !tokens[q - 1].lower.hasSuffix("s") {
                org += 1
                strong = true
            }
            if OrganizationLexicon.orgPremodified.contains(l) && k == q { org += 1; strong = true }
        }
        if k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].text == ",", isWord(k + 1) {
            if lower(k + 1) == "who" { person += 1; strong = true }
            if lower(k + 1) == "which" && !afterPreposition { org += 1; strong = true }
        }
        // `the Marlow case`, `the Ellery decision`
        if a > 0, isWord(a - 1), lower(a - 1) == "the", isWord(q), PersonLexicon.personEventNouns.contains(lower(q)) {
            person += 1
        }
        if let p = personalPronounAfter(a, q) {
            person += 1
            if p.subject { strong = true }
        }
        return (person, org, strong)
    }
}
