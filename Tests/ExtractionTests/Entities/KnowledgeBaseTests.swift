@testable import Extraction
import Foundation
import HindsightTestSupport
import Testing

private func temporaryFolder(_ files: [String: String]) throws -> String {
    let dir = NSTemporaryDirectory() + "hindsight-kb-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
    }
    return dir
}

@Suite("Knowledge base")
struct KnowledgeBaseTests {
    /// A file is decoded whole when it can be, and then gives the records the record-by-record reading gives
    /// (the project's own files); a file with one bad record is not decoded whole, so its error names the record.
    @Test func decodingWholeGivesTheRecordsOfTheRecordByRecordReading() throws {
        let folder = TestPaths.entities
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            let whole = try #require(KnowledgeBase.decodeWhole(data), "\(name)")
            #expect(whole == (try KnowledgeBase.decodeRecordByRecord(data, file: name)), "\(name)")
        }
        let array = Data(#"[{"name": "Ada Quill", "type": "person", "aliases": ["Quill"], "confidence": 0.85}]"#.utf8)
        #expect(KnowledgeBase.decodeWhole(array) == (try KnowledgeBase.decodeRecordByRecord(array, file: "a.json")))
        let bad = Data(#"{"records": [{"name": "Ada Quill", "type": "person"}, {"name": "  ", "type": "person"}]}"#.utf8)
        #expect(KnowledgeBase.decodeWhole(bad) == nil)
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.decode(bad, file: "bad.json") }
        let badDate = Data(#"[{"name": "Ada Quill", "type": "person", "roles": [{"title": "Chair", "from": "2019-13"}]}]"#.utf8)
        #expect(KnowledgeBase.decodeWhole(badDate) == nil)
    }

    @Test func loadsRecordsAndLooksUpAliasesInAnyCaseAndPossessive() throws {
        let dir = try temporaryFolder(["people.json": """
            {"records": [
              {"name": "Ada Quill", "type": "person", "aliases": ["Quill", "Awful Quill"],
               "roles": [{"title": "Minister for Widgets", "organization": "Department of Widgets", "from": "2012-09", "to": "2015-05"}],
               "sources": ["https://example.org/ada-quill"]},
              {"name": "Department of Widgets", "type": "organization", "aliases": ["DoW"], "sources": ["https://example.org/dow"]}
            ]}
            """])
        let kb = try KnowledgeBase.load(directories: [dir])
        #expect(kb.count == 2)
        #expect(kb.records(named: "quill’s").first?.name == "Ada Quill")
        #expect(kb.records(named: "AWFUL QUILL").first?.id == "person:ada-quill")
        #expect(kb.records(named: "DoW", type: .organization).count == 1)
        let roles = kb.roles(of: "person:ada-quill")
        #expect(roles.count == 1)
        #expect(roles.first?.from == "2012-09")
        #expect(kb.record(id: "org:department-of-widgets") != nil)
    }

    @Test func topLevelArrayIsAccepted() throws {
        let dir = try temporaryFolder(["a.json": #"[{"name": "Lakeside", "type": "place"}]"#])
        let kb = try KnowledgeBase.load(directories: [dir])
        #expect(kb.records.first?.type == .place)
    }

    @Test func laterFolderExtendsARecordWithTheSameID() throws {
        let a = try temporaryFolder(["a.json": #"[{"name": "Ada Quill", "type": "person", "aliases": ["Quill"]}]"#])
        let b = try temporaryFolder(["b.json": #"[{"name": "Ada Quill", "type": "person", "aliases": ["Ms Quill"], "sources": ["https://example.org"]}]"#])
        let kb = try KnowledgeBase.load(directories: [a, b])
        #expect(kb.count == 1)
        #expect(Set(kb.records[0].aliases) == ["Quill", "Ms Quill"])
        #expect(kb.records[0].sources == ["https://example.org"])
    }

    @Test func invalidJSONNamesTheFileAndLine() throws {
        let dir = try temporaryFolder(["broken.json": "{\"records\": [\n  {\"name\": \"X\", \"type\": \"person\",,}\n]}"])
        #expect {
            _ = try KnowledgeBase.load(directories: [dir])
        } throws: { error in
            guard case KnowledgeBaseError.invalidJSON(let file, let line, _, _) = error else { return false }
            return file.hasSuffix("broken.json") && (line == nil || line == 2)
        }
    }

    @Test func badRecordNamesFileIndexAndName() throws {
        let dir = try temporaryFolder(["bad.json": """
            {"records": [
              {"name": "Fine", "type": "place"},
              {"name": "Odd One", "type": "spaceship"}
            ]}
            """])
        #expect {
            _ = try KnowledgeBase.load(directories: [dir])
        } throws: { error in
            guard case KnowledgeBaseError.invalidRecord(let file, let index, let name, _) = error else { return false }
            return file.hasSuffix("bad.json") && index == 1 && name == "Odd One"
        }
    }

    @Test func badRoleDateIsRejected() throws {
        let dir = try temporaryFolder(["d.json": #"[{"name": "Ada Quill", "type": "person", "roles": [{"title": "Chair", "from": "Sept 2012"}]}]"#])
        #expect {
            _ = try KnowledgeBase.load(directories: [dir])
        } throws: { error in
            guard case KnowledgeBaseError.invalidRecord(_, 0, "Ada Quill", let message) = error else { return false }
            return message.contains("Sept 2012")
        }
    }

    @Test func missingFolderIsATypedError() {
        #expect(throws: KnowledgeBaseError.unreadableDirectory(path: "/nonexistent/knowledge")) {
            _ = try KnowledgeBase.load(directories: ["/nonexistent/knowledge"])
        }
    }

    @Test func emptyKnowledgeBaseHasNoRecords() {
        #expect(KnowledgeBase.empty.count == 0)
        #expect(KnowledgeBase.empty.records(named: "anything").isEmpty)
    }

    @Test func errorDescriptionsNameTheFile() {
        let e = KnowledgeBaseError.invalidRecord(file: "Entities/people.json", index: 3, name: "X", message: "missing \"type\"")
        #expect(e.description.contains("Entities/people.json"))
        #expect(e.description.contains("record 3"))
    }

    // MARK: - The shipped knowledge

    @Test func shippedKnowledgeLoadsWithSourcesAndUniqueIDs() throws {
        let dir = TestPaths.entities
        guard FileManager.default.fileExists(atPath: dir) else {
            Issue.record("Entities/ not found at \(dir)")
            return
        }
        var all: [KnowledgeRecord] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".json") {
            all += try KnowledgeBase.loadFile(path: dir + "/" + name)
        }
        #expect(all.count >= 300)
        var ids = Set<String>()
        for r in all {
            #expect(!r.sources.isEmpty, "\(r.id) has no source")
            #expect(r.sources.allSatisfy { $0.hasPrefix("http") }, "\(r.id) has a source that is not a URL")
            #expect(ids.insert(r.id).inserted, "duplicate id \(r.id)")
        }
        let kb = KnowledgeBase(records: all)
        #expect(kb.records(named: "MOJ").first?.name == "Ministry of Justice")
        #expect(kb.records(named: "Failing Grayling").first?.name == "Chris Grayling")
        #expect(kb.records(named: "NAPO").first?.name == "Napo")
        #expect(kb.records(named: "KSS CRC").first?.type == .organization)
        let grayling = kb.roles(of: "person:chris-grayling")
        #expect(grayling.contains { $0.title == "Secretary of State for Justice" && $0.from == "2012-09" && $0.to == "2015-05" })
    }

    @Test func partialDatesAreValidated() {
        #expect(KnowledgeBase.isPartialDate("2014"))
        #expect(KnowledgeBase.isPartialDate("2014-06"))
        #expect(KnowledgeBase.isPartialDate("2014-06-01"))
        #expect(!KnowledgeBase.isPartialDate("2014-13"))
        #expect(!KnowledgeBase.isPartialDate("June 2014"))
    }
}
