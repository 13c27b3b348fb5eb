/// What can go wrong when drawing a map with Graphviz. Cases that come from Graphviz carry its own message
/// (trimmed; empty when it said nothing).
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Graphviz context could not be created (plugins missing or unreadable).
    case contextUnavailable
    /// The DOT text does not parse.
    case invalidDOT(message: String)
    /// The engine name is not one of `LayoutEngine`'s.
    case unknownEngine(String, known: [String])
    /// The format name is not one of `OutputFormat`'s.
    case unknownFormat(String, known: [String])
    /// Graphviz refused to lay the graph out (for example the layout plugin is not installed).
    case layoutFailed(engine: String, message: String)
    /// Graphviz laid the graph out but could not render it (for example the cairo plugin for PNG/PDF is missing).
    case renderFailed(format: String, message: String)

    public var description: String {
        func withMessage(_ head: String, _ message: String) -> String {
            message.isEmpty ? head : head + ": " + message
        }
        switch self {
        case .contextUnavailable:
            return "Graphviz could not start (are the libgvc6 plugins installed and configured?)"
        case .invalidDOT(let message):
            return withMessage("Graphviz could not parse the DOT text", message)
        case .unknownEngine(let name, let known):
            return "unknown layout engine '\(name)'; use one of: " + known.joined(separator: ", ")
        case .unknownFormat(let name, let known):
            return "unknown output format '\(name)'; use one of: " + known.joined(separator: ", ")
        case .layoutFailed(let engine, let message):
            return withMessage("Graphviz layout with '\(engine)' failed", message)
        case .renderFailed(let format, let message):
            return withMessage("Graphviz could not render '\(format)'", message)
        }
    }
}
