/// Reads an Atom feed, and a Blogger export (the Atom document of a whole blog: settings, template, post and
/// comment entries).
///
/// Each post entry is one post: its `published` day (as written, in its own offset; `updated` when there is
/// no `published`), `title`, `author` and `content` (or `summary`), whose escaped HTML becomes lines of text.
/// A comment entry (Blogger's `kind#comment` category, or any entry with a `thr:in-reply-to`) is attached to
/// the post its `thr:in-reply-to` names by `ref` (the post's `id`) or `href` (its `alternate` link); a
/// comment that answers another comment (Blogger's `related` link, or a `ref` naming a comment) is a reply to
/// it. Comments are put in thread order: each top-level comment by time, followed by its replies by time.
/// Comments on posts that are not in the file are kept, as a post of their own with no title or date.
/// Blogger's settings and template entries are skipped.
public struct AtomFeedReader: Sendable {
    public init() {}

    /// The format name recorded on documents read by this reader.
    public static let formatName = "atom"

    static let atom: Set<String> = ["http://www.w3.org/2005/Atom", ""]
    static let threading: Set<String> = ["http://purl.org/syndication/thread/1.0", "prefix:thr"]
    static let bloggerKind = "http://schemas.google.com/g/2005#kind"

    /// Reads a feed into a ``Document``.
    public func read(text: String, path: String) throws -> Document {
        try FeedContent.document(text: text, path: path, describedAs: "an Atom feed", formatName: Self.formatName) { root throws(CorpusError) in
            try posts(root: root, path: path)
        }
    }

    /// The posts of a feed, with authors and comment time stamps.
    public func posts(text: String, path: String) throws(CorpusError) -> [MarkupPost] {
        try posts(root: FeedContent.root(text, path: path, format: "an Atom feed"), path: path)
    }

    func posts(root: XMLElementNode, path: String) throws(CorpusError) -> [MarkupPost] {
        guard root.localName == "feed" else {
            throw .malformed(path: path, line: root.line, reason: "not an Atom feed: the root element is <\(root.qualifiedName)>, not <feed>")
        }
        var posts: [MarkupPost] = []
        var postKeys: [String: Int] = [:]   // id and alternate link → index in posts
        var comments: [Entry] = []
        for element in root.children("entry", in: AtomFeedReader.atom) {
            let entry = try Entry(element, path: path)
            switch entry.kind {
            case "settings", "template", "layout":
                continue
            case "comment":
                comments.append(entry)
            default:
                if entry.inReplyTo != nil { comments.append(entry); continue }
                for key in [entry.id, entry.alternate].compactMap({ $0 }) where postKeys[key] == nil { postKeys[key] = posts.count }
                posts.append(entry.post)
            }
        }
        attach(comments, to: &posts, keys: postKeys)
        return posts
    }

    /// Puts comments under their posts in thread order.
    private func attach(_ comments: [Entry], to posts: inout [MarkupPost], keys: [String: Int]) {
        var commentIndex: [String: Int] = [:]  // id and self link → index in comments
        for (k, c) in comments.enumerated() {
            for key in [c.id, c.selfLink].compactMap({ $0 }) where commentIndex[key] == nil { commentIndex[key] = k }
        }
        // The comment each one answers, and the post of each thread.
        var parent: [Int?] = Array(repeating: nil, count: comments.count)
        for (k, c) in comments.enumerated() {
            if let related = c.related, let p = commentIndex[related], p != k { parent[k] = p }
            else if let ref = c.inReplyTo?.ref, keys[ref] == nil, let p = commentIndex[ref], p != k { parent[k] = p }
        }
        func root(_ k: Int) -> Int {
            var r = k
            var steps = 0
            while let p = parent[r], steps < comments.count { r = p; steps += 1 }
            return r
        }
        func postKey(_ c: Entry) -> Int? {
            if let ref = c.inReplyTo?.ref, let p = keys[ref] { return p }
            if let href = c.inReplyTo?.href, let p = keys[href] { return p }
            return nil
        }
        // Threads: top-level comments by post (or by what they answer, for posts not in the file).
        var threads: [Int: [Int]] = [:]        // top-level comment → its replies
        var topLevel: [Int: [Int]] = [:]       // post index → its top-level comments
        var orphans: [String: [Int]] = [:]
        var orphanOrder: [String] = []
        for k in comments.indices {
            let r = root(k)
            if r != k { threads[r, default: []].append(k); continue }
            if let p = postKey(comments[k]) {
                topLevel[p, default: []].append(k)
            } else {
                let key = comments[k].inReplyTo?.ref ?? comments[k].inReplyTo?.href ?? ""
                if orphans[key] == nil { orphanOrder.append(key) }
                orphans[key, default: []].append(k)
            }
        }
        func ordered(_ ks: [Int]) -> [Int] {
            ks.enumerated().sorted { a, b in
                let x = comments[a.element].instant ?? Int.min, y = comments[b.element].instant ?? Int.min
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
        }
        func thread(_ tops: [Int]) -> [MarkupComment] {
            var out: [MarkupComment] = []
            for (n, t) in ordered(tops).enumerated() {
                out.append(comments[t].comment(number: String(n + 1), isReply: false))
                for (m, r) in ordered(threads[t] ?? []).enumerated() {
                    out.append(comments[r].comment(number: String(m + 1), isReply: true))
                }
            }
            return out
        }
        for (p, tops) in topLevel {
            let thread = thread(tops)
            posts[p].comments += thread
            for c in thread {
                posts[p].firstLine = min(posts[p].firstLine, c.firstLine)
                posts[p].lastLine = max(posts[p].lastLine, c.lastLine)
            }
        }
        for key in orphanOrder {
            let thread = thread(orphans[key] ?? [])
            guard let first = thread.map(\.firstLine).min(), let last = thread.map(\.lastLine).max() else { continue }
            posts.append(MarkupPost(firstLine: first, lastLine: last, comments: thread))
        }
    }

    /// One `<entry>`, read.
    private struct Entry {
        var id: String?
        var kind: String?
        var alternate: String?
        var selfLink: String?
        var related: String?
        var inReplyTo: (ref: String?, href: String?)?
        var title: (String, Int)?
        var author: String?
        var date: (text: String, line: Int, value: FeedDate)?
        var lines: [MarkupLine]
        var line: Int
        var endLine: Int

        var instant: Int? { date?.value.instant }

        init(_ e: XMLElementNode, path: String) throws(CorpusError) {
            let atom = AtomFeedReader.atom
            id = e.child("id", in: atom).map { $0.text.trimmedWhitespace }
            for category in e.children("category", in: atom) where category.attributes["scheme"] == AtomFeedReader.bloggerKind {
                kind = category.attributes["term"]?.split(separator: "#").last.map(String.init)
            }
            for link in e.children("link", in: atom) {
                switch link.attributes["rel"] ?? "alternate" {
                case "alternate": alternate = alternate ?? link.attributes["href"]
                case "self": selfLink = selfLink ?? link.attributes["href"]
                case "related": related = related ?? link.attributes["href"]
                default: break
                }
            }
            if let reply = e.child("in-reply-to", in: AtomFeedReader.threading) {
                inReplyTo = (reply.attributes["ref"], reply.attributes["href"])
            }
            if let t = e.child("title", in: atom), let k = FeedContent.kind(ofAtom: t) {
                title = try FeedContent.line(of: t, kind: k, path: path)
            }
            if let a = e.child("author", in: atom) {
                author = (a.child("name", in: atom) ?? a).text.trimmedWhitespace
                if author?.isEmpty == true { author = nil }
            }
            for name in ["published", "updated"] where date == nil {
                if let d = e.child(name, in: atom), let value = FeedDate.iso8601(d.text) {
                    date = (d.text.trimmedWhitespace, d.line, value)
                }
            }
            lines = []
            if let c = e.child("content", in: atom) ?? e.child("summary", in: atom), let k = FeedContent.kind(ofAtom: c) {
                lines = try FeedContent.lines(of: c, kind: k, path: path)
            }
            line = e.line
            endLine = e.endLine
        }

        var post: MarkupPost {
            MarkupPost(title: title?.0, titleLine: title?.1, published: date?.value.day, dateText: date?.text,
                       dateLine: date?.line, author: author, url: alternate, firstLine: line, lastLine: endLine,
                       body: lines)
        }

        func comment(number: String, isReply: Bool) -> MarkupComment {
            MarkupComment(author: author, timestamp: date?.text, number: number, isReply: isReply,
                          firstLine: line, lastLine: endLine, lines: lines)
        }
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    var trimmedWhitespace: String {
        var s = self[...]
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
