import Corpus
import Extraction
@testable import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing

/// The graph built with the counted edges in shards on several threads is the graph one thread builds: the same
/// entities with their mentions in order, the same edges in the same order with the same sources.
@Suite struct ParallelGraphBuildTests {
    @Test func shardsCoverEveryDocumentOnceInOrder() {
        for sizes in [[], [5], [1, 1, 1], [100, 1, 1, 1, 1, 1, 50, 0, 0, 7], Array(repeating: 3, count: 97)] {
            for threads in [1, 2, 8] {
                let shards = GraphBuilder.shards(sizes, threads: threads)
                #expect(shards.flatMap { Array($0) } == Array(sizes.indices), "\(sizes) on \(threads) threads")
                #expect(shards.allSatisfy { !$0.isEmpty })
            }
        }
        // several shards for a corpus of many documents, so that the threads share the work
        #expect(GraphBuilder.shards(Array(repeating: 10, count: 200), threads: 2).count >= 4)
    }

    @Test func absorbingShardsInOrderIsAddingInOrder() {
        func src(_ post: Int32, _ line: Int32) -> EdgeAccumulator.Source { .init(post: post, line: line, kind: .body) }
        let day1 = CalendarDay(year: 2020, month: 5, day: 1), day2 = CalendarDay(year: 2019, month: 1, day: 9)
        // (a, b, source, day): edge 0–1 seen in both halves, 2–3 only in the second, 1–0 (the other way) once
        let adds: [(Int32, Int32, EdgeAccumulator.Source, CalendarDay?)] = [
            (0, 1, src(0, 3), day1), (1, 0, src(0, 4), nil), (0, 1, src(1, 1), nil),
            (2, 3, src(2, 7), day2), (0, 1, src(2, 9), day2), (2, 3, src(3, 1), day1),
        ]
        func fresh() -> EdgeAccumulator {
            var e = EdgeAccumulator()
            for n in ["a", "b", "c", "d"] { _ = e.node(n) }
            for k in 0...9 { _ = e.post(SourcePost(document: "d\(k / 2).txt", post: "p\(k)")) }
            return e
        }
        var whole = fresh()
        for (a, b, s, d) in adds { whole.add(a, b, .coOccurs, label: nil, source: s, day: d) }
        for cut in 0...adds.count {
            var merged = fresh()
            merged.add(1, 0, .coOccurs, label: nil, source: src(9, 9), day: nil)   // an edge before the shards
            var expected = fresh()
            expected.add(1, 0, .coOccurs, label: nil, source: src(9, 9), day: nil)
            for (a, b, s, d) in adds { expected.add(a, b, .coOccurs, label: nil, source: s, day: d) }
            var first = EdgeAccumulator(), second = EdgeAccumulator()
            for (a, b, s, d) in adds[..<cut] { first.add(a, b, .coOccurs, label: nil, source: s, day: d) }
            for (a, b, s, d) in adds[cut...] { second.add(a, b, .coOccurs, label: nil, source: s, day: d) }
            merged.absorb(first)
            merged.absorb(second)
            #expect(merged.edges() == expected.edges(), "cut at \(cut)")
        }
        #expect(whole.edges().map(\.weight) == [3, 1, 2])
    }

    @Test func sampleCorpusGraphIsTheSameOnOneTwoAndEightThreads() throws {
        let knowledge = try TestPaths.projectKnowledge()
        let one = Pipeline(knowledge: knowledge, threads: 1).run(paths: [TestPaths.corpus]).graph
        #expect(one.edges.count > 100)
        for threads in [2, 8] {
            let other = Pipeline(knowledge: knowledge, threads: threads).run(paths: [TestPaths.corpus]).graph
            ReleasingBuildTests.same(one, other)
        }
    }
}
