import Corpus

/// Date expressions in every form the temporal tagger reads, made relative to a post's publication day so that
/// relative ones (`last October`, `two weeks ago`) make sense where they stand.
///
/// Every phrase is adverbial (it carries its own preposition when it needs one: `on 15 January 2016`,
/// `in Q4 2019`, `last summer`), so templates can drop it into any `{D}` slot.
enum DatePhrases {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let seasons = ["spring", "summer", "autumn", "winter"]
    static let counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    static let quarterWords = ["first", "second", "third", "fourth"]

    /// A dateline as Blogger prints it above a post, in one of its usual shapes.
    static func dateline(_ day: CalendarDay, _ rng: inout SplitMix64) -> String {
        let weekday = weekdays[day.weekday - 1]
        let month = months[day.month - 1]
        switch rng.below(10) {
        case 0...5: return "\(weekday), \(day.day) \(month) \(day.year)"
        case 6...8: return "\(weekday) \(day.day) \(month) \(day.year)"
        default: return "\(weekday), \(month) \(day.day), \(day.year)"
        }
    }

    /// An adverbial date phrase, stated in a post published on `reference`.
    static func phrase(reference: CalendarDay, _ rng: inout SplitMix64) -> String {
        // A day within the previous ten years, usually the last two.
        let back = rng.chance(0.6) ? rng.within(1...700) : rng.within(1...3650)
        let past = reference.adding(days: -back)
        let m = months[past.month - 1]
        switch rng.below(30) {
        case 0, 1, 2: return "on \(past.day) \(m) \(past.year)"
        case 3: return "on \(ordinal(past.day)) \(m) \(past.year)"
        case 4: return "on \(m) \(past.day), \(past.year)"
        case 5: return "on " + twoDigits(past.day) + "/" + twoDigits(past.month) + "/\(past.year)"
        case 6: return "on \(past.iso)"
        case 7, 8, 9: return "in \(m) \(past.year)"
        case 10, 11: return "in \(past.year)"
        case 12: return "last " + months[reference.firstOfMonth(addingMonths: -rng.within(1...11)).month - 1]
        case 13: return "next " + months[reference.firstOfMonth(addingMonths: rng.within(1...11)).month - 1]
        case 14: return rng.chance(0.5) ? "last " + rng.pick(seasons) : "in \(rng.pick(seasons)) \(past.year)"
        case 15: return "in Q\((past.month - 1) / 3 + 1) \(past.year)"
        case 16: return rng.chance(0.5) ? "in H\(past.month <= 6 ? 1 : 2) \(past.year)"
                                        : "in the \(quarterWords[(past.month - 1) / 3]) quarter of \(past.year)"
        case 17: return "\(rng.pick(counts)) weeks ago"
        case 18: return rng.chance(0.5) ? "a fortnight ago" : "\(rng.pick(counts)) years ago"
        case 19: return rng.pick(["yesterday", "today", "this morning", "last week", "last month", "last year"])
        case 20: return rng.chance(0.5) ? "last \(rng.pick(weekdays))" : "next \(rng.pick(weekdays))"
        case 21: return rng.chance(0.5) ? "earlier this year" : "at the end of \(rng.pick(months)) last year"
        case 22: return "in the \(rng.pick([1970, 1980, 1990, 2000]))s"
        case 23:
            let first = rng.below(10)
            let second = first + rng.within(1...2)
            return (rng.chance(0.5) ? "between \(months[first]) and " : "from \(months[first]) to ")
                + "\(months[second]) \(past.year)"
        case 24: return "on \(past.day) \(m)"
        case 25: return "on \(weekdays[past.weekday - 1]) \(ordinal(past.day)) \(m) \(past.year)"
        case 26:
            let ahead = reference.adding(days: rng.within(20...900))
            return "by \(months[ahead.month - 1]) \(ahead.year)"
        case 27: return "\(rng.within(2...12)) months ago"
        case 28: return "in \(rng.pick(seasons)) \(reference.year + rng.within(0...2))"
        default: return "on \(weekdays[reference.weekday - 1])"
        }
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
