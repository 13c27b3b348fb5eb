/// Reads an RSS 2.0 feed (and RSS 1.0's `rdf:RDF` form): one post per `<item>`.
///
/// A post's date is its `pubDate` (RFC 822, the day as written in its own offset) or `dc:date`; its title is
/// `title` (character references decoded, since feeds often escape them twice); its author `author` or
/// `dc:creator`; its text `content:encoded` when present, else `description`, both escaped HTML. RSS carries no
/// comments, so posts read from it have none.
public struct RSSFeedReader: Sendable {
    public init() {}

    /// The format name recorded on documents read by this reader.
    public static let formatName = "rss"

    static let rss: Set<String> = ["", "http://purl.org/rss/1.0/", "http://backend.userland.com/rss2"]
    static let content: Set<String> = ["http://purl.org/rss/1.0/modules/content/", "prefix:content"]
    static let dublinCore: Set<String> = ["http://purl.org/dc/elements/1.1/", "prefix:dc"]

    /// Reads a feed into a ``Document``.
    public func read(text: String, path: String) throws -> Document {
        try FeedContent.document(text: text, path: path, describedAs: "an RSS feed", formatName: Self.formatName) { root throws(CorpusError) in
            try posts(root: root, path: path)
        }
    }

    /// The posts of a feed, with their authors.
    public func posts(text: String, path: String) throws(CorpusError) -> [MarkupPost] {
        try posts(root: FeedContent.root(text, path: path, format: "an RSS feed"), path: path)
    }

    func posts(root: XMLElementNode, path: String) throws(CorpusError) -> [MarkupPost] {
        let items: [XMLElementNode]
        switch root.localName {
        case "rss":
            items = root.children("channel", in: RSSFeedReader.rss).flatMap { $0.children("item", in: RSSFeedReader.rss) }
        case "RDF":
            items = root.children("item", in: RSSFeedReader.rss)
        default:
            throw .malformed(path: path, line: root.line, reason: "not an RSS feed: the root element is <\(root.qualifiedName)>, not <rss>")
        }
        var posts: [MarkupPost] = []
        for item in items {
            var post = MarkupPost(firstLine: item.line, lastLine: item.endLine)
            if let t = item.child("title", in: RSSFeedReader.rss),
               let (title, line) = try FeedContent.line(of: t, kind: .html, path: path) {
                post.title = title
                post.titleLine = line
            }
            if let d = item.child("pubDate", in: RSSFeedReader.rss), let value = FeedDate.rfc822(d.text) {
                post.published = value.day
                post.dateText = d.text.trimmedWhitespace
                post.dateLine = d.line
            } else if let d = item.child("date", in: RSSFeedReader.dublinCore), let value = FeedDate.iso8601(d.text) {
                post.published = value.day
                post.dateText = d.text.trimmedWhitespace
                post.dateLine = d.line
            }
            if let a = item.child("creator", in: RSSFeedReader.dublinCore) ?? item.child("author", in: RSSFeedReader.rss) {
                post.author = RSSFeedReader.name(a.text.trimmedWhitespace)
            }
            if let link = item.child("link", in: RSSFeedReader.rss)?.text.trimmedWhitespace, !link.isEmpty {
                post.url = link
            } else if let guid = item.child("guid", in: RSSFeedReader.rss), guid.attributes["isPermaLink"] != "false",
                      guid.text.trimmedWhitespace.hasPrefix("http") {
                post.url = guid.text.trimmedWhitespace
            }
            if let body = item.child("encoded", in: RSSFeedReader.content) ?? item.child("description", in: RSSFeedReader.rss) {
                post.body = try FeedContent.lines(of: body, kind: .html, path: path)
            }
            posts.append(post)
        }
        return posts
    }

    /// `jim@example.org (Jim Brown)` → `Jim Brown`; other forms as they are; `nil` when empty.
    static func name(_ author: String) -> String? {
        if author.isEmpty { return nil }
        if let open = author.firstIndex(of: "("), author.hasSuffix(")"), author[..<open].contains("@") {
            let inner = author[author.index(after: open)..<author.index(before: author.endIndex)]
            return inner.isEmpty ? author : String(inner)
        }
        return author
    }
}
