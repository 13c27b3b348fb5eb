import Corpus

/// Which way a text points in time around an expression, read from nearby cue words
/// (`will`, `due to`, `by` point forward; `was`, `said`, `-ed` verbs point back).
enum TemporalDirection: Sendable, Hashable {
    case none, past, future
}

/// How a weekday name is tied to the reference day.
enum WeekdayMode: Sendable, Hashable {
    /// `last Monday`: the latest one strictly before the reference.
    case last
    /// `next Monday`, `this coming Monday`: the first one strictly after.
    case next
    /// `this Monday`: the one in the reference's ISO week (the reference itself on a Monday).
    case this
    /// `on Monday`: the latest one before, or the next one when the text points forward.
    case plain
}

/// A part of a year or month: `the beginning of`, `the end of`, `mid-`.
enum PeriodPart: Sendable, Hashable {
    case beginning, middle, end, whole
}

/// A year as an expression states it.
enum YearReference: Sendable, Hashable {
    /// `2019`.
    case absolute(Int)
    /// `this year` (0), `last year` (-1), `next year` (+1).
    case relative(Int)
    /// `that year` (0), `the following year` (+1), `the previous year` (-1): relative to the last date read.
    case anchored(Int)
}

/// What a matched expression means before it is resolved against a reference.
enum TemporalMeaning: Sendable, Hashable {
    /// A value stated in full (`15 January 2016`, `April 2015`, `Q4 2019`, `2009`, `the 1990s`).
    case absolute(TemporalValue)
    /// `today` (0), `yesterday` (-1), `two weeks ago` (-14): a day.
    case days(Int)
    /// `last week` (-1), `this week` (0), `next week` (+1): the month of that week's day.
    case weeks(Int)
    /// `last month` (-1), `three months ago` (-3).
    case months(Int)
    /// `last year` (-1), `four years ago` (-4), `earlier this year` (0).
    case years(Int)
    /// `the beginning of this year`, `the end of last year`.
    case yearPart(YearReference, PeriodPart)
    /// `March last year`, `the start of March last year`; `March 2015` is absolute.
    case monthOfYear(month: Int, YearReference)
    /// `17 May last year`.
    case dayOfYear(month: Int, day: Int, YearReference)
    /// `last October` (-1), `this October` (0), `next October` (+1).
    case namedMonth(month: Int, shift: Int)
    /// `in February`, `the end of June`, `by September`: a month with no year.
    case bareMonth(month: Int)
    /// `17th May`, `by 4 July`, `Friday 15th January`: a day and month with no year.
    case yearlessDay(month: Int, day: Int, weekday: Int?)
    /// `on Monday`, `last Friday`.
    case weekday(Int, WeekdayMode)
    /// `Q4 last year`, `the first half of this year`.
    case quarter(YearReference, Int)
    case half(YearReference, Int)
    /// `last quarter` (-1), `this quarter` (0).
    case quarterShift(Int)
    /// `spring 2022` is absolute; `summer last year` here.
    case seasonOfYear(YearReference, TemporalValue.Season)
    /// `last summer` (-1), `this summer` (0), `next spring` (+1).
    case seasonShift(TemporalValue.Season, Int)
    /// `that year`, `later that year`, `the following year`.
    case anchoredYear(Int)
    /// `that month`, `the following month`: relative to the last date read, when it names a month or a day.
    case anchoredMonth(Int)
    /// `three days later`, `two weeks later`: days after the last date read, when it names a day.
    case anchoredDays(Int)
    /// `on the 14th`: a day of the month the narrative has reached (`April 2022. On the 14th …` → 14 April 2022).
    case dayOfStoryMonth(Int)
    /// `the following June` (+1), `the previous October` (-1): the first such month after (or the last before)
    /// the last date read.
    case anchoredNamedMonth(month: Int, shift: Int)
    /// `the following spring` (+1), `the previous winter` (-1): the season of the year after (or before) the
    /// last date read.
    case anchoredSeason(TemporalValue.Season, shift: Int)
    /// `at the end of the month` (true), `since the start of the year` (false): the month or year of the
    /// narrative's date in the paragraph, or of the reference.
    case periodOfNarrative(month: Bool, PeriodPart)
    /// `in the summer`, `by the autumn`: a season with no year, read like a bare month.
    case bareSeason(TemporalValue.Season)
    /// `Easter` (0), `Easter Monday` (+1), `Good Friday` (-2): a day counted from Easter Sunday of the year the
    /// text is in.
    case easter(offset: Int)
    /// `a year ago today` (the reference day a number of months back), `seven years ago this month`,
    /// `ten years ago on Friday` (the last Friday, that many months back).
    case anniversary(months: Int, point: AnniversaryPoint)
}

/// The day or month an anniversary phrase counts back from.
enum AnniversaryPoint: Sendable, Hashable {
    case today
    case thisMonth
    case weekday(Int)
}

/// A matched expression: its token range, meaning, and the direction its context points to.
struct TemporalCandidate: Sendable {
    var first: Int
    var last: Int
    var meaning: TemporalMeaning
    var direction: TemporalDirection = .none
    /// The clause is in the past perfect (`she had taken the job in December`): a bare month lies before the
    /// time the narrative has reached, not before the post's day.
    var pluperfect = false
    /// The clause states a present or scheduled fact and points neither way (`the levy starts on Thursday`,
    /// `the lines are promised for the autumn`): a bare month or season is the one of the reference's year, a
    /// weekday the coming one.
    var present = false
}
