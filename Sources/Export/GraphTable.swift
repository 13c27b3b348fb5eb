import Corpus
import Extraction
import GraphModel

/// A `KnowledgeGraph` flattened into typed node and edge attribute rows: what the GraphML and GEXF writers share.
///
/// Nodes are the entities (`kind` `entity`), the events (`event`) and the posts (`post`), in that order; an edge
/// end that is none of them (a graph cut down by a query) gets a stub node of kind `unresolved`, so that every
/// tool loads every edge. Lists (aliases, roles) are joined into one string for display: the JSON export keeps
/// them as lists.
struct GraphTable: Sendable {
    /// The type of an attribute's values.
    enum ValueType: Sendable {
        case string, int, bool

        /// The `attr.type` of GraphML.
        var graphML: String {
            switch self {
            case .string: return "string"
            case .int: return "int"
            case .bool: return "boolean"
            }
        }

        /// The `type` of a GEXF attribute.
        var gexf: String {
            switch self {
            case .string: return "string"
            case .int: return "integer"
            case .bool: return "boolean"
            }
        }
    }

    /// A declared attribute of nodes or edges.
    struct Attribute: Sendable {
        let name: String
        let type: ValueType
        /// The XML id of its declaration: `node_label`, `edge_type`. Prefixed, so that node and edge attributes of
        /// the same name stay distinct and no id collides with what Gephi reserves (`id`, `label`, `weight`, or
        /// the `d3`/`d7` ids yEd writes).
        let xmlID: String
    }

    /// One attribute value.
    enum Value: Sendable, Equatable {
        case string(String)
        case int(Int)
        case bool(Bool)

        var text: String {
            switch self {
            case .string(let s): return s
            case .int(let n): return String(n)
            case .bool(let b): return b ? "true" : "false"
            }
        }
    }

    struct Node: Sendable {
        var id: String
        var label: String
        var kind: String
        /// The time span the node lives in, for dynamic exports.
        var start: CalendarDay?
        var end: CalendarDay?
        var values: [String: Value]
    }

    struct Link: Sendable {
        var id: String
        var source: String
        var target: String
        var type: EdgeType
        var weight: Int
        var label: String?
        var start: CalendarDay?
        var end: CalendarDay?
        var values: [String: Value]
    }

    static let nodeAttributes: [Attribute] = ([
        ("label", .string), ("kind", .string), ("type", .string), ("weight", .int), ("mentions", .int),
        ("first_seen", .string), ("last_seen", .string), ("aliases", .string), ("knowledge_id", .string),
        ("roles", .string), ("date", .string), ("precision", .string), ("date_start", .string),
        ("date_end", .string), ("summary", .string), ("trigger", .string), ("participants", .int),
        ("document", .string), ("title", .string), ("published", .string), ("published_inferred", .bool),
        ("comments", .int), ("line", .int),
    ] as [(String, ValueType)]).map { Attribute(name: $0.0, type: $0.1, xmlID: "node_" + $0.0) }

    static let edgeAttributes: [Attribute] = ([
        ("type", .string), ("weight", .int), ("label", .string), ("first_seen", .string), ("last_seen", .string),
        ("from_knowledge", .bool), ("only_in_comments", .bool), ("sources", .int), ("stated", .bool),
        ("role", .string), ("qualifier", .string), ("start", .string), ("end", .string),
    ] as [(String, ValueType)]).map { Attribute(name: $0.0, type: $0.1, xmlID: "edge_" + $0.0) }

    /// The longest event label, in characters; the full text stays in `summary`.
    static let eventLabelLength = 80

    private let graph: KnowledgeGraph
    private let postDays: [String: CalendarDay]
    private let postWeights: [String: Int]
    /// Which of the entities, events and posts are nodes (the first of each id; ids are unique in a built graph).
    private let primary: [Bool]
    /// The nodes edge ends need beyond the entities, events and posts, in the order the edges first name them.
    private let stubs: [Node]
    /// How many nodes ``forEachNode(_:)`` gives.
    let nodeCount: Int

    /// Reads what the rows need from the graph (post days, post weights, the stub nodes edges need); the rows
    /// themselves are made one at a time by ``forEachNode(_:)`` and ``forEachLink(_:)``, so that a writer never
    /// holds them all.
    init(_ graph: KnowledgeGraph) {
        self.graph = graph
        var postDays: [String: CalendarDay] = [:]
        for d in graph.documents { for p in d.posts { if let day = p.published { postDays[p.id] = day } } }
        self.postDays = postDays
        var postWeights: [String: Int] = [:]
        for e in graph.edges where e.type == .mentions { postWeights[e.source, default: 0] += e.weight }
        self.postWeights = postWeights

        var seen = Set<String>()
        var primary: [Bool] = []
        for e in graph.entities { primary.append(seen.insert(e.id).inserted) }
        for ev in graph.events { primary.append(seen.insert(ev.id).inserted) }
        for d in graph.documents { for p in d.posts { primary.append(seen.insert(p.id).inserted) } }
        self.primary = primary
        var stubs: [Node] = []
        for e in graph.edges {
            for end in [e.source, e.target] where seen.insert(end).inserted {
                // `role:…`: a role held with no organization named, drawn as its own node
                let isRole = end.hasPrefix("role:")
                let label = isRole ? (e.label ?? end) : end
                stubs.append(Node(id: end, label: label, kind: isRole ? "role" : "unresolved", start: nil, end: nil,
                                  values: ["label": .string(label), "kind": .string(isRole ? "role" : "unresolved")]))
            }
        }
        self.stubs = stubs
        nodeCount = primary.lazy.filter { $0 }.count + stubs.count
    }

    /// Every node, in order: the entities, the events, the posts, then the stubs.
    var nodes: [Node] {
        var all: [Node] = []
        forEachNode { all.append($0) }
        return all
    }

    /// Gives each node in turn: the entities, the events, the posts, then the stubs edge ends need.
    func forEachNode(_ body: (Node) throws -> Void) rethrows {
        var k = 0
        func isNode() -> Bool {
            defer { k += 1 }
            return primary[k]
        }
        for e in graph.entities where isNode() {
            var v: [String: Value] = [
                "label": .string(e.name), "kind": .string("entity"), "type": .string(e.type.rawValue),
                "weight": .int(e.weight), "mentions": .int(e.mentions.count),
            ]
            v["first_seen"] = e.firstSeen.map { .string($0.iso) }
            v["last_seen"] = e.lastSeen.map { .string($0.iso) }
            if !e.aliases.isEmpty { v["aliases"] = .string(e.aliases.joined(separator: "; ")) }
            v["knowledge_id"] = e.knowledgeID.map { .string($0) }
            if !e.roles.isEmpty { v["roles"] = .string(e.roles.map(GraphTable.describe).joined(separator: "; ")) }
            try body(Node(id: e.id, label: e.name, kind: "entity", start: e.firstSeen, end: e.lastSeen, values: v))
        }

        for ev in graph.events where isNode() {
            let label = GraphTable.shorten(ev.summary.isEmpty ? ev.date.value : ev.summary)
            let told = ev.sources.compactMap { postDays[$0.post] }
            var v: [String: Value] = [
                "label": .string(label), "kind": .string("event"), "weight": .int(ev.sources.count),
                "date": .string(ev.date.value), "precision": .string(ev.date.precision.rawValue),
                "date_start": .string(ev.date.start.iso), "date_end": .string(ev.date.end.iso),
                "summary": .string(ev.summary), "participants": .int(ev.participants.count),
            ]
            v["first_seen"] = told.min().map { .string($0.iso) }
            v["last_seen"] = told.max().map { .string($0.iso) }
            v["trigger"] = ev.trigger.map { .string($0) }
            try body(Node(id: ev.id, label: label, kind: "event", start: ev.date.start, end: ev.date.end, values: v))
        }

        for d in graph.documents {
            for p in d.posts where isNode() {
                let label = p.title ?? p.id
                var v: [String: Value] = [
                    "label": .string(label), "kind": .string("post"), "weight": .int(postWeights[p.id] ?? 0),
                    "document": .string(d.path), "published_inferred": .bool(p.publishedInferred),
                    "comments": .int(p.commentCount), "line": .int(p.firstLine),
                ]
                v["title"] = p.title.map { .string($0) }
                v["published"] = p.published.map { .string($0.iso) }
                try body(Node(id: p.id, label: label, kind: "post", start: p.published, end: p.published, values: v))
            }
        }
        for n in stubs { try body(n) }
    }

    /// Every edge as a row, in the graph's order.
    var links: [Link] {
        var all: [Link] = []
        forEachLink { all.append($0) }
        return all
    }

    /// Gives each edge in turn as a row, in the graph's order (ids `e0`, `e1`, ...).
    func forEachLink(_ body: (Link) throws -> Void) rethrows {
        for (i, e) in graph.edges.enumerated() {
            var v: [String: Value] = [
                "type": .string(e.type.rawValue), "weight": .int(e.weight), "from_knowledge": .bool(e.fromKnowledge),
                "only_in_comments": .bool(e.onlyInComments), "sources": .int(e.sources.count),
            ]
            v["label"] = e.label.map { .string($0) }
            v["first_seen"] = e.firstSeen.map { .string($0.iso) }
            v["last_seen"] = e.lastSeen.map { .string($0.iso) }
            v["stated"] = .bool(e.stated)
            if e.type == .holdsRole { v["role"] = e.label.map { .string($0) } }
            v["qualifier"] = e.qualifier.map { .string($0) }
            v["start"] = e.start.map { .string($0) }
            v["end"] = e.end.map { .string($0) }
            // A relation's spell is its validity when known (a known role only in its term), else when it was seen.
            let valid = e.validity
            let spellStart = e.type.isRelation && (e.start != nil || e.end != nil) ? valid.from : e.firstSeen
            let spellEnd = e.type.isRelation && (e.start != nil || e.end != nil) ? valid.to : e.lastSeen
            try body(Link(id: "e" + String(i), source: e.source, target: e.target, type: e.type, weight: e.weight,
                          label: e.label, start: spellStart, end: spellEnd, values: v))
        }
    }

    /// `Chief Executive (org:x, 2014-06 – 2016-03)`.
    static func describe(_ r: RoleRecord) -> String {
        var details: [String] = []
        if let o = r.organization { details.append(o) }
        if r.from != nil || r.to != nil { details.append((r.from ?? "") + " – " + (r.to ?? "")) }
        return details.isEmpty ? r.title : r.title + " (" + details.joined(separator: ", ") + ")"
    }

    /// The text cut to ``eventLabelLength`` characters, with an ellipsis when cut.
    static func shorten(_ s: String) -> String {
        guard s.count > eventLabelLength else { return s }
        return String(s.prefix(eventLabelLength - 1)) + "…"
    }

    /// A valid interval for a dynamic export: `nil` ends stay open; a reversed pair is put in order.
    static func interval(_ start: CalendarDay?, _ end: CalendarDay?) -> (start: CalendarDay?, end: CalendarDay?) {
        if let s = start, let e = end, e < s { return (e, s) }
        return (start, end)
    }
}
