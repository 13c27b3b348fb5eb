import Corpus

/// The post a source stands in: the document's path and the post's id. One is made per post for a run and shared
/// by every source read in that post (mentions, dates, edges, events), so that a source is a 16-byte record (a
/// pointer, the line, the kind) instead of two strings of its own. Immutable; compared by value.
public final class SourcePost: Hashable, Sendable {
    /// The document's path as given (or found below a folder given).
    public let document: String
    /// The post's id.
    public let post: String

    public init(document: String, post: String) {
        self.document = document
        self.post = post
    }

    public static func == (a: SourcePost, b: SourcePost) -> Bool {
        a === b || (a.document == b.document && a.post == b.post)
    }

    public func hash(into h: inout Hasher) {
        h.combine(document)
        h.combine(post)
    }
}

/// Where a fact was read: a line of a document, and what kind of text stands there.
///
/// Stored compactly (a graph holds a source for every mention, date, edge sighting and event telling): the post
/// it stands in is a shared ``SourcePost``, the line 32 bits. `document` and `post` read through it.
public struct SourceRef: Hashable, Sendable, Codable, Comparable {
    /// The post (and document) it stands in, shared with the other sources of that post.
    public private(set) var place: SourcePost
    private var lineNumber: Int32
    /// Post body, reader comment, or quoted material.
    public var kind: PassageKind

    /// The document's path as given (or found below a folder given).
    public var document: String {
        get { place.document }
        set { place = SourcePost(document: newValue, post: place.post) }
    }
    /// 1-based line in that file.
    public var line: Int {
        get { Int(lineNumber) }
        set { lineNumber = Int32(clamping: newValue) }
    }
    /// The post it stands in.
    public var post: String {
        get { place.post }
        set { place = SourcePost(document: place.document, post: newValue) }
    }

    public init(document: String, line: Int, kind: PassageKind, post: String) {
        self.init(place: SourcePost(document: document, post: post), line: line, kind: kind)
    }

    /// A source in a post whose ``SourcePost`` the caller shares between the post's sources.
    public init(place: SourcePost, line: Int, kind: PassageKind) {
        self.place = place
        self.lineNumber = Int32(clamping: line)
        self.kind = kind
    }

    public static func == (a: SourceRef, b: SourceRef) -> Bool {
        a.lineNumber == b.lineNumber && a.kind == b.kind && a.place == b.place
    }

    public func hash(into h: inout Hasher) {
        h.combine(place.document)
        h.combine(lineNumber)
        h.combine(kind)
        h.combine(place.post)
    }

    public static func < (a: SourceRef, b: SourceRef) -> Bool {
        (a.document, a.line, a.kind.rawValue) < (b.document, b.line, b.kind.rawValue)
    }

    private enum CodingKeys: String, CodingKey { case document, line, kind, post }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try c.decode(String.self, forKey: .document), line: try c.decode(Int.self, forKey: .line),
                  kind: try c.decode(PassageKind.self, forKey: .kind), post: try c.decode(String.self, forKey: .post))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(line, forKey: .line)
        try c.encode(kind, forKey: .kind)
        try c.encode(post, forKey: .post)
    }
}
