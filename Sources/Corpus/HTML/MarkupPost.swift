/// A post read from markup (a saved HTML page or a feed entry), before it becomes a ``Post``: its lines still
/// tied to the elements they came from; authors and comment time stamps are carried into the ``Post``.
public struct MarkupPost: Sendable, Hashable {
    public var title: String?
    public var titleLine: Int?
    /// The publication day, as the page or entry states it.
    public var published: CalendarDay?
    /// The date as written (a date header, an Atom `published` value, an RSS `pubDate`) and its line.
    public var dateText: String?
    public var dateLine: Int?
    public var author: String?
    /// A date header naming a day that does not exist (`Monday, 31 February 2015`), and its line: the post is
    /// read undated, and the reader warns.
    public var impossibleDate: (text: String, line: Int)? {
        get { impossibleDateText.map { ($0, impossibleDateLine ?? firstLine) } }
        set { impossibleDateText = newValue?.text; impossibleDateLine = newValue?.line }
    }
    var impossibleDateText: String?
    var impossibleDateLine: Int?
    /// The post's address: an Atom entry's alternate link, an RSS item's link, an HTML post's title link or
    /// time-stamp link, or the page's canonical link (`og:url`) when it holds one post.
    public var url: String?
    /// The lines of the element or entry the post was read from.
    public var firstLine: Int
    public var lastLine: Int
    /// The text of the post's body, in page order.
    public var body: [MarkupLine]
    /// Its reader comments, in page (or thread) order.
    public var comments: [MarkupComment]

    public init(title: String? = nil, titleLine: Int? = nil, published: CalendarDay? = nil, dateText: String? = nil,
                dateLine: Int? = nil, author: String? = nil, url: String? = nil, firstLine: Int, lastLine: Int,
                body: [MarkupLine] = [], comments: [MarkupComment] = []) {
        self.url = url
        self.title = title
        self.titleLine = titleLine
        self.published = published
        self.dateText = dateText
        self.dateLine = dateLine
        self.author = author
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.body = body
        self.comments = comments
    }

    /// The post in the ``Document`` model, with id `id`.
    ///
    /// The blog's own text conventions apply to the body as they do on a plain-text page (see
    /// ``PlainTextPageReader``): a line ending in `:-` introduces quoted material, which runs to the next
    /// `--oo00oo--` break or star separator, and each block after a `*******` separator is a reader comment the
    /// blogger reposted. Quoted markup (`<blockquote>`) is quoted material too. Body lines become passages of
    /// consecutive source lines; two blocks on one source line start a new passage, so that each passage's
    /// text still maps offsets to lines (``Passage/line(atUTF8Offset:)``).
    public func post(id: String) -> Post {
        var passages: [Passage] = []
        var starComments: [[MarkupLine]] = []
        var run: [MarkupLine] = []
        var runKind = PassageKind.body

        func closeRun() {
            if let p = MarkupPost.passage(run, kind: runKind, joiningSameLine: false) { passages += p }
            run = []
        }

        var inQuote = false
        var afterStars = false
        var newComment = false
        for line in body {
            let t = line.text
            if MarkupPost.isStarSeparator(t) {
                closeRun()
                afterStars = true; inQuote = false; newComment = true
                continue
            }
            if MarkupPost.isSectionBreak(t) {
                closeRun()
                inQuote = false; newComment = afterStars
                continue
            }
            if afterStars {
                if newComment || starComments.isEmpty { starComments.append([]) }
                newComment = false
                starComments[starComments.count - 1].append(line)
                continue
            }
            let kind: PassageKind = line.quoted || inQuote ? .quoted : .body
            if kind != runKind || (run.last.map { $0.line >= line.line } ?? false) { closeRun() }
            runKind = kind
            run.append(line)
            if t.hasSuffix(":-") { inQuote = true }
        }
        closeRun()

        var comments: [Comment] = starComments.compactMap { lines in
            MarkupPost.passage(lines, kind: .comment, joiningSameLine: true)?.first.map {
                Comment(number: nil, isReply: false, passage: $0)
            }
        }
        for c in self.comments {
            guard let passage = MarkupPost.passage(c.lines, kind: .comment, joiningSameLine: true)?.first else { continue }
            comments.append(Comment(number: c.number, isReply: c.isReply, passage: passage, author: c.author,
                                    timestamp: c.timestamp))
        }

        // The post's range holds its title and text. A date header several posts share stays where it is, before
        // the range of all but the first, so that posts do not overlap.
        var first = firstLine
        var last = lastLine
        for line in [titleLine].compactMap({ $0 }) + (passages + comments.map(\.passage)).flatMap({ [$0.firstLine, $0.lastLine] }) {
            first = min(first, line)
            last = max(last, line)
        }
        return Post(id: id, title: title, titleLine: titleLine, published: published, publishedInferred: false,
                    datelineLine: published == nil ? nil : dateLine, datelineText: published == nil ? nil : dateText,
                    firstLine: first, lastLine: last, passages: passages, comments: comments, author: author, url: url)
    }

    /// Lines as passages of one kind: one passage per run of increasing source lines, the lines between filled
    /// with empty ones; or, when `joiningSameLine`, a single passage in which text on a line already used is
    /// joined to it with a space.
    static func passage(_ lines: [MarkupLine], kind: PassageKind, joiningSameLine: Bool) -> [Passage]? {
        guard let first = lines.first else { return nil }
        var out: [Passage] = []
        var texts: [String] = [first.text]
        var start = first.line
        var current = first.line
        for l in lines.dropFirst() {
            if l.line > current {
                texts += Array(repeating: "", count: l.line - current - 1)
                texts.append(l.text)
                current = l.line
            } else if joiningSameLine {
                texts[texts.count - 1] += " " + l.text
            } else {
                out.append(Passage(kind: kind, firstLine: start, lastLine: current, text: texts.joined(separator: "\n")))
                texts = [l.text]
                start = l.line
                current = l.line
            }
        }
        out.append(Passage(kind: kind, firstLine: start, lastLine: current, text: texts.joined(separator: "\n")))
        return out
    }

    static func isStarSeparator(_ t: String) -> Bool { t.utf8.count >= 3 && t.utf8.allSatisfy { $0 == 0x2A } }

    static func isSectionBreak(_ t: String) -> Bool {
        t.hasPrefix("--") && t.hasSuffix("--") && t.count >= 6 && t.contains("oo")
    }
}

/// A reader's comment read from markup.
public struct MarkupComment: Sendable, Hashable {
    /// The name the comment is signed with (`Anonymous` on many blogs).
    public var author: String?
    /// Its time stamp as written (`15 January 2016 at 08:12`, `2016-01-15T08:12:00.000Z`).
    public var timestamp: String?
    /// Its number in the thread, replies numbered under their parent; `nil` when the page does not number them.
    public var number: String?
    public var isReply: Bool
    /// The lines of the element or entry the comment was read from.
    public var firstLine: Int
    public var lastLine: Int
    /// Its text.
    public var lines: [MarkupLine]

    public init(author: String? = nil, timestamp: String? = nil, number: String? = nil, isReply: Bool = false,
                firstLine: Int, lastLine: Int, lines: [MarkupLine]) {
        self.author = author
        self.timestamp = timestamp
        self.number = number
        self.isReply = isReply
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.lines = lines
    }
}

/// Builds a ``Document`` from posts read from markup.
enum MarkupDocument {
    static func build(_ posts: [MarkupPost], path: String, format: String, text: String) -> Document {
        let slug = PlainTextPageReader.documentSlug(path: path)
        let converted = posts.enumerated().map { k, p in p.post(id: "post:\(slug)-\(k + 1)") }
        return Document(id: "doc:" + slug, path: path, format: format, lineCount: lineCount(text), posts: converted)
    }

    /// Lines as ``PlainTextPageReader/splitLines(_:)`` counts them: a final newline makes no extra line.
    static func lineCount(_ text: String) -> Int {
        var n = 0
        var last: UInt8 = 0x0A
        for b in text.utf8 {
            if b == 0x0A { n += 1 }
            last = b
        }
        return last == 0x0A ? n : n + 1
    }
}
