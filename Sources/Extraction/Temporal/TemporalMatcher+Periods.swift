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
            // `in the early autumn`, `by the late summer`: the season
            if let step = bareSeason(i, seasonAt: j) { return step }
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
            // `the summer 2007 floods`, `the autumn 2019 statement`: the season of that year
            if let y = yearNumber(i + 2), !isPartOfLargerNumber(i + 2), let v = TemporalValue.season(year: y, seasonValue(a)) {
                return .match(TemporalCandidate(first: i, last: i + 2, meaning: .absolute(v)))
            }
            if lex(i + 2) == .of, let (yr, e) = yearReference(i + 3) {
                let s = seasonValue(a)
                if case .absolute(let y) = yr {
                    guard let v = TemporalValue.season(year: y, s) else { return .none }
                    return .match(TemporalCandidate(first: i, last: e, meaning: .absolute(v)))
                }
                return .match(TemporalCandidate(first: i, last: e, meaning: .seasonOfYear(yr, s)))
            }
            if let step = bareSeason(i) { return step }
        case .following, .previous, .same, .next:
            let s = a == .following || a == .next ? 1 : a == .previous ? -1 : 0
            // `on the same day`, `the same day the board met`: the day the text last named
            if a == .same && lex(i + 2) == .day && !(lex(i - 1) == .over || lex(i - 1) == .within) {
                return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredDays(0)))
            }
            if a != .next {
                if lex(i + 2) == .year {
                    return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredYear(s)))
                }
                if lex(i + 2) == .month {
                    return .match(TemporalCandidate(first: i, last: i + 2, meaning: .anchoredMonth(s)))
                }
            }
            if let step = followingNamed(i, shift: s) { return step }
        case .year, .day, .month:
            if let step = yearBeforeAfter(i) { return step }
        case .new:
            if let step = newYear(i) { return step }
        default:
            if let step = dayOfStoryMonth(i) { return step }
            if let step = monthEvent(i) { return step }
            if isNumber(i + 1), let d = decade(i + 1, from: i) { return d }
            if isPunct(i + 1, 0x27), isNumber(i + 2), gapless(i + 2), let d = decade(i + 2, from: i) { return d }
        }
        return .none
    }

    /// `the next day`, `the following day`, `the previous day`, `the next morning`; `the following June`, `the previous October`;
    /// `the following spring`, `the next winter`: counted from the last date the text gave, not from the post's
    /// day (`The bill passed in March 2011 and came into force the following April` → April 2011). After
    /// `over`, `within`, `for`, `in` or `during` the phrase is a span (`within the next day`), not a date.
    func followingNamed(_ i: Int, shift s: Int) -> Step? {
        guard s != 0 else { return nil }
        switch lex(i - 1) {
        case .over, .within, .inPrep, .during, .throughout: return nil
        default: break
        }
        let j = i + 2
        if lex(j) == .day {
            if isWord(i - 1, "for") || lex(j + 1) == .or || lex(j + 1) == .to { return nil }  // `for the next day or two`
            return .match(TemporalCandidate(first: i, last: j, meaning: .anchoredDays(s)))
        }
        // `the next morning`, `the following evening`, `the previous night`: the day after (before) the day last named
        switch lex(j) {
        case .morning, .afternoon, .evening, .night:
            return .match(TemporalCandidate(first: i, last: j, meaning: .anchoredDays(s)))
        default: break
        }
        if let m = month(j), isMonthName(j), yearNumber(j + 1) == nil {
            return .match(TemporalCandidate(first: i, last: j, meaning: .anchoredNamedMonth(month: m, shift: s)))
        }
        if let l = season(j), l != .fall, yearNumber(j + 1) == nil {
            return .match(TemporalCandidate(first: i, last: j, meaning: .anchoredSeason(seasonValue(l), shift: s)))
        }
        return nil
    }

    /// Words after `the new year` that make it a holiday or an occasion, not a time (`the New Year honours`,
    /// `the new year celebrations`).
    static let notNewYearNouns: Set<String> = ["honours", "honors", "list", "eve", "day", "holiday", "holidays",
                                               "break", "resolution", "resolutions", "celebrations", "message",
                                               "address", "party", "parties", "period", "sales"]

    /// `in the new year`, `early in the new year`: the year after the one the clause speaks from. Said of the
    /// future or in the present (`the ministry will publish its plan in the new year`, `talks resume in the new
    /// year`) it is the year after the post's; in a past narrative (`in November 2015 the board said it would
    /// report in the new year`) the year after the last date read. Only after `in`, and not before a noun of an
    /// occasion (`in the New Year honours`).
    func newYear(_ i: Int) -> Step? {
        guard lex(i - 1) == .inPrep, lex(i + 2) == .year else { return nil }
        let k = i + 3
        if k < n, !toks[k].has(TemporalToken.newlineBefore) {
            if isPunct(k, 0x27) { return nil }  // `New Year's Day` is a holiday (read elsewhere)
            if toks[k].kind == .word && (toks[k].isCapitalized || Self.notNewYearNouns.contains(lowercasedWord(k))) { return nil }
        }
        let d = direction(i - 1, i + 2)
        let meaning: TemporalMeaning = d == .past ? .anchoredYear(1) : .years(1)
        var c = TemporalCandidate(first: i, last: i + 2, meaning: meaning)
        c.direction = d
        return .match(c)
    }

    /// Lower-case words after `the summer` that make it a stretch of a school or parliamentary calendar or a
    /// kind of weather, or the Chancellor's fiscal statement, not a time the text dates something by (`over the
    /// summer holidays`, `the winter months`, `in the autumn statement of 2015`).
    static let notSeasonNouns: Set<String> = ["term", "terms", "holiday", "holidays", "recess", "months", "break",
                                              "sun", "weather", "heat", "season", "half-term", "crisis", "pressures",
                                              "statement", "statements"]

    /// `in the summer`, `by the autumn`, `since the spring`: a season with no year after a preposition of time.
    /// It is resolved like a bare month (the narrative's year, or the post's when nothing nearer is stated).
    /// `seasonAt`: where the season stands when a part of it comes first (`in the early autumn`, `in late
    /// summer`: the season all the same).
    func bareSeason(_ i: Int, seasonAt at: Int? = nil) -> Step? {
        let s = at ?? i + 1
        guard let l = season(s), l != .fall, yearNumber(s + 1) == nil else { return nil }
        switch lex(i - 1) {
        case .inPrep, .during, .since, .by, .until, .till, .over, .through, .throughout, .before, .after, .from:
            break
        default:
            guard isWord(i - 1, "for") else { return nil }
        }
        let k = s + 1
        if k < n, toks[k].kind == .word, !toks[k].has(TemporalToken.newlineBefore) {
            if toks[k].isCapitalized && !isSentenceStartWord(k) { return nil }  // `the Spring Statement`
            if Self.notSeasonNouns.contains(lowercasedWord(k)) { return nil }
        }
        var c = TemporalCandidate(first: i, last: s, meaning: .bareSeason(seasonValue(l)))
        c.direction = direction(i, s)
        c.present = c.direction == .none && presentTense(i, s, verbFirst: true)
        return .match(c)
    }

    /// Whether the token at `k` is the word `w` (lower case, any capitalisation in the text).
    func isWord(_ k: Int, _ w: String) -> Bool {
        k >= lo && k < n && toks[k].kind == .word && toks[k].end - toks[k].start == w.utf8.count && lowercasedWord(k) == w
    }

    /// Whether the capitalised word at `k` merely starts a sentence (after a full stop), so says nothing.
    func isSentenceStartWord(_ k: Int) -> Bool { k > lo && isSentenceEnd(k - 1) }

    /// Words after `on the 14th` that keep it a day of the month (function words and punctuation do too).
    static let afterDayWords: Set<String> = ["the", "a", "an", "and", "but", "when", "it", "he", "she", "they",
                                             "we", "i", "at", "in", "with", "as", "after", "before", "so", "then",
                                             "which", "while", "his", "her", "its", "their", "there", "this",
                                             "that", "only", "to", "was", "were", "is", "will"]

    /// `on the 14th`, `by the 3rd`, `until the 21st`: a day of the month the narrative is in, stated by its
    /// ordinal alone (`The order was made in May 2021. On the 14th the first claims were paid` → 14 May 2021).
    /// It needs a preposition of time before it, and no noun after it (`on the 5th floor`, `the 19th century`).
    func dayOfStoryMonth(_ i: Int) -> Step? {
        let j = i + 1
        guard isNumber(j), toks[j].has(TemporalToken.ordinal), toks[j].code <= 2,
              toks[j].value >= 1, toks[j].value <= 31, !isPartOfLargerNumber(j) else { return nil }
        switch lex(i - 1) {
        case .on, .by, .until, .till, .from, .since, .before, .after: break
        default: return nil
        }
        let k = j + 1
        if lex(k) == .of || month(k) != nil { return nil }  // `the 1st of May`, `the 3rd June`: a day and month
        if k < n, toks[k].kind == .word, !toks[k].has(TemporalToken.newlineBefore) {
            let w = lowercasedWord(k)
            if toks[k].isCapitalized {
                if ["century", "amendment", "anniversary", "birthday", "floor", "division"].contains(w) { return nil }
            } else if !Self.afterDayWords.contains(w) {
                return nil
            }
        }
        if k < n, toks[k].kind == .number, !toks[k].has(TemporalToken.newlineBefore) { return nil }
        var c = TemporalCandidate(first: i, last: j, meaning: .dayOfStoryMonth(Int(toks[j].value)))
        c.direction = direction(i, j)
        return .match(c)
    }

    /// `the year before`, `the year after` at the end of a clause: the year before (after) the last date read
    /// (`The trust was fined in 2019; it had been warned the year before.` → 2018); so for `the month before` and
    /// `the day after` (`The bill passed on 4 May; the minister had resigned the day before.` → 3 May, read only
    /// when the text named a day). Followed by a noun phrase
    /// (`the year before the election`) it counts from something else and is left unread.
    /// After a copula (`2015 was the year after`) the phrase is a predicate naming a year, not a time.
    func yearBeforeAfter(_ i: Int) -> Step? {
        let j = i + 2
        // `the day before yesterday`, `the day after tomorrow`: two days from the reference
        if lex(i + 1) == .day, (lex(j) == .before && lex(j + 1) == .yesterday) || (lex(j) == .after && lex(j + 1) == .tomorrow) {
            return .match(TemporalCandidate(first: i, last: j + 1, meaning: .days(lex(j) == .before ? -2 : 2)))
        }
        if lex(i - 1) == .was || lex(i - 1) == .were || isWord(i - 1, "is") || isWord(i - 1, "be") { return nil }
        let s: Int
        switch lex(j) {
        case .before: s = -1
        case .after: s = 1
        default: return nil
        }
        let k = j + 1
        if k < n, !toks[k].has(TemporalToken.newlineBefore) {
            if toks[k].kind == .number { return nil }
            if toks[k].kind == .word && !Self.afterYearBeforeWords.contains(lowercasedWord(k)) { return nil }
        }
        let meaning: TemporalMeaning
        switch lex(i + 1) {
        case .day: meaning = .anchoredDays(s)
        case .month: meaning = .anchoredMonth(s)
        default: meaning = .anchoredYear(s)
        }
        return .match(TemporalCandidate(first: i, last: j, meaning: meaning))
    }

    /// Words that may follow `the year before` and leave it a date (a new clause or an adverbial).
    static let afterYearBeforeWords: Set<String> = ["over", "when", "and", "but", "with", "as", "in", "on", "after",
                                                    "because", "for", "so", "while", "too", "as", "by"]

    /// Nouns of a happening that a month name before them dates (`the November lockdown`, `the May reshuffle`).
    static let monthEventNouns: Set<String> = ["reshuffle", "lockdown", "election", "elections", "budget", "strike",
                                               "strikes", "riots", "floods", "referendum", "deadline", "announcement",
                                               "vote", "walkout", "ballot", "summit", "storm", "storms"]

    /// `the November lockdown`, `in the March budget`: a month used as an adjective before a noun of a happening
    /// names the month it happened in, read like a bare month (`in March`).
    func monthEvent(_ i: Int) -> Step? {
        let j = i + 1
        guard let m = month(j), isMonthName(j), j + 1 < n, toks[j + 1].kind == .word, !toks[j + 1].isCapitalized,
              Self.monthEventNouns.contains(lowercasedWord(j + 1)) else { return nil }
        var c = TemporalCandidate(first: j, last: j, meaning: .bareMonth(month: m))
        c.direction = direction(i, j + 1)
        c.pluperfect = hadBefore(i)
        return .match(c)
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

    /// A season after `the end of`, `the start of`, `the middle of` at `j`: the part of a season is dated by
    /// the season, as `the end of April` is by its month. With its year (`the end of summer 2016`, `the start of
    /// the autumn of 2019`) it is that season; with a shift (`the end of last winter`) the season counted from
    /// the post; with `that` (`the end of that summer`) the season of the year last read; alone (`at the end
    /// of the summer`, `by the start of spring`) it is read like `in the summer`. A season that names a term,
    /// a holiday or a kind of weather (`the end of the summer term`, `the start of the winter months`) is not
    /// read.
    func seasonPhrase(_ start: Int, at j: Int) -> Step? {
        var s = j
        let lead = lex(j)
        if lead == .the || lead == .last || lead == .this || lead == .next || lead == .that { s += 1 }
        guard let l = season(s), l != .fall else { return nil }
        let se = seasonValue(l)
        var y = s + 1
        if lex(y) == .of { y += 1 }
        if let year = yearNumber(y), !isPartOfLargerNumber(y), lead != .last, lead != .this, lead != .next, lead != .that {
            guard let v = TemporalValue.season(year: year, se) else { return nil }
            return .match(TemporalCandidate(first: start, last: y, meaning: .absolute(v)))
        }
        let k = s + 1
        if k < n, toks[k].kind == .word, !toks[k].has(TemporalToken.newlineBefore) {
            if toks[k].isCapitalized && !isSentenceStartWord(k) { return nil }  // `the end of the Spring Statement`
            if Self.notSeasonNouns.contains(lowercasedWord(k)) { return nil }
        }
        if k < n, toks[k].kind == .number, !toks[k].has(TemporalToken.newlineBefore) { return nil }
        switch lead {
        case .last: return .match(TemporalCandidate(first: start, last: s, meaning: .seasonShift(se, -1)))
        case .this: return .match(TemporalCandidate(first: start, last: s, meaning: .seasonShift(se, 0)))
        case .next: return .match(TemporalCandidate(first: start, last: s, meaning: .seasonShift(se, 1)))
        case .that: return .match(TemporalCandidate(first: start, last: s, meaning: .seasonOfYear(.anchored(0), se)))
        default:
            var c = TemporalCandidate(first: start, last: s, meaning: .bareSeason(se))
            c.direction = direction(start, s)
            c.present = c.direction == .none && presentTense(start, s, verbFirst: true)
            return .match(c)
        }
    }

    /// `by the end of the month`, `at the start of the year`, `since the beginning of the year` (`the` at `j`):
    /// the month or year the narrative is in, or the post's when its paragraph states none (a deadline, `by
    /// the end of the year`, said of the future is always the post's). After `at` or `in` the clause must tell
    /// a past happening, not a habit or a due date (`the pay at the end of the month`, `rent is due at the end
    /// of the month` are every month); other prepositions
    /// than `by`, `until`, `before`, `since`, `from`, `at`, `in` leave it unread (`towards the end of the year`).
    func periodOfNarrative(_ start: Int, at j: Int, part: PeriodPart) -> Step {
        let last = j + 1
        switch lex(start - 1) {
        case .by, .until, .till, .before, .since, .from: break
        case .at, .inPrep: break
        default: return .skip(last + 1)
        }
        var c = TemporalCandidate(first: start, last: last, meaning: .periodOfNarrative(month: lex(last) == .month, part))
        c.direction = direction(start, last)
        if lex(start - 1) == .at || lex(start - 1) == .inPrep {
            if c.direction == .future || (c.direction == .none && presentTense(start, last, verbFirst: true)) {
                return .skip(last + 1)
            }
        }
        return .match(c)
    }

    /// `<part> of` followed by a month or a year reference at `j`; the expression starts at `start`.
    func partOf(_ start: Int, at j: Int, part: PeriodPart) -> Step? {
        if let step = monthPhrase(start, at: j) { return step }
        if let step = seasonPhrase(start, at: j) { return step }
        if lex(j) == .the && (lex(j + 1) == .month || lex(j + 1) == .year) {
            return periodOfNarrative(start, at: j, part: part)
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
            // `late summer 2023`: the season of that year; `in late summer`: the season
            if let l = season(j), let y = yearNumber(j + 1), !isPartOfLargerNumber(j + 1), let v = TemporalValue.season(year: y, seasonValue(l)) {
                return .match(TemporalCandidate(first: start, last: j + 1, meaning: .absolute(v)))
            }
            if start == i, let step = bareSeason(i, seasonAt: j) { return step }
            return .none
        case .earlier, .later:
            switch (lex(i + 1), lex(i + 2)) {
            case (.this, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .years(0)))
            case (.this, .month): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .months(0)))
            case (.this, .week): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .weeks(0)))
            case (.last, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .years(-1)))
            case (.next, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .years(1)))
            case (.that, .year): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .anchoredYear(0)))
            case (.that, .month): return .match(TemporalCandidate(first: start, last: i + 2, meaning: .anchoredMonth(0)))
            // `later in the year`, `earlier in the month`: the year (month) of the last date read
            case (.inPrep, .the) where lex(i + 3) == .year:
                return .match(TemporalCandidate(first: start, last: i + 3, meaning: .anchoredYear(0)))
            case (.inPrep, .the) where lex(i + 3) == .month:
                return .match(TemporalCandidate(first: start, last: i + 3, meaning: .anchoredMonth(0)))
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
        if lex(i) != .fall, seasonSoFar(i) { return .match(TemporalCandidate(first: i, last: i, meaning: .seasonShift(s, 0))) }
        return .none
    }

    /// Words that may follow the season in `it has been a long winter` and leave it the time being told of.
    static let afterSeasonSoFarWords: Set<String> = ["for", "of", "and", "but", "in", "on", "at", "with", "so", "since",
                                                     "when", "as", "to", "too", "already", "across", "around"]

    /// Whether the season at `i` is the present-perfect complement of `has been a …` (`It has been a strange
    /// autumn.`, `This has been a long, hot summer for the water companies`, `it's been a hard winter in A&E`):
    /// the writer sums up the season they are in, so it is the post's own season (as `this autumn`). Up to
    /// three adjectives or commas may stand between the article and the season. Not read: a past or
    /// past-perfect verb (`It was a hard winter`, `it had been a wet spring`: the year is not said), a season
    /// used as an adjective (`it has been a summer job for years`), a season with no article before it.
    func seasonSoFar(_ i: Int) -> Bool {
        var k = i - 1
        var skipped = 0
        while k >= lo, skipped < 4, toks[k].kind != .punct || toks[k].code == 0x2C,
              toks[k].kind != .number, lex(k) != .a, lex(k) != .an {
            if toks[k].kind == .word && (toks[k].isCapitalized || toks[k].lex != .none) { return false }
            k -= 1
            skipped += 1
        }
        guard lex(k) == .a || lex(k) == .an, isWord(k - 1, "been") else { return false }
        let h = k - 2
        guard isWord(h, "has") || isWord(h, "have") || (lex(h) == .s && isPunct(h - 1, 0x27) && gapless(h)) else { return false }
        let after = i + 1
        if after < n, !toks[after].has(TemporalToken.newlineBefore) {
            if toks[after].kind == .number { return false }
            if toks[after].kind == .word && !Self.afterSeasonSoFarWords.contains(lowercasedWord(after)) { return false }
        }
        return true
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
