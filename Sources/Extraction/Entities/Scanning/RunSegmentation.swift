/// Splits one capitalised run into names, trying the cue families in a fixed order at each position.
extension PassageScanner {
    /// Types the names inside the capitalised run `[a, b)`; returns how far it read (past `b` when a name that
    /// started inside the run goes on after it, as `the Business, Energy and Industrial Strategy Committee`).
    @discardableResult
    mutating func emitNames(inRunFrom a: Int, to b: Int) -> Int {
        var p = a
        var pendingRole: String? = nil
        while p < b {
            guard isCap(p) else { p += 1; continue }
            if p > a, let e = commaListOrganization(at: p) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgListName)
                p = e
                continue
            }
            // `the Commons Culture, Media and Sport Committee`: the House, then a committee named by its remit list
            if ["commons", "lords"].contains(lower(p)), tokens[p].isCapitalised, let e = commaListOrganization(at: p + 1) {
                emit(shape: .typed, type: .organization, start: p + 1, end: e, cue: .orgListName)
                p = e
                continue
            }
            // `the campaign group Cure the Wards`, `Stop the Bypass, a residents' group`: a campaign named by
            // what it demands
            if let e = campaignNameEnd(p) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgNounBefore)
                p = e
                continue
            }
            // `General Electric`, `the Oskar General Trading company`: a rank inside a company's name
            if let e = rankCompanyEnd(at: p) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                p = e
                continue
            }
            // `Tarnhill Sutton merged with ...`, `First West Yorkshire, part of FirstGroup`: a known place ending a
            // body's name does not cut it
            if let e = placeEndedOrganization(p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgAppositive)
                p = e
                continue
            }
            // `under the name Resource: The Council for Museums, Archives and Libraries`: a one-word title, a colon and
            // a body's full name
            if p == a, b == p + 1, let e = colonTitledBodyEnd(p) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                return e
            }
            // `UK Harbours and Waterways`: the kingdom's initials, just read, and a pair of words joined by `and`
            if p == a, let e = pairAfterKingdom(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .acronymLedName)
                p = e
                continue
            }
            if let m = knowledgeMatch(at: p) {
                let rec = kb.records[m.record]
                p = emitKnowledge(m, start: p, runEnd: b, role: rec.type == .person ? pendingRole : nil)
                if rec.type == .person { pendingRole = nil }
                continue
            }
            // `Transport for Greater Manchester`: a transport body named after the place it serves
            if let e = forPlaceBodyEnd(p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                p = e
                continue
            }
            // `Her Majesty's Courts Service`: a Crown body named in full
            if let e = majestysPossessiveBody(p) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .hmBody)
                p = e
                continue
            }
            // `Channel 4`, `Radio 3`: a broadcaster named by a channel word and its number
            if let e = numberedChannelEnd(p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                p = e
                continue
            }
            let t = tokens[p]
            // Shouting (`THIS IS NOT GOOD ENOUGH FOR PATIENTS`): capitals among capitals name nothing
            // unless the knowledge base knows them (checked above).
            if t.isAllCaps, t.letterCount >= 2, isShouted(p), shoutedPhrase(p) {
                p += 1
                continue
            }
            // `On Wednesday Bulb Energy collapsed`, `Will HS2 Ltd still build it?`: a date word or a question's
            // auxiliary glued to the name that follows is not part of it
            if gluedOpener(p, within: b) {
                p += 1
                continue
            }
            // `Labour pledged ...`, `the Tories' plans`: a party, under its full name
            if let party = politicalParty(at: p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: party.end, cue: .politicalParty, name: party.name)
                p = party.end
                continue
            }
            // `the Welsh Government`: a devolved body
            if let e = devolvedBody(at: p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .hmBody)
                p = e
                continue
            }
            // `the Treasury`: a Crown body known by a bare word, under its full name
            if let body = crownBody(at: p, runStart: a, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: p + 1, cue: .hmBody, name: body)
                p += 1
                continue
            }
            // Sentence-initial ordinary words (`However`, `The`, `Whilst`); a title (`Chief Inspector ...`) stays.
            // `Public Health England`, `Sport England said ...`
            if p == a, let e = nationalBodyName(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .nationalBody)
                p = e
                continue
            }
            // `Southern Cross Healthcare went ...`: a compass word opening an organization name stays
            if t.sentenceStart, OrganizationLexicon.compassWords.contains(t.lower), let e = organizationEnd(from: p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                p = e
                continue
            }
            // `East Vale merged into ...`: a compass word opening a short run that an institutional cue types
            if t.sentenceStart, OrganizationLexicon.compassWords.contains(t.lower), b - p >= 2, b - p <= 3,
               (p + 1..<b).allSatisfy({ isCap($0) && isSpecific($0) && kbMatch($0) == nil }),
               let cue = institutionalCue(p, b) {
                emit(shape: .typed, type: .organization, start: p, end: b, cue: cue)
                p = b
                continue
            }
            // `Personal Independence Payment was ...`, `National Widget Office figures ...`: an ordinary word opening
            // a sentence is kept when a programme or organization cue covers the whole run from it
            // (`A Coastal Safety Unit was set up`: the article is no part of the name)
            if t.sentenceStart, isCommon(p), b - p >= 3, !isHonorific(p), !isGiven(p), !isRoleNoun(p),
               !OrganizationLexicon.sentenceOpeners.contains(t.lower), t.lower != "a", t.lower != "an" {
                if let e = programmeEnd(from: p, within: b), e == b {
                    let body = bodyNamedAsProject(lower(p) == "the" ? p + 1 : p, e)
                    emit(shape: .typed, type: body == nil ? .programme : .organization, start: p, end: e,
                         cue: body ?? .programmeSuffix)
                    p = e
                    continue
                }
                if let e = organizationEnd(from: p, within: b), e == b, (p + 1..<e).contains(where: { isSpecific($0) && !isOrgSuffix($0) }) {
                    emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                    p = e
                    continue
                }
            }
            if t.sentenceStart, isCommon(p), let g = gerundLedName(p, runEnd: b) {
                if g.typed {
                    emit(shape: .typed, type: .organization, start: p, end: g.end, cue: institutionalCue(p, g.end) ?? .orgAppositive)
                } else {
                    emit(shape: .unknownRun, type: .organization, start: p, end: g.end, cue: .candidateRun)
                }
                p = g.end
                continue
            }
            if t.sentenceStart && isCommon(p) && !isHonorific(p) && !isGiven(p) {
                if t.lower != "the", NameLexicon.roleNouns.contains(t.lower) || NameLexicon.roleModifiers.contains(t.lower),
                   let e = roleTitleEnd(from: p, within: b) {
                    pendingRole = slice(p, e)
                    p = e
                    continue
                }
                p += 1
                continue
            }
            // `the restaurant chain Marco`, `the think tank Policy Forum`: a kind of body, with its determiner,
            // right before a short run makes the run that body's name, although its first word is a given name
            // or a role's modifier (a person's full name, a title, a date or a known name is left to the rules)
            if p == a, kindOfBodyOpensRun(p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: b, cue: .orgNounBefore)
                p = b
                continue
            }
            // `the Baroness's Trust`, `a Prince's Foundation grant`: a title, a possessive and a strong suffix
            // name a body founded by or named after the title holder, not the person
            if isHonorific(p), possessiveInsideName(p + 1), let e = organizationEnd(from: p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgSuffix)
                p = e
                continue
            }
            if isHonorific(p), let e = emitHonorificPerson(at: p, role: pendingRole) {
                pendingRole = nil
                p = e
                continue
            }
            if let e = prisonEnd(from: p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .prison)
                p = e
                continue
            }
            // `working in a Kestrel CRC`, `every Marlin CRC`: the company that owns one of several units
            if let e = ownerOfUnit(p, within: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .orgKindBefore)
                p = e + 1
                continue
            }
            if let e = organizationEnd(from: p, within: b) {
                // `the Riverside Conference Centre`, `Wembley Arena`: a venue is a place
                let venue = isVenue(end: e)
                emit(shape: .typed, type: venue ? .place : .organization, start: p, end: e, cue: venue ? .venue : .orgSuffix,
                     name: venue ? nil : singularKindName(p, e))
                p = e
                continue
            }
            if let e = programmeEnd(from: p, within: b) {
                // `the Universities Superannuation Scheme`: a pension scheme holds and invests money, a body
                let pension = e - p >= 2 && lower(e - 1) == "scheme"
                    && ["pension", "pensions", "superannuation"].contains(lower(e - 2))
                if !pension, let cue = bodyNamedAsProject(p, e) {
                    emit(shape: .typed, type: .organization, start: p, end: e, cue: cue)
                    p = e
                    continue
                }
                emit(shape: .typed, type: pension ? .organization : .programme, start: p, end: e, cue: .programmeSuffix)
                p = e
                continue
            }
            // `Dean Finch took over`, `replaced by Dean Okoro`: a given name that is also a title (not a rank), not
            // after an article, before a surname that is no ordinary word and opens no `of` phrase, is a name
            if givenNameNotTitle(p, within: b), let e = emitGivenNamePerson(at: p, role: pendingRole) {
                pendingRole = nil
                p = e
                continue
            }
            // `the Official Receiver, part of ...`: a standing adjective and one more word ending the run, neither a
            // role nor a name, is no role title but a body's name that its context may type
            if p + 2 == b, standingAdjective(p), !isRoleNoun(p + 1), !isGiven(p + 1), !isHonorific(p + 1) {
                emitUnknownRun(from: p, to: b)
                p = b
                continue
            }
            if let e = roleTitleEnd(from: p, within: b) {
                pendingRole = slice(p, e)
                p = e
                continue
            }
            if isGiven(p), let e = emitGivenNamePerson(at: p, role: pendingRole) {
                pendingRole = nil
                p = e
                continue
            }
            // `J. Okafor said`: the full stop after the initial ended the capitalised run
            if t.letterCount == 1, t.isAllCaps, !t.hasDigit, t.text != "I", t.text != "A", p + 1 == b, p + 2 < tokens.count,
               tokens[p + 1].kind == .punct, tokens[p + 1].text == ".", tokens[p + 1].end == tokens[p + 2].start - 1,
               tokens[p + 2].line == t.line, canBeSurname(p + 2), !isGiven(p + 2), !isCommon(p + 2),
               !tokens[p + 2].isAcronymLike, !(p >= 1 && isCap(p - 1) && tokens[p - 1].line == t.line && !isCommon(p - 1)),
               !(isCap(p + 3) && tokens[p + 3].line == t.line) {
                emit(shape: .initialSurname, type: .person, start: p, end: p + 3, cue: .initial,
                     name: slice(p, p + 3), nameWords: [t.text, tokens[p + 2].text])
                return p + 3
            }
            if t.letterCount == 1, t.isAllCaps, !t.hasDigit, t.text != "I", t.text != "A", p + 1 < b {
                var q = p + 1
                if tokens[q].kind == .punct, tokens[q].text == "." { q += 1 }
                if q < b, canBeSurname(q), !isGiven(q) {
                    emit(shape: .initialSurname, type: .person, start: p, end: q + 1, cue: .initial,
                         name: slice(p, q + 1), nameWords: [t.text, tokens[q].text])
                    p = q + 1
                    continue
                }
            }
            if let e = majestysBody(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .hmBody)
                p = e
                continue
            }
            if t.isAcronymLike, let e = acronymLedName(p, runEnd: b) ?? acronymLedNameInContext(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: .acronymLedName)
                p = e
                continue
            }
            // `ComReg`, `OfTel`: a short word with a capital inside after small letters is a brand's shape
            if t.hasInnerCapital {
                emit(shape: .typed, type: .organization, start: p, end: p + 1, cue: .orgNameShape)
                p += 1
                continue
            }
            if t.isAcronymLike {
                // `THAT`, `ANYONE`: shouting, not acronyms
                let ordinary = CommonWords.all.contains(t.lower) || NameLexicon.boilerplate.contains(t.lower)
                    || AcronymLexicon.nonAcronyms.contains(t.lower)
                if !isShouted(p), !t.isNumber, !ordinary {
                    if let cue = institutionalCue(p, p + 1) ?? acronymOrganizationCue(p) {
                        emit(shape: .acronym, type: .organization, start: p, end: p + 1, cue: cue)
                    } else {
                        emit(shape: .acronym, type: .organization, start: p, end: p + 1,
                             cue: acronymUse(p).map { $0 == .actor ? .candidateAcronymActor : .candidateAcronymNoun }
                                 ?? .candidateAcronym)
                    }
                }
                p += 1
                continue
            }
            // An unknown sub-run: capitalised words with no cue of their own.
            func goesOn(_ k: Int) -> Bool {
                k < b && isCap(k) && !isHonorific(k) && !isRoleNoun(k) && !isOrgSuffix(k) && !tokens[k].isAcronymLike
                    && !(isGiven(k) && k + 1 < b && canBeSurname(k + 1)) && kbMatch(k) == nil
            }
            var q = p + 1
            while q < b {
                // `London Capital & Finance`, `Duff & Phelps`: an ampersand between capitalised words joins them
                // into one name (`runEnd` already kept it inside the run)
                if tokens[q].kind == .punct, tokens[q].text == "&", goesOn(q + 1), !placesJoined(atAmpersand: q) {
                    q += 2
                    continue
                }
                // `Kelby and Kelby`, `Smith and Smith`: one word on both sides of `and` is one firm's name (no list
                // names the same thing twice)
                if q == p + 1, q + 1 < b, isWord(q), lower(q) == "and", tokens[q + 1].text == tokens[p].text, goesOn(q + 1),
                   !isGiven(p), kbMatch(p) == nil {
                    q += 2
                    continue
                }
                guard goesOn(q) else { break }
                q += 1
            }
            // (`Kelby and Kelby`: the shape alone makes it a firm's name)
            if q == p + 3, isWord(p + 1), lower(p + 1) == "and", tokens[p + 2].text == tokens[p].text {
                emit(shape: .typed, type: .organization, start: p, end: q, cue: .orgNameShape)
            } else {
                emitUnknownRun(from: p, to: q)
            }
            p = q
        }
        return p
    }
}

extension PassageScanner {
    /// Whether the capitalised run `[p, b)` (one to three words on one line) follows a kind of body with its
    /// determiner (``organizationNounBefore(_:)``: `the restaurant chain`, `the think tank`) and is neither a
    /// person's full name (a given name and another word), nor holds a title, an honorific, a date word or a
    /// name the knowledge base knows.
    func kindOfBodyOpensRun(_ p: Int, within b: Int) -> Bool {
        guard b - p <= 3, organizationNounBefore(p), !(isGiven(p) && b - p >= 2) else { return false }
        return (p..<b).allSatisfy {
            isCap($0) && tokens[$0].line == tokens[p].line && !isRoleNoun($0) && !isHonorific($0) && !isCalendarWord($0)
                && kbMatch($0) == nil
        }
    }

    /// Words after which a weekday or a month says when (`on Monday`, `since March`).
    static let temporalPrepositions: Set<String> = [
        "on", "by", "from", "until", "till", "since", "last", "next", "every", "each", "this", "in", "before",
        "after", "early", "late", "during", "until", "that",
    ]
    /// Auxiliaries that open a question and may also be given names (`Will`, `May`).
    static let questionAuxiliaries: Set<String> = ["will", "may", "can", "should", "would", "could", "must", "shall"]

    /// Whether the capitalised word at `p` only precedes the name after it in the run `[p, b)`: a weekday or a
    /// month after a preposition (`on Tuesday Harbour Homes said`, `in March Vale Water agreed`), or an
    /// auxiliary opening a question before an organization's name (`Will Tarn Rail Ltd pay?`).
    func gluedOpener(_ p: Int, within b: Int) -> Bool {
        guard p + 1 < b, isCap(p + 1), tokens[p + 1].line == tokens[p].line else { return false }
        if isCalendarWord(p), !tokens[p].sentenceStart, p >= 1, isWord(p - 1),
           PassageScanner.temporalPrepositions.contains(lower(p - 1)) {
            return true
        }
        if tokens[p].sentenceStart, PassageScanner.questionAuxiliaries.contains(lower(p)), questionSentence(from: p),
           tokens[p + 1].isAcronymLike || organizationEnd(from: p + 1, within: b) != nil {
            return true
        }
        return false
    }

    /// `Channel 4's chief executive`, `a Radio 3 presenter`: a capitalised word for a broadcast channel
    /// (``OrganizationLexicon/numberedChannelHeads``) ending the run, then a number of one or two digits right
    /// after it: the broadcaster's name. Returns the end of the name (past the run). `Section 4`, `Tier 2`
    /// and `Year 6` are not channels.
    func numberedChannelEnd(_ p: Int, within b: Int) -> Int? {
        guard p + 1 == b, tokens[p].isCapitalised, !tokens[p].isAllCaps,
              OrganizationLexicon.numberedChannelHeads.contains(lower(p)), p + 1 < tokens.count else { return nil }
        let n = tokens[p + 1]
        guard n.kind == .word, n.isNumber, n.text.count <= 2, n.line == tokens[p].line,
              tokens[p].end + 1 == n.start else { return nil }
        return p + 2
    }

    /// `I work in a Kestrel CRC`, `every Marlin CRC office`, `the Kestrel CRCs`: after a determiner that picks one
    /// of several (`a`, `every`, `each`, `another`) or before a plural, capitalised words before a unit word
    /// (``OrganizationLexicon/ownedUnitWords``) name the company that owns the units, not one unit's name
    /// (`Tarn Valley CRC`, a place and the unit word, stays a name). Returns the end of the owner's name.
    func ownerOfUnit(_ p: Int, within b: Int) -> Int? {
        let u = b - 1
        guard u > p, u - p <= 3, OrganizationLexicon.ownedUnitWords.contains(lower(u)), isCap(u) else { return nil }
        let plural = lower(u).hasSuffix("s")
        let picked = p >= 1 && isWord(p - 1) && !tokens[p - 1].isCapitalised
            && ["a", "an", "every", "each", "another", "any"].contains(lower(p - 1))
        guard plural || picked else { return nil }
        let phrase = (p..<u).map { lower($0) }.joined(separator: " ")
        guard !PlaceLexicon.names.contains(phrase) else { return nil }
        for k in p..<u {
            guard isCap(k), tokens[k].kind == .word, !isCommon(k) || isSpecific(k), !isGiven(k), !isRoleNoun(k),
                  !OrganizationLexicon.compassWords.contains(lower(k)), !OrganizationLexicon.demonyms.contains(lower(k)),
                  !PlaceLexicon.names.contains(lower(k)), !isOrgSuffix(k) else { return nil }
            if let m = kbMatch(k), kb.records[m.record].type == .place { return nil }
        }
        return (p..<u).contains(where: { isSpecific($0) }) ? u : nil
    }

    /// Whether the sentence from `p` ends (on its line) with a question mark.
    func questionSentence(from p: Int) -> Bool {
        var k = p + 1
        while k < tokens.count, tokens[k].line == tokens[p].line, k - p < 60 {
            if tokens[k].kind == .punct {
                if tokens[k].text == "?" { return true }
                if tokens[k].text == "." || tokens[k].text == "!" { return false }
            }
            k += 1
        }
        return false
    }
}

extension PassageScanner {
    /// Whether the given name at `p` that is also a role noun (`Dean`) opens a person's name here rather than a
    /// title (`the Dean of Law`, `Dean Marsh College`): no article or possessive before it, a surname after it that
    /// is no ordinary word, no given name, no suffix and no start of an `of` phrase, in the run `[p, b)`. Ranks and
    /// titles of nobility (`Major`, `King`) stay titles.
    func givenNameNotTitle(_ p: Int, within b: Int) -> Bool {
        guard isGiven(p), isRoleNoun(p), !isHonorific(p), !["major", "king", "prince", "duke", "earl", "baron"].contains(lower(p)),
              p + 1 < b, canBeSurname(p + 1), !isGiven(p + 1), !isCommon(p + 1), !tokens[p + 1].isAcronymLike,
              kbMatch(p + 1) == nil, !(p + 2 < b && isCap(p + 2)) else { return false }
        if p >= 1, tokens[p - 1].kind == .possessive || isWord(p - 1) && ["the", "a", "an", "its", "their"].contains(lower(p - 1)) {
            return false
        }
        if isWord(p + 2), lower(p + 2) == "of" { return false }
        return true
    }
}
