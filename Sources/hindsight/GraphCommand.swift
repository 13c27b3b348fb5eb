import ArgumentParser
import Extraction
import Foundation
import GraphModel
import GraphvizExport

/// `hindsight graph`: a relationship map of the corpus, laid out and rendered in-process by libgraphviz.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a relationship map (SVG, PNG, PDF or DOT) of the people, organizations, places and programmes.",
        discussion: """
            Each entity is a node, shaped and coloured by its type (a legend says which), sized by how often it \
            is mentioned. Grey lines join entities named together, wider for more passages; coloured arrows are \
            relations the text states (roles, ownership, contracts), labelled. The title gives the corpus, its \
            date range and the filters applied. Graphviz runs inside hindsight (no `dot` program is needed).

            The map shows the --top entities by mentions (default 40; 0 for no limit). --focus NAME centres it \
            on one entity (any of its names) and keeps what is within --depth links of it; \
            --focus-most-connected TYPE centres it on the entity of that type linked to the most others. \
            --from and --to keep only the posts published in a window (dates as for `timeline`: 2014, 2014-06, \
            2019-Q4, ...); --types chooses the kinds of node (add event to draw events).

            The output defaults to map.<format> in the current folder; `-` writes to standard output. Without \
            --format, the output's extension chooses it (map.png is PNG), else SVG. The default engine, sfdp, \
            reads well from 30 to 300 nodes; try neato for small maps, twopi with --focus, dot for a \
            hierarchy.

            Examples:
              hindsight graph --output map.svg Corpus/
              hindsight graph --focus Grayling --engine twopi -o grayling.svg Corpus/
              hindsight graph --from 2014 --to 2016 --types people,orgs -o tr.png Corpus/
            """)

    @Option(help: ArgumentHelp("svg, png, pdf or dot (default: from the output's extension, else svg).", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Layout: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "engine"))
    var engine: String = LayoutEngine.default.rawValue

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: map.<format>; - for standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Show at most this many entities, the most mentioned (0: all).", valueName: "n"))
    var top: Int = 40

    @Option(help: ArgumentHelp("Leave out entities mentioned, and pairs named together, fewer times than this.", valueName: "w"))
    var minWeight: Int = 1

    @Option(help: ArgumentHelp("Centre the map on this entity (name, alias or id).", valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("Centre the map on the entity of this type linked to the most others (person, organization, place or programme).", valueName: "type"))
    var focusMostConnected: String?

    @Option(help: ArgumentHelp("With a focus: how many links away from it to go.", valueName: "k"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Only posts published from this date on (2014, 2014-06, 2014-06-01, 2019-Q4).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only posts published up to this date.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Comma-separated kinds of node: person, organization, place, programme, event (default: all but event).", valueName: "types"))
    var types: String?

    @Flag(help: "Only what post bodies and quoted material state, not reader comments.")
    var excludeComments = false

    @Flag(help: "Do not draw the legend.")
    var noLegend = false

    @Option(help: ArgumentHelp("The map's title (default: the corpus folders' names).", valueName: "text"))
    var title: String?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        _ = try settings()
    }

    /// Everything the options say, checked.
    private struct Settings {
        var format: OutputFormat
        var engine: LayoutEngine
        var output: String
        var query: SubgraphQuery
        var title: String
    }

    private func settings() throws -> Settings {
        func usage(_ option: String, _ error: Error) -> ValidationError { ValidationError("\(option): \(error)") }
        let format: OutputFormat
        if let name = self.format {
            do { format = try OutputFormat(parsing: name) } catch { throw usage("--format", error) }
        } else if let output, output != "-", let ext = Self.extensionOf(output), OutputFormat(pathExtensionOf: output) == nil {
            throw ValidationError("--output \(output): .\(ext) is not a format graph writes (svg, png, pdf or dot); give --format, or name the file map.svg, map.png, map.pdf or map.dot.")
        } else {
            format = output.flatMap(OutputFormat.init(pathExtensionOf:)) ?? .default
        }
        let layout: LayoutEngine
        do { layout = try LayoutEngine(parsing: engine) } catch { throw usage("--engine", error) }

        if top < 0 { throw ValidationError("--top must not be negative (0 shows every entity).") }
        if minWeight < 0 { throw ValidationError("--min-weight must not be negative.") }
        if depth < 0 { throw ValidationError("--depth must not be negative.") }
        if focus != nil, focusMostConnected != nil {
            throw ValidationError("Give either --focus or --focus-most-connected, not both.")
        }
        var mostConnected: RelationshipMap.NodeKind?
        if let name = focusMostConnected {
            do { mostConnected = try RelationshipMap.NodeKind(parsing: name) } catch {
                throw usage("--focus-most-connected", error)
            }
            if mostConnected == .event {
                throw ValidationError("--focus-most-connected: use person, organization, place or programme.")
            }
        }
        if let focus, focus.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--focus: give a name.")
        }
        func date(_ text: String?, _ option: String) throws -> TemporalValue? {
            guard let text else { return nil }
            do { return try TemporalValue(period: text) } catch { throw usage(option, error) }
        }
        let from = try date(self.from, "--from"), to = try date(self.to, "--to")
        if let from, let to, from.start > to.end {
            throw ValidationError("--from \(from.value) is after --to \(to.value).")
        }
        var kinds = RelationshipMap.NodeKind.entityKinds
        if let types {
            do { kinds = try RelationshipMap.NodeKind.parseList(types) } catch { throw usage("--types", error) }
        }
        let query = SubgraphQuery(
            top: top == 0 ? nil : top, minWeight: minWeight, focus: focus, depth: depth, from: from, to: to,
            types: Set(kinds.compactMap(\.entityType)), includeEvents: kinds.contains(.event),
            excludeComments: excludeComments, focusMostConnected: mostConnected?.entityType)
        return Settings(format: format, engine: layout, output: output ?? "map." + format.fileExtension,
                        query: query, title: title ?? defaultTitle)
    }

    /// The extension of the file name in `path` (`jpg` in `out/x.jpg`), if it has one.
    static func extensionOf(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) < name.endIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }

    /// "Relationship map: Corpus" from the last component of each path (at most three, then "…").
    private var defaultTitle: String {
        let names = corpus.paths.map { path -> String in
            let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            return name.isEmpty || name == "/" ? path : name
        }
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
        return "Relationship map: " + shown
    }

    func run() throws {
        let settings = try settings()
        try checkOutput(settings.output, inputs: corpus.paths)
        if settings.output == "-", !settings.format.isText, Terminal.isTerminal(STDOUT_FILENO) {
            throw Failure.usage("\(settings.format.rawValue.uppercased()) is binary: give --output FILE or pipe it")
        }
        // Graphviz is checked before the corpus is read, so that a missing plugin fails fast.
        let renderer = try Failure.on(Failure.outputNotWritten) { try GraphvizRenderer.shared() }
        guard renderer.supports(settings.format) else {
            throw Failure.outputNotWritten("Graphviz cannot write \(settings.format.rawValue) here (is the cairo plugin of libgvc6 installed?)")
        }

        let (run, code) = try corpus.run()
        let map: RelationshipMap
        switch Result(catching: { () throws(SubgraphQueryError) in try run.graph.select(settings.query) }) {
        case .success(let subgraph): map = RelationshipMap(subgraph: subgraph, title: settings.title)
        case .failure(let error):
            switch error {
            case .unknownFocus, .focusOutsideSelection: throw Failure.usage("--focus: \(error)")
            case .noConnectedEntity: throw Failure.usage("--focus-most-connected: \(error)")
            default: throw Failure.usage("\(error)")
            }
        }
        let bytes = try Failure.on(Failure.outputNotWritten) {
            try renderer.render(map, engine: settings.engine, format: settings.format, legend: !noLegend)
        }
        try writeOutput(bytes, to: settings.output)
        if map.nodes.isEmpty {
            // An empty map is written (a run in a script expects its file) but is not a success.
            throw Failure.nothingMatched("the map is empty: no entity matches the filters (--from, --to, --types, --top, --min-weight)")
        }
        if !corpus.quiet {
            let edges = map.edges.count
            let destination = settings.output == "-" ? "standard output" : settings.output
            Terminal.note("wrote \(destination): \(map.nodes.count) nodes, \(edges) link\(edges == 1 ? "" : "s")"
                + (map.centre.flatMap { id in run.graph.entity(id: id)?.name }.map { ", around \($0)" } ?? ""))
        }
        if code != .success { throw code }
    }
}
