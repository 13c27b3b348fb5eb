import ArgumentParser
import Export
import GraphModel
import Store
import HindsightSupport
import HindsightPipeline

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

            SQLite (--format sqlite, with --output FILE) is a normalised database: documents, posts, entities, \
            aliases, roles, mentions, dates, events with their sources and participants, edges with their \
            sources, and every sentence, with full-text search over sentences and names and views for an \
            entity's timeline, stated relations and roles by person. A metadata.json for Datasette is written \
            beside it: datasette graph.sqlite -m metadata.json

            Example: hindsight export --format json --output Graphs/graph.json Corpus/
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, graphml, gexf, sqlite }

    @Option(help: "json, graphml, gexf or sqlite (with its metadata.json for Datasette).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if format == .sqlite && (output == nil || output == "-") {
            throw ValidationError("--format sqlite needs --output FILE (a database cannot go to standard output).")
        }
    }

    func run() throws {
        try checkOutput(output, inputs: corpus.paths)
        let (run, code) = try corpus.run(keepExtractions: format == .sqlite)
        try Self.write(run, format: format, to: output, threads: corpus.threads ?? ParallelMap.defaultThreads)
        if code != .success { throw code }
    }

    /// Writes the run's graph in `format` to `output` (standard output when nil or `-`, but for SQLite).
    /// JSON records are rendered on `threads` threads (the bytes do not depend on it).
    static func write(_ run: Pipeline.Run, format: Format, to output: String?, threads: Int = 1) throws {
        switch format {
        case .json: try writeOutput(to: output) { emit in try GraphJSONWriter(threads: threads).write(run.graph, emit: emit) }
        case .graphml: try writeOutput(to: output) { emit in try GraphMLWriter().write(run.graph, emit: emit) }
        case .gexf: try writeOutput(to: output) { emit in try GEXFWriter().write(run.graph, emit: emit) }
        case .sqlite: try writeDatabase(run, to: output ?? "graph.sqlite")
        }
    }

    /// The database, then its Datasette metadata beside it, each written whole.
    private static func writeDatabase(_ run: Pipeline.Run, to path: String) throws {
        do {
            try GraphDatabaseWriter().write(run.graph, extractions: run.extractions, to: path)
            try OutputFile.write(DatasetteMetadata(databaseName: DatasetteMetadata.databaseName(forPath: path)).json(),
                                 to: DatasetteMetadata.path(besideDatabase: path))
        } catch {
            throw Failure.outputNotWritten("\(error)")
        }
    }
}
