import Extraction

/// Why a timeline could not be built from a query.
public enum TimelineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `--from`/`--to` value that is not an ISO date of any precision (`2014`, `2014-06`, `2014-06-01`,
    /// `2019-Q4`, `2019-H1`, `2022-SP`, `201X`).
    case invalidDate(String)
    /// The window ends before it starts.
    case emptyRange(from: TemporalValue, to: TemporalValue)
    /// No entity has this name, id or alias; `suggestions` are names that contain it.
    case unknownEntity(String, suggestions: [String])
    /// A limit below zero.
    case invalidLimit(Int)
    /// Another count below zero: `top` or `minimum sources`.
    case negativeCount(String, Int)

    public var description: String {
        switch self {
        case .invalidDate(let s):
            return "'\(s)' is not a date: use 2014, 2014-06, 2014-06-01, 2019-Q4, 2019-H1, 2022-SP or 201X"
        case .emptyRange(let from, let to):
            return "the window \(from.value) to \(to.value) is empty: it ends before it starts"
        case .unknownEntity(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean: " + suggestions.joined(separator: ", ") + "?)"
            return "no entity named '\(name)' in the corpus\(hint)"
        case .invalidLimit(let n):
            return "the limit \(n) is negative"
        case .negativeCount(let name, let n):
            return "the \(name) \(n) is negative: give 0 or more"
        }
    }
}
