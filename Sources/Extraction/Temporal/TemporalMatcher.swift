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

    // MARK: Direction cues

    /// Whether `since` stands a few words before `first` in the same sentence (`since the lockdown in March`):
    /// a period running up to the writer's "now", so the date is read from the reference day, not from a
    /// narrative's earlier time.
    func followsSince(_ first: Int) -> Bool {
        var k = first - 1
        var steps = 0
        while k >= lo && steps < 6 {
            if isSentenceEnd(k) { return false }
            if lex(k) == .since { return true }
            if toks[k].has(TemporalToken.newlineBefore) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Reads the words around `first...last` for tense and modal cues.
    func direction(_ first: Int, _ last: Int) -> TemporalDirection {
        var future = 0, past = 0
        // Immediately before: by, until, till, from point forward; since points back.
        switch lex(first - 1) {
        case .by, .until, .till, .from: future += 1
        case .since: past += 2
        default: break
        }
        var k = first - 1
        var steps = 0
        while k >= lo && steps < 10 {
            if isSentenceEnd(k) { break }
            score(k, &future, &past)
            if toks[k].has(TemporalToken.newlineBefore) { break }
            k -= 1
            steps += 1
        }
        k = last + 1
        steps = 0
        while k < n && steps < 6 {
            if toks[k].has(TemporalToken.newlineBefore) || isClauseEnd(k) { break }
            score(k, &future, &past)
            k += 1
            steps += 1
        }
        if future > past { return .future }
        if past > future { return .past }
        return .none
    }

    private func score(_ k: Int, _ future: inout Int, _ past: inout Int) {
        let t = toks[k]
        guard t.kind == .word else { return }
        let l = t.lex
        if l != .none {
            switch l {
            case .will, .shall, .due, .expected, .expect, .expects, .plans, .planned, .planning, .scheduled,
                 .intends, .intend, .aims, .upcoming, .forthcoming:
                future += 2
            case .going, .set:
                if lex(k + 1) == .to { future += 2 }
            case .ll:
                if isPunct(k - 1, 0x27) { future += 2 }
            case .won:
                if isPunct(k + 1, 0x27) && lex(k + 2) == .t { future += 2 }
            case .next:
                future += 1
            default:
                if l.isPastCue { past += 2 }
                if l == .last || l == .ago { past += 1 }
            }
            return
        }
        // -ed verbs (not -eed: need, indeed, proceed)
        if t.code >= 5 && !t.isCapitalized && !t.has(TemporalToken.nonASCII), case let tl = tail(k), tl & 0xFFFF == 0x6564 && tl >> 16 != 0x65 {
            past += 1
        }
    }

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

    private func numberLed(_ i: Int) -> Step {
        let t = toks[i]
        if let s = numericDate(i) { return s }
        if t.code <= 2, let s = dayMonth(i, from: i) { return s }
        if t.code <= 3, !t.has(TemporalToken.ordinal), let s = quantityAgo(i, quantity: Int(t.value), unitAt: i + 1) { return s }
        if let s = decade(i, from: i) { return s }
        if t.code == 4, let s = bareYear(i) { return s }
        return .none
    }

    private func wordLed(_ i: Int, previousEnd: Int) -> Step {
        let l = toks[i].lex
        if l == .none { return .none }
        if l.isMonth { return monthLed(i, from: i, previousEnd: previousEnd) }
        if l.isWeekday { return weekdayLed(i) }
        if l.isSeason { return seasonLed(i) }
        switch l {
        case .today, .tonight, .yesterday, .tomorrow:
            return deictic(i)
        case .this, .last, .next:
            return shifted(i)
        case .the:
            return theLed(i)
        case .early, .late, .mid, .earlier, .later, .end, .beginning, .start, .middle:
            return partLed(i, from: i)
        case .q, .h:
            return quarterLetter(i)
        case .a, .an:
            if let s = quantityAgo(i, quantity: 1, unitAt: i + 1) { return s }
            return .none
        case .that:
            if lex(i + 1) == .year || lex(i + 1) == .month, lex(i - 1) != .the {
                // `that year` alone: only after a preposition, where it names a time (`in that year`).
                switch lex(i - 1) {
                case .inPrep, .during, .since, .by, .of, .until:
                    let meaning: TemporalMeaning = lex(i + 1) == .year ? .anchoredYear(0) : .anchoredMonth(0)
                    return .match(TemporalCandidate(first: i, last: i + 1, meaning: meaning))
                default: return .none
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

    // MARK: Numeric dates: 15/01/2016, 15.01.2016, 2016-01-15

    private func numericDate(_ i: Int) -> Step? {
        guard i + 4 < n else { return nil }
        let a = toks[i], s1 = toks[i + 1], b = toks[i + 2], s2 = toks[i + 3], c = toks[i + 4]
        guard s1.kind == .punct, b.kind == .number, s2.kind == .punct, c.kind == .number,
              s1.code == s2.code, gapless(i + 1), gapless(i + 2), gapless(i + 3), gapless(i + 4),
              !a.has(TemporalToken.ordinal), !b.has(TemporalToken.ordinal), !c.has(TemporalToken.ordinal)
        else { return nil }
        let sep = s1.code
        guard sep == 0x2F || sep == 0x2E || sep == 0x2D else { return nil }
        if i > lo && gapless(i) && (toks[i - 1].kind != .punct || toks[i - 1].code == sep) { return nil }
        if i + 5 < n && gapless(i + 5) && (toks[i + 5].kind != .punct || toks[i + 5].code == sep) {
            return nil
        }
        if i + 6 < n && gapless(i + 5) && gapless(i + 6) && isNumber(i + 6) { return nil }
        var y = 0, m = 0, d = 0
        if a.code == 4 && b.code <= 2 && c.code <= 2 {
            y = Int(a.value); m = Int(b.value); d = Int(c.value)
        } else if a.code <= 2 && b.code <= 2 && c.code == 4 {
            d = Int(a.value); m = Int(b.value); y = Int(c.value)
        } else if a.code <= 2 && b.code <= 2 && c.code == 2 && sep == 0x2F {
            d = Int(a.value); m = Int(b.value)
            let yy = Int(c.value)
            y = yy < 50 ? 2000 + yy : 1900 + yy
        } else {
            return nil
        }
        if let v = TemporalValue.day(year: y, month: m, day: d) {
            return .match(TemporalCandidate(first: i, last: i + 4, meaning: .absolute(v)))
        }
        return .skip(i + 5)
    }

    // MARK: Day first: 15 January 2016, 1st June 2014, 17th May, the 1st of May

    func dayMonth(_ i: Int, from start: Int) -> Step? {
        let t = toks[i]
        guard t.kind == .number, t.code <= 2 else { return nil }
        if isPartOfLargerNumber(i) { return nil }
        var j = i + 1
        if lex(j) == .of && (t.has(TemporalToken.ordinal) || lex(i - 1) == .the) { j += 1 }
        guard let m = month(j) else { return nil }
        // `0 March 2015`, `32 March 2015`: a day that no month has makes no date, not even the month.
        if t.value < 1 || t.value > 31 {
            if gapless(j) { return nil }
            var k = j + 1
            if isPunct(k, 0x2C) { k += 1 }
            return .skip(yearNumber(k) != nil || implausibleYear(k) ? k + 1 : j + 1)
        }
        let mt = toks[j]
        if gapless(j) && !t.has(TemporalToken.ordinal) { return nil }
        let lowerAmbiguous = (m == 5 || m == 3) && !mt.isCapitalized
        let d = Int(t.value)
        if let dated = yearAfterDay(d, month: m, endingAt: j, from: start) { return dated }
        if lowerAmbiguous { return nil }
        if let (s, e) = yearShift(j + 1) {
            return .match(TemporalCandidate(first: start, last: e, meaning: .dayOfYear(month: m, day: d, .relative(s))))
        }
        guard d <= CalendarDay.daysIn(month: m, year: 2000) else { return .skip(j + 1) }
        // `5 May` in a list of numbers or measures is not a date: ask for a day-like number.
        let w = start != i ? weekday(start) : nil
        var c = TemporalCandidate(first: start, last: j, meaning: .yearlessDay(month: m, day: d, weekday: w))
        c.direction = direction(start, j)
        return .match(c)
    }

    /// A day and month (in either order) whose last token is `j`, then an optional comma and a year: the whole
    /// date (`3 March, 2011`; `March 3 2011`), or `.skip` past a day that month never has (`30 February 2011`) or
    /// a year out of range; `nil` when no year follows.
    private func yearAfterDay(_ day: Int, month: Int, endingAt j: Int, from start: Int) -> Step? {
        var k = j + 1
        if isPunct(k, 0x2C) { k += 1 }
        if let y = yearNumber(k) {
            if let v = TemporalValue.day(year: y, month: month, day: day) {
                return .match(TemporalCandidate(first: start, last: k, meaning: .absolute(v)))
            }
            return .skip(k + 1)
        }
        if implausibleYear(k) { return .skip(k + 1) }
        return nil
    }

    // MARK: Month first: January 15, 2016; April 2015; June last year; in February

    func monthLed(_ i: Int, from start: Int, previousEnd: Int) -> Step {
        guard let m = month(i) else { return .none }
        let t = toks[i]
        let abbreviated = t.has(TemporalToken.abbreviation)
        let ambiguous = (m == 5 || m == 3) && !t.isCapitalized
        // Month Day[,] Year | Month Day (`Sept. 2015`, `Jan. 15`: an abbreviation may take a full stop)
        let j = abbreviated && isPunct(i + 1, 0x2E) && gapless(i + 1) && isNumber(i + 2) ? i + 2 : i + 1
        if isNumber(j), toks[j].code <= 2, toks[j].value >= 1, toks[j].value <= 31, !gapless(j) {
            let d = Int(toks[j].value)
            if let dated = yearAfterDay(d, month: m, endingAt: j, from: start) { return dated }
            let endsThere = j + 1 >= n || toks[j + 1].kind == .punct || toks[j + 1].has(TemporalToken.newlineBefore)
            if !ambiguous && (toks[j].has(TemporalToken.ordinal) || endsThere) && !isPartOfLargerNumber(j)
                && !(j + 2 < n && isPunct(j + 1, 0x2E) && isNumber(j + 2) && gapless(j + 2)) {
                guard d <= CalendarDay.daysIn(month: m, year: 2000) else { return .skip(j + 1) }
                let w = start != i ? weekday(start) : nil
                var c = TemporalCandidate(first: start, last: j, meaning: .yearlessDay(month: m, day: d, weekday: w))
                c.direction = direction(start, j)
                return .match(c)
            }
        }
        if start != i { return .none }  // after a weekday only full dates count
        // Month [of] Year
        var k = j
        if lex(k) == .of { k += 1 }
        if implausibleYear(k) && !(m == 5 && isNameBefore(i)) { return .skip(k + 1) }
        if let y = yearNumber(k) {
            if m == 5 && isNameBefore(i) { return .none }
            if let v = TemporalValue.month(year: y, month: m) {
                return .match(TemporalCandidate(first: i, last: k, meaning: .absolute(v)))
            }
        }
        if ambiguous || abbreviated { return .none }
        // Month last/this/next year
        if let (s, e) = yearShift(i + 1) {
            return .match(TemporalCandidate(first: i, last: e, meaning: .monthOfYear(month: m, .relative(s))))
        }
        // January to March 2016: the first month takes the year of the second.
        if lex(i + 1) == .to || lex(i + 1) == .until || lex(i + 1) == .till || lex(i + 1) == .through
            || lex(i + 1) == .and || lex(i + 1) == .or || isDash(i + 1) {
            if let m2 = month(i + 2), !toks[i + 2].has(TemporalToken.abbreviation) || yearNumber(i + 3) != nil,
               let y2 = yearNumber(i + 3) {
                let y = m <= m2 ? y2 : y2 - 1
                if let v = TemporalValue.month(year: y, month: m) {
                    return .match(TemporalCandidate(first: i, last: i, meaning: .absolute(v)))
                }
            }
        }
        // A bare month needs a cue that it names a time.
        guard bareMonthAllowed(i, previousEnd: previousEnd) else { return .none }
        if m == 5 && isPunct(i + 1, 0x27) && lex(i + 2) == .s { return .none }  // May's
        if m == 5 && i + 1 < n && toks[i + 1].kind == .word && !toks[i + 1].isCapitalized
            && (lex(i + 1).isVerbAfterName || (toks[i + 1].code >= 4 && tail(i + 1) & 0xFFFF == 0x6564)) {
            return .none  // `by May said`, `since May became`: the prime minister, not the month
        }
        var c = TemporalCandidate(first: i, last: i, meaning: .bareMonth(month: m))
        c.direction = direction(i, i)
        return .match(c)
    }

    /// A capitalised word right before (`Theresa May`), other than at the start of a sentence.
    private func isNameBefore(_ i: Int) -> Bool {
        guard i > lo, toks[i - 1].kind == .word, toks[i - 1].isCapitalized, !toks[i].has(TemporalToken.newlineBefore)
        else { return false }
        let l = toks[i - 1].lex
        if l != .none && (l.rawValue >= Lex.the.rawValue && l.rawValue <= Lex.ll.rawValue) { return false }
        if l.isWeekday || l.isMonth { return false }
        if i >= lo + 2 && isSentenceEnd(i - 2) { return false }
        if i == lo + 1 { return false }
        return true
    }

    private func bareMonthAllowed(_ i: Int, previousEnd: Int) -> Bool {
        if isNameBefore(i) { return false }
        switch lex(i - 1) {
        case .inPrep, .by, .since, .until, .till, .during, .before, .after, .through, .throughout,
             .between, .early, .late, .circa:
            return true
        case .from:
            return true
        case .of:
            switch lex(i - 2) {
            case .end, .beginning, .start, .middle, .month, .close: return true
            default: return false
            }
        case .and, .or, .to:
            return previousEnd == i - 2
        default:
            if isDash(i - 1) || isPunct(i - 1, 0x2F) { return previousEnd == i - 2 }
            return false
        }
    }

    // MARK: Weekdays

    private func weekdayLed(_ i: Int) -> Step {
        guard let w = weekday(i) else { return .none }
        var j = i + 1
        if isPunct(j, 0x2C) { j += 1 }
        if isNumber(j), let s = dayMonth(j, from: i) { return s }
        if isNumber(j), let s = numericDayMonth(j, from: i, weekday: w) { return s }
        if month(j) != nil {
            let s = monthLed(j, from: i, previousEnd: -2)
            if case .none = s {} else { return s }
        }
        let t = toks[i]
        if t.has(TemporalToken.abbreviation) { return .none }
        switch lex(i - 1) {
        case .every, .each, .a, .an, .any, .per: return .none
        default: break
        }
        var cued = false
        switch lex(i - 1) {
        case .on, .by, .until, .till, .since, .from, .before, .after, .that, .coming:
            cued = true
        default: break
        }
        var last = i
        switch lex(i + 1) {
        case .morning, .afternoon, .evening, .night:
            cued = true
            last = i + 1
        default: break
        }
        if isPunct(i + 1, 0x27) && gapless(i + 1) && lex(i + 2) == .s && gapless(i + 2) { cued = true }
        guard cued, t.isCapitalized || lex(i - 1) == .on else { return .none }
        var c = TemporalCandidate(first: i, last: last, meaning: .weekday(w, .plain))
        c.direction = direction(i, last)
        return .match(c)
    }

    /// A weekday with a numeric day, day first: `Weds 6/7` (Wednesday 6 July), `Fri 3/11/17`. Without the
    /// weekday `6/7` is too often a score or a fraction to be read as a date.
    private func numericDayMonth(_ j: Int, from start: Int, weekday w: Int) -> Step? {
        guard j + 2 < n, toks[j].code <= 2, isPunct(j + 1, 0x2F), gapless(j + 1), gapless(j + 2),
              toks[j + 2].kind == .number, toks[j + 2].code <= 2 else { return nil }
        if isPunct(j + 3, 0x2F), gapless(j + 3) {
            guard case .match(var c)? = numericDate(j) else { return nil }
            c.first = start
            return .match(c)
        }
        let d = Int(toks[j].value), m = Int(toks[j + 2].value)
        guard (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(month: m, year: 2000) else { return nil }
        var c = TemporalCandidate(first: start, last: j + 2, meaning: .yearlessDay(month: m, day: d, weekday: w))
        c.direction = direction(start, j + 2)
        return .match(c)
    }

    // MARK: today, yesterday, tomorrow

    private func deictic(_ i: Int) -> Step {
        // `today, Weds 6/7`, `yesterday (Tuesday 5 July)`: the deictic word and the day it names are one date,
        // the day the text states.
        if lex(i) != .tonight {
            var k = i + 1
            if isPunct(k, 0x2C) || isPunct(k, 0x28) { k += 1 }
            if weekday(k) != nil, case .match(var c) = weekdayLed(k) {
                switch c.meaning {
                case .yearlessDay, .absolute:
                    c.first = i
                    if isPunct(c.last + 1, 0x29) { c.last += 1 }
                    return .match(c)
                default: break
                }
            }
        }
        // `today, tomorrow, whenever`, `today or yesterday`: a generic list, not a date
        var j = i + 1
        if isPunct(j, 0x2C) || lex(j) == .or || lex(j) == .and { j += 1 }
        if j > i + 1 {
            switch lex(j) {
            case .today, .tomorrow, .yesterday, .tonight: return .skip(j + 1)
            default: break
            }
        }
        // the Today programme (a radio show)
        if lex(i) == .today && toks[i].isCapitalized && i + 1 < n && toks[i + 1].kind == .word
            && bytes[Int(toks[i + 1].start)] | 0x20 == 0x70 && tail(i + 1) == 0x6D6D65 {  // p...mme
            return .skip(i + 2)
        }
        let shift: Int
        switch lex(i) {
        case .yesterday: shift = -1
        case .tomorrow: shift = 1
        default: shift = 0
        }
        var last = i
        if lex(i) != .tonight {
            switch lex(i + 1) {
            case .morning, .afternoon, .evening, .night: last = i + 1
            default: break
            }
        }
        return .match(TemporalCandidate(first: i, last: last, meaning: .days(shift)))
    }

    // MARK: this / last / next

    private func shifted(_ i: Int) -> Step {
        if lex(i - 1) == .the { return .none }  // `the last month`, `the next year`: durations
        var shift: Int
        switch lex(i) {
        case .last: shift = -1
        case .next: shift = 1
        default: shift = 0
        }
        var j = i + 1
        var mode: WeekdayMode = shift < 0 ? .last : shift > 0 ? .next : .this
        if lex(i) == .this && lex(j) == .coming { j += 1; mode = .next; shift = 1 }
        if lex(i) == .this && lex(j) == .past { j += 1; mode = .last; shift = -1 }
        let u = lex(j)
        switch u {
        case .morning, .afternoon, .evening:
            guard lex(i) == .this else { return .none }
            return .match(TemporalCandidate(first: i, last: j, meaning: .days(0)))
        case .night:
            guard lex(i) == .last else { return .none }
            return .match(TemporalCandidate(first: i, last: j, meaning: .days(-1)))
        case .week:
            return .match(TemporalCandidate(first: i, last: j, meaning: .weeks(shift)))
        case .month:
            return .match(TemporalCandidate(first: i, last: j, meaning: .months(shift)))
        case .year:
            return .match(TemporalCandidate(first: i, last: j, meaning: .years(shift)))
        case .quarter, .half:
            if lex(j + 1) == .of, let (yr, e) = yearReference(j + 2), shift < 0 {
                let meaning: TemporalMeaning = u == .quarter ? .quarter(yr, 4) : .half(yr, 2)
                return .match(TemporalCandidate(first: i, last: e, meaning: meaning))
            }
            guard u == .quarter else { return .none }
            return .match(TemporalCandidate(first: i, last: j, meaning: .quarterShift(shift)))
        default:
            break
        }
        if let m = month(j), isMonthName(j) {
            return .match(TemporalCandidate(first: i, last: j, meaning: .namedMonth(month: m, shift: shift)))
        }
        if let w = weekday(j), !toks[j].has(TemporalToken.abbreviation) {
            var last = j
            switch lex(j + 1) {
            case .morning, .afternoon, .evening, .night: last = j + 1
            default: break
            }
            return .match(TemporalCandidate(first: i, last: last, meaning: .weekday(w, mode)))
        }
        if let s = season(j), s != .fall {
            return .match(TemporalCandidate(first: i, last: j, meaning: .seasonShift(seasonValue(s), shift)))
        }
        return .none
    }

    private func season(_ i: Int) -> Lex? {
        let l = lex(i)
        return l.isSeason ? l : nil
    }

    private func seasonValue(_ l: Lex) -> TemporalValue.Season {
        switch l {
        case .spring: return .spring
        case .summer: return .summer
        case .autumn, .fall: return .autumn
        default: return .winter
        }
    }

    // MARK: the ...

    private func theLed(_ i: Int) -> Step {
        let a = lex(i + 1)
        switch a {
        case .end, .beginning, .start, .middle, .close:
            if lex(i + 2) == .of { return partOf(i, at: i + 3, part: part(a)) ?? .none }
        case .early, .late, .mid:
            var j = i + 2
            if isDash(j) && gapless(j) { j += 1 }
            if let d = decade(j, from: i) { return d }
        case .first, .second, .third, .fourth, .final, .last:
            let u = lex(i + 2)
            if (u == .quarter || u == .half) && lex(i + 3) == .of, let (yr, e) = yearReference(i + 4) {
                let ordinal: Int
                switch a {
                case .first: ordinal = 1
                case .second: ordinal = 2
                case .third: ordinal = 3
                case .fourth: ordinal = 4
                default: ordinal = u == .quarter ? 4 : 2
                }
                if u == .half && ordinal > 2 { return .none }
                let meaning: TemporalMeaning
                if case .absolute(let y) = yr {
                    guard let v = u == .quarter ? TemporalValue.quarter(year: y, quarter: ordinal)
                                                : TemporalValue.half(year: y, half: ordinal) else { return .none }
                    meaning = .absolute(v)
                } else {
                    meaning = u == .quarter ? .quarter(yr, ordinal) : .half(yr, ordinal)
                }
                return .match(TemporalCandidate(first: i, last: e, meaning: meaning))
            }
        case .spring, .summer, .autumn, .winter, .fall:
            if lex(i + 2) == .of, let (yr, e) = yearReference(i + 3) {
                let s = seasonValue(a)
                if case .absolute(let y) = yr {
                    guard let v = TemporalValue.season(year: y, s) else { return .none }
                    return .match(TemporalCandidate(first: i, last: e, meaning: .absolute(v)))
                }
                return .match(TemporalCandidate(first: i, last: e, meaning: .seasonOfYear(yr, s)))
            }
        case .following, .previous, .same:
            let s = a == .following ? 1 : a == .previous ? -1 : 0
            if lex(i + 2) == .year {
                return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredYear(s)))
            }
            if lex(i + 2) == .month {
                return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredMonth(s)))
            }
        default:
            if isNumber(i + 1), let d = decade(i + 1, from: i) { return d }
            if isPunct(i + 1, 0x27), isNumber(i + 2), gapless(i + 2), let d = decade(i + 2, from: i) { return d }
        }
        return .none
    }

    private func part(_ l: Lex) -> PeriodPart {
        switch l {
        case .end, .close, .late: return .end
        case .beginning, .start, .early: return .beginning
        case .middle, .mid: return .middle
        default: return .whole
        }
    }

    /// A month name at `j`, with its year (`June 2015`), a year shift (`June last year`) or alone; the
    /// expression starts at `start`.
    private func monthPhrase(_ start: Int, at j: Int) -> Step? {
        guard let m = month(j), isMonthName(j) else { return nil }
        if let y = yearNumber(j + 1), let v = TemporalValue.month(year: y, month: m) {
            return .match(TemporalCandidate(first: start, last: j + 1, meaning: .absolute(v)))
        }
        if let (s, e) = yearShift(j + 1) {
            return .match(TemporalCandidate(first: start, last: e, meaning: .monthOfYear(month: m, .relative(s))))
        }
        var c = TemporalCandidate(first: start, last: j, meaning: .bareMonth(month: m))
        c.direction = direction(start, j)
        return .match(c)
    }

    /// `<part> of` followed by a month or a year reference at `j`; the expression starts at `start`.
    private func partOf(_ start: Int, at j: Int, part: PeriodPart) -> Step? {
        if let step = monthPhrase(start, at: j) { return step }
        // `by the end of the month` (a deadline; `the pay cheque at the end of the month` is every month)
        if lex(j) == .the && (lex(j + 1) == .month || lex(j + 1) == .year) {
            switch lex(start - 1) {
            case .by, .until, .till, .before: break
            default: return .skip(j + 2)
            }
            if lex(j + 1) == .month {
                return .match(TemporalCandidate(first: start, last: j + 1, meaning: .months(0)))
            }
        }
        if lex(j + 1) == .month {
            switch lex(j) {
            case .this: return .match(TemporalCandidate(first: start, last: j + 1, meaning: .months(0)))
            case .last: return .match(TemporalCandidate(first: start, last: j + 1, meaning: .months(-1)))
            case .next: return .match(TemporalCandidate(first: start, last: j + 1, meaning: .months(1)))
            default: break
            }
        }
        if let (yr, e) = yearReference(j) {
            if case .absolute(let y) = yr {
                let v: TemporalValue?
                switch part {
                case .beginning: v = .month(year: y, month: 1)
                case .end: v = .month(year: y, month: 12)
                default: v = .year(y)
                }
                guard let v else { return nil }
                return .match(TemporalCandidate(first: start, last: e, meaning: .absolute(v)))
            }
            return .match(TemporalCandidate(first: start, last: e, meaning: .yearPart(yr, part)))
        }
        return nil
    }

    // MARK: early / late / mid / earlier / later / end of ...

    private func partLed(_ i: Int, from start: Int) -> Step {
        let l = lex(i)
        switch l {
        case .end, .beginning, .start, .middle:
            if lex(i + 1) == .of { return partOf(start, at: i + 2, part: part(l)) ?? .none }
            return .none
        case .early, .late, .mid:
            var j = i + 1
            if isDash(j) && gapless(j) { j += 1 } else if l == .mid && !toks[i].has(TemporalToken.spaceBefore) { return .none }
            if let step = monthPhrase(start, at: j) { return step }
            if let y = yearNumber(j), let v = TemporalValue.year(y) {
                return .match(TemporalCandidate(first: start, last: j, meaning: .absolute(v)))
            }
            if let (s, e) = yearShift(j) {
                return .match(TemporalCandidate(first: start, last: e, meaning: .years(s)))
            }
            if let d = decade(j, from: start) { return d }
            return .none
        case .earlier, .later:
            switch (lex(i + 1), lex(i + 2)) {
            case (.this, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .years(0)))
            case (.this, .month): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .months(0)))
            case (.this, .week): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .weeks(0)))
            case (.last, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .years(-1)))
            case (.next, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .years(1)))
            case (.that, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .anchoredYear(0)))
            default: return .none
            }
        default:
            return .none
        }
    }

    // MARK: Seasons: spring 2022, summer of 2019, summer last year

    private func seasonLed(_ i: Int) -> Step {
        let s = seasonValue(lex(i))
        var j = i + 1
        if lex(j) == .of { j += 1 }
        if let y = yearNumber(j), let v = TemporalValue.season(year: y, s) {
            return .match(TemporalCandidate(first: i, last: j, meaning: .absolute(v)))
        }
        if lex(i) != .fall, let (sh, e) = yearShift(i + 1) {
            return .match(TemporalCandidate(first: i, last: e, meaning: .seasonOfYear(.relative(sh), s)))
        }
        return .none
    }

    // MARK: Q4 2019, H1 2019

    private func quarterLetter(_ i: Int) -> Step {
        let t = toks[i]
        guard t.code == 1, isNumber(i + 1), gapless(i + 1), toks[i + 1].code == 1 else { return .none }
        let q = Int(toks[i + 1].value)
        let isQuarter = lex(i) == .q
        guard isQuarter ? (1...4).contains(q) : (1...2).contains(q) else { return .none }
        if i + 2 < n && gapless(i + 2) && toks[i + 2].kind != .punct { return .none }
        var j = i + 2
        if lex(j) == .of { j += 1 }
        if let y = yearNumber(j) {
            guard let v = isQuarter ? TemporalValue.quarter(year: y, quarter: q) : TemporalValue.half(year: y, half: q)
            else { return .none }
            return .match(TemporalCandidate(first: i, last: j, meaning: .absolute(v)))
        }
        if let (s, e) = yearShift(j) {
            let meaning: TemporalMeaning = isQuarter ? .quarter(.relative(s), q) : .half(.relative(s), q)
            return .match(TemporalCandidate(first: i, last: e, meaning: meaning))
        }
        return .none
    }

    // MARK: two weeks ago, a fortnight ago, four years ago

    private func quantityAgo(_ i: Int, quantity q: Int, unitAt u: Int) -> Step? {
        guard q >= 1, q <= 200 else { return nil }
        if toks[i].kind == .number && isPartOfLargerNumber(i) { return nil }
        let unit = lex(u)
        var k = u + 1
        let fromNow = lex(k) == .from && lex(k + 1) == .now
        guard lex(k) == .ago || fromNow else { return nil }
        if fromNow { k += 1 }
        let sign = fromNow ? 1 : -1
        let meaning: TemporalMeaning
        switch unit {
        case .day, .days: meaning = .days(sign * q)
        case .week, .weeks: meaning = .days(sign * 7 * q)
        case .fortnight, .fortnights: meaning = .days(sign * 14 * q)
        case .month, .months: meaning = .months(sign * q)
        case .year, .years: meaning = .years(sign * q)
        case .decade, .decades: meaning = .years(sign * 10 * q)
        default: return nil
        }
        // `a year` takes a singular unit, numbers above one a plural
        return .match(TemporalCandidate(first: i, last: k, meaning: meaning))
    }

    // MARK: Decades: the 1990s, the 90s, '90s, 1970s

    private func decade(_ i: Int, from start: Int) -> Step? {
        guard isNumber(i) else { return nil }
        let t = toks[i]
        guard t.code == 2 || t.code == 4, !t.has(TemporalToken.ordinal), t.value % 10 == 0 else { return nil }
        var k = i + 1
        if isPunct(k, 0x27) && gapless(k) { k += 1 }
        guard lex(k) == .s, gapless(k) else { return nil }
        if k + 1 < n && gapless(k + 1) && toks[k + 1].kind != .punct { return nil }
        let v = Int(t.value)
        let first = t.code == 4 ? v : (v >= 20 ? 1900 + v : 2000 + v)
        if i > lo && gapless(i) && toks[i - 1].kind == .punct && toks[i - 1].code == TemporalToken.currency { return nil }
        guard let value = TemporalValue.decade(first) else { return nil }
        return .match(TemporalCandidate(first: start, last: k, meaning: .absolute(value)))
    }

    // MARK: Bare years: In 2009, the 2007 Act, since 2012 — not 2000 cases, £2000, No. 2015

    private func bareYear(_ i: Int) -> Step? {
        // `2021/2022`, `2021/22`: a financial or strategy span, not a date of its own.
        if i + 2 < n, isPunct(i + 1, 0x2F), gapless(i + 1), gapless(i + 2), isNumber(i + 2),
           toks[i + 2].code == 4 || toks[i + 2].code == 2 {
            return .skip(i + 3)
        }
        guard let y = yearNumber(i) else { return nil }
        let t = toks[i]
        // glued to a word or number before it (`FY2019`, `E2015`), money, decimals, clock times
        if isPartOfLargerNumber(i) { return nil }
        if i > lo && gapless(i) && toks[i - 1].kind == .punct {
            let c = toks[i - 1].code
            if c == 0x23 || c == TemporalToken.currency { return nil }
            if (c == 0x2D || c == 0x2F) && isNumber(i - 2) && gapless(i - 1) && yearNumber(i - 2) == nil { return nil }
        }
        // two numbers in a row: a phone number or a table
        if i > lo && toks[i - 1].kind == .number && !toks[i - 1].has(TemporalToken.ordinal) { return nil }
        if i + 1 < n && toks[i + 1].kind == .number { return nil }
        let prev = lex(i - 1)
        if prev.isLabelWord || prev.isQuantifier { return nil }
        if isPunct(i - 1, 0x2E) && lex(i - 2).isLabelWord { return nil }  // No. 2015
        if prev == .to && lex(i - 2) == .up { return nil }
        if isPunct(i + 1, 0x25) { return nil }  // 2015%
        let next = lex(i + 1)
        if next.isAmountWord || next.isCountNoun { return nil }
        if next == .per || next == .years || next == .months || next == .days || next == .weeks { return nil }
        var strongCue = false
        switch prev {
        case .inPrep, .since, .of, .from, .until, .till, .by, .during, .circa, .c, .before, .after, .the,
             .early, .late, .mid, .around, .throughout, .between, .year, .and, .to, .or:
            strongCue = true
        default:
            break
        }
        if prev == .s && isPunct(i - 2, 0x27) { strongCue = true }  // Grayling's 2013 plan
        if isPunct(i - 1, 0x27) && i >= lo + 2 && toks[i - 2].kind == .word && tail(i - 2) & 0xFF == 0x73 {
            strongCue = true  // Cummings' 2019 blog
        }
        // a plural noun after the number makes it a count: `2000 cases`, unless a cue says year
        let sentenceStart = i == lo || isSentenceEnd(i - 1)
        if i + 1 < n && toks[i + 1].kind == .word && !toks[i + 1].isCapitalized && toks[i + 1].code >= 3
            && toks[i + 1].lex == .none && !sentenceStart {
            let tl = tail(i + 1)
            let before = (tl >> 8) & 0xFF
            if tl & 0xFF == 0x73 && before != 0x73 && before != 0x75 && before != 0x69 {  // -s, not -ss -us -is
                switch prev {
                case .the, .inPrep, .since, .during, .of: break
                default:
                    if !strongCue { return nil }
                    if prev == .and || prev == .to || prev == .or || prev == .by { return nil }
                }
            }
        }
        if !(1900...2099).contains(y) && !strongCue { return nil }
        if t.value < 1000 { return nil }
        guard let v = TemporalValue.year(y) else { return nil }
        return .match(TemporalCandidate(first: i, last: i, meaning: .absolute(v)))
    }
}
