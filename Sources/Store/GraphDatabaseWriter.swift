import Corpus
import Extraction
import Foundation
import GRDB
import GraphModel
import HindsightSupport

/// Writes a ``KnowledgeGraph`` as a normalised SQLite database (the tables of ``GraphDatabaseSchema``), with
/// the corpus's sentences for full-text search when the extractions are given.
///
/// The database is built in a temporary file beside `path` and renamed into place when it is complete, so a
/// failed run leaves no half-written database.
public struct GraphDatabaseWriter: Sendable {
    public init() {}

    /// Writes the graph (and the sentences of `extractions`, if any) to `path`, atomically.
    public func write(_ graph: KnowledgeGraph, extractions: [DocumentExtraction] = [], to path: String) throws {
        try OutputFile.write(toPath: path) { temp in
            do {
                let queue = try DatabaseQueue(path: temp)
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF")
                    try db.inTransaction {
                        try fill(db, graph: graph, extractions: extractions)
                        return .commit
                    }
                    try db.execute(sql: "PRAGMA user_version = \(GraphDatabaseSchema.version)")
                }
                try queue.close()
            } catch let error as DatabaseError {
                throw OutputFile.Error.writeFailed(path: path, reason: "SQLite: \(error.message ?? "\(error)")")
            }
        }
    }

    private func fill(_ db: Database, graph: KnowledgeGraph, extractions: [DocumentExtraction]) throws {
        try db.execute(sql: GraphDatabaseSchema.tables)
        let meta = try db.makeStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
        let s = graph.statistics
        for (k, v) in [("format", "hindsight-graph-sqlite"), ("schema_version", String(GraphDatabaseSchema.version)),
                       ("documents", String(s.documents)), ("posts", String(s.posts)), ("comments", String(s.comments)),
                       ("bytes", String(s.bytes)), ("entities", String(s.entities)), ("dates", String(s.dates)),
                       ("events", String(s.events)), ("edges", String(s.edges)),
                       ("first_post", s.firstPost?.iso ?? ""), ("last_post", s.lastPost?.iso ?? "")] {
            try meta.execute(arguments: [k, v])
        }

        // Documents and posts; sources name a document by its path, rows by its id.
        var documentID: [String: String] = [:]
        let document = try db.makeStatement(sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?)")
        let post = try db.makeStatement(sql: "INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for d in graph.documents {
            documentID[d.path] = d.id
            try document.execute(arguments: [d.id, d.path, d.format, d.lineCount,
                                              d.duplicatePaths.isEmpty ? nil : jsonArray(d.duplicatePaths)])
            for p in d.posts {
                try post.execute(arguments: [p.id, d.id, p.title, p.published?.iso, p.publishedInferred, p.url,
                                             p.author, p.firstLine, p.lastLine, p.commentCount])
            }
        }
        func doc(_ source: SourceRef) -> String { documentID[source.document] ?? source.document }

        // Entities, aliases, roles, mentions.
        let entity = try db.makeStatement(sql: "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let alias = try db.makeStatement(sql: "INSERT OR IGNORE INTO aliases VALUES (?, ?)")
        let role = try db.makeStatement(sql: "INSERT INTO roles (entity_id, title, organization_id, from_date, to_date, from_knowledge) VALUES (?, ?, ?, ?, ?, ?)")
        let mention = try db.makeStatement(sql: "INSERT INTO mentions (entity_id, text, document_id, post_id, line, kind, post_date) VALUES (?, ?, ?, ?, ?, ?, ?)")
        var entityIDs: Set<String> = []
        for e in graph.entities {
            entityIDs.insert(e.id)
            try entity.execute(arguments: [e.id, e.type.rawValue, e.name, e.aliases.isEmpty ? nil : e.aliases.joined(separator: "; "),
                                           e.knowledgeID, e.weight, e.firstSeen?.iso, e.lastSeen?.iso])
            for a in e.aliases { try alias.execute(arguments: [e.id, a]) }
            for r in e.roles {
                try role.execute(arguments: [e.id, r.title, r.organization, r.from, r.to, r.fromKnowledge])
            }
            for m in e.mentions {
                try mention.execute(arguments: [e.id, m.text, doc(m.source), m.source.post, m.source.line,
                                                m.source.kind.rawValue, m.postDate?.iso])
            }
        }

        let date = try db.makeStatement(sql: "INSERT INTO dates (text, value, precision, start_day, end_day, relative, reference_inferred, document_id, post_id, line, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for d in graph.dates {
            try date.execute(arguments: [d.text, d.value?.value, d.value?.precision.rawValue, d.value?.start.iso,
                                         d.value?.end.iso, d.isRelative, d.referenceInferred, doc(d.source),
                                         d.source.post, d.source.line, d.source.kind.rawValue])
        }

        // Events with their sources and participants.
        let event = try db.makeStatement(sql: "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let eventSource = try db.makeStatement(sql: "INSERT INTO event_sources VALUES (?, ?, ?, ?, ?, ?)")
        let participant = try db.makeStatement(sql: "INSERT INTO event_participants VALUES (?, ?, ?)")
        var eventIDs: Set<String> = []
        for e in graph.events {
            eventIDs.insert(e.id)
            try event.execute(arguments: [e.id, e.date.value, e.date.precision.rawValue, e.date.start.iso, e.date.end.iso,
                                          e.summary, e.trigger, e.sources.count, e.sentence, e.inferred, e.shownDate.value,
                                          e.importance, e.reasons.isEmpty ? nil : jsonArray(e.reasons)])
            for (i, s) in e.sources.enumerated() {
                try eventSource.execute(arguments: [e.id, i, doc(s), s.post, s.line, s.kind.rawValue])
            }
            for (i, p) in e.participants.enumerated() { try participant.execute(arguments: [e.id, i, p]) }
        }

        // Edges with their sources; an end is an entity, a post or an event.
        func kind(_ id: String) -> String {
            if entityIDs.contains(id) { return "entity" }
            if eventIDs.contains(id) { return "event" }
            return id.hasPrefix("post:") ? "post" : "entity"
        }
        let edge = try db.makeStatement(sql: "INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let edgeSource = try db.makeStatement(sql: "INSERT INTO edge_sources VALUES (?, ?, ?, ?, ?, ?)")
        for (n, e) in graph.edges.enumerated() {
            let id = n + 1
            try edge.execute(arguments: [id, e.source, kind(e.source), e.target, kind(e.target), e.type.rawValue, e.weight,
                                         e.label, e.firstSeen?.iso, e.lastSeen?.iso, e.fromKnowledge, e.stated,
                                         e.qualifier, e.start, e.end])
            for (i, s) in e.sources.enumerated() {
                try edgeSource.execute(arguments: [id, i, doc(s), s.post, s.line, s.kind.rawValue])
            }
        }

        // Sentences, for full-text search.
        let sentence = try db.makeStatement(sql: "INSERT INTO sentences (document_id, post_id, line, kind, text) VALUES (?, ?, ?, ?, ?)")
        for x in extractions {
            var passages: [Int: [Passage]] = [:]
            for s in x.sentences {
                let list = passages[s.post] ?? x.document.posts[s.post].allPassages
                passages[s.post] = list
                guard s.passage < list.count else { continue }
                let utf8 = list[s.passage].text.utf8
                guard s.utf8Range.upperBound <= utf8.count else { continue }
                let text = String(decoding: utf8.dropFirst(s.utf8Range.lowerBound).prefix(s.utf8Range.count), as: UTF8.self)
                try sentence.execute(arguments: [x.document.id, x.document.posts[s.post].id, s.line, s.kind.rawValue, text])
            }
        }

        try db.execute(sql: GraphDatabaseSchema.indices)
        try db.execute(sql: GraphDatabaseSchema.fullText)
        try db.execute(sql: GraphDatabaseSchema.views)
    }

    private func jsonArray(_ items: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
