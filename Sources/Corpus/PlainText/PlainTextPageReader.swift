/// Segments a blog page saved as plain text into posts, body passages and reader comments.
///
/// The page shape it reads is Blogger's, as a browser's "save as text" or a copy and paste gives it:
///
/// ```
/// Showing posts with label Housing. Show all posts  ← label-page header (skipped)
/// Friday, 15 January 2016                           ← dateline: starts a post
///
/// A Title                                           ← the next non-blank line
///
/// Body paragraphs, one per line. A line ending in ":-" introduces quoted material, which runs to the next
/// "--oo00oo--" break, star separator or comments section.
/// *******                                           ← star separators: the blocks after the first are comments
/// 47 comments:                                      ← the comments section
///   1. A comment                                    ← numbered comments; replies are indented further
///     ReplyDelete                                   ← Blogger's link text, also glued to a comment's start
/// ```
///
/// A page with no dateline is one post whose date is unknown here (``Post/published`` is `nil`); the extraction
/// stage infers it from the dates the post states.
public struct PlainTextPageReader: Sendable {
    public init() {}

    /// The format name recorded on documents read by this reader.
    public static let formatName = "text"

    /// Reads a page. `path` is used for ids and provenance only.
    public func read(text: String, path: String) -> Document {
        let lines = PlainTextPageReader.splitLines(text)
        let slug = PlainTextPageReader.documentSlug(path: path)
        var posts: [Post] = []

        // Datelines followed by a title start posts.
        var starts: [(line: Int, dateline: Dateline)] = []
        for (i, line) in lines.enumerated() {
            if let d = Dateline.parse(line[...]), let t = nextNonBlank(lines, after: i), t - i <= 4,
               Dateline.parse(lines[t][...]) == nil {
                starts.append((i, d))
            }
        }

        // A title written above its dateline (`A Title` / `Monday, 30 July 2018` / body), as many blogs and
        // newsletters print it, is that post's title: the post starts at the title. The title may stand on the
        // line right above, or, as the page's first line, with one blank line between (`A Title` / `` / `Monday,
        // 30 July 2018` / `` / body) when a paragraph, not a title, follows the dateline.
        var titleAbove: [Int: Int] = [:]
        for start in starts where start.line > 0 {
            guard let body = nextNonBlank(lines, after: start.line), isParagraph(lines[body]) else { continue }
            // (one blank line between only for the page's first line: in a page of several posts, a short line two
            // above a dateline is more often the post before's last, a signature)
            let t = isBlank(lines[start.line - 1]) && start.line >= 2 ? start.line - 2 : start.line - 1
            if t == start.line - 2, lines[..<t].contains(where: { !isBlank($0) }) { continue }
            guard !isBlank(lines[t]), !isPageHeader(lines[t]), isTitleLike(lines[t]), Dateline.parse(lines[t][...]) == nil,
                  t == 0 || isBlank(lines[t - 1]) else { continue }
            titleAbove[start.line] = t
        }

        // Text before the first dateline that is not a label-page header is a post of its own, of unknown date.
        let firstDated = starts.first.map { titleAbove[$0.line] ?? $0.line } ?? lines.count
        if let first = (0..<firstDated).first(where: { !isBlank(lines[$0]) && !isPageHeader(lines[$0]) }) {
            let last = lastNonBlank(lines, in: first..<firstDated) ?? first
            posts.append(makePost(lines: lines, range: first...last, dateline: nil, slug: slug, number: posts.count + 1))
        }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? (titleAbove[starts[k + 1].line] ?? starts[k + 1].line) : lines.count
            let last = lastNonBlank(lines, in: start.line..<end) ?? start.line
            posts.append(makePost(lines: lines, range: start.line...last, dateline: start.dateline, slug: slug,
                                  number: posts.count + 1, titleAbove: titleAbove[start.line]))
        }
        var document = Document(id: "doc:" + slug, path: path, format: PlainTextPageReader.formatName,
                                lineCount: lines.count, posts: posts)
        // A dateline naming a day that does not exist still starts its post; its date is left to inference.
        document.warnings = starts.filter { $0.dateline.day == nil }.map {
            .impossibleDateline(path: path, line: $0.line + 1, text: $0.dateline.text)
        }
        return document
    }

    // MARK: - One post

    private enum LineRole: Equatable {
        case skip                       // blank, boilerplate, separators, headers: in no passage
        case text(PassageKind)          // part of a passage of this kind
        case commentStart(number: String?, reply: Bool, blank: Int)  // first line of a comment; `blank` leading bytes to blank out
    }

    private func makePost(lines: [String], range: ClosedRange<Int>, dateline: Dateline?, slug: String, number: Int,
                          titleAbove: Int? = nil) -> Post {
        var title: String?
        var titleLine: Int?
        var bodyStart = range.lowerBound
        if let t = titleAbove {
            // the title stood above the dateline: the body starts right after the dateline
            title = String(lines[t][...].trimmingSpaces)
            titleLine = t + 1
            bodyStart = range.lowerBound + 1
        } else if dateline != nil {
            bodyStart = range.lowerBound + 1
            // the line after a dateline is its post's title unless it reads as a paragraph (a post printed with
            // no title, or with its title above the dateline)
            if let t = nextNonBlank(lines, after: range.lowerBound), t <= range.upperBound, !isParagraph(lines[t]) {
                title = String(lines[t][...].trimmingSpaces)
                titleLine = t + 1
                bodyStart = t + 1
            }
        }

        var roles = [LineRole](repeating: .skip, count: range.count)
        var inComments = false       // inside a "N comments:" section or after glued Blogger link text
        var afterStars = false       // after the first star separator: blocks are comments
        var inQuote = false
        var pendingStart = false     // the next text line starts a comment
        var lastTextRow: Int?        // the last body or quoted line
        if bodyStart <= range.upperBound {
            for i in bodyStart...range.upperBound {
                let line = lines[i]
                let r = i - range.lowerBound
                let trimmed = line[...].trimmingSpaces
                if trimmed.isEmpty { continue }
                if isCommentsHeader(trimmed) {
                    inComments = true; inQuote = false; pendingStart = true
                    continue
                }
                if isStarSeparator(trimmed) {
                    afterStars = true; inQuote = false; pendingStart = true
                    continue
                }
                if isSectionBreak(trimmed) {
                    inQuote = false; pendingStart = afterStars || inComments
                    continue
                }
                if PlainTextPageReader.boilerplate.contains(String(trimmed)) || isPageHeader(line) {
                    pendingStart = inComments || afterStars
                    continue
                }
                if let glued = gluedLinkText(trimmed) {
                    let lead = line.utf8.count - trimmed.utf8.count - trailingCount(line)
                    // Blogger's "Reply Delete" links end a comment, so the first glued line shows that the line
                    // before it was a comment already: the first of the thread.
                    if !inComments, let previous = lastTextRow, case .text = roles[previous] {
                        roles[previous] = .commentStart(number: nil, reply: false, blank: 0)
                    }
                    inComments = true; inQuote = false; pendingStart = false
                    roles[r] = .commentStart(number: nil, reply: false, blank: lead + glued)
                    continue
                }
                if inComments, let (num, indent, prefix) = numberedComment(line) {
                    pendingStart = false
                    roles[r] = .commentStart(number: num, reply: indent >= 4, blank: prefix)
                    continue
                }
                if pendingStart {
                    pendingStart = false
                    roles[r] = .commentStart(number: nil, reply: false, blank: 0)
                    lastTextRow = r
                    continue
                }
                if inComments || afterStars {
                    roles[r] = .text(.comment)
                    lastTextRow = r
                    continue
                }
                roles[r] = .text(inQuote ? .quoted : .body)
                lastTextRow = r
                if trimmed.hasSuffix(":-") || trimmed.hasSuffix(":-\u{A0}") { inQuote = true }
            }
        }

        // Group the lines into passages: runs of one kind; every comment start opens a new comment.
        var passages: [Passage] = []
        var comments: [Comment] = []
        var current: (kind: PassageKind, first: Int, last: Int, number: String?, reply: Bool, blanks: [Int: Int])?

        func flush() {
            guard let c = current else { return }
            var texts: [String] = []
            for li in c.first...c.last {
                var s = lines[li]
                if let n = c.blanks[li], n > 0 {
                    let u = Array(s.utf8)
                    s = String(repeating: " ", count: min(n, u.count)) + String(decoding: u.dropFirst(min(n, u.count)), as: UTF8.self)
                }
                texts.append(s)
            }
            let passage = Passage(kind: c.kind, firstLine: c.first + 1, lastLine: c.last + 1, text: texts.joined(separator: "\n"))
            if c.kind == .comment {
                comments.append(Comment(number: c.number, isReply: c.reply, passage: passage))
            } else {
                passages.append(passage)
            }
            current = nil
        }

        for (r, role) in roles.enumerated() {
            let li = range.lowerBound + r
            switch role {
            case .skip:
                // A boilerplate or separator line closes the passage; blank lines do not.
                if !isBlank(lines[li]) { flush() }
            case .commentStart(let number, let reply, let blank):
                flush()
                current = (.comment, li, li, number, reply, blank > 0 ? [li: blank] : [:])
            case .text(let kind):
                if let c = current, c.kind == kind {
                    current?.last = li
                } else {
                    flush()
                    current = (kind, li, li, nil, false, [:])
                }
            }
        }
        flush()

        return Post(id: "post:\(slug)-\(number)", title: title, titleLine: titleLine, published: dateline?.day,
                    publishedInferred: false, datelineLine: dateline == nil ? nil : range.lowerBound + 1,
                    datelineText: dateline?.text, firstLine: range.lowerBound + 1, lastLine: range.upperBound + 1,
                    passages: passages, comments: comments)
    }

    // MARK: - Line classes

    static let boilerplate: Set<String> = [
        "ReplyDelete", "Reply", "Replies", "Delete", "Load more...", "Post a Comment", "Newer Post", "Older Post",
        "Home", "Subscribe to: Post Comments (Atom)", "Show all posts", "Share", "Email This", "BlogThis!",
        "Share to Twitter", "Share to Facebook", "Share to Pinterest",
    ]

    private func isBlank(_ line: String) -> Bool { line[...].trimmingSpaces.isEmpty }

    /// Whether a line reads as a title: short, and not ending as a sentence does (`Gauke Pulls the Plug`,
    /// `Who Runs Our Water?` may end in a question mark).
    private func isTitleLike(_ line: String) -> Bool {
        let t = line[...].trimmingSpaces
        guard t.count <= 120, t.split(separator: " ").count <= 16, let last = t.last else { return false }
        return !".,;:".contains(last)
    }

    /// Whether a line reads as a body paragraph rather than a title: two sentences or more, or a long line
    /// ending as a sentence does.
    private func isParagraph(_ line: String) -> Bool {
        let t = line[...].trimmingSpaces
        guard let last = t.last, ".!?\"\u{201D}".contains(last) else { return false }
        let sentences = t.components(separatedBy: ". ").count
        return sentences >= 2 || t.count >= 140
    }

    private func isPageHeader(_ line: String) -> Bool {
        line.hasPrefix("Showing posts with label") || line.hasPrefix("Showing posts sorted by")
            || line.hasPrefix("Showing posts from") || line.hasPrefix("No posts with label")
    }

    private func isCommentsHeader(_ t: Substring) -> Bool {
        // "47 comments:", "1 comment:", "No comments:"
        guard t.hasSuffix(":") else { return false }
        let words = t.dropLast().split(separator: " ")
        guard words.count == 2, words[1] == "comments" || words[1] == "comment" else { return false }
        return Int(words[0]) != nil || words[0] == "No"
    }

    private func isStarSeparator(_ t: Substring) -> Bool { t.utf8.allSatisfy { $0 == 0x2A } && t.utf8.count >= 3 }

    private func isSectionBreak(_ t: Substring) -> Bool {
        t.hasPrefix("--") && t.hasSuffix("--") && t.utf8.count >= 6 && t.utf8.count <= 40 && t.contains("oo")
    }

    /// Blogger's link text glued to the start of a comment (`ReplyDeleteThis is…`, `DeleteOh very good`): the
    /// number of bytes to blank, or `nil`.
    private func gluedLinkText(_ t: Substring) -> Int? {
        for prefix in ["ReplyDelete", "Delete", "Reply"] where t.hasPrefix(prefix) {
            let rest = t.dropFirst(prefix.count)
            if let c = rest.first, !c.isLowercase || rest.hasPrefix("http") {
                return prefix.utf8.count
            }
        }
        return nil
    }

    private func trailingCount(_ line: String) -> Int {
        var n = 0
        for b in line.utf8.reversed() { if b == 0x20 || b == 0x09 || b == 0x0D { n += 1 } else { break } }
        return n
    }

    /// `  3. text` → ("3", indent 2, bytes of the indent and number to blank).
    private func numberedComment(_ line: String) -> (String, Int, Int)? {
        let u = Array(line.utf8.prefix(12))
        var i = 0
        while i < u.count, u[i] == 0x20 { i += 1 }
        let indent = i
        guard indent >= 1 else { return nil }
        let digitsStart = i
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
        guard i > digitsStart, i - digitsStart <= 3, i + 1 < u.count, u[i] == 0x2E, u[i + 1] == 0x20 else { return nil }
        let number = String(decoding: u[digitsStart..<i], as: UTF8.self)
        return (number, indent, i + 2)
    }

    private func nextNonBlank(_ lines: [String], after i: Int) -> Int? {
        var j = i + 1
        while j < lines.count { if !isBlank(lines[j]) { return j }; j += 1 }
        return nil
    }

    private func lastNonBlank(_ lines: [String], in r: Range<Int>) -> Int? {
        r.reversed().first { !isBlank(lines[$0]) }
    }

    // MARK: - Helpers shared with other readers

    /// Splits text into lines on `\n`, dropping a `\r` before it; a final newline does not make an extra line.
    /// Works on the UTF-8 bytes (a line break is one byte whatever surrounds it), which is several times faster
    /// than walking the text by `Character`, and splits `\r\n` (a single `Character`) like `\n`.
    public static func splitLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { buffer -> [String] in
            var lines: [String] = []
            var start = 0
            func line(_ end: Int) -> String {
                var end = end
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
            for i in 0..<buffer.count where buffer[i] == 0x0A {
                lines.append(line(i))
                start = i + 1
            }
            if start < buffer.count { lines.append(line(buffer.count)) }
            return lines
        }
    }

    /// The file name without folders and extension: the stable part of document ids.
    public static func documentSlug(path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }
}
