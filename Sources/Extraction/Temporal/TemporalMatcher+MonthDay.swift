import Corpus

/// Dates with a month word: day first (`15 January 2016`, `1st June`, `the 1st of May`) and month first
/// (`January 15, 2016`, `April 2015`, `June last year`, a bare `in February`).
extension TemporalMatcher {
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
        // `on 3 May that year`, `9 June the following year`, `2 July of that year`: the year of the last date read
        var k = j + 1
        if lex(k) == .of { k += 1 }
        if lex(k) == .that || lex(k) == .the, let (yr, e) = yearReference(k), case .anchored = yr {
            return .match(TemporalCandidate(first: start, last: e, meaning: .dayOfYear(month: m, day: d, yr)))
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
    func yearAfterDay(_ day: Int, month: Int, endingAt j: Int, from start: Int) -> Step? {
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
        // `April that year`, `May of that year`, `June the following year`: the year of the last date read.
        if let (yr, e) = yearReference(k), case .anchored = yr, lex(k) == .that || lex(k) == .the {
            return .match(TemporalCandidate(first: i, last: e, meaning: .monthOfYear(month: m, yr)))
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
        c.pluperfect = hadBefore(i)
        c.present = c.direction == .none && presentTense(i, i, verbFirst: true)
        return .match(c)
    }

    /// Whether `had` + a past participle stands before `i` in its sentence (`He had started in March`).
    func hadBefore(_ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= lo && steps < 12 {
            if isSentenceEnd(k) || toks[k].has(TemporalToken.newlineBefore) { return false }
            if lex(k) == .had, k + 1 < i, toks[k + 1].kind == .word, !toks[k + 1].isCapitalized { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// A capitalised word right before (`Theresa May`), other than at the start of a sentence.
    func isNameBefore(_ i: Int) -> Bool {
        guard i > lo, toks[i - 1].kind == .word, toks[i - 1].isCapitalized, !toks[i].has(TemporalToken.newlineBefore)
        else { return false }
        let l = toks[i - 1].lex
        if l != .none && (l.rawValue >= Lex.the.rawValue && l.rawValue <= Lex.ll.rawValue) { return false }
        if l.isWeekday || l.isMonth { return false }
        if i >= lo + 2 && isSentenceEnd(i - 2) { return false }
        if i == lo + 1 { return false }
        return true
    }

    /// Words of a portion before `of` + a month: `much of September`, `most of May`, `the rest of June`.
    static let portionWords: Set<String> = ["much", "most", "all", "rest", "part", "remainder", "whole"]

    func bareMonthAllowed(_ i: Int, previousEnd: Int) -> Bool {
        if isNameBefore(i) { return false }
        switch lex(i - 1) {
        case .inPrep, .by, .since, .until, .till, .during, .before, .after, .through, .throughout,
             .between, .early, .late, .circa:
            return true
        case .from:
            return true
        case .of:
            switch lex(i - 2) {
            // (`the first week of March`, `the last few days of June`, `a fortnight of May`: a part of the month)
            case .end, .beginning, .start, .middle, .month, .close, .half, .week, .weeks, .days, .fortnight, .weekend: return true
            default:
                // `spent much of September`, `for most of August`, `the rest of June`
                return i - 2 >= lo && toks[i - 2].kind == .word && Self.portionWords.contains(lowercasedWord(i - 2))
            }
        case .and, .or, .to:
            return previousEnd == i - 2
        default:
            if isDash(i - 1) || isPunct(i - 1, 0x2F) { return previousEnd == i - 2 }
            return false
        }
    }

    /// Fixed holidays: `Christmas Day`, `Christmas Eve`, `Boxing Day`, `New Year's Day`, `New Year's Eve` are
    /// days; `Christmas` alone after a preposition (`before Christmas`, `by Christmas 2019`) is its December,
    /// but after `after` or `since` the day a span counts from (`stalled again after Christmas` → 25 December).
    /// With no year they are read like `4 July`, the nearest one the tense allows.
    func holiday(_ i: Int) -> Step {
        var month = 12, day: Int?
        var last = i
        switch lex(i) {
        case .christmas, .xmas:
            if lex(i + 1) == .day { day = 25; last = i + 1 }
            else if lex(i + 1) == .eve { day = 24; last = i + 1 }
            else {
                switch lex(i - 1) {
                case .after, .since: day = 25  // counted from the day itself (`after Christmas`, `since Christmas`)
                case .before, .by, .until, .till, .over, .at, .around: break
                default:
                    // with its year it is a date after any word (`the run-up to Christmas 2019`, `Christmas 2010
                    // was the worst`): its December
                    guard yearNumber(i + 1) != nil else { return .none }
                }
            }
        case .boxing:
            guard lex(i + 1) == .day else { return .none }
            day = 26
            last = i + 1
        case .new:
            // New Year's Day / New Year's Eve (the apostrophe and `s` are tokens of their own)
            guard toks[i].isCapitalized, lex(i + 1) == .year, isPunct(i + 2, 0x27), lex(i + 3) == .s else { return .none }
            if lex(i + 4) == .day { month = 1; day = 1 } else if lex(i + 4) == .eve { day = 31 } else { return .none }
            last = i + 4
        default:
            return .none
        }
        if let y = yearNumber(last + 1) {
            let v: TemporalValue? = day.flatMap { .day(year: y, month: month, day: $0) } ?? .month(year: y, month: month)
            guard let v else { return .none }
            return .match(TemporalCandidate(first: i, last: last + 1, meaning: .absolute(v)))
        }
        var c = TemporalCandidate(first: i, last: last,
                                  meaning: day.map { .yearlessDay(month: month, day: $0, weekday: nil) } ?? .bareMonth(month: month))
        c.direction = direction(i, last)
        return .match(c)
    }

    /// `Easter`, `Easter Sunday`, `Easter Day`, `Easter Monday`, `Easter 2019`: a movable feast, read as its
    /// day (Easter Monday is the day after Easter Sunday). With no year it is the Easter of the year the text
    /// is narrating, or of the post's year (`the bishop's Easter sermon` in a paragraph about 2018 → Easter
    /// Sunday 2018). Only the capitalised word counts, and not before another name (`the Easter Rising`,
    /// `Easter Island`, `Easter Road`).
    func easter(_ i: Int) -> Step {
        guard toks[i].isCapitalized else { return .none }
        var offset = 0
        var last = i
        let k = i + 1
        switch lex(k) {
        case .sunday, .day: last = k
        case .monday: last = k; offset = 1
        default:
            if k < n, toks[k].kind == .word, toks[k].isCapitalized, !toks[k].has(TemporalToken.newlineBefore) {
                return .none
            }
        }
        if toks[last].has(TemporalToken.abbreviation) { return .none }
        if let y = yearNumber(last + 1) {
            guard let d = CalendarDay.easterSunday(year: y) else { return .none }
            return .match(TemporalCandidate(first: i, last: last + 1, meaning: .absolute(.day(d.adding(days: offset)))))
        }
        var c = TemporalCandidate(first: i, last: last, meaning: .easter(offset: offset))
        c.direction = direction(i, last)
        return .match(c)
    }
}

extension CalendarDay {
    /// Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher):
    /// 2016 → 27 March, 2019 → 21 April.
    static func easterSunday(year y: Int) -> CalendarDay? {
        guard isPlausibleYear(y) else { return nil }
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: y, month: month, day: day)
    }
}
