@testable import GraphvizExport

/// Hand-made maps for the tests.
enum MapFixture {
    /// Five nodes, one of each kind, with a co-occurrence and typed relations.
    static var small: RelationshipMap {
        RelationshipMap(
            title: "Test corpus", subtitle: "2013-01 to 2015-12",
            nodes: [
                .init(id: "person:ada", label: "Ada Example", kind: .person, weight: 12),
                .init(id: "org:agency", label: "Example Agency", kind: .organization, weight: 30),
                .init(id: "place:town", label: "Sampletown", kind: .place, weight: 4),
                .init(id: "programme:plan", label: "The Grand Plan", kind: .programme, weight: 9),
                .init(id: "event:e1", label: "2014-06 The split", kind: .event, weight: 2),
            ],
            edges: [
                .init(source: "person:ada", target: "org:agency", type: .holdsRole, label: "Chief Executive", weight: 3),
                .init(source: "person:ada", target: "programme:plan", type: .coOccurs, weight: 7),
                .init(source: "org:agency", target: "place:town", type: .operates, weight: 1),
                .init(source: "org:agency", target: "event:e1", type: .participatesIn, weight: 2),
            ])
    }

    /// `count` nodes of mixed kinds in a connected, moderately dense pattern (deterministic).
    static func large(_ count: Int) -> RelationshipMap {
        var generator = SplitMix(seed: 7)
        let kinds = RelationshipMap.NodeKind.allCases
        let nodes = (0..<count).map { i in
            RelationshipMap.Node(id: "node:\(i)", label: "Entity number \(i) of the map", kind: kinds[i % kinds.count],
                                 weight: Double(generator.next(below: 50) + 1))
        }
        var edges: [RelationshipMap.Edge] = []
        for i in 1..<max(1, count) {
            edges.append(.init(source: "node:\(generator.next(below: i))", target: "node:\(i)", type: .coOccurs,
                               weight: Double(generator.next(below: 20) + 1)))
            if generator.next(below: 2) == 0 {
                let a = generator.next(below: count), b = generator.next(below: count)
                edges.append(.init(source: "node:\(a)", target: "node:\(b)", type: .memberOf, weight: 1))
            }
        }
        return RelationshipMap(title: "Large", subtitle: "\(count) nodes", nodes: nodes, edges: edges)
    }

    /// A map whose every name is `name`: node labels, an edge label, the title and the subtitle.
    static func hostile(_ name: String) -> RelationshipMap {
        RelationshipMap(
            title: name, subtitle: name,
            nodes: [
                .init(id: "a", label: name, kind: .person, weight: 2),
                .init(id: name, label: name, kind: .organization, weight: 1),
            ],
            edges: [.init(source: "a", target: name, type: .holdsRole, label: name, weight: 1)])
    }
}

/// A tiny deterministic random number generator for fixtures.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}
