import Foundation

/// The `metadata.json` Datasette reads beside a graph database (`datasette graph.sqlite -m metadata.json`):
/// a title and description, each table's and column's meaning, the facets and sort order a table opens with,
/// and which full-text index searches which table.
public struct DatasetteMetadata: Sendable {
    /// The database's name in Datasette: the file name without its extension (`graph` for `graph.sqlite`).
    public var databaseName: String
    /// What the corpus is, for the site's title.
    public var title: String

    public init(databaseName: String, title: String = "Hindsight knowledge graph") {
        self.databaseName = databaseName
        self.title = title
    }

    /// The database name Datasette gives the file at `path`.
    public static func databaseName(forPath path: String) -> String {
        let file = (path as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        return stem.isEmpty ? file : stem
    }

    /// `metadata.json` in the database's folder.
    public static func path(besideDatabase path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + "metadata.json"
    }

    struct Table {
        var name: String
        var description: String
        var columns: [(String, String)]
        var facets: [String] = []
        var sort: String? = nil
        var sortDescending: String? = nil
        var fts: (table: String, pk: String)? = nil
        var label: String? = nil
    }

    static let source = [("document_id", "The document (input file) it is read in; `documents.id`."),
                         ("post_id", "The post it stands in; `posts.id`."),
                         ("line", "The 1-based line of the file."),
                         ("kind", "`body` (the post's own words), `comment` (a reader's) or `quoted` (material the post quotes).")]

    static let tables: [Table] = [
        Table(name: "documents", description: "The input files, one row each (files with the same content are read once).",
              columns: [("id", "Stable id from the file name."), ("path", "The path as given or found below a folder."),
                        ("format", "How the file was read: text, html, atom or rss."), ("line_count", "Lines in the file."),
                        ("duplicate_paths", "Other paths with byte-identical content, as a JSON array.")],
              facets: ["format"], sort: "path", label: "path"),
        Table(name: "posts", description: "Blog posts: title, publication day (read from a dateline, or inferred), URL and author.",
              columns: [("id", "Stable id: post:<document>-<n>."), ("document_id", "Its document."), ("title", "The post's title."),
                        ("published", "The publication day (ISO)."),
                        ("published_inferred", "1 when the day was inferred from the latest date the post states (no dateline)."),
                        ("url", "The post's address, when the page gives it."), ("author", "Who wrote it, when the page says."),
                        ("first_line", "The post's first line."), ("last_line", "Its last line, comments included."),
                        ("comment_count", "Reader comments under it.")],
              facets: ["published_inferred", "author"], sortDescending: "published", label: "title"),
        Table(name: "entities", description: "People, organizations, places and programmes, resolved across the corpus.",
              columns: [("id", "Stable id: type and name (person:chris-grayling)."), ("type", "person, organization, place or programme."),
                        ("name", "The canonical name."), ("aliases", "Other names it goes by, separated by '; '."),
                        ("knowledge_id", "The record of Entities/ it matched, if any."), ("mention_count", "How often it is named."),
                        ("first_seen", "The first post day it is named on."), ("last_seen", "The last.")],
              facets: ["type"], sortDescending: "mention_count", fts: ("entities_fts", "rowid"), label: "name"),
        Table(name: "aliases", description: "Every name an entity goes by, one row each.",
              columns: [("entity_id", "The entity."), ("alias", "The name as written.")], sort: "alias"),
        Table(name: "roles", description: "Roles held, as stated in the text or taken from the curated knowledge.",
              columns: [("entity_id", "Who holds it."), ("title", "The role."), ("organization_id", "Where, when known."),
                        ("from_date", "Since when, when known."), ("to_date", "Until when, when known."),
                        ("from_knowledge", "1 when it comes from Entities/ rather than the corpus.")],
              facets: ["from_knowledge"]),
        Table(name: "mentions", description: "Every mention of an entity: where it is and how it is written.",
              columns: [("entity_id", "The entity named."), ("text", "The text as written.")] + source + [("post_date", "The post's day.")],
              facets: ["kind"], sort: "post_date"),
        Table(name: "dates", description: "Every date expression and its resolved value, at its own precision.",
              columns: [("text", "As written (last October, 15 January 2016)."), ("value", "ISO value at its precision (2015, 2015-04, 2019-Q4)."),
                        ("precision", "day, month, season, quarter, half, year or decade."), ("start_day", "First day it covers."),
                        ("end_day", "Last day it covers."), ("relative", "1 when resolving it needed a reference date."),
                        ("reference_inferred", "1 when that reference was an inferred post date.")] + source,
              facets: ["precision", "kind", "relative"], sort: "start_day"),
        Table(name: "events", description: "Dated happenings, merged across the posts that tell them.",
              columns: [("id", "Stable id."), ("date", "ISO value at its precision."), ("precision", "Its precision."),
                        ("start_day", "First day."), ("end_day", "Last day."), ("summary", "The clause that tells it."),
                        ("trigger", "The word marking the happening (announced, went on strike), if found."),
                        ("source_count", "How many places tell it."), ("sentence", "The whole sentence that tells it."),
                        ("inferred", "1 when its date rests on an inferred post date."),
                        ("shown_date", "The date at the precision its evidence supports (an inferred date no finer than its month)."),
                        ("importance", "How much it matters to the story (higher first)."),
                        ("reasons", "Why it scores what it does, as a JSON array of phrases with their points.")],
              facets: ["precision", "trigger", "inferred"], sortDescending: "importance", label: "summary"),
        Table(name: "event_sources", description: "Where each event is told, first first.",
              columns: [("event_id", "The event."), ("position", "0 for the first telling.")] + source, facets: ["kind"]),
        Table(name: "event_participants", description: "The entities named in an event's sentence, most mentioned first.",
              columns: [("event_id", "The event."), ("position", "Its rank among the participants."), ("entity_id", "The entity.")]),
        Table(name: "edges", description: "Typed, weighted, dated links: stated relations, co-occurrence in a sentence, mentions in a post, participation in an event.",
              columns: [("source", "Id of one end."), ("source_kind", "entity, post or event."), ("target", "Id of the other end."),
                        ("target_kind", "entity, post or event."),
                        ("type", "holds_role, leads, member_of, owns, operates, partner_of, part_of, successor_of, criticised, funds (relations); co_occurs, mentions, participates_in."),
                        ("weight", "How often it is seen."), ("label", "The role, for holds_role."),
                        ("first_seen", "First post day it is seen on."), ("last_seen", "Last."),
                        ("from_knowledge", "1 when it comes from Entities/."),
                        ("stated", "1 when the corpus states it (with sources), 0 when known only from Entities/."),
                        ("qualifier", "former, interim, acting or shadow, as the text qualifies it."),
                        ("start", "When it began (the text's date, or the Entities/ record's), ISO at its precision."),
                        ("end", "When it ended, likewise.")],
              facets: ["type", "from_knowledge"], sortDescending: "weight"),
        Table(name: "edge_sources", description: "Where each edge is read.",
              columns: [("edge_id", "The edge."), ("position", "0 for the first.")] + source, facets: ["kind"]),
        Table(name: "sentences", description: "Every sentence of the corpus, searchable.",
              columns: [("text", "The sentence.")] + source, facets: ["kind"], fts: ("sentences_fts", "id")),
        Table(name: "meta", description: "The database's format, schema version and corpus statistics.",
              columns: [("key", "What."), ("value", "Its value.")]),
        Table(name: "entity_timeline", description: "View: each entity's events in date order, with where each is first told.",
              columns: [("entity", "The entity's name."), ("date", "The event's date."), ("summary", "What happened.")],
              facets: ["entity_type"]),
        Table(name: "stated_relations", description: "View: the relations the text states (or Entities/ records), one row per source.",
              columns: [("subject", "Who or what."), ("type", "The relation."), ("object", "To whom or what."), ("label", "The role, for holds_role.")],
              facets: ["type", "from_knowledge"]),
        Table(name: "roles_by_person", description: "View: the roles each person holds, with the organization and dates.",
              columns: [("person", "The person."), ("role", "The role."), ("organization", "Where.")], facets: ["from_knowledge"]),
    ]

    /// The metadata as JSON bytes (keys sorted, so the file is the same for the same database name).
    public func json() -> [UInt8] {
        var tables: [String: Any] = [:]
        for t in Self.tables {
            var entry: [String: Any] = ["description": t.description,
                                        "columns": Dictionary(t.columns, uniquingKeysWith: { a, _ in a })]
            if !t.facets.isEmpty { entry["facets"] = t.facets }
            if let s = t.sort { entry["sort"] = s }
            if let s = t.sortDescending { entry["sort_desc"] = s }
            if let f = t.fts { entry["fts_table"] = f.table; entry["fts_pk"] = f.pk }
            if let l = t.label { entry["label_column"] = l }
            tables[t.name] = entry
        }
        let root: [String: Any] = [
            "title": title,
            "description": "Documents, posts, entities, mentions, dates, events and relations read by Hindsight from a corpus of blog posts, every fact with its file and line. Search the sentences and the names; start with entity_timeline, stated_relations or roles_by_person.",
            "databases": [databaseName: ["tables": tables]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Array(data) + [0x0A]
    }
}
