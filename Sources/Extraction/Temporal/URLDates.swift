import Foundation

import Corpus

/// Dates written in the paths of web addresses (`/2020/06/10/`, `/2013/jan/09/`): a strong hint of when a
/// page without a dateline was written. They are not reported as dates of the text.
public enum URLDates {
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Whether `text` holds `http` anywhere: a scan of its UTF-8 bytes, so that the passages without a web
    /// address (nearly all) cost no more than that.
    public static func mentionsHTTP(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            guard n >= 4 else { return false }
            var i = 0
            while i + 4 <= n {
                if b[i] == 0x68, b[i + 1] == 0x74, b[i + 2] == 0x74, b[i + 3] == 0x70 { return true }
                i += 1
            }
            return false
        }
    }

    /// The days (or first days of months) found in URL paths of `text`.
    public static func days(in text: String) -> [CalendarDay] {
        guard mentionsHTTP(text) else { return [] }
        var out: [CalendarDay] = []
        var searchFrom = text.startIndex
        while let r = text.range(of: "http", range: searchFrom..<text.endIndex) {
            let urlEnd = text[r.lowerBound...].firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\"" || $0 == ")" }) ?? text.endIndex
            let parts = text[r.lowerBound..<urlEnd].split(separator: "/")
            for (i, part) in parts.enumerated() where part.count == 4 {
                guard let y = Int(part), (1990...2100).contains(y), i + 1 < parts.count else { continue }
                let mp = parts[i + 1].lowercased()
                let month = Int(mp) ?? monthNames.firstIndex(of: String(mp.prefix(3))).map { $0 + 1 }
                guard let m = month, (1...12).contains(m), mp.count <= 9 else { continue }
                var day = 1
                if i + 2 < parts.count, parts[i + 2].count <= 2, let d = Int(parts[i + 2]) { day = d }
                if let cd = CalendarDay(year: y, month: m, day: day) ?? CalendarDay(year: y, month: m, day: 1) { out.append(cd) }
                break
            }
            searchFrom = urlEnd
        }
        return out
    }

    /// A day and month written without a year ("9 January") next to a web address whose path holds the same
    /// day and month (`/2013/jan/09/`) takes the address's year: the text is citing that page. `nearby` are the
    /// URL days of the passage before (a reader posts a link, then pastes the article).
    public static func completeYears(_ expressions: inout [TemporalExpression], in text: String, nearby: [CalendarDay] = []) {
        let days = (mentionsHTTP(text) ? URLDates.days(in: text) : []) + nearby
        guard !days.isEmpty else { return }
        for i in expressions.indices {
            guard let v = expressions[i].value, v.precision == .day, expressions[i].isRelative,
                  expressions[i].text.filter(\.isNumber).count < 4 else { continue }
            if let match = days.first(where: { $0.month == v.start.month && $0.day == v.start.day && $0.year != v.start.year }) {
                expressions[i].value = .day(match)
            }
        }
    }
}
