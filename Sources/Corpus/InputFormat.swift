/// A format Hindsight reads pages in.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// Blog pages saved as plain text.
    case text

    /// Chooses a format from a file's content (not only its name).
    public static func detect(text: String, path: String) -> InputFormat {
        .text
    }

    /// The reader for this format.
    public var reader: any PageReader {
        switch self {
        case .text: return PlainTextPageReader()
        }
    }
}

/// Turns one file's text into a ``Document``.
public protocol PageReader: Sendable {
    func read(text: String, path: String) throws -> Document
}

extension PlainTextPageReader: PageReader {}
