import Corpus

/// Turns matched expressions into values, in passage order, keeping the anchors later expressions need.
struct TemporalResolver {
    /// The day relative expressions count from (the post's day, or the day a quoted passage speaks from).
    let reference: CalendarDay?
    /// The latest relative month-or-finer date read (`last October`): bare months in a past-perfect clause
    /// resolve against it.
    var narrativeAnchor: TemporalValue?
    /// The latest date read, for `that year`.
    var lastDate: TemporalValue?
    /// The latest date read that is not after the reference: what a past-tense `that spring` refers to when the
    /// text has since looked ahead (`the charter runs to 2027 … the trust was wound up that spring`).
    var lastPastDate: TemporalValue?
    /// The narrative's current date: the latest date, not after the reference, stated in the running text (not
    /// in brackets or quotation marks), with the paragraph it stands in. Dates with no year (`in June`, `on the
    /// 14th`, `in the spring`) take their year from it while it is in the same paragraph or the one before.
    var story: (value: TemporalValue, paragraph: Int)?

    struct Resolution {
        var value: TemporalValue?
        var relative: Bool
    }

    /// Resolves one candidate; `nil` when it should not be reported at all (`that year` with nothing before).
    /// `sinceNow`: the expression follows `since`, so a bare month is the latest one up to the reference day.
    /// `paragraph`: the index of the paragraph (non-empty line) the expression stands in, for ``story``.
    mutating func resolve(_ c: TemporalCandidate, sentenceAnchor: (value: TemporalValue, connectedRange: Bool)?,
                          sinceNow: Bool = false, paragraph: Int = 0) -> Resolution? {
        let R = reference
        let storyDate = storyAnchor(paragraph, back: 0)
        var value: TemporalValue?
        var relative = true
        var setsNarrative = false
        switch c.meaning {
        case .absolute(let v):
            value = v
            relative = false
        case .days(let d):
            value = R.map { .day($0.adding(days: d)) }
            setsNarrative = true
        case .weeks(let w):
            value = R.flatMap { r in
                let d = r.adding(days: 7 * w)
                return .month(year: d.year, month: d.month)
            }
            setsNarrative = true
        case .months(let m):
            value = R.flatMap { r in
                let d = r.firstOfMonth(addingMonths: m)
                return .month(year: d.year, month: d.month)
            }
            setsNarrative = true
        case .years(let y):
            value = R.flatMap { .year($0.year + y) }
        case .yearPart(let yr, let part):
            guard let y = year(of: yr, c) else {
                if case .anchored = yr { return nil }
                value = nil
                break
            }
            switch part {
            case .beginning: value = .month(year: y, month: 1)
            case .end: value = .month(year: y, month: 12)
            default: value = .year(y)
            }
        case .monthOfYear(let m, let yr):
            guard let y = year(of: yr, c) else {
                if case .anchored = yr { return nil }
                break
            }
            value = .month(year: y, month: m)
            setsNarrative = true
        case .dayOfYear(let m, let d, let yr):
            guard let y = year(of: yr, c) else {
                if case .anchored = yr { return nil }
                break
            }
            value = .day(year: y, month: m, day: d)
            if value == nil && R != nil { return nil }
            setsNarrative = true
        case .namedMonth(let m, let shift):
            value = R.flatMap { r in
                var y = r.year
                switch shift {
                case ..<0: if m >= r.month || TemporalResolver.justPast(CalendarDay.lastDay(ofMonth: m, year: y), r, within: 62) { y -= 1 }
                case 1...: if m <= r.month { y += 1 }
                default: break
                }
                return .month(year: y, month: m)
            }
            setsNarrative = true
        case .bareMonth(let m):
            if let a = sentenceAnchor {
                var y = a.value.start.year
                if a.connectedRange && m < a.value.start.month { y += 1 }
                value = .month(year: y, month: m)
            } else if sinceNow, let r = R {
                value = TemporalResolver.month(m, around: r, .past)
            } else if c.present, !c.pluperfect, let r = R {
                // `the scheme closes in November`, `we are celebrating in June`: the month of the post's year
                value = .month(year: r.year, month: m)
            } else if !c.pluperfect, c.direction != .future, let r = R,
                      let a = storyDate ?? storyAnchor(paragraph, back: 2).flatMap({ $0.precision == .day && m > $0.start.month ? $0 : nil }),
                      let v = TemporalResolver.storyDay(month: m, day: nil, after: a, before: r) {
                // (as a day and month below, a month reads on from a day one of the two paragraphs before stated
                // (the latest date read, so none came between), when it comes later in that year: `On 15 March
                // 2011 the mill closed. ¶ Worse came in May, …` → May 2011; a month at or before the day's,
                // across the paragraph break, is not read as a year on)
                value = v
            } else if c.pluperfect, let r = R, let a = storyDate, narrativeAnchor.map({ $0.start < a.start }) ?? true, a.start.year < r.year,
                      a.precision <= .season, let v = TemporalValue.month(year: a.start.year, month: m), v.start <= r {
                // a past-perfect clause in a paragraph narrating an earlier year, told after the narrative's
                // last relative date: that year (`Then, in July 2015, the crash came. The chief, who had
                // announced in August that he would go, …` → August 2015)
                value = v
            } else if let base = (c.pluperfect ? narrativeAnchor?.start : nil) ?? R {
                // A past-perfect clause steps back from the narrative's time (`last October … she had taken the
                // job in December` → the December before); otherwise a bare month is read from the post's day,
                // however far back an earlier sentence went.
                value = TemporalResolver.month(m, around: base, c.direction)
            }
        case .yearlessDay(let m, let d, let w):
            if let a = sentenceAnchor, a.value.precision <= .month {
                var y = a.value.start.year
                if a.connectedRange && m < a.value.start.month { y += 1 }
                value = .day(year: y, month: m, day: d)
            } else if w == nil, c.direction != .future, let r = R,
                      let a = storyDate ?? storyAnchor(paragraph, back: 1).flatMap({ $0.precision == .day ? $0 : nil }),
                      let v = TemporalResolver.storyDay(month: m, day: d, after: a, before: r) {
                // (a day and month read on from a day the paragraph before stated: `On 17 August 2020 the
                // board gave way. ¶ The chair resigned on 25 August.` → 25 August 2020)
                value = v
            } else if let r = R {
                value = TemporalResolver.day(month: m, day: d, weekday: w, around: r, c.direction)
                if value == nil { return nil }
            }
            setsNarrative = true
        case .weekday(let w, let mode):
            let direction: TemporalDirection = c.present && mode == .plain ? .future : c.direction
            value = R.map { .day(TemporalResolver.weekday(w, mode, direction, from: $0)) }
            setsNarrative = true
        case .quarter(let yr, let q):
            guard let y = year(of: yr, c) else {
                if case .anchored = yr { return nil }
                break
            }
            value = .quarter(year: y, quarter: q)
        case .half(let yr, let h):
            guard let y = year(of: yr, c) else {
                if case .anchored = yr { return nil }
                break
            }
            value = .half(year: y, half: h)
        case .quarterShift(let s):
            value = R.flatMap { r in
                let index = r.year * 4 + (r.month - 1) / 3 + s
                return .quarter(year: index / 4, quarter: index % 4 + 1)
            }
        case .seasonOfYear(let yr, let s):
            guard let y = year(of: yr, c) else {
                if case .anchored = yr { return nil }
                break
            }
            value = .season(year: y, s)
        case .seasonShift(let s, let shift):
            value = R.flatMap { TemporalResolver.season(s, shift, from: $0) }
        case .dayOfStoryMonth(let d):
            // The month of the narrative's date; with none in the paragraph, the reference's month (or the one
            // before, when the day is still to come and the text looks back).
            var y: Int, m: Int
            if let a = storyDate, a.precision <= .month {
                y = a.start.year
                m = a.start.month
                if a.precision == .day && d < a.start.day {
                    m += 1
                    if m > 12 { m = 1; y += 1 }
                }
            } else if let r = R {
                y = r.year
                m = r.month
                if d > r.day && c.direction != .future {
                    m -= 1
                    if m < 1 { m = 12; y -= 1 }
                }
            } else {
                return nil
            }
            guard let v = TemporalValue.day(year: y, month: m, day: d) else { return nil }
            value = v
            setsNarrative = true
        case .anchoredNamedMonth(let m, let s):
            guard let a = anchor(c) else { return nil }
            var y = a.start.year
            if s > 0 {
                if a.precision == .year || m <= a.start.month { y += 1 }
            } else if a.precision == .year || m >= a.start.month {
                y -= 1
            }
            value = .month(year: y, month: m)
        case .anchoredSeason(let se, let s):
            guard let a = anchor(c), let here = TemporalValue.season(year: a.start.year, se) else { return nil }
            var y = a.start.year
            if s > 0 {
                if a.precision == .year || here.start <= a.start { y += 1 }
            } else if a.precision == .year || here.start >= a.start {
                y -= 1
            }
            value = .season(year: y, se)
        case .bareSeason(let se):
            guard let r = R else { break }
            if c.direction == .future {
                value = TemporalResolver.season(se, 1, from: r)
            } else if c.present {
                // `the new lines are promised for the autumn`: the season of the post's year
                value = .season(year: se == .winter && r.month <= 2 ? r.year - 1 : r.year, se)
            } else {
                // The narrative's year, else the latest such season begun by the reference; a past-tense clause
                // in a season not yet over means the previous one (`set up in the spring`, said in April), and so
                // does a clause with no tense cue in the season's first month (`labs opened in the spring`, said
                // ten days into March: a season barely begun is not yet a time things happened in).
                var y = storyDate?.start.year ?? r.year
                if let v = TemporalValue.season(year: y, se),
                   v.start > r || (storyDate == nil && v.end >= r
                                   && (c.direction == .past || (c.direction == .none && r.dayNumber - v.start.dayNumber < 31))) {
                    y -= 1
                }
                value = .season(year: y, se)
            }
        case .easter(let offset):
            guard let r = R else { break }
            let story = storyAnchor(paragraph, back: 2)
            var y = story?.start.year ?? r.year
            if let e = CalendarDay.easterSunday(year: y) {
                // `until Easter` in a narrative of October 2020: the Easter after the narrative's date
                if c.direction == .future, let a = story, e < a.start { y += 1 }
                else if c.direction == .future && e < r && y == r.year { y += 1 }
                else if c.direction != .future && e > r { y -= 1 }
            }
            value = CalendarDay.easterSunday(year: y).map { .day($0.adding(days: offset)) }
            setsNarrative = true
        case .periodOfNarrative(let isMonth, let part):
            // the narrative's month or year when its paragraph states one (not for a deadline ahead)
            var base: (year: Int, month: Int)? = R.map { ($0.year, $0.month) }
            if c.direction != .future, let a = storyDate, a.precision <= (isMonth ? .month : .year) {
                base = (a.start.year, a.start.month)
            }
            guard let b = base else { break }
            if isMonth {
                value = .month(year: b.year, month: b.month)
                setsNarrative = true
            } else {
                switch part {
                case .beginning: value = .month(year: b.year, month: 1)
                case .end: value = .month(year: b.year, month: 12)
                default: value = .year(b.year)
                }
            }
        case .anchoredYear(let s):
            guard let a = anchor(c) else { return nil }
            value = .year(a.start.year + s)
        case .anchoredMonth(let s):
            guard let a = anchor(c), a.precision <= .month else { return nil }
            let d = a.start.firstOfMonth(addingMonths: s)
            value = .month(year: d.year, month: d.month)
        case .anniversary(let months, let point):
            guard let r = R else { break }
            switch point {
            case .thisMonth:
                let d = r.firstOfMonth(addingMonths: -months)
                value = .month(year: d.year, month: d.month)
            case .today, .weekday:
                var day = r
                if case .weekday(let w) = point { day = TemporalResolver.weekday(w, .plain, .past, from: r) }
                let first = day.firstOfMonth(addingMonths: -months)
                value = CalendarDay(year: first.year, month: first.month, day: day.day).map { .day($0) }
                    ?? .month(year: first.year, month: first.month)
            }
        case .anchoredDays(let d):
            // `The deadline was 30 June. The next day …`: a count of days leans on the day just named, wherever it is.
            guard let a = lastDate, a.precision == .day else { return nil }
            value = .day(a.start.adding(days: d))
            setsNarrative = true
        }
        if let v = value {
            lastDate = v
            if R.map({ v.start <= $0 }) ?? true { lastPastDate = v }
            // The narrative's "now" is a past time: a date ahead of the reference (`by 4 July`) is not one.
            if setsNarrative && v.precision <= .month && (R.map { v.start <= $0 } ?? false) { narrativeAnchor = v }
        }
        return Resolution(value: value, relative: relative)
    }

    private func year(of yr: YearReference, _ c: TemporalCandidate) -> Int? {
        switch yr {
        case .absolute(let y): return y
        case .relative(let s): return reference.map { $0.year + s }
        case .anchored(let s): return anchor(c).map { $0.start.year + s }
        }
    }

    /// The date `that year`, `the following June`, `three days later` count from: the last date read, or, when
    /// that one lies after the reference and the expression does not point forward, the last one before it (a
    /// past-tense `that spring` does not refer to a deadline mentioned in passing).
    private func anchor(_ c: TemporalCandidate) -> TemporalValue? {
        guard let a = lastDate else { return nil }
        if c.direction != .future, let r = reference, a.start > r, let p = lastPastDate { return p }
        return a
    }

    /// The narrative's date when it was stated in paragraph `paragraph` or up to `back` paragraphs before.
    func storyAnchor(_ paragraph: Int, back: Int) -> TemporalValue? {
        guard let s = story, paragraph - s.paragraph <= back else { return nil }
        return s.value
    }

    /// Records a date of the running text as the narrative's current date, when it is not after the reference.
    mutating func noteStory(_ v: TemporalValue, paragraph: Int) {
        guard let r = reference, v.start <= r, v.precision != .decade else { return }
        story = (v, paragraph)
    }

    /// A month (or a day of it) with no year, in a paragraph narrating an earlier year than the post's: the
    /// narrative's year, or the next one when the month comes before the narrative's month (`In June 2019 the
    /// board met … in February the plan was dropped` → February 2020). `nil` when the narrative is in the
    /// post's own year (the post's day decides then, as it always has) or the result would lie after `before`.
    /// The narrative's date must name a season or finer: a bare year is as often a background fact (`owned it
    /// from 2006 to 2017. In May the regulator fined it` → May of the post's year).
    static func storyDay(month m: Int, day d: Int?, after a: TemporalValue, before r: CalendarDay) -> TemporalValue? {
        guard a.start.year < r.year, a.precision <= .season else { return nil }
        var y = a.start.year
        if m < a.start.month { y += 1 }
        let v: TemporalValue? = d.map { TemporalValue.day(year: y, month: m, day: $0) } ?? .month(year: y, month: m)
        guard let v, v.start <= r else { return nil }
        return v
    }

    // MARK: Choices

    /// A month with no year: the latest one not after `base` (a text narrating the past), or the first one
    /// not before it when the text points forward (`by September`, `will … in July`).
    static func month(_ m: Int, around base: CalendarDay, _ direction: TemporalDirection) -> TemporalValue? {
        var y = base.year
        if direction == .future {
            if m < base.month { y += 1 }
        } else if m > base.month {
            y -= 1
        }
        return .month(year: y, month: m)
    }

    /// A day and month with no year: the nearest such day to `base`, unless the text points the other way
    /// and the day that way is within about ten months. A weekday given with it picks the year it fits.
    static func day(month m: Int, day d: Int, weekday w: Int?, around base: CalendarDay,
                    _ direction: TemporalDirection) -> TemporalValue? {
        var candidates: [CalendarDay] = []
        for y in (base.year - 1)...(base.year + 1) {
            if CalendarDay.isPlausibleYear(y), let c = CalendarDay(year: y, month: m, day: d) { candidates.append(c) }
        }
        if let w {
            let fitting = candidates.filter { $0.weekday == w }
            if !fitting.isEmpty { candidates = fitting }
        }
        let r = base.dayNumber
        guard var best = candidates.min(by: { abs($0.dayNumber - r) < abs($1.dayNumber - r) }) else { return nil }
        switch direction {
        case .past:
            if let c = candidates.filter({ $0.dayNumber <= r }).max(), r - c.dayNumber <= 300 { best = c }
        case .future:
            if let c = candidates.filter({ $0.dayNumber >= r }).min(), c.dayNumber - r <= 300 { best = c }
        case .none:
            break
        }
        return .day(best)
    }

    /// A weekday: `last` and plain past use the latest one strictly before the reference (a week back on
    /// the same weekday); `next` and forward-pointing text the first strictly after; `this` the one in the
    /// reference's own ISO week.
    static func weekday(_ w: Int, _ mode: WeekdayMode, _ direction: TemporalDirection, from r: CalendarDay) -> CalendarDay {
        let rw = r.weekday
        func before() -> CalendarDay {
            var back = (rw - w + 7) % 7
            if back == 0 { back = 7 }
            return r.adding(days: -back)
        }
        func after() -> CalendarDay {
            var ahead = (w - rw + 7) % 7
            if ahead == 0 { ahead = 7 }
            return r.adding(days: ahead)
        }
        switch mode {
        case .last: return before()
        case .next: return after()
        case .this: return r.adding(days: w - rw)
        case .plain: return direction == .future ? after() : before()
        }
    }

    /// Whether a month or season that ended on `end` is too near the day `r` for `last` to name it: a month
    /// that ended within about two months is `last month` or `in June` to the writer, a season within about
    /// four `this summer`, so `last June` said in July, or `last summer` said in December, is the one a year
    /// before (`last May` said in late September, `last March` in October, `last spring` in November is the
    /// latest). `within`: the days.
    static func justPast(_ end: CalendarDay, _ r: CalendarDay, within days: Int) -> Bool {
        end < r && r.dayNumber - end.dayNumber < days
    }

    /// `last summer`, `this winter`, `next spring` from a day.
    static func season(_ s: TemporalValue.Season, _ shift: Int, from r: CalendarDay) -> TemporalValue? {
        // the season (of this kind) that contains r, or the one of r's year
        var y = r.year
        if s == .winter && r.month <= 2 { y -= 1 }
        guard let current = TemporalValue.season(year: y, s) else { return nil }
        switch shift {
        case ..<0:
            return current.end < r && !justPast(current.end, r, within: 120) ? current : .season(year: y - 1, s)
        case 1...:
            return current.start > r ? current : .season(year: y + 1, s)
        default:
            return current
        }
    }
}
