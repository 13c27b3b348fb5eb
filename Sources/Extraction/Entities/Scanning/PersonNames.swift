/// People named with an honorific (`Dr Patel`), a given name (`Susan Clarke`) or an initial (`J Clarke`).
extension PassageScanner {
    /// `Mr De Souza`, `Dame Judith`, `Lord Smith of Leigh`.
    mutating func emitHonorificPerson(at p: Int, role: String?) -> Int? {
        var q = p + 1
        if q < tokens.count, tokens[q].kind == .punct, tokens[q].text == "." { q += 1 }
        // `Lord Justice Hale`, `Mrs Justice Okafor`, `Lady Justice Reed`: a judge's title is the whole name
        if ["lord", "lady", "mr", "mrs", "ms"].contains(lower(p)), q == p + 1, isWord(q), tokens[q].isCapitalised,
           lower(q) == "justice", canBeSurname(q + 1), tokens[q + 1].line == tokens[p].line {
            // `Mr Justice Julian Vane`: the judge's own name, under the title
            if isGiven(q + 1), canBeSurname(q + 2), tokens[q + 2].line == tokens[p].line, !isGiven(q + 2) {
                let e = q + 3
                emit(shape: .fullName, type: .person, start: p, end: e, cue: .honorific, role: role ?? roleAfter(e),
                     name: slice(q + 1, e), nameWords: [tokens[q + 1].text, tokens[q + 2].text], honorific: tokens[p].text)
                return e
            }
            let e = q + 2
            emit(shape: .titledSurname, type: .person, start: p, end: e, cue: .honorific, role: role ?? roleAfter(e),
                 name: slice(p, e), nameWords: [tokens[q + 1].text], honorific: tokens[p].text)
            return e
        }
        var e = q
        var words: [String] = []
        // (a particle, `de` in `Ana de Souza`, does not count towards the three words of the name)
        while e < tokens.count && words.filter({ !NameLexicon.particles.contains($0) }).count < 3 {
            if canBeSurname(e) && !isHonorific(e) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if isWord(e), !tokens[e].isCapitalised, NameLexicon.particles.contains(lower(e)), particleThenSurname(e) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            // `Sir Alan King`: a given name, then a surname that is also a title
            if words.count == 1, e == q + 1, isGiven(q), wordSurname(e, after: q) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            // `Sir Ian Cheshire`, `Ms Bolton`: a place's name as the surname
            if words.count == 1 && e == q + 1 && isGiven(q) && placeSurname(e, after: q)
                || words.isEmpty && e == q && placeSurname(e, after: p) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            break
        }
        guard !words.isEmpty else { return nil }
        let h = lower(p)
        // `Lord Carter of Coles`, `Lord Phillips of Worth Matravers`: a territorial designation of one to three words
        if ["lord", "baroness", "lady", "baron", "viscount"].contains(h), e + 1 < tokens.count, isWord(e),
           lower(e) == "of", canBeSurname(e + 1) || territorialPlace(e + 1) {
            e += 2
            var more = 0
            while more < 2, isCap(e), tokens[e].line == tokens[e - 1].line, tokens[e - 1].end + 1 == tokens[e].start,
                  canBeSurname(e) || territorialPlace(e), !isGiven(e), !isCalendarWord(e), !tokens[e].isAcronymLike {
                e += 1
                more += 1
            }
        }
        let shape: RawMention.Shape
        if words.count >= 2 && GivenNames.all.contains(words[0].lowercased()) {
            shape = .fullName
        } else if NameLexicon.firstNameHonorifics.contains(h) && GivenNames.all.contains(words[0].lowercased()) {
            shape = .titledFirstName
        } else {
            shape = .titledSurname
        }
        let nameEnd = q + words.count
        let r = role ?? roleBefore(p) ?? roleAfter(e)
        emit(shape: shape, type: .person, start: p, end: e, cue: .honorific, role: r,
             name: slice(q, nameEnd), nameWords: words, honorific: tokens[p].text)
        return e
    }

    /// `Susan Clarke`, `Marcus De Souza`, `Iain Duncan Smith`.
    mutating func emitGivenNamePerson(at p: Int, role: String?) -> Int? {
        let t = tokens[p]
        // `at the end of April Javid moved`, `by June Ellis had ...`: a month after a word of time is the month
        if NameLexicon.months.contains(t.lower), p >= 1, isWord(p - 1),
           PersonLexicon.timeWordsBeforeMonth.contains(lower(p - 1)) {
            return p + 1
        }
        var words = [t.text]
        var e = p + 1
        // (a particle, `de` in `Ana Maria de Souza`, does not count towards the three words of the name)
        while e < tokens.count && words.filter({ !NameLexicon.particles.contains($0) }).count < 3 {
            if canBeSurname(e) {
                if words.count == 2 && isGiven(e) { break }
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if isWord(e), NameLexicon.particles.contains(lower(e)), particleThenSurname(e) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if words.count == 1, wordSurname(e, after: p) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            // `Marian Spain`, `Paula Sussex`: a given name, then a place's name as the surname
            if words.count == 1, placeSurname(e, after: p) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if words.count == 1, monthAsSurname(e, after: p) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            break
        }
        // `April Fools' Day`, `Holly Farm's Day`: a name before a possessive and `Day` names a day
        if words.count >= 2, e + 1 < tokens.count, tokens[e].kind == .possessive, isWord(e + 1), lower(e + 1) == "day" {
            return e + 2
        }
        if let s = streetStart(given: p, end: e, words: words.count) {
            emit(shape: .typed, type: .place, start: s, end: e, cue: .placeName)
            return e
        }
        if words.count < 2 {
            // A lone given name: only if the document names the person in full (decided later).
            if !t.sentenceStart || !GivenNames.ambiguous.contains(t.lower) {
                emit(shape: .firstName, type: .person, start: p, end: p + 1, cue: .candidateFirstName,
                     nameWords: [t.text])
            }
            return p + 1
        }
        // `Will Power` at a sentence start or in a heading: not enough on its own, unless a role phrase or a
        // speech verb says it is a person (`Alex Moreno, national chair of ...`, `Grace Hollis said`).
        let r = role ?? roleBefore(p) ?? roleAfter(e)
        // past forms only: `comments`, `claims`, `notes` after a name are as often nouns
        let speaks = isWord(e) && NameLexicon.speechVerbs.contains(lower(e)) && !lower(e).hasSuffix("s")
        let weak = GivenNames.ambiguous.contains(t.lower) && (t.sentenceStart || headingLines.contains(t.line))
            && r == nil && !speaks && !personRelativeAfter(e) && !possessedRoleAfter(e)
            && !(t.sentenceStart && distinctiveSurnames(after: p, to: e))
        emit(shape: .fullName, type: .person, start: p, end: e, cue: weak ? .candidateGivenName : .givenName,
             role: r, nameWords: words)
        return e
    }

    /// `someone in King Charles Street`, `offices at Victoria Street`, `Queen Anne Road`: a given name and a street
    /// word (``PlaceLexicon/streetHeads``) ending the capitalised run, after a royal title (`King`, `Queen`,
    /// `Prince`, which then opens the street's name) or a preposition of place (`in`, `at`, `on`, `off`, `near`,
    /// `outside`, `along`), name a street: the start of its name. A possessive after it, or no such word before
    /// it, leaves a person (`Secretary Wes Street`, `met Andy Street`, `in Andy Street's view`).
    func streetStart(given p: Int, end e: Int, words: Int) -> Int? {
        guard words == 2, e - p == 2, PlaceLexicon.streetHeads.contains(lower(e - 1)), tokens[e - 1].isCapitalised,
              !(isCap(e) && tokens[e].line == tokens[p].line),
              !(e < tokens.count && tokens[e].kind == .possessive) else { return nil }
        func placePreposition(_ k: Int) -> Bool {
            isWord(k) && !tokens[k].isCapitalised && tokens[k].line == tokens[p].line
                && ["in", "at", "on", "off", "near", "outside", "along"].contains(lower(k))
        }
        if p >= 1, isWord(p - 1), tokens[p - 1].isCapitalised, tokens[p - 1].line == tokens[p].line,
           ["king", "queen", "prince"].contains(lower(p - 1)) {
            return p - 1
        }
        return p >= 1 && placePreposition(p - 1) ? p : nil
    }

    /// `Dean Okoro had warned ...`, `Mark Pennington replaced her`: a given name that is also an ordinary word
    /// opens the sentence, but every word after it is one no word list knows (not an ordinary word, a place, a
    /// month, a suffix or a title), so the two make a person's name. `Will Power`, `Grant Funding`, `May Day`
    /// keep an ordinary word; `Will Tarnco pay?` is a question's auxiliary; a line of a heading is left alone.
    func distinctiveSurnames(after p: Int, to e: Int) -> Bool {
        guard e > p + 1, !headingLines.contains(tokens[p].line) else { return false }
        if PassageScanner.questionAuxiliaries.contains(lower(p)), questionSentence(from: p) { return false }
        if NameLexicon.months.contains(lower(p)) || NameLexicon.days.contains(lower(p)) { return false }
        for k in p + 1..<e where tokens[k].kind == .word && !NameLexicon.particles.contains(lower(k)) {
            let l = lower(k)
            if !tokens[k].isCapitalised || tokens[k].isAllCaps || isCommon(k) || !isSpecific(k) { return false }
            if PlaceLexicon.names.contains(l) || PersonLexicon.wordSurnames.contains(l) { return false }
            if OrganizationLexicon.demonyms.contains(l) || OrganizationLexicon.compassWords.contains(l) { return false }
        }
        // the name must end where the capitalised run ends (`Grant Thornton Advisory` is a firm's name)
        return !(isCap(e) && tokens[e].line == tokens[e - 1].line)
    }

    /// `Will Marsh was Harbour's chief executive`, `Mark Lane is the trust's chair`: `was`/`is`/`became`, an
    /// optional `the`, a name with a possessive, and a role noun within the next three words.
    func possessedRoleAfter(_ e: Int) -> Bool {
        guard isWord(e), ["was", "is", "became", "had been", "has been"].contains(lower(e)) else { return false }
        var k = e + 1
        if isWord(k), lower(k) == "the" { k += 1 }
        var steps = 0
        while k < tokens.count, steps < 4, tokens[k].kind != .possessive {
            guard isWord(k), tokens[k].line == tokens[e].line else { return false }
            k += 1
            steps += 1
        }
        guard k < tokens.count, tokens[k].kind == .possessive, steps >= 1 else { return false }
        var j = k + 1
        while j < tokens.count, j - k <= 3, isWord(j) {
            if NameLexicon.roleNouns.contains(lower(j)) { return true }
            j += 1
        }
        return false
    }

    /// A particle at `e` followed by a surname, or by a second particle and a surname (`van der Berg`).
    func particleThenSurname(_ e: Int) -> Bool {
        if canBeSurname(e + 1) { return true }
        return isWord(e + 1) && !tokens[e + 1].isCapitalised && NameLexicon.particles.contains(lower(e + 1))
            && canBeSurname(e + 2)
    }

    /// `Tessa Grant, who ...`, `Debbie White said`, `Alan King`: a surname from ``PersonLexicon/wordSurnames``
    /// right after a given name (one that is not itself an ordinary word at a sentence start, like `Will`), on
    /// the same line, where the name ends: not before another capitalised word (`Jo White Paper`) or `of`
    /// (`Ann Bishop of ...` stays open to the title rules).
    func wordSurname(_ e: Int, after p: Int) -> Bool {
        guard e == p + 1, isWord(e), tokens[e].isCapitalised, !tokens[e].isAllCaps, tokens[e].line == tokens[p].line,
              PersonLexicon.wordSurnames.contains(lower(e)), isGiven(p) else { return false }
        if GivenNames.ambiguous.contains(lower(p)), tokens[p].sentenceStart || headingLines.contains(tokens[p].line) {
            return false
        }
        let n = e + 1
        if n < tokens.count, tokens[n].kind == .word, tokens[n].line == tokens[e].line,
           tokens[n].isCapitalised || tokens[n].lower == "of" { return false }
        return true
    }

    /// `Marian Spain`, `Paula Sussex`, `Sir Ian Cheshire`, `Ms Bolton`: a one-word place's name right after a given
    /// name (or after `Mr`, `Ms`, `Dr` at `p`), on the same line, ending the capitalised run, is a surname. The given
    /// name must be no ordinary word (`Will Kent`), no place the lists know, and not after an article or a
    /// preposition of place (`the Georgia Kent site`, `in Victoria Sussex`).
    func placeSurname(_ e: Int, after p: Int) -> Bool {
        guard e == p + 1, e < tokens.count, isWord(e), tokens[e].isCapitalised, !tokens[e].isAllCaps,
              tokens[e].line == tokens[p].line, tokens[p].end + 1 == tokens[e].start, tokens[e].letterCount >= 3 else { return false }
        let place = kbMatch(e).map { $0.end == e + 1 && kb.records[$0.record].type == .place }
            ?? PlaceLexicon.names.contains(lower(e))
        guard place, !(isCap(e + 1) && tokens[e + 1].line == tokens[e].line) else { return false }
        if isGiven(p) {
            guard !GivenNames.ambiguous.contains(lower(p)), !PlaceLexicon.names.contains(lower(p)),
                  kbMatch(p) == nil else { return false }
        } else if !(isWord(p) && PersonLexicon.surnameHonorifics.contains(lower(p))) {
            return false
        }
        // (`the Georgia Kent site`, `in Victoria Sussex`)
        if p >= 1, isWord(p - 1), ["the", "a", "an", "in", "at", "near", "across", "around", "throughout"].contains(lower(p - 1)) {
            return false
        }
        return true
    }

    /// `Hannah May`, `Owen March`: a month name that is also a surname, right after a given name that is not
    /// itself a month (`April May` stays two months), not before a number or a year (`Jane May 2019`), and
    /// not after a preposition of time (`in April`, `by June`) that makes the given name a date.
    func monthAsSurname(_ e: Int, after p: Int) -> Bool {
        guard isCap(e), tokens[e].isCapitalised, !tokens[e].isAllCaps, e == p + 1,
              PersonLexicon.monthSurnames.contains(lower(e)), !NameLexicon.months.contains(lower(p)) else { return false }
        if e + 1 < tokens.count, tokens[e + 1].kind == .word, tokens[e + 1].isNumber { return false }
        // (`by Holly May 2020`; but `pushed by Theresa May`: a given name that is no ordinary word keeps its surname)
        if p >= 1, isWord(p - 1), ["in", "by", "until", "since", "from", "of", "during", "before", "after"].contains(lower(p - 1)),
           GivenNames.ambiguous.contains(lower(p)) || CommonWords.all.contains(lower(p)) {
            return false
        }
        return true
    }
}

extension PassageScanner {
    /// What a comment's byline names: the end of the name, and whether it is a person's name (the rest are
    /// pseudonyms, which name no one the graph can know).
    struct Byline {
        var end: Int
        var person: Bool
    }

    /// `Hill Walker said...`, `2. Jane Holt said...`, `Tired Of It said:`: a line that holds only a commenter's
    /// name (after the comment's list number, if any) and `said` with an ellipsis or a colon, as blogs head each
    /// comment. A name shaped like a person's (a given name or an initial and a surname, a given name and an
    /// initial, or one the knowledge base knows) is a person; anything else is a pseudonym (`Night Shift Nurse`,
    /// `CaseworkerKate`, `Ward Sister, Leeds`, `Nurse's Friend`, a lone word) and names no one, so its words are
    /// skipped rather than read as a person or a place. A title (`Ms Marple said...`) and a body the knowledge base
    /// or a suffix names (`Kestrel Housing said:`) are left to the other rules. Returns nil when `i` opens no such
    /// line.
    func commenterByline(at i: Int) -> Byline? {
        let line = tokens[i].line
        // at the start of its line, or after the comment's number (`12.`)
        let lineStart = i == 0 || tokens[i - 1].kind == .newline || tokens[i - 1].line != line
        let numbered = i >= 2 && tokens[i - 1].kind == .punct && tokens[i - 1].text == "." && tokens[i - 2].kind == .word
            && tokens[i - 2].isNumber && tokens[i - 2].line == line
            && (i == 2 || tokens[i - 3].kind == .newline || tokens[i - 3].line != line)
        guard lineStart || numbered else { return nil }
        guard !isHonorific(i) else { return nil }   // (after the position: a set look-up for every word cost more)
        guard isCap(i) || tokens[i].kind == .word && tokens[i].isAllCaps else { return nil }
        var k = i
        while k < tokens.count, tokens[k].line == line, k - i <= 8 {
            if isWord(k), lower(k) == "said", k > i { break }
            if tokens[k].kind == .newline { return nil }
            k += 1
        }
        guard k < tokens.count, isWord(k), lower(k) == "said", tokens[k].line == line, k + 1 < tokens.count,
              tokens[k + 1].kind == .punct, ["...", "\u{2026}", ":", "."].contains(tokens[k + 1].text) else { return nil }
        // (`...` may be read as three full stops)
        let ellipsis = tokens[k + 1].text == "..." || tokens[k + 1].text == "\u{2026}"
            || tokens[k + 1].text == "." && k + 2 < tokens.count && tokens[k + 2].kind == .punct && tokens[k + 2].text == "."
        // the byline ends its line
        var j = k + 1
        while j < tokens.count, tokens[j].kind == .punct, tokens[j].line == line { j += 1 }
        guard j >= tokens.count || tokens[j].line != line || tokens[j].kind == .newline else { return nil }
        let words = (i..<k).filter { tokens[$0].kind == .word }
        // `Anonymous said...`: no name at all
        guard !words.contains(where: { NameLexicon.boilerplate.contains(lower($0)) }) else { return Byline(end: k, person: false) }
        if personShapedByline(i, k) { return Byline(end: k, person: true) }
        // a body that a suffix or the knowledge base names (`Kestrel Housing Trust said:`) is read by the other rules
        if isOrgSuffix(k - 1) { return nil }
        if let m = kbMatch(i), m.end == k, kb.records[m.record].type != .person { return nil }
        // a lone word (`Netnipper said...`) is a pseudonym only in a comment's byline with an ellipsis
        if words.count == 1 && !(ellipsis && (numbered || lineStart)) { return nil }
        if !ellipsis && words.count > 4 { return nil }
        return Byline(end: k, person: false)
    }

    /// Whether `[i, k)` is shaped like a person's name: a given name and one or two surnames (`Jane Holt`), a given
    /// name and an initial (`Jane H`), an initial and a surname (`J. Holt`), or a person the knowledge base knows.
    func personShapedByline(_ i: Int, _ k: Int) -> Bool {
        if let m = kbMatch(i), m.end == k, kb.records[m.record].type == .person { return true }
        let ws = Array(i..<k)
        func surname(_ x: Int) -> Bool {
            isWord(x) && tokens[x].isCapitalised && !tokens[x].isAllCaps && tokens[x].letterCount >= 2 && canBeSurname(x)
                && !isCommon(x) && !isRoleNoun(x) && !NameLexicon.roleModifiers.contains(lower(x))
                && !PlaceLexicon.names.contains(lower(x)) && !tokens[x].isAcronymLike
        }
        func initial(_ x: Int) -> Bool {
            isWord(x) && tokens[x].letterCount == 1 && tokens[x].isAllCaps && !tokens[x].hasDigit
        }
        // `J. Holt`, `J Holt`
        if ws.count == 3, initial(ws[0]), tokens[ws[1]].kind == .punct, tokens[ws[1]].text == ".", surname(ws[2]) { return true }
        if ws.count == 2, initial(ws[0]), surname(ws[1]) { return true }
        guard ws.allSatisfy({ tokens[$0].kind == .word }), isGiven(i), !tokens[i].isAllCaps else { return false }
        // `Jane H`, `Jane H.`
        if ws.count == 2, initial(ws[1]) { return true }
        return (ws.count == 2 || ws.count == 3) && ws.dropFirst().allSatisfy { surname($0) }
    }
}

extension PassageScanner {
    /// `took over from Ines Falk`, `handed over to Tam Okoro`, `was replaced by Ines Falk`, `succeeding Tam Okoro`,
    /// `whose first chair was Ines Falk`, `the chief executive is Tam Okoro`: two or three capitalised words after a
    /// change of post, or after a role noun and `was`/`is`/`became`, name a person even when no given-name list
    /// knows the first word. The words must be specific ones (not ordinary words, places, acronyms or known
    /// bodies), and the name must end there (not run on into more capitals or a body's suffix), so `replaced by
    /// Harbour Homes` and `succeeded by the Care Quality Commission` stay with the organization rules. Returns the
    /// role when a role noun introduced the name, or `"successor"`/`"predecessor"` for a change of post.
    func postChangeBefore(_ a: Int, _ q: Int) -> String? {
        guard q - a >= 2, q - a <= 3, a >= 2, tokens[a - 1].line == tokens[a].line else { return nil }
        for k in a..<q {
            guard isWord(k), tokens[k].isCapitalised, !tokens[k].isAllCaps, tokens[k].letterCount >= 2, !tokens[k].hasDigit,
                  !isCommon(k), isSpecific(k), !isRoleNoun(k), !isHonorific(k), !isOrgSuffix(k),
                  !NameLexicon.roleModifiers.contains(lower(k)), !PlaceLexicon.names.contains(lower(k)),
                  !OrganizationLexicon.demonyms.contains(lower(k)), !OrganizationLexicon.nations.contains(lower(k)),
                  !tokens[k].isAcronymLike || tokens[k].isPrefixedSurname else { return nil }
            if let m = kbMatch(k), kb.records[m.record].type != .person { return nil }
        }
        if q < tokens.count, tokens[q].kind == .possessive { return nil }
        if isCap(q), tokens[q].line == tokens[q - 1].line { return nil }
        let w1 = lower(a - 1), w2 = isWord(a - 2) ? lower(a - 2) : ""
        // `took over from`, `taking over from`; `handed over to`
        if w1 == "from", w2 == "over", a >= 3, ["took", "take", "takes", "taking", "taken"].contains(lower(a - 3)) {
            return "successor"
        }
        if w1 == "to", w2 == "over", a >= 3, ["handed", "hand", "hands", "handing"].contains(lower(a - 3)) {
            return "predecessor"
        }
        if w1 == "by", ["replaced", "succeeded", "superseded"].contains(w2) { return "predecessor" }
        if ["replacing", "succeeding", "succeeded"].contains(w1), isWord(a - 1) { return "successor" }
        // `whose last chair was Ines Falk`, `the first chief executive is Tam Okoro`
        if ["was", "is", "became"].contains(w1), isWord(a - 2), NameLexicon.roleNouns.contains(w2),
           !RoleLexicon.placeRoles.contains(w2) {
            return roleBefore(a - 1) ?? tokens[a - 2].text
        }
        return nil
    }
}
