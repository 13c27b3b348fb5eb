import ArgumentParser
import Export
import GraphModel

/// `hindsight export`: the graph as JSON (GraphML and GEXF too).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge graph as JSON, GraphML or GEXF.",
        discussion: """
            JSON (the default) holds everything: documents and posts, entities with every mention, dates with \
            their resolved values, events with their sources, typed and weighted edges, and statistics. Its \
            shape is described by Sources/Export/hindsight-graph.schema.json.

            GraphML (for Gephi, yEd, Cytoscape, networkx) and GEXF (dynamic, for Gephi's timeline) hold the \
            entities, events and posts as nodes (a `kind` attribute tells them apart) and the typed, weighted \
            edges, with first and last days seen; GEXF nodes and edges carry those days as time intervals.

            Example: hindsight export --format json --output Graphs/graph.json Corpus/
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, graphml, gexf }

    @Option(help: "json, graphml or gexf.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try checkOutput(output, inputs: corpus.paths)
        let (run, code) = try corpus.run()
        switch format {
        case .json: try writeOutput(to: output) { emit in try GraphJSONWriter().write(run.graph, emit: emit) }
        case .graphml: try writeOutput(GraphMLWriter().write(run.graph), to: output)
        case .gexf: try writeOutput(GEXFWriter().write(run.graph), to: output)
        }
        if code != .success { throw code }
    }
}
