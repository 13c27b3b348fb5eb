/// Reads a blog page saved from a browser as HTML: a post page with its comments, an archive or label page
/// with several posts, or another page with articles.
///
/// Posts are found from the page's structure, as Blogger's templates write it:
///
/// ```
/// <h2 class="date-header"><span>Friday, 15 January 2016</span></h2>   ← date of the posts below it
/// <div class="post hentry">                                          ← a post
///   <h3 class="post-title entry-title">A Title</h3>
///   <div class="post-body entry-content">…</div>
///   <div class="post-footer">…</div>                                 ← dropped
/// </div>
/// <div class="comments" id="comments">                               ← comments of the post before
///   <li class="comment"> <cite class="user">Author</cite> <span class="datetime">…</span>
///     <p class="comment-content">…</p>  <div class="comment-replies">…nested li.comment…</div>
///   (or the older <dl id="comments-block"> <dt class="comment-author"> <dd class="comment-body">)
/// ```
///
/// Newer templates' `<time datetime>` or `<abbr class="published" title>` give the date when there is no date
/// header. Pages without Blogger's classes are read as one post per `<article>`, or as one post of the whole
/// `<body>` titled by its first `<h1>`. Scripts, styles, navigation, sidebars and widgets, post footers and
/// comment forms are dropped. Each line of text keeps the line of the HTML file where it appears.
public struct HTMLPageReader: Sendable {
    public init() {}

    /// The format name recorded on documents read by this reader.
    public static let formatName = "html"

    /// Reads a page into a ``Document``. Markup cut short (an unclosed comment, tag or script at the end of the
    /// file) is a ``CorpusError/malformed(path:line:reason:)`` naming the line where it starts.
    public func read(text: String, path: String) throws -> Document {
        let posts = try posts(text: text, path: path)
        var document = MarkupDocument.build(posts, path: path, format: HTMLPageReader.formatName, text: text)
        document.warnings = posts.compactMap { post in
            post.impossibleDate.map { .impossibleDateline(path: path, line: $0.line, text: $0.text) }
        }
        return document
    }

    /// The posts of a page, with the authors and comment time stamps the ``Document`` model does not keep.
    public func posts(text: String, path: String) throws(CorpusError) -> [MarkupPost] {
        let tokens: [HTMLToken]
        do {
            tokens = try HTMLTokenizer().tokens(text)
        } catch {
            throw .malformed(path: path, line: error.line, reason: "malformed HTML: \(error.reason)")
        }
        let root = HTMLTreeBuilder().build(tokens)
        var walker = Walker()
        walker.visit(root)
        var posts: [MarkupPost]
        if !walker.posts.isEmpty {
            posts = walker.posts
        } else {
            let articles = root.all(where: { $0.name == "article" }, stop: Self.isChrome)
            if !articles.isEmpty {
                posts = articles.map { genericPost($0) }
            } else {
                let body = root.first(where: { $0.name == "body" }) ?? root
                let post = genericPost(body)
                posts = post.body.isEmpty && post.title == nil ? [] : [post]
            }
        }
        // A page of one post: the page's own address is the post's.
        if posts.count == 1, posts[0].url == nil { posts[0].url = Self.canonical(root) }
        return posts
    }

    /// The page's address: `<link rel="canonical" href>`, else `<meta property="og:url" content>`.
    static func canonical(_ root: HTMLElement) -> String? {
        let link = root.first(where: { $0.name == "link" && ($0.attribute("rel") ?? "").lowercased()
            .split(separator: " ").contains("canonical") && $0.attribute("href") != nil })
        if let href = link?.attribute("href") { return href.trimmedWhitespace }
        let meta = root.first(where: { $0.name == "meta" && $0.attribute("property") == "og:url" && $0.attribute("content") != nil })
        return meta?.attribute("content")?.trimmedWhitespace
    }

    /// A post's permalink: the link of its title, else its time-stamp link (`<a class="timestamp-link">`).
    static func permalink(_ e: HTMLElement, title: HTMLElement?) -> String? {
        if let a = title?.first(where: { $0.name == "a" && $0.attribute("href") != nil }) { return a.attribute("href") }
        return e.first(where: { $0.name == "a" && $0.hasClass("timestamp-link") && $0.attribute("href") != nil })?
            .attribute("href")
    }

    // MARK: - Blogger's structure

    /// Walks the page in order, reading date headers, posts and comment sections.
    private struct Walker {
        var posts: [MarkupPost] = []
        var date: (day: CalendarDay?, text: String, line: Int)?
        var dateUsed = false

        mutating func visit(_ e: HTMLElement) {
            for child in e.elements {
                if MarkupText.isHidden(child) || HTMLPageReader.isChrome(child) { continue }
                if child.hasClass("date-header") {
                    let text = MarkupText.joined(MarkupText.lines(of: child))
                    date = (HTMLPageReader.day(fromHeader: text), text, child.line)
                    dateUsed = false
                } else if child.hasClass("post") || child.hasClass("hentry") {
                    posts.append(HTMLPageReader.post(child, date: date, firstUnderDate: !dateUsed))
                    dateUsed = true
                } else if child.hasClass("comments") || child.attribute("id") == "comments" {
                    guard !posts.isEmpty else { continue }
                    let comments = HTMLPageReader.comments(in: child)
                    posts[posts.count - 1].comments += comments
                    if !comments.isEmpty { posts[posts.count - 1].lastLine = max(posts[posts.count - 1].lastLine, child.endLine) }
                } else {
                    visit(child)
                }
            }
        }
    }

    /// Page furniture that holds no post text: navigation, widgets other than the blog's own, footers, forms.
    static func isChrome(_ e: HTMLElement) -> Bool {
        if e.name == "nav" || e.name == "aside" { return true }
        if e.hasClass("widget") && !e.hasClass("Blog") { return true }
        let id = e.attribute("id") ?? ""
        if id == "navbar" || id == "navbar-iframe-container" || id == "sidebar-wrapper" || id == "footer-wrapper" { return true }
        return chromeClasses.contains { e.hasClass($0) }
    }

    static let chromeClasses = [
        "navbar", "blog-pager", "post-footer", "post-share-buttons", "share-button", "feed-links", "blog-feeds",
        "post-feeds", "status-msg-wrap", "comment-form", "comment-footer", "comment-actions", "comment-replybox-thread",
        "comment-replybox-single", "thread-toggle", "avatar-image-container", "jump-link", "sidebar", "sidebar-container",
        "post-labels", "byline", "continue", "loadmore", "comments-page",
    ]

    static func post(_ e: HTMLElement, date: (day: CalendarDay?, text: String, line: Int)?, firstUnderDate: Bool) -> MarkupPost {
        let titleElement = e.first(where: { $0.hasClass("post-title") || $0.hasClass("entry-title") }, stop: isChrome)
        let titleLines = titleElement.map { MarkupText.lines(of: $0) } ?? []
        let bodyElement = e.first(where: { $0.hasClass("post-body") || $0.hasClass("entry-content") }, stop: isChrome)
        let body: [MarkupLine]
        if let bodyElement {
            body = MarkupText.lines(of: bodyElement, skip: isChrome)
        } else {
            body = MarkupText.lines(of: e, skip: { isChrome($0) || $0 == titleElement || $0.hasClass("post-header") })
        }
        var post = MarkupPost(title: titleLines.isEmpty ? nil : MarkupText.joined(titleLines), titleLine: titleLines.first?.line,
                              firstLine: e.line, lastLine: e.endLine, body: body)
        if let date, date.day == nil, let header = Dateline.parse(date.text[...]), header.day == nil {
            post.impossibleDate = (header.text, date.line)
        }
        post.url = permalink(e, title: titleElement)
        if let date, let day = date.day {
            post.published = day
            post.dateText = date.text
            post.dateLine = date.line
            if firstUnderDate { post.firstLine = min(post.firstLine, date.line) }
        } else if let (day, text, line) = timestamp(in: e) {
            post.published = day
            post.dateText = text
            post.dateLine = line
        }
        if let author = e.first(where: { $0.hasClass("fn") || $0.hasClass("post-author") || $0.hasClass("author") }) {
            let name = MarkupText.joined(MarkupText.lines(of: author))
            post.author = name.hasPrefix("Posted by ") ? String(name.dropFirst(10)) : name
        }
        return post
    }

    /// A machine-readable date in the post: `<time datetime>`, `<abbr class="published" title>`.
    static func timestamp(in e: HTMLElement) -> (CalendarDay, String, Int)? {
        let found = e.first(where: { x in
            (x.name == "time" && x.attribute("datetime") != nil)
                || (x.name == "abbr" && (x.hasClass("published") || x.hasClass("updated")) && x.attribute("title") != nil)
        })
        guard let found, let value = found.attribute("datetime") ?? found.attribute("title"),
              let date = FeedDate.iso8601(value) else { return nil }
        return (date.day, value, found.line)
    }

    /// The day a date header states: a full dateline (`Friday, 15 January 2016`) or a looser day, month and
    /// year in either order (`15 January 2016`, `January 15, 2016`, `2016-01-15`).
    static func day(fromHeader text: String) -> CalendarDay? {
        if let d = Dateline.parse(text[...]) { return d.day }
        if let d = FeedDate.iso8601(text) { return d.day }
        return FeedDate.looseDay(text)
    }

    // MARK: - Comments

    static func comments(in section: HTMLElement) -> [MarkupComment] {
        // Threaded comments: <ol> of <li class="comment">, replies nested in <div class="comment-replies">.
        let threaded = thread(in: section, isReply: false)
        if !threaded.isEmpty { return threaded }
        // The older template: <dl id="comments-block"> with dt (author), dd (body), dd (footer) for each.
        var out: [MarkupComment] = []
        for block in section.all(where: { $0.name == "dl" }) {
            var author: (String, Int)?
            for item in block.elements {
                if item.name == "dt" {
                    let name = MarkupText.joined(MarkupText.lines(of: item))
                    author = (name.hasSuffix(" said...") ? String(name.dropLast(8)) : name, item.line)
                } else if item.hasClass("comment-body") || (item.name == "dd" && !item.hasClass("comment-footer") && author != nil) {
                    out.append(MarkupComment(author: author?.0, firstLine: author?.1 ?? item.line, lastLine: item.endLine,
                                             lines: MarkupText.lines(of: item, skip: isChrome)))
                    author = nil
                } else if item.hasClass("comment-footer"), !out.isEmpty {
                    let stamp = item.first(where: { $0.hasClass("comment-timestamp") }) ?? item
                    out[out.count - 1].timestamp = MarkupText.joined(MarkupText.lines(of: stamp))
                    out[out.count - 1].lastLine = item.endLine
                }
            }
        }
        return out
    }

    /// The comments of one thread level, numbered in order, each followed by its replies.
    static func thread(in e: HTMLElement, isReply: Bool) -> [MarkupComment] {
        let items = e.all(where: { $0.hasClass("comment") }, stop: { $0.hasClass("comment-replies") })
        var out: [MarkupComment] = []
        for (k, item) in items.enumerated() {
            let notReplies: (HTMLElement) -> Bool = { $0.hasClass("comment-replies") }
            let author = item.first(where: { $0.hasClass("user") || $0.name == "cite" }, stop: notReplies)
            let time = item.first(where: { $0.hasClass("datetime") || $0.hasClass("comment-timestamp") }, stop: notReplies)
            let content = item.first(where: { $0.hasClass("comment-content") }, stop: notReplies)
            out.append(MarkupComment(
                author: author.map { MarkupText.joined(MarkupText.lines(of: $0)) },
                timestamp: time.map { MarkupText.joined(MarkupText.lines(of: $0)) },
                number: item.name == "li" ? String(k + 1) : nil, isReply: isReply,
                firstLine: item.line, lastLine: item.endLine,
                lines: content.map { MarkupText.lines(of: $0, skip: isChrome) } ?? []))
            if let replies = item.first(where: { $0.hasClass("comment-replies") }) {
                out += thread(in: replies, isReply: true)
            }
        }
        return out
    }

    // MARK: - Pages without Blogger's classes

    /// A post from an `<article>` or the page's `<body>`: the first heading is its title.
    func genericPost(_ e: HTMLElement) -> MarkupPost {
        let heading = e.first(where: { ["h1", "h2", "h3"].contains($0.name) }, stop: Self.isChrome)
        let titleLines = heading.map { MarkupText.lines(of: $0) } ?? []
        let body = MarkupText.lines(of: e, skip: { Self.isChrome($0) || $0 == heading || ["header", "footer"].contains($0.name) })
        var post = MarkupPost(title: titleLines.isEmpty ? nil : MarkupText.joined(titleLines), titleLine: titleLines.first?.line,
                              firstLine: e.line, lastLine: e.endLine, body: body)
        if let (day, text, line) = Self.timestamp(in: e) {
            post.published = day
            post.dateText = text
            post.dateLine = line
        }
        return post
    }
}
