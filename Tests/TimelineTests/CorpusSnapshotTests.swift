import Corpus
import Extraction
import Foundation
import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing
import Timeline

/// The sample corpus's timeline, compared with a committed snapshot.
///
/// The date tagger and entity recognizer keep improving, so the snapshot changes with them. To record it again,
/// run `HINDSIGHT_RECORD=1 swift test --filter CorpusSnapshotTests` and review the diff of
/// `Tests/TimelineTests/Snapshots/` before committing.
@Suite struct CorpusSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The pipeline run over `Corpus/` with the project's `Entities/`, once for all tests.
    static let run: Result<Pipeline.Run, any Error> = Result {
        Pipeline(knowledge: try TestPaths.projectKnowledge(), threads: 1).run(paths: [TestPaths.corpus])
    }

    static func timeline() throws -> EventTimeline {
        try EventTimeline(graph: try run.get().graph)
    }

    @Test func textSnapshot() throws {
        try assertSnapshot(TextTimelineRenderer(width: 80, colour: false).render(try Self.timeline()), named: "corpus-timeline.txt")
    }

    @Test func markdownSnapshot() throws {
        try assertSnapshot(MarkdownTimelineRenderer().render(try Self.timeline()), named: "corpus-timeline.md")
    }

    @Test(arguments: [40, 60, 80, 120])
    func theCorpusFitsEveryWidth(width: Int) throws {
        let timeline = try Self.timeline()
        #expect(!timeline.entries.isEmpty)
        let text = TextTimelineRenderer(width: width, colour: true).render(timeline).withoutSGR
        for line in text.lines { #expect(TimelineText.width(line) <= width, "\(width): \(line)") }
    }

    @Test func theCorpusRoundTripsThroughCSVAndJSON() throws {
        let timeline = try Self.timeline()
        let csv = CSVTimelineRenderer()
        #expect(CSVTests.parse(csv.render(timeline)) == csv.rows(timeline))
        let json = JSONTimelineRenderer().render(timeline)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((object?["events"] as? [Any])?.count == timeline.entries.count)
    }

    /// Compares `actual` with the snapshot file; records it when `HINDSIGHT_RECORD` is set (non-empty, not `0`).
    func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.snapshots.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["HINDSIGHT_RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false
        if record {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No snapshot \(url.path): run `HINDSIGHT_RECORD=1 swift test --filter CorpusSnapshotTests` to record it.",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("""
                The timeline differs from \(url.lastPathComponent) (- snapshot, + now). If the change is expected, record \
                again with `HINDSIGHT_RECORD=1 swift test --filter CorpusSnapshotTests`.
                \(LineDiff.unified(expected.lines, actual.lines))
                """, sourceLocation: sourceLocation)
        }
    }
}

@Suite struct LineDiffTests {
    @Test func showsRemovedThenAddedLinesWithContext() {
        #expect(LineDiff.unified(["a", "b", "c"], ["a", "x", "c"]) == " a\n-b\n+x\n c")
        #expect(LineDiff.unified(["1", "2", "3", "4", "5", "6", "7"], ["1", "2", "3", "4", "5", "6", "8"], context: 1) == " 6\n-7\n+8")
    }
}
