import Corpus
import HindsightSupport

/// The file format the generator writes its pages in: the blog's plain text, or the same posts and comments as
/// a Blogger page in HTML or as an Atom feed, so that the benchmark can read one corpus in each format the
/// corpus reader takes and compare the readers' throughput.
///
/// A page is built as plain text (so the corpus, its size target and its posts are the same in every format)
/// and, for HTML and Atom, read back with ``PlainTextPageReader`` and written out again: each post's dateline,
/// title, paragraphs (quoted material in a `<blockquote>`) and comments, in page order. Example: a page with a
/// post of two paragraphs and three numbered comments becomes `<div class="post hentry">` with two `<p>` and a
/// comments list of three `<li class="comment">`, or an Atom feed of one post entry and three comment entries
/// answering it (`thr:in-reply-to`).
public enum PageFormat: String, Sendable, CaseIterable {
    case text
    case html
    case atom

    /// The file extension of a page in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .html: return "html"
        case .atom: return "atom"
        }
    }

    /// The page in this format: its path with this format's extension, and its text.
    public func render(_ page: GeneratedPage) -> GeneratedPage {
        guard self != .text else { return page }
        let document = PlainTextPageReader().read(text: page.text, path: page.relativePath)
        let base = page.relativePath.hasSuffix(".txt") ? String(page.relativePath.dropLast(4)) : page.relativePath
        let text = self == .html ? Self.html(document) : Self.atom(document, key: base)
        return GeneratedPage(relativePath: base + "." + fileExtension, text: text, posts: page.posts, comments: page.comments)
    }

    private static func escaped(_ s: String) -> String { MarkupEscaping.escaped(s) }

    /// A passage's lines as paragraphs (a quoted passage in a block quote).
    private static func paragraphs(_ passage: Passage) -> String {
        var out = passage.kind == .quoted ? "<blockquote>\n" : ""
        for line in passage.text.split(separator: "\n", omittingEmptySubsequences: true) {
            out += "<p>" + escaped(String(line)) + "</p>\n"
        }
        if passage.kind == .quoted { out += "</blockquote>\n" }
        return out
    }

    private static func html(_ document: Document) -> String {
        var out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
            + escaped(document.posts.first?.title ?? "") + "</title>\n</head>\n<body>\n"
        for post in document.posts {
            if let dateline = post.datelineText {
                out += "<h2 class=\"date-header\"><span>" + escaped(dateline) + "</span></h2>\n"
            }
            out += "<div class=\"post hentry\">\n"
            if let title = post.title { out += "<h3 class=\"post-title entry-title\">" + escaped(title) + "</h3>\n" }
            out += "<div class=\"post-body entry-content\">\n"
            for passage in post.passages { out += paragraphs(passage) }
            out += "</div>\n</div>\n"
            guard !post.comments.isEmpty else { continue }
            out += "<div class=\"comments\" id=\"comments\">\n<ol>\n"
            for comment in post.comments {
                out += "<li class=\"comment\">\n<div class=\"comment-content\">\n" + paragraphs(comment.passage) + "</div>\n</li>\n"
            }
            out += "</ol>\n</div>\n"
        }
        return out + "</body>\n</html>\n"
    }

    private static func atom(_ document: Document, key: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">\n"
            + "<id>tag:generated," + escaped(key) + "</id>\n<title>" + escaped(document.posts.first?.title ?? "") + "</title>\n"
        for (p, post) in document.posts.enumerated() {
            let id = "tag:generated," + escaped(key) + ".post-\(p)"
            let day = post.published?.iso ?? "2000-01-01"
            out += "<entry>\n<id>" + id + "</id>\n<published>" + day + "T09:00:00Z</published>\n"
            if let title = post.title { out += "<title>" + escaped(title) + "</title>\n" }
            out += "<content type=\"html\">" + escaped(post.passages.map(paragraphs).joined()) + "</content>\n</entry>\n"
            for (c, comment) in post.comments.enumerated() {
                // one comment a second after noon, so that time order is page order
                let time = String(12 + c / 3600) + ":" + twoDigits(c / 60 % 60) + ":" + twoDigits(c % 60)
                out += "<entry>\n<id>" + id + ".comment-\(c)</id>\n<published>" + day + "T" + time + "Z</published>\n"
                    + "<thr:in-reply-to ref=\"" + id + "\"/>\n<content type=\"html\">" + escaped(paragraphs(comment.passage))
                    + "</content>\n</entry>\n"
            }
        }
        return out + "</feed>\n"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
