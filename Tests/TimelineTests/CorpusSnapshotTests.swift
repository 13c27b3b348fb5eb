import Corpus
import Extraction
import Foundation
import GraphModel
import Testing
import Timeline

/// The sample corpus's timeline, compared with a committed snapshot.
///
/// The date tagger and entity recognizer keep improving, so the snapshot changes with them. To record it again,
/// run `HINDSIGHT_RECORD=1 swift test --filter CorpusSnapshotTests` and review the diff of
/// `Tests/TimelineTests/Snapshots/` before committing.
@Suite struct CorpusSnapshotTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The pipeline run over `Corpus/` with the project's `Entities/`, once for all tests.
    static let run: Result<Pipeline.Run, any Error> = Result {
        let entities = packageRoot.appendingPathComponent("Entities").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: entities)) ?? []
        let knowledge = files.contains { !$0.hasPrefix(".") } ? try KnowledgeBase.load(directories: [entities]) : .empty
        return Pipeline(knowledge: knowledge, threads: 1).run(paths: [packageRoot.appendingPathComponent("Corpus").path])
    }

    static func timeline() throws -> Timeline {
        try Timeline(graph: try run.get().graph)
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

/// A small line diff (longest common subsequence) for snapshot failures.
enum LineDiff {
    static func unified(_ a: [String], _ b: [String], context: Int = 2) -> String {
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var ops: [(Character, String)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { ops.append((" ", a[i])); i += 1; j += 1 }
            else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(("-", a[i])); i += 1 }
            else { ops.append(("+", b[j])); j += 1 }
        }
        let changed = ops.indices.filter { ops[$0].0 != " " }
        var out: [String] = []
        var last = -1
        for (k, op) in ops.enumerated() where changed.contains(where: { abs($0 - k) <= context }) {
            if last >= 0, k > last + 1 { out.append("@@") }
            out.append(String(op.0) + op.1)
            last = k
        }
        return out.joined(separator: "\n")
    }
}

@Suite struct LineDiffTests {
    @Test func showsRemovedThenAddedLinesWithContext() {
        #expect(LineDiff.unified(["a", "b", "c"], ["a", "x", "c"]) == " a\n-b\n+x\n c")
        #expect(LineDiff.unified(["1", "2", "3", "4", "5", "6", "7"], ["1", "2", "3", "4", "5", "6", "8"], context: 1) == " 6\n-7\n+8")
    }
}
