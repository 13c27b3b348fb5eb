import Corpus

/// How fine a resolved date is.
public enum DatePrecision: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case day, month, season, quarter, half, year, decade

    /// Coarser precisions rank higher: a `year` covers a `month`, which covers a `day`.
    public var rank: Int {
        switch self {
        case .day: return 0
        case .month: return 1
        case .season: return 2
        case .quarter: return 3
        case .half: return 4
        case .year: return 5
        case .decade: return 6
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A resolved calendar value at its own precision: the ISO 8601 form the exports carry (`2015`, `2015-04`,
/// `2015-04-01`, `2022-SP`, `2019-Q4`, `2019-H1`, `201X` for a decade) and the first and last day it covers,
/// so that values of different precision can be ordered and overlapped.
public struct TemporalValue: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var value: String
    public var precision: DatePrecision
    public var start: CalendarDay
    public var end: CalendarDay

    public init(value: String, precision: DatePrecision, start: CalendarDay, end: CalendarDay) {
        self.value = value
        self.precision = precision
        self.start = start
        self.end = end
    }

    public var description: String { value }

    /// Orders by start day, then coarser first (`2015` before `2015-04` before `2015-04-01`), then value.
    public static func < (lhs: TemporalValue, rhs: TemporalValue) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.precision != rhs.precision { return lhs.precision > rhs.precision }
        return lhs.value < rhs.value
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: TemporalValue) -> Bool { start <= other.end && other.start <= end }

    /// Whether this period lies inside the other.
    public func isWithin(_ other: TemporalValue) -> Bool { other.start <= start && end <= other.end }

    // MARK: Constructors at each precision

    public static func day(_ d: CalendarDay) -> TemporalValue {
        TemporalValue(value: d.iso, precision: .day, start: d, end: d)
    }

    public static func day(year: Int, month: Int, day: Int) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(year), let d = CalendarDay(year: year, month: month, day: day) else { return nil }
        return .day(d)
    }

    public static func month(year: Int, month: Int) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(year), (1...12).contains(month) else { return nil }
        return TemporalValue(value: CalendarDay.pad4(year) + "-" + (month < 10 ? "0" : "") + String(month),
                             precision: .month,
                             start: CalendarDay(year: year, month: month, day: 1)!,
                             end: CalendarDay.lastDay(ofMonth: month, year: year))
    }

    public static func year(_ year: Int) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(year) else { return nil }
        return TemporalValue(value: CalendarDay.pad4(year), precision: .year,
                             start: CalendarDay(year: year, month: 1, day: 1)!,
                             end: CalendarDay(year: year, month: 12, day: 31)!)
    }

    /// A decade such as the 1990s: `199X`.
    public static func decade(_ firstYear: Int) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(firstYear), firstYear % 10 == 0 else { return nil }
        return TemporalValue(value: String(CalendarDay.pad4(firstYear).dropLast()) + "X", precision: .decade,
                             start: CalendarDay(year: firstYear, month: 1, day: 1)!,
                             end: CalendarDay(year: firstYear + 9, month: 12, day: 31)!)
    }

    /// Quarter 1...4: `2019-Q4`.
    public static func quarter(year: Int, quarter: Int) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(year), (1...4).contains(quarter) else { return nil }
        let m = (quarter - 1) * 3 + 1
        return TemporalValue(value: CalendarDay.pad4(year) + "-Q" + String(quarter), precision: .quarter,
                             start: CalendarDay(year: year, month: m, day: 1)!,
                             end: CalendarDay.lastDay(ofMonth: m + 2, year: year))
    }

    /// Half 1 or 2: `2019-H1`.
    public static func half(year: Int, half: Int) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(year), (1...2).contains(half) else { return nil }
        let m = half == 1 ? 1 : 7
        return TemporalValue(value: CalendarDay.pad4(year) + "-H" + String(half), precision: .half,
                             start: CalendarDay(year: year, month: m, day: 1)!,
                             end: CalendarDay.lastDay(ofMonth: m + 5, year: year))
    }

    /// The four seasons, meteorological (spring is March to May; winter runs from December into the next year).
    public enum Season: String, Sendable, CaseIterable {
        case spring = "SP", summer = "SU", autumn = "FA", winter = "WI"
    }

    public static func season(year: Int, _ season: Season) -> TemporalValue? {
        guard CalendarDay.isPlausibleYear(year) else { return nil }
        let (m1, y2, m2): (Int, Int, Int)
        switch season {
        case .spring: (m1, y2, m2) = (3, year, 5)
        case .summer: (m1, y2, m2) = (6, year, 8)
        case .autumn: (m1, y2, m2) = (9, year, 11)
        case .winter: (m1, y2, m2) = (12, year + 1, 2)
        }
        return TemporalValue(value: CalendarDay.pad4(year) + "-" + season.rawValue, precision: .season,
                             start: CalendarDay(year: year, month: m1, day: 1)!,
                             end: CalendarDay.lastDay(ofMonth: m2, year: y2))
    }

    /// Parses an ISO value of any precision back (`2015`, `2015-04`, `2015-04-01`, `2019-Q4`, `2019-H1`,
    /// `2022-SP`, `201X`); used by `--from`/`--to` filters.
    public static func parse(_ s: String) -> TemporalValue? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
        if parts.count == 1 {
            if s.count == 4, s.hasSuffix("X"), let d = Int(s.dropLast()) { return .decade(d * 10) }
            if s.count == 4, let y = Int(s) { return .year(y) }
            return nil
        }
        guard parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        if parts.count == 2 {
            let p = parts[1]
            if p.count == 2, let m = Int(p) { return .month(year: y, month: m) }
            if p.hasPrefix("Q"), let q = Int(p.dropFirst()) { return .quarter(year: y, quarter: q) }
            if p.hasPrefix("H"), let h = Int(p.dropFirst()) { return .half(year: y, half: h) }
            if let se = Season(rawValue: p) { return .season(year: y, se) }
            return nil
        }
        if parts.count == 3, parts[1].count == 2, parts[2].count == 2, let m = Int(parts[1]), let d = Int(parts[2]) {
            return .day(year: y, month: m, day: d)
        }
        return nil
    }
}

extension CalendarDay {
    static func pad4(_ n: Int) -> String {
        let s = String(n)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
