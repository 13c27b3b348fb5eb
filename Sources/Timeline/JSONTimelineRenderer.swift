import HindsightSupport

/// The timeline as JSON: the headline figures and the events in timeline order, each with its date (ISO value,
/// precision, first and last day, label), whether it is inferred, summary and sentence, importance and its
/// reasons, the post's title and URL, trigger, participants and sources.
///
/// Written with ``JSONText``, as every JSON output is, so that keys keep a readable order and strings are escaped
/// alike everywhere. Summaries and names are cleaned of control characters and escape sequences as in the other
/// formats.
public struct JSONTimelineRenderer: TimelineRenderer {
    /// Whether to indent (two spaces a level) or write one line.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func render(_ timeline: EventTimeline) -> String {
        var j = JSONText(pretty: pretty)
        Self.document(&j, timeline)
        j.newline()
        return String(decoding: j.bytes, as: UTF8.self)
    }

    static func document(_ j: inout JSONText, _ t: EventTimeline) {
        j.object([
            ("count", { $0.int(t.entries.count) }),
            ("matching", { $0.int(t.matching) }),
            ("posts", { $0.int(t.postCount) }),
            ("first", { $0.optionalString(t.first?.value) }),
            ("last", { $0.optionalString(t.last?.value) }),
            ("events", { $0.array(t.entries, entry) }),
        ])
    }

    static func entry(_ j: inout JSONText, _ e: TimelineEntry) {
        j.object([
            ("id", { $0.string(e.id) }),
            ("date", { $0.string(e.date.value) }),
            ("precision", { $0.string(e.date.precision.rawValue) }),
            ("start", { $0.string(e.date.start.iso) }),
            ("end", { $0.string(e.date.end.iso) }),
            ("label", { $0.string(e.dateLabel) }),
            ("inferred", { $0.bool(e.inferred) }),
            ("summary", { $0.string(TerminalText.clean(e.summary)) }),
            ("sentence", { $0.string(TerminalText.clean(e.sentence)) }),
            ("importance", { $0.int(e.importance) }),
            ("reasons", { $0.array(e.reasons) { $0.string($1) } }),
            ("title", { $0.optionalString(e.title.map(TerminalText.clean)) }),
            ("url", { $0.optionalString(e.url.map(TerminalText.clean)) }),
            ("trigger", { $0.optionalString(e.trigger.map(TerminalText.clean)) }),
            ("participants", { $0.array(e.participants) { j, p in
                j.object([("id", { $0.string(p.id) }), ("name", { $0.string(TerminalText.clean(p.name)) }),
                          ("type", { $0.optionalString(p.type?.rawValue) })])
            } }),
            ("sources", { $0.array(e.sources) { j, s in
                j.object([("document", { $0.string(s.document) }), ("line", { $0.int(s.line) }),
                          ("kind", { $0.string(s.kind.rawValue) }), ("post", { $0.string(s.post) })])
            } }),
        ])
    }
}
