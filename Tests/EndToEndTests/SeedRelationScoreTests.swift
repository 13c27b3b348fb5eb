import Foundation
import Testing

/// The project's scorer on the seed pages (and, for event participants, on the regression sets of other policy
/// areas): the figures this branch reached, so that a change that loses them fails. Skipped when `../shared` (seeds, gold, scorer) or `python3` is absent.
@Suite struct SeedRelationScoreTests {
    static let scorer = URL(fileURLWithPath: HindsightBinary.root + "/../shared/eval/score.py").standardized.path
    static let gold = URL(fileURLWithPath: HindsightBinary.root + "/../shared/eval/gold").standardized.path
    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var available: Bool {
        HindsightBinary.seedsAvailable && FileManager.default.fileExists(atPath: scorer) && python != nil
    }

    /// `name precision=0.98 recall=0.44 ...` → the numbers by key.
    static func figures(_ report: String, line name: String) -> [String: Double] {
        guard let line = report.split(separator: "\n").first(where: { $0.hasPrefix(name + " ") }) else { return [:] }
        var out: [String: Double] = [:]
        for part in line.split(separator: " ") where part.contains("=") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2, let v = Double(kv[1]) { out[String(kv[0])] = v }
        }
        return out
    }

    static func score(_ extra: [String], pages: String = HindsightBinary.seeds, gold: String = gold) throws -> String {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/graph.json"
        let run = try HindsightBinary.run(["export", "-q"] + extra + ["--output", out, pages])
        #expect(run.status == 0, "\(run.stderr)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python!)
        p.arguments = [scorer, gold, out]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: available, "needs ../shared (seeds, gold, score.py) and python3"))
    func relationsAndParticipantsOnTheSeeds() throws {
        let report = try Self.score([])
        let r = Self.figures(report, line: "relations")
        #expect((r["precision"] ?? 0) >= 0.90, "\(report)")
        #expect((r["recall"] ?? 0) >= 0.46, "\(report)")
        let p = Self.figures(report, line: "participants")
        #expect((p["f1"] ?? 0) >= 0.64, "\(report)")
    }

    /// Event participants on the two regression sets of other policy areas (pages and gold in
    /// `Tests/Regression/`), with and without `Entities/`: the figures the clause reading reached.
    @Test(.enabled(if: scorerAvailable, "needs ../shared/eval/score.py and python3"),
          arguments: [("PolicyAreasA", [String](), 0.63), ("PolicyAreasA", ["--no-default-entities"], 0.55),
                      ("PolicyAreasB", [String](), 0.61), ("PolicyAreasB", ["--no-default-entities"], 0.53)])
    func participantsOnTheRegressionSets(set: String, extra: [String], floor: Double) throws {
        let base = HindsightBinary.root + "/Tests/Regression/" + set
        let report = try Self.score(extra, pages: base + "/pages", gold: base + "/gold")
        let p = Self.figures(report, line: "participants")
        #expect((p["f1"] ?? 0) >= floor, "\(set) \(extra): \(report)")
    }

    static var scorerAvailable: Bool { FileManager.default.fileExists(atPath: scorer) && python != nil }

    @Test(.enabled(if: available, "needs ../shared (seeds, gold, score.py) and python3"))
    func relationsFromTheTextAlone() throws {
        let report = try Self.score(["--no-default-entities"])
        let p = Self.figures(report, line: "participants")
        #expect((p["f1"] ?? 0) >= 0.39, "\(report)")
        let r = Self.figures(report, line: "relations")
        #expect((r["precision"] ?? 0) >= 0.85, "\(report)")
        #expect((r["recall"] ?? 0) >= 0.29, "\(report)")
    }

    /// The policy-area regression pages (`Tests/Regression/PolicyAreasA` and `B`, with their gold), scored like
    /// the seeds, with and without `Entities/`: relations read by general rules must carry to other policy areas.
    @Test(.enabled(if: available, "needs ../shared/eval/score.py and python3"),
          arguments: [("PolicyAreasA", 0.92, 0.50, 0.92, 0.44), ("PolicyAreasB", 0.89, 0.35, 0.81, 0.26)])
    func relationsOnThePolicyAreaPages(set: String, precision: Double, recall: Double, textPrecision: Double, textRecall: Double) throws {
        let base = HindsightBinary.root + "/Tests/Regression/" + set
        for (extra, p, r) in [([String](), precision, recall), (["--no-default-entities"], textPrecision, textRecall)] {
            let report = try Self.score(extra, pages: base + "/pages", gold: base + "/gold")
            let f = Self.figures(report, line: "relations")
            #expect((f["precision"] ?? 0) >= p, "\(set) \(extra): \(report)")
            #expect((f["recall"] ?? 0) >= r, "\(set) \(extra): \(report)")
        }
    }
}
