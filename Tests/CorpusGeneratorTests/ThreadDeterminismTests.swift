import Corpus
import CorpusGenerator
import Export
import Extraction
import Foundation
import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing

/// The graph does not depend on the number of threads: the JSON, GraphML and GEXF exports of a generated corpus
/// are byte-identical with one, two and eight threads (the JSON rendered on as many threads as the run).
@Suite struct ThreadDeterminismTests {
    @Test func exportsAreTheSameWithOneTwoAndEightThreads() throws {
        let knowledge = try TestPaths.projectKnowledge()
        let dir = NSTemporaryDirectory() + "hindsight-threads-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CorpusGenerator(seed: 2024, names: NamePool(knowledge: knowledge)).write(targetBytes: 1_000_000, to: dir)

        let one = Pipeline(knowledge: knowledge, threads: 1).run(paths: [dir])
        #expect(one.corpus.errors.isEmpty)
        #expect(one.graph.statistics.posts > 50)
        #expect(one.graph.entities.count > 20)
        let json = GraphJSONWriter().write(one.graph)
        let graphML = GraphMLWriter().write(one.graph)
        let gexf = GEXFWriter().write(one.graph)
        for threads in [2, 8] {
            let other = Pipeline(knowledge: knowledge, threads: threads).run(paths: [dir])
            let otherJSON = GraphJSONWriter(threads: threads).write(other.graph)
            #expect(otherJSON.count == json.count, "JSON, \(threads) threads")
            #expect(otherJSON == json, "JSON, \(threads) threads")
            #expect(GraphMLWriter().write(other.graph) == graphML, "GraphML, \(threads) threads")
            #expect(GEXFWriter().write(other.graph) == gexf, "GEXF, \(threads) threads")
        }
    }
}
