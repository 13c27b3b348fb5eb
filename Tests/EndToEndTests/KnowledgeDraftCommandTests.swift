import Foundation
import Testing

/// `hindsight entities --format knowledge` as a user meets it, on the second sample corpus (`Samples/health`).
@Suite struct KnowledgeDraftCommandTests {
    @Test func writesADraftThatLoadsBackAndReproducesTheEntities() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let draft = dir + "/draft"
        let out = try HindsightBinary.run(["entities", "--format", "knowledge", "--output", draft, "Samples/health"],
                                          directory: HindsightBinary.root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("draft knowledge written to"))
        let files = try FileManager.default.contentsOfDirectory(atPath: draft).sorted()
        #expect(files == ["organizations.json", "people.json", "places.json", "programmes.json"])
        let orgs = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: draft + "/organizations.json")))
            as? [String: Any]
        let records = orgs?["records"] as? [[String: Any]] ?? []
        #expect(records.contains { $0["name"] as? String == "Clinical Commissioning Group" && ($0["aliases"] as? [String] ?? []).contains("CCG") })
        #expect(records.allSatisfy { $0["confidence"] is Double && !($0["sources"] as? [String] ?? []).isEmpty })

        func entities(_ extra: [String]) throws -> Set<String> {
            let r = try HindsightBinary.run(["entities", "-q", "--format", "json"] + extra + ["Samples/health"],
                                            directory: HindsightBinary.root)
            let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
            return Set(list.map { "\($0["type"] ?? ""):\(($0["name"] as? String ?? "").lowercased())" })
        }
        let before = try entities([])
        let after = try entities(["--entities", draft])
        #expect(before.count == after.count)
        #expect(after.contains("organization:care quality commission"))
    }

    @Test func aDraftNeedsAnOutputFolder() throws {
        let out = try HindsightBinary.run(["entities", "--format", "knowledge", "Samples/health"], directory: HindsightBinary.root)
        #expect(out.status == 2)
        #expect(out.stderr.contains("--output"))
    }
}
