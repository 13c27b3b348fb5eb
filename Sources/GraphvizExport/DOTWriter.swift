/// Writes a `RelationshipMap` as a Graphviz DOT digraph, styled by node kind and relation type.
///
/// - Every name goes through `DOTEscaping`, and nodes get generated ids (`n0`, `n1`, ...), so no input text is ever
///   a DOT identifier, an attribute name or markup.
/// - Nodes: a shape and fill colour per kind; font size grows with weight (square-root scale).
/// - Edges: co-occurrences are undirected, grey and unlabelled; typed relations are directed, coloured by type and
///   labelled with their `label` (the role) or the type's caption. Line width grows with weight (square-root scale,
///   capped at `MapStyle.penWidth.upperBound`). Self-loops and edges to unknown node ids are dropped.
/// - Hovering shows names, never the generated ids: a node's `tooltip` (else its label), an edge's `tooltip` (else
///   "Ada Lovelace – Analytical Society: named together"). A node's `url` becomes a link in SVG output
///   (`URL` with `target="_top"`), so a map embedded in a web page can open the entity's page.
/// - A legend shows the node kinds present (and, where there is room, the relation types): for `dot` and `fdp`,
///   which draw clusters, the cluster subgraph `cluster_legend` with a sample node per kind; for the other engines,
///   which scatter a cluster's nodes, a single `legend` node holding a table of colour swatches. The graph label
///   carries the title and subtitle.
/// - Layout attributes are chosen for the engine (`overlap=prism` for the force-directed ones, obstacle-avoiding
///   splines only on maps small enough for them to stay fast).
public struct DOTWriter: Sendable {
    /// What to write besides the map itself.
    public struct Options: Sendable, Hashable {
        /// The engine the DOT is meant for; written as the `layout` attribute and used to pick layout attributes.
        public var engine: LayoutEngine
        /// Whether to draw the legend cluster.
        public var legend: Bool
        /// Maps with at most this many nodes (and three times as many edges) get curved edges routed around the
        /// nodes (`splines=true`); larger ones get straight lines drawn under the nodes, because spline routing
        /// grows too slow beyond a few dozen nodes. (`splines=curved` is no alternative: Graphviz 2.42 enumerates
        /// the graph's cycles for it, which takes minutes on a dense map.)
        public var routedSplinesUpTo: Int

        public init(engine: LayoutEngine = .default, legend: Bool = true, routedSplinesUpTo: Int = 40) {
            self.engine = engine
            self.legend = legend
            self.routedSplinesUpTo = routedSplinesUpTo
        }
    }

    public var options: Options
    public var style: MapStyle

    public init(options: Options = Options(), style: MapStyle = .standard) {
        self.options = options
        self.style = style
    }

    /// The DOT text for `map`.
    public func write(_ map: RelationshipMap) -> String {
        var out = "digraph \"relationship_map\" {\n"

        // Nodes: first occurrence of each id wins.
        var dotID: [String: String] = [:]
        var nodes: [RelationshipMap.Node] = []
        for node in map.nodes where dotID[node.id] == nil {
            dotID[node.id] = "n\(nodes.count)"
            nodes.append(node)
        }
        let edges = map.edges.filter { edge in
            edge.source != edge.target && dotID[edge.source] != nil && dotID[edge.target] != nil
        }

        writeGraphAttributes(of: map, nodeCount: nodes.count, edgeCount: edges.count, into: &out)

        let maxNodeWeight = nodes.map { finite($0.weight) }.max() ?? 0
        for node in nodes {
            writeNode(node, id: dotID[node.id]!, maxWeight: maxNodeWeight, isCentre: node.id == map.centre,
                      into: &out)
        }

        let maxEdgeWeight = edges.map { finite($0.weight) }.max() ?? 0
        let labels = Dictionary(nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for edge in edges {
            let tooltip = edge.tooltip ?? DOTWriter.edgeTooltip(edge, source: labels[edge.source] ?? "",
                                                                 target: labels[edge.target] ?? "")
            writeEdge(edge, from: dotID[edge.source]!, to: dotID[edge.target]!, maxWeight: maxEdgeWeight,
                      tooltip: tooltip, into: &out)
        }

        if options.legend {
            let present = Set(nodes.map(\.kind))
            let kinds = RelationshipMap.NodeKind.allCases.filter { present.contains($0) }
            let relations = Set(edges.map(\.type).filter(\.isTyped)).sorted()
            writeLegend(kinds: kinds, relations: relations, hasCoOccurrence: edges.contains { !$0.type.isTyped },
                        hasKnown: edges.contains(where: \.known), into: &out)
        }
        out += "}\n"
        return out
    }

    // MARK: Graph

    private func writeGraphAttributes(of map: RelationshipMap, nodeCount: Int, edgeCount: Int,
                                      into out: inout String) {
        let font = DOTEscaping.quoted(style.fontName)
        var graph: [(String, String)] = [
            ("layout", options.engine.rawValue),
            ("charset", "\"UTF-8\""),
            ("bgcolor", "\"white\""),
            ("fontname", font),
            ("fontsize", "20"),
            ("labelloc", "t"),
            ("labeljust", "c"),
            ("pad", "\"0.3\""),
            ("outputorder", "edgesfirst"),
        ]
        let titleLines = [map.title, map.subtitle].map(DOTEscaping.escaped).filter { !$0.isEmpty }
        if !titleLines.isEmpty {
            graph.append(("label", "\"" + titleLines.joined(separator: "\\n") + "\""))
        }
        let routed = nodeCount <= options.routedSplinesUpTo && edgeCount <= 3 * options.routedSplinesUpTo
        let splines = routed ? "true" : "line"
        switch options.engine {
        case .dot:
            graph += [("rankdir", "LR"), ("ranksep", "\"0.6\""), ("nodesep", "\"0.25\""), ("splines", "true"),
                      ("newrank", "true")]
        case .neato:
            graph += [("overlap", "prism"), ("overlap_scaling", "\"-4\""), ("sep", "\"+6\""), ("esep", "\"+3\""),
                      ("splines", splines), ("mode", "major"), ("pack", "true")]
        case .fdp:
            graph += [("overlap", "prism"), ("sep", "\"+6\""), ("esep", "\"+3\""), ("splines", splines),
                      ("K", "\"0.9\"")]
        case .sfdp:
            graph += [("overlap", "prism"), ("overlap_scaling", "\"-4\""), ("sep", "\"+6\""), ("esep", "\"+3\""),
                      ("splines", splines), ("repulsiveforce", "\"1.2\""), ("pack", "true")]
        case .circo:
            graph += [("overlap", "false"), ("mindist", "\"0.6\""), ("splines", splines)]
        case .twopi:
            graph += [("overlap", "prism"), ("ranksep", "\"1.4\""), ("splines", splines)]
            if let centre = map.centre, map.nodes.contains(where: { $0.id == centre }) {
                // Graphviz wants the root's node name; ids are generated, so look it up again.
                if let index = uniqueIndex(of: centre, in: map.nodes) {
                    graph.append(("root", "n\(index)"))
                }
            }
        }
        out += "  graph [" + graph.map { $0.0 + "=" + $0.1 }.joined(separator: ", ") + "];\n"
        out += "  node [style=filled, fontname=\(font), fontsize=\(format(style.nodeFontSize.lowerBound)), "
            + "color=\"#4d4d4d\", penwidth=0.8, margin=\"0.10,0.04\"];\n"
        out += "  edge [fontname=\(font), fontsize=8, arrowsize=0.6];\n"
    }

    /// Index of `id` among the first occurrences of the map's node ids (the `n<index>` name it is written under).
    private func uniqueIndex(of id: String, in nodes: [RelationshipMap.Node]) -> Int? {
        var seen = Set<String>()
        for node in nodes where seen.insert(node.id).inserted {
            if node.id == id { return seen.count - 1 }
        }
        return nil
    }

    // MARK: Nodes and edges

    private func writeNode(_ node: RelationshipMap.Node, id: String, maxWeight: Double, isCentre: Bool,
                           into out: inout String) {
        let look = style.look(for: node.kind)
        let share = maxWeight > 0 ? (finite(node.weight) / maxWeight).squareRoot() : 0
        let size = style.nodeFontSize.lowerBound + (style.nodeFontSize.upperBound - style.nodeFontSize.lowerBound) * share
        let styleWords = ["filled", look.extraStyle, isCentre ? "bold" : nil].compactMap { $0 }.joined(separator: ",")
        var attributes = [
            "label=" + labelString(node.label),
            "shape=" + DOTEscaping.quoted(look.shape),
            "style=" + DOTEscaping.quoted(styleWords),
            "fillcolor=" + DOTEscaping.quoted(look.fill),
            "fontsize=" + format(size),
        ]
        if isCentre { attributes.append("penwidth=2.5") }
        attributes.append("tooltip=" + DOTEscaping.quoted(node.tooltip ?? node.label))
        if let url = node.url, let safe = DOTWriter.safeURL(url) {
            attributes += ["URL=" + DOTEscaping.quoted(safe), "target=\"_top\""]
        }
        out += "  \(id) [" + attributes.joined(separator: ", ") + "];\n"
    }

    /// "Ada – Analytical Society: named together" or "Ada → Analytical Society: member of".
    static func edgeTooltip(_ edge: RelationshipMap.Edge, source: String, target: String) -> String {
        if edge.type.isTyped {
            let what = edge.label.flatMap { $0.isEmpty ? nil : $0 } ?? edge.type.caption
            return source + " \u{2192} " + target + ": " + what
        }
        return source + " \u{2013} " + target + ": named together"
    }

    /// A link Graphviz may write as is: relative paths and http(s) addresses made of URL characters only (no
    /// backslash, which Graphviz would read as an escape, no quote, space or angle bracket, no `javascript:`).
    static func safeURL(_ url: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#[]@!$&()*+,;=%:")
        guard !url.isEmpty, url.allSatisfy(allowed.contains) else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") {
            let scheme = url[..<colon].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
        }
        return url
    }

    private func writeEdge(_ edge: RelationshipMap.Edge, from source: String, to target: String, maxWeight: Double,
                           tooltip: String, into out: inout String) {
        let look = style.look(for: edge.type)
        let share = maxWeight > 0 ? (finite(edge.weight) / maxWeight).squareRoot() : 0
        let width = min(style.penWidth.upperBound,
                        style.penWidth.lowerBound + (style.penWidth.upperBound - style.penWidth.lowerBound) * share)
        var attributes = [
            "color=" + DOTEscaping.quoted(look.color),
            "penwidth=" + format(width),
        ]
        if edge.known {
            // known from Entities/ only, not stated in the corpus
            attributes.append("style=\"dashed\"")
        } else if look.line != "solid" { attributes.append("style=" + DOTEscaping.quoted(look.line)) }
        if edge.type.isTyped {
            var text = edge.label.map(DOTEscaping.sanitized).flatMap { $0.isEmpty ? nil : $0 } ?? edge.type.caption
            if edge.known { text += " (known)" }
            attributes += ["label=" + labelString(text, wrap: 28), "fontcolor=" + DOTEscaping.quoted(opaque(look.color))]
            if options.engine == .neato || options.engine == .fdp {
                // Neato-family engines do not make room for edge labels: lengthen labelled edges instead.
                let longest = min(28, text.count)
                attributes.append("len=" + format(1.3 + 0.06 * Double(longest)))
            }
        } else {
            attributes.append("dir=none")
        }
        attributes.append("tooltip=" + DOTEscaping.quoted(tooltip))
        out += "  \(source) -> \(target) [" + attributes.joined(separator: ", ") + "];\n"
    }

    // MARK: Legend

    private func writeLegend(kinds: [RelationshipMap.NodeKind], relations: [RelationshipMap.RelationType],
                             hasCoOccurrence: Bool, hasKnown: Bool = false, into out: inout String) {
        guard !kinds.isEmpty else { return }
        var notes: [String] = []
        if hasCoOccurrence { notes.append("grey lines: named together") }
        if !relations.isEmpty { notes.append("solid arrows: stated in the text") }
        if hasKnown { notes.append("dashed arrows (known): from Entities/, not stated") }
        notes.append("line width: strength")
        if options.engine.drawsClusters {
            writeClusterLegend(kinds: kinds, notes: notes, into: &out)
        } else {
            writeTableLegend(kinds: kinds, relations: relations, notes: notes, into: &out)
        }
    }

    /// For dot and fdp, which keep a cluster together and draw it: a `cluster_legend` box with one sample node per
    /// kind, in its real shape.
    private func writeClusterLegend(kinds: [RelationshipMap.NodeKind], notes: [String], into out: inout String) {
        out += "  subgraph cluster_legend {\n"
        out += "    graph [label=\"Legend\", fontsize=12, style=\"rounded,filled\", fillcolor=\"#f7f7f7\", "
            + "color=\"#bbbbbb\", margin=8];\n"
        var names: [String] = []
        for kind in kinds {
            let look = style.look(for: kind)
            let name = "legend_" + DOTEscaping.identifier(kind.rawValue)
            names.append(name)
            let styleWords = ["filled", look.extraStyle].compactMap { $0 }.joined(separator: ",")
            out += "    \(name) [label=\(DOTEscaping.quoted(kind.caption)), shape=\(DOTEscaping.quoted(look.shape)), "
                + "style=\(DOTEscaping.quoted(styleWords)), fillcolor=\(DOTEscaping.quoted(look.fill)), fontsize=10];\n"
        }
        let note = notes.map(DOTEscaping.escaped).joined(separator: "\\n")
        out += "    legend_note [label=\"\(note)\", shape=plaintext, style=\"\", fontsize=9, fontcolor=\"#555555\"];\n"
        names.append("legend_note")
        // Invisible links keep the entries in a row.
        out += "    " + names.joined(separator: " -> ") + " [style=invis];\n"
        out += "  }\n"
    }

    /// For the engines that do not keep clusters together (neato, sfdp, circo, twopi): a single node whose label
    /// is a table of colour swatches, so the legend stays one compact box wherever the layout puts it. Only fixed
    /// captions and validated colours go into this HTML-like label, never map text.
    private func writeTableLegend(kinds: [RelationshipMap.NodeKind], relations: [RelationshipMap.RelationType],
                                  notes: [String], into out: inout String) {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for kind in kinds {
            let fill = DOTEscaping.htmlColor(style.look(for: kind).fill) ?? "#dddddd"
            rows += "<TR><TD BGCOLOR=\"\(fill)\" BORDER=\"1\" COLOR=\"#4d4d4d\" WIDTH=\"22\" HEIGHT=\"14\" "
                + "FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">\(DOTEscaping.html(kind.caption))</TD></TR>"
        }
        for type in relations.prefix(12) {
            let color = DOTEscaping.htmlColor(opaque(style.look(for: type).color)) ?? "#444444"
            rows += "<TR><TD><FONT COLOR=\"\(color)\">\u{2501}\u{2501}\u{25B6}</FONT></TD>"
                + "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(color)\">\(DOTEscaping.html(type.caption))</FONT></TD></TR>"
        }
        let note = notes.map(DOTEscaping.html).joined(separator: "<BR/>")
        rows += "<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">\(note)</FONT></TD></TR>"
        out += "  legend [shape=plaintext, style=\"\", margin=0, fontsize=10, label=<<TABLE BORDER=\"1\" "
            + "CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\" COLOR=\"#bbbbbb\" BGCOLOR=\"#f7f7f7\" "
            + "STYLE=\"ROUNDED\">\(rows)</TABLE>>];\n"
    }

    // MARK: Helpers

    /// A label: sanitized, wrapped at spaces to `wrap` characters per line, escaped and quoted.
    private func labelString(_ text: String, wrap: Int? = nil) -> String {
        let width = max(1, wrap ?? style.wrapWidth)
        var lines: [String] = []
        for paragraph in DOTEscaping.sanitizedLines(text) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        return "\"" + lines.map(DOTEscaping.escaped).joined(separator: "\\n") + "\""
    }

    private func finite(_ x: Double) -> Double { x.isFinite ? max(0, x) : 0 }

    /// A number with at most two decimals, never in exponent form.
    private func format(_ x: Double) -> String {
        let hundredths = Int((finite(x) * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        if fraction % 10 == 0 { return String(whole) + "." + String(fraction / 10) }
        return String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// `#rrggbbaa` → `#rrggbb`, for edge label text that should not be translucent.
    private func opaque(_ color: String) -> String {
        color.hasPrefix("#") && color.count == 9 ? String(color.prefix(7)) : color
    }
}
