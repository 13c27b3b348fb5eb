import Corpus
import Foundation

/// One page of a feed (Atom, or RSS 2.0/1.0): its entries and what tells where the next page is.
public struct FeedPage: Sendable {
    public enum Kind: String, Sendable, Codable { case atom, rss }

    public var kind: Kind
    /// The feed's own id (Atom) and title.
    public var feedID: String?
    public var title: String?
    /// The `generator` (`Blogger`, `https://wordpress.org/?v=6.5`).
    public var generator: String?
    public var entries: [FeedEntry]
    /// The `rel="next"` link (RFC 5005), resolved.
    public var next: URL?
    /// OpenSearch's `totalResults`, `startIndex` and `itemsPerPage` (Blogger's paging).
    public var totalResults: Int?
    public var startIndex: Int?

    static let atomNS: Set<String> = ["http://www.w3.org/2005/Atom", ""]
    static let atomInRSS: Set<String> = ["http://www.w3.org/2005/Atom", "prefix:atom"]
    static let threadNS: Set<String> = ["http://purl.org/syndication/thread/1.0", "prefix:thr"]
    static let rssNS: Set<String> = ["", "http://purl.org/rss/1.0/", "http://backend.userland.com/rss2"]
    static let contentNS: Set<String> = ["http://purl.org/rss/1.0/modules/content/", "prefix:content"]
    static let dcNS: Set<String> = ["http://purl.org/dc/elements/1.1/", "prefix:dc"]
    static let wfwNS: Set<String> = ["http://wellformedweb.org/CommentAPI/", "prefix:wfw"]
    static let slashNS: Set<String> = ["http://purl.org/rss/1.0/modules/slash/", "prefix:slash"]
    static let bloggerKind = "http://schemas.google.com/g/2005#kind"

    /// Whether the text looks like a feed (its root element is `feed`, `rss` or `rdf:RDF`), without parsing it all.
    static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        var rest = head[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { return false }
                rest = after[after.index(after: close)...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return ["feed", "rss", "rdf:RDF", "RDF"].contains(String(name)) || name.hasSuffix(":feed")
        }
        return false
    }

    /// Parses a page fetched from `url` (relative links are resolved against it).
    public static func parse(_ data: Data, url: URL) throws(FetchError) -> FeedPage {
        let text = String(decoding: data, as: UTF8.self)
        let root: XMLElementNode
        do {
            root = try XMLTreeParser().parse(text)
        } catch {
            throw .malformed(url: url.absoluteString, line: error.line, reason: error.reason)
        }
        switch root.localName {
        case "feed": return atom(root, url: url)
        case "rss", "RDF": return rss(root, url: url)
        default:
            throw .malformed(url: url.absoluteString, line: root.line, reason: "not a feed: the root element is <\(root.qualifiedName)>, not <feed> or <rss>")
        }
    }

    static func resolve(_ href: String?, _ base: URL) -> String? {
        guard let href = href?.trimmingSpaces, !href.isEmpty else { return nil }
        return URL(string: href, relativeTo: base)?.absoluteString ?? href
    }

    static func trimmed(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// The first child with this local name in any namespace (OpenSearch has several).
    static func anyChild(_ e: XMLElementNode, _ localName: String) -> XMLElementNode? {
        e.elements.first { $0.localName == localName }
    }

    /// The text and type (`text` or `html`) of an Atom text construct; XHTML becomes HTML.
    static func textConstruct(_ e: XMLElementNode) -> (String, String)? {
        switch e.attributes["type"]?.lowercased() ?? "text" {
        case "text", "text/plain": return (e.text, "text")
        case "html", "text/html": return (e.text, "html")
        case "xhtml", "application/xhtml+xml": return (e.innerMarkup, "html")
        default: return nil
        }
    }

    private static func atom(_ root: XMLElementNode, url: URL) -> FeedPage {
        var page = FeedPage(kind: .atom, entries: [])
        page.feedID = trimmed(root.child("id", in: atomNS)?.text)
        page.title = trimmed(root.child("title", in: atomNS)?.text)
        page.generator = trimmed(root.child("generator", in: atomNS)?.text)
        for link in root.children("link", in: atomNS) where link.attributes["rel"] == "next" {
            page.next = resolve(link.attributes["href"], url).flatMap(URL.init(string:))
        }
        page.totalResults = anyChild(root, "totalResults").flatMap { Int($0.text.trimmingSpaces) }
        page.startIndex = anyChild(root, "startIndex").flatMap { Int($0.text.trimmingSpaces) }
        for e in root.children("entry", in: atomNS) {
            var entry = FeedEntry()
            entry.id = trimmed(e.child("id", in: atomNS)?.text)
            if let t = e.child("title", in: atomNS), let (text, type) = textConstruct(t) {
                entry.title = text
                entry.titleType = type
            }
            entry.published = trimmed(e.child("published", in: atomNS)?.text)
            entry.updated = trimmed(e.child("updated", in: atomNS)?.text)
            if let a = e.child("author", in: atomNS) { entry.author = trimmed((a.child("name", in: atomNS) ?? a).text) }
            if let c = e.child("content", in: atomNS) ?? e.child("summary", in: atomNS), let (text, type) = textConstruct(c) {
                entry.content = text
                entry.contentType = type
            }
            for link in e.children("link", in: atomNS) {
                let href = resolve(link.attributes["href"], url)
                switch link.attributes["rel"] ?? "alternate" {
                case "alternate" where entry.alternate == nil && (link.attributes["type"] ?? "text/html").contains("html"):
                    entry.alternate = href
                case "self": entry.selfLink = entry.selfLink ?? href
                case "related": entry.related = entry.related ?? href
                case "replies" where (link.attributes["type"] ?? "application/atom+xml").contains("xml"):
                    entry.repliesFeed = entry.repliesFeed ?? href
                default: break
                }
            }
            for category in e.children("category", in: atomNS) where category.attributes["scheme"] == bloggerKind {
                if category.attributes["term"]?.hasSuffix("#comment") == true { entry.isComment = true }
            }
            if let reply = e.child("in-reply-to", in: threadNS) {
                entry.isComment = true
                entry.inReplyToRef = reply.attributes["ref"]
                entry.inReplyToHref = resolve(reply.attributes["href"], url)
            }
            entry.commentCount = e.child("total", in: threadNS).flatMap { Int($0.text.trimmingSpaces) }
            page.entries.append(entry)
        }
        return page
    }

    private static func rss(_ root: XMLElementNode, url: URL) -> FeedPage {
        var page = FeedPage(kind: .rss, entries: [])
        let channel = root.child("channel", in: rssNS)
        page.title = trimmed(channel?.child("title", in: rssNS)?.text)
        page.generator = trimmed(channel?.child("generator", in: rssNS)?.text)
        for link in channel?.children("link", in: atomInRSS) ?? [] where link.attributes["rel"] == "next" {
            page.next = resolve(link.attributes["href"], url).flatMap(URL.init(string:))
        }
        let items = root.localName == "rss" ? (channel?.children("item", in: rssNS) ?? []) : root.children("item", in: rssNS)
        for item in items {
            var entry = FeedEntry()
            entry.alternate = resolve(item.child("link", in: rssNS)?.text, url)
            entry.id = trimmed(item.child("guid", in: rssNS)?.text) ?? entry.alternate
            if let t = trimmed(item.child("title", in: rssNS)?.text) {
                entry.title = t
                entry.titleType = "html"
            }
            if let d = item.child("pubDate", in: rssNS) {
                entry.published = RFC822Date.iso8601(d.text) ?? trimmed(d.text)
            } else if let d = item.child("date", in: dcNS) {
                entry.published = trimmed(d.text)
            }
            if let a = item.child("creator", in: dcNS) ?? item.child("author", in: rssNS) {
                entry.author = trimmed(a.text)
            }
            if let body = item.child("encoded", in: contentNS) ?? item.child("description", in: rssNS) {
                entry.content = body.text
                entry.contentType = "html"
            }
            entry.repliesFeed = resolve(item.child("commentRss", in: wfwNS)?.text, url)
            entry.commentCount = item.child("comments", in: slashNS).flatMap { Int($0.text.trimmingSpaces) }
            page.entries.append(entry)
        }
        return page
    }
}
