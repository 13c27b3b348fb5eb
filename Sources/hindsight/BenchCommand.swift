import HindsightSupport
import ArgumentParser
import Benchmark
import Corpus

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
            """,
        // A developer's tool (Scripts/bench runs it): left out of `hindsight --help`, still explained by its own
        // --help.
        shouldDisplay: false)

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

    func run() throws {
        let benchmark = StageBenchmark(knowledge: try corpus.knowledge(),
                                       threads: corpus.threads ?? ParallelMap.defaultThreads,
                                       forcedFormat: corpus.formatIn, mapNodes: mapNodes, dateThreads: dateThreads,
                                       repetitions: repetitions, pipelineOnly: pipelineOnly)
        let report = try benchmark.run(paths: corpus.paths)
        try writeOutput(Array((json ? report.json : report.text).utf8), to: nil)
    }
}
