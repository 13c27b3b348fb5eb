/// One generated page: where it goes, its text, and what it holds (for tests and summaries).
public struct GeneratedPage: Sendable, Hashable {
    /// Its path below the output folder: `2016/2016-01-15-lessons-not-learned-000042.txt`.
    public var relativePath: String
    /// The page, in the blog's plain-text format.
    public var text: String
    /// The number of posts (datelines) on the page.
    public var posts: Int
    /// The number of reader comments (numbered comments, replies and star-separated picks).
    public var comments: Int

    public init(relativePath: String, text: String, posts: Int, comments: Int) {
        self.relativePath = relativePath
        self.text = text
        self.posts = posts
        self.comments = comments
    }

    /// The size of the page in bytes (UTF-8).
    public var byteCount: Int { text.utf8.count }
}
