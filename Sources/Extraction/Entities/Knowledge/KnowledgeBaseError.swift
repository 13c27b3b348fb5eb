/// Why a knowledge folder could not be loaded. Every case names the file; record errors give the record's
/// position in its `records` array (0-based) and its name when it has one.
public enum KnowledgeBaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder does not exist or cannot be listed.
    case unreadableDirectory(path: String)
    /// The file cannot be read.
    case unreadableFile(path: String)
    /// The file is not valid JSON (or not UTF-8). `line` and `column` are 1-based when known.
    case invalidJSON(file: String, line: Int?, column: Int?, message: String)
    /// The file is JSON but not a list of records (`{"records": [...]}` or a top-level array).
    case unexpectedShape(file: String, message: String)
    /// One record is malformed: missing name, unknown type, a date that is not `YYYY[-MM[-DD]]`, ...
    case invalidRecord(file: String, index: Int, name: String?, message: String)

    public var description: String {
        switch self {
        case .unreadableDirectory(let path):
            return "cannot read knowledge folder \(path)"
        case .unreadableFile(let path):
            return "cannot read knowledge file \(path)"
        case .invalidJSON(let file, let line, let column, let message):
            var at = ""
            if let line { at = ":\(line)" + (column.map { ":\($0)" } ?? "") }
            return "\(file)\(at): invalid JSON: \(message)"
        case .unexpectedShape(let file, let message):
            return "\(file): \(message)"
        case .invalidRecord(let file, let index, let name, let message):
            let who = name.map { " (\($0))" } ?? ""
            return "\(file): record \(index)\(who): \(message)"
        }
    }
}
