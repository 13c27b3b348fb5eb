import Foundation
import HindsightSupport

/// Copies a blog's posts and comments from its feeds into a folder, one Atom file per post, and keeps it current.
///
/// The run discovers the feed (``FeedDiscovery``), walks its pages (RFC 5005 `rel="next"`; Blogger's
/// `start-index`/`max-results`; WordPress's `paged`), and for each post that is new or changed (by entry id and
/// `updated`, or a hash of the entry when the feed gives no `updated`) or whose comment count changed, reads its
/// comment feed (all pages) and writes the post's file (``PostFile``). Pages already seen are asked for with
/// their `ETag`/`Last-Modified`, so that an unchanged page costs a `304`. Every file is written atomically and
/// the state (``FetchState``) is saved after each post, so an interrupted run leaves whole files and a re-run
/// resumes where it stopped.
public final class FeedFetcher {
    let client: PoliteHTTPClient
    public let folder: String
    var state: FetchState?
    var report = FetchReport()
    var claimed: Set<String> = []
    public var onProgress: ((FetchProgress) -> Void)?

    static let feedAccept = "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

    public init(client: PoliteHTTPClient, folder: String) {
        self.client = client
        self.folder = folder
    }

    /// Fetches what is new from the blog at `address` (a page of the blog or its feed).
    public func run(address: URL) -> FetchReport {
        report = FetchReport()
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            report.stopped = .write(path: folder, reason: "the folder could not be created (\(error.localizedDescription))")
            return report
        }
        var state = FetchState.load(from: folder)
        do {
            let feed: URL
            if let s = state, s.site == address.absoluteString || s.feed == address.absoluteString, let known = URL(string: s.feed) {
                feed = known
            } else {
                feed = try FeedDiscovery(client: client).feed(for: address)
                if let s = state, s.feed != feed.absoluteString {
                    // A folder holds one blog: another blog's posts would be mixed with its own.
                    report.stopped = .write(path: folder, reason: "it holds a copy of \(s.feed), not of \(feed.absoluteString); give another --output folder")
                    report.postFiles = s.posts.values.count { FileManager.default.fileExists(atPath: folder + "/" + $0.file) }
                    return report
                }
            }
            report.feed = feed.absoluteString
            if state == nil { state = FetchState(site: address.absoluteString, feed: feed.absoluteString) }
            self.state = state
            claimed = Set(state!.posts.values.map(\.file))
            try walk(feed)
        } catch {
            report.stopped = error
        }
        if var s = self.state {
            s.complete = report.stopped == nil
            s.lastRun = ISO8601DateFormatter().string(from: Date())
            self.state = s
            do { try s.save(to: folder) } catch { report.stopped = report.stopped ?? error }
        }
        report.postFiles = self.state?.posts.values.count { FileManager.default.fileExists(atPath: folder + "/" + $0.file) } ?? 0
        return report
    }

    // MARK: Pages

    enum Platform { case blogger, wordpress, other }

    static func platform(of url: URL, page: FeedPage?) -> Platform {
        let generator = page?.generator?.lowercased() ?? ""
        if generator.contains("blogger") || page?.feedID?.hasPrefix("tag:blogger.com") == true || url.path.contains("/feeds/") { return .blogger }
        if generator.contains("wordpress") || url.path.hasSuffix("/feed/") || url.path.hasSuffix("/feed")
            || url.query?.contains("feed=") == true { return .wordpress }
        return .other
    }

    /// The first page's address: a Blogger feed is asked for `max-results` posts at a time.
    func firstPage(_ feed: URL) -> URL {
        guard FeedFetcher.platform(of: feed, page: nil) == .blogger, FeedFetcher.query(feed, "max-results") == nil else { return feed }
        return FeedFetcher.setting(feed, ["max-results": String(client.settings.bloggerPageSize)])
    }

    /// The next page's address, and whether it was computed (not given by the feed), so that a 404 there only
    /// means the end.
    /// WordPress's `paged` is followed for the posts feed only (its comment feeds are not paged that way), and
    /// stops at a page shorter than the first.
    func nextPage(after page: FeedPage, at url: URL, comments: Bool = false, firstPageSize: Int? = nil) -> (URL, computed: Bool)? {
        if let next = page.next { return (next, false) }
        guard !page.entries.isEmpty else { return nil }
        switch FeedFetcher.platform(of: url, page: page) {
        case .blogger:
            let start = page.startIndex ?? FeedFetcher.query(url, "start-index").flatMap(Int.init) ?? 1
            let next = start + page.entries.count
            if let total = page.totalResults, next > total { return nil }
            var items = ["start-index": String(next)]
            if FeedFetcher.query(url, "max-results") == nil { items["max-results"] = String(client.settings.bloggerPageSize) }
            return (FeedFetcher.setting(url, items), true)
        case .wordpress:
            guard !comments, page.entries.count >= (firstPageSize ?? 0) else { return nil }
            let paged = FeedFetcher.query(url, "paged").flatMap(Int.init) ?? 1
            return (FeedFetcher.setting(url, ["paged": String(paged + 1)]), true)
        case .other:
            return nil
        }
    }

    static func query(_ url: URL, _ name: String) -> String? {
        URLComponents(url: url, resolvingAgainstBaseURL: true)?.queryItems?.first { $0.name == name }?.value
    }

    static func setting(_ url: URL, _ items: [String: String]) -> URL {
        guard var c = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url }
        var query = c.queryItems ?? []
        for (name, value) in items.sorted(by: { $0.key < $1.key }) {
            if let i = query.firstIndex(where: { $0.name == name }) { query[i].value = value } else { query.append(URLQueryItem(name: name, value: value)) }
        }
        c.queryItems = query
        return c.url ?? url
    }

    /// Counts a feed page against `--max-pages`.
    func countPage(_ url: URL) throws(FetchError) {
        guard report.pages < client.settings.maxPages else { throw .pageLimit(url: url.absoluteString, limit: client.settings.maxPages) }
        report.pages += 1
    }

    private func walk(_ feed: URL) throws(FetchError) {
        var pageURL: (URL, computed: Bool)? = (firstPage(feed), false)
        var visited: Set<String> = []
        var seen: Set<String> = []
        var firstPageSize: Int?
        while let (url, computed) = pageURL {
            guard visited.insert(url.absoluteString).inserted else { break }
            try countPage(url)
            let known = state!.pages[url.absoluteString]
            // A page is asked for conditionally only when every post it held is still in the folder, whole.
            let usable = known.flatMap { k in k.keys.allSatisfy { hasFile($0) && state!.posts[$0]?.commentsComplete == true } ? k : nil }
            let response: HTTPResponse
            do {
                response = try client.get(url, validators: usable?.validators, accept: FeedFetcher.feedAccept)
            } catch .http(_, let status, _) where computed && (status == 404 || status == 410) {
                break  // past the last page
            }
            progress(url)
            if response.isNotModified, let usable {
                report.notModified += 1
                report.postsSeen += usable.keys.filter { seen.insert($0).inserted }.count
                pageURL = usable.next.flatMap(URL.init(string:)).map { ($0, false) }
                continue
            }
            let page = try FeedPage.parse(response.body, url: response.url)
            let posts = page.entries.filter { !$0.isComment && $0.key != nil }
            // A page with nothing new to this walk ends it (a server that ignores the paging parameter).
            guard !posts.isEmpty, posts.contains(where: { !seen.contains($0.key!) }) else { break }
            for post in posts where seen.insert(post.key!).inserted {
                report.postsSeen += 1
                try update(post, blogTitle: page.title, source: response.url)
                progress(url)
            }
            firstPageSize = firstPageSize ?? page.entries.count
            let next = nextPage(after: page, at: url, firstPageSize: firstPageSize)
            if let v = Validators(response) {
                state!.pages[url.absoluteString] = FetchState.Page(validators: v, next: next?.0.absoluteString, keys: posts.compactMap(\.key))
            }
            try state!.save(to: folder)
            pageURL = next
        }
    }

    private func progress(_ url: URL) {
        onProgress?(FetchProgress(pages: report.pages, posts: report.postsSeen, written: report.newPosts + report.updatedPosts, url: url.absoluteString))
    }

    private func hasFile(_ key: String) -> Bool {
        guard let file = state?.posts[key]?.file else { return false }
        return FileManager.default.fileExists(atPath: folder + "/" + file)
    }

    // MARK: Posts

    /// Fetches the comments of a post that is new, changed, or whose comments changed, and writes its file.
    private func update(_ entry: FeedEntry, blogTitle: String?, source: URL) throws(FetchError) {
        let key = entry.key!
        let old = hasFile(key) ? state!.posts[key] : nil
        let isUpdated = old.map { $0.version != entry.version } ?? false
        let commentsMayHaveChanged = old.map { o in
            !o.commentsComplete || (entry.commentCount != nil ? entry.commentCount != o.commentCount : entry.repliesFeed != nil)
        } ?? true
        guard old == nil || isUpdated || commentsMayHaveChanged else { return }

        var comments: [FeedEntry]? = nil       // nil: unchanged since the file was written
        var complete = true
        if entry.commentCount == 0 {
            comments = []   // the feed says there are none: no request
        } else if let feed = entry.repliesFeed.flatMap(URL.init(string:)), old == nil || commentsMayHaveChanged {
            do {
                comments = try fetchComments(feed, conditional: old != nil && old!.commentsComplete)
            } catch {
                switch error {
                case .http, .malformed, .redirectRefused, .redirectLoop, .tooManyRedirects, .disallowedByRobots:
                    report.skipped.append(error)
                    complete = false
                default:
                    throw error
                }
            }
        }
        let previous = old.map { oldComments(of: $0) } ?? []
        if old != nil, !isUpdated, comments == nil {
            if complete { state!.posts[key]?.commentCount = entry.commentCount; state!.posts[key]?.commentsComplete = true }
            return   // nothing new: the comment feed has not changed
        }
        let all = comments ?? previous
        let file = old?.file ?? allocateFile(for: entry, key: key)
        let text = PostFile(post: entry, comments: all, blogTitle: blogTitle, source: source.absoluteString).atom
        try OutputFile.writeDurably(Data(text.utf8), to: folder + "/" + file)
        claimed.insert(file)

        let known = old?.comments ?? [:]
        var versions: [String: String] = [:]
        for c in all { if let k = c.key { versions[k] = c.version } }
        if old == nil {
            report.changes.append(FetchChange(kind: .newPost, file: file, title: entry.title, comments: all.count))
        } else {
            if isUpdated { report.changes.append(FetchChange(kind: .updatedPost, file: file, title: entry.title)) }
            for c in all where c.key.map({ known[$0] == nil }) ?? false {
                report.changes.append(FetchChange(kind: .newComment, file: file, title: entry.title, author: c.author))
            }
        }
        state!.posts[key] = FetchState.Post(file: file, version: entry.version, title: entry.title, url: entry.alternate,
                                            commentCount: complete ? entry.commentCount : nil, comments: versions,
                                            commentsComplete: complete)
        try state!.save(to: folder)
    }

    /// All pages of a comment feed; `nil` when the server says it has not changed.
    private func fetchComments(_ feed: URL, conditional: Bool) throws(FetchError) -> [FeedEntry]? {
        var pageURL: (URL, computed: Bool)? = (firstPage(feed), false)
        var visited: Set<String> = []
        var seen: Set<String> = []
        var all: [FeedEntry] = []
        var validators: Validators?
        var first = true
        while let (url, computed) = pageURL {
            guard visited.insert(url.absoluteString).inserted else { break }
            try countPage(url)
            let response: HTTPResponse
            do {
                response = try client.get(url, validators: first && conditional ? state!.commentFeeds[feed.absoluteString] : nil,
                                          accept: FeedFetcher.feedAccept)
            } catch .http(_, let status, _) where computed && (status == 404 || status == 410) {
                break
            }
            if response.isNotModified { report.notModified += 1; return nil }
            if first { validators = Validators(response) }
            first = false
            let page = try FeedPage.parse(response.body, url: response.url)
            let fresh = page.entries.filter { $0.key.map { seen.insert($0).inserted } ?? false }
            guard !fresh.isEmpty else { break }
            all += fresh
            pageURL = nextPage(after: page, at: url, comments: true)
        }
        state!.commentFeeds[feed.absoluteString] = validators
        return all
    }

    /// The comments in a post's file, as written by an earlier run.
    private func oldComments(of post: FetchState.Post) -> [FeedEntry] {
        let path = folder + "/" + post.file
        guard let data = FileManager.default.contents(atPath: path),
              let page = try? FeedPage.parse(data, url: URL(fileURLWithPath: path)) else { return [] }
        return page.entries.filter(\.isComment)
    }

    /// A name in the folder for a new post: ``SafeFileName``'s base, with a hash of the key when another post has
    /// it. A file left by an interrupted run that holds this same post is reused.
    private func allocateFile(for entry: FeedEntry, key: String) -> String {
        let base = SafeFileName.base(for: entry)
        var candidates = [base, SafeFileName.disambiguated(base, key: key)]
        for n in 2...1000 { candidates.append(SafeFileName.disambiguated(base, key: key) + "-\(n)") }
        for name in candidates {
            let file = name + ".atom"
            guard !claimed.contains(file) else { continue }
            let path = folder + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { return file }
            if String(decoding: data.prefix(4096), as: UTF8.self).contains("<id>\(PostFile.escape(key))</id>") { return file }
        }
        return SafeFileName.disambiguated(base, key: key + UUID().uuidString) + ".atom"
    }
}
