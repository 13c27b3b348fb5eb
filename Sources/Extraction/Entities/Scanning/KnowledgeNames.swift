/// Names the knowledge base knows, and the organizations that a known name heads (`Kent` + `County Council`).
extension PassageScanner {
    func knowledgeMatch(at i: Int) -> (record: Int, end: Int)? {
        guard let m = kbMatch(i) else { return nil }
        // `the Independent` (a newspaper) inside `the Independent Police Complaints Commission`: a longer name
        // starting after the article wins
        if lower(i) == "the", let n = kbMatch(i + 1), n.end > m.end { return nil }
        // `the Independent Review of ...`, `the Independent Schools Adjudicator`: a known name that is one ordinary
        // word (a newspaper called `Independent`) is only the first word of a longer capitalised name that follows
        // it on the line, which is another body (or a programme's title), not the known one. A given name, an
        // honorific, a role noun, a month, a day or an acronym after it starts something else (`in the Guardian Tom
        // Vale argued`, `the Observer Sunday edition`) and leaves the known name whole.
        let w = m.end - 1
        if (i..<w).allSatisfy({ lower($0) == "the" }), tokens[w].isCapitalised, !tokens[w].isAllCaps,
           CommonWords.all.contains(lower(w)) || OrganizationLexicon.newspaperHeads.contains(lower(w)),
           isCap(w + 1), tokens[w + 1].line == tokens[w].line, tokens[w].end == tokens[w + 1].start - 1,
           ["review", "inquiry", "report", "commission"].contains(lower(w + 1))
            || !isGiven(w + 1) && !isHonorific(w + 1) && !isRoleNoun(w + 1) && !NameLexicon.months.contains(lower(w + 1))
                && !NameLexicon.days.contains(lower(w + 1)) && !tokens[w + 1].isAllCaps,
           kbMatch(w + 1) == nil {
            return nil
        }
        // A short acronym inside a shouted phrase (`LET US KNOW`) is not a name.
        if m.end == i + 1, tokens[i].isAllCaps, tokens[i].letterCount <= 3, isShouted(i) { return nil }
        // A knowledge surname glued to a given name that is not the record's (`Harold Wilson` vs `Ruth Wilson`).
        let r = kb.records[m.record]
        if r.type == .person, m.end == i + 1, isGiven(i - 1), tokens[i - 1].end + 1 >= tokens[i].start,
           !NameKey.words(r.name).contains(lower(i - 1)) {
            return nil
        }
        // `Cameron Smith`: a knowledge surname used as someone else's first name.
        if r.type == .person, m.end == i + 1, isCap(i + 1), tokens[i + 1].line == tokens[i].line,
           canBeSurname(i + 1), kbMatch(i + 1) == nil,
           !NameKey.words(r.name).contains(lower(i + 1)) {
            return nil
        }
        return m
    }

    /// Emits a knowledge match (or the organization it heads: `Wexcombe County Council`); returns the next index.
    mutating func emitKnowledge(_ m: (record: Int, end: Int), start matchStart: Int, runEnd b: Int, role: String? = nil) -> Int {
        let rec = kb.records[m.record]
        // `the Met`, `the Treasury`: the article is part of the pattern, not of the name
        var start = matchStart
        while start + 1 < m.end, lower(start) == "the" { start += 1 }
        if rec.type == .organization, m.end == start + 1, tokens[start].isAcronymLike,
           let e = acronymLedName(start, runEnd: b) {
            emit(shape: .typed, type: .organization, start: start, end: e, cue: .acronymLedName)
            return e
        }
        // `London & Valley Water`, `Leeds Capital & Loans`: a known place opening a capitalised run of up to five
        // words, no title among them, that an `&` joins to words that are no place (``ampersandName(_:_:)``) is a
        // firm's name, not the place
        if rec.type == .place, m.end < b, b - start <= 6, ampersandName(start, b),
           !(start..<b).contains(where: { isRoleNoun($0) || isHonorific($0) }) {
            emit(shape: .typed, type: .organization, start: start, end: b, cue: .orgNameShape)
            return b
        }
        if let ext = orgExtension(afterKnowledge: rec, start: start, end: m.end, runEnd: b) {
            emit(shape: .typed, type: .organization, start: start, end: ext, cue: .orgSuffix)
            return ext
        }
        if rec.type == .organization, let e = nationalBranchEnd(start: start, end: m.end, runEnd: b) {
            emit(shape: .typed, type: .organization, start: start, end: e, cue: .nationalBody)
            return e
        }
        if rec.type == .organization, let e = subsidiaryNameEnd(start: start, end: m.end, runEnd: b) {
            emit(shape: .typed, type: .organization, start: start, end: e, cue: .orgAppositive)
            return e
        }
        var r: String? = nil
        if rec.type == .person { r = role ?? roleBefore(start) ?? roleAfter(m.end) }
        emit(shape: .knowledge(record: m.record), type: rec.type, start: start, end: m.end, cue: .knowledge,
             role: r, name: rec.name)
        return m.end
    }

    /// `London` + `Ambulance Service`, `Wexcombe` + `County Council`, `Kestrel` + `Medical Advisory Council`,
    /// `Tony Blair` + `Institute`: a knowledge name followed, within the run, by an organization suffix.
    func orgExtension(afterKnowledge rec: KnowledgeRecord, start: Int, end: Int, runEnd b: Int) -> Int? {
        guard rec.type != .programme else { return nil }
        if rec.type == .organization, let x = inquiryTail(from: end, within: b) { return x }
        var k = end
        var unknownBetween = false
        var steps = 0
        while k < b && steps < 6 {
            steps += 1
            // `Harbourside Carers' Network`: a place, the people served and the body
            if possessiveInsideName(k), rec.type == .place { k += 1; continue }
            if !isCap(k) {
                if isWord(k), tokens[k].lower == "and" || tokens[k].lower == "&", rec.type == .place { k += 1; continue }
                if tokens[k].kind == .punct, tokens[k].text == "&", rec.type == .place { k += 1; continue }
                return nil
            }
            if isRoleNoun(k) || isHonorific(k) { return nil }
            if let m = kbMatch(k) {
                let r = kb.records[m.record]
                switch (rec.type, r.type) {
                case (.place, .place):
                    k = m.end
                    continue
                case (.place, .organization):
                    // `London Ambulance Service`: a place-qualified organization, unless the org is a full name
                    // on its own that merely follows a place (`London NPS`).
                    if m.end - k >= 2 || NameLexicon.orgSuffixes.contains(lower(m.end - 1)) {
                        return nameEnd(withTailAfter: m.end, within: b)
                    }
                    // `Northumbria Healthcare NHS Foundation Trust`: a known body's acronym inside a longer name
                    if m.end == k + 1, tokens[k].isAcronymLike, m.end < b, orgSuffixLater(k, b) {
                        k = m.end
                        continue
                    }
                    return nil
                case (.organization, .organization), (.organization, .programme), (_, .person), (.person, _):
                    if r.type == .organization, unknownBetween, NameLexicon.orgSuffixes.contains(lower(m.end - 1)) {
                        return nameEnd(withTailAfter: m.end, within: b)
                    }
                    return nil
                default:
                    return nil
                }
            }
            // `London Borough of Hackney`: a place, an organization head and its tail
            if rec.type == .place, k == end, isCap(k), NameLexicon.orgHeads.contains(lower(k)), k + 1 < b,
               lower(k + 1) == "of" {
                let e = nameEnd(withTailAfter: k + 1, within: b)
                if e > k + 1 { return e }
            }
            if isOrgSuffix(k) || (isSectorSuffix(k) && rec.type == .place && k == end && !orgSuffixLater(k, b)) {
                // `Tyneside Hospitals NHS Foundation Trust`: the trust named after its hospitals goes on
                if rec.type == .place, hospitalsOfTrust(k, b) {
                    k += 1
                    continue
                }
                if rec.type == .person && k != end { return nil }
                // `London Ambulance` + `Service`: a known name that does not end in a suffix of its own, with a
                // suffix right after it, is part of a longer name.
                let extendsName = rec.type == .organization && k == end
                    && (end - start >= 2 || ordinaryWordBeforeSuffix(start, end))
                    && !NameLexicon.orgSuffixes.contains(lower(end - 1)) && !tokens[end - 1].isAcronymLike
                if rec.type == .organization && !unknownBetween && !extendsName { return nil }
                var e = k + 1
                if let later = laterSuffixInName(after: k, within: b) { e = later + 1 }
                while e < b, isOrgSuffix(e) { e += 1 }
                return nameEnd(withTailAfter: e, within: b)
            }
            if rec.type == .organization, k == end, let e = companyDivisionEnd(start: start, end: end, runEnd: b) {
                return e
            }
            if isGiven(k) && rec.type != .place { return nil }
            if !isCommon(k) { unknownBetween = true } else if rec.type == .organization { unknownBetween = true }
            k += 1
        }
        return nil
    }

    /// `Harbourline Rail North`, `Kestrel Healthcare`, `Marlin Justice`, `Tarn Trains Wales`: a known company's
    /// name followed at once by a word of its trade (``OrganizationLexicon/sectorSuffixes`` or
    /// ``OrganizationLexicon/divisionWords``) and then compass words, nations or more trade words: a subsidiary
    /// or division, one organization of its own. A known name written in capitals alone (`NHS Healthcare`) or
    /// ending in a suffix of its own (`Harbour Housing Trust Energy`) is not extended; nor one followed by an
    /// organization suffix, which the suffix rules read.
    func companyDivisionEnd(start: Int, end: Int, runEnd b: Int) -> Int? {
        guard end < b, !(start..<end).allSatisfy({ tokens[$0].isAcronymLike || !isWord($0) }),
              !NameLexicon.orgSuffixes.contains(lower(end - 1)), isCap(end), tokens[end].line == tokens[end - 1].line,
              isSectorSuffix(end) || OrganizationLexicon.divisionWords.contains(lower(end)),
              kbMatch(end) == nil else { return nil }
        var e = end + 1
        while e < b, isCap(e), e - end < 4,
              OrganizationLexicon.compassWords.contains(lower(e)) || OrganizationLexicon.nations.contains(lower(e))
                || lower(e) == "uk" || isSectorSuffix(e) && kbMatch(e) == nil { e += 1 }
        if e < b, isCap(e) { return nil }
        return e
    }
}

extension PassageScanner {
    /// `Tarn Geografix, the Tarn subsidiary that ...`, `Kestrel Pathway, a unit of ...`: a known organization's
    /// name and one unknown word ending the capitalised run (not an ordinary word, a title, a date, a given name
    /// or an acronym), followed by an appositive that calls it a body or a unit of one: a subsidiary's own name.
    /// Returns its end. (`Tarn, the water company` stays `Tarn`: the word must come before the comma.)
    func subsidiaryNameEnd(start: Int, end: Int, runEnd b: Int) -> Int? {
        guard end + 1 == b, isCap(end), tokens[end].line == tokens[start].line, !tokens[end].isAcronymLike,
              kbMatch(end) == nil, !isCommon(end), !isGiven(end), !isRoleNoun(end), !isHonorific(end),
              !isCalendarWord(end), isSpecific(end), !tokens[end].text.contains("'"),
              !tokens[end].text.contains("\u{2019}") else { return nil }
        return organizationAppositive(after: b) || partOfAfter(b) ? b : nil
    }
}

extension PassageScanner {
    /// `Forestry Commission Scotland`, `Environment Agency Wales`: a known organization named in two or more words
    /// (not an acronym alone), followed at once by a nation of Great Britain that ends the capitalised run: the
    /// body's branch for that nation, an organization of its own. Returns its end. (`the Environment Agency in
    /// Wales`, `Environment Agency Wales Office`: no branch name.)
    func nationalBranchEnd(start: Int, end: Int, runEnd b: Int) -> Int? {
        guard end + 1 == b, end - start >= 2, isCap(end), tokens[end].line == tokens[end - 1].line,
              OrganizationLexicon.nations.contains(lower(end)), !tokens[end].isAllCaps,
              !(start..<end).contains(where: { tokens[$0].isAcronymLike }) else { return nil }
        return b
    }
}

extension PassageScanner {
    /// `Tarnhill Sutton merged with Circle Homes`, `run by Go North West, part of Go-Ahead`, `First West Yorkshire,
    /// part of FirstGroup, runs ...`: capitalised words that no list explains, then a place the knowledge base knows
    /// ending the capitalised words, make one organization's name when a context only a body has types the whole
    /// (``institutionalCue(_:_:)``, an appositive that calls it a body, or `and` with another body's name). The
    /// place does not cut the name: without that context the words and the place are read apart, as before.
    /// The name starts where the capitalised words start; words before the place must be no given name, title,
    /// suffix, acronym, date or known name; at a sentence start, an adverb (`However`) or a word that only opens
    /// sentences (`Yesterday`) never starts the name, and an adjective or a function word (`First`, `Social`, `One`)
    /// only with an appositive or another body listed after the name. Returns its end.
    func placeEndedOrganization(_ p: Int, within b: Int) -> Int? {
        // the name starts where the capitalised words start (`Social Security Scotland` is not `Security Scotland`)
        guard isCap(p), kbMatch(p) == nil, !isGiven(p),
              !(p >= 1 && isCap(p - 1) && tokens[p - 1].line == tokens[p].line) else { return nil }
        var k = p
        while k < b, k - p < 3, isCap(k), kbMatch(k) == nil {
            let l = lower(k)
            guard tokens[k].kind == .word, !tokens[k].isAllCaps, !tokens[k].hasDigit, !isGiven(k), !isHonorific(k),
                  !isRoleNoun(k), !isOrgSuffix(k), !isSectorSuffix(k), !isCalendarWord(k),
                  !OrganizationLexicon.sentenceOpeners.contains(l), !NameLexicon.boilerplate.contains(l),
                  tokens[k].line == tokens[p].line else { return nil }
            k += 1
        }
        guard k > p, k < b, let m = kbMatch(k), kb.records[m.record].type == .place, m.end <= b,
              tokens[k].line == tokens[p].line, !(isCap(m.end) && tokens[m.end].line == tokens[k].line) else { return nil }
        let e = m.end
        let appositive = organizationAppositive(after: e) || partOfAfter(e)
        let coordinated = coordinatedWithOrganization(p, e)
        // `However`, `Sadly`: never a name's first word at a sentence start; an adjective or a function word
        // (`First`, `Social`, `One`) only with an appositive or another body listed after it. Capitalised in
        // running text (`run by One North East`), any word is the name's.
        let opening = (p..<k).filter { CommonWords.neverOpenAName.contains(lower($0)) }
        if !opening.isEmpty, tokens[p].sentenceStart || headingLines.contains(tokens[p].line),
           !((appositive || coordinated) && opening.allSatisfy({
               CommonWords.adjectiveWords.contains(lower($0)) || CommonWords.functionWordSet.contains(lower($0))
           })) {
            return nil
        }
        guard appositive || coordinated || institutionalCue(p, e) != nil else { return nil }
        return e
    }

    /// `Tarnhill Sutton and Circle Homes`, `Circle Homes and Tarnhill Sutton`, `Go Wessex, the Vale Development
    /// Agency, ...`: the name `[p, e)` joined by `and`, `&` or a comma to an organization's name: one the scanner
    /// has just read before it, or capitalised words (after an optional `the`) ending in an organization suffix
    /// or a trade word, or a known organization, after it.
    func coordinatedWithOrganization(_ p: Int, _ e: Int) -> Bool {
        func joiner(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count
                && (isWord(k) && ["and", "&"].contains(lower(k)) || tokens[k].kind == .punct && ["&", ","].contains(tokens[k].text))
        }
        // (`, the North West Development Agency`: an article may open the other name)
        let other = isWord(e + 1) && lower(e + 1) == "the" ? e + 2 : e + 1
        if joiner(e), isCap(other), tokens[other].line == tokens[e].line {
            var j = other
            while isCap(j), tokens[j].line == tokens[e].line, j - other < 4 { j += 1 }
            if isOrgSuffix(j - 1) || isSectorSuffix(j - 1) { return true }
            if let m = kbMatch(other), m.end == j, kb.records[m.record].type == .organization { return true }
        }
        if p >= 1, joiner(p - 1), let last = mentions.last, last.type == .organization, last.end == p - 1 { return true }
        return false
    }
}
