import Corpus
import Extraction

extension KnowledgeGraph {
    /// Finds an entity by id, canonical name or any alias, ignoring case (`MoJ`, `ministry of justice`).
    public func findEntity(_ query: String) -> Entity? {
        if let e = entity(id: query) { return e }
        let q = query.lowercased()
        if let e = entities.first(where: { $0.name.lowercased() == q }) { return e }
        return entities
            .filter { $0.aliases.contains { $0.lowercased() == q } || $0.mentions.contains { $0.text.lowercased() == q } }
            .max { $0.weight < $1.weight }
    }

    /// The `n` entities with the most mentions (ties by name), optionally of some types only.
    public func topEntities(_ n: Int, types: Set<EntityType>? = nil) -> [Entity] {
        Array(entities.filter { types?.contains($0.type) ?? true }
            .sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }
            .prefix(max(0, n)))
    }

    /// Entity-to-entity edges (co-occurrence and stated relations).
    public var entityEdges: [Edge] {
        edges.filter { $0.type == .coOccurs || $0.type.isRelation }
    }

    /// The ids of the entities within `depth` entity-to-entity steps of `id`, itself included.
    public func neighbourhood(of id: String, depth: Int) -> Set<String> {
        let adjacency = entityAdjacency()
        var seen: Set<String> = [id]
        var frontier: [String] = [id]
        for _ in 0..<max(0, depth) {
            var next: [String] = []
            for node in frontier {
                for n in adjacency[node] ?? [] where seen.insert(n).inserted { next.append(n) }
            }
            frontier = next
        }
        return seen
    }

    /// A shortest path of entity ids from `a` to `b` over entity-to-entity edges (breadth first), or `nil`.
    public func path(from a: String, to b: String) -> [String]? {
        if a == b { return [a] }
        let adjacency = entityAdjacency()
        var previous: [String: String] = [a: a]
        var queue: [String] = [a]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for n in adjacency[node] ?? [] where previous[n] == nil {
                previous[n] = node
                if n == b {
                    var path = [b]
                    var cur = b
                    while cur != a { cur = previous[cur]!; path.append(cur) }
                    return path.reversed()
                }
                queue.append(n)
            }
        }
        return nil
    }

    /// The graph restricted to a set of entity ids: their edges between them, the events they take part in.
    public func subgraph(entities keep: Set<String>) -> KnowledgeGraph {
        KnowledgeGraph(
            documents: documents,
            entities: entities.filter { keep.contains($0.id) },
            dates: dates,
            events: events.filter { $0.participants.contains(where: keep.contains) },
            edges: edges.filter { e in
                (keep.contains(e.source) || e.type == .mentions || e.source.hasPrefix("event:"))
                    && (keep.contains(e.target) || e.target.hasPrefix("event:"))
            },
            statistics: statistics)
    }

    /// The graph as seen within a time window: the posts published in it (for mentions and co-occurrence), the
    /// events dated in it, the dates in it, and the relations valid in it (a role known to have ended before the
    /// window, or begun after it, is left out). Either bound may be `nil`.
    public func window(from: TemporalValue?, to: TemporalValue?) -> KnowledgeGraph {
        func inWindow(_ d: CalendarDay?) -> Bool {
            guard let d else { return from == nil && to == nil }
            if let from, d < from.start { return false }
            if let to, d > to.end { return false }
            return true
        }
        func valueInWindow(_ v: TemporalValue) -> Bool {
            if let from, v.end < from.start { return false }
            if let to, v.start > to.end { return false }
            return true
        }
        let postDates = Dictionary(documents.flatMap(\.posts).map { ($0.id, $0.published) }, uniquingKeysWith: { a, _ in a })
        var kept: [Entity] = []
        for var e in entities {
            e.mentions = e.mentions.filter { inWindow($0.postDate) }
            if e.mentions.isEmpty { continue }
            e.firstSeen = e.mentions.compactMap(\.postDate).min()
            e.lastSeen = e.mentions.compactMap(\.postDate).max()
            kept.append(e)
        }
        let keptIDs = Set(kept.map(\.id))
        let events = self.events.filter { valueInWindow($0.date) }
        let eventIDs = Set(events.map(\.id))
        var edges: [Edge] = []
        for var e in self.edges {
            // A relation held for a time (a role's term, an ownership) shows only when its validity meets the window.
            if e.type.isRelation, !e.holds(from: from?.start, to: to?.end) { continue }
            if e.fromKnowledge {
                if keptIDs.contains(e.source), keptIDs.contains(e.target) { edges.append(e) }
                continue
            }
            e.sources = e.sources.filter { inWindow(postDates[$0.post] ?? nil) }
            let endpointsKept = (keptIDs.contains(e.source) || eventIDs.contains(e.source) || e.source.hasPrefix("post:"))
                && (keptIDs.contains(e.target) || eventIDs.contains(e.target))
            guard !e.sources.isEmpty, endpointsKept else { continue }
            e.weight = e.sources.count
            edges.append(e)
        }
        return KnowledgeGraph(documents: documents, entities: kept,
                              dates: dates.filter { $0.value.map(valueInWindow) ?? false },
                              events: events, edges: edges, statistics: statistics)
    }

    /// The graph without what only reader comments say.
    public func excludingComments() -> KnowledgeGraph {
        var kept: [Entity] = []
        for var e in entities {
            e.mentions = e.mentions.filter { $0.source.kind != .comment }
            if !e.mentions.isEmpty { kept.append(e) }
        }
        let keptIDs = Set(kept.map(\.id))
        var events: [Event] = []
        for var ev in self.events {
            ev.sources = ev.sources.filter { $0.kind != .comment }
            if !ev.sources.isEmpty { events.append(ev) }
        }
        let eventIDs = Set(events.map(\.id))
        var edges: [Edge] = []
        for var e in self.edges {
            if !e.fromKnowledge {
                e.sources = e.sources.filter { $0.kind != .comment }
                if e.sources.isEmpty { continue }
                e.weight = e.sources.count
            }
            let ok = { (id: String) in keptIDs.contains(id) || eventIDs.contains(id) || id.hasPrefix("post:") }
            if ok(e.source), ok(e.target) { edges.append(e) }
        }
        return KnowledgeGraph(documents: documents, entities: kept,
                              dates: dates.filter { $0.source.kind != .comment }, events: events, edges: edges,
                              statistics: statistics)
    }

    private func entityAdjacency() -> [String: [String]] {
        var adjacency: [String: [String]] = [:]
        for e in entityEdges {
            adjacency[e.source, default: []].append(e.target)
            adjacency[e.target, default: []].append(e.source)
        }
        for key in adjacency.keys { adjacency[key]!.sort() }
        return adjacency
    }
}
