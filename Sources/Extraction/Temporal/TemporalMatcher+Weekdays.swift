import Corpus

/// Dates led by a weekday: `Monday 3 March`, `Fri 3/11/17`, a bare `on Tuesday`.
extension TemporalMatcher {
    // MARK: Weekdays

    func weekdayLed(_ i: Int) -> Step {
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
        // (`what happens after Thursday`: a state following the day, which may be behind the writer)
        c.present = c.direction == .none && lex(i - 1) != .after && presentTense(i, last)
        return .match(c)
    }

    /// A weekday with a numeric day, day first: `Weds 6/7` (Wednesday 6 July), `Fri 3/11/17`. Without the
    /// weekday `6/7` is too often a score or a fraction to be read as a date.
    func numericDayMonth(_ j: Int, from start: Int, weekday w: Int) -> Step? {
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
}
