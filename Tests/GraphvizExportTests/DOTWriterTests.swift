import Testing
@testable import GraphvizExport

@Suite("DOTWriter")
struct DOTWriterTests {
    private func lines(_ dot: String, containing text: String) -> [Substring] {
        dot.split(separator: "\n").filter { $0.contains(text) }
    }

    @Test("nodes get generated ids and a shape and fill colour per kind")
    func nodes() {
        let dot = DOTWriter().write(MapFixture.small)
        #expect(dot.hasPrefix("digraph \"relationship_map\" {\n"))
        #expect(dot.hasSuffix("}\n"))
        let ada = lines(dot, containing: "label=\"Ada Example\"")
        #expect(ada.count == 1)
        #expect(ada.first?.hasPrefix("  n0 [") == true)
        #expect(ada.first?.contains("shape=\"ellipse\"") == true)
        #expect(lines(dot, containing: "label=\"Example Agency\"").first?.contains("shape=\"box\"") == true)
        #expect(lines(dot, containing: "label=\"Sampletown\"").first?.contains("shape=\"hexagon\"") == true)
        let looks = Set(RelationshipMap.NodeKind.allCases.map { MapStyle.standard.look(for: $0).shape + MapStyle.standard.look(for: $0).fill })
        #expect(looks.count == RelationshipMap.NodeKind.allCases.count)
        // The heaviest node gets the largest font.
        #expect(lines(dot, containing: "label=\"Example Agency\"").first?.contains("fontsize=20") == true)
    }

    @Test("co-occurrence is undirected and unlabelled; typed relations are labelled with the role or the type")
    func edges() {
        let dot = DOTWriter().write(MapFixture.small)
        let co = lines(dot, containing: "n0 -> n3")
        #expect(co.count == 1)
        #expect(co.first?.contains("dir=none") == true)
        #expect(co.first?.contains("label=") == false)
        #expect(lines(dot, containing: "n0 -> n1").first?.contains("label=\"Chief Executive\"") == true)
        #expect(lines(dot, containing: "n1 -> n2").first?.contains("label=\"operates\"") == true)
        #expect(lines(dot, containing: "n1 -> n4").first?.contains("label=\"participates in\"") == true)
    }

    @Test("line width grows with weight and is capped")
    func penWidth() {
        var map = MapFixture.small
        map.edges[1].weight = 1_000_000
        map.edges[0].weight = .infinity
        map.edges[2].weight = -5
        let dot = DOTWriter().write(map)
        func width(_ edge: String) -> Double? {
            guard let line = lines(dot, containing: edge).first, let r = line.range(of: "penwidth=") else { return nil }
            return Double(line[r.upperBound...].prefix { $0 == "." || $0.isNumber })
        }
        let cap = MapStyle.standard.penWidth.upperBound
        #expect(width("n0 -> n3") == cap)
        #expect(width("n0 -> n1").map { $0 <= cap } == true)
        #expect(width("n1 -> n2") == MapStyle.standard.penWidth.lowerBound)
        let all = dot.split(separator: "\n").compactMap { line -> Double? in
            guard line.contains("->"), let r = line.range(of: "penwidth=") else { return nil }
            return Double(line[r.upperBound...].prefix { $0 == "." || $0.isNumber })
        }
        #expect(all.allSatisfy { $0 <= cap })
    }

    @Test("self-loops and edges to unknown ids are dropped; duplicate node ids keep the first")
    func invalidEdges() {
        var map = MapFixture.small
        map.edges.append(.init(source: "person:ada", target: "person:ada", type: .coOccurs))
        map.edges.append(.init(source: "person:ada", target: "nobody", type: .owns))
        map.nodes.append(.init(id: "person:ada", label: "Second Ada", kind: .place))
        let dot = DOTWriter().write(map)
        #expect(lines(dot, containing: "->").filter { !$0.contains("legend") }.count == 4)
        #expect(!dot.contains("Second Ada"))
        #expect(!dot.contains("nobody"))
    }

    @Test("the legend lists the kinds present, as a cluster for dot and fdp and a table for the other engines",
          arguments: LayoutEngine.allCases)
    func legend(engine: LayoutEngine) {
        let clustered = engine == .dot || engine == .fdp
        /// The legend's own text: the cluster's lines, or the one `legend` node's line.
        func legendText(_ dot: String) -> String? {
            if clustered {
                guard let start = dot.range(of: "  subgraph cluster_legend {\n"),
                      let end = dot.range(of: "\n  }\n", range: start.upperBound..<dot.endIndex) else { return nil }
                return String(dot[start.lowerBound..<end.upperBound])
            }
            let nodes = lines(dot, containing: "  legend [")
            return nodes.count == 1 ? String(nodes[0]) : nil
        }
        func entry(_ caption: String) -> String {
            clustered ? "label=\"\(caption)\"" : ">\(caption)</TD>"
        }

        let all = DOTWriter(options: .init(engine: engine)).write(MapFixture.small)
        let text = legendText(all)
        #expect(text != nil, "\(engine): no legend")
        #expect(all.contains("cluster_legend") == clustered)
        for kind in RelationshipMap.NodeKind.allCases {
            #expect(text?.contains(entry(kind.caption)) == true, "\(engine): \(kind.caption) missing")
        }
        if !clustered {
            // The table also names the relation types drawn, and never the co-occurrence type.
            for caption in ["holds role", "operates", "participates in"] {
                #expect(text?.contains(">\(caption)</FONT></TD>") == true, "\(engine): \(caption) missing")
            }
            #expect(text?.contains("co occurs") == false)
        }

        var people = MapFixture.small
        people.nodes = people.nodes.filter { $0.kind == .person }
        let peopleText = legendText(DOTWriter(options: .init(engine: engine)).write(people))
        #expect(peopleText?.contains(entry("Person")) == true)
        for kind in RelationshipMap.NodeKind.allCases where kind != .person {
            #expect(peopleText?.contains(entry(kind.caption)) == false, "\(engine): \(kind.caption) listed")
        }

        let none = DOTWriter(options: .init(engine: engine, legend: false)).write(MapFixture.small)
        #expect(legendText(none) == nil)
        #expect(!none.contains("Legend"))
        #expect(!none.contains("legend_"))
    }

    @Test("the title and subtitle make the graph label; layout attributes follow the engine")
    func graphAttributes() {
        let dot = DOTWriter(options: .init(engine: .neato)).write(MapFixture.small)
        #expect(dot.contains("label=\"Test corpus\\n2013-01 to 2015-12\""))
        #expect(dot.contains("layout=neato"))
        #expect(dot.contains("overlap=prism"))
        #expect(dot.contains("splines=true"))
        let large = DOTWriter().write(MapFixture.large(100))
        #expect(large.contains("layout=sfdp"))
        #expect(large.contains("splines=line"))
        #expect(!large.contains("curved"))
        var centred = MapFixture.small
        centred.centre = "org:agency"
        let twopi = DOTWriter(options: .init(engine: .twopi)).write(centred)
        #expect(twopi.contains("root=n1"))
        #expect(lines(twopi, containing: "label=\"Example Agency\"").first?.contains("bold") == true)
    }

    @Test("long labels are wrapped at spaces")
    func wrapping() {
        let map = RelationshipMap(nodes: [.init(id: "x", label: "National Offender Management Service Wales", kind: .organization)])
        let dot = DOTWriter().write(map)
        #expect(dot.contains("label=\"National Offender\\nManagement Service\\nWales\""))
    }
}

@Suite struct DOTLinkTests {
    @Test func nodesCarryLinksAndNameTooltipsNeverIds() {
        let map = RelationshipMap(title: "t", nodes: [
            .init(id: "person:ada", label: "Ada", kind: .person, url: "entities/ada.html", tooltip: "Ada\nanalyst"),
            .init(id: "org:soc", label: "Society", kind: .organization, url: "javascript:alert(1)"),
        ], edges: [.init(source: "person:ada", target: "org:soc", type: .coOccurs)])
        let dot = DOTWriter().write(map)
        #expect(dot.contains("tooltip=\"Ada\\nanalyst\", URL=\"entities/ada.html\", target=\"_top\""))
        #expect(dot.contains("tooltip=\"Society\""))
        #expect(!dot.contains("javascript"), "only relative and web links are written")
        #expect(dot.contains("tooltip=\"Ada \u{2013} Society: named together\""))
    }
}
