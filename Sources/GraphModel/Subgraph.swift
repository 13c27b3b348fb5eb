import Extraction

/// The part of a knowledge graph that a ``SubgraphQuery`` selects, ready to be drawn: the entities kept (heaviest
/// first), the links between them (parallel relations merged, co-occurrences thinned to a backbone), and, when
/// asked for, the heaviest events with their participation links.
public struct Subgraph: Sendable, Hashable {
    /// One link between two kept entities, or from a kept entity to a kept event (`participates_in`).
    public struct Link: Sendable, Hashable {
        public var source: String
        public var target: String
        public var type: EdgeType
        /// The labels of the merged relations joined (`Probation Minister; Prisons Minister; …`); nil for none.
        public var label: String?
        /// Sentences, statements or mentions behind the link, summed over the merged edges.
        public var weight: Int
        /// `true` for a relation known only from `Entities/`, which the corpus does not state.
        public var known: Bool
    }

    /// The entities kept, heaviest first (ties by name, then id).
    public var entities: [Entity]
    /// The events kept (with ``SubgraphQuery/includeEvents``), most told first.
    public var events: [Event]
    /// Links between kept entities in a stable order, then the participation links of the events.
    public var links: [Link]
    /// The entity the selection is centred on (the focus, or the most connected entity asked for).
    public var focus: Entity?
    /// How many entities passed the filters before the top N: `entities.count` of `candidateCount` are kept.
    public var candidateCount: Int
    /// The period shown: the query's window, else the graph's first and last post days (ISO values).
    public var from: String?
    public var to: String?
    /// The query that selected it.
    public var query: SubgraphQuery
}

extension KnowledgeGraph {
    /// Selects the part of the graph `query` describes. The steps, in order:
    /// 1. `excludeComments` drops what only reader comments say; `from`/`to` keep the posts published in the window
    ///    (an entity's weight is then its number of mentions in what is left).
    /// 2. Entities of the chosen `types` with at least `minWeight` mentions are candidates; so are co-occurrence
    ///    edges of at least `minWeight` sentences, and stated relations (`holds_role`, `owns`, ...) of any weight.
    ///    Parallel relations of one type between the same two entities are merged (weights summed, labels joined).
    /// 3. With a `focus` (or, with `focusMostConnected`, the entity of that type with the most distinct neighbours
    ///    in what step 1 left), only the candidates within `depth` steps of it over the candidate links stay (so the
    ///    selection stays connected); the focus itself always stays, whatever its type or weight.
    /// 4. The `top` heaviest candidates are kept (ties by name); the focus counts as one of them.
    /// 5. Each entity keeps at most `coOccurrencePerNode` of its strongest co-occurrence links (a link stays if it
    ///    is among the strongest of either end); stated relations are all kept.
    /// 6. With `includeEvents`, the heaviest events with a kept participant are added (a quarter of `top`, at
    ///    least 5) with their `participates_in` links.
    ///
    /// - Throws: ``SubgraphQueryError/unknownFocus(_:)`` (with close names) when no entity has the focus as id,
    ///   name or alias; `.focusOutsideSelection` when it exists but the time window or comment filter leaves
    ///   nothing of it; `.noConnectedEntity` when `focusMostConnected` finds no entity of its type with a
    ///   neighbour; the errors of ``SubgraphQuery/validate()``.
    public func select(_ query: SubgraphQuery) throws(SubgraphQueryError) -> Subgraph {
        try query.validate()

        // 1. Comments and time window.
        var g = self
        if query.excludeComments { g = g.excludingComments() }
        if query.from != nil || query.to != nil { g = g.window(from: query.from, to: query.to) }

        // The focus, resolved on the whole graph so that a name outside the window is told apart from a typo.
        var focus: Entity?
        if let name = query.focus {
            let entity: Entity
            do { entity = try lookUpEntity(name) } catch { throw .unknownFocus(error) }
            guard g.entity(id: entity.id) != nil else { throw .focusOutsideSelection(entity.name) }
            focus = entity
        } else if let type = query.focusMostConnected {
            guard let entity = g.mostConnectedEntity(ofType: type) else { throw .noConnectedEntity(type.rawValue) }
            focus = entity
        }
        let focusID = focus?.id

        // 2. Candidate entities and links.
        var candidates: [String: Entity] = [:]
        for entity in g.entities {
            let wanted = query.types.contains(entity.type) && entity.weight >= query.minWeight
            if wanted || entity.id == focusID { candidates[entity.id] = entity }
        }
        var links = Subgraph.mergedLinks(of: g, between: candidates, minWeight: query.minWeight)

        // 3. Ego network.
        if let focusID {
            let reached = Subgraph.reach(from: focusID, over: links, depth: query.depth)
            candidates = candidates.filter { reached.contains($0.key) }
        }

        // 4. Top N by weight.
        var kept = candidates.values.sorted(by: Subgraph.heavierFirst)
        if let top = query.top, kept.count > top {
            var chosen = Array(kept.prefix(top))
            if let focusID, !chosen.contains(where: { $0.id == focusID }), let focus = candidates[focusID] {
                if !chosen.isEmpty { chosen.removeLast() }
                chosen.append(focus)
                chosen.sort(by: Subgraph.heavierFirst)
            }
            kept = chosen
        }
        let keptIDs = Set(kept.map(\.id))
        links = links.filter { keptIDs.contains($0.source) && keptIDs.contains($0.target) }

        // 5. Co-occurrence backbone.
        if let perNode = query.coOccurrencePerNode { links = Subgraph.backbone(links, perNode: max(0, perNode)) }

        // 6. Events.
        var events: [Event] = []
        if query.includeEvents {
            let (chosen, participation) = Subgraph.events(of: g, around: keptIDs, limit: max(5, (query.top ?? 40) / 4))
            events = chosen
            links += participation
        }

        return Subgraph(entities: kept, events: events, links: links, focus: focus, candidateCount: candidates.count,
                        from: query.from?.value ?? statistics.firstPost?.iso,
                        to: query.to?.value ?? statistics.lastPost?.iso, query: query)
    }
}

extension Subgraph {
    /// Co-occurrences (of at least `minWeight`) and stated relations between candidates, one link per
    /// (unordered pair for co-occurrence | ordered pair and type for relations), in a stable order.
    static func mergedLinks(of g: KnowledgeGraph, between candidates: [String: Entity], minWeight: Int) -> [Link] {
        struct Key: Hashable { var source: String; var target: String; var type: EdgeType }
        var order: [Key] = []
        var weight: [Key: Int] = [:]
        var labels: [Key: [String]] = [:]
        var stated = Set<Key>()
        for edge in g.edges where edge.type == .coOccurs || edge.type.isRelation {
            guard edge.source != edge.target, candidates[edge.source] != nil, candidates[edge.target] != nil else {
                continue
            }
            var key = Key(source: edge.source, target: edge.target, type: edge.type)
            if edge.type == .coOccurs, key.target < key.source { swap(&key.source, &key.target) }
            if weight[key] == nil { order.append(key) }
            if edge.stated { stated.insert(key) }
            weight[key, default: 0] += max(0, edge.weight)
            if let label = edge.label, !label.isEmpty,
               !(labels[key] ?? []).contains(where: { $0.lowercased() == label.lowercased() }) {
                labels[key, default: []].append(label)
            }
        }
        return order.compactMap { key in
            let w = weight[key] ?? 0
            if key.type == .coOccurs, w < max(1, minWeight) { return nil }
            let label = labels[key].map { list in
                list.count > 2 ? list.prefix(2).joined(separator: "; ") + "; …" : list.joined(separator: "; ")
            }
            return Link(source: key.source, target: key.target, type: key.type, label: label, weight: w,
                        known: key.type != .coOccurs && !stated.contains(key))
        }
    }

    /// The ids within `depth` undirected steps of `start`, itself included.
    static func reach(from start: String, over links: [Link], depth: Int) -> Set<String> {
        var adjacency: [String: [String]] = [:]
        for link in links {
            adjacency[link.source, default: []].append(link.target)
            adjacency[link.target, default: []].append(link.source)
        }
        var seen: Set<String> = [start]
        var frontier = [start]
        for _ in 0..<depth {
            var next: [String] = []
            for id in frontier {
                for n in adjacency[id] ?? [] where seen.insert(n).inserted { next.append(n) }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return seen
    }

    /// Keeps every stated relation and each co-occurrence link that is among the `perNode` strongest of either
    /// of its ends.
    static func backbone(_ links: [Link], perNode: Int) -> [Link] {
        var byNode: [String: [Int]] = [:]
        for (i, link) in links.enumerated() where link.type == .coOccurs {
            byNode[link.source, default: []].append(i)
            byNode[link.target, default: []].append(i)
        }
        var keep = Set<Int>()
        for (_, indices) in byNode {
            let strongest = indices.sorted { a, b in
                links[a].weight != links[b].weight ? links[a].weight > links[b].weight : a < b
            }
            keep.formUnion(strongest.prefix(perNode))
        }
        return links.enumerated().filter { $0.element.type != .coOccurs || keep.contains($0.offset) }.map(\.element)
    }

    /// The heaviest `limit` events with a participant among `entities`, and their participation links.
    static func events(of g: KnowledgeGraph, around entities: Set<String>, limit: Int) -> ([Event], [Link]) {
        let chosen = g.events
            .filter { $0.participants.contains(where: entities.contains) }
            .sorted { a, b in
                a.sources.count != b.sources.count ? a.sources.count > b.sources.count
                    : a.date != b.date ? a.date < b.date : a.id < b.id
            }
            .prefix(limit)
        var links: [Link] = []
        for event in chosen {
            for participant in event.participants where entities.contains(participant) {
                let weight = g.edges.first {
                    $0.type == .participatesIn && $0.source == participant && $0.target == event.id
                }?.weight ?? event.sources.count
                links.append(Link(source: participant, target: event.id, type: .participatesIn, label: nil,
                                  weight: weight, known: false))
            }
        }
        return (Array(chosen), links)
    }

    static func heavierFirst(_ a: Entity, _ b: Entity) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }
}
