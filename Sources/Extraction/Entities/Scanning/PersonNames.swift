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
            if words.count == 1, monthAsSurname(e, after: p) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            break
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
