import Corpus

/// Parts of years and months: seasons (`spring 2022`), quarters and halves (`Q4 2019`, `H1`), `the end of
/// 2015`, `early/mid/late March`, and the phrases led by `the` (`the following year`, `the summer of 2019`).
extension TemporalMatcher {
    func season(_ i: Int) -> Lex? {
        let l = lex(i)
        return l.isSeason ? l : nil
    }

    func seasonValue(_ l: Lex) -> TemporalValue.Season {
        switch l {
        case .spring: return .spring
        case .summer: return .summer
        case .autumn, .fall: return .autumn
        default: return .winter
        }
    }

    // MARK: the ...

    func theLed(_ i: Int) -> Step {
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

    func part(_ l: Lex) -> PeriodPart {
        switch l {
        case .end, .close, .late: return .end
        case .beginning, .start, .early: return .beginning
        case .middle, .mid: return .middle
        default: return .whole
        }
    }

    /// A month name at `j`, with its year (`June 2015`), a year shift (`June last year`) or alone; the
    /// expression starts at `start`.
    func monthPhrase(_ start: Int, at j: Int) -> Step? {
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
    func partOf(_ start: Int, at j: Int, part: PeriodPart) -> Step? {
        if let step = monthPhrase(start, at: j) { return step }
        // `by the end of the month` (a deadline; `rent is due at the end of the month` is every month)
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

    func partLed(_ i: Int, from start: Int) -> Step {
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

    func seasonLed(_ i: Int) -> Step {
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

    func quarterLetter(_ i: Int) -> Step {
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
}
