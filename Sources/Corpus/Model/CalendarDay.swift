#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A day of the proleptic Gregorian calendar, without time or zone.
///
/// Hindsight reasons about publication dates and the dates a text states; none of them needs a clock
/// or a time zone, so this small value type replaces `Foundation.Date` in the whole pipeline.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, 1 to 9998 for days Hindsight accepts as real (see ``isPlausibleYear(_:)``).
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 28, 29, 30 or 31.
    public let day: Int

    /// Creates a day, or `nil` when the day does not exist (`31 February`, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a day from its number of days since 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days algorithm.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The number of days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        let n = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (n < 0 ? n + 7 : n) + 1
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The first day of the month `months` months later (earlier when negative).
    public func firstOfMonth(addingMonths months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        return CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// `2016-01-15`.
    public var iso: String {
        CalendarDay.pad(year, 4) + "-" + CalendarDay.pad(month, 2) + "-" + CalendarDay.pad(day, 2)
    }

    public var description: String { iso }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether the year is a leap year of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of a month.
    public static func lastDay(ofMonth month: Int, year: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    /// Years a date value may have: neither `0000` nor `9999` (a value computed from a stated year, such as
    /// "five years later", may go beyond what a text itself would state).
    public static func isPlausibleYear(_ year: Int) -> Bool { (1000...2199).contains(year) }

    /// Years a policy history states: from 1800 (the oldest acts and institutions it cites) to five years after
    /// the current one (plans and targets); a written `0001`, `1750` or `9999` is a typo, a code or a sum.
    public static func isPlausibleStatedYear(_ year: Int) -> Bool { year >= 1800 && year <= currentYear + 5 }

    /// The current year (UTC), read once from the system clock.
    public static let currentYear: Int = today.year

    /// Today (UTC), read once from the system clock: the only use of a clock in the pipeline, to tell a
    /// plausible year or publication date from a typo.
    public static let today: CalendarDay = {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDay(year: 2000, month: 1, day: 1)!
    }()

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    // Codable as the ISO string.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = CalendarDay(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a YYYY-MM-DD day: \(s)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
