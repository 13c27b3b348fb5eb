import Corpus
import GraphModel

/// Writes the graph as dynamic GEXF 1.3 (`http://gexf.net/1.3`), so that Gephi can play the network over the years.
///
/// The same nodes and edges as ``GraphMLWriter`` (entities, events and posts; the graph's typed edges), in a
/// directed graph with `mode="dynamic"` and `timeformat="date"`. Each node and edge carries its time interval as
/// `start`/`end` days, both inclusive: an entity from the first to the last day a post mentions it, an event over
/// the period its date covers (`2015-04` runs from 2015-04-01 to 2015-04-30), a post on its publication day, an
/// edge from the first to the last post day it is seen on. What has no day (an undated post, an edge taken from
/// the curated knowledge) has no interval and so is always there. The edge type is also written as the edge's
/// `kind`, which Gephi uses to keep parallel edges of different types apart. Labels and weights are the GEXF
/// `label` and `weight` attributes; everything else is declared under `<attributes>` with its type. Strings are
/// escaped by ``XMLText``; characters XML 1.0 cannot carry are dropped.
public struct GEXFWriter: Sendable {
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
        // `label` and `weight` are GEXF's own attributes; declaring them again would shadow them in some readers.
        let nodeAttributes = GraphTable.nodeAttributes.filter { $0.name != "label" }
        let edgeAttributes = GraphTable.edgeAttributes.filter { $0.name != "label" && $0.name != "weight" }
        var x = XMLText()
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        x.raw("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        x.raw(" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
        x.raw("  <meta>")
        x.element("creator", text: "Hindsight")
        x.element("description", text: "Knowledge graph of a blog corpus: entities, events and posts, with the "
                  + "days each is seen on.")
        x.raw("</meta>\n")
        x.raw("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n")
        declare(&x, nodeAttributes, class: "node")
        declare(&x, edgeAttributes, class: "edge")
        x.raw("    <nodes count=\"\(table.nodeCount)\">\n")
        try table.forEachNode { n in
            x.raw("      <node"); x.attribute("id", n.id); x.attribute("label", n.label)
            span(&x, n.start, n.end)
            x.raw(">")
            values(&x, n.values, nodeAttributes)
            x.raw("</node>\n")
            if x.bytes.count >= chunkSize { try emit(x.takeBytes()) }
        }
        x.raw("    </nodes>\n")
        x.raw("    <edges count=\"\(graph.edges.count)\">\n")
        try table.forEachLink { e in
            x.raw("      <edge"); x.attribute("id", e.id); x.attribute("source", e.source); x.attribute("target", e.target)
            x.attribute("kind", e.type.rawValue)
            x.attribute("weight", String(e.weight))
            if let label = e.label { x.attribute("label", label) }
            span(&x, e.start, e.end)
            x.raw(">")
            values(&x, e.values, edgeAttributes)
            x.raw("</edge>\n")
            if x.bytes.count >= chunkSize { try emit(x.takeBytes()) }
        }
        x.raw("    </edges>\n  </graph>\n</gexf>\n")
        try emit(x.takeBytes())
    }

    private func declare(_ x: inout XMLText, _ attributes: [GraphTable.Attribute], class domain: String) {
        x.raw("    <attributes"); x.attribute("class", domain); x.raw(">\n")
        for a in attributes {
            x.raw("      <attribute"); x.attribute("id", a.xmlID); x.attribute("title", a.name)
            x.attribute("type", a.type.gexf); x.raw("/>\n")
        }
        x.raw("    </attributes>\n")
    }

    private func span(_ x: inout XMLText, _ start: CalendarDay?, _ end: CalendarDay?) {
        let (s, e) = GraphTable.interval(start, end)
        if let s { x.attribute("start", s.iso) }
        if let e { x.attribute("end", e.iso) }
    }

    private func values(_ x: inout XMLText, _ values: [String: GraphTable.Value], _ attributes: [GraphTable.Attribute]) {
        var open = false
        for a in attributes {
            guard let v = values[a.name] else { continue }
            if !open { x.raw("<attvalues>"); open = true }
            x.raw("<attvalue"); x.attribute("for", a.xmlID); x.attribute("value", v.text); x.raw("/>")
        }
        if open { x.raw("</attvalues>") }
    }
}
