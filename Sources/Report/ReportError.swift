/// Why a report could not be written. Each message names the path and says what to do.
public enum ReportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The output folder cannot be used (its parent is missing or read-only, or it is a file).
    case outputFolder(String, String)
    /// A file could not be written; nothing was put in place.
    case writeFailed(String, String)
    /// Graphviz could not draw a map.
    case mapFailed(String, String)

    public var description: String {
        switch self {
        case .outputFolder(let path, let why): return "\(path): cannot write the report there: \(why)"
        case .writeFailed(let path, let why): return "\(path): cannot write: \(why); the output folder was left as it was"
        case .mapFailed(let what, let why): return "\(what): Graphviz could not draw the map: \(why)"
        }
    }
}
