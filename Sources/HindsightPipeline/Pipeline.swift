import GraphModel
import HindsightSupport
import Corpus
import Extraction
import Foundation

/// The whole extraction pipeline, paths in, graph out: `Corpus` → `Extraction` (in parallel, one document at a
/// time) → `GraphModel` (deterministic). Unless asked to keep them (``keepText``, ``keepExtractions``), each
/// stage's intermediate results are released as soon as the next stage has read them, so that the run's peak
/// memory is the graph's, not the corpus's text plus every extraction plus the graph.
public struct Pipeline: Sendable {
    /// What a run produced, with what went wrong on the way and how long each stage took.
    public struct Run: Sendable {
        public var graph: KnowledgeGraph
        public var corpus: CorpusReader.Result
        /// Seconds spent per stage: `read`, `extract`, `graph`.
        public var timings: [(stage: String, seconds: Double)]
        /// Each document with its sentences (``DocumentExtraction/keepingSentences()``), when the pipeline was asked
        /// to keep them (``keepExtractions``).
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
    /// Whether ``Run/extractions`` keeps each document and its sentences (for outputs that quote the sentences).
    public var keepExtractions = false
    /// Whether ``Run/corpus`` keeps each document's text (for outputs that quote the pages). Without it, a
    /// document's text is released as soon as it is extracted, and the run's documents are outlines
    /// (``Document/withoutText()``): the graph needs no more, and the corpus's text is not held to the end.
    public var keepText = true

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
        var corpus = CorpusReader(forcedFormat: forcedFormat, maximumFileSize: maximumFileSize).read(paths: paths, threads: threads, progress: readProgress)
        clock.lap("read")
        let extractor = DocumentExtractor(knowledge: knowledge)
        let release = !keepText && !keepExtractions
        var extractions: [DocumentExtraction]
        if release {
            // Each document's text is dropped as soon as the document is extracted, not when all are.
            var documents = corpus.documents
            corpus.documents = []
            extractions = ParallelMap.map(consuming: &documents, threads: threads, progress: extractProgress) { document in
                var x = extractor.extract(document)
                x.document = x.document.withoutText()
                return x
            }
            corpus.documents = extractions.map(\.document)
            FreedMemory.release()
        } else {
            extractions = ParallelMap.map(corpus.documents, threads: threads, progress: extractProgress) { extractor.extract($0) }
        }
        clock.lap("extract")
        let kept = keepExtractions ? extractions.map { $0.keepingSentences() } : []
        let graph = GraphBuilder(knowledge: knowledge, threads: threads).build(releasing: &extractions, bytes: corpus.bytesRead)
        clock.lap("graph")
        return Run(graph: graph, corpus: corpus, timings: clock.timings, extractions: kept)
    }
}
