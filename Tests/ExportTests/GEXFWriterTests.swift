import Corpus
import Extraction
@testable import GraphModel
import Testing
@testable import Export

@Suite struct GEXFWriterTests {
    static let elementNames: Set<String> = [
        "gexf", "meta", "creator", "description", "graph", "attributes", "attribute", "nodes", "node", "attvalues",
        "attvalue", "edges", "edge",
    ]

    /// The `<attvalue>`s of a node or edge, by attribute id.
    static func values(_ e: XMLTree) -> [String: String] {
        let list = e.child("attvalues")?.children("attvalue") ?? []
        return Dictionary(list.map { ($0.attributes["for"] ?? "?", $0.attributes["value"] ?? "") },
                          uniquingKeysWith: { a, _ in a })
    }

    static func parse(_ graph: KnowledgeGraph) throws -> (root: XMLTree, graph: XMLTree, nodes: [XMLTree], edges: [XMLTree]) {
        let root = try XMLTree.parse(GEXFWriter().write(graph))
        let g = try #require(root.child("graph"))
        return (root, g, g.child("nodes")?.children("node") ?? [], g.child("edges")?.children("edge") ?? [])
    }

    @Test func hostileStringsComeBackAsText() throws {
        let graph = TestGraphs.hostile
        let (root, _, nodes, edges) = try Self.parse(graph)
        #expect(root.name == "gexf")
        let names = Set(root.all.map(\.name))
        #expect(names.isSubset(of: Self.elementNames), "unexpected elements: \(names.subtracting(Self.elementNames))")
        #expect(nodes.count == graph.entities.count + graph.events.count + 1)
        #expect(edges.count == graph.edges.count)

        let byID = Dictionary(nodes.map { ($0.attributes["id"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for e in graph.entities {
            let node = try #require(byID[XMLText.legal(e.id)], "no node for \(e.id.debugDescription)")
            #expect(sameScalars(node.attributes["label"], XMLText.legal(e.name)), "label of \(e.name.debugDescription)")
            let v = Self.values(node)
            #expect(v["node_kind"] == "entity" && v["node_type"] == e.type.rawValue)
            #expect(sameScalars(v["node_aliases"], XMLText.legal(e.aliases.joined(separator: "; "))))
            #expect(node.children.map(\.name) == ["attvalues"])
            #expect(node.text.isEmpty)
        }
        let post = try #require(byID[TestGraphs.postID])
        #expect(sameScalars(post.attributes["label"], XMLText.legal(Hostile.strings[0])))
        let event = try #require(byID[TestGraphs.eventID])
        #expect(sameScalars(Self.values(event)["node_summary"], XMLText.legal(Hostile.strings.joined(separator: " | "))))
        #expect(sameScalars(Self.values(event)["node_trigger"], XMLText.legal(Hostile.strings[0])))

        for (x, e) in zip(edges, graph.edges) {
            #expect(sameScalars(x.attributes["source"], XMLText.legal(e.source)))
            #expect(sameScalars(x.attributes["target"], XMLText.legal(e.target)))
            #expect(sameScalars(x.attributes["label"], e.label.map(XMLText.legal)))
        }
    }

    @Test func isDynamicWithDateIntervals() throws {
        let graph = TestGraphs.graph(names: ["Alpha", "Beta"])
        let (root, g, nodes, edges) = try Self.parse(graph)
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3" && root.attributes["version"] == "1.3")
        #expect(g.attributes["mode"] == "dynamic")
        #expect(g.attributes["timeformat"] == "date")
        #expect(g.attributes["defaultedgetype"] == "directed")

        let byID = Dictionary(nodes.map { ($0.attributes["id"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let alpha = try #require(byID[graph.entities[0].id])
        #expect(alpha.attributes["start"] == "2014-06-01" && alpha.attributes["end"] == "2019-05-16")
        // An event lives over the period its date covers: April 2015.
        let event = try #require(byID[TestGraphs.eventID])
        #expect(event.attributes["start"] == "2015-04-01" && event.attributes["end"] == "2015-04-30")
        let post = try #require(byID[TestGraphs.postID])
        #expect(post.attributes["start"] == "2014-06-01" && post.attributes["end"] == "2014-06-01")

        for (x, e) in zip(edges, graph.edges) {
            #expect(x.attributes["kind"] == e.type.rawValue)
            #expect(x.attributes["weight"] == String(e.weight))
            #expect(x.attributes["start"] == e.firstSeen?.iso)
            #expect(x.attributes["end"] == e.lastSeen?.iso)
            #expect(Self.values(x)["edge_type"] == e.type.rawValue)
        }
        // Knowledge edges have no day: no interval, so always present.
        #expect(edges.contains { $0.attributes["kind"] == "holds_role" && $0.attributes["start"] == nil })
    }

    @Test func attributesAreDeclaredForEveryValue() throws {
        let (_, g, nodes, edges) = try Self.parse(TestGraphs.dangling)
        var declared: [String: [String: String]] = [:]
        for a in g.children("attributes") {
            let cls = try #require(a.attributes["class"])
            for attribute in a.children("attribute") {
                let id = try #require(attribute.attributes["id"])
                #expect(attribute.attributes["title"] != nil)
                let type = try #require(attribute.attributes["type"])
                #expect(["string", "integer", "boolean", "double"].contains(type))
                declared[cls, default: [:]][id] = type
            }
        }
        #expect(declared["node"]?["node_weight"] == "integer")
        #expect(declared["node"]?["node_kind"] == "string")
        #expect(declared["edge"]?["edge_from_knowledge"] == "boolean")
        // GEXF's own label and weight are not declared again.
        #expect(declared["node"]?["node_label"] == nil && declared["edge"]?["edge_weight"] == nil)
        for (cls, elements) in [("node", nodes), ("edge", edges)] {
            for e in elements {
                for (key, value) in Self.values(e) {
                    let type = try #require(declared[cls]?[key], "\(key) is not declared for \(cls)")
                    if type == "integer" { #expect(Int(value) != nil) }
                    if type == "boolean" { #expect(value == "true" || value == "false") }
                }
            }
        }
        let ids = Set(nodes.compactMap { $0.attributes["id"] })
        for e in edges { #expect(ids.contains(e.attributes["source"] ?? "") && ids.contains(e.attributes["target"] ?? "")) }
        #expect(g.child("nodes")?.attributes["count"] == String(nodes.count))
    }

    @Test func outputIsDeterministic() {
        let graph = TestGraphs.hostile
        #expect(GEXFWriter().write(graph) == GEXFWriter().write(graph))
    }

    @Test func chunksJoinToTheWholeExport() {
        let whole = GEXFWriter().write(TestGraphs.hostile)
        var chunks: [[UInt8]] = []
        GEXFWriter().write(TestGraphs.hostile, chunkSize: 64) { chunks.append($0) }
        #expect(chunks.count > 2)
        #expect(chunks.dropLast().allSatisfy { $0.count >= 64 })
        #expect(Array(chunks.joined()) == whole)
    }
}
