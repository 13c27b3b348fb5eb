import HindsightSupport
import Foundation
@testable import GraphModel
import Testing
import Export

@Suite struct GraphJSONWriterTests {
    static func parse(_ graph: KnowledgeGraph) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(GraphJSONWriter().write(graph)))
        return try #require(object as? [String: Any])
    }

    static func array(_ o: [String: Any], _ key: String) throws -> [[String: Any]] {
        try #require(o[key] as? [[String: Any]], "\(key) is not an array of objects")
    }

    @Test func hostileStringsRoundTripExactly() throws {
        let graph = TestGraphs.hostile
        let json = try Self.parse(graph)
        #expect(json["format"] as? String == "hindsight-graph")
        #expect(json["version"] as? Int == 1)

        let entities = try Self.array(json, "entities")
        #expect(entities.count == graph.entities.count)
        for (j, e) in zip(entities, graph.entities) {
            #expect(sameScalars(j["id"] as? String, e.id))
            #expect(sameScalars(j["name"] as? String, e.name), "name \(e.name.debugDescription)")
            let aliases = try #require(j["aliases"] as? [String])
            #expect(aliases.map { Array($0.unicodeScalars) } == e.aliases.map { Array($0.unicodeScalars) })
            #expect(sameScalars(j["knowledge_id"] as? String, e.knowledgeID))
            #expect(e.knowledgeID != nil || j["knowledge_id"] is NSNull)
            let mentions = try #require(j["mentions"] as? [[String: Any]])
            #expect(mentions.count == e.mentions.count)
            for (m, r) in zip(mentions, e.mentions) {
                #expect(sameScalars(m["text"] as? String, r.text))
                #expect(sameScalars(m["document"] as? String, r.source.document))
                #expect(m["kind"] as? String == r.source.kind.rawValue)
            }
            let roles = try #require(j["roles"] as? [[String: Any]])
            #expect(sameScalars(roles.first?["title"] as? String, e.roles.first?.title))
        }

        let dates = try Self.array(json, "dates")
        for (j, d) in zip(dates, graph.dates) {
            #expect(sameScalars(j["text"] as? String, d.text))
            #expect(sameScalars(j["value"] as? String, d.value?.value))
        }
        let event = try #require(try Self.array(json, "events").first)
        #expect(sameScalars(event["summary"] as? String, graph.events[0].summary))
        #expect(sameScalars(event["trigger"] as? String, graph.events[0].trigger))
        let edges = try Self.array(json, "edges")
        #expect(edges.count == graph.edges.count)
        for (j, e) in zip(edges, graph.edges) {
            #expect(sameScalars(j["label"] as? String, e.label))
            #expect(sameScalars(j["target"] as? String, e.target))
        }
        let document = try #require(try Self.array(json, "documents").first)
        #expect(sameScalars(document["path"] as? String, graph.documents[0].path))
        let post = try #require((document["posts"] as? [[String: Any]])?.first)
        #expect(sameScalars(post["title"] as? String, Hostile.strings[0]))
    }

    /// The writer copies the escaped path and post id of the source before when the post (or the document) is
    /// the same: every source must still read as its own bytes — a second post of the same page, a path spelt with
    /// a combining accent next to the same path precomposed (equal as Swift strings, different bytes), hostile
    /// characters — whether one thread writes or several.
    @Test func sharedSourceTextIsEachSourcesOwnBytes() {
        let nfc = "corpus/caf\u{E9}.txt", nfd = "corpus/cafe\u{301}.txt"
        let first = SourcePost(document: nfc, post: "post:1")
        let places = [first, first, SourcePost(document: nfc, post: "post:2"), SourcePost(document: nfd, post: "post:2"),
                      SourcePost(document: nfd, post: "post:2"), SourcePost(document: Hostile.strings[1], post: Hostile.strings[9]),
                      first]
        let sources = places.enumerated().map { SourceRef(place: $1, line: $0 + 1, kind: $0 % 2 == 0 ? .body : .comment) }
        func quoted(_ s: String) -> String {
            var j = JSONText()
            j.string(s)
            return String(decoding: j.bytes, as: UTF8.self)
        }
        let expected = "\"sources\":[" + sources.map { s in
            "{\"document\":" + quoted(s.document) + ",\"line\":\(s.line),\"kind\":\"\(s.kind.rawValue)\",\"post\":" + quoted(s.post) + "}"
        }.joined(separator: ",") + "]"
        let day = TestGraphs.day("2016-03-01")
        let edges = (0..<300).map { i in
            Edge(source: "person:a\(i)", target: "organization:b", type: .holdsRole, weight: 1, label: "chair", firstSeen: day,
                 lastSeen: day, sources: sources, fromKnowledge: false)
        }
        let graph = KnowledgeGraph(documents: [], entities: [], dates: [], events: [], edges: edges,
                                   statistics: CorpusStatistics(documents: 0, posts: 0, comments: 0, bytes: 0, entities: 0, dates: 0,
                                                                events: 0, edges: edges.count, firstPost: nil, lastPost: nil))
        for threads in [1, 2] {
            let text = String(decoding: GraphJSONWriter(threads: threads).write(graph), as: UTF8.self)
            let lines = text.split(separator: "\n").filter { $0.contains("person:a") }
            #expect(lines.count == 300)
            let wanted = Array(expected.utf8)
            #expect(lines.allSatisfy { Array($0.utf8).firstRange(of: wanted) != nil }, "threads \(threads)")
        }
    }

    @Test func chunksJoinToTheWholeExport() {
        let whole = GraphJSONWriter().write(TestGraphs.hostile)
        var chunks: [[UInt8]] = []
        GraphJSONWriter().write(TestGraphs.hostile, chunkSize: 64) { chunks.append($0) }
        #expect(chunks.count > 2)
        #expect(Array(chunks.joined()) == whole)
    }

    @Test func aFailedStreamedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let dir = NSTemporaryDirectory() + "hindsight-stream-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try OutputFile.write(Array("old".utf8), to: dir + "/g.json")
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try OutputFile.write(to: dir + "/g.json") { emit in
                try emit(Array("half of a".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: dir + "/g.json", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["g.json"])
        try OutputFile.write(to: dir + "/g.json") { emit in
            try GraphJSONWriter().write(TestGraphs.hostile, chunkSize: 100, emit: emit)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json")) == Data(GraphJSONWriter().write(TestGraphs.hostile)))
    }

    @Test func lineAndParagraphSeparatorsAreEscaped() {
        // Raw U+2028/U+2029 are legal JSON but end a line in JavaScript; the writer escapes them.
        let text = String(decoding: GraphJSONWriter().write(TestGraphs.hostile), as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        #expect(text.contains("\\u2028") && text.contains("\\u2029"))
        // So is U+FEFF: Foundation's JSONSerialization drops it from the start of a string when it comes raw.
        #expect(text.contains("\\ufeff") && !text.unicodeScalars.contains { $0.value == 0xFEFF })
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
