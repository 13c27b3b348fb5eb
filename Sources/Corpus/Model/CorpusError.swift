/// A problem with one input file or path. Each names the path, so that a user can find and fix it; the run
/// goes on with the other files.
public enum CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path given does not exist.
    case missing(path: String)
    /// The file could not be opened or read (permissions, a file that vanished during the run).
    case unreadable(path: String, reason: String)
    /// The file holds binary data: a NUL byte at this offset.
    case binary(path: String, offset: Int)
    /// A folder was reached again through a symbolic link.
    case symlinkLoop(path: String)
    /// The file could not be parsed in its format (malformed XML, say), at this line.
    case malformed(path: String, line: Int?, reason: String)
    /// The path names a FIFO, a device or a socket, not a file.
    case notAFile(path: String, kind: String)
    /// The file is larger than the limit (`--max-file-size`).
    case tooLarge(path: String, bytes: Int, limit: Int)

    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .binary(let p, _), .symlinkLoop(let p), .malformed(let p, _, _),
             .notAFile(let p, _), .tooLarge(let p, _, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file or folder"
        case .unreadable(let p, let reason): return "\(p): cannot be read (\(reason)); skipped"
        case .binary(let p, let offset): return "\(p): not text (NUL byte at offset \(offset)); skipped"
        case .symlinkLoop(let p): return "\(p): symbolic link loop; not followed"
        case .malformed(let p, let line, let reason):
            return "\(p)\(line.map { ":\($0)" } ?? ""): \(reason); skipped"
        case .notAFile(let p, let kind): return "\(p): a \(kind), not a file; only regular files are read"
        case .tooLarge(let p, let bytes, let limit):
            return "\(p): \(bytes) bytes, over the limit of \(limit) (raise it with --max-file-size); skipped"
        }
    }
}

/// Something worth telling the user about a file that was still read.
public enum CorpusWarning: Sendable, Hashable, CustomStringConvertible {
    /// Not valid UTF-8: decoded as Windows-1252 instead.
    case decodedAsWindows1252(path: String)
    /// The file holds nothing but white space.
    case empty(path: String)
    /// Same bytes as a file read earlier: read once, this path kept as a source.
    case duplicate(path: String, of: String)
    /// A FIFO, device or socket found in a folder: passed over.
    case notAFile(path: String, kind: String)
    /// An XML entity reference that is external (never fetched) or declared nowhere: kept in the text as written.
    case entityKept(path: String, line: Int, name: String, external: Bool)
    /// A dateline whose day cannot be (31 February): read as the post's dateline, its date left to inference.
    case impossibleDateline(path: String, line: Int, text: String)
    /// A post dated more than a year after today.
    case futureDate(path: String, line: Int?, date: String)

    public var description: String {
        switch self {
        case .decodedAsWindows1252(let p): return "\(p): not valid UTF-8; read as Windows-1252"
        case .empty(let p): return "\(p): empty; no posts"
        case .duplicate(let p, let of): return "\(p): same content as \(of); counted once"
        case .notAFile(let p, let kind): return "\(p): a \(kind), not a file; skipped"
        case .entityKept(let p, let line, let name, let external):
            return "\(p):\(line): " + (external ? "external entity &\(name); not fetched" : "undefined entity &\(name);")
                + "; kept as written"
        case .impossibleDateline(let p, let line, let text):
            return "\(p):\(line): dateline \"\(text)\" names a day that does not exist; the post's date is inferred from its text"
        case .futureDate(let p, let line, let date):
            return "\(p)\(line.map { ":\($0)" } ?? ""): dated \(date), more than a year from today; check the date"
        }
    }
}
