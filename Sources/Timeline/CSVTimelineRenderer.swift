import HindsightSupport

/// The timeline as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks in
/// double quotes with quotes doubled) for spreadsheets, one row per event after a header row.
///
/// Text from the corpus is cleaned of control characters and escape sequences, and a cell a spreadsheet could
/// read as a formula (starting with `=`, `+`, `-` or `@`, after any spaces) is prefixed with `'`.
public struct CSVTimelineRenderer: TimelineRenderer {
    public init() {}

    /// The column names.
    public static let header = [
        "date", "precision", "start", "end", "label", "summary", "participants", "participant_ids", "trigger",
        "document", "line", "kind", "sources", "id", "importance", "reasons", "inferred", "sentence", "title", "url",
    ]

    /// The cells of every row, header first, cleaned and guarded (what a CSV reader gets back).
    public func rows(_ timeline: EventTimeline) -> [[String]] {
        var rows = [Self.header]
        for e in timeline.entries {
            let cells: [String] = [
                e.date.value, e.date.precision.rawValue, e.date.start.iso, e.date.end.iso, e.dateLabel, e.summary,
                e.participants.map(\.name).joined(separator: "; "), e.participants.map(\.id).joined(separator: "; "),
                e.trigger ?? "", e.source?.document ?? "", e.source.map { String($0.line) } ?? "",
                e.source?.kind.rawValue ?? "", String(e.sources.count), e.id, String(e.importance),
                e.reasons.joined(separator: "; "), e.inferred ? "true" : "false", e.sentence, e.title ?? "",
                e.url ?? "",
            ]
            rows.append(cells.map(Self.cell))
        }
        return rows
    }

    public func render(_ timeline: EventTimeline) -> String {
        rows(timeline).map { $0.map(Self.quote).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A cell's text: cleaned, then guarded against formula injection.
    public static func cell(_ text: String) -> String {
        let clean = TerminalText.clean(text)
        if let first = clean.first(where: { $0 != " " }), ["=", "+", "-", "@"].contains(first) { return "'" + clean }
        return clean
    }

    /// A field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or a leading or
    /// trailing space.
    public static func quote(_ field: String) -> String {
        let needs = field.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needs else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
