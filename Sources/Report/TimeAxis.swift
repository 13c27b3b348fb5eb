import Extraction

/// A drawn time axis (inline SVG): a line with the years marked and each event a point that shows its date and
/// sentence on hover and opens where the timeline lists it on click (or Enter, since each point is a link).
///
/// A point stands at the middle of its date's period (`2015` in mid-2015, `2015-04-01` on that day). Points that
/// would overlap are stacked upwards. Years are marked every year on spans up to 15 years, else every 5 or 10.
struct TimeAxis {
    struct Point {
        var date: TemporalValue
        /// The date as shown (`2015 Apr`).
        var dateLabel: String
        /// What happened, plain text (escaped here).
        var text: String
        /// Where a click leads; nil for a point that is not a link.
        var href: String?
    }

    static let width = 960.0
    static let margin = 36.0

    /// The SVG for `points`, titled `title` (its accessible name); empty when there are no points.
    static func svg(_ points: [Point], title: String, id: String) -> String {
        guard let first = points.map(\.date.start).min(), let last = points.map(\.date.end).max() else { return "" }
        let startYear = first.year, endYear = last.year + 1
        let span = Double(max(1, endYear - startYear))
        func x(year: Double) -> Double { margin + (width - 2 * margin) * (year - Double(startYear)) / span }
        func fraction(_ v: TemporalValue) -> Double {
            let mid = (Double(v.start.dayNumber) + Double(v.end.dayNumber)) / 2
            let yearStart = Double(CalendarDayMath.dayNumber(year: v.start.year))
            let yearEnd = Double(CalendarDayMath.dayNumber(year: v.start.year + 1))
            return Double(v.start.year) + (mid - yearStart) / max(1, yearEnd - yearStart)
        }

        // Stack points that would touch: a level per 12 px bucket.
        var levels: [Int: Int] = [:]
        var placed: [(Point, Double, Int)] = []
        for point in points.sorted(by: { $0.date < $1.date }) {
            let px = x(year: fraction(point.date))
            let bucket = Int(px / 12)
            let level = levels[bucket, default: 0]
            levels[bucket] = level + 1
            placed.append((point, px, min(level, 7)))
        }
        let maxLevel = placed.map(\.2).max() ?? 0
        let axisY = 34.0 + Double(maxLevel) * 14
        let height = axisY + 34

        var svg = "<svg class=\"axis\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"group\" "
            + "aria-labelledby=\"\(id)-title\" focusable=\"false\">"
        svg += "<title id=\"\(id)-title\">" + HTMLText.text(title) + "</title>"
        svg += "<line x1=\"\(fmt(margin))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(width - margin))\" y2=\"\(fmt(axisY))\" "
            + "stroke=\"#4d4d4d\" stroke-width=\"1.5\"/>"
        let years = endYear - startYear
        let step = years <= 15 ? 1 : years <= 40 ? 5 : years <= 100 ? 10 : 25
        for year in startYear...endYear {
            let px = x(year: Double(year))
            let labelled = year % step == 0 || (step == 1)
            if !labelled && years > 60 { continue }
            svg += "<line x1=\"\(fmt(px))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(px))\" y2=\"\(fmt(axisY + (labelled ? 7 : 4)))\" "
                + "stroke=\"#4d4d4d\"/>"
            if labelled && year < endYear {
                let mid = step == 1 ? x(year: Double(year) + 0.5) : px
                svg += "<text x=\"\(fmt(mid))\" y=\"\(fmt(axisY + 22))\" text-anchor=\"middle\" font-size=\"13\" "
                    + "fill=\"#333333\">\(year)</text>"
            }
        }
        for (point, px, level) in placed {
            let cy = axisY - 12 - Double(level) * 14
            let tip = point.dateLabel + ": " + point.text
            let circle = "<circle cx=\"\(fmt(px))\" cy=\"\(fmt(cy))\" r=\"6\" class=\"point\">"
                + "<title>" + HTMLText.text(tip) + "</title></circle>"
            if let href = point.href {
                svg += "<a href=\"" + HTMLText.attribute(href) + "\" aria-label=\"" + HTMLText.attribute(tip) + "\">"
                    + circle + "</a>"
            } else {
                svg += circle
            }
        }
        return svg + "</svg>"
    }

    private static func fmt(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// Day numbers of 1 January, by the same count as `CalendarDay.dayNumber`.
enum CalendarDayMath {
    static func dayNumber(year: Int) -> Int {
        TemporalValue.year(year)?.start.dayNumber ?? 0
    }
}
