import GraphModel
import GraphvizExport

/// The relationship map the benchmark draws: the most mentioned entities and the strongest edges between them.
public struct BenchmarkMap: Sendable, Equatable {
    /// How many entities the map draws (at most).
    public var nodeCount: Int

    public init(nodes: Int) {
        self.nodeCount = nodes
    }

    /// The `nodeCount` most mentioned entities of `graph` (ties by id) and the strongest edges between them
    /// (typed relations and co-occurrence, at most three per node).
    public func map(of graph: KnowledgeGraph) -> RelationshipMap {
        let chosen = graph.entities.sorted { a, b in a.weight != b.weight ? a.weight > b.weight : a.id < b.id }
            .prefix(nodeCount)
        let ids = Set(chosen.map(\.id))
        let nodes = chosen.map { e -> RelationshipMap.Node in
            let kind: RelationshipMap.NodeKind
            switch e.type {
            case .person: kind = .person
            case .organization: kind = .organization
            case .place: kind = .place
            case .programme: kind = .programme
            }
            return RelationshipMap.Node(id: e.id, label: e.name, kind: kind, weight: Double(e.weight))
        }
        let candidates = graph.edges
            .filter { ($0.type.isRelation || $0.type == .coOccurs) && ids.contains($0.source) && ids.contains($0.target) }
            .sorted { a, b in
                a.weight != b.weight
                    ? a.weight > b.weight
                    : (a.source, a.target, a.type.rawValue) < (b.source, b.target, b.type.rawValue)
            }
            .prefix(3 * nodeCount)
        let edges = candidates.map {
            RelationshipMap.Edge(source: $0.source, target: $0.target, type: .init($0.type.rawValue), label: $0.label,
                                 weight: Double($0.weight))
        }
        return RelationshipMap(title: "Benchmark map", subtitle: "\(nodes.count) most mentioned entities", nodes: nodes,
                               edges: edges)
    }
}
