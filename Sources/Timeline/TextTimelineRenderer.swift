import HindsightSupport

/// The timeline for a terminal: a headline, then the events grouped by year, each with a date column at the
/// event's own precision, the summary wrapped to `width` with participant names highlighted, and the source
/// (`file:line`, `(+N sources)` when merged) at the end.
///
/// No line is wider than `width` columns (at least ``minimumWidth``). When the width leaves too little room
/// beside the date column, the date goes on a line of its own above the summary. Colour (SGR sequences) is used
/// only when `colour` is on; the caller decides (a terminal, no `NO_COLOR`, no `--no-color`). Text from the
/// corpus is cleaned of control characters and escape sequences whatever the setting.
public struct TextTimelineRenderer: TimelineRenderer {
    /// The narrowest width honoured; narrower widths are raised to it.
    public static let minimumWidth = 20

    /// The columns each line may use.
    public var width: Int
    /// Whether to colour the output with SGR escape sequences.
    public var colour: Bool

    /// Whether to add, under each event, the title of the post telling it and its importance with reasons.
    public var verbose: Bool

    public init(width: Int = 80, colour: Bool = false, verbose: Bool = false) {
        self.width = width
        self.colour = colour
        self.verbose = verbose
    }

    /// The narrowest room left for the summary beside the date column before the layout stacks.
    static let minimumSummaryWidth = 24
    static let indent = 2
    static let gap = 2

    public func render(_ timeline: EventTimeline) -> String {
        let width = max(width, Self.minimumWidth)
        var lines: [String] = []
        for l in StyledText.wrap(StyledText.words(TerminalText.clean(timeline.headline + timeline.inferredNote), style: .header), width: width) {
            lines.append(StyledText.render(l, colour: colour))
        }
        let dateColumn = timeline.entries.map { TimelineText.width($0.dateLabel) }.max() ?? 4
        let textStart = Self.indent + dateColumn + Self.gap
        let stacked = width - textStart < Self.minimumSummaryWidth
        for group in timeline.groups {
            lines.append("")
            lines.append(StyledText.render(StyledText.unit(group.heading, style: .heading), colour: colour))
            for entry in group.entries {
                let words = Self.words(for: entry)
                let label = StyledText.unit(entry.dateLabel, style: .date)
                let pad = String(repeating: " ", count: Self.indent)
                if stacked {
                    for l in StyledText.wrap([label], width: width - Self.indent) {
                        lines.append(pad + StyledText.render(l, colour: colour))
                    }
                    let inner = String(repeating: " ", count: Self.indent * 2)
                    for l in StyledText.wrap(words, width: width - Self.indent * 2) {
                        lines.append(inner + StyledText.render(l, colour: colour))
                    }
                } else {
                    let wrapped = StyledText.wrap(words, width: width - textStart)
                    let labelPad = String(repeating: " ", count: dateColumn - TimelineText.width(entry.dateLabel) + Self.gap)
                    let hang = String(repeating: " ", count: textStart)
                    for (i, l) in wrapped.enumerated() {
                        let text = StyledText.render(l, colour: colour)
                        lines.append(i == 0 ? pad + StyledText.render(label, colour: colour) + labelPad + text : hang + text)
                    }
                    if wrapped.isEmpty { lines.append(pad + StyledText.render(label, colour: colour)) }
                }
                if verbose {
                    let inner = String(repeating: " ", count: stacked ? Self.indent * 2 : textStart)
                    var detail = entry.title.map { "“" + TerminalText.clean($0) + "”" } ?? "(untitled post)"
                    if let url = entry.url { detail += " " + TerminalText.clean(url) }
                    detail += " · importance \(entry.importance): " + entry.reasons.joined(separator: ", ")
                    for l in StyledText.wrap(StyledText.words(detail, style: .source), width: width - inner.count) {
                        lines.append(inner + StyledText.render(l, colour: colour))
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary's words, then the source as unbreakable units.
    static func words(for entry: TimelineEntry) -> [StyledWord] {
        var words = StyledText.summaryWords(TerminalText.clean(entry.summary), participants: entry.participants)
        if let source = entry.source {
            let kind = source.kind == .body ? "" : " (" + source.kind.rawValue + ")"
            words.append(StyledText.unit("— " + TerminalText.clean(entry.sourceLabel) + kind, style: .source))
            if entry.extraSources > 0 {
                let n = entry.extraSources
                words.append(StyledText.unit("(+\(n) source\(n == 1 ? "" : "s"))", style: .source))
            }
        }
        return words
    }
}
