import Export
import Foundation
import GRDB
import GraphModel
import Store
import Testing
import HindsightSupport
import HindsightPipeline

/// The SQLite export holds what the JSON export holds: the same counts, every foreign key satisfied, a
/// searchable sentence index, and views that answer the common questions.
@Suite struct GraphDatabaseTests {
    /// The sample corpus as JSON (parsed) and as a database in a new folder.
    static func exports() throws -> (json: [String: Any], db: DatabaseQueue, dir: String) {
        var pipeline = Pipeline(knowledge: try StoreFixtures.knowledge(), threads: 2)
        pipeline.keepExtractions = true
        let run = pipeline.run(paths: [StoreFixtures.corpus])
        let json = try JSONSerialization.jsonObject(with: Data(GraphJSONWriter().write(run.graph))) as! [String: Any]
        let dir = try StoreFixtures.tempDir()
        try GraphDatabaseWriter().write(run.graph, extractions: run.extractions, to: dir + "/graph.sqlite")
        return (json, try DatabaseQueue(path: dir + "/graph.sqlite"), dir)
    }

    @Test func countsEqualTheJSONExport() throws {
        let (json, db, dir) = try Self.exports()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let documents = json["documents"] as! [[String: Any]]
        let entities = json["entities"] as! [[String: Any]]
        let events = json["events"] as! [[String: Any]]
        let edges = json["edges"] as! [[String: Any]]
        let posts = documents.flatMap { $0["posts"] as! [[String: Any]] }
        let mentions = entities.flatMap { $0["mentions"] as! [[String: Any]] }
        let aliases = Set(entities.flatMap { e in (e["aliases"] as! [String]).map { "\(e["id"]!)|\($0)" } })
        let eventSources = events.reduce(0) { $0 + ($1["sources"] as! [Any]).count }
        let edgeSources = edges.reduce(0) { $0 + ($1["sources"] as! [Any]).count }
        #expect(posts.count == 10 && entities.count > 20 && events.count > 20)
        try db.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
            #expect(try count("documents") == documents.count)
            #expect(try count("posts") == posts.count)
            #expect(try count("entities") == entities.count)
            #expect(try count("mentions") == mentions.count)
            #expect(try count("aliases") == aliases.count)
            #expect(try count("dates") == (json["dates"] as! [Any]).count)
            #expect(try count("events") == events.count)
            #expect(try count("event_sources") == eventSources)
            #expect(try count("edges") == edges.count)
            #expect(try count("edge_sources") == edgeSources)
            #expect(try count("sentences") > 100)
            // Per entity, the mention counts agree too.
            for e in entities.prefix(10) {
                let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE entity_id = ?", arguments: [e["id"] as! String])
                #expect(n == (e["mentions"] as! [Any]).count)
            }
        }
    }

    @Test func keysVersionAndViews() throws {
        let (json, db, dir) = try Self.exports()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try db.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == GraphDatabaseSchema.version)
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == String(GraphDatabaseSchema.version))
            // An entity's timeline is its events in date order.
            let person = (json["entities"] as! [[String: Any]]).first { $0["type"] as? String == "person" }!["id"] as! String
            let days = try String.fetchAll(db, sql: "SELECT start_day FROM entity_timeline WHERE entity_id = ?", arguments: [person])
            #expect(!days.isEmpty)
            #expect(days == days.sorted())
            // Stated relations: one row per source of each stated edge.
            let stated = (json["edges"] as! [[String: Any]]).filter {
                ["holds_role", "successor_of", "operates", "owns", "member_of", "part_of", "leads", "partner_of", "criticised", "funds"].contains($0["type"] as! String)
                    && ($0["source"] as! String).contains(":") && !($0["source"] as! String).hasPrefix("post:")
                    && !($0["target"] as! String).hasPrefix("role:")   // a role alone is no entity row
            }
            let statedRows = stated.reduce(0) { $0 + max(1, ($1["sources"] as! [Any]).count) }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM stated_relations") == statedRows)
            // Roles by person: the people's roles of the JSON.
            let roles = (json["entities"] as! [[String: Any]]).filter { $0["type"] as? String == "person" }
                .reduce(0) { $0 + ($1["roles"] as! [Any]).count }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM roles_by_person") == roles)
        }
    }

    @Test func fullTextFindsASentenceByAWord() throws {
        let (json, db, dir) = try Self.exports()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A word of an event's summary finds the sentence it was read from, at its line.
        let event = (json["events"] as! [[String: Any]]).first { ($0["summary"] as! String).contains("reunif") }
            ?? (json["events"] as! [[String: Any]])[0]
        let summary = event["summary"] as! String
        let word = summary.split { !$0.isLetter }.map(String.init).filter { $0.count >= 6 }.max { $0.count < $1.count }!
        let source = (event["sources"] as! [[String: Any]])[0]
        try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.text, s.line, d.path FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
                JOIN documents d ON d.id = s.document_id WHERE sentences_fts MATCH ?
                """, arguments: ["\"\(word)\""])
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { ($0["text"] as String).lowercased().contains(word.lowercased()) })
            #expect(rows.contains { ($0["text"] as String).contains(summary) && ($0["path"] as String) == source["document"] as! String })
            // Names and aliases are searchable too.
            let hits = try String.fetchAll(db, sql: "SELECT e.name FROM entities_fts JOIN entities e ON e.rowid = entities_fts.rowid WHERE entities_fts MATCH 'MoJ'")
            #expect(hits == ["Ministry of Justice"])
            // Nothing is found for a word that is not there.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'xylophonist'") == 0)
        }
    }

    @Test func datasetteMetadataDescribesEveryTable() throws {
        let (_, db, dir) = try Self.exports()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let metadata = try JSONSerialization.jsonObject(with: Data(DatasetteMetadata(databaseName: "graph").json())) as! [String: Any]
        let tables = ((metadata["databases"] as! [String: Any])["graph"] as! [String: Any])["tables"] as! [String: [String: Any]]
        try db.read { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE '%_fts%'")
            #expect(Set(names) == Set(tables.keys))
            for (table, entry) in tables {
                let columns = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] as String })
                for key in (entry["columns"] as? [String: String] ?? [:]).keys { #expect(columns.contains(key), "\(table).\(key)") }
                for facet in entry["facets"] as? [String] ?? [] { #expect(columns.contains(facet), "\(table) facet \(facet)") }
            }
        }
        #expect(DatasetteMetadata.databaseName(forPath: "out/graph.sqlite") == "graph")
    }

    @Test func aFailedWriteLeavesNoFile() throws {
        let dir = try StoreFixtures.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: OutputFile.Error.self) {
            try GraphDatabaseWriter().write(Pipeline(knowledge: .empty).run(paths: []).graph, to: dir + "/missing/graph.sqlite")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
