import Benchmark
import Corpus
import Extraction
import Foundation
import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing

/// The benchmark on the sample corpus: every stage reported, in order, with counts that agree with the pipeline,
/// and JSON that `Scripts/bench` can read. No timing is asserted.
@Suite struct StageBenchmarkTests {
    static let corpus = TestPaths.corpus

    static func knowledge() throws -> KnowledgeBase { try TestPaths.projectKnowledge() }

    /// The stage names `Scripts/bench` knows, in the order it prints them.
    static let expectedStages = ["read+segment", "dates", "entities", "events+graph", "timeline", "export JSON",
                                 "map layout+SVG", "read→graph (pipeline)"]

    @Test func reportsEveryStageInOrderWithThePipelinesCounts() throws {
        let kb = try Self.knowledge()
        let report = try StageBenchmark(knowledge: kb, threads: 2, mapNodes: 20, repetitions: 2).run(paths: [Self.corpus])
        #expect(report.rows.map(\.name) == Self.expectedStages)
        #expect(StageBenchmark.stages == Self.expectedStages)
        #expect(report.repetitions == 2)

        let run = Pipeline(knowledge: kb, threads: 2).run(paths: [Self.corpus])
        #expect(run.graph.statistics.posts > 0)
        #expect(report.counts.posts == run.graph.statistics.posts)
        #expect(report.counts.comments == run.graph.statistics.comments)
        #expect(report.counts.events == run.graph.events.count)
        #expect(report.counts.edges == run.graph.edges.count)
        #expect(report.counts.entities == run.graph.entities.count)
        #expect(report.counts.files == run.corpus.filesFound)
        #expect(report.counts.bytes == run.corpus.bytesRead)
        #expect(report.counts.jsonBytes > 0)

        let map = try #require(report.rows.first { $0.name == "map layout+SVG" })
        #expect(!map.perInput)
        #expect(map.note.hasPrefix("\(min(20, run.graph.entities.count)) nodes, \(report.counts.mapEdges) edges")
                    || map.note.hasPrefix("failed: "))
        for row in report.rows {
            #expect(row.seconds.isFinite, "\(row.name) has no time")
            #expect(row.peakKB > 0, "\(row.name) has no peak memory")
        }
    }

    @Test func pipelineOnlyReportsOneRowWithTheGraphsCounts() throws {
        let kb = try Self.knowledge()
        let report = try StageBenchmark(knowledge: kb, threads: 1, pipelineOnly: true).run(paths: [Self.corpus])
        #expect(report.rows.map(\.name) == ["read→graph (pipeline)"])
        let run = Pipeline(knowledge: kb, threads: 1).run(paths: [Self.corpus])
        #expect(report.counts.posts == run.graph.statistics.posts)
        #expect(report.counts.events == run.graph.events.count)
        #expect(report.counts.edges == run.graph.edges.count)
        #expect(report.counts.dates == run.graph.dates.count)
        #expect(!report.extractSeconds.isFinite)
        #expect(report.text.contains("extract null s + graph null s"))
    }

    @Test func benchCountsDatesAsTheExportDoes() throws {
        let kb = try Self.knowledge()
        let report = try StageBenchmark(knowledge: kb, threads: 1, mapNodes: 10).run(paths: [Self.corpus])
        let run = Pipeline(knowledge: kb, threads: 1).run(paths: [Self.corpus])
        #expect(report.counts.dates == run.graph.dates.count)
        #expect(report.counts.datesTagged > 0)
        #expect(report.json.contains("\"dates\":\(run.graph.dates.count),"))
    }

    @Test func jsonHasTheKeysScriptsBenchReads() throws {
        let report = try StageBenchmark(knowledge: try Self.knowledge(), threads: 1, mapNodes: 10).run(paths: [Self.corpus])
        #expect(report.json.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        for key in ["cores", "threads", "files", "posts", "comments", "input_bytes", "dates", "mentions", "entities",
                    "events", "edges", "stages"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["posts"] as? Int == report.counts.posts)
        #expect(object["edges"] as? Int == report.counts.edges)
        #expect(object["map_nodes"] as? Int == min(10, report.counts.entities))
        let stages = try #require(object["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["stage"] as? String } == Self.expectedStages)
        for stage in stages {
            for key in ["stage", "seconds", "mb_per_s", "peak_rss_mb", "note"] {
                #expect(stage[key] != nil, "stage \(stage["stage"] ?? "?") is missing \(key)")
            }
            #expect(stage["seconds"] is Double || stage["seconds"] is Int)
        }
        let map = try #require(stages.first { $0["stage"] as? String == "map layout+SVG" })
        #expect(map["mb_per_s"] is NSNull)
        #expect(map["note"] is String)
    }

    @Test func textHasAHeaderAndOneLinePerStage() throws {
        let report = try StageBenchmark(knowledge: .empty, threads: 1, mapNodes: 5).run(paths: [Self.corpus])
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("corpus: \(report.counts.files) files, \(report.counts.posts) posts, "))
        #expect(lines[1] == "found: \(report.counts.dates) dates, \(report.counts.mentions) mentions, "
                    + "\(report.counts.entities) entities, \(report.counts.events) events, \(report.counts.edges) edges")
        #expect(lines[3] == "stage                    threads   seconds    cpu s     MB/s  peak MB  note")
        for (i, name) in Self.expectedStages.enumerated() {
            #expect(lines[4 + i].hasPrefix(name + " "))
        }
        #expect(lines[12] == "")
        #expect(lines[13].hasPrefix("events+graph = extract "))
    }
}
