/// Capitalised runs that no cue of their own explains, typed by their context or left as candidates.
extension PassageScanner {
    /// Types a run of capitalised words that no cue of its own explains.
    mutating func emitUnknownRun(from runStart: Int, to q: Int) {
        var p = runStart
        // `According Tarnco, ...`, `Following Marlin's sale, ...`: a preposition in `-ing` opening the sentence
        if q - p >= 2, tokens[p].sentenceStart, PassageScanner.nonNameGerunds.contains(lower(p)) { p += 1 }
        // `British Gas owner ...`, `Northern Vale went ...`: a nationality or compass word opening the sentence,
        // skipped as an ordinary word, belongs to the name that follows it
        if p >= 1, isCap(p - 1), tokens[p - 1].sentenceStart, tokens[p - 1].line == tokens[p].line,
           OrganizationLexicon.demonyms.contains(lower(p - 1)) || OrganizationLexicon.compassWords.contains(lower(p - 1)),
           !mentions.contains(where: { $0.end > p - 1 && $0.start <= p - 1 }) {
            p -= 1
        } else if p >= 3, isCap(p - 1), tokens[p - 1].sentenceStart, tokens[p - 1].line == tokens[p].line,
                  tokens[p - 2].kind == .punct, tokens[p - 2].text == ":", isWord(p - 3),
                  OrganizationLexicon.citationLabels.contains(lower(p - 3)) {
            // `Source: Evening Courier`: the whole run after a source label
            p -= 1
        }
        // `Ltd, part of Tarn`, `the Act, which ...`, `Centre, a charity`: a suffix word alone (a law, a company
        // form, a kind of body) names nothing whatever its context
        if q == p + 1, NameLexicon.programmeSuffixes.contains(lower(p)) || OrganizationLexicon.bareKindWords.contains(lower(p)) {
            return
        }
        if q - p <= 3, portfolioBefore(p) { return }
        // `the Director General of Water Supply`, `Lord Okafor of Tarnby`: an office's remit or a peer's place
        if q - p <= 3, remitOfOfficeTitle(p, q) || peerageTerritory(p) { return }
        var a = p
        // drop leading ordinary words (`Another`, `Big`)
        while a < q, isCommon(a), !isSpecific(a) { a += 1 }
        // `English National Opera`, `the Official Receiver`: a standing adjective before the last ordinary word
        // opens the name, with the nationality or compass words before it
        if a > p, a < q, standingAdjective(a - 1) {
            a -= 1
            while a > p, OrganizationLexicon.demonyms.contains(lower(a - 1)) || OrganizationLexicon.compassWords.contains(lower(a - 1)) {
                a -= 1
            }
        }
        let words = q - a
        // `Duff & Phelps`, `Tarn & Vale Finance`: capitalised words joined by `&` name a firm
        if ampersandName(a, q) {
            emit(shape: .typed, type: .organization, start: a, end: q, cue: .orgNameShape)
            return
        }
        // `the mayor of Greater Wexcombe`: a place
        let compassOnly = a > p && (p..<a).allSatisfy({ OrganizationLexicon.compassWords.contains(lower($0)) })
        if a < q, words <= 3, placeRoleBefore(p) {
            emit(shape: .typed, type: .place, start: compassOnly ? p : a, end: q, cue: .placeOfRole)
            return
        }
        // `North Vale merged into ...`, `which owns British Tarn`: compass and nationality words opening the run
        // belong to a name that a cue types
        if a > p, a < q, words <= 3, (p..<a).allSatisfy({
            OrganizationLexicon.compassWords.contains(lower($0)) || OrganizationLexicon.demonyms.contains(lower($0))
        }),
           let cue = institutionalCue(p, q) {
            emit(shape: .typed, type: .organization, start: p, end: q, cue: cue)
            return
        }
        // `Kestrel's board`, `owned by Marlin Holdings`, `the manufacturers Kestrel`, `Ofwat published its ...`
        if a < q, words <= 4, let cue = institutionalCue(a, q) {
            // `Working Links, the employment company, ...`, `Turning Point said in a statement`: the ordinary
            // words before are part of the name unless they are ones that never open a name (`However`, `The`)
            let keep = a > p && q - p <= 4 && (p..<a).allSatisfy {
                standingAdjective($0)
                    || !CommonWords.neverOpenAName.contains(lower($0)) && !OrganizationLexicon.sentenceOpeners.contains(lower($0))
                    && !NameLexicon.months.contains(lower($0)) && !NameLexicon.days.contains(lower($0))
                    && !isRoleNoun($0) && !NameLexicon.roleModifiers.contains(lower($0))
            }
            emit(shape: .typed, type: .organization, start: keep ? p : a, end: q, cue: cue)
            return
        }
        // `his first day in Downing Street`, `offices on Marsham Street`: a street is a place
        if a < q, words >= 2, words <= 4, PlaceLexicon.streetHeads.contains(lower(q - 1)), tokens[q - 1].isCapitalised,
           !(isCap(q) && tokens[q].line == tokens[q - 1].line) {
            emit(shape: .typed, type: .place, start: a, end: q, cue: .placeName)
            return
        }
        // `staff in London`, `the firm's Leeds offices`, `the Hong Kong company`: a well-known place
        if a < q, words <= 3, PlaceLexicon.names.contains((a..<q).map { lower($0) }.joined(separator: " ")),
           !tokens[a].isAllCaps, !(isCap(q) && tokens[q].line == tokens[q - 1].line) {
            // (a place opening a longer name, `London Borough of ...`, `Leeds CRC`, is left to the other rules)
            emit(shape: .typed, type: .place, start: a, end: q, cue: .placeName)
            return
        }
        // (`Carers Voice, the patients' watchdog`: an appositive that calls the name a body is no person's role)
        if a < q, words >= 2 && words <= 3, !organizationAppositive(after: q) {
            if let r = roleAfterDetailed(q).flatMap({ $0.indefinite && !PassageScanner.personalRole($0.role) ? nil : $0.role })
                ?? roleBefore(a) ?? roleBeforeComma(a, q) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .rolePhrase, role: r,
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
            // `the Czech businessman Tomas Vrba` (what the person is, not a post held)
            if personKindBefore(a, q) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .rolePhrase,
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
            if isWord(q), NameLexicon.speechVerbs.contains(lower(q)) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .speechVerb,
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
            // `took over from Ines Falk`, `whose first chair was Tam Okoro`
            if a == p, let r = postChangeBefore(a, q) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .rolePhrase,
                     role: r == "successor" || r == "predecessor" ? nil : r, nameWords: (a..<q).map { tokens[$0].text })
                return
            }
            if personRelativeAfter(q) || peopleSuchAsBefore(a), (a..<q).allSatisfy({ tokens[$0].isCapitalised && !tokens[$0].isAllCaps && isSpecific($0) }) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: .relativeWho,
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
            // `a contract with Working Links, which owned ...`, `Turning Point went into administration`: a name
            // made only of ordinary words, which a context only a body has types as a whole
            if q - p >= 2, q - p <= 4, ordinaryWordsOpenAName(p, q), let cue = institutionalCue(p, q) {
                emit(shape: .typed, type: .organization, start: p, end: q, cue: cue)
                return
            }
            // Ordinary words capitalised in running text (`Together Women`): a candidate that a list of
            // organizations or the corpus may confirm.
            if q - p >= 2, q - p <= 4, namedInRunningText(p) {
                emit(shape: .unknownRun, type: .organization, start: p, end: q, cue: .candidateRun)
            }
            return
        }
        if words == 1 {
            if isCommon(a) || tokens[a].isNumber || GivenNames.all.contains(lower(a)) && tokens[a].sentenceStart { return }
            // `Ofgem`, `Ofwat`: a regulator named by `Of` and a clipping of its remit (unless `his`, `her` after it
            // speak of a person so named)
            if PassageScanner.isOfRegulatorName(tokens[a]), personalPronounAfter(a, q) == nil, !possessivePronounAfter(q) {
                emit(shape: .typed, type: .organization, start: a, end: q, cue: .nationalBody)
                return
            }
            // `Kestrel-Marlin`: a compound of known organizations
            if tokens[a].text.contains("-") {
                let parts = tokens[a].text.split(separator: "-").map(String.init)
                if parts.count >= 2, parts.allSatisfy({ !kb.records(named: $0, type: .organization).isEmpty }) {
                    emit(shape: .typed, type: .organization, start: a, end: q, cue: .orgCompound)
                    return
                }
            }
            // `FirstGroup`, `ComReg`: a capital inside the word after small letters is a brand's shape
            if tokens[a].hasInnerCapital {
                emit(shape: .typed, type: .organization, start: a, end: q, cue: .orgNameShape)
                return
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

    /// `Duff & Phelps`, `Marlin Capital & Finance`: an `&` inside the run `[a, q)` between capitalised words, at
    /// least one word that is no ordinary one, and no given name opening it (`Tom & Jess` are two people).
    func ampersandName(_ a: Int, _ q: Int) -> Bool {
        guard q - a >= 3, !isGiven(a) else { return false }
        var amp = false
        for k in a..<q {
            if tokens[k].kind == .punct {
                guard tokens[k].text == "&", k > a, k + 1 < q, !placesJoined(atAmpersand: k) else { return false }
                amp = true
            } else if !isCap(k) {
                return false
            }
        }
        return amp && (a..<q).contains { tokens[$0].kind == .word && isSpecific($0) }
    }

    /// `Devon & Cornwall`, `Surrey & Sussex`, `Somerset & Wiltshire`, `Leeds & North`: the `&` at `k` joins two
    /// places (each a well-known one, a shire or a compass word), an area rather than a firm (`Harbour & Vale
    /// Water` is one).
    func placesJoined(atAmpersand k: Int) -> Bool {
        func place(_ j: Int) -> Bool {
            isWord(j) && (PlaceLexicon.names.contains(lower(j)) || lower(j).hasSuffix("shire")
                || OrganizationLexicon.compassWords.contains(lower(j)))
        }
        return place(k - 1) && place(k + 1)
    }

    /// Whether the ordinary words of `[p, q)` may stand in a name: none is a word that never opens one
    /// (`However`, `The`), a sentence opener (`Then`, `Since`), a date word, a role or a title.
    /// Compass words alone (`North West`) name a region, whatever follows.
    func ordinaryWordsOpenAName(_ p: Int, _ q: Int) -> Bool {
        !(p..<q).allSatisfy({ OrganizationLexicon.compassWords.contains(lower($0)) }) && (p..<q).allSatisfy {
            standingAdjective($0) || !CommonWords.neverOpenAName.contains(lower($0)) && !OrganizationLexicon.sentenceOpeners.contains(lower($0))
                && !NameLexicon.months.contains(lower($0)) && !NameLexicon.days.contains(lower($0))
                && !isRoleNoun($0) && !NameLexicon.roleModifiers.contains(lower($0)) && !isHonorific($0)
                && tokens[$0].isCapitalised && !tokens[$0].isAllCaps
        }
    }

    /// `Working Links, which owned ...`, `Turning Point went into administration`: a sentence opens with a
    /// capitalised `-ing` word that is an ordinary word (so the run would drop it) and one to three capitalised
    /// words. Returns the end of the name and whether a context that only a body has follows the whole run
    /// (without one, the run is a candidate that the corpus may confirm, never the words after the `-ing` word
    /// alone). Adverbs and prepositions in `-ing` (`According`, `Following`, `During`) never open a name.
    ///
    /// Any other ordinary word that may open a name (`Social Care Wales, the regulator, said`) opens one only
    /// when an appositive right after the run calls it a body.
    func gerundLedName(_ p: Int, runEnd b: Int) -> (end: Int, typed: Bool)? {
        let l = lower(p)
        let gerund = l.hasSuffix("ing") && tokens[p].letterCount >= 6 && !PassageScanner.nonNameGerunds.contains(l)
        guard tokens[p].sentenceStart, b - p >= 2, b - p <= 4, !headingLines.contains(tokens[p].line),
              (p + 1..<b).allSatisfy({ isCap($0) && tokens[$0].line == tokens[p].line
                  && (kbMatch($0).map { kb.records[$0.record].type == .place } ?? true)
                  && !isGiven($0) && !isRoleNoun($0) && !isHonorific($0) && !isCalendarWord($0) }),
              ordinaryWordsOpenAName(p, b) else { return nil }
        let appositive = organizationAppositive(after: b)
        // (`Companies House is an executive agency`: a copula calling the run a kind of body does as well)
        guard gerund else { return appositive || copulaKindAfter(b) ? (b, true) : nil }
        return (b, appositive || institutionalCue(p, b) != nil)
    }

    /// `-ing` words that open sentences as prepositions, adverbs or nouns, never a body's name.
    static let nonNameGerunds: Set<String> = [
        "according", "following", "during", "including", "regarding", "concerning", "considering", "excluding",
        "notwithstanding", "nothing", "something", "anything", "everything", "morning", "evening", "meeting",
        "writing", "speaking", "looking", "assuming", "having", "being", "seeing",
    ]

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
            // (`the firm's Tarnby offices`: after an owner's possessive, the word says where, not who)
            if OrganizationLexicon.orgPremodified.contains(l) && k == q && !(a >= 1 && tokens[a - 1].kind == .possessive) {
                org += 1
                strong = true
            }
        }
        if k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].text == ",", isWord(k + 1) {
            if lower(k + 1) == "who" { person += 1; strong = true }
            if lower(k + 1) == "which" && !afterPreposition { org += 1; strong = true }
        }
        // `Ellery MP`, `the Labour MP Ellery`: a member's postnominal or title right by the surname
        if isWord(q), tokens[q].isAllCaps, ["mp", "msp", "mep", "ms", "qc", "kc"].contains(lower(q)) {
            person += 1
            strong = true
        }
        if a >= 1, isWord(a - 1), tokens[a - 1].isAllCaps, ["mp", "msp", "mep", "qc", "kc"].contains(lower(a - 1)) {
            person += 1
            strong = true
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

    /// `Ines Falk, who had run the unit since 2010, ...`: a comma and `who` right after the run (a relative
    /// clause that speaks of a person). Weak evidence: bodies are sometimes written with `who` too, so an
    /// organization cue elsewhere in the document wins.
    func personRelativeAfter(_ q: Int) -> Bool {
        q + 1 < tokens.count && tokens[q].kind == .punct && tokens[q].text == "," && isWord(q + 1)
            && lower(q + 1) == "who" && tokens[q + 1].line == tokens[q].line
    }

    /// `, an associate professor at ...`, `, a columnist`, `, a former chairman of the dairy co-operative`, `, a former
    /// shipbuilding executive`: an indefinite role that only a person holds (a body can be `a regulator` or `a
    /// provider`, not `a professor` or `a chairman`). The personal noun must come before the role's first
    /// preposition or relative (`a firm whose chairman ...` describes a body); `executive` is personal only as the
    /// last word (`an executive agency` is a body).
    static func personalRole(_ role: String) -> Bool {
        var head: [String] = []
        for w in NameKey.words(role) {
            if RoleLexicon.roleEndingWords.contains(w) { break }
            head.append(w)
        }
        if head.last == "executive" { return true }
        return head.contains { RoleLexicon.personalRoleNouns.contains($0) }
    }

    /// `the Czech businessman Tomas Vrba`, `a printer called Ada Quell`, `the billionaire Ines Falk`: a noun for
    /// what only a person is (``RoleLexicon/personalRoleNouns``, ``RoleLexicon/personKindNouns``), optionally with
    /// `called` or `named`, right before the run `[a, q)`, whose words are all capitalised specific words (no
    /// acronym, no ordinary word).
    func personKindBefore(_ a: Int, _ q: Int) -> Bool {
        var k = a - 1
        if k >= 1, isWord(k), ["called", "named"].contains(lower(k)) { k -= 1 }
        guard k >= 0, isWord(k), !tokens[k].isCapitalised, tokens[k].line == tokens[a].line,
              RoleLexicon.personalRoleNouns.contains(lower(k)) || RoleLexicon.personKindNouns.contains(lower(k)),
              (a..<q).allSatisfy({ isCap($0) && !tokens[$0].isAllCaps && isSpecific($0) && !isCommon($0) }) else { return false }
        return true
    }

    /// `campaigners such as Ines Falk`, `critics like Tom Vane`: a plural noun of people, then `such as` or
    /// `like`, right before the run.
    func peopleSuchAsBefore(_ a: Int) -> Bool {
        var k = a - 1
        guard k >= 1, isWord(k) else { return false }
        if lower(k) == "as", isWord(k - 1), lower(k - 1) == "such" { k -= 2 }
        else if lower(k) == "like" || lower(k) == "including" { k -= 1 }
        else { return false }
        return k >= 0 && isWord(k) && RoleLexicon.peoplePlurals.contains(lower(k))
    }
}

extension PassageScanner {
    /// `UK Government Investments`, `Wales Audit Body`: a nation read as a place right before a capitalised run
    /// that a cue types as an organization opens the organization's name. Drops the place mention and returns
    /// where the name starts (`a` when there is no such nation).
    mutating func nationBefore(_ a: Int) -> Int {
        guard a >= 1, let last = mentions.last, last.type == .place, last.end == a, last.end - last.start == 1,
              tokens[last.start].line == tokens[a].line, tokens[last.start].end + 1 == tokens[a].start,
              PoliticalLexicon.nations.contains(lower(last.start)) else { return a }
        mentions.removeLast()
        return last.start
    }
}

extension PassageScanner {
    /// `Ofsted`, `Ofgem`, `Ofwat`, `Ofcom`, `Ofqual`: the UK's way of naming a regulator by `Of` (for `Office
    /// of`) and a clipping of what it regulates (``OrganizationLexicon/isOfRegulatorName(_:)``).
    static func isOfRegulatorName(_ t: TextToken) -> Bool {
        t.kind == .word && t.isCapitalised && t.upperCount == 1 && !t.hasDigit && OrganizationLexicon.isOfRegulatorName(t.text)
    }

    /// `Ofwex published his report`: `his` or `her` in the clause after `q`, before any other capitalised word.
    func possessivePronounAfter(_ q: Int) -> Bool {
        var k = q
        while k < tokens.count, k - q < 10 {
            let t = tokens[k]
            if t.kind == .newline || t.kind == .punct && [".", "!", "?", ";", ":", ","].contains(t.text) { return false }
            if t.kind == .word {
                if t.isCapitalised { return false }
                if t.lower == "his" || t.lower == "her" { return true }
                if t.lower == "its" || t.lower == "their" { return false }
            }
            k += 1
        }
        return false
    }

    /// `Welsh National Ballet, which ...`, `The Official Liquidator, part of ...`: `National` or `Official` before
    /// the next capitalised word of the run is the name's own adjective, not a role word.
    func standingAdjective(_ k: Int) -> Bool {
        OrganizationLexicon.standingAdjectives.contains(lower(k)) && isCap(k + 1) && tokens[k + 1].line == tokens[k].line
    }
}
