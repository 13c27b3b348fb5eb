/// RSS dates (RFC 822: `Mon, 01 Jun 2015 09:30:00 +0100`) as ISO 8601 in the same offset
/// (`2015-06-01T09:30:00+01:00`), so that the day a post is dated is the day the blog wrote.
enum RFC822Date {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = ["ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360,
                                       "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "bst": 60]

    static func iso8601(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }   // the weekday
        guard words.count >= 4, let day = Int(words[0]), (1...31).contains(day),
              let m = months.firstIndex(of: String(words[1].lowercased().prefix(3))),
              var year = Int(words[2]) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2, time.count == words[3].split(separator: ":").count else { return nil }
        var offset = 0
        if words.count >= 5 {
            let z = words[4]
            if let sign = z.first, sign == "+" || sign == "-", z.count == 5, let n = Int(z.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((n / 100) * 60 + n % 100)
            } else if let known = zones[z.lowercased()] {
                offset = known
            }
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let zone = offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60)
        return "\(year)-\(two(m + 1))-\(two(day))T\(two(time[0])):\(two(time[1])):\(two(time.count > 2 ? time[2] : 0))" + zone
    }
}
