import Extraction
import GraphModel

extension RelationshipMap {
    /// The map of a selection (``KnowledgeGraph/select(_:)`` chooses what to show; this only says how): a node per
    /// entity, shaped by its type and sized by its mentions, then a node per event labelled with its date and
    /// summary; a line per link; a subtitle that says the period and the filters.
    ///
    /// - Parameter title: the headline; nil for "Relationship map".
    public init(subgraph: Subgraph, title: String? = nil) {
        var nodes = subgraph.entities.map { entity in
            Node(id: entity.id, label: entity.name, kind: NodeKind(rawValue: entity.type.rawValue) ?? .organization,
                 weight: Double(entity.weight))
        }
        nodes += subgraph.events.map { event in
            Node(id: event.id, label: event.date.value + " " + RelationshipMap.shortened(event.summary), kind: .event,
                 weight: Double(event.sources.count))
        }
        let edges = subgraph.links.map { link in
            Edge(source: link.source, target: link.target, type: RelationType(rawValue: link.type.rawValue),
                 label: link.label, weight: Double(link.weight), known: link.known)
        }
        self.init(title: title ?? "Relationship map", subtitle: RelationshipMap.subtitle(of: subgraph), nodes: nodes,
                  edges: edges, centre: subgraph.focus?.id)
    }

    /// "From – to · 40 of 312 entities · around X (depth 1) · comments excluded".
    static func subtitle(of subgraph: Subgraph) -> String {
        let query = subgraph.query
        var parts: [String] = []
        switch (subgraph.from, subgraph.to) {
        case let (from?, to?): parts.append(from == to ? from : from + " to " + to)
        case let (from?, nil): parts.append("from " + from)
        case let (nil, to?): parts.append("to " + to)
        case (nil, nil): break
        }
        let shown = subgraph.entities.count, candidates = subgraph.candidateCount
        parts.append(shown == candidates ? "\(shown) entities" : "\(shown) of \(candidates) entities")
        if let focus = subgraph.focus { parts.append("around \(focus.name) (depth \(query.depth))") }
        if query.minWeight > 1 { parts.append("weight ≥ \(query.minWeight)") }
        if query.excludeComments { parts.append("comments excluded") }
        return parts.joined(separator: " · ")
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
