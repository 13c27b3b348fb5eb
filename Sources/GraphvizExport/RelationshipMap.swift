/// What a relationship map shows: a titled set of weighted entities and the typed, weighted relations between them.
///
/// This is the input of `DOTWriter` and is independent of the knowledge graph, so a map can be built by hand (in
/// tests) or from a `Subgraph` that `KnowledgeGraph.select(_:)` chose (`init(subgraph:title:)`). Names are free text: `DOTWriter` escapes every one of them.
public struct RelationshipMap: Sendable, Hashable {
    /// The headline, e.g. the corpus name.
    public var title: String
    /// A second line, e.g. the date range and the filters applied.
    public var subtitle: String
    public var nodes: [Node]
    public var edges: [Edge]
    /// The id of the node the map is centred on (the `--focus` entity), drawn with a bold outline and used as the
    /// root of `twopi` layouts; nil for an overview map.
    public var centre: String?

    public init(title: String = "", subtitle: String = "", nodes: [Node] = [], edges: [Edge] = [],
                centre: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.nodes = nodes
        self.edges = edges
        self.centre = centre
    }

    /// An entity or event on the map.
    public struct Node: Sendable, Hashable, Identifiable {
        /// Stable id (`person:chris-grayling`); never shown, only used to connect edges.
        public var id: String
        /// The text drawn in the node.
        public var label: String
        public var kind: NodeKind
        /// Importance (e.g. the number of mentions); drawn as a larger font and node. Non-negative.
        public var weight: Double
        /// Where a click on the node leads in SVG output (a relative link such as `entities/person-ada.html`);
        /// nil for no link.
        public var url: String?
        /// The text shown on hovering the node (name and roles, say); nil for the label.
        public var tooltip: String?

        public init(id: String, label: String, kind: NodeKind, weight: Double = 1, url: String? = nil,
                    tooltip: String? = nil) {
            self.id = id
            self.label = label
            self.kind = kind
            self.weight = weight
            self.url = url
            self.tooltip = tooltip
        }
    }

    /// A relation between two nodes, by node id.
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        public var type: RelationType
        /// Text drawn on a typed edge, e.g. the role held (`Secretary of State for Justice`); when nil the type's own
        /// caption is used. Co-occurrence edges are never labelled.
        public var label: String?
        /// Strength (e.g. the number of supporting passages); drawn as the line width. Non-negative.
        public var weight: Double
        /// The text shown on hovering the line; nil for "<source> – <target>: <type or label>" from the node labels.
        public var tooltip: String?
        /// `true` for a relation known only from the curated knowledge (`Entities/`), which the corpus does not
        /// state: drawn dashed and grey-labelled, and the legend says so.
        public var known: Bool

        public init(source: String, target: String, type: RelationType, label: String? = nil, weight: Double = 1,
                    tooltip: String? = nil, known: Bool = false) {
            self.source = source
            self.target = target
            self.type = type
            self.label = label
            self.weight = weight
            self.tooltip = tooltip
            self.known = known
        }
    }

    /// The kinds of node, each drawn with its own shape and fill colour.
    public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
        case person
        case organization
        case place
        /// A policy, programme, law or IT system.
        case programme
        case event

        /// The name shown in the legend.
        public var caption: String {
            switch self {
            case .person: return "Person"
            case .organization: return "Organisation"
            case .place: return "Place"
            case .programme: return "Programme / policy"
            case .event: return "Event"
            }
        }
    }

    /// The type of a relation: an open set of snake_case names with well-known constants. Anything other than
    /// `co_occurs` is a typed relation and is drawn labelled and directed.
    public struct RelationType: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral,
        CustomStringConvertible
    {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }

        /// Mentioned together in the same passage; undirected and unlabelled.
        public static let coOccurs: RelationType = "co_occurs"
        public static let holdsRole: RelationType = "holds_role"
        public static let successorOf: RelationType = "successor_of"
        public static let operates: RelationType = "operates"
        public static let owns: RelationType = "owns"
        public static let memberOf: RelationType = "member_of"
        public static let partOf: RelationType = "part_of"
        public static let leads: RelationType = "leads"
        public static let partnerOf: RelationType = "partner_of"
        public static let criticised: RelationType = "criticised"
        public static let funds: RelationType = "funds"
        public static let participatesIn: RelationType = "participates_in"
        public static let mentions: RelationType = "mentions"

        /// Whether the edge is a typed relation (drawn directed and labelled) rather than a co-occurrence.
        public var isTyped: Bool { self != .coOccurs }

        /// Human text for the type: `holds_role` → `holds role`.
        public var caption: String {
            rawValue.split(whereSeparator: { $0 == "_" || $0 == "-" }).joined(separator: " ")
        }

        public var description: String { rawValue }

        public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
