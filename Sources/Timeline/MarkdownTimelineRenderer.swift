import HindsightSupport

/// The timeline as a Markdown table (GitHub-flavoured) to paste into documents: a headline, then one row per
/// event with its date, summary (participant names in bold), participants and source.
///
/// Text from the corpus is cleaned (no control characters or escape sequences, no line breaks) and every
/// character Markdown or HTML could read as markup is backslash-escaped, `|` included, so a summary can neither
/// break the table nor add links, images, HTML or formatting.
public struct MarkdownTimelineRenderer: TimelineRenderer {
    /// Whether to put participant names in bold within summaries.
    public var boldParticipants: Bool

    public init(boldParticipants: Bool = true) {
        self.boldParticipants = boldParticipants
    }

    public func render(_ timeline: EventTimeline) -> String {
        var out = "**" + Self.escape(TerminalText.clean(timeline.headline)) + "**" + Self.escape(timeline.inferredNote) + "\n"
        guard !timeline.entries.isEmpty else { return out }
        out += "\n| Date | Event | Participants | Source |\n|---|---|---|---|\n"
        for e in timeline.entries {
            let names = e.participants.map { Self.escape(TerminalText.clean($0.name)) }.joined(separator: ", ")
            var source = Self.escape(TerminalText.clean(e.sourceLabel))
            if let s = e.source, s.kind != .body { source += " (" + s.kind.rawValue + ")" }
            if e.extraSources > 0 { source += " (+\(e.extraSources) source\(e.extraSources == 1 ? "" : "s"))" }
            out += "| " + Self.escape(e.dateLabel) + " | " + summary(e) + " | " + names + " | " + source + " |\n"
        }
        return out
    }

    /// The summary, escaped, with participant names in bold.
    func summary(_ e: TimelineEntry) -> String {
        let chars = Array(TerminalText.clean(e.summary))
        let marks = boldParticipants ? TimelineText.participantMarks(in: chars, participants: e.participants)
            : [Int?](repeating: nil, count: chars.count)
        var out = ""
        var bold = false
        for (i, c) in chars.enumerated() {
            let marked = marks[i] != nil
            if marked != bold {
                out += "**"
                bold = marked
            }
            out += Self.escape(String(c))
        }
        if bold { out += "**" }
        return out
    }

    /// Backslash-escapes every ASCII punctuation character with an inline meaning in Markdown, GitHub-flavoured
    /// Markdown or HTML: emphasis, code, links and images, autolinks and tags, entities, strikethrough, math,
    /// table cells (CommonMark allows a backslash before any ASCII punctuation). Block markers (`#`, `-`, `>` at
    /// a line start) cannot occur inside a table cell; `>` is escaped anyway for tags.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            if Self.special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static let special: Set<Character> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "!", "|", "~", "&", "$", "^",
    ]
}
