/// A line of visible text read from markup, with the line of the source file where it appears.
public struct MarkupLine: Sendable, Hashable {
    /// The 1-based line of the source file where the text starts.
    public var line: Int
    /// The text, white space collapsed and trimmed; never empty.
    public var text: String
    /// Whether the markup marks it as quoted material (inside `<blockquote>` or `<q>`).
    public var quoted: Bool

    public init(line: Int, text: String, quoted: Bool = false) {
        self.line = line
        self.text = text
        self.quoted = quoted
    }
}

/// Turns markup into lines of text, as a browser would show them, keeping the source line of each.
///
/// Block elements (`p`, `div`, `li`, headings, `br`…) and newlines in the source end a line; other white space
/// collapses to one space, as on screen. Hidden content (scripts, styles, forms, media, `hidden` elements and
/// `display:none`) is dropped. A line's number is the source line where its first character is; text an
/// inline tag continues on a later source line (`<a` newline `href=…>`) stays on that line.
public enum MarkupText {
    /// Elements that end a line of text where they start and where they end.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    ]

    /// Elements whose content is never shown as text.
    static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math", "canvas",
        "select", "button", "input", "textarea", "audio", "video", "map", "form", "noembed", "noframes",
    ]

    /// The text lines of `element`'s content, leaving out hidden elements and those `skip` picks.
    public static func lines(of element: HTMLElement, skip: (HTMLElement) -> Bool = { _ in false }) -> [MarkupLine] {
        var collector = Collector()
        collector.walk(element, quoted: false, skip: skip)
        collector.flush()
        return collector.out
    }

    /// The text lines of an HTML fragment (a feed entry's content) whose first line is line `firstLine` of its
    /// file.
    public static func lines(ofHTML html: String, firstLine: Int) throws(MarkupError) -> [MarkupLine] {
        let tokens = try HTMLTokenizer(firstLine: firstLine).tokens(html)
        return lines(of: HTMLTreeBuilder().build(tokens))
    }

    /// The lines of plain text whose first line is line `firstLine` of its file.
    public static func lines(ofPlainText text: String, firstLine: Int) -> [MarkupLine] {
        var collector = Collector()
        collector.append(text, line: firstLine, quoted: false)
        collector.flush()
        return collector.out
    }

    /// The lines as one string, joined with spaces (a title, an author's name).
    public static func joined(_ lines: [MarkupLine]) -> String {
        lines.map(\.text).joined(separator: " ")
    }

    /// Whether an element is hidden: a hidden kind, a `hidden` attribute or an inline `display:none`.
    static func isHidden(_ e: HTMLElement) -> Bool {
        if hiddenElements.contains(e.name) || e.attribute("hidden") != nil { return true }
        if let style = e.attribute("style") {
            let compact = style.lowercased().filter { $0 != " " }
            return compact.contains("display:none") || compact.contains("visibility:hidden")
        }
        return false
    }

    private struct Collector {
        var out: [MarkupLine] = []
        var pending: [UInt8] = []
        var pendingLine = 0
        var pendingQuoted = false
        var spaceNeeded = false

        mutating func flush() {
            if !pending.isEmpty {
                out.append(MarkupLine(line: pendingLine, text: String(decoding: pending, as: UTF8.self), quoted: pendingQuoted))
            }
            pending.removeAll(keepingCapacity: true)
            spaceNeeded = false
        }

        mutating func walk(_ e: HTMLElement, quoted: Bool, skip: (HTMLElement) -> Bool) {
            for child in e.children {
                switch child {
                case .text(let text, let line):
                    append(text, line: line, quoted: quoted)
                case .element(let c):
                    if MarkupText.isHidden(c) || skip(c) { continue }
                    let block = MarkupText.blockElements.contains(c.name)
                    if block { flush() }
                    walk(c, quoted: quoted || c.name == "blockquote" || c.name == "q", skip: skip)
                    if block { flush() }
                }
            }
        }

        mutating func append(_ text: String, line: Int, quoted: Bool) {
            var text = text
            text.withUTF8 { append($0, line: line, quoted: quoted) }
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, quoted: Bool) {
            var line = line
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x0A {
                    flush()
                    line += 1
                    i += 1
                    continue
                }
                let nbsp = c == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
                if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || nbsp {
                    if !pending.isEmpty { spaceNeeded = true }
                    i += nbsp ? 2 : 1
                    continue
                }
                if pending.isEmpty {
                    pendingLine = line
                    pendingQuoted = quoted
                } else if spaceNeeded {
                    pending.append(0x20)
                }
                spaceNeeded = false
                pending.append(c)
                i += 1
            }
        }
    }
}
