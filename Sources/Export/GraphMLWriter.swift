import GraphModel

/// Writes the graph as GraphML (`http://graphml.graphdrawing.org/xmlns`), for Gephi, yEd, Cytoscape and networkx.
///
/// A directed graph whose nodes are the entities, events and posts (told apart by the `kind` attribute) and whose
/// edges are the graph's typed, weighted edges. Every attribute is declared by a `<key>` with `attr.name` and
/// `attr.type` (`string`, `int`, `boolean`); a value that is absent is simply left out. Node and edge ids are the
/// graph's own (`person:chris-grayling`), edge ids `e0`, `e1`, ... in the graph's edge order. Every string is
/// escaped by ``XMLText``; characters XML 1.0 cannot carry are dropped.
public struct GraphMLWriter: Sendable {
    public init() {}

    /// The whole export as bytes.
    public func write(_ graph: KnowledgeGraph) -> [UInt8] {
        var out: [UInt8] = []
        write(graph) { out.append(contentsOf: $0) }
        return out
    }

    /// The export in chunks of about `chunkSize` bytes, each handed to `emit` as soon as it is built, so that
    /// a large export never sits in memory whole (nor do its rows: each is made, written and dropped in turn).
    public func write(_ graph: KnowledgeGraph, chunkSize: Int = 1 << 20, emit: ([UInt8]) throws -> Void) rethrows {
        let table = GraphTable(graph)
        var x = XMLText()
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        x.raw("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        x.raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        x.raw(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        x.raw(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for a in GraphTable.nodeAttributes { key(&x, a, for: "node") }
        for a in GraphTable.edgeAttributes { key(&x, a, for: "edge") }
        x.raw("  <graph id=\"hindsight\" edgedefault=\"directed\">\n")
        try table.forEachNode { n in
            x.raw("    <node"); x.attribute("id", n.id); x.raw(">")
            data(&x, n.values, GraphTable.nodeAttributes)
            x.raw("</node>\n")
            if x.bytes.count >= chunkSize { try emit(x.takeBytes()) }
        }
        try table.forEachLink { e in
            x.raw("    <edge"); x.attribute("id", e.id); x.attribute("source", e.source); x.attribute("target", e.target)
            x.raw(">")
            data(&x, e.values, GraphTable.edgeAttributes)
            x.raw("</edge>\n")
            if x.bytes.count >= chunkSize { try emit(x.takeBytes()) }
        }
        x.raw("  </graph>\n</graphml>\n")
        try emit(x.takeBytes())
    }

    private func key(_ x: inout XMLText, _ a: GraphTable.Attribute, for domain: String) {
        x.raw("  <key"); x.attribute("id", a.xmlID); x.attribute("for", domain)
        x.attribute("attr.name", a.name); x.attribute("attr.type", a.type.graphML); x.raw("/>\n")
    }

    private func data(_ x: inout XMLText, _ values: [String: GraphTable.Value], _ attributes: [GraphTable.Attribute]) {
        for a in attributes {
            guard let v = values[a.name] else { continue }
            x.raw("<data"); x.attribute("key", a.xmlID); x.raw(">")
            x.text(v.text)
            x.raw("</data>")
        }
    }
}
