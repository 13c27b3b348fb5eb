/// What can go wrong when writing a generated corpus.
public enum GeneratorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output folder exists, is not empty, and was not made by the generator (or overwriting was not asked).
    case outputNotEmpty(path: String)
    /// The output path exists and is not a folder.
    case notAFolder(path: String)
    /// A folder or file could not be written.
    case writeFailed(path: String, reason: String)
    /// A size that is not positive.
    case invalidSize(Double)

    public var description: String {
        switch self {
        case .outputNotEmpty(let path):
            return "\(path): the folder is not empty (use --force to replace a corpus the generator wrote there)"
        case .notAFolder(let path): return "\(path): not a folder"
        case .writeFailed(let path, let reason): return "\(path): cannot write (\(reason))"
        case .invalidSize(let size): return "the size must be positive, not \(size)"
        }
    }
}
