/// The tables, indices, views and full-text indices of the graph database (`hindsight export --format sqlite`).
///
/// One table per kind of record, with primary and foreign keys; what a JSON record nests (a post's document,
/// an event's sources) is a row pointing to its parent. Edges join entities, posts and events, so their ends
/// carry a kind (`entity`, `post`, `event`) beside the id instead of a foreign key. Dates are ISO strings
/// (`2014-06-01`, or `2015-04`, `2019-Q4` at their own precision) with first and last days for ordering.
///
/// New fields of the graph become new nullable columns at the end of a table (and a new
/// ``version``); readers that name their columns keep working.
public enum GraphDatabaseSchema {
    /// Recorded as `PRAGMA user_version` and in the `meta` table; raised when a table or column changes.
    public static let version = 3

    /// The tables, in an order that satisfies their foreign keys.
    static let tables = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            line_count INTEGER NOT NULL,
            duplicate_paths TEXT
        );
        CREATE TABLE posts (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            title TEXT,
            published TEXT,
            published_inferred INTEGER NOT NULL,
            url TEXT,
            author TEXT,
            first_line INTEGER NOT NULL,
            last_line INTEGER NOT NULL,
            comment_count INTEGER NOT NULL
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT,
            knowledge_id TEXT,
            mention_count INTEGER NOT NULL,
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)
        );
        CREATE TABLE roles (
            id INTEGER PRIMARY KEY,
            entity_id TEXT NOT NULL REFERENCES entities(id),
            title TEXT NOT NULL,
            organization_id TEXT,
            from_date TEXT,
            to_date TEXT,
            from_knowledge INTEGER NOT NULL
        );
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            entity_id TEXT NOT NULL REFERENCES entities(id),
            text TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            post_id TEXT NOT NULL REFERENCES posts(id),
            line INTEGER NOT NULL,
            kind TEXT NOT NULL,
            post_date TEXT
        );
        CREATE TABLE dates (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            value TEXT,
            precision TEXT,
            start_day TEXT,
            end_day TEXT,
            relative INTEGER NOT NULL,
            reference_inferred INTEGER NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            post_id TEXT NOT NULL REFERENCES posts(id),
            line INTEGER NOT NULL,
            kind TEXT NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            date TEXT NOT NULL,
            precision TEXT NOT NULL,
            start_day TEXT NOT NULL,
            end_day TEXT NOT NULL,
            summary TEXT NOT NULL,
            trigger TEXT,
            source_count INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            inferred INTEGER NOT NULL,
            shown_date TEXT NOT NULL,
            importance INTEGER NOT NULL,
            reasons TEXT
        );
        CREATE TABLE event_sources (
            event_id TEXT NOT NULL REFERENCES events(id),
            position INTEGER NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            post_id TEXT NOT NULL REFERENCES posts(id),
            line INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (event_id, position)
        );
        CREATE TABLE event_participants (
            event_id TEXT NOT NULL REFERENCES events(id),
            position INTEGER NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entities(id),
            PRIMARY KEY (event_id, position)
        );
        CREATE TABLE edges (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            target TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            type TEXT NOT NULL,
            weight INTEGER NOT NULL,
            label TEXT,
            first_seen TEXT,
            last_seen TEXT,
            from_knowledge INTEGER NOT NULL,
            stated INTEGER NOT NULL,
            qualifier TEXT,
            start TEXT,
            "end" TEXT
        );
        CREATE TABLE edge_sources (
            edge_id INTEGER NOT NULL REFERENCES edges(id),
            position INTEGER NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            post_id TEXT NOT NULL REFERENCES posts(id),
            line INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (edge_id, position)
        );
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            post_id TEXT NOT NULL REFERENCES posts(id),
            line INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL
        );
        """

    /// Indices on what people filter and join by: entity, type, date, document and post. Created after the
    /// rows are in (faster than keeping them up to date row by row).
    static let indices = """
        CREATE INDEX posts_document ON posts(document_id);
        CREATE INDEX posts_published ON posts(published);
        CREATE INDEX entities_type ON entities(type);
        CREATE INDEX entities_name ON entities(name);
        CREATE INDEX aliases_alias ON aliases(alias);
        CREATE INDEX roles_entity ON roles(entity_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX mentions_document ON mentions(document_id);
        CREATE INDEX mentions_post ON mentions(post_id);
        CREATE INDEX dates_value ON dates(start_day, value);
        CREATE INDEX dates_document ON dates(document_id);
        CREATE INDEX events_date ON events(start_day, date);
        CREATE INDEX events_importance ON events(importance);
        CREATE INDEX event_sources_document ON event_sources(document_id);
        CREATE INDEX event_participants_entity ON event_participants(entity_id);
        CREATE INDEX edges_source ON edges(source, type);
        CREATE INDEX edges_target ON edges(target, type);
        CREATE INDEX edges_type ON edges(type);
        CREATE INDEX edge_sources_document ON edge_sources(document_id);
        CREATE INDEX sentences_post ON sentences(post_id);
        CREATE INDEX sentences_document ON sentences(document_id);
        """

    /// Full-text indices (FTS5) over the sentences and over entity names and aliases, as external-content
    /// tables (`content="sentences"`), the form Datasette recognises for its search box.
    static let fullText = """
        CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content="sentences", content_rowid="id", tokenize="porter unicode61");
        INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
        CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases, content="entities");
        INSERT INTO entities_fts(entities_fts) VALUES ('rebuild');
        """

    /// Views joining the common questions.
    static let views = """
        CREATE VIEW entity_timeline AS
            SELECT en.id AS entity_id, en.name AS entity, en.type AS entity_type,
                   ev.date AS date, ev.precision AS precision, ev.start_day AS start_day,
                   ev.summary AS summary, ev.trigger AS trigger, ev.importance AS importance, ev.id AS event_id,
                   ev.source_count AS sources,
                   s.document_id AS document_id, s.line AS line, s.kind AS kind
            FROM event_participants p
            JOIN entities en ON en.id = p.entity_id
            JOIN events ev ON ev.id = p.event_id
            JOIN event_sources s ON s.event_id = ev.id AND s.position = 0
            ORDER BY en.id, ev.start_day, ev.precision DESC, ev.id;
        CREATE VIEW stated_relations AS
            SELECT e.id AS edge_id, e.type AS type, e.source AS subject_id, sn.name AS subject,
                   e.target AS object_id, tn.name AS object, e.label AS label, e.weight AS weight,
                   e.first_seen AS first_seen, e.last_seen AS last_seen, e.from_knowledge AS from_knowledge,
                   e.stated AS stated, e.qualifier AS qualifier, e.start AS start, e."end" AS "end",
                   s.document_id AS document_id, s.line AS line, s.kind AS kind, s.post_id AS post_id,
                   p.title AS post_title, p.published AS post_published
            FROM edges e
            JOIN entities sn ON sn.id = e.source
            JOIN entities tn ON tn.id = e.target
            LEFT JOIN edge_sources s ON s.edge_id = e.id
            LEFT JOIN posts p ON p.id = s.post_id
            WHERE e.type IN ('holds_role', 'leads', 'member_of', 'owns', 'operates', 'partner_of', 'part_of', 'successor_of',
                             'criticised', 'funds')
            ORDER BY e.id, s.position;
        CREATE VIEW roles_by_person AS
            SELECT en.id AS person_id, en.name AS person, r.title AS role, r.organization_id AS organization_id,
                   org.name AS organization, r.from_date AS from_date, r.to_date AS to_date,
                   r.from_knowledge AS from_knowledge
            FROM roles r
            JOIN entities en ON en.id = r.entity_id
            LEFT JOIN entities org ON org.id = r.organization_id
            WHERE en.type = 'person'
            ORDER BY en.name, r.from_date, r.title;
        """
}
