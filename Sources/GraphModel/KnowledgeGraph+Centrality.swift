import Extraction

extension KnowledgeGraph {
    /// For each entity with at least one entity-to-entity edge (co-occurrence or stated relation), the number of
    /// distinct other entities it is linked to: its degree, counting each neighbour once whatever the number or
    /// direction of the edges between them. Self-loops do not count; entities with no neighbour are absent.
    public func entityDegrees() -> [String: Int] {
        var neighbours: [String: Set<String>] = [:]
        for edge in entityEdges where edge.source != edge.target {
            neighbours[edge.source, default: []].insert(edge.target)
            neighbours[edge.target, default: []].insert(edge.source)
        }
        return neighbours.mapValues(\.count)
    }

    /// The most connected entity, optionally of one type: the most distinct neighbours (`entityDegrees`), ties
    /// broken by more mentions, then by name, then by id. Nil when no entity (of that type) has a neighbour.
    public func mostConnectedEntity(ofType type: EntityType? = nil) -> Entity? {
        let degrees = entityDegrees()
        var best: (entity: Entity, degree: Int)?
        for entity in entities where type == nil || entity.type == type {
            guard let degree = degrees[entity.id], degree > 0 else { continue }
            guard let current = best else { best = (entity, degree); continue }
            let better = degree != current.degree ? degree > current.degree
                : entity.weight != current.entity.weight ? entity.weight > current.entity.weight
                : entity.name != current.entity.name ? entity.name < current.entity.name
                : entity.id < current.entity.id
            if better { best = (entity, degree) }
        }
        return best?.entity
    }
}
