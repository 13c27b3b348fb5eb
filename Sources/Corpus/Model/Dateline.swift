/// A post's dateline as Blogger prints it above each post: `Friday, 15 January 2016`, `Sunday 19 June 2016`,
/// `Friday, January 15, 2016`, with or without the comma.
///
/// A dateline whose day cannot be (`Monday, 31 February 2015`) is still a dateline, so that the post and its
/// title are kept; its ``day`` is `nil` and the reader warns.
public struct Dateline: Hashable, Sendable {
    public var day: CalendarDay?
    public var text: String

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// Parses a whole line as a dateline, or returns `nil`. Leading and trailing spaces are allowed; anything
    /// else on the line makes it an ordinary line.
    public static func parse(_ line: Substring) -> Dateline? {
        // A dateline is short: anything longer is refused before counting characters.
        guard line.utf8.count <= 160 else { return nil }
        let trimmed = line.trimmingSpaces
        guard trimmed.count >= 14, trimmed.count <= 40,
              let first = trimmed.first, first.isUppercase else { return nil }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        guard words.count == 4, weekdays.contains(words[0].lowercased()) else { return nil }
        let year: Int
        let month: Int
        let day: Int
        if let m = months.firstIndex(of: words[2].lowercased()), let d = ordinalDay(words[1]), let y = Int(words[3]) {
            (day, month, year) = (d, m + 1, y)
        } else if let m = months.firstIndex(of: words[1].lowercased()), let d = ordinalDay(words[2]), let y = Int(words[3]) {
            (day, month, year) = (d, m + 1, y)
        } else {
            return nil
        }
        guard words[3].count == 4, CalendarDay.isPlausibleStatedYear(year), day <= 31 else { return nil }
        return Dateline(day: CalendarDay(year: year, month: month, day: day), text: String(trimmed))
    }

    /// `15`, `15th`, `1st` → the number.
    static func ordinalDay(_ s: Substring) -> Int? {
        var digits = s
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count), let n = Int(digits) else { return nil }
        return n
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs (and a trailing carriage return).
    var trimmingSpaces: Substring {
        // Index steps, not dropFirst/dropLast: on a Substring those count the whole line each time.
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" || self[start] == "\u{A0}" { start = index(after: start) }
        while start < end {
            let last = index(before: end)
            let c = self[last]
            guard c == " " || c == "\t" || c == "\r" || c == "\u{A0}" else { break }
            end = last
        }
        return self[start..<end]
    }
}
