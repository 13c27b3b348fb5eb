import HindsightPipeline
import HindsightSupport
import Corpus
import Export
import Extraction
import Foundation
import GraphModel
import GraphvizExport
import Timeline

/// Times each stage of the pipeline on a corpus, each on its own, and reports throughput, processor time and
/// peak memory.
///
/// Stages, in order: read and segment (`CorpusReader`); dates (`TemporalTagger` over every passage, on
/// `dateThreads` threads); entities (`EntityRecognizer`); events and graph (`DocumentExtractor` and
/// `GraphBuilder`, which tag dates and entities again, as the pipeline does); timeline (select, order and render
/// as text); export JSON (`GraphJSONWriter`); the map (layout and SVG render of the `mapNodes` most mentioned
/// entities with the default engine); and the whole extraction pipeline (read → graph) in one go.
public struct StageBenchmark: Sendable {
    /// The stages' names, in the order a full run reports them.
    public static let stages = ["read+segment", "dates", "entities", "events+graph", "timeline", "export JSON",
                                "map layout+SVG", "read→graph (pipeline)"]

    public var knowledge: KnowledgeBase
    /// Threads for reading, entities, extraction and the pipeline.
    public var threads: Int
    /// Read every file in this format instead of detecting each file's.
    public var forcedFormat: InputFormat?
    /// How many entities the map stage draws.
    public var mapNodes: Int
    /// Threads for the dates stage.
    public var dateThreads: Int
    /// Runs of every stage; the fastest is kept.
    public var repetitions: Int
    /// Run only the extraction pipeline (read → graph), so that a tool timing the process sees its peak alone.
    public var pipelineOnly: Bool

    public init(knowledge: KnowledgeBase, threads: Int = ParallelMap.defaultThreads, forcedFormat: InputFormat? = nil,
                mapNodes: Int = 300, dateThreads: Int = 1, repetitions: Int = 1, pipelineOnly: Bool = false) {
        self.knowledge = knowledge
        self.threads = max(1, threads)
        self.forcedFormat = forcedFormat
        self.mapNodes = max(1, mapNodes)
        self.dateThreads = max(1, dateThreads)
        self.repetitions = max(1, repetitions)
        self.pipelineOnly = pipelineOnly
    }

    /// Runs the benchmark on the files and folders at `paths`. A failed map render does not throw: the map
    /// row's note says why.
    /// - Throws: `TimelineError` when the timeline stage cannot build a timeline from the graph.
    public func run(paths: [String]) throws -> BenchmarkReport {
        var recorder = StageRecorder()
        var counts = BenchmarkCounts()
        var extractSeconds = Double.infinity, graphSeconds = Double.infinity
        let kb = knowledge, threads = threads, dateThreads = dateThreads

        for _ in 0..<repetitions where pipelineOnly {
            recorder.record("read→graph (pipeline)", threads: threads) {
                var pipeline = Pipeline(knowledge: kb, threads: threads, forcedFormat: forcedFormat)
                pipeline.keepText = false   // as `hindsight export` runs it
                let run = pipeline.run(paths: paths)
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
            let reader = CorpusReader(forcedFormat: forcedFormat)
            recorder.record("read+segment", threads: threads) {
                result = reader.read(paths: paths, threads: threads)
            }
            let documents = result.documents
            let bytesRead = result.bytesRead
            counts.files = result.filesFound
            counts.documents = documents.count
            counts.bytes = bytesRead
            counts.posts = documents.reduce(0) { $0 + $1.posts.count }
            counts.comments = documents.reduce(0) { $0 + $1.posts.reduce(0) { $0 + $1.comments.count } }
            result = nil

            recorder.record("dates", threads: dateThreads) {
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
                counts.datesTagged = found.reduce(0, +)
            }

            recorder.record("entities", threads: threads) {
                let recognizer = EntityRecognizer(knowledge: kb)
                counts.mentions = ParallelMap.map(documents, threads: threads) { recognizer.recognize($0).count }
                    .reduce(0, +)
            }

            var graph: KnowledgeGraph!
            recorder.record("events+graph", threads: threads) {
                let start = ContinuousClock.now
                let extractor = DocumentExtractor(knowledge: kb)
                let extractions = ParallelMap.map(documents, threads: threads) { extractor.extract($0) }
                let middle = ContinuousClock.now
                graph = GraphBuilder(knowledge: kb, threads: threads).build(extractions, bytes: bytesRead)
                extractSeconds = min(extractSeconds, (middle - start) / .seconds(1))
                graphSeconds = min(graphSeconds, (ContinuousClock.now - middle) / .seconds(1))
            }
            counts.dates = graph.dates.count
            counts.entities = graph.entities.count
            counts.events = graph.events.count
            counts.edges = graph.edges.count

            try recorder.record("timeline", threads: 1) {
                let timeline = try EventTimeline(graph: graph)
                counts.timelineEntries = timeline.entries.count
                _ = TextTimelineRenderer(width: 100, colour: false).render(timeline)
            }

            recorder.record("export JSON", threads: 1) {
                counts.jsonBytes = GraphJSONWriter().write(graph).count
            }

            let map = BenchmarkMap(nodes: mapNodes).map(of: graph)
            counts.mapEdges = map.edges.count
            var mapNote = "\(map.nodes.count) nodes, \(map.edges.count) edges, \(LayoutEngine.default.rawValue)"
            recorder.record("map layout+SVG", threads: 1, perInput: false) {
                do {
                    let svg = try GraphvizRenderer.shared().render(map, engine: .default, format: .svg)
                    counts.svgBytes = svg.count
                } catch {
                    mapNote = "failed: \(error)"
                }
            }
            recorder.setNote(mapNote, for: "map layout+SVG")
            graph = nil

            recorder.record("read→graph (pipeline)", threads: threads) {
                var pipeline = Pipeline(knowledge: kb, threads: threads, forcedFormat: forcedFormat)
                pipeline.keepText = false
                _ = pipeline.run(paths: paths)
            }
        }

        return BenchmarkReport(cores: ProcessInfo.processInfo.activeProcessorCount, threads: threads,
                               repetitions: repetitions, mapNodes: mapNodes, counts: counts, rows: recorder.rows,
                               extractSeconds: extractSeconds, graphSeconds: graphSeconds)
    }
}
