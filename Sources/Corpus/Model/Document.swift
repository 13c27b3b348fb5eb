/// Where a piece of text stands in a page: the blogger's own words, a reader's comment, or material the
/// post quotes from elsewhere (a newspaper article, a report, a committee transcript).
public enum PassageKind: String, Sendable, Codable, Hashable, CaseIterable {
    case body
    case comment
    case quoted
}

/// A run of consecutive source lines of one kind.
///
/// `text` holds exactly the lines `firstLine...lastLine` of the file joined with `"\n"`, so an offset in
/// `text` maps back to a line by counting newlines (``line(atUTF8Offset:)``).
public struct Passage: Sendable, Hashable {
    public var kind: PassageKind
    /// 1-based line of the source file where the passage starts.
    public var firstLine: Int
    /// 1-based line where it ends (inclusive).
    public var lastLine: Int
    /// The lines, joined with `"\n"`.
    public var text: String {
        didSet { lineBreaks = Passage.lineBreaks(in: text) }
    }
    /// UTF-8 offsets of the line breaks in ``text``, so that a line is found by binary search, not by a scan.
    private var lineBreaks: [Int]

    public init(kind: PassageKind, firstLine: Int, lastLine: Int, text: String) {
        self.kind = kind
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.text = text
        self.lineBreaks = Passage.lineBreaks(in: text)
    }

    /// The 1-based source line of a UTF-8 offset into ``text``: the first line plus the line breaks before it.
    public func line(atUTF8Offset offset: Int) -> Int {
        var low = 0, high = lineBreaks.count
        while low < high {
            let mid = (low + high) / 2
            if lineBreaks[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return firstLine + low
    }

    private static func lineBreaks(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var breaks: [Int] = []
            for i in bytes.indices where bytes[i] == 0x0A { breaks.append(i) }
            return breaks
        }
    }
}

/// A reader's comment under a post.
public struct Comment: Sendable, Hashable {
    /// Its number in the thread as printed (`3.`), with replies numbered under their parent; `nil` when the
    /// page does not number comments (star-separated picks).
    public var number: String?
    /// Whether it is a reply to another comment.
    public var isReply: Bool
    /// Its text.
    public var passage: Passage
    /// Who wrote it, as the page names them (HTML pages and feeds; plain-text pages do not say).
    public var author: String?
    /// When it was written, as the page prints it (`15 January 2016 at 18:51`).
    public var timestamp: String?

    public init(number: String?, isReply: Bool, passage: Passage, author: String? = nil, timestamp: String? = nil) {
        self.number = number
        self.isReply = isReply
        self.passage = passage
        self.author = author
        self.timestamp = timestamp
    }

    public var firstLine: Int { passage.firstLine }
    public var lastLine: Int { passage.lastLine }
}

/// One blog post: its dateline, title, body passages and comments.
public struct Post: Sendable, Hashable {
    /// Stable id: `post:<document-slug>-<n>`.
    public var id: String
    public var title: String?
    /// The line of the title, when the page has one.
    public var titleLine: Int?
    /// The publication day.
    public var published: CalendarDay?
    /// `true` when `published` was inferred (from the latest absolute date the post states) rather than read
    /// from a dateline.
    public var publishedInferred: Bool
    /// The dateline's line and exact text, when the page has one.
    public var datelineLine: Int?
    public var datelineText: String?
    /// The first line of the post (its dateline, or its first line of text when it has none).
    public var firstLine: Int
    /// The last line of the post, comments included.
    public var lastLine: Int
    /// Body and quoted passages, in page order.
    public var passages: [Passage]
    /// Reader comments, in page order.
    public var comments: [Comment]
    /// Who wrote the post, when the page says (HTML pages and feeds).
    public var author: String?
    /// The post's address, when the input gives it (an HTML page's canonical link or `og:url`, a feed entry's
    /// link, a Blogger export's permalink).
    public var url: String?

    public init(id: String, title: String?, titleLine: Int?, published: CalendarDay?, publishedInferred: Bool,
                datelineLine: Int?, datelineText: String?, firstLine: Int, lastLine: Int,
                passages: [Passage], comments: [Comment], author: String? = nil, url: String? = nil) {
        self.url = url
        self.id = id
        self.title = title
        self.titleLine = titleLine
        self.published = published
        self.publishedInferred = publishedInferred
        self.datelineLine = datelineLine
        self.datelineText = datelineText
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.passages = passages
        self.comments = comments
        self.author = author
    }

    /// Every passage of the post, body and quoted material first, then the comments, in page order.
    public var allPassages: [Passage] { passages + comments.map(\.passage) }
}

/// One input file, segmented into posts.
public struct Document: Sendable, Hashable {
    /// Stable id: `doc:<file name without extension>`.
    public var id: String
    /// The path as given on the command line (or found below a folder given there).
    public var path: String
    /// Other paths whose content is byte-identical to this one (read once, kept as sources).
    public var duplicatePaths: [String]
    /// The format the file was read as.
    public var format: String
    /// The number of lines in the file.
    public var lineCount: Int
    public var posts: [Post]
    /// What was worth telling the user while reading it (an entity kept as written, an impossible dateline).
    public var warnings: [CorpusWarning] = []

    public init(id: String, path: String, duplicatePaths: [String] = [], format: String, lineCount: Int, posts: [Post]) {
        self.id = id
        self.path = path
        self.duplicatePaths = duplicatePaths
        self.format = format
        self.lineCount = lineCount
        self.posts = posts
    }

    /// The document without its text: every passage's ``Passage/text`` empty, everything else (posts, titles,
    /// datelines, comments with their numbers, authors and lines, warnings) kept. Once a document is extracted,
    /// the graph needs only this outline, and a large corpus need not hold every page's text to the end of a run.
    public func withoutText() -> Document {
        var outline = self
        for p in outline.posts.indices {
            for i in outline.posts[p].passages.indices { outline.posts[p].passages[i].text = "" }
            for c in outline.posts[p].comments.indices { outline.posts[p].comments[c].passage.text = "" }
        }
        return outline
    }

    /// The file name, which the scorer and the exports use to name the document.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
