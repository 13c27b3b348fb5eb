import GraphModel
import HindsightSupport
import Corpus
import Extraction
import Foundation

/// The whole extraction pipeline, paths in, graph out: `Corpus` → `Extraction` (in parallel, one document at a
/// time) → `GraphModel` (single-threaded, deterministic).
public struct Pipeline: Sendable {
    /// What a run produced, with what went wrong on the way and how long each stage took.
    public struct Run: Sendable {
        public var graph: KnowledgeGraph
        public var corpus: CorpusReader.Result
        /// Seconds spent per stage: `read`, `extract`, `graph`.
        public var timings: [(stage: String, seconds: Double)]
        /// Each document's extraction, when the pipeline was asked to keep them (``keepExtractions``).
        public var extractions: [DocumentExtraction]

        public init(graph: KnowledgeGraph, corpus: CorpusReader.Result, timings: [(stage: String, seconds: Double)],
                    extractions: [DocumentExtraction] = []) {
            self.graph = graph
            self.corpus = corpus
            self.timings = timings
            self.extractions = extractions
        }
    }

    public var knowledge: KnowledgeBase
    public var threads: Int
    public var forcedFormat: InputFormat?
    /// Files larger than this many bytes are refused before they are read.
    public var maximumFileSize: Int
    /// Whether ``Run/extractions`` keeps each document's extraction (for outputs that need the sentences).
    public var keepExtractions = false

    public init(knowledge: KnowledgeBase, threads: Int = ParallelMap.defaultThreads, forcedFormat: InputFormat? = nil,
                maximumFileSize: Int = CorpusReader.defaultMaximumFileSize) {
        self.knowledge = knowledge
        self.threads = max(1, threads)
        self.forcedFormat = forcedFormat
        self.maximumFileSize = maximumFileSize
    }

    /// Runs the pipeline. `progress` is told of each stage's progress as (stage, done, total).
    public func run(paths: [String], progress: (@Sendable (String, Int, Int) -> Void)? = nil) -> Run {
        var clock = StageClock()
        let readProgress = StageClock.progress(progress, stage: "read")
        let extractProgress = StageClock.progress(progress, stage: "extract")
        let corpus = CorpusReader(forcedFormat: forcedFormat, maximumFileSize: maximumFileSize).read(paths: paths, threads: threads, progress: readProgress)
        clock.lap("read")
        let extractor = DocumentExtractor(knowledge: knowledge)
        let extractions = ParallelMap.map(corpus.documents, threads: threads, progress: extractProgress) { document in
            extractor.extract(document)
        }
        clock.lap("extract")
        let graph = GraphBuilder(knowledge: knowledge).build(extractions, bytes: corpus.bytesRead)
        clock.lap("graph")
        return Run(graph: graph, corpus: corpus, timings: clock.timings, extractions: keepExtractions ? extractions : [])
    }
}
