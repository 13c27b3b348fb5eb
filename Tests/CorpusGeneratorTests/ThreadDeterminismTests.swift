import Corpus
import CorpusGenerator
import Export
import Extraction
import Foundation
import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing

/// The graph does not depend on the number of threads: the JSON of a generated corpus is byte-identical with
/// one thread and with four.
@Suite struct ThreadDeterminismTests {
    @Test func graphJSONIsTheSameWithOneAndFourThreads() throws {
        let knowledge = try TestPaths.projectKnowledge()
        let dir = NSTemporaryDirectory() + "hindsight-threads-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CorpusGenerator(seed: 2024, names: NamePool(knowledge: knowledge)).write(targetBytes: 1_000_000, to: dir)

        let one = Pipeline(knowledge: knowledge, threads: 1).run(paths: [dir])
        let four = Pipeline(knowledge: knowledge, threads: 4).run(paths: [dir])
        #expect(one.corpus.errors.isEmpty)
        #expect(one.graph.statistics.posts > 50)
        #expect(one.graph.entities.count > 20)
        let a = GraphJSONWriter().write(one.graph)
        let b = GraphJSONWriter().write(four.graph)
        #expect(a.count == b.count)
        #expect(a == b)
    }
}
