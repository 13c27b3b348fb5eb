import Corpus
import Extraction
@testable import GraphModel

/// Strings written to break exporters: quotes, escapes, markup, CDATA ends, control characters, direction
/// overrides, emoji, characters XML cannot carry.
enum Hostile {
    static let strings: [String] = [
        "Quote \" and 'apostrophe' and \u{201C}curly\u{201D}",
        "Back\\slash \\n \\u0041 not escapes\\",
        "{\"json\": [1, 2], \"}\": \"{\"}",
        "<script>alert('x')</script>",
        "]]> after a CDATA end, and <![CDATA[inside]]>",
        "&amp; already &lt;escaped&gt; &#38; &unknown;",
        "\"/><node id=\"injected\"/><data key=\"x\">",
        "' /><edge source='a' target='b'/>",
        "<!-- comment --> <?pi target?> <!DOCTYPE x>",
        "NUL\u{0}SOH\u{1}BEL\u{7}ESC\u{1B}[31mred\u{1B}[0m VT\u{B}FF\u{C}US\u{1F} DEL\u{7F}",
        "tab\there\nnewline\r\ncrlf\rcr",
        "\u{202E}gnp.exe (right-to-left override) \u{200F}rlm \u{200E}lrm",
        "Emoji 👩🏽‍⚖️ judge 🇬🇧 flag 😀",
        "Line\u{2028}separator and paragraph\u{2029}separator, NEL\u{85}",
        "Noncharacters \u{FFFE}\u{FFFF} and \u{FFFD} and \u{10FFFF}",
        "\u{FEFF}BOM and zero\u{200B}width",
        "  padded with spaces  ",
        "Combining e\u{301} versus \u{E9}",
        "",
    ]
}

/// Builds small graphs by hand.
enum TestGraphs {
    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static let postID = "post:test-1"
    static let eventID = "event:2015-04-test-1"

    /// A graph with one entity per name (the name also as alias, mention text, role title, date text), a post
    /// whose title and a document whose path is the first name, an event whose summary and trigger are names,
    /// and edges of several types whose labels are names. `ids` overrides the entity ids.
    static func graph(names: [String], ids: [String]? = nil) -> KnowledgeGraph {
        precondition(!names.isEmpty)
        let path = "corpus/" + names[0] + ".txt"
        let first = day("2014-06-01"), last = day("2019-05-16")
        func source(_ line: Int, _ kind: PassageKind = .body) -> SourceRef {
            SourceRef(document: path, line: line, kind: kind, post: postID)
        }
        let post = PostNode(id: postID, document: "doc:test", title: names[0], published: first, publishedInferred: false,
                            firstLine: 1, lastLine: 40, commentCount: 2)
        let document = DocumentNode(id: "doc:test", path: path, duplicatePaths: ["copy/" + names[0]], format: "text",
                                    lineCount: 40, posts: [post])
        let types = EntityType.allCases
        var entities: [Entity] = []
        for (i, name) in names.enumerated() {
            let id = ids?[i] ?? types[i % types.count].id(for: "entity \(i)")
            entities.append(Entity(
                id: id, type: types[i % types.count], name: name, aliases: [name, "alias " + name],
                mentions: [MentionRecord(text: name, source: source(i + 1), postDate: first),
                           MentionRecord(text: name, source: source(i + 2, .comment), postDate: last)],
                knowledgeID: i % 2 == 0 ? nil : "kb:" + name,
                roles: [RoleRecord(title: name, organization: i % 2 == 0 ? nil : "org:x", from: "2014-06", to: nil,
                                   fromKnowledge: i % 2 == 1)],
                firstSeen: first, lastSeen: last))
        }
        let april = TemporalValue.month(year: 2015, month: 4)!
        let dates = names.enumerated().map { i, name in
            DateRecord(text: name, value: i % 3 == 2 ? nil : april, source: source(i + 1), isRelative: i % 2 == 0,
                       referenceInferred: false)
        }
        let event = Event(id: eventID, date: april, summary: names.joined(separator: " | "), trigger: names[0],
                          participants: entities.map(\.id), sources: [source(3)])
        var edges: [Edge] = entities.map { e in
            Edge(source: postID, target: e.id, type: .mentions, weight: 2, label: nil, firstSeen: first, lastSeen: last,
                 sources: [source(1), source(2, .comment)], fromKnowledge: false)
        }
        for (i, e) in entities.enumerated() {
            edges.append(Edge(source: e.id, target: eventID, type: .participatesIn, weight: 1, label: nil,
                              firstSeen: april.start, lastSeen: april.start, sources: [source(3)], fromKnowledge: false))
            if i > 0 {
                edges.append(Edge(source: entities[0].id, target: e.id, type: .holdsRole, weight: 1 + i, label: names[i],
                                  firstSeen: nil, lastSeen: nil, sources: [], fromKnowledge: true))
                edges.append(Edge(source: entities[i - 1].id, target: e.id, type: .coOccurs, weight: i,
                                  label: nil, firstSeen: first, lastSeen: last, sources: [source(i, .comment)],
                                  fromKnowledge: false))
            }
        }
        let stats = CorpusStatistics(documents: 1, posts: 1, comments: 2, bytes: 1234, entities: entities.count,
                                     dates: dates.count, events: 1, edges: edges.count, firstPost: first, lastPost: first)
        return KnowledgeGraph(documents: [document], entities: entities, dates: dates, events: [event], edges: edges,
                              statistics: stats)
    }

    /// The graph of ``Hostile/strings``, with one hostile entity id among them.
    static var hostile: KnowledgeGraph {
        var ids = Hostile.strings.indices.map { "person:hostile-\($0)" }
        ids[3] = "person:<b id=\"x\">&'\t\n"
        return graph(names: Hostile.strings, ids: ids)
    }

    /// A graph whose edges point at ids that are not nodes (as a query's cut can leave).
    static var dangling: KnowledgeGraph {
        let g = graph(names: ["Alpha", "Beta"])
        var edges = g.edges
        edges.append(Edge(source: g.entities[0].id, target: "org:not-in-graph", type: .owns, weight: 1, label: nil,
                          firstSeen: nil, lastSeen: nil, sources: [], fromKnowledge: true))
        return KnowledgeGraph(documents: g.documents, entities: g.entities, dates: g.dates, events: g.events,
                              edges: edges, statistics: g.statistics)
    }
}

/// Exact comparison: Swift's `==` on strings is canonical equivalence, which would hide a change of scalars.
func sameScalars(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return Array(a.unicodeScalars) == Array(b.unicodeScalars)
}
