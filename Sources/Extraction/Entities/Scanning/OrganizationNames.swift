/// Organizations named by their own words: a suffix (`Harbour Housing Trust`), a head with its tail
/// (`Ministry of Defence`), a prison (`HMP Leeds`).
extension PassageScanner {
    /// An organization ending in a suffix (`Wexcombe Borough Council`) or headed by one
    /// (`House of Commons`, `Department for Education`).
    func organizationEnd(from p: Int, within b: Int) -> Int? {
        // Head first: `Ministry of ...`, `House of ...`.
        if NameLexicon.orgHeads.contains(lower(p)) || isRoleLikeHead(p), p + 1 < b,
           lower(p + 1) == "of" || lower(p + 1) == "for" || lower(p + 1) == "on" {
            let e = nameEnd(withTailAfter: p + 1, within: b)
            if e > p + 1 {
                return e
            }
        }
        var k = p
        var specific = false
        var words = 0
        var sawAnd = false
        var wordsAfterAnd = 0
        var acronymBeforeAnd = false
        while k < b {
            if possessiveInsideName(k) { k += 1; continue }
            if words > 0, bracketInCompanyName(k) { k += 3; continue }
            if !isCap(k) {
                let l = tokens[k].kind == .punct ? tokens[k].text : lower(k)
                // (`NPS and CRC` are two bodies, `Tarn Care and Justice Services` one)
                if (l == "and" || l == "&") && words > 0 && !sawAnd && !(acronymBeforeAnd && tokens[k - 1].isAcronymLike) {
                    if twoBodiesJoined(p, and: k, within: b) { return nil }
                    sawAnd = true
                    k += 1
                    continue
                }
                // `Justice for Tenants Alliance`, `Friends of Vale Parks Trust`: capitalised words, `for` or `of`
                // and capitalised words ending the run in a strong suffix, in running text: one name
                if l == "for" || l == "of", words > 0, !sawAnd, forOfNameGoesOn(p, at: k, within: b) {
                    k += 1
                    continue
                }
                // `Isle of Wight Council`, `Hampshire and Isle of Wight Fire Service`: a place's own `of`
                // (`East of England Development Agency`, `West of Scotland Water`: a compass word opening the name
                // and `of` name a region)
                if l == "of", words > 0, k >= 1, isCap(k - 1),
                   PlaceLexicon.ofPlaceHeads.contains(lower(k - 1))
                    || k - 1 == p && OrganizationLexicon.compassWords.contains(lower(k - 1)),
                   isCap(k + 1), tokens[k + 1].line == tokens[k].line {
                    k += 1
                    continue
                }
                // `Newcastle upon Tyne Hospitals Trust`, `Kingston upon Thames Council`: a town's `upon`
                if l == "upon", words > 0, isCap(k + 1), tokens[k + 1].line == tokens[k].line {
                    k += 1
                    continue
                }
                return nil
            }
            // `the Health and Safety Executive`, `the Building Safety Regulator`
            let roleLikeEnd = isRoleLikeHead(k) && words > 0 && definiteInstitution(p, suffix: k)
            // `The King's Fund`, `the Duchess's Trust`: a title word before a possessive inside the name
            let titleInName = (isRoleNoun(k) || isHonorific(k)) && possessiveInsideName(k + 1)
            // `the Major Projects Authority`: a rank that is also an adjective, after `the`, before a plural word
            let adjectivalRank = k == p && lower(k) == "major" && p >= 1 && isWord(p - 1) && lower(p - 1) == "the"
                && isCap(k + 1) && !isGiven(k + 1) && lower(k + 1).hasSuffix("s")
            if (isRoleNoun(k) && !roleLikeEnd && !titleInName && !adjectivalRank && !titleInMembersBody(k, within: b))
                || (isHonorific(k) && !titleInName) { return nil }
            let sectorName = isSectorSuffix(k) && (specific || sectorQualifiersOnly(p, k)) && !sawAnd && !orgSuffixLater(k, b)
            if sectorName { specific = true }
            // `Newcastle Hospitals NHS Foundation Trust`: hospitals named before the trust that runs them
            // `Dalby Tenants' Project`, `Elm Street Women's Aid`: after the people a body serves, its last word
            let servedHead = k >= 2 && tokens[k - 1].kind == .possessive && possessiveInsideName(k - 1)
            // `the 72 Training and Enterprise Councils`: a kind of body named in the plural, ending the run
            // (or before the run's next `and`: `the 72 Training and Enterprise Councils and the Funding Council`)
            let kindPlural = (k + 1 == b || isWord(k + 1) && lower(k + 1) == "and") && words > 0 && pluralKindNamed(p, plural: k)
            if (isOrgSuffix(k) || roleLikeEnd || sectorName || servedHead || kindPlural) && words > 0 && !hospitalsOfTrust(k, b) {
                // `Canal & River Trust` but not `NPS and CRC`: a word must stand between `and` and the suffix,
                // unless the suffix word is a modifier and the name goes on in capitals to a later suffix
                // (`the Road Safety and Service Standards Authority`, `the Water and Service Quality Board`)
                if sawAnd && wordsAfterAnd == 0 && !(isOrgSuffix(k) && laterSuffixInName(after: k, within: b) != nil) {
                    return nil
                }
                // `an Intensive Care Unit`: a hospital's kind of unit, however specific its words, is no body
                if lower(k) == "unit", OrganizationLexicon.genericBodies.contains(
                    (p...k).filter { tokens[$0].kind == .word }.map { lower($0) }.joined(separator: " ")) { return nil }
                var e = k + 1
                // `Independent Police Complaints Commission`: a suffix word used as a modifier, the name going on
                // in capitals to a later suffix
                if isOrgSuffix(k), let later = laterSuffixInName(after: k, within: b) { e = later + 1 }
                while e < b, isOrgSuffix(e) { e += 1 }
                // `Big Society Capital`, `Community Trust Housing`: a trade word ending the run right after the
                // suffix is the last word of the name (a fund or company named after a body's words), not a
                // word left over
                var suffixBeforeTrade: Int? = nil
                if e + 1 == b, isOrgSuffix(e - 1), isSectorSuffix(e), tokens[e].line == tokens[e - 1].line,
                   !tokens[e].isAllCaps, kbMatch(e) == nil, !titleOfALaw(after: b) {
                    suffixBeforeTrade = e - 1
                    e = b
                }
                // `Fenwick University Hospitals NHS Foundation Trust`: a sector acronym, then suffixes ending the run
                if e + 1 < b, tokens[e].isAcronymLike, isOrgSuffix(e + 1) {
                    var f = e + 1
                    while f < b, isOrgSuffix(f) { f += 1 }
                    if f == b { e = f }
                }
                // `Tarn Monitoring Services (UK) Ltd`
                if e + 3 < b, bracketInCompanyName(e) { e += 4 }
                // `Harbury Capital & Loans`: after the suffix, `&` and one last capitalised word that is no second
                // body (no suffix, no acronym, no title) go on with the name
                if e + 2 == b, tokens[e].kind == .punct, tokens[e].text == "&", isCap(e + 1), !isOrgSuffix(e + 1),
                   !tokens[e + 1].isAcronymLike, !isRoleNoun(e + 1), !isHonorific(e + 1), !placesJoined(atAmpersand: e) {
                    e = b
                }
                let tailEnd = nameEnd(withTailAfter: e, within: b)
                // `Environment Agency Wales`: a nation ending the run after a suffix names the body's national
                // branch, and makes a generic name specific
                if isOrgSuffix(e - 1), tailEnd == e, e + 1 == b, OrganizationLexicon.nations.contains(lower(e)),
                   tokens[e].isCapitalised, !tokens[e].isAllCaps, !titleOfALaw(after: b) {
                    return b
                }
                // `Queen's University Belfast`, `Tarnby College Leeds`: a well-known city ending the run right
                // after `University` or `College` is the seat the body is named by
                if ["university", "college"].contains(lower(e - 1)), tailEnd == e, e + 1 == b, tokens[e].isCapitalised,
                   !tokens[e].isAllCaps, PlaceLexicon.names.contains(lower(e)) {
                    return b
                }
                if !specific {
                    // `North East Division of the NWS`: the tail can make a generic head specific
                    let specificTail = tailEnd > e && (e..<tailEnd).contains(where: {
                        isCap($0) && (isSpecific($0) || kbMatch($0) != nil)
                    })
                    // `the Forward Trust`, `British Quality Foundation`: ordinary words before a suffix that
                    // rarely ends a generic phrase, capitalised in running text.
                    let suffixWord = suffixBeforeTrade ?? e - 1
                    let strongSuffix = NameLexicon.strongOrgSuffixes.contains(lower(suffixWord)) && namedInRunningText(p)
                        || definiteInstitution(p, suffix: suffixWord)
                    // `this from Care Sector News:-`, `chief executive of Harbour Housing Group`
                    guard specificTail || strongSuffix || organizationCue(p, tailEnd, ordinary: true) != nil else {
                        return nil
                    }
                }
                if titleOfALaw(after: tailEnd) { return nil }
                // `the Integrated Rail Plan`: a name that goes on to a programme's last word is the programme's
                if tailEnd < b, isCap(tailEnd), NameLexicon.programmeSuffixes.contains(lower(tailEnd)),
                   !isOrgSuffix(tailEnd) { return nil }
                if tailEnd == e, let x = inquiryTail(from: e, within: b) { return x }
                // `Arriva Rail North`: a compass word after a sector suffix belongs to the name
                if isSectorSuffix(e - 1), tailEnd == e, e < b, OrganizationLexicon.compassWords.contains(lower(e)) {
                    // `Northern Trains West Coast`: one more capitalised word ending the run completes the region
                    if e + 2 == b, isCap(e + 1), tokens[e + 1].line == tokens[e].line, !isOrgSuffix(e + 1) { return e + 2 }
                    return e + 1
                }

                return tailEnd
            }
            // a known place inside the name (`West London Free School`) makes it specific; other known names end it
            // and so does a known organization's acronym followed by more of the name (`Mid Staffordshire NHS
            // Foundation Trust`)
            if let m = kbMatch(k), k > p {
                let r = kb.records[m.record]
                let innerAcronym = r.type == .organization && m.end == k + 1 && tokens[k].isAcronymLike && isCap(k + 1)
                    && k + 1 < b
                guard r.type == .place || innerAcronym else { return nil }
                specific = true
            }
            if isSpecific(k) { specific = true }
            if tokens[k].isAcronymLike && !sawAnd { acronymBeforeAnd = true }
            if sawAnd { wordsAfterAnd += 1 }
            words += 1
            k += 1
            if words > 6 { return nil }
        }
        return nil
    }

    /// After an organization head (`Institute`, `League`, `Division`): `for Government`, `of the NWS`.
    func nameEnd(withTailAfter e: Int, within b: Int) -> Int {
        guard e < b, NameLexicon.orgHeads.contains(lower(e - 1)) || isRoleLikeHead(e - 1) else { return e }
        let c = lower(e)
        // `Commission on Justice in Wales`, `Committee on Standards in Public Life`
        let topical = c == "on" && OrganizationLexicon.topicalHeads.contains(lower(e - 1))
        guard c == "of" || c == "for" || topical else { return e }
        var k = e + 1
        if k < b, lower(k) == "the" { k += 1 }
        guard k < b, isCap(k) else { return e }
        // `Office of the Public Guardian`, `Office of the Deputy Prime Minister`: an office named after the post it
        // serves takes the post's words, titles included
        let officeOfPost = c == "of" && k == e + 2 && OrganizationLexicon.officeHeads.contains(lower(e - 1))
        var last = k
        var sawSecondOf = false
        while last < b {
            if isCap(last) && (!isRoleNoun(last) || roleNounInsideMembersName(last, runEnd: b) || officeOfPost
                || OrganizationLexicon.memberPlurals.contains(lower(last))) && !isHonorific(last)
                && !isCalendarWord(last) { last += 1; continue }
            // `Office of the Children's Commissioner`
            if officeOfPost, last > k, tokens[last].kind == .possessive, isCap(last + 1),
               tokens[last + 1].line == tokens[last].line { last += 1; continue }
            // `Department of Health and Social Care`, but not `Borough of Hackney and Wexcombe City Council`
            // (`Association of School and College Leaders`: a suffix word inside the members' name is no second body)
            // (`Inspectorate of Constabulary and Fire & Rescue Services`: the bodies of a remit, in the plural, are
            // no second body)
            let conjunction = isWord(last) && lower(last) == "and" || tokens[last].kind == .punct && tokens[last].text == "&"
            if conjunction, isCap(last + 1),
               !orgSuffixLater(last, b) || membersEndRun(after: last, within: b) || remitBodiesEndRun(after: last, within: b) {
                last += 1
                continue
            }
            // `Commission on Funding of Care and Support`
            if topical, isWord(last), lower(last) == "in" || lower(last) == "of", isCap(last + 1), !isCalendarWord(last + 1) {
                last += 1
                continue
            }
            if let listEnd = remitListEnd(head: e - 1, tailStart: k, comma: last), listEnd <= b { return listEnd }
            // `Board of Deputies of British Jews`, `Association of Directors of Adult Services`: a second `of` after
            // the tail's words, into the members or the field the body serves
            if last > k, !sawSecondOf, isWord(last), lower(last) == "of", !tokens[last].isCapitalised,
               let f = secondOfTailEnd(at: last, within: b) {
                sawSecondOf = true
                last = f
                continue
            }
            break
        }
        // `Committee of Inquiry into Child Poverty`, `Council for Relations with Other Countries`: a topical head's
        // tail goes on over `into` or `with`, which end a capitalised run, into the subject's capitalised words
        if last == b, last > k, OrganizationLexicon.topicalHeads.contains(lower(e - 1)) || lower(last - 1) == "inquiry",
           let f = topicTailEnd(at: last) {
            return f
        }
        // `Commission on Access to Justice`, `Panel on Fairness to Tenants`: a topic goes on over `to`, which ends a
        // capitalised run, into capitalised words that are no title, date or person
        if topical, last == b, last > k, isWord(last), lower(last) == "to", isCap(last + 1),
           tokens[last + 1].line == tokens[last].line, !tokens[last + 1].isAcronymLike {
            var j = last + 1
            while isCap(j), tokens[j].line == tokens[last].line, j - last <= 3, !isRoleNoun(j), !isHonorific(j),
                  !isCalendarWord(j), !isGiven(j), kbMatch(j).map({ kb.records[$0.record].type == .place }) ?? true {
                j += 1
            }
            if j > last + 1, !isCap(j) || tokens[j].line != tokens[last].line { return j }
        }
        // `Office of the Children's Commissioner`: the post's possessive ended the capitalised run
        if officeOfPost, last == b, last > k, last + 1 < tokens.count, tokens[last].kind == .possessive,
           isRoleNoun(last + 1), tokens[last + 1].line == tokens[last].line { return last + 2 }
        // (`Office of the Chief ...` stopping at once: no tail, so `of the` is not part of a name)
        return last == k ? e : last
    }

    /// Where a body's tail goes on over a second `of` at `k` (`Board of Deputies of British Jews`, `Royal College of
    /// Surgeons of Edinburgh` is left to the place rule): one to four capitalised words on the line, inside the run
    /// `[.., b)`, that are no place, title, date, acronym or known name, and no person (a given name and a
    /// surname). (`the Ministry of Justice of Lord Falconer's day`, `the Department of Health of Wales`: no.)
    func secondOfTailEnd(at k: Int, within b: Int) -> Int? {
        guard k + 1 < b, isCap(k + 1), tokens[k + 1].line == tokens[k].line,
              !(isGiven(k + 1) && k + 2 < b && canBeSurname(k + 2)) else { return nil }
        var j = k + 1
        while j < b, isCap(j), tokens[j].line == tokens[k].line, j - k <= 4 {
            guard !isRoleNoun(j) || OrganizationLexicon.memberPlurals.contains(lower(j)), !isHonorific(j),
                  !isCalendarWord(j), !tokens[j].isAcronymLike, kbMatch(j) == nil else { return nil }
            j += 1
        }
        guard j == b, !isPlaceRun(k + 1, j) else { return nil }
        return j
    }

    /// `into Human Fertilisation and Embryology`, `with Other Countries`: at `k`, `into` or `with` right after a
    /// body's name that reached the end of its capitalised run, then one to five capitalised words on the line
    /// (an inner `and` between them allowed) that are no place, title, date, acronym, person or known name, ending
    /// a capitalised run. Returns the end of the subject. (`the Committee on Housing with Harbour Homes Ltd`: a
    /// body's suffix ends the words, no subject.)
    func topicTailEnd(at k: Int) -> Int? {
        guard isWord(k), !tokens[k].isCapitalised, ["into", "with"].contains(lower(k)), isCap(k + 1),
              tokens[k + 1].line == tokens[k].line, !isGiven(k + 1) else { return nil }
        var j = k + 1
        var words = 0
        while j < tokens.count, tokens[j].line == tokens[k].line, words <= 5 {
            if isCap(j) {
                guard !isRoleNoun(j), !isHonorific(j), !isCalendarWord(j), !tokens[j].isAcronymLike, !isOrgSuffix(j),
                      kbMatch(j) == nil else { return nil }
                words += 1
                j += 1
                continue
            }
            if words > 0, isWord(j), lower(j) == "and", isCap(j + 1), tokens[j + 1].line == tokens[k].line { j += 1; continue }
            break
        }
        guard words >= 1, words <= 5, !isCap(j) || tokens[j].line != tokens[k].line, !isPlaceRun(k + 1, j) else { return nil }
        return j
    }

    /// Whether a capitalised name goes on over the `for` or `of` at `k` (`Justice for Tenants Alliance`): the words
    /// from `p` are capitalised, in running text (not a heading, not opening the sentence), none a title, a
    /// date, a given name or a known name; after `k`, capitalised words only end the run `[p, b)` in a strong
    /// organization suffix (`Alliance`, `Trust`, `Foundation`). (`Minister for Vale Housing Trust` is a title and
    /// a body.)
    func forOfNameGoesOn(_ p: Int, at k: Int, within b: Int) -> Bool {
        guard k > p, k + 2 < b, !tokens[p].sentenceStart,
              !headingLines.contains(tokens[p].line), NameLexicon.strongOrgSuffixes.contains(lower(b - 1)) else { return false }
        for j in p..<k {
            // (`Justice for ...`, `Save ... Trust`: a campaign's opening word may also be a title's or a given name)
            if j == p, OrganizationLexicon.campaignVerbs.contains(lower(j)), !isRoleNoun(j) { continue }
            guard isCap(j), !isRoleNoun(j), !isHonorific(j), !isCalendarWord(j), !isGiven(j), kbMatch(j) == nil,
                  !NameLexicon.roleModifiers.contains(lower(j)) else { return false }
        }
        for j in (k + 1)..<b {
            guard isCap(j), tokens[j].line == tokens[k].line, !isRoleNoun(j), !isHonorific(j), !isCalendarWord(j) else {
                return false
            }
        }
        return true
    }

    /// `School and College Leaders`: after the `and` at `k`, the run `[k + 1, b)` ends in a plural naming a body's
    /// members (`Leaders`, `Teachers`), not in an organization suffix.
    func membersEndRun(after k: Int, within b: Int) -> Bool {
        guard b - 1 > k + 1, OrganizationLexicon.memberPlurals.contains(lower(b - 1)), !isOrgSuffix(b - 1) else { return false }
        return (k + 1..<b).allSatisfy { isCap($0) && tokens[$0].line == tokens[k].line }
    }

    /// `Constabulary and Fire & Rescue Services`, `Health and Children's Services`: after the `and` or `&` at `k`
    /// inside a body's tail, the run `[k + 1, b)` ends in the plural of a body's kind (``OrganizationLexicon/kindPlurals``)
    /// after capitalised words on the same line that are no title, person, date or known name: the kinds of body a
    /// remit covers, not a second body. (`Borough of Hackney and Wexcombe Council` ends in a singular: two bodies.)
    func remitBodiesEndRun(after k: Int, within b: Int) -> Bool {
        guard b - 1 > k + 1, isCap(b - 1), OrganizationLexicon.kindPlurals[lower(b - 1)] != nil else { return false }
        return (k + 1..<b).allSatisfy {
            tokens[$0].line == tokens[k].line && (tokens[$0].kind == .punct && tokens[$0].text == "&"
                || isCap($0) && !isRoleNoun($0) && !isHonorific($0) && !isGiven($0) && !isCalendarWord($0)
                    && !tokens[$0].isAcronymLike && kbMatch($0) == nil)
        }
    }

    /// A department's remit listed with commas: `Department for Business, Innovation and Skills`, `Ministry of
    /// Housing, Communities and Local Government`. Every item of the list, the one before the first comma too,
    /// must be policy-topic words (`Culture`, `Rural Affairs`), so `the Department for Education, Ofsted and
    /// Ofqual` stays three bodies. Returns the end of the name when `comma` opens such a list after
    /// `head` (`Department`) and its `for`/`of`, whose first topic word is at `tailStart`.
    func remitListEnd(head: Int, tailStart: Int, comma: Int) -> Int? {
        let n = tokens.count
        guard comma < n, tokens[comma].kind == .punct, tokens[comma].text == ",", tailStart < comma,
              OrganizationLexicon.remitHeads.contains(lower(head)) else { return nil }
        let line = tokens[comma].line
        func isTopic(_ i: Int) -> Bool {
            i < n && tokens[i].line == line && isCap(i) && OrganizationLexicon.remitTopics.contains(lower(i))
        }
        guard (tailStart..<comma).allSatisfy({ isTopic($0) || (isWord($0) && lower($0) == "and") }) else { return nil }
        var k = comma + 1
        var sawAnd = false
        while k < n {
            guard isTopic(k) else { return nil }
            while isTopic(k) { k += 1 }
            if sawAnd { return k }
            guard k < n else { return nil }
            if tokens[k].kind == .punct, tokens[k].text == "," { k += 1; continue }
            if isWord(k), lower(k) == "and" { sawAnd = true; k += 1; continue }
            return nil
        }
        return nil
    }

    /// Where a capitalised run that has reached a comma goes on as a remit list (`Department for Business,
    /// Innovation and Skills`): the run from `start` must hold a remit head and its `for`/`of`.
    func remitListEnd(runFrom start: Int, comma: Int) -> Int? {
        var h = start
        while h + 2 < comma {
            if OrganizationLexicon.remitHeads.contains(lower(h)), lower(h + 1) == "for" || lower(h + 1) == "of" {
                return remitListEnd(head: h, tailStart: h + 2, comma: comma)
            }
            h += 1
        }
        return nil
    }

    /// Whether a capitalised run starting at `p` reads as a name in running text rather than a heading, a
    /// sentence-initial phrase or a generic noun phrase (`a Housing Association`, `our Trust`).
    func namedInRunningText(_ p: Int) -> Bool {
        guard !headingLines.contains(tokens[p].line) else { return false }
        var before = p - 1
        while before >= 0, tokens[before].kind == .punct, tokens[before].text == "\u{201C}" || tokens[before].text == "\"" {
            before -= 1
        }
        if tokens[p].sentenceStart { return false }
        guard before >= 0, isWord(before) else { return true }
        if lower(before) == "the" { return true }
        return !OrganizationLexicon.genericDeterminers.contains(lower(before))
    }

    /// `HMP Birmingham`, `HMYOI Feltham`, `HM Prison Wandsworth`.
    func prisonEnd(from p: Int, within b: Int) -> Int? {
        var k = p
        let l = lower(p)
        if l == "hmp" || l == "hmyoi" || l == "hmpyoi" {
            k = p + 1
        } else if l == "hm", p + 1 < b, lower(p + 1) == "prison" {
            k = p + 2
        } else {
            return nil
        }
        var e = k
        while e < b, e - k < 3, isCap(e), !isRoleNoun(e), !isHonorific(e), !tokens[e].isAcronymLike { e += 1 }
        return e > k ? e : nil
    }

    /// Not an ordinary word: a proper-looking token that can make a generic phrase a name.
    func isSpecific(_ k: Int) -> Bool {
        let l = lower(k)
        if tokens[k].isAcronymLike || tokens[k].hasDigit { return true }
        if CommonWords.all.contains(l) || NameLexicon.roleModifiers.contains(l) { return false }
        if NameLexicon.orgSuffixes.contains(l) || NameLexicon.programmeSuffixes.contains(l) { return false }
        if NameLexicon.months.contains(l) || NameLexicon.days.contains(l) { return false }
        return true
    }

    /// `the Post Office Horizon IT Inquiry`: after a body's name, capitalised words up to `Inquiry` ending the
    /// run: an inquiry named after the body and its subject, one name. Returns the end of the inquiry's name.
    func inquiryTail(from e: Int, within b: Int) -> Int? {
        var j = e
        while j < b, j - e <= 4, isCap(j), !isRoleNoun(j), !isHonorific(j), !isGiven(j) {
            if lower(j) == "inquiry", j > e { return j + 1 == b ? b : nil }
            j += 1
        }
        return nil
    }
}

extension PassageScanner {
    /// `Tarn Monitoring Services (UK) Ltd`, `Kestrel Holdings (Europe) Limited`: one capitalised word in brackets
    /// at `k` (the `(`), then a company's legal suffix: the bracket is part of the registered name.
    func bracketInCompanyName(_ k: Int) -> Bool {
        guard k + 3 < tokens.count, tokens[k].kind == .punct, tokens[k].text == "(", isCap(k + 1),
              tokens[k + 2].kind == .punct, tokens[k + 2].text == ")", isCap(k + 3),
              tokens[k + 3].line == tokens[k].line else { return false }
        return ["ltd", "limited", "plc", "llp", "inc"].contains(lower(k + 3))
    }
}

extension PassageScanner {
    /// `Newcastle Hospitals NHS Foundation Trust`, `Leeds Teaching Hospitals NHS Trust`: `Hospital(s)` at `k`
    /// followed, within the run and by capitalised words only, by another organization suffix: the hospitals
    /// name the trust that runs them, one name.
    func hospitalsOfTrust(_ k: Int, _ b: Int) -> Bool {
        guard ["hospital", "hospitals"].contains(lower(k)), orgSuffixLater(k, b) else { return false }
        var j = k + 1
        while j < b, j - k <= 5, isCap(j) {
            if isOrgSuffix(j) { return true }
            j += 1
        }
        return false
    }
}

extension PassageScanner {
    /// `Independent Police Complaints Commission`, `Royal Mail Pensioners Association`: after the suffix word at `k`
    /// (here a modifier), one to three capitalised words on the same line, none of them a role, a title, a known
    /// name or an `and`, and then another suffix that ends the run: the index of that later suffix. Not in a
    /// heading, whose words are all capitalised.
    func laterSuffixInName(after k: Int, within b: Int) -> Int? {
        guard !headingLines.contains(tokens[k].line) else { return nil }
        var j = k + 1
        while j < b, j - k <= 5, tokens[j].line == tokens[k].line {
            // `National Police Chiefs' Council`
            if j > k + 1, possessiveInsideName(j) { j += 1; continue }
            guard isCap(j) else { return nil }
            // (a role noun before a possessive is the members a body serves: `Police Chiefs' Council`)
            // (`Imperial College Healthcare NHS Trust`: a sector acronym right before the last suffix)
            let acronymBeforeSuffix = tokens[j].isAcronymLike && j > k + 1 && isOrgSuffix(j + 1) && j + 1 < b
            if isRoleNoun(j) && !possessiveInsideName(j + 1) || isHonorific(j) || isCalendarWord(j)
                || tokens[j].isAcronymLike && !acronymBeforeSuffix || kbMatch(j) != nil && !acronymBeforeSuffix { return nil }
            if j > k + 1, isOrgSuffix(j), !isOrgSuffix(j - 1) {
                var e = j + 1
                while e < b, isOrgSuffix(e) { e += 1 }
                let tail = isWord(e) && ["of", "for", "on"].contains(lower(e))
                return e == b || tail ? e - 1 : nil
            }
            if isOrgSuffix(j) { return nil }
            j += 1
        }
        return nil
    }
}

extension PassageScanner {
    /// `Transport for Wales`, `Transport for the North`, `Transport for West Midlands`: a head of
    /// ``OrganizationLexicon/forPlaceHeads``, `for`, an optional `the` and one to three capitalised words ending
    /// the capitalised run (no title, date, given name or acronym), outside a heading. Returns the end of the name.
    /// (`Transport for the elderly`, a heading `Transport For All Ages`: no name.)
    func forPlaceBodyEnd(_ p: Int, within b: Int) -> Int? {
        guard p + 2 < b, tokens[p].isCapitalised, !tokens[p].isAllCaps, OrganizationLexicon.forPlaceHeads.contains(lower(p)),
              isWord(p + 1), lower(p + 1) == "for", !headingLines.contains(tokens[p].line) else { return nil }
        var k = p + 2
        if isWord(k), lower(k) == "the", !tokens[k].isCapitalised { k += 1 }
        let start = k
        while k < b, isCap(k), tokens[k].line == tokens[p].line, k - start < 3, !tokens[k].isAcronymLike,
              !isRoleNoun(k), !isHonorific(k), !isCalendarWord(k), !isGiven(k) {
            k += 1
        }
        guard k > start, k == b else { return nil }
        return k
    }
}

extension PassageScanner {
    /// `Chief Fire Officers Association`, `Police Superintendents' Association`, `Head Teachers' Union`: a title
    /// word inside a body's name, where a plural naming the members (``OrganizationLexicon/memberPlurals``) follows
    /// within three words of the run `[k, b)`, right before (over an optional possessive) a strong organization
    /// suffix or `Union`. (`Chief Officer Jones`, `the Chief Executive's Office`: no members' plural, no body.)
    func titleInMembersBody(_ k: Int, within b: Int) -> Bool {
        var j = k
        while j < b, isCap(j), tokens[j].line == tokens[k].line, j - k <= 3 {
            if OrganizationLexicon.memberPlurals.contains(lower(j)) {
                var s = j + 1
                if s < b, tokens[s].kind == .possessive { s += 1 }
                return s < b && isCap(s) && tokens[s].line == tokens[k].line
                    && (NameLexicon.strongOrgSuffixes.contains(lower(s)) || lower(s) == "union")
            }
            j += 1
        }
        return false
    }
}

extension PassageScanner {
    /// `Marlin and KTL Bus Group`, `Vale Housing and Harbour Housing Association`: the `and` at `k` joins two
    /// bodies rather than two words of one name, when the words after it open with an acronym that more of the
    /// name follows, or when the word before it (a trade word such as `Housing`, `Energy`, or a suffix such as
    /// `Trust`) comes again after it. (`Canal & River Trust`, `Health and Safety Executive`, `Kensington and
    /// Chelsea TMO`: one name.)
    func twoBodiesJoined(_ p: Int, and k: Int, within b: Int) -> Bool {
        guard k > p, k + 2 < b, isCap(k + 1), tokens[k + 1].line == tokens[k].line else { return false }
        if tokens[k + 1].isAcronymLike, tokens[k + 1].letterCount >= 2, isCap(k + 2), !tokens[k + 2].isAcronymLike {
            return true
        }
        let before = lower(k - 1)
        guard isSectorSuffix(k - 1) || isOrgSuffix(k - 1) else { return false }
        return (k + 1..<b).contains { isCap($0) && lower($0) == before }
    }
}
