import Corpus
import Extraction
import GraphModel
import Timeline

/// What every page of a report needs to know: which entities have a page and under which file name, where each
/// event is listed, the posts by id, and how to link to all of them from a page at a given depth.
struct ReportContext {
    let graph: KnowledgeGraph
    let options: ReportOptions
    /// Every event in timeline order.
    let timeline: EventTimeline
    let events: [String: Event]
    let posts: [String: PostNode]
    /// Entity id → file name (without folder) of its page, for the entities that have one.
    let entityFiles: [String: String]
    /// Event id → its anchor (`e42`) and the page (from the site's root) that lists it.
    let eventAnchors: [String: String]
    var eventPages: [String: String] = [:]
    /// Entity id → indices in `graph.edges` of its co-occurrence and relation edges (built once: scanning every
    /// edge for every page would be quadratic on a large corpus).
    let entityEdges: [String: [Int]]
    /// For each edge of `entityEdges`, the positions in `graph.entities` of its two ends (-1 when not an entity):
    /// what the ego graphs test, without copying edges.
    let edgeEnds: [(Int32, Int32)]
    let entityPosition: [String: Int32]
    /// Entity id → indices in `timeline.entries` of the events it takes part in.
    let entityEvents: [String: [Int]]

    init(graph: KnowledgeGraph, options: ReportOptions) {
        self.graph = graph
        self.options = options
        timeline = (try? EventTimeline(graph: graph)) ?? EventTimeline(entries: [])
        events = Dictionary(graph.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var posts: [String: PostNode] = [:]
        for document in graph.documents { for post in document.posts where posts[post.id] == nil { posts[post.id] = post } }
        self.posts = posts
        var files: [String: String] = [:]
        var used: Set<String> = []
        for entity in graph.entities.sorted(by: { ($0.weight, $1.id) > ($1.weight, $0.id) })
        where options.all || entity.weight >= options.minMentions {
            let base = HTMLText.slug(entity.id)
            var name = base
            var n = 2
            while used.contains(name) { name = base + "-" + String(n); n += 1 }
            used.insert(name)
            files[entity.id] = name + ".html"
        }
        entityFiles = files
        var anchors: [String: String] = [:]
        for (i, entry) in timeline.entries.enumerated() { anchors[entry.id] = "e" + String(i + 1) }
        eventAnchors = anchors
        var edgeIndex: [String: [Int]] = [:]
        for (i, edge) in graph.edges.enumerated() where edge.type == .coOccurs || edge.type.isRelation {
            edgeIndex[edge.source, default: []].append(i)
            if edge.target != edge.source { edgeIndex[edge.target, default: []].append(i) }
        }
        entityEdges = edgeIndex
        var position: [String: Int32] = [:]
        for (i, entity) in graph.entities.enumerated() { position[entity.id] = Int32(i) }
        var ends = [(Int32, Int32)](repeating: (-1, -1), count: graph.edges.count)
        for (i, edge) in graph.edges.enumerated() where edge.type == .coOccurs || edge.type.isRelation {
            ends[i] = (position[edge.source] ?? -1, position[edge.target] ?? -1)
        }
        entityPosition = position
        edgeEnds = ends
        var eventIndex: [String: [Int]] = [:]
        for (i, entry) in timeline.entries.enumerated() {
            for p in entry.participants where files[p.id] != nil { eventIndex[p.id, default: []].append(i) }
        }
        entityEvents = eventIndex
    }

    /// The co-occurrence and relation edges of an entity.
    func edges(of id: String) -> [Edge] {
        (entityEdges[id] ?? []).map { graph.edges[$0] }
    }

    /// The graph around one entity: it, the `limit` entities most linked to it (every entity in a stated relation
    /// with it, then the most sentences shared), and the edges among them; enough for `KnowledgeGraph.select(_:)` to draw its ego
    /// map without going through the whole graph.
    func egoGraph(of id: String, limit: Int = 40) -> KnowledgeGraph {
        var strength: [String: Int] = [:]
        for edge in edges(of: id) {
            let other = edge.source == id ? edge.target : edge.source
            guard other != id else { continue }
            strength[other, default: 0] += edge.type.isRelation ? 1_000_000 : edge.weight
        }
        let closest = strength.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map(\.key)
        let keep = Set(closest + [id])
        let kept = Set(keep.compactMap { entityPosition[$0] })
        var edgeIDs: Set<Int> = []
        for member in keep {
            for i in entityEdges[member] ?? [] {
                let (a, b) = edgeEnds[i]
                if kept.contains(a), kept.contains(b) { edgeIDs.insert(i) }
            }
        }
        return KnowledgeGraph(documents: [], entities: keep.sorted().compactMap { graph.entity(id: $0) }, dates: [],
                              events: [], edges: edgeIDs.sorted().map { graph.edges[$0] }, statistics: graph.statistics)
    }

    /// The entities that get a page, most mentioned first.
    var pagedEntities: [Entity] {
        graph.entities.filter { entityFiles[$0.id] != nil }.sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }
    }

    /// The link to an entity's page from a page `root` away from the site's root (`""` or `"../"`).
    func entityHref(_ id: String, root: String) -> String? {
        entityFiles[id].map { root + "entities/" + $0 }
    }

    /// The entity's name, linked to its page when it has one.
    func entityLink(_ id: String, root: String) -> String {
        let name = graph.entity(id: id)?.name ?? id
        guard let href = entityHref(id, root: root) else { return "<span class=\"name\">" + HTMLText.text(name) + "</span>" }
        return "<a href=\"" + HTMLText.attribute(href) + "\">" + HTMLText.text(name) + "</a>"
    }

    /// The link to an event where the timeline lists it.
    func eventHref(_ id: String, root: String) -> String? {
        guard let anchor = eventAnchors[id], let page = eventPages[id] else { return nil }
        return root + page + "#" + anchor
    }

    /// Where a fact was read: the post's title and day, linked to the original post when its address is known,
    /// then the file and line (`Some title, 2014-06-01 · posts/a.txt:12`), marked when it is a reader comment.
    func sourceHTML(_ source: SourceRef) -> String {
        let post = posts[source.post]
        var html = ""
        let title = post?.title.flatMap { $0.isEmpty ? nil : $0 } ?? HTMLText.baseName(source.document)
        if let url = post.flatMap(GraphReading.url(of:)), Self.isWebAddress(url) {
            html += "<a class=\"post\" href=\"" + HTMLText.attribute(url) + "\" rel=\"noreferrer\">"
                + HTMLText.text(title) + "</a>"
        } else {
            html += "<cite>" + HTMLText.text(title) + "</cite>"
        }
        if let day = post?.published { html += ", " + day.iso }
        html += " · <span class=\"file\">" + HTMLText.text(source.document) + ":" + String(source.line) + "</span>"
        if source.kind == .comment { html += " <span class=\"kind\">(reader comment)</span>" }
        if source.kind == .quoted { html += " <span class=\"kind\">(quoted material)</span>" }
        return html
    }

    /// Only `http:` and `https:` addresses become links (never `javascript:` or `data:`).
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !url.contains(where: { $0.isWhitespace })
    }

    /// The caption of an entity type.
    static func caption(_ type: EntityType) -> String {
        switch type {
        case .person: return "Person"
        case .organization: return "Organisation"
        case .place: return "Place"
        case .programme: return "Programme or policy"
        }
    }

    /// `People`, `Organisations`, `Places`, `Programmes and policies`.
    static func pluralCaption(_ type: EntityType) -> String {
        switch type {
        case .person: return "People"
        case .organization: return "Organisations"
        case .place: return "Places"
        case .programme: return "Programmes and policies"
        }
    }

    static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        String(n) + " " + (n == 1 ? word : plural ?? word + "s")
    }
}

