/// The files a map can be written as.
public enum OutputFormat: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Scalable vector graphics (the default).
    case svg
    /// Raster image (through the cairo plugin).
    case png
    /// Vector document (through the cairo plugin).
    case pdf
    /// The DOT source itself, before layout: for editing or for running other Graphviz tools.
    case dot

    public static let `default`: OutputFormat = .svg

    /// Parses a command-line name (case-insensitive); `gv` is accepted for `dot`.
    /// - Throws: `GraphvizError.unknownFormat` listing the valid names.
    public init(parsing name: String) throws(GraphvizError) {
        let lower = name.lowercased()
        if lower == "gv" { self = .dot; return }
        guard let format = OutputFormat(rawValue: lower) else {
            throw .unknownFormat(name, known: OutputFormat.allCases.map(\.rawValue))
        }
        self = format
    }

    /// Guesses the format from an output path's extension (`map.png` → `.png`); nil when unknown.
    public init?(pathExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        if ext == "gv" { self = .dot; return }
        guard let format = OutputFormat(rawValue: ext) else { return nil }
        self = format
    }

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The MIME type of the output.
    public var mimeType: String {
        switch self {
        case .svg: return "image/svg+xml"
        case .png: return "image/png"
        case .pdf: return "application/pdf"
        case .dot: return "text/vnd.graphviz"
        }
    }

    /// Whether the output is text (SVG, DOT) rather than binary.
    public var isText: Bool { self == .svg || self == .dot }

    public var description: String { rawValue }

    /// The name Graphviz's `gvRenderData` knows the format by. PNG and PDF go through cairo explicitly so that
    /// the output is antialiased and text is laid out with Pango.
    var graphvizName: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return "dot"
        }
    }
}
