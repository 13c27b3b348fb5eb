/// How each kind of node and each type of relation is drawn. The defaults use a colour-blind-friendly palette
/// (ColorBrewer "Paired") and a distinct shape per node kind so the map also reads in greyscale.
public struct MapStyle: Sendable, Hashable {
    /// The look of one node kind.
    public struct NodeLook: Sendable, Hashable {
        /// A Graphviz shape name (`ellipse`, `box`, `hexagon`, `note`, `octagon`, ...).
        public var shape: String
        /// Fill colour as `#rrggbb`.
        public var fill: String
        /// Extra Graphviz style words besides `filled` (e.g. `rounded`).
        public var extraStyle: String?

        public init(shape: String, fill: String, extraStyle: String? = nil) {
            self.shape = shape
            self.fill = fill
            self.extraStyle = extraStyle
        }
    }

    /// The look of one relation type.
    public struct EdgeLook: Sendable, Hashable {
        /// Line and label colour as `#rrggbb` or `#rrggbbaa`.
        public var color: String
        /// `solid`, `dashed` or `dotted`.
        public var line: String

        public init(color: String, line: String = "solid") {
            self.color = color
            self.line = line
        }
    }

    public var nodes: [RelationshipMap.NodeKind: NodeLook]
    public var edges: [RelationshipMap.RelationType: EdgeLook]
    /// The look of typed relations not listed in `edges`.
    public var otherEdge: EdgeLook
    /// A Graphviz font list; the first installed family wins when rendering PNG/PDF, browsers do the same for SVG.
    public var fontName: String
    /// Node font size for the lightest and the heaviest node, in points.
    public var nodeFontSize: ClosedRange<Double>
    /// Line width for the weakest and the strongest edge, in points: the cap on line width is the upper bound.
    public var penWidth: ClosedRange<Double>
    /// Labels longer than this many characters are wrapped at spaces.
    public var wrapWidth: Int

    public init(
        nodes: [RelationshipMap.NodeKind: NodeLook] = MapStyle.standardNodes,
        edges: [RelationshipMap.RelationType: EdgeLook] = MapStyle.standardEdges,
        otherEdge: EdgeLook = EdgeLook(color: "#444444"),
        fontName: String = "Helvetica,Arial,sans-serif",
        nodeFontSize: ClosedRange<Double> = 10...20,
        penWidth: ClosedRange<Double> = 0.8...6,
        wrapWidth: Int = 22
    ) {
        self.nodes = nodes
        self.edges = edges
        self.otherEdge = otherEdge
        self.fontName = fontName
        self.nodeFontSize = nodeFontSize
        self.penWidth = penWidth
        self.wrapWidth = wrapWidth
    }

    public static let standard = MapStyle()

    public static let standardNodes: [RelationshipMap.NodeKind: NodeLook] = [
        .person: NodeLook(shape: "ellipse", fill: "#a6cee3"),
        .organization: NodeLook(shape: "box", fill: "#fdbf6f", extraStyle: "rounded"),
        .place: NodeLook(shape: "hexagon", fill: "#b2df8a"),
        .programme: NodeLook(shape: "note", fill: "#cab2d6"),
        .event: NodeLook(shape: "octagon", fill: "#fb9a99"),
    ]

    public static let standardEdges: [RelationshipMap.RelationType: EdgeLook] = [
        .coOccurs: EdgeLook(color: "#9a9a9a99"),
        .holdsRole: EdgeLook(color: "#1f78b4"),
        .successorOf: EdgeLook(color: "#6a3d9a", line: "dashed"),
        .operates: EdgeLook(color: "#33a02c"),
        .owns: EdgeLook(color: "#e31a1c"),
        .memberOf: EdgeLook(color: "#ff7f00"),
        .partOf: EdgeLook(color: "#b15928"),
        .leads: EdgeLook(color: "#0b4f8a"),
        .partnerOf: EdgeLook(color: "#1b9e77"),
        .criticised: EdgeLook(color: "#c51b7d"),
        .funds: EdgeLook(color: "#8c6d31"),
        .participatesIn: EdgeLook(color: "#d6338a"),
        .mentions: EdgeLook(color: "#777777", line: "dotted"),
    ]

    func look(for kind: RelationshipMap.NodeKind) -> NodeLook {
        nodes[kind] ?? NodeLook(shape: "ellipse", fill: "#dddddd")
    }

    func look(for type: RelationshipMap.RelationType) -> EdgeLook {
        edges[type] ?? otherEdge
    }
}
