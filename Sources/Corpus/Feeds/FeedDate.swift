/// A date and time as feeds write them: ISO 8601 (Atom's `published`, `2015-03-03T08:00:00.000+00:00`) or
/// RFC 822 (RSS's `pubDate`, `Tue, 03 Mar 2015 08:00:00 +0000`).
///
/// ``day`` is the calendar day as written, in the writer's own offset: a post published at 00:30 British
/// Summer Time is dated that day, not the day before in UTC. ``instant`` puts times with different offsets in
/// order (comments of a thread).
public struct FeedDate: Sendable, Hashable {
    /// The day as written.
    public var day: CalendarDay
    /// Seconds since 1970-01-01T00:00:00Z, when the time is given (the start of the day in UTC otherwise).
    public var instant: Int

    public init(day: CalendarDay, instant: Int) {
        self.day = day
        self.instant = instant
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM[:SS[.fff]]` and `Z` or `±HH:MM`.
    public static func iso8601(_ text: String) -> FeedDate? {
        let u = Array(text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D })
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D,
              let y = number(u[0..<4]), let m = number(u[5..<7]), let d = number(u[8..<10]),
              let day = CalendarDay(year: y, month: m, day: d) else { return nil }
        var seconds = 0
        var offset = 0
        if u.count >= 16, u[10] == 0x54 || u[10] == 0x74 || u[10] == 0x20, u[13] == 0x3A,
           let h = number(u[11..<13]), let mi = number(u[14..<16]) {
            seconds = h * 3600 + mi * 60
            var i = 16
            if i + 3 <= u.count, u[i] == 0x3A, let s = number(u[(i + 1)..<(i + 3)]) {
                seconds += s
                i += 3
            }
            if i < u.count, u[i] == 0x2E || u[i] == 0x2C {
                i += 1
                while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
            }
            if i < u.count, u[i] == 0x2B || u[i] == 0x2D, i + 3 <= u.count, let oh = number(u[(i + 1)..<(i + 3)]) {
                var om = 0
                if i + 6 <= u.count, u[i + 3] == 0x3A, let v = number(u[(i + 4)..<(i + 6)]) { om = v }
                else if i + 5 <= u.count, let v = number(u[(i + 3)..<(i + 5)]) { om = v }
                offset = (oh * 3600 + om * 60) * (u[i] == 0x2D ? -1 : 1)
            }
        }
        return FeedDate(day: day, instant: day.dayNumber * 86_400 + seconds - offset)
    }

    /// Parses an RFC 822 date as RSS feeds write it: `[Weekday,] DD Mon YYYY [HH:MM[:SS]] [zone]`, with a full
    /// or abbreviated month name and a two- or four-digit year.
    public static func rfc822(_ text: String) -> FeedDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," })
        if let first = words.first, first.first?.isLetter == true, monthIndex(first) == nil { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        var dayText = words[0], monthText = words[1]
        if monthIndex(dayText) != nil { swap(&dayText, &monthText) }  // "Mar 03 2015"
        guard let d = Int(dayText), let m = monthIndex(monthText), var y = Int(words[2]) else { return nil }
        if words[2].count == 2 { y += y < 50 ? 2000 : 1900 }
        guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
        var seconds = 0
        var offset = 0
        if words.count >= 4 {
            let parts = words[3].split(separator: ":").map { Int($0) }
            if parts.count >= 2, let h = parts[0], let mi = parts[1] {
                seconds = h * 3600 + mi * 60 + (parts.count >= 3 ? parts[2] ?? 0 : 0)
            }
        }
        if words.count >= 5 {
            let zone = words[4]
            if (zone.hasPrefix("+") || zone.hasPrefix("-")), zone.count == 5, let v = Int(zone.dropFirst()) {
                offset = ((v / 100) * 3600 + (v % 100) * 60) * (zone.hasPrefix("-") ? -1 : 1)
            } else if let hours = zones[zone.uppercased()] {
                offset = hours * 3600
            }
        }
        return FeedDate(day: day, instant: day.dayNumber * 86_400 + seconds - offset)
    }

    /// A day, month name and year in any order, as date headers write them (`15 January 2016`, `January 15,
    /// 2016`, `Friday 15th January 2016`).
    public static func looseDay(_ text: String) -> CalendarDay? {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var day: Int?, month: Int?, year: Int?
        for w in words {
            if let m = monthIndex(w), month == nil {
                month = m
            } else if let n = Int(w), w.count == 4 {
                year = year ?? n
            } else if let n = Dateline.ordinalDay(w), day == nil {
                day = n
            }
        }
        guard let day, let month, let year, CalendarDay.isPlausibleYear(year) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// `Mar`, `March`, `mar` → 3.
    static func monthIndex(_ s: Substring) -> Int? {
        let lower = s.lowercased()
        guard lower.count >= 3 else { return nil }
        if let k = Dateline.months.firstIndex(of: lower) { return k + 1 }
        if lower.count == 3 || lower == "sept", let k = Dateline.months.firstIndex(where: { $0.hasPrefix(lower) }) { return k + 1 }
        return nil
    }

    static let zones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    ]

    private static func number(_ s: ArraySlice<UInt8>) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return s.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
