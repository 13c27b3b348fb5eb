import Corpus
import Extraction
import Foundation
import GraphModel

/// Turns a `KnowledgeGraph` into a readable `RelationshipMap`: a time window, comment filtering, entity types,
/// a minimum weight, an ego network around a focus entity, and the top N entities by weight.
///
/// The steps, in order:
/// 1. `excludeComments` drops what only reader comments say; `from`/`to` keep the posts published in the window
///    (an entity's weight is then its number of mentions in what is left).
/// 2. Entities of the chosen `types` with at least `minWeight` mentions are candidates; so are co-occurrence
///    edges of at least `minWeight` sentences, and stated relations (`holds_role`, `owns`, ...) of any weight.
///    Parallel relations of one type between the same two entities are merged (weights summed, labels joined).
/// 3. With a `focus` (or, with `focusMostConnected`, the entity of that kind with the most distinct neighbours in
///    what step 1 left), only the candidates within `depth` steps of it over the candidate edges stay (so the map
///    stays connected); the focus itself always stays, whatever its type or weight.
/// 4. The `top` heaviest candidates are kept (ties by name); the focus counts as one of them.
/// 5. Each node keeps at most `coOccurrencePerNode` of its strongest co-occurrence edges (an edge stays if it is
///    among the strongest of either end); stated relations are all kept.
/// 6. When `types` contains `.event`, the heaviest events with a kept participant are added with their
///    `participates_in` edges.
public struct MapBuilder: Sendable {
    /// The filters. The defaults give an overview map of the 40 most mentioned people, organisations, places and
    /// programmes.
    public struct Options: Sendable, Hashable {
        /// At most this many entity nodes (nil: no limit).
        public var top: Int?
        /// Entities with fewer mentions, and co-occurrences seen in fewer sentences, are left out.
        public var minWeight: Int
        /// An entity id, canonical name or alias (case-insensitive) to centre the map on.
        public var focus: String?
        /// When `focus` is nil: centre the map on the entity of this kind with the most distinct neighbours
        /// (`KnowledgeGraph.mostConnectedEntity`) after the time window and comment filters. Not `.event`.
        public var focusMostConnected: RelationshipMap.NodeKind?
        /// How many steps from the focus to include.
        public var depth: Int
        /// Start of the time window (by post date), inclusive of the whole period (`2015` means from 1 January).
        public var from: TemporalValue?
        /// End of the time window, inclusive of the whole period (`2015` means to 31 December).
        public var to: TemporalValue?
        /// The node kinds to show; add `.event` to show events.
        public var types: Set<RelationshipMap.NodeKind>
        /// Leave out mentions and edges that only reader comments support.
        public var excludeComments: Bool
        /// Each node keeps at most this many of its strongest co-occurrence edges (nil: all; 0: none).
        public var coOccurrencePerNode: Int?
        /// The map's title; nil for "Relationship map".
        public var title: String?

        public init(top: Int? = 40, minWeight: Int = 1, focus: String? = nil, depth: Int = 1,
                    from: TemporalValue? = nil, to: TemporalValue? = nil,
                    types: Set<RelationshipMap.NodeKind> = MapBuilder.entityKinds, excludeComments: Bool = false,
                    coOccurrencePerNode: Int? = 5, title: String? = nil,
                    focusMostConnected: RelationshipMap.NodeKind? = nil) {
            self.top = top
            self.minWeight = minWeight
            self.focus = focus
            self.depth = depth
            self.from = from
            self.to = to
            self.types = types
            self.excludeComments = excludeComments
            self.coOccurrencePerNode = coOccurrencePerNode
            self.title = title
            self.focusMostConnected = focusMostConnected
        }
    }

    /// The node kinds that are entities (everything but events): the default `types`.
    public static let entityKinds: Set<RelationshipMap.NodeKind> = [.person, .organization, .place, .programme]

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The map of `graph` under the options.
    /// - Throws: `MapBuilderError.unknownFocus` (with close names) when no entity has the focus as id, name or
    ///   alias; `.focusOutsideSelection` when it exists but the time window or comment filter leaves nothing of it;
    ///   `.noConnectedEntity` when `focusMostConnected` finds no entity of its kind with a neighbour;
    ///   `.emptyWindow` when `from` is after `to`; `.invalidOption` for a negative `top`, `depth` or `minWeight`.
    public func build(from graph: KnowledgeGraph) throws(MapBuilderError) -> RelationshipMap {
        try validate()

        // 1. Comments and time window.
        var g = graph
        if options.excludeComments { g = g.excludingComments() }
        if options.from != nil || options.to != nil { g = g.window(from: options.from, to: options.to) }

        // The focus, resolved on the whole graph so that a name outside the window is told apart from a typo.
        var focusID: String?
        var focusName: String?
        if let query = options.focus {
            let entity: Entity
            do { entity = try graph.lookUpEntity(query) } catch { throw .unknownFocus(error) }
            guard g.entity(id: entity.id) != nil else { throw .focusOutsideSelection(entity.name) }
            focusID = entity.id
            focusName = entity.name
        } else if let kind = options.focusMostConnected {
            guard let type = EntityType(rawValue: kind.rawValue), let entity = g.mostConnectedEntity(ofType: type)
            else { throw .noConnectedEntity(kind.rawValue) }
            focusID = entity.id
            focusName = entity.name
        }

        // 2. Candidate entities and edges.
        var candidates: [String: Entity] = [:]
        for entity in g.entities {
            guard let kind = RelationshipMap.NodeKind(rawValue: entity.type.rawValue) else { continue }
            let wanted = options.types.contains(kind) && entity.weight >= options.minWeight
            if wanted || entity.id == focusID { candidates[entity.id] = entity }
        }
        var edges = mergedEntityEdges(of: g, between: candidates)

        // 3. Ego network.
        if let focusID {
            let reached = reach(from: focusID, over: edges, depth: options.depth)
            candidates = candidates.filter { reached.contains($0.key) }
        }

        // 4. Top N by weight.
        var kept = candidates.values.sorted(by: MapBuilder.heavierFirst)
        if let top = options.top, kept.count > top {
            var chosen = Array(kept.prefix(top))
            if let focusID, !chosen.contains(where: { $0.id == focusID }), let focus = candidates[focusID] {
                if !chosen.isEmpty { chosen.removeLast() }
                chosen.append(focus)
                chosen.sort(by: MapBuilder.heavierFirst)
            }
            kept = chosen
        }
        let keptIDs = Set(kept.map(\.id))
        edges = edges.filter { keptIDs.contains($0.source) && keptIDs.contains($0.target) }

        // 5. Co-occurrence backbone.
        if let perNode = options.coOccurrencePerNode { edges = backbone(edges, perNode: max(0, perNode)) }

        var nodes = kept.map { entity in
            RelationshipMap.Node(id: entity.id, label: entity.name,
                                 kind: RelationshipMap.NodeKind(rawValue: entity.type.rawValue) ?? .organization,
                                 weight: Double(entity.weight))
        }

        // 6. Events.
        if options.types.contains(.event) {
            let (eventNodes, eventEdges) = events(of: g, around: keptIDs, limit: max(5, (options.top ?? 40) / 4))
            nodes += eventNodes
            edges += eventEdges
        }

        return RelationshipMap(
            title: options.title ?? "Relationship map",
            subtitle: subtitle(graph: graph, shown: kept.count, candidates: candidates.count, focus: focusName),
            nodes: nodes, edges: edges, centre: focusID)
    }

    // MARK: Steps

    private func validate() throws(MapBuilderError) {
        if let top = options.top, top < 0 { throw .invalidOption("top must not be negative") }
        if options.depth < 0 { throw .invalidOption("depth must not be negative") }
        if options.minWeight < 0 { throw .invalidOption("min-weight must not be negative") }
        if options.focus == nil, options.focusMostConnected == .event {
            throw .invalidOption("the most connected entity must be a person, organization, place or programme")
        }
        if let from = options.from, let to = options.to, from.start > to.end {
            throw .emptyWindow(from: from.value, to: to.value)
        }
    }

    /// Co-occurrences (of at least `minWeight`) and stated relations between candidates, one edge per
    /// (unordered pair for co-occurrence | ordered pair and type for relations), in a stable order.
    private func mergedEntityEdges(of g: KnowledgeGraph, between candidates: [String: Entity])
        -> [RelationshipMap.Edge]
    {
        struct Key: Hashable { var source: String; var target: String; var type: String }
        var order: [Key] = []
        var weight: [Key: Int] = [:]
        var labels: [Key: [String]] = [:]
        var stated = Set<Key>()
        for edge in g.edges where edge.type == .coOccurs || edge.type.isRelation {
            guard edge.source != edge.target, candidates[edge.source] != nil, candidates[edge.target] != nil else {
                continue
            }
            var key = Key(source: edge.source, target: edge.target, type: edge.type.rawValue)
            if edge.type == .coOccurs, key.target < key.source { swap(&key.source, &key.target) }
            if weight[key] == nil { order.append(key) }
            if edge.stated { stated.insert(key) }
            weight[key, default: 0] += max(0, edge.weight)
            if let label = edge.label, !label.isEmpty, !(labels[key] ?? []).contains(where: { $0.lowercased() == label.lowercased() }) {
                labels[key, default: []].append(label)
            }
        }
        return order.compactMap { key in
            let w = weight[key] ?? 0
            let type = RelationshipMap.RelationType(rawValue: key.type)
            if type == .coOccurs, w < max(1, options.minWeight) { return nil }
            let label = labels[key].map { list in
                list.count > 2 ? list.prefix(2).joined(separator: "; ") + "; …" : list.joined(separator: "; ")
            }
            return RelationshipMap.Edge(source: key.source, target: key.target, type: type, label: label,
                                        weight: Double(w), known: type != .coOccurs && !stated.contains(key))
        }
    }

    /// The ids within `depth` undirected steps of `start`, itself included.
    private func reach(from start: String, over edges: [RelationshipMap.Edge], depth: Int) -> Set<String> {
        var adjacency: [String: [String]] = [:]
        for edge in edges {
            adjacency[edge.source, default: []].append(edge.target)
            adjacency[edge.target, default: []].append(edge.source)
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

    /// Keeps every stated relation and each co-occurrence edge that is among the `perNode` strongest of either
    /// of its ends.
    private func backbone(_ edges: [RelationshipMap.Edge], perNode: Int) -> [RelationshipMap.Edge] {
        var byNode: [String: [Int]] = [:]
        for (i, edge) in edges.enumerated() where !edge.type.isTyped {
            byNode[edge.source, default: []].append(i)
            byNode[edge.target, default: []].append(i)
        }
        var keep = Set<Int>()
        for (_, indices) in byNode {
            let strongest = indices.sorted { a, b in
                edges[a].weight != edges[b].weight ? edges[a].weight > edges[b].weight : a < b
            }
            keep.formUnion(strongest.prefix(perNode))
        }
        return edges.enumerated().filter { $0.element.type.isTyped || keep.contains($0.offset) }.map(\.element)
    }

    /// The heaviest `limit` events with a participant among `entities`, and their participation edges.
    private func events(of g: KnowledgeGraph, around entities: Set<String>, limit: Int)
        -> ([RelationshipMap.Node], [RelationshipMap.Edge])
    {
        let chosen = g.events
            .filter { $0.participants.contains(where: entities.contains) }
            .sorted { a, b in
                a.sources.count != b.sources.count ? a.sources.count > b.sources.count
                    : a.date != b.date ? a.date < b.date : a.id < b.id
            }
            .prefix(limit)
        var nodes: [RelationshipMap.Node] = []
        var edges: [RelationshipMap.Edge] = []
        for event in chosen {
            nodes.append(.init(id: event.id, label: event.date.value + " " + MapBuilder.shortened(event.summary),
                               kind: .event, weight: Double(event.sources.count)))
            for participant in event.participants where entities.contains(participant) {
                let weight = g.edges.first {
                    $0.type == .participatesIn && $0.source == participant && $0.target == event.id
                }?.weight ?? event.sources.count
                edges.append(.init(source: participant, target: event.id, type: .participatesIn,
                                   weight: Double(weight)))
            }
        }
        return (nodes, edges)
    }

    /// "From – to · 40 of 312 entities · around X (depth 1) · comments excluded".
    private func subtitle(graph: KnowledgeGraph, shown: Int, candidates: Int, focus: String?) -> String {
        var parts: [String] = []
        let from = options.from?.value ?? graph.statistics.firstPost?.iso
        let to = options.to?.value ?? graph.statistics.lastPost?.iso
        switch (from, to) {
        case let (from?, to?): parts.append(from == to ? from : from + " to " + to)
        case let (from?, nil): parts.append("from " + from)
        case let (nil, to?): parts.append("to " + to)
        case (nil, nil): break
        }
        parts.append(shown == candidates ? "\(shown) entities" : "\(shown) of \(candidates) entities")
        if let focus { parts.append("around \(focus) (depth \(options.depth))") }
        if options.minWeight > 1 { parts.append("weight ≥ \(options.minWeight)") }
        if options.excludeComments { parts.append("comments excluded") }
        return parts.joined(separator: " · ")
    }

    // MARK: Helpers

    private static func heavierFirst(_ a: Entity, _ b: Entity) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }

    /// At most about 48 characters, cut at a space, with an ellipsis.
    static func shortened(_ text: String, limit: Int = 48) -> String {
        let clean = DOTEscaping.sanitized(text).split(separator: " ").joined(separator: " ")
        guard clean.count > limit else { return clean }
        let cut = clean.prefix(limit)
        let atSpace = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atSpace + "…"
    }
}

/// Why a map could not be built.
public enum MapBuilderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No entity has this id, name or alias (the error carries the closest names there are, maybe none).
    case unknownFocus(UnknownEntity)
    /// The focus entity exists but the time window or comment filter leaves none of its mentions.
    case focusOutsideSelection(String)
    /// `from` is after `to`.
    case emptyWindow(from: String, to: String)
    /// A node kind name that is not one of person, organization, place, programme, event.
    case unknownType(String)
    /// A negative count or depth.
    case invalidOption(String)
    /// `focusMostConnected` found no entity of this kind linked to another.
    case noConnectedEntity(String)

    public var description: String {
        switch self {
        case .unknownFocus(let error): return error.description
        case .focusOutsideSelection(let name):
            return "'\(name)' is not mentioned in the selected period or without comments"
        case .emptyWindow(let from, let to): return "the window is empty: \(from) is after \(to)"
        case .unknownType(let name):
            return "unknown type '\(name)'; use person, organization, place, programme or event"
        case .invalidOption(let message): return message
        case .noConnectedEntity(let kind): return "no \(kind) is linked to any other entity in the selection"
        }
    }
}

extension RelationshipMap.NodeKind {
    /// Parses one kind name, case-insensitive, singular or plural, British or American (`people`, `org`,
    /// `organisations`, `program`, `events`).
    public init(parsing name: String) throws(MapBuilderError) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "person", "persons", "people": self = .person
        case "organization", "organizations", "organisation", "organisations", "org", "orgs": self = .organization
        case "place", "places": self = .place
        case "programme", "programmes", "program", "programs", "policy", "policies": self = .programme
        case "event", "events": self = .event
        default: throw .unknownType(name)
        }
    }

    /// Parses a comma-separated list (`person,organization`).
    public static func parseList(_ list: String) throws(MapBuilderError) -> Set<RelationshipMap.NodeKind> {
        var kinds = Set<RelationshipMap.NodeKind>()
        for part in list.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            kinds.insert(try RelationshipMap.NodeKind(parsing: String(part)))
        }
        if kinds.isEmpty { throw .unknownType(list) }
        return kinds
    }
}
