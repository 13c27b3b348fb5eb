/// One post or comment of a feed, as the fetcher keeps and writes it: Atom's fields, with RSS items mapped onto
/// them (`guid` → id, `pubDate` → published, `dc:creator` → author, `content:encoded` → content,
/// `wfw:commentRss` → the replies feed).
public struct FeedEntry: Sendable, Equatable {
    public var id: String?
    public var title: String?
    /// `text` or `html`.
    public var titleType = "text"
    /// ISO 8601 with the offset it was written in.
    public var published: String?
    public var updated: String?
    public var author: String?
    public var content: String?
    /// `text` or `html`.
    public var contentType = "html"
    /// The post's own page: the link kept so that outputs can point back to it.
    public var alternate: String?
    public var selfLink: String?
    /// The comment this one answers (Blogger's `related` link).
    public var related: String?
    /// The feed of this post's comments (Atom `replies` link, RSS `wfw:commentRss`).
    public var repliesFeed: String?
    /// What a comment answers (`thr:in-reply-to`): the post's or a comment's id, and its page.
    public var inReplyToRef: String?
    public var inReplyToHref: String?
    /// The number of comments the feed announces (`thr:total`, `slash:comments`).
    public var commentCount: Int?
    /// Whether the feed marks it as a comment (Blogger's `kind#comment`, or a `thr:in-reply-to`).
    public var isComment = false

    public init() {}

    /// What identifies it from run to run: its id, else its page.
    public var key: String? {
        if let id, !id.isEmpty { return id }
        if let alternate, !alternate.isEmpty { return alternate }
        return nil
    }

    /// What changes when it is edited: `updated` when the feed gives it, else a hash of what it says.
    public var version: String {
        if let updated, !updated.isEmpty { return updated }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [title ?? "", published ?? "", author ?? "", content ?? ""] {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return "fnv1a:" + String(hash, radix: 16)
    }
}
