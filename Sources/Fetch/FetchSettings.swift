/// How politely and how far a fetch goes.
public struct FetchSettings: Sendable {
    /// Sent with every request: `Hindsight/<version> (+<what it is>)`.
    public var userAgent: String
    /// The product token robots.txt groups are matched against.
    public var robotsAgent = "hindsight"
    /// Seconds between the end of one request and the start of the next (robots.txt's `Crawl-delay` when longer,
    /// up to a minute).
    public var delay: Double = 1
    /// Seconds to wait for an answer before giving up on an attempt.
    public var timeout: Double = 30
    /// How many times a request is tried again after a timeout, a lost connection, a 429 or a 5xx.
    public var retries: Int = 3
    /// The longest wait asked by `Retry-After` that is honoured; a longer one stops the run (a re-run resumes).
    public var maxRetryAfter: Double = 300
    /// The most feed pages (post and comment pages) fetched in one run.
    public var maxPages: Int = 10_000
    /// The most bytes of response bodies received in one run.
    public var maxBytes: Int = 1 << 30
    /// The most redirects followed from one address.
    public var maxRedirects: Int = 5
    /// How many posts a Blogger feed is asked for per page (`max-results`).
    public var bloggerPageSize: Int = 50

    public init(userAgent: String) {
        self.userAgent = userAgent
    }
}
