import ArgumentParser
import Corpus
import Export
import Extraction
import Foundation
import GraphModel
import GraphvizExport
import Timeline

/// `hindsight bench`: times each stage of the pipeline on a corpus, separately, and reports throughput and memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time each stage on a corpus: throughput (MB/s of input), seconds and peak memory.",
        discussion: """
            Stages, each run on its own: read and segment (CorpusReader); dates (TemporalTagger over every \
            passage, on --date-threads threads, 1 by default); entities (EntityRecognizer); events and graph \
            (DocumentExtractor and GraphBuilder, which tag dates and entities again, as the pipeline does); \
            timeline (select, order and render as text); export JSON (GraphJSONWriter); the map (layout and SVG \
            render of the --map-nodes most mentioned entities with the default engine). A last row runs the whole \
            extraction pipeline (read → graph) in one go.

            Peak memory is the process's high-water mark (getrusage) at the end of each stage, so it only grows \
            down the table; run a single command under /usr/bin/time for the peak of one run.

            Example: hindsight bench --json /tmp/corpus-50mb
            """)

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Option(name: .customLong("map-nodes"), help: "How many entities the map stage draws.")
    var mapNodes = 300

    @Option(name: .customLong("date-threads"), help: "Threads for the dates stage.")
    var dateThreads = 1

    @Option(name: .customLong("repeat"), help: "Run every stage this many times and keep the fastest.")
    var repetitions = 1

    @Flag(name: .customLong("pipeline-only"),
          help: "Run only the extraction pipeline (read → graph), so that a tool timing the process sees its peak memory alone.")
    var pipelineOnly = false

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        guard mapNodes >= 1 else { throw ValidationError("--map-nodes must be at least 1.") }
        guard dateThreads >= 1 else { throw ValidationError("--date-threads must be at least 1.") }
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1.") }
    }

    /// One stage's figures.
    struct Row {
        var name: String
        var threads: Int
        var seconds: Double = .infinity
        /// Processor time (user and system, all threads) of the fastest run.
        var cpuSeconds: Double = .infinity
        /// Whether the stage's work grows with the input (throughput is then meaningful).
        var perInput = true
        var peakKB = 0
        var note = ""
    }

    func run() throws {
        let kb = try corpus.knowledge()
        let threads = corpus.threads ?? ParallelMap.defaultThreads
        let reader = CorpusReader(forcedFormat: corpus.formatIn)
        var rows: [String: Row] = [:]
        var order: [String] = []
        var counts = (files: 0, documents: 0, posts: 0, comments: 0, bytes: 0, dates: 0, mentions: 0,
                      entities: 0, events: 0, edges: 0, timelineEntries: 0, jsonBytes: 0, mapEdges: 0, svgBytes: 0)
        var extractSeconds = Double.infinity, graphSeconds = Double.infinity

        func record(_ name: String, threads: Int, perInput: Bool = true, note: String = "", _ work: () throws -> Void) rethrows {
            let cpuStart = BenchCommand.cpuSeconds()
            let start = ContinuousClock.now
            try work()
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let cpu = BenchCommand.cpuSeconds() - cpuStart
            if rows[name] == nil { rows[name] = Row(name: name, threads: threads, perInput: perInput); order.append(name) }
            if seconds < rows[name]!.seconds { rows[name]!.seconds = seconds; rows[name]!.cpuSeconds = cpu }
            // The high-water mark after the stage's first run (later runs would only repeat the largest so far).
            if rows[name]!.peakKB == 0 { rows[name]!.peakKB = BenchCommand.peakKB() }
            if !note.isEmpty { rows[name]!.note = note }
        }

        for _ in 0..<repetitions where pipelineOnly {
            record("read→graph (pipeline)", threads: threads) {
                let run = Pipeline(knowledge: kb, threads: threads, forcedFormat: corpus.formatIn).run(paths: corpus.paths)
                counts.files = run.corpus.filesFound
                counts.bytes = run.corpus.bytesRead
                counts.documents = run.corpus.documents.count
                counts.posts = run.graph.statistics.posts
                counts.comments = run.graph.statistics.comments
                counts.dates = run.graph.dates.count
                counts.entities = run.graph.entities.count
                counts.events = run.graph.events.count
                counts.edges = run.graph.edges.count
            }
        }
        for _ in 0..<repetitions where !pipelineOnly {
            var result: CorpusReader.Result!
            record("read+segment", threads: threads) {
                result = reader.read(paths: corpus.paths, threads: threads)
            }
            let documents = result.documents
            counts.files = result.filesFound
            counts.documents = documents.count
            counts.bytes = result.bytesRead
            counts.posts = documents.reduce(0) { $0 + $1.posts.count }
            counts.comments = documents.reduce(0) { $0 + $1.posts.reduce(0) { $0 + $1.comments.count } }

            record("dates", threads: dateThreads) {
                let tagger = TemporalTagger()
                let found = ParallelMap.map(documents, threads: dateThreads) { document -> Int in
                    var n = 0
                    for post in document.posts {
                        for passage in post.allPassages {
                            n += tagger.tag(passage.text, reference: post.published,
                                            referenceInferred: post.publishedInferred).count
                        }
                    }
                    return n
                }
                counts.dates = found.reduce(0, +)
            }

            record("entities", threads: threads) {
                let recognizer = EntityRecognizer(knowledge: kb)
                counts.mentions = ParallelMap.map(documents, threads: threads) { recognizer.recognize($0).count }.reduce(0, +)
            }

            var graph: KnowledgeGraph!
            record("events+graph", threads: threads) {
                let start = ContinuousClock.now
                let extractor = DocumentExtractor(knowledge: kb)
                let extractions = ParallelMap.map(documents, threads: threads) { extractor.extract($0) }
                let middle = ContinuousClock.now
                graph = GraphBuilder(knowledge: kb).build(extractions, bytes: result.bytesRead)
                extractSeconds = min(extractSeconds, (middle - start) / .seconds(1))
                graphSeconds = min(graphSeconds, (ContinuousClock.now - middle) / .seconds(1))
            }
            result = nil
            counts.entities = graph.entities.count
            counts.events = graph.events.count
            counts.edges = graph.edges.count

            try record("timeline", threads: 1) {
                let timeline = try Timeline(graph: graph)
                counts.timelineEntries = timeline.entries.count
                _ = TextTimelineRenderer(width: 100, colour: false).render(timeline)
            }

            record("export JSON", threads: 1) {
                counts.jsonBytes = GraphJSONWriter().write(graph).count
            }

            let map = BenchCommand.map(of: graph, nodes: mapNodes)
            counts.mapEdges = map.edges.count
            var mapNote = "\(map.nodes.count) nodes, \(map.edges.count) edges, \(LayoutEngine.default.rawValue)"
            record("map layout+SVG", threads: 1, perInput: false) {
                do {
                    let svg = try GraphvizRenderer.shared().render(map, engine: .default, format: .svg)
                    counts.svgBytes = svg.count
                } catch {
                    mapNote = "failed: \(error)"
                }
            }
            rows["map layout+SVG"]!.note = mapNote
            graph = nil

            record("read→graph (pipeline)", threads: threads) {
                _ = Pipeline(knowledge: kb, threads: threads, forcedFormat: corpus.formatIn).run(paths: corpus.paths)
            }
        }

        let table = order.map { rows[$0]! }
        let mb = Double(counts.bytes) / 1e6
        if json {
            var j = JSONText()
            j.raw("{\"cores\":\(ProcessInfo.processInfo.activeProcessorCount),\"threads\":\(threads)")
            j.raw(",\"files\":\(counts.files),\"documents\":\(counts.documents),\"posts\":\(counts.posts)")
            j.raw(",\"comments\":\(counts.comments),\"input_bytes\":\(counts.bytes),\"dates\":\(counts.dates)")
            j.raw(",\"mentions\":\(counts.mentions),\"entities\":\(counts.entities),\"events\":\(counts.events)")
            j.raw(",\"edges\":\(counts.edges),\"timeline_entries\":\(counts.timelineEntries),\"json_bytes\":\(counts.jsonBytes)")
            j.raw(",\"map_nodes\":\(min(mapNodes, counts.entities)),\"map_edges\":\(counts.mapEdges),\"svg_bytes\":\(counts.svgBytes)")
            j.raw(",\"extract_seconds\":\(BenchCommand.fixed(extractSeconds, 4)),\"graph_seconds\":\(BenchCommand.fixed(graphSeconds, 4))")
            j.raw(",\"repeat\":\(repetitions),\"stages\":")
            j.array(table) { j, row in
                j.raw("{\"stage\":"); j.string(row.name)
                j.raw(",\"threads\":\(row.threads),\"seconds\":\(BenchCommand.fixed(row.seconds, 4))")
                j.raw(",\"cpu_seconds\":\(BenchCommand.fixed(row.cpuSeconds, 4))")
                j.raw(",\"mb_per_s\":")
                j.raw(row.perInput && row.seconds > 0 ? BenchCommand.fixed(mb / row.seconds, 2) : "null")
                j.raw(",\"peak_rss_mb\":\(BenchCommand.fixed(Double(row.peakKB) / 1024, 1)),\"note\":")
                j.string(row.note)
                j.raw("}")
            }
            j.raw("}")
            j.newline()
            try writeOutput(j.bytes, to: nil)
            return
        }
        var out = "corpus: \(counts.files) files, \(counts.posts) posts, \(counts.comments) comments, "
            + BenchCommand.fixed(mb, 1) + " MB; \(ProcessInfo.processInfo.activeProcessorCount) cores, \(threads) threads"
            + (repetitions > 1 ? "; best of \(repetitions)" : "") + "\n"
        out += "found: \(counts.dates) dates, \(counts.mentions) mentions, \(counts.entities) entities, "
            + "\(counts.events) events, \(counts.edges) edges\n\n"
        out += "stage".padding(24) + "threads".leftPadded(8) + "seconds".leftPadded(10) + "cpu s".leftPadded(9)
            + "MB/s".leftPadded(9)
            + "peak MB".leftPadded(9) + "  note\n"
        for row in table {
            let rate = row.perInput && row.seconds > 0 ? BenchCommand.fixed(mb / row.seconds, 1) : "-"
            out += row.name.padding(24) + String(row.threads).leftPadded(8)
                + BenchCommand.fixed(row.seconds, 3).leftPadded(10) + BenchCommand.fixed(row.cpuSeconds, 2).leftPadded(9)
                + rate.leftPadded(9)
                + BenchCommand.fixed(Double(row.peakKB) / 1024, 0).leftPadded(9)
                + (row.note.isEmpty ? "" : "  " + row.note) + "\n"
        }
        out += "\nevents+graph = extract " + BenchCommand.fixed(extractSeconds, 3) + " s + graph "
            + BenchCommand.fixed(graphSeconds, 3) + " s; peak MB is the process's high-water mark so far\n"
        try writeOutput(Array(out.utf8), to: nil)
    }

    // MARK: - Helpers

    /// The `nodes` most mentioned entities and the strongest edges between them (typed relations and
    /// co-occurrence, at most three per node).
    static func map(of graph: KnowledgeGraph, nodes count: Int) -> RelationshipMap {
        let chosen = graph.entities.sorted { a, b in a.weight != b.weight ? a.weight > b.weight : a.id < b.id }.prefix(count)
        let ids = Set(chosen.map(\.id))
        let nodes = chosen.map { e -> RelationshipMap.Node in
            let kind: RelationshipMap.NodeKind
            switch e.type {
            case .person: kind = .person
            case .organization: kind = .organization
            case .place: kind = .place
            case .programme: kind = .programme
            }
            return RelationshipMap.Node(id: e.id, label: e.name, kind: kind, weight: Double(e.weight))
        }
        let candidates = graph.edges.filter { ($0.type.isRelation || $0.type == .coOccurs) && ids.contains($0.source) && ids.contains($0.target) }
            .sorted { a, b in
                a.weight != b.weight ? a.weight > b.weight : (a.source, a.target, a.type.rawValue) < (b.source, b.target, b.type.rawValue)
            }
            .prefix(3 * count)
        let edges = candidates.map {
            RelationshipMap.Edge(source: $0.source, target: $0.target, type: .init($0.type.rawValue), label: $0.label,
                                 weight: Double($0.weight))
        }
        return RelationshipMap(title: "Benchmark map", subtitle: "\(nodes.count) most mentioned entities", nodes: nodes,
                               edges: edges)
    }

    /// The process's peak resident set size so far, in KiB.
    static func peakKB() -> Int {
        Int(usage().ru_maxrss)
    }

    /// The processor time the process has used so far (user and system, every thread).
    static func cpuSeconds() -> Double {
        let u = usage()
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec)
            + Double(u.ru_stime.tv_usec) / 1e6
    }

    static func usage() -> rusage {
        var u = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        return u
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "null"
    }
}
