import Foundation
import Testing

/// `hindsight timeline --top`, `--limit`, `--min-sources` and `--verbose` as a user meets them.
@Suite struct TimelineKeyEventsTests {
    @Test func helpTellsTopFromLimit() throws {
        let out = try HindsightBinary.run(["timeline", "--help"])
        #expect(out.status == 0)
        for word in ["--top", "--limit", "--min-sources", "--verbose", "most important", "first N", "inferred"] {
            #expect(out.stdout.contains(word), "\(word)")
        }
    }

    @Test func topAndLimitDiffer() throws {
        let top = try HindsightBinary.run(["timeline", "-q", "--top", "5", "--format", "json", "Corpus"])
        let limit = try HindsightBinary.run(["timeline", "-q", "--limit", "5", "--format", "json", "Corpus"])
        #expect(top.status == 0 && limit.status == 0, "\(top.stderr)\(limit.stderr)")
        func events(_ s: String) throws -> [[String: Any]] {
            let json = try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any]
            return json?["events"] as? [[String: Any]] ?? []
        }
        let t = try events(top.stdout), l = try events(limit.stdout)
        #expect(t.count == 5 && l.count == 5)
        // --top: the most important, in date order; --limit: the earliest.
        let starts = t.compactMap { $0["start"] as? String }
        #expect(starts == starts.sorted())
        let minTop = t.compactMap { $0["importance"] as? Int }.min() ?? 0
        let maxLimit = l.compactMap { $0["importance"] as? Int }.max() ?? 0
        #expect(minTop >= maxLimit)
        #expect((l.last?["start"] as? String ?? "") <= (t.first?["start"] as? String ?? ""))
        #expect(t.allSatisfy { $0["reasons"] is [String] && $0["sentence"] is String && $0["inferred"] is Bool })
    }

    @Test func minSourcesAndVerbose() throws {
        let out = try HindsightBinary.run(["timeline", "-q", "--min-sources", "2", "--verbose", "--width", "120", "Corpus"],
                                          environment: ["NO_COLOR": "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("(+1 source)") || out.stdout.contains("sources)"))
        #expect(out.stdout.contains("importance"))
        #expect(out.stdout.contains("told in 2 posts"))
    }

    @Test func negativeCountsAreUsageErrors() throws {
        let top = try HindsightBinary.run(["timeline", "--top=-3", "Corpus"])
        #expect(top.status == 2)
        #expect(top.stderr.contains("negative"))
        let min = try HindsightBinary.run(["timeline", "--min-sources=-1", "Corpus"])
        #expect(min.status == 2)
    }
}
