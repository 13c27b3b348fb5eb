import Corpus
import Extraction
@testable import GraphModel
import Testing
@testable import Export

@Suite struct GraphMLWriterTests {
    static let elementNames: Set<String> = ["graphml", "key", "graph", "node", "edge", "data"]

    /// The `<data>` values of a node or edge, by key id.
    static func data(_ e: XMLTree) -> [String: String] {
        Dictionary(e.children("data").map { ($0.attributes["key"] ?? "?", $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func hostileStringsComeBackAsText() throws {
        let graph = TestGraphs.hostile
        let root = try XMLTree.parse(GraphMLWriter().write(graph))
        #expect(root.name == "graphml")
        #expect(root.attributes["xmlns"] == "http://graphml.graphdrawing.org/xmlns")
        let names = Set(root.all.map(\.name))
        #expect(names.isSubset(of: Self.elementNames), "unexpected elements: \(names.subtracting(Self.elementNames))")

        let g = try #require(root.child("graph"))
        #expect(g.attributes["edgedefault"] == "directed")
        let nodes = g.children("node")
        let edges = g.children("edge")
        #expect(nodes.count == graph.entities.count + graph.events.count + 1)
        #expect(edges.count == graph.edges.count)
        #expect(g.children.count == nodes.count + edges.count)

        let byID = Dictionary(nodes.map { ($0.attributes["id"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for e in graph.entities {
            let node = try #require(byID[XMLText.legal(e.id)], "no node for \(e.id.debugDescription)")
            let d = Self.data(node)
            #expect(sameScalars(d["node_label"] ?? "", XMLText.legal(e.name)), "label of \(e.name.debugDescription)")
            #expect(d["node_kind"] == "entity")
            #expect(d["node_type"] == e.type.rawValue)
            #expect(d["node_weight"] == "2" && d["node_mentions"] == "2")
            #expect(sameScalars(d["node_aliases"], XMLText.legal(e.aliases.joined(separator: "; "))))
            #expect(d["node_first_seen"] == "2014-06-01" && d["node_last_seen"] == "2019-05-16")
            // Each node holds only its own data elements: nothing escaped into a sibling.
            #expect(node.children.allSatisfy { $0.name == "data" && $0.children.isEmpty })
        }
        let post = try #require(byID[TestGraphs.postID])
        #expect(sameScalars(Self.data(post)["node_title"], XMLText.legal(Hostile.strings[0])))
        let event = try #require(byID[TestGraphs.eventID])
        #expect(sameScalars(Self.data(event)["node_summary"], XMLText.legal(Hostile.strings.joined(separator: " | "))))
        #expect(Self.data(event)["node_date"] == "2015-04")

        let labels = edges.compactMap { Self.data($0)["edge_label"] }
        let expected = graph.edges.compactMap(\.label).filter { !$0.isEmpty }.map(XMLText.legal)
        #expect(labels.count == graph.edges.compactMap(\.label).count)
        #expect(labels.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
        for (x, e) in zip(edges, graph.edges) {
            #expect(sameScalars(x.attributes["source"], XMLText.legal(e.source)))
            #expect(sameScalars(x.attributes["target"], XMLText.legal(e.target)))
        }
    }

    @Test func attributesAreDeclaredWithTypes() throws {
        let root = try XMLTree.parse(GraphMLWriter().write(TestGraphs.graph(names: ["Alpha", "Beta", "Gamma"])))
        let keys = root.children("key")
        let ids = keys.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == keys.count, "key ids are unique")
        var types: [String: String] = [:]
        for k in keys {
            let name = try #require(k.attributes["attr.name"])
            let type = try #require(k.attributes["attr.type"])
            #expect(["string", "int", "boolean", "double"].contains(type))
            types[(k.attributes["for"] ?? "?") + "." + name] = type
        }
        let expected = [
            "node.label": "string", "node.kind": "string", "node.type": "string", "node.weight": "int",
            "node.mentions": "int", "node.first_seen": "string", "node.last_seen": "string",
            "edge.type": "string", "edge.weight": "int", "edge.label": "string", "edge.first_seen": "string",
            "edge.last_seen": "string", "edge.from_knowledge": "boolean",
        ]
        for (k, v) in expected { #expect(types[k] == v, "\(k)") }
        // No key id that Gephi reads as a built-in (yEd's d3/d7 label ids, or bare `label`/`weight`).
        #expect(Set(ids).isDisjoint(with: ["d3", "d7", "label", "weight", "id"]))

        // Every data element refers to a key declared for its kind of element.
        let declared = Dictionary(keys.map { ($0.attributes["id"]!, $0.attributes["for"]!) }, uniquingKeysWith: { a, _ in a })
        let g = try #require(root.child("graph"))
        for element in g.children {
            for d in element.children("data") {
                #expect(declared[d.attributes["key"] ?? ""] == element.name)
            }
        }
    }

    @Test func everyEdgeEndIsANode() throws {
        let graph = TestGraphs.dangling
        let g = try #require(try XMLTree.parse(GraphMLWriter().write(graph)).child("graph"))
        let nodeIDs = Set(g.children("node").compactMap { $0.attributes["id"] })
        for e in g.children("edge") {
            #expect(nodeIDs.contains(e.attributes["source"] ?? "") && nodeIDs.contains(e.attributes["target"] ?? ""))
        }
        let stub = try #require(g.children("node").first { $0.attributes["id"] == "org:not-in-graph" })
        #expect(Self.data(stub)["node_kind"] == "unresolved")
        let kinds = g.children("node").compactMap { Self.data($0)["node_kind"] }
        #expect(Set(kinds) == ["entity", "event", "post", "unresolved"])
    }

    @Test func outputIsDeterministic() {
        let graph = TestGraphs.hostile
        #expect(GraphMLWriter().write(graph) == GraphMLWriter().write(graph))
    }

    @Test func chunksJoinToTheWholeExport() {
        let whole = GraphMLWriter().write(TestGraphs.hostile)
        var chunks: [[UInt8]] = []
        GraphMLWriter().write(TestGraphs.hostile, chunkSize: 64) { chunks.append($0) }
        #expect(chunks.count > 2)
        #expect(chunks.dropLast().allSatisfy { $0.count >= 64 })
        #expect(Array(chunks.joined()) == whole)
    }

    @Test func emptyGraphIsValid() throws {
        let stats = CorpusStatistics(documents: 0, posts: 0, comments: 0, bytes: 0, entities: 0, dates: 0, events: 0,
                                     edges: 0, firstPost: nil, lastPost: nil)
        let empty = KnowledgeGraph(documents: [], entities: [], dates: [], events: [], edges: [], statistics: stats)
        let root = try XMLTree.parse(GraphMLWriter().write(empty))
        #expect(root.child("graph")?.children.isEmpty == true)
    }
}
