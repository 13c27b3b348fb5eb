import ArgumentParser
import Extraction
import Foundation
import GraphModel
import Timeline

/// `hindsight timeline`: the dated events in order, for a terminal, a document or a spreadsheet.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the dated events in order, grouped by year.",
        discussion: """
            Events are ordered by date; dates of different precision sit sensibly together: 2015 comes before \
            2015-04, which comes before 2015-04-01, and a month-level event sits at the start of its month. Ties \
            are ordered by their first source (file, then line).

            Dates for --from and --to may have any precision: 2014, 2014-06, 2014-06-01, 2019-Q4, 2019-H1, \
            2022-SP (or 2022-spring), 201X (or 2010s). An event is kept when its period overlaps the window.

            The text format wraps to the terminal's width (or COLUMNS; 80 when not a terminal; --width \
            overrides) and uses colour only on a terminal, never when piped, written to a file, or when NO_COLOR \
            is set or --no-color given. Markdown and CSV are for pasting into documents and spreadsheets; JSON \
            holds the ordered events with their sources.

            --limit N and --top N differ: --limit keeps the first N events in date order (the earliest), --top \
            keeps the N most important and still prints them in date order, so the history reads top to bottom. \
            An event's importance adds points for each further post telling it, for being told in a post body \
            (rather than quoted material or only in reader comments), for a precise date stated on its own, for a \
            verb that marks a turn (announced, published, abolished, created, sold, took over, collapsed, \
            unified, resigned, appointed...) rather than a reporting verb or a routine report, for saying what \
            turned in policy terms (a plan, reform, law, contract, service), for a date still given a year or \
            more later, for central participants and the policy's own organizations and programmes (Entities/); \
            personal anecdotes, lines of figures, years of names (the Care Act 2014) and questions lose points. \
            CSV and JSON give the importance and its reasons; --verbose prints them with the post's title.

            A date marked ~ rests on an inferred post date (a relative date in a post with no dateline) and is \
            shown no finer than its month; CSV and JSON say inferred: true.

            Examples:
              hindsight timeline --top 15 Corpus/
              hindsight timeline Corpus/
              hindsight timeline --from 2014 --to 2015-06 --entity Napo Corpus/
              hindsight timeline --format csv --exclude-comments --output timeline.csv Corpus/
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json }

    @Option(help: ArgumentHelp("Only events from this date on (2014, 2014-06, 2014-06-01, 2019-Q4, 2022-SP).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events up to this date.", valueName: "date"))
    var to: String?

    @Option(name: .customLong("entity"), help: ArgumentHelp("Only events involving this entity, by name, id or any alias (repeatable: any of them).", valueName: "name"))
    var entities: [String] = []

    @Flag(help: "With several --entity, only events involving all of them.")
    var allEntities = false

    @Option(name: .customLong("type"), help: ArgumentHelp("Only events with a participant of this type: person, organization, place or programme (repeatable).", valueName: "type"))
    var types: [EntityType] = []

    @Flag(help: "Only what post bodies and quoted material state, not reader comments.")
    var excludeComments = false

    @Option(help: ArgumentHelp("The first N events in date order (the earliest N, whatever their importance; see --top).", valueName: "N"))
    var limit: Int?

    @Option(help: ArgumentHelp("The N most important events, printed in date order (see the discussion for the score).", valueName: "N"))
    var top: Int?

    @Option(name: .customLong("min-sources"), help: ArgumentHelp("Only events told in at least K distinct posts.", valueName: "K"))
    var minSources: Int?

    @Flag(help: "Under each event, the title (and address) of the post telling it, and its importance with reasons.")
    var verbose = false

    @Option(help: "text, markdown, csv or json.")
    var format: Format = .text

    @Flag(help: "No colour, even on a terminal.")
    var noColor = false

    @Option(help: ArgumentHelp("Wrap text to this many columns (at least \(TextTimelineRenderer.minimumWidth)).", valueName: "columns"))
    var width: Int?

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        _ = try query()
        if let width, width < TextTimelineRenderer.minimumWidth {
            throw ValidationError("--width must be at least \(TextTimelineRenderer.minimumWidth).")
        }
    }

    /// The filters, from the options.
    func query() throws -> TimelineQuery {
        func date(_ s: String?, _ option: String) throws -> TemporalValue? {
            guard let s else { return nil }
            do { return try TemporalValue(period: s) } catch { throw ValidationError("\(option): \(error)") }
        }
        let q = TimelineQuery(from: try date(from, "--from"), to: try date(to, "--to"), entities: entities,
                              entityMatch: allEntities ? .all : .any, types: Set(types),
                              excludeComments: excludeComments, limit: limit, top: top, minSources: minSources)
        do { try q.validate() } catch { throw ValidationError("\(error)") }
        return q
    }

    func run() throws {
        try checkOutput(output, inputs: corpus.paths)
        let query = try query()
        let (run, code) = try corpus.run()
        let timeline = try Failure.on(Failure.usage, prefix: "--entity: ") { try EventTimeline(graph: run.graph, query: query) }
        let toStandardOutput = output == nil || output == "-"
        let renderer: any TimelineRenderer
        switch format {
        case .text:
            renderer = TextTimelineRenderer(width: width ?? Self.terminalWidth(toStandardOutput: toStandardOutput),
                                            colour: !noColor && toStandardOutput && Self.colourOnStandardOutput,
                                            verbose: verbose)
        case .markdown: renderer = MarkdownTimelineRenderer()
        case .csv: renderer = CSVTimelineRenderer()
        case .json: renderer = JSONTimelineRenderer()
        }
        try writeOutput(Array(renderer.render(timeline).utf8), to: output)
        if timeline.entries.isEmpty {
            throw Failure.nothingMatched("the timeline is empty: no dated event matches the filters (--from, --to, --entity, --type, --exclude-comments)")
        }
        if code != .success { throw code }
    }

    /// Colour on standard output: a terminal, `NO_COLOR` unset or empty, and not a dumb terminal.
    static var colourOnStandardOutput: Bool {
        let env = ProcessInfo.processInfo.environment
        return Terminal.isTerminal(STDOUT_FILENO) && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
    }

    /// The terminal's width from `ioctl(TIOCGWINSZ)` on standard output, else `COLUMNS`; 80 when standard output
    /// is not a terminal.
    static func terminalWidth(toStandardOutput: Bool) -> Int {
        guard toStandardOutput, Terminal.isTerminal(STDOUT_FILENO) else { return 80 }
        var size = winsize()
        if withUnsafeMutablePointer(to: &size, { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return columns
        }
        return 80
    }
}
