import Extraction
import GraphModel

/// Why a timeline could not be built from a query.
public enum TimelineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The window ends before it starts.
    case emptyRange(from: TemporalValue, to: TemporalValue)
    /// No entity has this name, id or alias (the error carries the closest names).
    case unknownEntity(UnknownEntity)
    /// A limit below zero.
    case invalidLimit(Int)
    /// Another count below zero: `top` or `minimum sources`.
    case negativeCount(String, Int)

    public var description: String {
        switch self {
        case .emptyRange(let from, let to):
            return "the window \(from.value) to \(to.value) is empty: it ends before it starts"
        case .unknownEntity(let error):
            return error.description
        case .invalidLimit(let n):
            return "the limit \(n) is negative"
        case .negativeCount(let name, let n):
            return "the \(name) \(n) is negative: give 0 or more"
        }
    }
}
