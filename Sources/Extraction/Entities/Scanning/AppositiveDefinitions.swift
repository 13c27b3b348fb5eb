/// A short name defined by the body's full name in an appositive: `Tarnwatch, the Tarn Rivers and Canals
/// Advisory and Watch Service, was set up in 2001`, `the NRA, the National Rivers Authority, said`. The short
/// name is one word standing alone (an acronym, or a clipped word of at least three letters that is no
/// ordinary word, given name or title); the appositive is `the` and capitalised words (with `and`, `of`,
/// `for`, `&` between them) ending in a word that names a kind of body (``namesAKindOfBody(_:)``), closed by
/// punctuation or the end of the line; and the short name must be the long one's initials
/// (``initialsMatch(_:_:)``) or a clipping of its words (``clippingMatch(_:_:)``), so that `Okafor, the Harbour
/// Housing Trust, ...` (a person and where she works) is left alone.
///
/// The appositive is then one name, however many `and`s it holds (the fragments the run's own cues found
/// inside it give way), and both mentions resolve to it through an ``AcronymDefinition``, as `the Harbour
/// Housing Trust (HHT)` would. A name the knowledge base knows on either side gives the definition its record.
extension PassageScanner {
    mutating func findAppositiveDefinitions() {
        let n = tokens.count
        var k = 0
        while k + 4 < n {
            defer { k += 1 }
            guard let d = appositiveDefinition(at: k) else { continue }
            let short = tokens[k].text
            let longName = slice(d.start, d.end)
            // a person named inside the long form (`Sam Lee, the ...`) means it is no body's name
            if mentions.contains(where: { $0.start < d.end && $0.end > d.start && $0.type == .person
                && $0.shape != .bareWord && $0.shape != .firstName }) { continue }
            var record: Int? = nil
            if let m = mentions.first(where: { $0.start == k && $0.end == k + 1 }), case .knowledge(let r) = m.shape,
               kb.records[r].type == .organization {
                record = r
            } else if let m = mentions.first(where: { $0.start == d.start && $0.end == d.end }),
                      case .knowledge(let r) = m.shape, kb.records[r].type == .organization {
                record = r
            }
            definitions.append(AcronymDefinition(acronym: short, longName: longName, type: .organization, record: record))
            mentions.removeAll { ($0.start >= d.start && $0.end <= d.end) || ($0.start == k && $0.end == k + 1) }
            let shape: RawMention.Shape = record.map { .knowledge(record: $0) } ?? .typed
            emit(shape: shape, type: .organization, start: k, end: k + 1, cue: .acronymDefinition)
            emit(shape: shape, type: .organization, start: d.start, end: d.end, cue: .acronymDefinition)
            k = d.end
        }
    }

    /// The span of the full name in `SHORT, the LONG,` with the short name at `k`, if the shape and the letters
    /// hold (see ``findAppositiveDefinitions()``).
    func appositiveDefinition(at k: Int) -> (start: Int, end: Int)? {
        guard isCap(k), tokens[k + 1].kind == .punct, tokens[k + 1].text == ",", isWord(k + 2), lower(k + 2) == "the",
              tokens[k + 2].line == tokens[k].line else { return nil }
        let t = tokens[k]
        // one word standing alone: no capitalised word just before it on its line
        if k >= 1, isCap(k - 1), tokens[k - 1].line == t.line { return nil }
        if t.isAcronymLike {
            guard t.letterCount >= 2 else { return nil }
        } else {
            guard t.letterCount >= 3, !t.hasDigit, !isCommon(k), !isGiven(k), !isHonorific(k), !isRoleNoun(k),
                  !isCalendarWord(k) else { return nil }
        }
        let s = k + 3
        guard isCap(s), tokens[s].line == t.line else { return nil }
        var e = s
        // `Acas, the Advisory, Conciliation and Arbitration Service,`: a body's name with commas inside
        if let c = commaListOrganization(at: s) {
            e = c
        } else {
            while e < n(), e - s < 14 {
                if isCap(e), tokens[e].line == t.line { e += 1; continue }
                let connector = (isWord(e) && ["and", "of", "for", "on", "in"].contains(lower(e)))
                    || (tokens[e].kind == .punct && tokens[e].text == "&")
                if connector, e + 1 < n(), isCap(e + 1), tokens[e + 1].line == t.line { e += 1; continue }
                break
            }
        }
        guard e - s >= 2, isWord(e - 1), isCap(e - 1), PassageScanner.namesAKindOfBody(tokens[e - 1].text) else { return nil }
        // closed by punctuation or the end of the line (`, the X Service said` is left alone: the run may go on)
        if e < n() {
            let c = tokens[e]
            if c.kind == .punct {
                guard [",", ".", ";", ":", ")"].contains(c.text) else { return nil }
            } else if c.kind != .newline, c.line == t.line {
                return nil
            }
        }
        let words = wordsOf(s, e)
        guard PassageScanner.initialsMatch(t.text, words) || PassageScanner.clippingMatch(t.text, words) else { return nil }
        return (s, e)
    }

    @inline(__always) private func n() -> Int { tokens.count }
}
