/// Organization names recognised from their last word (or their head) and the words around them, even when
/// every other word is an ordinary one. Word lists are in ``OrganizationLexicon``.
extension PassageScanner {
    /// `the National Audit Office`, `the Work and Pensions Committee`, `the Ambulance Service`: a capitalised
    /// phrase after `the` that ends in the suffix of a public or institutional body (token `suffix`) is the name
    /// of one, although its words are ordinary ones. Without `the` (`a Housing Association`, `our Trust`, a
    /// heading) the phrase stays generic.
    func definiteInstitution(_ p: Int, suffix: Int) -> Bool {
        if pluralKindNamed(p, plural: suffix) { return true }
        guard suffix > p, OrganizationLexicon.institutionalSuffixes.contains(lower(suffix))
                || OrganizationLexicon.roleLikeHeads.contains(lower(suffix))
                || OrganizationLexicon.classPlurals[lower(suffix)] != nil else { return false }
        guard p >= 1, isWord(p - 1), tokens[p - 1].line == tokens[p].line else { return false }
        // `the National Widget Service and Regional Widget Boards`: the article covers both
        if lower(p - 1) == "and", let last = mentions.last, last.end == p - 1, last.type == .organization,
           OrganizationLexicon.institutionalSuffixes.contains(lower(last.end - 1)) || NameLexicon.orgSuffixes.contains(lower(last.end - 1)),
           last.start >= 1, isWord(last.start - 1), lower(last.start - 1) == "the" {
            return !headingLines.contains(tokens[p].line)
        }
        // `the 35 Probation Trusts`, `the 21 Rehabilitation Companies`: the kind of body a reform created or
        // abolished, named in the plural after `the` and a count
        let counted = tokens[p - 1].isNumber && OrganizationLexicon.classPlurals[lower(suffix)] != nil && p >= 2
            && isWord(p - 2) && lower(p - 2) == "the"
        guard lower(p - 1) == "the" || counted || determinerAndAdjectives(before: p) || namedAfterOwner(p, suffix: suffix)
        else { return false }
        guard !headingLines.contains(tokens[p].line) else { return false }
        // `the Monday Committee`, `the January Board`: dates, not names
        if (p..<suffix).contains(where: { isCalendarWord($0) }) { return false }
        // `the Trade Union`, `the Local Authority`, `the Foundation Trusts`: a common noun capitalised, not a name
        let phrase = (p..<suffix).filter { tokens[$0].kind == .word }.map { lower($0) }
            + [OrganizationLexicon.classPlurals[lower(suffix)] ?? lower(suffix)]
        return !OrganizationLexicon.genericBodies.contains(phrase.joined(separator: " "))
    }

    /// `the 72 Training and Enterprise Councils`, `ten Inshore Fisheries and Conservation Authorities`, `the old local
    /// Sea Fisheries Committees`: capitalised words ending in the plural of a body's kind at `plural`
    /// (``OrganizationLexicon/kindPlurals``, not itself a suffix word such as `Trusts`) name the kind of body set up
    /// in many places, when `the`, a count or a possessive comes before them (over up to two adjectives of time or
    /// scope: `old`, `local`, `regional`), outside a heading. Before the words: `the`, `its`, `their`, `all`,
    /// `these`, `those`, a possessive, a count word (``OrganizationLexicon/countWords``) or a number that is not a
    /// year (`In 2012 Rural Growth Partnerships began`: a date, not a count). No word may be a title, a person's, a date or a
    /// known name; the kind must not be a generic one (`the Local Councils`, `the County Councils`). The name is
    /// the singular (``singularKindName(_:_:)``).
    func pluralKindNamed(_ p: Int, plural k: Int) -> Bool {
        guard k > p, isCap(k), !NameLexicon.orgSuffixes.contains(lower(k)), let one = OrganizationLexicon.kindPlurals[lower(k)],
              !headingLines.contains(tokens[p].line), !tokens[p].sentenceStart else { return false }
        for j in p..<k where tokens[j].kind == .word {
            if lower(j) == "and" { continue }
            guard isCap(j), tokens[j].line == tokens[k].line, !isRoleNoun(j), !isHonorific(j), !isGiven(j), !isCalendarWord(j),
                  !tokens[j].isAcronymLike, kbMatch(j) == nil else { return false }
        }
        let phrase = (p..<k).filter { tokens[$0].kind == .word }.map { lower($0) } + [one]
        guard !OrganizationLexicon.genericBodies.contains(phrase.joined(separator: " ")) else { return false }
        var d = p - 1
        var adjectives = 0
        while d >= 0, isWord(d), !tokens[d].isCapitalised, adjectives < 2, OrganizationLexicon.pluralKindAdjectives.contains(lower(d)) {
            adjectives += 1
            d -= 1
        }
        guard d >= 0, tokens[d].line == tokens[p].line else { return false }
        if tokens[d].kind == .possessive { return true }
        guard isWord(d) else { return false }
        let count = tokens[d].isNumber && !isYearNumber(d) || OrganizationLexicon.countWords.contains(lower(d))
        return count || ["the", "its", "their", "all", "these", "those"].contains(lower(d))
    }

    /// A number of four digits from 1800 to 2099 at `k`: read as a year, not a count.
    func isYearNumber(_ k: Int) -> Bool {
        let t = tokens[k].text
        guard t.count == 4, let n = Int(t) else { return false }
        return (1800...2099).contains(n)
    }

    /// `Training and Enterprise Council` for `the 72 Training and Enterprise Councils`: the singular name of a kind of
    /// body that `[p, e)` names in the plural (``pluralKindNamed(_:plural:)``), or nil.
    func singularKindName(_ p: Int, _ e: Int) -> String? {
        guard e - p >= 2, pluralKindNamed(p, plural: e - 1), let one = OrganizationLexicon.kindPlurals[lower(e - 1)] else {
            return nil
        }
        let last = tokens[e - 1].text
        return slice(p, e - 1) + " " + last.prefix(1) + one.dropFirst()
    }

    /// `a Coastal Shipping Safety Unit`, `its Marine Casualty Investigation Unit`, `Holyrood's Rural Affairs
    /// Committee`: after `a`, `an`, `its`, `their` or an owner's possessive, two or more capitalised words before
    /// the suffix at `suffix`, which ends the name, are a body's own name (its words need not be specific): a
    /// generic body is written in lowercase or with one word (`a Select Committee`, `its Board`). Not in a
    /// heading; no title, given name or date among the words.
    func namedAfterOwner(_ p: Int, suffix: Int) -> Bool {
        guard suffix - p >= 2, p >= 1, tokens[p - 1].line == tokens[p].line,
              tokens[p - 1].kind == .possessive || isWord(p - 1) && ["a", "an", "its", "their"].contains(lower(p - 1))
        else { return false }
        guard !(isCap(suffix + 1) && tokens[suffix + 1].line == tokens[suffix].line) else { return false }
        return (p..<suffix).allSatisfy {
            isCap($0) && !tokens[$0].isAllCaps && !isRoleNoun($0) && !isHonorific($0) && !isGiven($0) && !isCalendarWord($0)
        }
    }

    /// `the new Border Service`, `a single Probation Service`, `one unified Ambulance Service`: a determiner and
    /// one or two adjectives of reorganisation (``OrganizationLexicon/reorganisationAdjectives``) right before
    /// `p`: the capitalised body they describe is still a name, as after `the` alone.
    func determinerAndAdjectives(before p: Int) -> Bool {
        var k = p - 1
        var adjectives = 0
        while k >= 0, isWord(k), !tokens[k].isCapitalised || tokens[k].sentenceStart, adjectives < 2,
              OrganizationLexicon.reorganisationAdjectives.contains(lower(k)) {
            adjectives += 1
            k -= 1
        }
        guard adjectives > 0, k >= 0, isWord(k), tokens[k].line == tokens[p].line else { return false }
        return ["the", "a", "an", "one", "its", "their", "our"].contains(lower(k))
    }

    /// A head that names a body although it is also a role noun: `Regulator of Social Housing`, `the Health and
    /// Safety Executive`, `the Housing Ombudsman`.
    func isRoleLikeHead(_ k: Int) -> Bool {
        isCap(k) && OrganizationLexicon.roleLikeHeads.contains(lower(k))
    }

    /// A sector word ending a company name (`Chiltern Railways`, `Thames Water`), counted only after a word that
    /// is not an ordinary one.
    func isSectorSuffix(_ k: Int) -> Bool {
        isCap(k) && OrganizationLexicon.sectorSuffixes.contains(lower(k))
    }

    /// `Royal College of General Practitioners`, `Association of Chief Police Officers`: a role noun inside the
    /// tail of an organization head, followed in the same capitalised run by a plural naming the members.
    func roleNounInsideMembersName(_ k: Int, runEnd b: Int) -> Bool {
        var j = k + 1
        while j < b, isCap(j), j - k <= 3 {
            if OrganizationLexicon.memberPlurals.contains(lower(j)) { return true }
            j += 1
        }
        return false
    }

    /// `the Business, Energy and Industrial Strategy Committee`, `Kent, Surrey and Sussex CRC`: single
    /// capitalised words separated by commas, then `and` / `&` and a phrase ending in an institutional suffix,
    /// all on one line. After `the` (or `the Commons`, `the Lords`), any institutional suffix; without it, only an
    /// acronym suffix (`CRC`).
    /// Elements must be plain words (no acronym, given name, or name of a person or organization the knowledge
    /// base knows), so that a list of bodies (`Kestrel, Marlin and Harbour Care`) is not read as one name.
    /// Returns the end of the name, or nil.
    func commaListOrganization(at i: Int) -> Int? {
        guard isCap(i), i + 1 < tokens.count, tokens[i + 1].kind == .punct, tokens[i + 1].text == "," else { return nil }
        // (`the Commons Culture, Media and Sport Committee`: the House a committee sits in stands between)
        let house = i >= 2 && isWord(i - 1) && tokens[i - 1].isCapitalised && ["commons", "lords"].contains(lower(i - 1))
        let afterThe = i >= 1 && isWord(i - 1) && lower(i - 1) == "the"
            || house && isWord(i - 2) && lower(i - 2) == "the"
        let line = tokens[i].line
        func plainElement(_ k: Int) -> Bool {
            guard isCap(k), tokens[k].line == line, !tokens[k].isAcronymLike, !isGiven(k), !tokens[k].hasDigit else {
                return false
            }
            if let m = kbMatch(k), kb.records[m.record].type == .person || kb.records[m.record].type == .organization {
                return false
            }
            return true
        }
        var k = i
        var elements = 0
        // `A, B, C`
        while plainElement(k), k + 1 < tokens.count, tokens[k + 1].kind == .punct, tokens[k + 1].text == "," {
            elements += 1
            k += 2
            if elements > 6 { return nil }
        }
        // `C and` / `C &`
        guard elements >= 1, plainElement(k), k + 1 < tokens.count else { return nil }
        let conj = tokens[k + 1]
        guard conj.line == line, (conj.kind == .word && conj.lower == "and") || (conj.kind == .punct && conj.text == "&") else {
            return nil
        }
        var e = k + 2
        var words = 0
        while e < tokens.count, isCap(e), tokens[e].line == line, words < 5 {
            e += 1
            words += 1
        }
        guard words >= 1 else { return nil }
        let last = e - 1
        if afterThe, OrganizationLexicon.institutionalSuffixes.contains(lower(last)) { return e }
        if tokens[last].isAcronymLike, NameLexicon.orgSuffixes.contains(lower(last)) { return e }
        return nil
    }
}

extension PassageScanner {
    /// `The Passenger Railway Services (Public Ownership) Act`, `the Police Service Bill`: the words before `Act`
    /// or `Bill` (after an optional bracketed part) are the title of a law, not an organization.
    func titleOfALaw(after e: Int) -> Bool {
        var k = e
        if k < tokens.count, tokens[k].kind == .punct, tokens[k].text == "(" {
            var depth = 0
            while k < tokens.count, k - e < 12 {
                if tokens[k].kind == .punct, tokens[k].text == "(" { depth += 1 }
                if tokens[k].kind == .punct, tokens[k].text == ")" { depth -= 1; if depth == 0 { k += 1; break } }
                k += 1
            }
        }
        guard isCap(k) else { return false }
        return ProgrammeLexicon.lawHeads.contains(lower(k))
    }
}

extension PassageScanner {
    /// `King's Fund`, `Children's Society`, `Mungo's Trust`: a possessive inside an organization name, before a
    /// strong organization suffix. After a plural noun of the people a body serves or gathers (`Women's`,
    /// `Carers'`, `Tenants'`), any organization suffix or head, or `Project` / `Aid`, goes on with the name:
    /// `Harbourside Carers' Network`, `Elm Street Women's Centre`, `Calder Tenants' Project`.
    func possessiveInsideName(_ k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, tokens[k].kind == .possessive, isCap(k - 1), isCap(k + 1) else { return false }
        let next = lower(k + 1)
        if NameLexicon.strongOrgSuffixes.contains(next) || next == "fund" || next == "society" { return true }
        // `the Mayor's Office for Transport`, `the Data Commissioner's Office`, `King's College`: a title's
        // possessive before a body's suffix or head names an office attached to the post, or a body named
        // after the title holder (`the mayor's office`, in small letters, is no name and never reaches here)
        if isRoleNoun(k - 1), tokens[k - 1].isCapitalised, tokens[k + 1].line == tokens[k].line,
           NameLexicon.orgSuffixes.contains(next) || NameLexicon.orgHeads.contains(next) { return true }
        // `St Anne's College`, `St Thomas' Hospital`, `Saint Mungo's Trust`: a saint's name and its possessive
        // before a body's suffix or head name an institution dedicated to the saint, not the saint
        if saintBefore(k - 1), tokens[k + 1].line == tokens[k].line,
           NameLexicon.orgSuffixes.contains(next) || NameLexicon.orgHeads.contains(next) { return true }
        guard OrganizationLexicon.peopleServed.contains(lower(k - 1)), tokens[k + 1].line == tokens[k].line else { return false }
        return NameLexicon.orgSuffixes.contains(next) || NameLexicon.orgHeads.contains(next)
            || ["project", "aid", "advice", "refuge", "voice", "forum"].contains(next)
    }

    /// Whether the capitalised word at `k` is a saint's name: `St` or `Saint` (with or without a full stop) right
    /// before it on its line (`St Anne`, `St. George`, `Saint Mungo`).
    func saintBefore(_ k: Int) -> Bool {
        guard k >= 1, isCap(k) else { return false }
        var s = k - 1
        if tokens[s].kind == .punct, tokens[s].text == ".", s >= 1 { s -= 1 }
        return isWord(s) && tokens[s].isCapitalised && ["st", "saint"].contains(lower(s)) && tokens[s].line == tokens[k].line
    }

    /// `NHS England`, `NHS Improvement`, `BBC Scotland`: an organization's acronym, followed by one capitalised
    /// word that ends the capitalised run, in running text: a nation of the UK or an abstract noun
    /// (`Improvement`, `Confederation`, `Providers`), or two words joined by `and` (`NHS Blood and Transplant`).
    /// Words that make a title, a role, a document or a date (`NPS Director`, `CRC Staff`, `PSR Report`) do not
    /// count. An acronym the knowledge base does not know (`KHS Resolution`, with no Entities/) leads such a name
    /// too, unless it is a measure or no acronym at all (`GDP Growth`, `TV Licensing`); only a known body's
    /// acronym leads a word for one of its units (`BBC Studios`).
    func acronymLedName(_ p: Int, runEnd b: Int) -> Int? {
        guard tokens[p].isAcronymLike, !isShouted(p), !headingLines.contains(tokens[p].line) else { return nil }
        let known: Bool
        if let m = kbMatch(p) {
            guard m.end == p + 1, kb.records[m.record].type == .organization else { return nil }
            known = true
        } else {
            let t = tokens[p]
            guard t.isAllCaps, !t.hasDigit, t.letterCount >= 2, t.letterCount <= 6,
                  !AcronymLexicon.nonAcronyms.contains(t.lower), !AcronymLexicon.measures.contains(t.lower),
                  !CommonWords.all.contains(t.lower) else { return nil }
            known = false
        }
        let e = p + 1
        guard e < b, e + 1 == b || !isCap(e + 1), isCap(e), tokens[e].kind == .word, !tokens[e].isAcronymLike, !tokens[e].isAllCaps,
              tokens[e].line == tokens[p].line, tokens[e].letterCount >= 4, !tokens[e].text.contains("'"),
              !tokens[e].text.contains("\u{2019}") else { return nil }
        let l = lower(e)
        if isRoleNoun(e) || isHonorific(e) || isGiven(e) || isCalendarWord(e) { return nil }
        // `NHS Test and Trace`, `NHS Blood and Transplant`: two words joined by `and` make the name, even when the
        // first alone would end a programme's name (`Test`)
        if let pairEnd = andPairEnd(from: e, runEnd: b) { return pairEnd }
        // `NHS Digital was merged into ...`: an institutional context for the two words together
        if kbMatch(e) == nil, !OrganizationLexicon.demonyms.contains(l),
           institutionalCue(p, e + 1) != nil || organizationAppositive(after: e + 1) { return e + 1 }
        // `BBC Studios`, `BBC Monitoring`, `GMB Board`: a known body's acronym and a word for one of its units
        if known, OrganizationLexicon.unitWords.contains(l), kbMatch(e) == nil { return e + 1 }
        if NameLexicon.roleModifiers.contains(l) || NameLexicon.programmeSuffixes.contains(l)
            || ProgrammeLexicon.strongProgrammeSuffixes.contains(l) || NameLexicon.boilerplate.contains(l)
            || OrganizationLexicon.demonyms.contains(l) { return nil }
        // a nation (`NHS England`, `BBC Scotland`) or an abstract noun (`NHS Improvement`, `NHS Providers`); a
        // programme or product after a broadcaster's name (`BBC Panorama`) is a name of its own
        if OrganizationLexicon.nations.contains(l) { return e + 1 }
        if kbMatch(e) != nil { return nil }
        let abstract = ["ment", "tion", "ers", "ity"].contains { l.hasSuffix($0) }
        return abstract ? e + 1 : nil
    }
}

extension PassageScanner {
    /// `NHS Test and Trace`, `UK Harbours and Waterways`, `KWC Fens and Moors`: after a body's acronym (or the
    /// kingdom's initials), two capitalised words joined by `and` at `e` name one body when they end the
    /// capitalised run `[.., b)` or the run goes on with another `and` (`UK Harbours and Waterways and Coastal
    /// Patrol`: the second body starts after it). Neither word may be an acronym, a known name, a person's
    /// or a title's word, a date, a nation or a nation's adjective (`NHS England and Wales` is no name). Returns the
    /// end of the name.
    func andPairEnd(from e: Int, runEnd b: Int) -> Int? {
        guard e + 3 <= b, isWord(e + 1), lower(e + 1) == "and",
              e + 3 == b || isWord(e + 3) && lower(e + 3) == "and" else { return nil }
        for k in [e, e + 2] {
            let l = lower(k)
            guard isCap(k), tokens[k].kind == .word, tokens[k].line == tokens[e].line, !tokens[k].isAcronymLike,
                  !tokens[k].isAllCaps, kbMatch(k) == nil, !isGiven(k), !isRoleNoun(k), !isHonorific(k), !isCalendarWord(k),
                  !OrganizationLexicon.nations.contains(l), !OrganizationLexicon.demonyms.contains(l),
                  !NameLexicon.boilerplate.contains(l) else { return nil }
        }
        return e + 3
    }

    /// `UK Harbours and Waterways`, `UK Fens and Moors`: a nation's initials (``OrganizationLexicon/nationalInitials``),
    /// just read as a place, before a pair of words joined by `and` (``andPairEnd(from:runEnd:)``) open a body's name;
    /// `emit` takes the initials into it. Returns the end of the name that starts at `p`.
    func pairAfterKingdom(_ p: Int, runEnd b: Int) -> Int? {
        // (the initials not read as a place: the name starts with them)
        if tokens[p].isAllCaps, OrganizationLexicon.nationalInitials.contains(lower(p)), p + 1 < b, !headingLines.contains(tokens[p].line) {
            return andPairEnd(from: p + 1, runEnd: b)
        }
        guard p >= 1, let last = mentions.last, last.type == .place, last.end == p, last.end - last.start == 1,
              tokens[last.start].isAllCaps, OrganizationLexicon.nationalInitials.contains(lower(last.start)), tokens[last.start].line == tokens[p].line,
              !headingLines.contains(tokens[p].line) else { return nil }
        return andPairEnd(from: p, runEnd: b)
    }
}

extension PassageScanner {
    /// `under the name Resource: The Council for Museums, Archives and Libraries`, `renamed Pathway: The Centre for
    /// Rural Skills`: after a word that introduces a name (``OrganizationLexicon/namingWords``), one capitalised word
    /// (no title, person or known name), a colon, `The` and a body's name headed by a head and its `of`/`for` tail
    /// (``organizationEnd(from:within:)``) are one name, the title word included. Returns the end of the name.
    /// (`Update: The Home Office said`: no naming word, no name.)
    func colonTitledBodyEnd(_ p: Int) -> Int? {
        let n = tokens.count
        guard p >= 1, p + 3 < n, isWord(p - 1), OrganizationLexicon.namingWords.contains(lower(p - 1)),
              isCap(p), !tokens[p].isAcronymLike, !isRoleNoun(p), !isHonorific(p), !isGiven(p), kbMatch(p) == nil,
              tokens[p + 1].kind == .punct, tokens[p + 1].text == ":", isWord(p + 2), tokens[p + 2].text == "The",
              isCap(p + 3), tokens[p + 3].line == tokens[p].line, NameLexicon.orgHeads.contains(lower(p + 3)) else { return nil }
        let b = runEnd(from: p + 3, atLeast: p + 4)
        guard let e = organizationEnd(from: p + 3, within: b), e > p + 4 else { return nil }
        return e
    }
}

extension PassageScanner {
    /// Whether the name ending before token `e` is a venue (`... Arena`, `... Conference Centre`, `QEII Centre`):
    /// a place where things happen, not an organization.
    func isVenue(end e: Int) -> Bool {
        guard e >= 1, isWord(e - 1) else { return false }
        let last = lower(e - 1)
        if ProgrammeLexicon.venueHeads.contains(last) { return last != "hall" || (e >= 2 && lower(e - 2) != "town") }
        guard last == "centre" || last == "center", e >= 2, isWord(e - 2) else { return false }
        // `the Conference Centre`; `QEII Centre` (a name in capitals and numerals before `Centre`)
        return ProgrammeLexicon.venueCentres.contains(lower(e - 2)) || (tokens[e - 2].isAllCaps && tokens[e - 2].letterCount >= 3
            && e - 2 >= 1 && !(isWord(e - 3) && isCap(e - 3)))
    }
}

extension PassageScanner {
    /// Whether the capitalised run goes on after `k` to an organization suffix (`Northumbria Healthcare NHS
    /// Foundation Trust`): a sector word inside a longer name does not end it.
    func orgSuffixLater(_ k: Int, _ b: Int) -> Bool {
        var j = k + 1
        while j < b, j - k <= 5 {
            if isOrgSuffix(j) { return true }
            j += 1
        }
        return false
    }
}

extension PassageScanner {
    /// `Public Health England`, `Homes England`, `Historic Scotland`, `Sport Wales`: capitalised words (not compass
    /// or size words, not a person's name) followed by the name of a nation of the UK, ending the capitalised run
    /// in running text: the national body of that field. (`North East England`, `Great Britain`, `rural
    /// England` are places.) Returns the end of the name.
    func nationalBodyName(_ p: Int, runEnd b: Int) -> Int? {
        guard !headingLines.contains(tokens[p].line) else { return nil }
        if tokens[p].sentenceStart, isCommon(p), !OrganizationLexicon.fieldWords.contains(lower(p)) { return nil }
        var k = p
        while k < b, k - p < 3 {
            let l = lower(k)
            // `Universities UK`, `Infrastructure UK`: the kingdom's initials end a national body's name too
            let kingdom = k > p && l == "uk" && tokens[k].isAllCaps
            guard isCap(k), tokens[k].kind == .word, !tokens[k].isAcronymLike || k == p || kingdom else { return nil }
            if k > p, OrganizationLexicon.nations.contains(l) || kingdom {
                // the name ends with the nation (`Homes England in January`: `in` starts something else)
                return k + 1 == b || !isCap(k + 1) ? k + 1 : nil
            }
            if OrganizationLexicon.compassWords.contains(l) || l == "great" || OrganizationLexicon.demonyms.contains(l) { return nil }
            if isRoleNoun(k) || isHonorific(k) || isGiven(k) || isCalendarWord(k) { return nil }
            if let m = kbMatch(k), kb.records[m.record].type != .organization { return nil }
            k += 1
        }
        return nil
    }
}

extension PassageScanner {
    /// `the Independent Office for Police Conduct`: a one-word known name that is also an ordinary word (a
    /// newspaper called `Independent`), right before an organization suffix, is the first word of a longer name.
    func ordinaryWordBeforeSuffix(_ start: Int, _ end: Int) -> Bool {
        end == start + 1 && CommonWords.all.contains(lower(start)) && isOrgSuffix(end)
    }
}

extension PassageScanner {
    /// `the Fair Rent Project threatened its own legal action`, `Calder Tenants' Project, a charity in Halifax`:
    /// a name ending in `Project`, `Campaign` or `Initiative` that acts as a body (an institutional cue, `its`
    /// after a verb, an appositive or a kind of body before it), or that names the people it serves with a
    /// possessive, is an organization rather than a programme. The cue that says so, if any.
    func bodyNamedAsProject(_ p: Int, _ e: Int) -> MentionCue? {
        guard e - p >= 2 else { return nil }
        // `Tarn Pathway, a unit of the Tarn group`, `Vale Gateway, a company set up to ...`: whatever the last word,
        // an appositive that calls the name a body or a unit of one
        if organizationAppositive(after: e) { return .orgAppositive }
        guard ["project", "campaign", "initiative"].contains(lower(e - 1)) else { return nil }
        if (p..<e).contains(where: { tokens[$0].kind == .possessive && OrganizationLexicon.peopleServed.contains(lower($0 - 1)) }) {
            return .orgSuffix
        }
        if organizationAppositive(after: e) { return .orgAppositive }
        if organizationNounBefore(p) { return .orgNounBefore }
        if actsWithIts(after: e) { return .orgIts }
        return institutionalCue(p, e)
    }
}
