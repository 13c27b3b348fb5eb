import Corpus
import Extraction
@testable import GraphModel
import Testing
@testable import GraphvizExport

/// A small hand-made knowledge graph:
///
///     F ─ A ═ B ─ C ─ D ─ E        G alone;  H ─ A
///
/// (A holds two roles at B; co-occurrence weights A–B 5, B–C 3, C–D 2, D–E 1, A–F 1, A–H 1.)
private enum Cast {
    static func day(_ iso: String) -> CalendarDay { TemporalValue.parse(iso)!.start }

    static func entity(_ name: String, _ type: EntityType, mentions: Int, aliases: [String] = [],
                       kind: PassageKind = .body, on date: String = "2014-06-01") -> Entity {
        let source = SourceRef(document: "a.txt", line: 1, kind: kind, post: "post:" + date)
        return Entity(id: type.id(for: name), type: type, name: name, aliases: aliases,
                      mentions: Array(repeating: MentionRecord(text: name, source: source, postDate: day(date)),
                                      count: mentions),
                      knowledgeID: nil, roles: [], firstSeen: day(date), lastSeen: day(date))
    }

    static let a = entity("Ann Alpha", .person, mentions: 10)
    static let b = entity("Beta Services", .organization, mentions: 8)
    static let c = entity("Gamma Trust", .organization, mentions: 6)
    static let d = entity("Dan Delta", .person, mentions: 4, kind: .comment)
    static let e = entity("Epsilon", .place, mentions: 2, on: "2016-03-01")
    static let f = entity("Phi Plan", .programme, mentions: 1)
    static let g = entity("Gus Gamma", .person, mentions: 3)
    static let h = entity("Harold Eta", .person, mentions: 5, aliases: ["Hal"])

    static func edge(_ x: Entity, _ y: Entity, _ type: EdgeType, _ weight: Int, label: String? = nil,
                     kind: PassageKind = .body, on date: String = "2014-06-01") -> Edge {
        let sources = (0..<weight).map { SourceRef(document: "a.txt", line: $0 + 1, kind: kind, post: "post:" + date) }
        return Edge(source: x.id, target: y.id, type: type, weight: weight, label: label, firstSeen: day(date),
                    lastSeen: day(date), sources: sources, fromKnowledge: false)
    }

    static var graph: KnowledgeGraph { graph(adding: []) }

    static func graph(adding extraEdges: [Edge]) -> KnowledgeGraph {
        let entities = [a, b, c, d, e, f, g, h]
        let edges = extraEdges + [
            edge(a, b, .coOccurs, 5), edge(b, c, .coOccurs, 3), edge(c, d, .coOccurs, 2, kind: .comment),
            edge(d, e, .coOccurs, 1, on: "2016-03-01"), edge(a, f, .coOccurs, 1), edge(h, a, .coOccurs, 1),
            edge(a, b, .holdsRole, 1, label: "Chief Executive"), edge(a, b, .holdsRole, 1, label: "Head"),
            edge(b, c, .owns, 1),
        ]
        let posts = ["2014-06-01", "2016-03-01"].map { date in
            PostNode(id: "post:" + date, document: "a.txt", title: nil, published: day(date), publishedInferred: false,
                     firstLine: 1, lastLine: 10, commentCount: 0)
        }
        let events = [
            Event(id: "event:split", date: TemporalValue.parse("2014-06")!, summary: "Beta Services took over the work",
                  trigger: "took over", participants: [b.id, a.id],
                  sources: [SourceRef(document: "a.txt", line: 3, kind: .body, post: "post:2014-06-01")]),
        ]
        return KnowledgeGraph(
            documents: [DocumentNode(id: "doc:a", path: "a.txt", duplicatePaths: [], format: "text", lineCount: 10,
                                     posts: posts)],
            entities: entities, dates: [], events: events, edges: edges,
            statistics: CorpusStatistics(documents: 1, posts: 2, comments: 0, bytes: 0, entities: entities.count,
                                         dates: 0, events: events.count, edges: edges.count,
                                         firstPost: day("2014-06-01"), lastPost: day("2016-03-01")))
    }
}

/// What `KnowledgeGraph.select(_:)` chooses, as the map built from it shows it.
func selectedMap(_ query: SubgraphQuery, _ graph: KnowledgeGraph) throws -> RelationshipMap {
    RelationshipMap(subgraph: try graph.select(query))
}

@Suite("Subgraph selection, drawn as a map")
struct SubgraphMapTests {
    private func names(_ options: SubgraphQuery) throws -> Set<String> {
        Set(try selectedMap(options, Cast.graph).nodes.map(\.label))
    }

    @Test("by default every entity is shown, heaviest first, with its kind and weight")
    func overview() throws {
        let map = try selectedMap(.init(), Cast.graph)
        #expect(map.nodes.map(\.label) == ["Ann Alpha", "Beta Services", "Gamma Trust", "Harold Eta", "Dan Delta",
                                           "Gus Gamma", "Epsilon", "Phi Plan"])
        #expect(map.nodes.first?.kind == .person)
        #expect(map.nodes.first?.weight == 10)
        #expect(map.centre == nil)
        #expect(map.title == "Relationship map")
        #expect(map.subtitle.hasPrefix("2014-06-01 to 2016-03-01 · 8 entities"))
    }

    @Test("top N keeps the N heaviest")
    func topN() throws {
        #expect(try names(.init(top: 3)) == ["Ann Alpha", "Beta Services", "Gamma Trust"])
        #expect(try names(.init(top: 0)).isEmpty)
        let map = try selectedMap(.init(top: 3), Cast.graph)
        #expect(map.subtitle.contains("3 of 8 entities"))
        #expect(map.edges.allSatisfy { e in map.nodes.contains { $0.id == e.source } && map.nodes.contains { $0.id == e.target } })
    }

    @Test("focus and depth give the ego network; the focus is found by name or alias")
    func focus() throws {
        #expect(try names(.init(focus: "Ann Alpha", depth: 0)) == ["Ann Alpha"])
        #expect(try names(.init(focus: "ann alpha", depth: 1)) == ["Ann Alpha", "Beta Services", "Phi Plan", "Harold Eta"])
        #expect(try names(.init(focus: Cast.a.id, depth: 2)) == ["Ann Alpha", "Beta Services", "Phi Plan", "Harold Eta",
                                                                 "Gamma Trust"])
        #expect(try names(.init(focus: "Hal", depth: 1)) == ["Harold Eta", "Ann Alpha"])
        #expect(try names(.init(focus: "Gus Gamma", depth: 3)) == ["Gus Gamma"])
        let map = try selectedMap(.init(focus: "Hal"), Cast.graph)
        #expect(map.centre == Cast.h.id)
        #expect(map.subtitle.contains("around Harold Eta (depth 1)"))
    }

    @Test("with focus and top N, the focus always stays")
    func focusAndTop() throws {
        #expect(try names(.init(top: 2, focus: "Dan Delta", depth: 1)) == ["Gamma Trust", "Dan Delta"])
        #expect(try names(.init(top: 1, focus: "Epsilon", depth: 2)) == ["Epsilon"])
        #expect(try names(.init(top: 2, focus: "Phi Plan", depth: 2)) == ["Ann Alpha", "Phi Plan"])
    }

    @Test("types and minimum weight filter nodes and co-occurrences; the focus survives its type filter")
    func typesAndWeight() throws {
        #expect(try names(.init(types: [.organization])) == ["Beta Services", "Gamma Trust"])
        #expect(try names(.init(focus: "Ann Alpha", types: [.organization])) == ["Ann Alpha", "Beta Services"])
        let map = try selectedMap(.init(minWeight: 3), Cast.graph)
        #expect(Set(map.nodes.map(\.label)) == ["Ann Alpha", "Beta Services", "Gamma Trust", "Dan Delta", "Harold Eta",
                                                "Gus Gamma"])
        let coOccurrences = map.edges.filter { $0.type == .coOccurs }
        #expect(coOccurrences.map(\.weight).sorted() == [3, 5])
        // Stated relations are kept whatever their weight.
        #expect(map.edges.contains { $0.type == .owns })
    }

    @Test("parallel relations are merged, with their labels joined")
    func merged() throws {
        let map = try selectedMap(.init(), Cast.graph)
        let roles = map.edges.filter { $0.type == .holdsRole }
        #expect(roles.count == 1)
        #expect(roles.first?.label == "Chief Executive; Head")
        #expect(roles.first?.weight == 2)
        #expect(map.edges.filter { $0.type == .coOccurs }.count == 6)
    }

    @Test("each node keeps only its strongest co-occurrences")
    func backbone() throws {
        let map = try selectedMap(.init(coOccurrencePerNode: 1), Cast.graph)
        let pairs = Set(map.edges.filter { $0.type == .coOccurs }.map { [$0.source, $0.target].sorted().joined(separator: "|") })
        // A's strongest is B; F and H have only A; C's strongest is B; D's is C; E's is D.
        #expect(pairs.count == 6)
        let none = try selectedMap(.init(coOccurrencePerNode: 0), Cast.graph)
        #expect(none.edges.allSatisfy { $0.type != .coOccurs })
        #expect(none.edges.contains { $0.type == .holdsRole })
    }

    @Test("the time window and the comment filter change what is seen")
    func windowAndComments() throws {
        let to2015 = try names(.init(to: TemporalValue.parse("2015")!))
        #expect(!to2015.contains("Epsilon"))
        #expect(to2015.contains("Ann Alpha"))
        #expect(try names(.init(from: TemporalValue.parse("2016")!)) == ["Epsilon"])
        let noComments = try selectedMap(.init(excludeComments: true), Cast.graph)
        #expect(!noComments.nodes.contains { $0.label == "Dan Delta" })
        #expect(noComments.subtitle.contains("comments excluded"))
        #expect(throws: SubgraphQueryError.focusOutsideSelection("Epsilon")) {
            _ = try selectedMap(.init(focus: "Epsilon", to: TemporalValue.parse("2015")!), Cast.graph)
        }
    }

    @Test("events appear when asked for, linked to their participants")
    func events() throws {
        let map = try selectedMap(.init(includeEvents: true), Cast.graph)
        let event = try #require(map.nodes.first { $0.kind == .event })
        #expect(event.label == "2014-06 Beta Services took over the work")
        #expect(map.edges.filter { $0.target == event.id && $0.type == .participatesIn }.count == 2)
        #expect(try selectedMap(.init(), Cast.graph).nodes.allSatisfy { $0.kind != .event })
    }

    @Test("filters combine: each gives exactly the expected nodes")
    func exactNodeSets() throws {
        let before2016 = TemporalValue.parse("2015")!
        #expect(try names(.init(to: before2016)) == ["Ann Alpha", "Beta Services", "Gamma Trust", "Dan Delta",
                                                     "Phi Plan", "Gus Gamma", "Harold Eta"])
        #expect(try names(.init(excludeComments: true)) == ["Ann Alpha", "Beta Services", "Gamma Trust", "Epsilon",
                                                            "Phi Plan", "Gus Gamma", "Harold Eta"])
        // D–E is only seen in 2016: before that, D's only link is C.
        #expect(try names(.init(focus: "Dan Delta", depth: 1, to: before2016)) == ["Dan Delta", "Gamma Trust"])
        // Without comments C–D is gone, so two steps from C reach B and A only.
        #expect(try names(.init(focus: "Gamma Trust", depth: 2, excludeComments: true)) ==
                ["Gamma Trust", "Beta Services", "Ann Alpha"])
        // Minimum weight 2 drops F (1 mention) and the weight-1 co-occurrence H–A; A keeps B (co-occurrence 5
        // and the stated role).
        #expect(try names(.init(minWeight: 2, focus: "Ann Alpha", depth: 1)) == ["Ann Alpha", "Beta Services"])
        #expect(try names(.init(top: 2, types: [.person])) == ["Ann Alpha", "Harold Eta"])
        #expect(try names(.init(top: 3, minWeight: 5)) == ["Ann Alpha", "Beta Services", "Gamma Trust"])
        #expect(try names(.init(minWeight: 6)) == ["Ann Alpha", "Beta Services", "Gamma Trust"])
        // Depth large enough reaches the whole component, never G.
        #expect(try names(.init(focus: "Epsilon", depth: 9)) == ["Epsilon", "Dan Delta", "Gamma Trust",
                                                                 "Beta Services", "Ann Alpha", "Phi Plan",
                                                                 "Harold Eta"])
    }

    @Test("the most connected entity counts distinct neighbours, not mentions")
    func mostConnected() throws {
        #expect(Cast.graph.entityDegrees()[Cast.a.id] == 3)  // B (twice: co-occurrence and role), F, H
        #expect(Cast.graph.entityDegrees()[Cast.g.id] == nil)
        #expect(Cast.graph.mostConnectedEntity()?.name == "Ann Alpha")
        #expect(Cast.graph.mostConnectedEntity(ofType: .organization)?.name == "Beta Services")  // ties C, more mentions
        #expect(Cast.graph.mostConnectedEntity(ofType: .place)?.name == "Epsilon")
        // Give H (5 mentions) four more neighbours: now H, not the more mentioned A, is the most connected person.
        let busier = Cast.graph(adding: [Cast.c, Cast.d, Cast.e, Cast.g].map { Cast.edge(Cast.h, $0, .coOccurs, 1) })
        #expect(busier.mostConnectedEntity(ofType: .person)?.name == "Harold Eta")
        #expect(busier.mostConnectedEntity(ofType: .person)?.weight ?? 0 < Cast.a.weight)
    }

    @Test("the map can centre on the most connected entity of a kind, after the filters")
    func focusMostConnected() throws {
        let map = try selectedMap(.init(focusMostConnected: .person), Cast.graph)
        #expect(map.centre == Cast.a.id)
        #expect(Set(map.nodes.map(\.label)) == ["Ann Alpha", "Beta Services", "Phi Plan", "Harold Eta"])
        #expect(map.subtitle.contains("around Ann Alpha (depth 1)"))
        let busier = Cast.graph(adding: [Cast.c, Cast.d, Cast.e, Cast.g].map { Cast.edge(Cast.h, $0, .coOccurs, 1) })
        let centred = try selectedMap(.init(focusMostConnected: .person), busier)
        #expect(centred.centre == Cast.h.id)
        // An explicit focus wins.
        #expect(try selectedMap(.init(focus: "Gus Gamma", focusMostConnected: .person), busier)
            .centre == Cast.g.id)
        // From 2016 only E is seen, and its one link (to D) went with D's 2014 mentions.
        #expect(throws: SubgraphQueryError.noConnectedEntity("place")) {
            _ = try selectedMap(.init(from: TemporalValue.parse("2016")!, focusMostConnected: .place), Cast.graph)
        }
    }

    @Test("an unknown focus suggests the closest names")
    func suggestions() throws {
        func suggested(_ query: String) -> [String] {
            do {
                _ = try selectedMap(.init(focus: query), Cast.graph)
            } catch let SubgraphQueryError.unknownFocus(unknown) {
                return unknown.suggestions
            } catch {
                Issue.record("unexpected \(error)")
            }
            return []
        }
        #expect(suggested("Alpha Ann").first == "Ann Alpha")     // a word in common
        #expect(suggested("Beta").first == "Beta Services")      // contained
        #expect(suggested("Gama Trust").first == "Gamma Trust")  // a typing mistake
        #expect(suggested("Harald").first == "Harold Eta")       // one word, one mistake
        #expect(Set(suggested("Gamma")) == ["Gamma Trust", "Gus Gamma"])
        #expect(suggested("Zebra Crossing Quango").isEmpty)
        let description = SubgraphQueryError.unknownFocus(UnknownEntity("Gama Trust", suggestions: ["Gamma Trust"])).description
        #expect(description == "no entity is called 'Gama Trust'; did you mean 'Gamma Trust'?")
    }

    @Test("bad options are typed errors")
    func errors() {
        #expect(throws: SubgraphQueryError.unknownFocus(UnknownEntity("Nobody", suggestions: []))) {
            _ = try selectedMap(.init(focus: "Nobody"), Cast.graph)
        }
        #expect(throws: SubgraphQueryError.emptyWindow(from: "2016", to: "2015")) {
            _ = try selectedMap(.init(from: TemporalValue.parse("2016")!, to: TemporalValue.parse("2015")!), Cast.graph)
        }
        #expect(throws: SubgraphQueryError.self) { _ = try selectedMap(.init(depth: -1), Cast.graph) }
        #expect(throws: UnknownNodeKind("animals")) { _ = try RelationshipMap.NodeKind.parseList("person,animals") }
    }

    @Test("type lists parse in either spelling")
    func typeLists() throws {
        #expect(try RelationshipMap.NodeKind.parseList("people, Organisations,program,event") ==
                [.person, .organization, .programme, .event])
    }

    @Test("a built map renders to SVG")
    func renders() throws {
        let map = try selectedMap(.init(includeEvents: true), Cast.graph)
        let svg = SVGInspector(try GraphvizRenderer.shared().render(map, format: .svg))
        #expect(svg.parsed)
        #expect(svg.words.contains("Alpha"))
        #expect(svg.words.contains("Chief"))
    }
}
