/// One fetched post and its comments as an Atom document, the form `hindsight`'s Atom reader reads: the post
/// entry with its `alternate` link (the post's page, so that outputs can point back to it), then one entry per
/// comment joined to the post by `thr:in-reply-to` (ref: the post's id; href: its page), a reply keeping the
/// `related` link or `ref` that names the comment it answers.
public struct PostFile: Sendable, Equatable {
    public var post: FeedEntry
    public var comments: [FeedEntry]
    /// The blog's title and the feed the post came from.
    public var blogTitle: String?
    public var source: String

    public init(post: FeedEntry, comments: [FeedEntry], blogTitle: String?, source: String) {
        self.post = post
        self.comments = comments
        self.blogTitle = blogTitle
        self.source = source
    }

    /// The Atom text.
    public var atom: String {
        let postRef = post.key ?? ""
        let commentIDs = Set(comments.compactMap(\.id))
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">\n"
        out += "<id>\(Self.escape(postRef))</id>\n"
        out += "<title type=\"text\">\(Self.escape(blogTitle ?? post.title ?? ""))</title>\n"
        out += "<updated>\(Self.escape(post.updated ?? post.published ?? ""))</updated>\n"
        out += "<link rel=\"via\" href=\"\(Self.escape(source))\"/>\n"
        out += "<generator>Hindsight fetch</generator>\n"
        out += entry(post, replyTo: nil)
        for c in comments {
            // A comment keeps what it answers when that is another comment of the thread; else it answers the post.
            let ref = c.inReplyToRef.flatMap { commentIDs.contains($0) ? $0 : nil } ?? postRef
            out += entry(c, replyTo: (ref, post.alternate))
        }
        out += "</feed>\n"
        return out
    }

    private func entry(_ e: FeedEntry, replyTo: (ref: String, href: String?)?) -> String {
        var out = "<entry>\n"
        if let id = e.key { out += "<id>\(Self.escape(id))</id>\n" }
        if let p = e.published { out += "<published>\(Self.escape(p))</published>\n" }
        if let u = e.updated { out += "<updated>\(Self.escape(u))</updated>\n" }
        if replyTo != nil {
            out += "<category scheme=\"http://schemas.google.com/g/2005#kind\" term=\"http://schemas.google.com/blogger/2008/kind#comment\"/>\n"
        }
        if let t = e.title { out += "<title type=\"\(e.titleType)\">\(Self.escape(t))</title>\n" }
        if let a = e.author { out += "<author><name>\(Self.escape(a))</name></author>\n" }
        if let href = e.alternate { out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(href))\"/>\n" }
        if let href = e.selfLink { out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.escape(href))\"/>\n" }
        if let href = e.related { out += "<link rel=\"related\" type=\"application/atom+xml\" href=\"\(Self.escape(href))\"/>\n" }
        if replyTo == nil, let href = e.repliesFeed {
            out += "<link rel=\"replies\" type=\"application/atom+xml\" href=\"\(Self.escape(href))\"/>\n"
        }
        if let replyTo {
            out += "<thr:in-reply-to ref=\"\(Self.escape(replyTo.ref))\""
            if let href = replyTo.href { out += " href=\"\(Self.escape(href))\"" }
            out += " type=\"text/html\"/>\n"
        } else if let n = e.commentCount {
            out += "<thr:total>\(n)</thr:total>\n"
        }
        if let c = e.content { out += "<content type=\"\(e.contentType)\">\(Self.escape(c))</content>\n" }
        out += "</entry>\n"
        return out
    }

    /// Text as XML character data or an attribute value: `&`, `<`, `>`, quotes escaped; characters XML 1.0
    /// forbids (control characters other than tab and line breaks) dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(s)
            default:
                if s.value < 0x20 || (0xFFFE...0xFFFF).contains(s.value) { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
