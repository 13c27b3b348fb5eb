/// Context cues that make an unexplained capitalised run an organization, even when its words are ordinary
/// ones (`Crisis`, `Inside Housing`, `Together Women`): what stands before it (`chief executive of`, `a piece
/// in`, `the homelessness charity`, `firms including`) or after it (`organisation`, `, the umbrella body for`).
/// All tests look at a few tokens around the run; nothing here allocates beyond token look-ups.
extension PassageScanner {
    /// The cue that types the run `[p, q)` as an organization, if any. `ordinary`: every word of the run is an
    /// ordinary English word, so only the stronger cues count.
    func organizationCue(_ p: Int, _ q: Int, ordinary: Bool) -> MentionCue? {
        guard q > p else { return nil }
        if q - p == 1, NameLexicon.months.contains(lower(p)) || NameLexicon.days.contains(lower(p)) { return nil }
        // `the Dame`, `the Lord`: titles alone stand for a person named elsewhere, never for an organization
        if (p..<q).allSatisfy({ NameLexicon.honorifics.contains(lower($0)) }) { return nil }
        // `the Independent reported`: a publication, even in ordinary (and role-modifier) words
        if reportedBy(p, q) || newspaperByHead(p, q) || citation(p, q) || programmeOfOutlet(p, q) { return .publication }
        // A run of ordinary words must stand in running text (not a heading or a sentence opening), and must
        // not be a role or department word (`head of Policy`, `director of Operations`).
        // `Carers Voice, the patients' watchdog, said ...`: two or more ordinary words that an appositive calls a
        // body, even at a sentence start (not a sentence opener, a role or a title)
        if ordinary, q - p >= 2, q - p <= 4, !namedInRunningText(p), organizationAppositive(after: q),
           (p..<q).allSatisfy({ tokens[$0].isCapitalised && !tokens[$0].isAllCaps && !isRoleNoun($0)
               && !NameLexicon.roleModifiers.contains(lower($0)) && !isHonorific($0) && !isCalendarWord($0) }),
           !OrganizationLexicon.sentenceOpeners.contains(lower(p)), !CommonWords.neverOpenAName.contains(lower(p)) {
            return .orgAppositive
        }
        if ordinary {
            guard namedInRunningText(p) else { return nil }
            if (p..<q).contains(where: { NameLexicon.roleModifiers.contains(lower($0)) || isRoleNoun($0) }) {
                return nil
            }
        }
        // `Chancellor of the Exchequer`: the end of an office's title; `the Vale Paralympic Games`: an event
        if officeTitleEnd(p, q) || OrganizationLexicon.eventHeads.contains(lower(q - 1)) { return nil }
        // `the Labour MP for Sedgefield`: a constituency is a place
        if constituencyBefore(p) { return nil }
        // `Admiral of the Fleet`, `Master of the Rolls`: a ceremonial title, not a role in a body
        if p >= 3, isWord(p - 1), lower(p - 1) == "the", isWord(p - 2), lower(p - 2) == "of", isWord(p - 3),
           OrganizationLexicon.ceremonialTitles.contains(lower(p - 3)) { return nil }
        if roleOfBefore(p), !ordinary || onlyRoleWordsBefore(p) { return .roleOf }
        if isWord(q), !tokens[q].isCapitalised, NameLexicon.orgNounsAfter.contains(lower(q)),
           q - p > 1 || !tokens[p].sentenceStart, !indefiniteModifier(p) {
            return .orgNoun
        }
        if employerOfFormerStaff(p, q) { return .orgNoun }
        if publicationBefore(p) || interviewAfter(q) { return .publication }
        if organizationNounBefore(p) { return .orgNounBefore }
        if organizationAppositive(after: q) { return .orgAppositive }
        if !ordinary, definiteReference(p, q) { return .definiteName }
        return nil
    }


    /// `Chancellor of the Exchequer`, `Master of the Rolls`: one word from ``OrganizationLexicon/officeTitleEnds``
    /// after `of the`.
    func officeTitleEnd(_ p: Int, _ q: Int) -> Bool {
        q == p + 1 && OrganizationLexicon.officeTitleEnds.contains(lower(p)) && p >= 2 && isWord(p - 1)
            && lower(p - 1) == "the" && isWord(p - 2) && lower(p - 2) == "of"
    }

    /// `MP for`, `member for`, `councillor for` just before `p`.
    func constituencyBefore(_ p: Int) -> Bool {
        guard p >= 2, isWord(p - 1), ["for", "of"].contains(lower(p - 1)), isWord(p - 2) else { return false }
        return ["mp", "mps", "member", "members", "msp", "mep", "ms", "am", "councillor", "cllr", "candidate",
                "seat", "constituency", "ward"].contains(lower(p - 2))
    }

    /// The few words before `p` (back to the role noun of `chief executive of`) are lowercase or role words:
    /// `world leader in Care of Elders` is not a role phrase about `Elders`.
    func onlyRoleWordsBefore(_ p: Int) -> Bool {
        var k = p - 1
        var steps = 0
        while k >= 0, steps < 6, isWord(k) {
            let l = lower(k)
            if tokens[k].isCapitalised, !NameLexicon.roleNouns.contains(l), !NameLexicon.roleModifiers.contains(l) {
                return false
            }
            if NameLexicon.roleNouns.contains(l) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// `a piece in Inside Housing`, `reported in the Evening Courier`, `an interview with the Western Herald`,
    /// `told the Guardian`, `according to the Economist`.
    func publicationBefore(_ p: Int) -> Bool {
        var k = p - 1
        var sawThe = false
        if k >= 0, isWord(k), lower(k) == "the" { sawThe = true; k -= 1 }
        guard k >= 1, isWord(k), isWord(k - 1) else { return false }
        let prep = lower(k), head = lower(k - 1)
        // Nouns (`a piece in Inside Housing`) need no article; verbs (`published in the Times`) do, since
        // `published in August` and `reported in Leeds` are not about a publication.
        if prep == "in" || (sawThe && ["with", "from", "for", "to", "by"].contains(prep)) {
            if OrganizationLexicon.publicationNouns.contains(head) { return true }
            return sawThe && prep == "in" && OrganizationLexicon.publicationVerbs.contains(head)
        }
        if sawThe, ["told", "telling", "tells"].contains(prep) { return true }
        // `went out on ITV`, `shown on Channel Four`, `appeared on Newsnight`
        if !sawThe, prep == "on", OrganizationLexicon.broadcastLeadIns.contains(head), !isCalendarWord(p), !isCommon(p) {
            return true
        }
        // the blog's way of introducing a quoted article: `this from Care Sector News:-`
        if ["from", "in", "by"].contains(prep), quoteIntroduction(after: p) { return true }
        if sawThe, prep == "to", ["according", "speaking", "talking", "spoke", "wrote", "writing"].contains(head) {
            return true
        }
        return false
    }

    /// The capitalised run starting at `p` is followed by `:` (and `-`) at the end of its line.
    func quoteIntroduction(after p: Int) -> Bool {
        var k = p
        while k < tokens.count, tokens[k].kind == .word, tokens[k].line == tokens[p].line, k - p < 6 { k += 1 }
        guard k < tokens.count, tokens[k].kind == .punct, tokens[k].text == ":" else { return false }
        var j = k + 1
        while j < tokens.count, tokens[j].kind == .punct, tokens[j].text == "-" || tokens[j].text == "\u{2013}" { j += 1 }
        return j >= tokens.count || tokens[j].kind == .newline
    }


    /// `the homelessness charity Crisis`, `the London charity St Mungo's`, `the think tank Reform`, `the
    /// Canadian pension fund group Tarnvest` (a nationality word is passed over).
    func organizationNounBefore(_ p: Int) -> Bool {
        let k = p - 1
        guard k >= 1, isWord(k), !tokens[k].isCapitalised, OrganizationLexicon.organizationHeads.contains(lower(k)),
              tokens[k].line == tokens[p].line else { return false }
        // a determiner within the three words before the noun (five when two modifiers are joined by `and`:
        // `the drug and alcohol charity X`, `the children and families charity X`)
        var j = k - 1
        var steps = 0
        var reach = 3
        while j >= 0, steps < reach, tokens[j].kind != .newline {
            // `the producers' trade association X`, `the children's charity X`: the possessive of the people
            // a body serves is part of the kind phrase
            if tokens[j].kind == .possessive, j >= 1, isWord(j - 1), !tokens[j - 1].isCapitalised { j -= 1; continue }
            // `the American private equity firm X`, `a Dutch logistics group X`: a nationality inside the kind
            // phrase says where the body is from and does not count against the reach
            if isWord(j), tokens[j].isCapitalised, !tokens[j].sentenceStart, OrganizationLexicon.demonyms.contains(lower(j)) {
                j -= 1
                continue
            }
            if isWord(j), ["the", "a", "an"].contains(lower(j)) { return true }
            if tokens[j].kind == .punct { return false }
            if isWord(j), lower(j) == "and", steps >= 1, reach == 3 { reach = 5 }
            j -= 1
            steps += 1
        }
        return false
    }

    /// `, the umbrella body for homelessness agencies`, `, a research charity,`: an appositive whose head noun
    /// names a kind of organization. A possessive (`, the union’s general secretary`) describes a person, unless
    /// the head after it is itself a kind of body: `, the tenants' advice charity,`, `, Ireland's rail
    /// regulator,`, `, the council's housing arm,` (the possessor may then open the appositive, capitalised).
    func organizationAppositive(after q: Int) -> Bool {
        guard q + 2 < tokens.count, tokens[q].kind == .punct, tokens[q].text == ",", isWord(q + 1) else { return false }
        var k = q + 2
        var possessed = false
        // `, Ireland's communications regulator`: a capitalised possessor opens the appositive
        if tokens[q + 1].isCapitalised, !["the", "a", "an", "one"].contains(lower(q + 1)), tokens[q + 2].kind == .possessive,
           isWord(q + 3), !tokens[q + 3].isCapitalised {
            k = q + 3
            possessed = true
        }
        // `, one of the outsourcing companies that ...`: one of a plural kind of organization
        var plural = false
        if lower(q + 1) == "one", isWord(q + 2), lower(q + 2) == "of", isWord(q + 3),
           ["the", "its", "their", "our"].contains(lower(q + 3)) {
            k = q + 4
            plural = true
        } else if !possessed, !["the", "a", "an"].contains(lower(q + 1)) {
            return false
        }
        var last: Int? = nil
        while k < tokens.count, k - q <= 7 {
            let t = tokens[k]
            if t.kind == .possessive {
                guard !possessed, last != nil else { return false }
                possessed = true
                last = nil
                k += 1
                continue
            }
            guard t.kind == .word else { break }
            // `, a construction and facilities company`, `, the drug and alcohol charity`: two modifiers joined
            // by `and` before one head (not `, a charity and a company`, two appositives)
            if t.lower == "and", last != nil, isWord(k + 1), tokens[k + 1].line == t.line, !tokens[k + 1].isCapitalised,
               !["a", "an", "the", "its", "their", "his", "her", "which", "who"].contains(lower(k + 1)),
               !OrganizationLexicon.appositiveStops.contains(lower(k + 1)) {
                k += 1
                continue
            }
            if OrganizationLexicon.appositiveStops.contains(t.lower) { break }
            // `, a new company formed by ...`, `, a private hospital near Bristol`: a participle ends the head
            if last != nil, t.lower.hasSuffix("ed") || t.lower == "near" || t.lower == "by" { break }
            last = k
            k += 1
        }
        guard let h = last else { return false }
        // (after a possessive the head must end the appositive: `, the firm's charity arm,` but not `, the
        // union's body of members`)
        if possessed, !(h + 1 < tokens.count && (tokens[h + 1].kind == .punct || tokens[h + 1].kind == .newline)) { return false }
        if plural { return OrganizationLexicon.organizationPlurals.contains(lower(h)) }
        return OrganizationLexicon.organizationHeads.contains(lower(h))
    }



    /// `firms including`, `charities such as`, `companies like` just before `p` (the first name of a list).
    func listOfOrganizationsBefore(_ p: Int) -> Bool {
        if membersOfCollectiveBefore(p) { return true }
        var k = p - 1
        guard k >= 1, isWord(k) else { return false }
        if membersOfCompanyBefore(p) { return true }
        if lower(k) == "as", isWord(k - 1), lower(k - 1) == "such" { k -= 1 }
        guard ["including", "like", "such", "notably", "namely"].contains(lower(k)) else { return false }
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 3, isWord(j) {
            if OrganizationLexicon.organizationPlurals.contains(lower(j)) { return true }
            j -= 1
            steps += 1
        }
        return false
    }


    /// `the Evening Courier has ...`, `the Western Herald,`: a name after `the` standing on its own (not a
    /// modifier, as in `the Marlow case`). People are not named with `the`.
    func definiteReference(_ p: Int, _ q: Int) -> Bool {
        guard p >= 1, isWord(p - 1), lower(p - 1) == "the", !headingLines.contains(tokens[p].line) else {
            return false
        }
        guard (p..<q).contains(where: { isSpecific($0) && !isGiven($0) }) else { return false }
        // `services in the Severn Vale, agreed ...`, `across the Fens.`: after a preposition of place, `the X` is
        // as often a region as a body (a publication after `in` is read by ``publicationBefore(_:)``)
        // (also after a place it is listed with: `in Leeds and the Severn Vale`)
        var before = p - 2
        if before >= 1, tokens[before].text == "," || (isWord(before) && lower(before) == "and"), isCap(before - 1) {
            before -= 1
            while before >= 0, isCap(before) { before -= 1 }
        }
        if before >= 0, isWord(before), OrganizationLexicon.placePrepositions.contains(lower(before)) { return false }
        // `the Kent, Devon, Dorset area`: names listed under one article modify what follows
        if q + 2 < tokens.count, tokens[q].kind == .punct, tokens[q].text == ",", isCap(q + 1) {
            var k = q + 1
            while k < tokens.count, isCap(k) { k += 1 }
            if k < tokens.count, tokens[k].text == "," || (isWord(k) && lower(k) == "and") { return false }
        }
        // `the Hughes Northern Tour`: a person's name used as a modifier
        if (p..<q).contains(where: { isGiven($0) || kbMatch($0).map { kb.records[$0.record].type == .person } == true }) {
            return false
        }
        if q >= tokens.count { return true }
        let t = tokens[q]
        switch t.kind {
        case .newline: return true
        case .punct: return [",", ".", ";", ":", ")", "!", "?"].contains(t.text)
        case .possessive: return false
        case .word:
            return !t.isCapitalised && OrganizationLexicon.verbsAfterName.contains(t.lower)
        }
    }


    /// A source line or citation: `Source: Courier`, `via the Herald`, `(Courier, 2019)`, `Courier, 3 May 2021`.
    /// After `Source:`, `Sources:`, `Credit:`, `Photo:` or `Picture:`, any capitalised run; before a comma and a
    /// year (or a day and a month), only a run ending in a newspaper head (``OrganizationLexicon/newspaperHeads``),
    /// since `(Okafor, 2019)` cites a person.
    func citation(_ p: Int, _ q: Int) -> Bool {
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        if k >= 1, tokens[k].kind == .punct, tokens[k].text == ":", isWord(k - 1),
           OrganizationLexicon.citationLabels.contains(lower(k - 1)), q - p <= 4 {
            return true
        }
        guard q + 1 < tokens.count, tokens[q].kind == .punct, tokens[q].text == ",",
              OrganizationLexicon.newspaperHeads.contains(lower(q - 1)) else { return false }
        let next = tokens[q + 1]
        if next.isNumber, next.text.count == 4, next.text.hasPrefix("19") || next.text.hasPrefix("20") { return true }
        return next.isNumber && next.text.count <= 2 && isCalendarWord(q + 2)
    }

    /// `BBC Panorama revealed ...`, `ITV Tonight broadcast ...`: a capitalised word right after an outlet's
    /// acronym (the mention just before it) and before a verb of reporting or a noun for a programme: the
    /// programme, a name of its own.
    func programmeOfOutlet(_ p: Int, _ q: Int) -> Bool {
        guard q == p + 1, p >= 1, let last = mentions.last, last.end == p, last.type == .organization,
              tokens[p - 1].isAcronymLike, tokens[p - 1].line == tokens[p].line,
              !tokens[p].isAcronymLike, !isCommon(p), !isRoleNoun(p), !isGiven(p), isWord(q) else { return false }
        return OrganizationLexicon.broadcastWords.contains(lower(q))
    }
}

extension PassageScanner {
    /// A campaign named by the demand it makes, an imperative and its object (`Save Our Wards`, `Cure the
    /// Clinics`, `Stop HS9`, `Keep Our Buses Public`), where the context says it is a body: a campaign or kind of
    /// group before it (`the campaign group`, `campaigners from`), an appositive after it (`, a residents'
    /// group`) or `campaign` right after it. A lowercase `the`, `our` or `a` may stand inside the name. Returns
    /// the end of the name; a bare imperative (`Stop the cuts, they said`) has none of these cues.
    func campaignNameEnd(_ p: Int) -> Int? {
        guard isCap(p), tokens[p].isCapitalised, !tokens[p].isAllCaps,
              OrganizationLexicon.campaignVerbs.contains(lower(p)) else { return nil }
        let line = tokens[p].line
        var k = p + 1
        if isWord(k), !tokens[k].isCapitalised, ["the", "our", "a", "your", "their", "my"].contains(lower(k)) { k += 1 }
        var e = k
        while e < tokens.count, isCap(e), tokens[e].line == line, e - p <= 5 { e += 1 }
        // (`Fight for Fair Rents`: one lowercase `for` or `to` then more capitals)
        if e == k, isWord(k), ["for", "to", "on"].contains(lower(k)), isCap(k + 1), tokens[k + 1].line == line {
            e = k + 1
            while e < tokens.count, isCap(e), tokens[e].line == line, e - p <= 5 { e += 1 }
        }
        guard e > k, e - p >= 2 else { return nil }
        var after = e
        if after < tokens.count, tokens[after].kind == .punct, ["\"", "\u{201D}", "'", "\u{2019}"].contains(tokens[after].text) {
            after += 1
        }
        var before = p
        if before >= 1, tokens[before - 1].kind == .punct, ["\"", "\u{201C}", "'", "\u{2018}"].contains(tokens[before - 1].text) {
            before -= 1
        }
        if organizationNounBefore(before) || kindBefore(before) || staffOfBefore(before) || campaignersBefore(before) {
            return e
        }
        if organizationAppositive(after: after) { return e }
        if isWord(after), ["campaign", "campaigners", "group", "movement", "coalition"].contains(lower(after)) { return e }
        return nil
    }

    /// `campaigners from`, `members of`, `activists with` right before `p`.
    func campaignersBefore(_ p: Int) -> Bool {
        guard p >= 2, isWord(p - 1), ["from", "of", "with", "in"].contains(lower(p - 1)), isWord(p - 2) else { return false }
        return ["campaigners", "activists", "members", "supporters", "volunteers", "founder", "founders",
                "leaders", "organisers", "organizers"].contains(lower(p - 2))
    }
}

extension PassageScanner {
    /// `a Plymouth charity`, `a small Leeds firm`, `an Oxford company`: a capitalised word after `a` / `an` (and
    /// up to two lowercase words) that modifies the noun of a kind of body is where or what the body is, not its
    /// name.
    /// `a former Tarnco boss`, `a former Kestrel Capital banker`, `an ex Marlin executive`, `a Velmar employee`:
    /// the body someone worked for, between `former` (or `ex`, or for an employee an article) and a noun for its
    /// staff (``OrganizationLexicon/employeeNouns``). A place (`a former Leeds official`) or a person's name
    /// (`a former Ellery adviser`) is left to the other rules.
    func employerOfFormerStaff(_ p: Int, _ q: Int) -> Bool {
        guard q - p <= 3, isWord(q), !tokens[q].isCapitalised, tokens[q].line == tokens[p].line,
              OrganizationLexicon.employeeNouns.contains(lower(q)), p >= 1, isWord(p - 1) else { return false }
        let before = lower(p - 1)
        let former = before == "former" || before == "ex"
        guard former || (["a", "an"].contains(before) && lower(q).hasPrefix("employee")) else { return false }
        guard !(p..<q).contains(where: { isGiven($0) || isRoleNoun($0) || isHonorific($0) || isCalendarWord($0)
                  || kbMatch($0).map { kb.records[$0.record].type != .organization } == true }) else { return false }
        return !PlaceLexicon.names.contains((p..<q).map { lower($0) }.joined(separator: " "))
    }

    func indefiniteModifier(_ p: Int) -> Bool {
        var k = p - 1
        var steps = 0
        while k >= 0, steps < 3, isWord(k), !tokens[k].isCapitalised || k == p - 1 && ["A", "An"].contains(tokens[k].text) {
            if ["a", "an"].contains(lower(k)) { return true }
            k -= 1
            steps += 1
        }
        return false
    }
}

extension PassageScanner {
    /// `a consortium of Kestrel, Marlin and Dunmore`, `a joint venture between Tarnco and Velmar`, `the work went
    /// to three firms: Kestrel, Marlin and Dunmore`, `its junior partners are Kestrel and Marlin`, `the bidders
    /// include Tarnco`: a list right after a word for a group of bodies and `of` or `between`
    /// (``OrganizationLexicon/memberCollectives``), or after a plural of bodies
    /// (``OrganizationLexicon/organizationPlurals``) and a colon, `are`, `were` or `include`, names bodies. The word
    /// must be lowercase and on the list's line (`the Partnership of Kestrel` is a name; `a panel of Ines Falk
    /// and Tom Vane` names people, and `panel` is no such word).
    func membersOfCollectiveBefore(_ p: Int) -> Bool {
        let k = p - 1
        guard k >= 1, tokens[k].line == tokens[p].line, tokens[k - 1].line == tokens[p].line,
              isWord(k - 1), !tokens[k - 1].isCapitalised else { return false }
        let head = lower(k - 1)
        if tokens[k].kind == .punct, tokens[k].text == ":" {
            return OrganizationLexicon.organizationPlurals.contains(head)
        }
        // `between two contractors, Kestrel and Marlin`: a counted plural kind of body, a comma, then a list of
        // names closed by `and` or `or`
        if tokens[k].kind == .punct, tokens[k].text == ",", OrganizationLexicon.organizationPlurals.contains(head),
           k >= 2, isWord(k - 2), tokens[k - 2].line == tokens[p].line,
           OrganizationLexicon.countWords.contains(lower(k - 2)) || tokens[k - 2].isNumber {
            return listOfNamesClosed(from: p)
        }
        guard isWord(k), !tokens[k].isCapitalised else { return false }
        switch lower(k) {
        case "of", "between":
            return OrganizationLexicon.memberCollectives.contains(head)
        case "are", "were", "include", "includes", "included":
            return OrganizationLexicon.organizationPlurals.contains(head)
        default:
            return false
        }
    }
}

extension PassageScanner {
    /// From `p`, on its line: capitalised words, commas, `&` and possessives only, then `and` or `or` and a
    /// capitalised word (`Kestrel, Marlin and Dunmore`); not a clause (`Kestrel said`).
    func listOfNamesClosed(from p: Int) -> Bool {
        var j = p
        while j < tokens.count, j - p < 16, tokens[j].line == tokens[p].line {
            let t = tokens[j]
            if t.kind == .word {
                if t.isCapitalised { j += 1; continue }
                if t.lower == "and" || t.lower == "or" { return j > p && isCap(j + 1) && tokens[j + 1].line == t.line }
                return false
            }
            if t.kind == .possessive || t.kind == .punct && (t.text == "," || t.text == "&") { j += 1; continue }
            return false
        }
        return false
    }
}

extension PassageScanner {
    /// `Tarnside Rail, made up of Kestrel, Marlin and Dunmore, ...`, `a consortium comprising Kestrel and ...`,
    /// `the joint venture consisting of ...`: the members of a company or consortium listed after `made up of`,
    /// `comprising`, `consisting of` or `composed of` are organizations. The list must follow, on its line, a
    /// consortium word or a company's name ending in a trade or legal word (`Rail`, `Ltd`), not a panel or a
    /// committee, whose members are people.
    func membersOfCompanyBefore(_ p: Int) -> Bool {
        var k = p - 1
        guard k >= 2, isWord(k) else { return false }
        if lower(k) == "of" {
            if isWord(k - 1), lower(k - 1) == "up", isWord(k - 2), lower(k - 2) == "made" { k -= 3 }
            else if isWord(k - 1), ["consisting", "composed"].contains(lower(k - 1)) { k -= 2 }
            else { return false }
        } else if lower(k) == "comprising" {
            k -= 1
        } else {
            return false
        }
        guard k >= 0 else { return false }
        let line = tokens[p].line
        let consortium: Set<String> = ["consortium", "consortia", "venture", "ventures", "partnership"]
        var j = k
        var steps = 0
        while j >= 0, steps < 5, tokens[j].line == line {
            if isWord(j), consortium.contains(lower(j)) { return true }
            j -= 1
            steps += 1
        }
        // `Tarnside Rail, made up of ...`: a company's name right before the comma
        guard tokens[k].kind == .punct, tokens[k].text == ",", k >= 1, isCap(k - 1), tokens[k - 1].line == line,
              let m = mentions.last(where: { $0.end == k }), m.type == .organization else { return false }
        let last = lower(k - 1)
        return OrganizationLexicon.sectorSuffixes.contains(last) || ["ltd", "limited", "plc", "llp", "inc", "group",
                                                                     "holdings", "consortium", "partnership"].contains(last)
    }
}
