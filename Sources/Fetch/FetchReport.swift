/// What changed in the output folder.
public struct FetchChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case newPost = "new post", updatedPost = "updated post", newComment = "new comment" }

    public var kind: Kind
    /// The post's file in the output folder.
    public var file: String
    public var title: String?
    /// For a new post, its number of comments; for a new comment, its author.
    public var comments: Int?
    public var author: String?
}

/// What a run did: the changes, counts, what was skipped, and why it stopped early if it did.
public struct FetchReport: Sendable {
    public var feed: String?
    public var changes: [FetchChange] = []
    /// Feed pages fetched (post and comment pages), and of them those the server said had not changed.
    public var pages = 0
    public var notModified = 0
    /// Posts seen in the feed, and the post files in the folder at the end.
    public var postsSeen = 0
    public var postFiles = 0
    /// Comment feeds that could not be read (their posts are kept, and tried again next run).
    public var skipped: [FetchError] = []
    /// Why the run stopped before the end of the feed; `nil` when it walked it all.
    public var stopped: FetchError?

    public var newPosts: Int { changes.count { $0.kind == .newPost } }
    public var updatedPosts: Int { changes.count { $0.kind == .updatedPost } }
    public var newComments: Int { changes.count { $0.kind == .newComment } }
}

/// Progress of a run, for a terminal.
public struct FetchProgress: Sendable {
    public var pages: Int
    public var posts: Int
    public var written: Int
    public var url: String
}
