/// People named with an honorific (`Dr Patel`), a given name (`Susan Clarke`) or an initial (`J Clarke`).
extension PassageScanner {
    /// `Mr De Souza`, `Dame Judith`, `Lord Smith of Leigh`.
    mutating func emitHonorificPerson(at p: Int, role: String?) -> Int? {
        var q = p + 1
        if q < tokens.count, tokens[q].kind == .punct, tokens[q].text == "." { q += 1 }
        var e = q
        var words: [String] = []
        while e < tokens.count && words.count < 3 {
            if canBeSurname(e) && !isHonorific(e) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if isWord(e), !tokens[e].isCapitalised, NameLexicon.particles.contains(lower(e)), canBeSurname(e + 1) {
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
            break
        }
        guard !words.isEmpty else { return nil }
        let h = lower(p)
        // `Lord Carter of Coles`
        if ["lord", "baroness", "lady", "baron", "viscount"].contains(h), e + 1 < tokens.count, isWord(e),
           lower(e) == "of", canBeSurname(e + 1) || territorialPlace(e + 1) {
            e += 2
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
        while e < tokens.count && words.count < 3 {
            if canBeSurname(e) {
                if words.count == 2 && isGiven(e) { break }
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if isWord(e), NameLexicon.particles.contains(lower(e)), canBeSurname(e + 1) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if words.count == 1, wordSurname(e, after: p) {
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
            && r == nil && !speaks
        emit(shape: .fullName, type: .person, start: p, end: e, cue: weak ? .candidateGivenName : .givenName,
             role: r, nameWords: words)
        return e
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

    /// `Hannah May`, `Owen March`: a month name that is also a surname, right after a given name that is not
    /// itself a month (`April May` stays two months), not before a number or a year (`Jane May 2019`), and
    /// not after a preposition of time (`in April`, `by June`) that makes the given name a date.
    func monthAsSurname(_ e: Int, after p: Int) -> Bool {
        guard isCap(e), tokens[e].isCapitalised, !tokens[e].isAllCaps, e == p + 1,
              PersonLexicon.monthSurnames.contains(lower(e)), !NameLexicon.months.contains(lower(p)) else { return false }
        if e + 1 < tokens.count, tokens[e + 1].kind == .word, tokens[e + 1].isNumber { return false }
        if p >= 1, isWord(p - 1), ["in", "by", "until", "since", "from", "of", "during", "before", "after"].contains(lower(p - 1)) {
            return false
        }
        return true
    }
}

extension PassageScanner {
    /// `Old Hand said...`, `Camden Calling said:`, `Sifted and Sore said...`: a line that holds only a commenter's
    /// name and `said` with an ellipsis or a colon, as blogs head each comment. The words before `said` (two to
    /// four capitalised words, an inner `and` or `&` allowed) are one pseudonym, a person, even when some of them
    /// are names of places or bodies (`Leeds Lifer`). A title (`Ms Marple said...`) and a lone word are left to
    /// the other rules. Returns the end of the name when `i` opens such a line.
    func commenterByline(at i: Int) -> Int? {
        guard tokens[i].sentenceStart, i == 0 || tokens[i - 1].kind == .newline || tokens[i - 1].line != tokens[i].line,
              !isHonorific(i) else { return nil }
        let line = tokens[i].line
        var k = i
        var words = 0
        while k < tokens.count, tokens[k].line == line, k - i <= 6 {
            if isWord(k), lower(k) == "said", words >= 2 { break }
            if isCap(k) || tokens[k].kind == .word && tokens[k].isAllCaps { words += 1; k += 1; continue }
            if words >= 1, isWord(k), lower(k) == "and", isCap(k + 1) { k += 1; continue }
            if words >= 1, tokens[k].kind == .punct, tokens[k].text == "&", isCap(k + 1) { k += 1; continue }
            return nil
        }
        guard words >= 2, words <= 4, isWord(k), lower(k) == "said", k + 1 < tokens.count,
              tokens[k + 1].kind == .punct, ["...", "\u{2026}", ":", "."].contains(tokens[k + 1].text) else { return nil }
        // the byline ends its line
        var j = k + 1
        while j < tokens.count, tokens[j].kind == .punct, tokens[j].line == line { j += 1 }
        guard j >= tokens.count || tokens[j].line != line || tokens[j].kind == .newline else { return nil }
        guard !(i..<k).contains(where: { NameLexicon.boilerplate.contains(lower($0)) }) else { return nil }
        return k
    }
}
