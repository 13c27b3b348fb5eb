import Corpus

/// Dates counted from the reference day: `today`, `yesterday`, `this/last/next week`, `two years ago`.
extension TemporalMatcher {
    // MARK: today, yesterday, tomorrow

    func deictic(_ i: Int) -> Step {
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
        // `as true today as it was then`, `just as relevant tomorrow as`: a comparison of states, not a day
        if isComparedAcross(i) { return .skip(i + 1) }
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

    /// `at midnight`, `as of midnight`, `from midnight`, `until midnight`: with no day named after it, the
    /// midnight that opens or closes the post's own day (`The last contracts ended at midnight, and the staff
    /// moved over`, `As of midnight the companies belong to their new owners` → the reference day). With a day
    /// after it (`at midnight on Friday`, `midnight tonight`, `midnight on 4 May`, `at midnight the day before`)
    /// the day is the date and is read on its own.
    func midnight(_ i: Int) -> Step {
        switch lex(i - 1) {
        case .at, .of, .from, .since, .until, .till, .by, .after, .before: break
        default: return .none
        }
        let next = lex(i + 1)
        if next == .on || next.isWeekday || next.isMonth || next == .today || next == .tonight || next == .yesterday
            || next == .tomorrow || next == .last || next == .this || next == .next
            || (next == .the && [.day, .night, .following, .previous, .next, .same].contains(lex(i + 2)))
            || (i + 1 < n && toks[i + 1].kind == .number) {
            return .none
        }
        return .match(TemporalCandidate(first: i, last: i, meaning: .days(0)))
    }

    /// Whether the deictic word at `i` stands inside a comparison `as … today as` ("the warning is as valid
    /// today as it was in 2010", "as much today as ever"): `as` right after it and another `as` one to three
    /// words before it. The sentence compares a state now with a state then; nothing happened today.
    func isComparedAcross(_ i: Int) -> Bool {
        guard isAs(i + 1) else { return false }
        for k in stride(from: i - 2, through: max(lo, i - 4), by: -1) where isAs(k) { return true }
        return false
    }

    /// Whether the token at `i` is the word `as` (any case).
    private func isAs(_ i: Int) -> Bool {
        i >= lo && i < n && toks[i].kind == .word && toks[i].end - toks[i].start == 2 && tail(i) == 0x6173
    }

    // MARK: this / last / next

    func shifted(_ i: Int) -> Step {
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
            // `last Friday, 15 February`: the date after the weekday decides which Friday is meant
            var k = j + 1
            if isPunct(k, 0x2C) { k += 1 }
            if isNumber(k), case .match(var c)? = dayMonth(k, from: j) {
                c.first = i
                return .match(c)
            }
            if month(k) != nil, case .match(var c) = monthLed(k, from: j, previousEnd: -2) {
                c.first = i
                return .match(c)
            }
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

    // MARK: two weeks ago, a fortnight ago, four years ago

    func quantityAgo(_ i: Int, quantity q: Int, unitAt u: Int) -> Step? {
        guard q >= 1, q <= 200 else { return nil }
        if toks[i].kind == .number && isPartOfLargerNumber(i) { return nil }
        let unit = lex(u)
        var k = u + 1
        if lex(k) == .later || lex(k) == .earlier { return quantityLater(i, quantity: q, unit: unit, laterAt: k) }
        let fromNow = lex(k) == .from && lex(k + 1) == .now
        // `it is a year this week since …`, `ten years this month since …`: an anniversary said without `ago`, the time since the thing happened (`It is two years this month since
        // the depot closed`, said in May 2024 → May 2022)
        if lex(k) != .ago && !fromNow, unit != .decade, unit != .decades, let months = TimeSpan(unit, q)?.months {
            if lex(k) == .this && (lex(k + 1) == .week || lex(k + 1) == .month) && lex(k + 2) == .since {
                return .match(TemporalCandidate(first: i, last: k + 1, meaning: .anniversary(months: months, point: .thisMonth)))
            }
        }
        guard lex(k) == .ago || fromNow else { return nil }
        if fromNow { k += 1 }
        guard let span = TimeSpan(unit, q) else { return nil }
        let sign = fromNow ? 1 : -1
        let meaning: TemporalMeaning
        switch span {
        case .days(let d): meaning = .days(sign * d)
        case .months(let m): meaning = .months(sign * m)
        case .years(let y): meaning = .years(sign * y)
        }
        // `seven years ago today`, `a year ago this month`, `ten years ago on Friday`: an anniversary, read
        // to the day or month it names (not decades: `a decade ago today` is no anniversary we read).
        if !fromNow, let months = span.months, unit != .decade, unit != .decades {
            if lex(k + 1) == .today {
                return .match(TemporalCandidate(first: i, last: k + 1, meaning: .anniversary(months: months, point: .today)))
            }
            if lex(k + 1) == .this && lex(k + 2) == .month {
                return .match(TemporalCandidate(first: i, last: k + 2, meaning: .anniversary(months: months, point: .thisMonth)))
            }
            if lex(k + 1) == .on, let w = weekday(k + 2) {
                var c = TemporalCandidate(first: i, last: k + 2, meaning: .anniversary(months: months, point: .weekday(w)))
                c.direction = .past
                return .match(c)
            }
        }
        // `a year` takes a singular unit, numbers above one a plural
        return .match(TemporalCandidate(first: i, last: k, meaning: meaning))
    }

    /// `a month later`, `two years later`, `three weeks later`: a span counted forward from the last date the
    /// text gave, not from the post's day (`The trust was set up in May 2019 and a month later it failed`
    /// → June 2019). Days and weeks need a last date that names its day; months need a month.
    /// With `earlier` the span counts back (`nine days earlier` → nine days before the last day given).
    func quantityLater(_ i: Int, quantity q: Int, unit: Lex, laterAt k: Int) -> Step? {
        // `two decades later` is left unread, as it was before spans were shared.
        guard unit != .decade, unit != .decades, let span = TimeSpan(unit, q) else { return nil }
        // `two years earlier than planned`: a comparison with a plan, not a date.
        if lex(k) == .earlier && lex(k + 1) == .than { return nil }
        let sign = lex(k) == .earlier ? -1 : 1
        let meaning: TemporalMeaning
        switch span {
        case .days(let d): meaning = .anchoredDays(sign * d)
        case .months(let m): meaning = .anchoredMonth(sign * m)
        case .years(let y): meaning = .anchoredYear(sign * y)
        }
        return .match(TemporalCandidate(first: i, last: k, meaning: meaning))
    }

    /// `that October`, `that summer`, `that same month`, `that same year`: a month or season of the year the
    /// text last named (`The plan was announced in March 2016 and dropped that October` → October 2016).
    /// `that May` before a capitalised word or a verb is the prime minister's name, not the month.
    func thatLed(_ i: Int) -> Step? {
        if lex(i + 1) == .same {
            switch lex(i + 2) {
            case .year: return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredYear(0)))
            case .month: return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredMonth(0)))
            case .day: return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredDays(0)))
            default: return nil
            }
        }
        if let m = month(i + 1), !toks[i + 1].has(TemporalToken.abbreviation) {
            if m == 5, i + 2 < n, toks[i + 2].kind == .word,
               toks[i + 2].isCapitalized || lex(i + 2).isVerbAfterName || isPunct(i + 2, 0x27) {
                return nil
            }
            return .match(TemporalCandidate(first: i, last: i + 1, meaning: .monthOfYear(month: m, .anchored(0))))
        }
        // `that afternoon`, `that evening`: the day the text last named (nothing when it named none)
        switch lex(i + 1) {
        case .morning, .afternoon, .evening, .night:
            if lex(i - 1) != .the { return .match(TemporalCandidate(first: i, last: i + 1, meaning: .anchoredDays(0))) }
        default: break
        }
        if let s = season(i + 1), s != .fall {
            return .match(TemporalCandidate(first: i, last: i + 1, meaning: .seasonOfYear(.anchored(0), seasonValue(s))))
        }
        return nil
    }
}

/// A count of a unit (`two weeks`, `a fortnight`, `three decades`) at the precision the tagger counts it in:
/// weeks and fortnights as days, decades as years. Shared by `… ago`, `… from now` and `… later`.
enum TimeSpan {
    case days(Int), months(Int), years(Int)

    init?(_ unit: Lex, _ q: Int) {
        switch unit {
        case .day, .days: self = .days(q)
        case .week, .weeks: self = .days(7 * q)
        case .fortnight, .fortnights: self = .days(14 * q)
        case .month, .months: self = .months(q)
        case .year, .years: self = .years(q)
        case .decade, .decades: self = .years(10 * q)
        default: return nil
        }
    }

    /// The span in months, when it is counted in months or years.
    var months: Int? {
        switch self {
        case .days: return nil
        case .months(let m): return m
        case .years(let y): return 12 * y
        }
    }
}
