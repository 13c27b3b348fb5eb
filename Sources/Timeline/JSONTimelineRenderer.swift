/// The timeline as JSON: the headline figures and the events in timeline order, each with its date (ISO value,
/// precision, first and last day, label), summary, trigger, participants and sources.
///
/// Written by hand so that keys keep a readable order; strings are escaped as RFC 8259 asks (quotes,
/// backslashes and every control character), and U+2028/U+2029 too so the output is also valid JavaScript.
/// Summaries and names are cleaned of control characters and escape sequences as in the other formats.
public struct JSONTimelineRenderer: TimelineRenderer {
    /// Whether to indent (two spaces a level) or write one line.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func render(_ timeline: Timeline) -> String {
        var out = ""
        Self.document(timeline).write(into: &out, pretty: pretty, level: 0)
        return out + "\n"
    }

    static func document(_ t: Timeline) -> JSONValue {
        .object([
            ("count", .int(t.entries.count)),
            ("matching", .int(t.matching)),
            ("posts", .int(t.postCount)),
            ("first", t.first.map { .string($0.value) } ?? .null),
            ("last", t.last.map { .string($0.value) } ?? .null),
            ("events", .array(t.entries.map(entry))),
        ])
    }

    static func entry(_ e: TimelineEntry) -> JSONValue {
        .object([
            ("id", .string(e.id)),
            ("date", .string(e.date.value)),
            ("precision", .string(e.date.precision.rawValue)),
            ("start", .string(e.date.start.iso)),
            ("end", .string(e.date.end.iso)),
            ("label", .string(e.dateLabel)),
            ("inferred", .bool(e.inferred)),
            ("summary", .string(TimelineText.clean(e.summary))),
            ("sentence", .string(TimelineText.clean(e.sentence))),
            ("importance", .int(e.importance)),
            ("reasons", .array(e.reasons.map { .string($0) })),
            ("title", e.title.map { .string(TimelineText.clean($0)) } ?? .null),
            ("url", e.url.map { .string(TimelineText.clean($0)) } ?? .null),
            ("trigger", e.trigger.map { .string(TimelineText.clean($0)) } ?? .null),
            ("participants", .array(e.participants.map { p in
                .object([("id", .string(p.id)), ("name", .string(TimelineText.clean(p.name))),
                         ("type", p.type.map { .string($0.rawValue) } ?? .null)])
            })),
            ("sources", .array(e.sources.map { s in
                .object([("document", .string(s.document)), ("line", .int(s.line)), ("kind", .string(s.kind.rawValue)),
                         ("post", .string(s.post))])
            })),
        ])
    }
}

/// A JSON value with ordered object keys.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func write(into out: inout String, pretty: Bool, level: Int) {
        let newline = pretty ? "\n" + String(repeating: "  ", count: level + 1) : ""
        let close = pretty ? "\n" + String(repeating: "  ", count: level) : ""
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                out += (i == 0 ? "" : ",") + newline
                item.write(into: &out, pretty: pretty, level: level + 1)
            }
            out += close + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                out += (i == 0 ? "" : ",") + newline
                JSONValue.writeString(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, pretty: pretty, level: level + 1)
            }
            out += close + "}"
        }
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                    let hex = String(v, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
