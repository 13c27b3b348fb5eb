import Extraction

/// How a timeline writes dates: at the date's own precision, short and fixed in form.
public enum TimelineDateLabel {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2014 Jun 01`, `2015 Apr`, `2015`, `2022 spring`, `2019 Q4`, `2019 H1`, `2010s`.
    public static func label(_ v: TemporalValue) -> String {
        let year = String(v.start.year)
        switch v.precision {
        case .day:
            return year + " " + months[v.start.month - 1] + " " + (v.start.day < 10 ? "0" : "") + String(v.start.day)
        case .month:
            return year + " " + months[v.start.month - 1]
        case .year:
            return year
        case .season:
            let names = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
            return year + " " + (names[String(v.value.suffix(2))] ?? String(v.value.suffix(2)))
        case .quarter, .half:
            return year + " " + String(v.value.split(separator: "-").last ?? "")
        case .decade:
            return String(v.start.year) + "s"
        }
    }

    /// The heading a date is grouped under: its year, or its decade for decade-level dates.
    public static func group(_ v: TemporalValue) -> String {
        v.precision == .decade ? label(v) : String(v.start.year)
    }

    /// The last path component.
    static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}
