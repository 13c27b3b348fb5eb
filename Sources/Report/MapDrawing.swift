import Foundation
import GraphModel
import GraphvizExport

/// Relationship maps for the pages: selected by `KnowledgeGraph.select(_:)`, drawn by libgraphviz as `hindsight graph` draws them,
/// with each node linking to its entity's page and showing its name and roles on hover, then made fit to stand
/// inside a page (see `inline(_:title:)`), with the map's content as a list beside it for those who cannot see it.
struct MapDrawing {
    let context: ReportContext
    let renderer: GraphvizRenderer

    /// A figure with the map and its text alternative, or nil when the map would be empty.
    /// - Throws: `ReportError.mapFailed` when Graphviz fails.
    ///
    /// `routedSplines`: curved lines routed around the nodes (slow: only for the one overview map), else straight.
    func figure(of graph: KnowledgeGraph, query: SubgraphQuery, title: String, engine: LayoutEngine, routedSplines: Bool = true,
                root: String, caption: String, id: String) throws(ReportError) -> String?
    {
        guard let subgraph = try? graph.select(query) else { return nil }
        var map = RelationshipMap(subgraph: subgraph, title: title)
        guard !map.nodes.isEmpty else {
            return nil
        }
        for i in map.nodes.indices {
            let node = map.nodes[i]
            map.nodes[i].label = HTMLText.cleaned(node.label)
            map.nodes[i].url = context.entityHref(node.id, root: root)
            map.nodes[i].tooltip = tooltip(for: node.id, label: map.nodes[i].label)
        }
        map.title = HTMLText.cleaned(map.title)
        map.subtitle = HTMLText.cleaned(map.subtitle)
        for i in map.edges.indices { map.edges[i].label = map.edges[i].label.map(HTMLText.cleaned) }
        let bytes: [UInt8]
        do {
            let writer = DOTWriter(options: .init(engine: engine, legend: true, routedSplinesUpTo: routedSplines ? 40 : 0))
            bytes = try renderer.render(dot: writer.write(map), engine: engine, format: .svg)
        } catch {
            throw .mapFailed(caption, "\(error)")
        }
        let svg = MapDrawing.inline(String(decoding: bytes, as: UTF8.self), title: caption, id: id)
        var html = "<figure class=\"map\" aria-labelledby=\"\(id)-caption\">\n<div class=\"map-frame\">" + svg
            + "</div>\n<figcaption id=\"\(id)-caption\">" + HTMLText.text(caption) + " "
            + "Click a name to open its page; hover over it for its roles.</figcaption>\n"
        html += "<details class=\"map-text\"><summary>The map as a list</summary>\n<ul>"
        let names = Dictionary(map.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for node in map.nodes {
            let links = map.edges.filter { $0.source == node.id || $0.target == node.id }.compactMap { edge -> String? in
                let other = edge.source == node.id ? edge.target : edge.source
                guard let name = names[other] else { return nil }
                let how = edge.type == .coOccurs ? "named together" : (edge.label ?? edge.type.caption)
                return HTMLText.text(name) + " (" + HTMLText.text(how) + ")"
            }
            html += "<li>" + context.entityLink(node.id, root: root)
            if !links.isEmpty { html += ": " + links.joined(separator: ", ") }
            html += "</li>"
        }
        html += "</ul></details>\n</figure>\n"
        return html
    }

    /// "Ada Lovelace (person); roles: analyst at Analytical Society".
    func tooltip(for id: String, label: String) -> String {
        guard let entity = context.graph.entity(id: id) else { return label }
        var text = label + " (" + ReportContext.caption(entity.type).lowercased() + ", "
            + ReportContext.plural(entity.weight, "mention") + ")"
        var roles: [String] = []
        for role in entity.roles {
            var r = role.title
            if let org = role.organization.flatMap({ context.graph.entity(id: $0)?.name }) { r += " at " + org }
            if !roles.contains(r) { roles.append(r) }
        }
        if !roles.isEmpty { text += "\nroles: " + roles.prefix(4).joined(separator: "; ") + (roles.count > 4 ? "; …" : "") }
        return HTMLText.cleaned(text)
    }

    /// Graphviz's SVG document made fit for a page: the XML prolog, doctype and comments removed, the graph's `<title>` replaced by `title`, the generated node and
    /// edge ids dropped from the hover text, and each link's tooltip also given as a `<title>` (what browsers
    /// show on hover and screen readers read).
    static func inline(_ svg: String, title: String, id: String) -> String {
        var text = svg
        if let start = text.firstRange(of: "<svg") { text = String(text[start.lowerBound...]) }
        text = removing(text, from: "<!--", to: "-->")
        // The drawing keeps its natural size (the style sheet shrinks it to the page's width when wider).
        if let end = text.firstIndex(of: ">") {
            let head = String(text[..<end]) + " class=\"graph\" role=\"group\" aria-labelledby=\"\(id)-title\" focusable=\"false\""
            text = head + String(text[end...])
        }
        // The first <title> is the graph's own name.
        if let range = text.range(of: #"<title>[^<]*</title>"#, options: .regularExpression) {
            text.replaceSubrange(range, with: "<title id=\"\(id)-title\">" + HTMLText.text(title) + "</title>")
        }
        // Generated ids: <title>n12</title>, <title>n3&#45;&gt;n7</title>, <title>legend</title>.
        text = text.replacingOccurrences(of: #"<title>(n[0-9]+(&#45;&gt;n[0-9]+)?|legend[_a-z]*)</title>"#, with: "",
                                         options: .regularExpression)
        // Each link's tooltip as a <title> child.
        text = text.replacingOccurrences(of: #"(<a [^>]*xlink:title="([^"]*)"[^>]*>)"#, with: "$1<title>$2</title>",
                                         options: .regularExpression)
        return text
    }

    private static func removing(_ text: String, from open: String, to close: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: open) {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstRange(of: close) else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}
