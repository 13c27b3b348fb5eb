import Corpus

/// Finds candidate temporal expressions in a token sequence: a hand-written grammar tried at each token,
/// longest form first, with most tokens rejected on their first test (they are neither numbers nor words
/// of the lexicon).
struct TemporalMatcher {
    let toks: [TemporalToken]
    /// The passage's bytes (valid while the tagger runs).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The tokens of one line, `lo..<n`: expressions and cue windows do not cross line breaks.
    let lo: Int
    let n: Int

    init(tokens: [TemporalToken], bytes: UnsafeBufferPointer<UInt8>, lo: Int, hi: Int) {
        self.toks = tokens
        self.bytes = bytes
        self.lo = lo
        self.n = hi
    }

    enum Step {
        case none
        /// The tokens up to (excluding) this index form something that must not be read as a date at all
        /// (`31 February 2016`, `today, tomorrow, whenever`).
        case skip(Int)
        case match(TemporalCandidate)
    }

    // MARK: Token tests

    /// The last three lower-cased bytes of the word at `i`, the last in the low byte (for `-ed`, plural `-s`).
    func tail(_ i: Int) -> UInt32 {
        let t = toks[i]
        guard t.kind == .word else { return 0 }
        let s = Int(t.start), e = Int(t.end)
        var v = UInt32(bytes[e - 1] | 0x20)
        if e - s >= 2 { v |= UInt32(bytes[e - 2] | 0x20) << 8 }
        if e - s >= 3 { v |= UInt32(bytes[e - 3] | 0x20) << 16 }
        return v
    }

    @inline(__always) func lex(_ i: Int) -> Lex {
        guard i >= lo && i < n else { return .none }
        let t = toks[i]
        return t.kind == .word ? t.lex : .none
    }

    @inline(__always) func isPunct(_ i: Int, _ code: UInt8) -> Bool {
        guard i >= lo && i < n else { return false }
        return toks[i].kind == .punct && toks[i].code == code
    }

    @inline(__always) func isDash(_ i: Int) -> Bool {
        isPunct(i, 0x2D) || isPunct(i, TemporalToken.dash)
    }

    @inline(__always) func isNumber(_ i: Int) -> Bool {
        i >= lo && i < n && toks[i].kind == .number
    }

    @inline(__always) func gapless(_ i: Int) -> Bool {
        i >= lo && i < n && toks[i].flags & TemporalToken.spaceBefore == 0
    }

    @inline(__always) func month(_ i: Int) -> Int? {
        let l = lex(i)
        return l.isMonth ? Int(l.rawValue) : nil
    }

    @inline(__always) func weekday(_ i: Int) -> Int? {
        let l = lex(i)
        return l.isWeekday ? Int(l.rawValue) - 20 : nil
    }

    /// A month word that can stand without a number: full spelling, and `May`/`March` capitalised.
    func isMonthName(_ i: Int) -> Bool {
        guard let m = month(i) else { return false }
        let t = toks[i]
        if t.has(TemporalToken.abbreviation) { return false }
        if (m == 5 || m == 3) && !t.isCapitalized { return false }
        return true
    }

    /// A token that ends a sentence or clause for cue windows.
    @inline(__always) func isSentenceEnd(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .punct else { return false }
        return t.code == 0x2E || t.code == 0x21 || t.code == 0x3F || t.code == 0x3B
    }

    @inline(__always) func isClauseEnd(_ i: Int) -> Bool {
        let t = toks[i]
        guard t.kind == .punct else { return false }
        switch t.code {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x2C, 0x3A, 0x28, 0x29, TemporalToken.dash: return true
        default: return false
        }
    }

    /// Whether tokens `a` and `b` (a < b) stand in the same sentence.
    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return a == b }
        var k = a + 1
        while k <= b {
            if toks[k].has(TemporalToken.newlineBefore) { return false }
            if k < b && isSentenceEnd(k) { return false }
            k += 1
        }
        return true
    }

    /// A four- or five-digit number at `i`, not glued to more digits or letters, that is not a plausible year
    /// (`9999`, `0001`, `20155`): after a day and month it makes the phrase no date at all, rather than a day
    /// without its year.
    func implausibleYear(_ i: Int) -> Bool {
        guard i >= lo && i < n else { return false }
        let t = toks[i]
        guard t.kind == .number, t.code == 4 || t.code == 5, !t.has(TemporalToken.ordinal), !t.has(TemporalToken.url) else { return false }
        if i + 1 < n && gapless(i + 1) && (toks[i + 1].kind == .word || toks[i + 1].kind == .number) { return false }
        return !CalendarDay.isPlausibleStatedYear(Int(t.value))
    }

    /// A four-digit year in ``CalendarDay/isPlausibleStatedYear(_:)``'s range at `i` that is not glued to more digits or
    /// letters.
    func yearNumber(_ i: Int) -> Int? {
        guard i >= lo && i < n else { return nil }
        let t = toks[i]
        guard t.kind == .number, t.code == 4, !t.has(TemporalToken.ordinal), !t.has(TemporalToken.url) else { return nil }
        let v = Int(t.value)
        guard CalendarDay.isPlausibleStatedYear(v) else { return nil }
        if i + 1 < n && gapless(i + 1) {
            let u = toks[i + 1]
            if u.kind == .word || u.kind == .number { return nil }
            if u.kind == .punct && (u.code == 0x2E || u.code == 0x3A || u.code == 0x2C) && isNumber(i + 2) && gapless(i + 2) {
                return nil
            }
        }
        return v
    }

    /// `last year`, `this year`, `next year` at `i`: the shift and the index of `year`.
    func yearShift(_ i: Int) -> (Int, Int)? {
        guard lex(i + 1) == .year else { return nil }
        switch lex(i) {
        case .last: return (-1, i + 1)
        case .this: return (0, i + 1)
        case .next: return (1, i + 1)
        default: return nil
        }
    }

    /// A year reference at `i`: `2019`, `this/last/next year`, `the year`, `that year`, `the following year`.
    func yearReference(_ i: Int) -> (YearReference, Int)? {
        if let y = yearNumber(i) { return (.absolute(y), i) }
        if let (s, e) = yearShift(i) { return (.relative(s), e) }
        if lex(i) == .that && lex(i + 1) == .year { return (.anchored(0), i + 1) }
        if lex(i) == .the {
            switch lex(i + 1) {
            case .year: return (.relative(0), i + 1)
            case .same where lex(i + 2) == .year: return (.anchored(0), i + 2)
            case .following where lex(i + 2) == .year: return (.anchored(1), i + 2)
            case .previous where lex(i + 2) == .year: return (.anchored(-1), i + 2)
            default: return nil
            }
        }
        return nil
    }

    /// Whether the number at `i` is glued to a number before it (`3.7`, `18:51`, `1,000`) or is money.
    func isPartOfLargerNumber(_ i: Int) -> Bool {
        if i > lo && gapless(i) {
            let p = toks[i - 1]
            if p.kind == .number || p.kind == .word { return true }
            if p.kind == .punct {
                if p.code == TemporalToken.currency { return true }
                if (p.code == 0x2E || p.code == 0x3A || p.code == 0x2C) && isNumber(i - 2) && gapless(i - 1) { return true }
            }
        }
        if i > lo && toks[i - 1].kind == .punct && toks[i - 1].code == TemporalToken.currency { return true }
        if i + 2 < n && gapless(i + 1) && gapless(i + 2) && isNumber(i + 2) {
            let q = toks[i + 1]
            if q.kind == .punct && (q.code == 0x2E || q.code == 0x3A || q.code == 0x2C) { return true }
        }
        return false
    }

    /// Whether `that year` / `that month` at `i` is an adverb of time closing its clause: a word stands before it
    /// (not a verb of saying, after which `that` opens a clause: `she said that year …`) and the clause ends
    /// after it (punctuation, the line's end, `and`, `but`, `on`, `at`, `in`). `The council left the scheme that year, and …` is
    /// one; `so that year 7 pupils`, `argued that year-end figures`, `that year's budget` are not read here.
    func thatYearClosesClause(_ i: Int) -> Bool {
        guard i > lo, toks[i - 1].kind == .word, !isSentenceEnd(i - 1) else { return false }
        if Self.thatClauseWords.contains(lowercasedWord(i - 1)) { return false }
        let k = i + 2
        if k >= n || toks[k].has(TemporalToken.newlineBefore) { return true }
        if toks[k].kind == .punct {
            if gapless(k) && (toks[k].code == 0x2D || toks[k].code == 0x27) { return false }  // year-end, year's
            return toks[k].code != TemporalToken.currency
        }
        // (or a preposition opens another adverbial: `launched them that day on a site in Slough`, `left the
        // board that year in protest`)
        return lex(k) == .and || lex(k) == .but || lex(k) == .or || lex(k) == .on || lex(k) == .at || lex(k) == .inPrep
    }

    /// Words after which `that` opens a clause rather than pointing at a time.
    static let thatClauseWords: Set<String> = [
        "said", "says", "say", "saying", "told", "tell", "tells", "thought", "think", "thinks", "believe",
        "believed", "believes", "know", "knew", "knows", "argued", "argue", "argues", "claimed", "claim", "claims",
        "found", "find", "finds", "showed", "shows", "show", "meant", "means", "mean", "so", "such", "fact",
        "now", "and", "but", "or", "is", "was", "are", "were", "noted", "warned", "announced", "admitted",
        "decided", "agreed", "hoped", "hope", "feared", "fear", "insisted", "suggested", "suggests", "reported",
        "reports", "stated", "states", "confirmed", "accepted", "accepts", "realised", "realized", "ensure",
        "ensured", "given", "except", "than", "like", "all", "not",
    ]

    // MARK: The grammar

    /// Tries every form that can start at token `i`. `previousEnd` is the last token of the previous match.
    func step(_ i: Int, previousEnd: Int) -> Step {
        let t = toks[i]
        if t.has(TemporalToken.url) { return .none }
        switch t.kind {
        case .punct:
            if t.code == 0x27, isNumber(i + 1), gapless(i + 1), let d = decade(i + 1, from: i) { return d }
            return .none
        case .number:
            return numberLed(i)
        case .word:
            return wordLed(i, previousEnd: previousEnd)
        }
    }

    func numberLed(_ i: Int) -> Step {
        let t = toks[i]
        if let s = numericDate(i) { return s }
        if t.code <= 2, let s = dayMonth(i, from: i) { return s }
        if t.code <= 3, !t.has(TemporalToken.ordinal), let s = quantityAgo(i, quantity: Int(t.value), unitAt: i + 1) { return s }
        if let s = decade(i, from: i) { return s }
        if t.code == 4, let s = bareYear(i) { return s }
        return .none
    }

    func wordLed(_ i: Int, previousEnd: Int) -> Step {
        let l = toks[i].lex
        if l == .none { return .none }
        if l.isMonth { return monthLed(i, from: i, previousEnd: previousEnd) }
        if l.isWeekday { return weekdayLed(i) }
        if l.isSeason { return seasonLed(i) }
        switch l {
        case .today, .tonight, .yesterday, .tomorrow:
            return deictic(i)
        case .midnight:
            return midnight(i)
        case .this, .last, .next:
            return shifted(i)
        case .the:
            return theLed(i)
        case .early, .late, .mid, .earlier, .later, .end, .beginning, .start, .middle:
            return partLed(i, from: i)
        case .q, .h:
            return quarterLetter(i)
        case .christmas, .xmas, .boxing, .new:
            return holiday(i)
        case .easter:
            return easter(i)
        case .a, .an:
            if let s = quantityAgo(i, quantity: 1, unitAt: i + 1) { return s }
            return .none
        case .that:
            if let step = thatLed(i) { return step }
            if lex(i + 1) == .year || lex(i + 1) == .month || lex(i + 1) == .day, lex(i - 1) != .the {
                // `that year` alone: after a preposition, where it names a time (`in that year`), or closing a
                // clause as an adverb (`she left the board that year.`, `rated it good that month and …`).
                // `that day` so too (`on that day`, `the minister opened the line that day`): the day last
                // named, and nothing when the text named no day.
                let meaning: TemporalMeaning = lex(i + 1) == .year ? .anchoredYear(0)
                    : lex(i + 1) == .month ? .anchoredMonth(0) : .anchoredDays(0)
                if lex(i + 1) == .day && lex(i - 1) == .on {
                    return .match(TemporalCandidate(first: i, last: i + 1, meaning: meaning))
                }
                switch lex(i - 1) {
                case .inPrep, .during, .since, .by, .of, .until:
                    return .match(TemporalCandidate(first: i, last: i + 1, meaning: meaning))
                default:
                    if thatYearClosesClause(i) { return .match(TemporalCandidate(first: i, last: i + 1, meaning: meaning)) }
                    return .none
                }
            }
            return .none
        default:
            if let v = l.numberWordValue {
                var q = v
                var u = i + 1
                if v >= 20 && v <= 90 {
                    if let w = lex(u).numberWordValue, w < 10 { q += w; u += 1 }
                    else if isPunct(u, 0x2D), gapless(u), gapless(u + 1), let w = lex(u + 1).numberWordValue, w < 10 {
                        q += w; u += 2
                    }
                }
                return quantityAgo(i, quantity: q, unitAt: u) ?? .none
            }
            return .none
        }
    }
}
