/// The Graphviz layout engines a map can be drawn with.
public enum LayoutEngine: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Hierarchical, top to bottom; best for small maps dominated by directed relations.
    case dot
    /// Spring model (stress majorisation); good up to a few hundred nodes.
    case neato
    /// Force-directed spring model; draws the legend cluster as a box.
    case fdp
    /// Multiscale force-directed; the fastest on large maps and the default.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node (use with `--focus`).
    case twopi

    /// The engine used when none is asked for: reads well for 30 to 300 nodes and lays out 300 in well under a second.
    public static let `default`: LayoutEngine = .sfdp

    /// Parses a command-line name (case-insensitive).
    /// - Throws: `GraphvizError.unknownEngine` listing the valid names.
    public init(parsing name: String) throws(GraphvizError) {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else {
            throw .unknownEngine(name, known: LayoutEngine.allCases.map(\.rawValue))
        }
        self = engine
    }

    public var description: String { rawValue }

    /// Whether the engine keeps cluster subgraphs together and draws them as boxes.
    var drawsClusters: Bool { self == .dot || self == .fdp }
}
