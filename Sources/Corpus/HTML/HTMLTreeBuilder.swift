/// Builds an element tree from ``HTMLToken``s, tolerating the mistakes real pages make.
///
/// A simplified form of the browsers' rules: void elements (`br`, `img`, `meta`…) and tags written `<x/>` have
/// no content; a block element closes an open `p`; `li`, `dt`/`dd`, `option`, `tr` and `td`/`th` close the
/// previous one of their kind; an end tag closes every element opened after its match, and an end tag with no
/// open match is ignored; whatever is open at the end of the page is closed there. Nesting deeper than
/// ``maximumDepth`` is flattened, so that no page can exhaust the stack of the code that walks the tree.
public struct HTMLTreeBuilder: Sendable {
    /// The deepest nesting kept; deeper start tags add their content to the element at this depth.
    public static let maximumDepth = 400

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen",
    ]

    /// Elements that close an open `p` when they start.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt",
    ]

    /// Elements a search for an open `p` (or list item) does not look past.
    static let scopeBoundaries: Set<String> = ["#document", "html", "body", "table", "td", "th", "caption", "button", "object", "template"]

    public init() {}

    /// The page as a tree whose root is named `#document`.
    ///
    /// The cost of each tag does not depend on how many elements are open: where each name is open is kept by
    /// name, so that finding the nearest open `p` (or the nearest boundary) is a look-up, not a walk down the
    /// open elements (a page of 200,000 unclosed `<div>`s would otherwise take time in their square).
    public func build(_ tokens: [HTMLToken]) -> HTMLElement {
        var stack: [HTMLElement] = [HTMLElement(name: "#document", line: 1)]
        /// For each name, the indices in `stack` where an element of that name is open, innermost last.
        var open: [String: [Int]] = ["#document": [0]]
        var lastLine = 1

        func push(_ element: HTMLElement) {
            open[element.name, default: []].append(stack.count)
            stack.append(element)
        }
        func closeTop(endLine: Int) {
            var element = stack.removeLast()
            open[element.name]?.removeLast()
            element.endLine = max(element.endLine, endLine)
            stack[stack.count - 1].children.append(.element(element))
        }
        /// Closes elements down to and including the nearest open one named in `names`, not looking past
        /// `boundaries`; returns whether one was found.
        @discardableResult
        func closeOpen(_ names: Set<String>, boundaries: Set<String>, line: Int) -> Bool {
            var match = 0
            for name in names { if let k = open[name]?.last, k > match { match = k } }
            guard match > 0 else { return false }
            for name in boundaries { if let k = open[name]?.last, k > match { return false } }
            while stack.count > match { closeTop(endLine: line) }
            return true
        }

        for token in tokens {
            switch token {
            case .text(let text, let line):
                stack[stack.count - 1].children.append(.text(text, line: line))
                lastLine = max(lastLine, HTMLTreeBuilder.lineOfLastVisible(text, from: line))
                stack[stack.count - 1].endLine = max(stack[stack.count - 1].endLine, lastLine)
            case .comment(let line), .doctype(let line):
                lastLine = max(lastLine, line)
            case .startTag(let tag):
                lastLine = max(lastLine, tag.line)
                openImplied(tag.name, closeOpen: closeOpen, line: tag.line)
                let element = HTMLElement(name: tag.name, attributes: tag.attributes, line: tag.line)
                let isVoid = tag.selfClosing || HTMLTreeBuilder.voidElements.contains(tag.name)
                if stack.count > HTMLTreeBuilder.maximumDepth {
                    if isVoid { stack[stack.count - 1].children.append(.element(element)) }
                    continue
                }
                push(element)
                if isVoid { closeTop(endLine: tag.line) }
            case .endTag(let name, let line):
                lastLine = max(lastLine, line)
                if name == "br" {
                    stack[stack.count - 1].children.append(.element(HTMLElement(name: "br", line: line)))
                    continue
                }
                closeOpen([name], boundaries: [], line: line)
            }
        }
        while stack.count > 1 { closeTop(endLine: lastLine) }
        var root = stack[0]
        root.endLine = lastLine
        return root
    }

    /// The line of the last character of `text` that is not white space (`line` when there is none): a
    /// newline that ends the page starts no line of its own.
    static func lineOfLastVisible(_ text: String, from line: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var current = line
            var last = line
            for b in bytes {
                if b == 0x0A { current += 1 } else if b != 0x20 && b != 0x09 && b != 0x0D { last = current }
            }
            return last
        }
    }

    static let listScope = scopeBoundaries.union(["ul", "ol", "menu"])
    static let definitionScope = scopeBoundaries.union(["dl"])
    static let optionScope = scopeBoundaries.union(["select", "datalist"])
    static let rowScope = scopeBoundaries.union(["thead", "tbody", "tfoot"]).subtracting(["td", "th"])
    static let cellScope = scopeBoundaries.union(["tr"]).subtracting(["td", "th"])
    static let headingScope = scopeBoundaries.union(["div", "section", "article"])
    static let linkScope = scopeBoundaries.union(["div", "p", "li"])
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p"]

    /// Closes what a new `name` element implicitly ends.
    private func openImplied(_ name: String, closeOpen: (Set<String>, Set<String>, Int) -> Bool, line: Int) {
        switch name {
        case "li":
            _ = closeOpen(["li"], HTMLTreeBuilder.listScope, line)
        case "dt", "dd":
            _ = closeOpen(["dt", "dd"], HTMLTreeBuilder.definitionScope, line)
        case "option":
            _ = closeOpen(["option"], HTMLTreeBuilder.optionScope, line)
        case "tr":
            _ = closeOpen(["tr"], HTMLTreeBuilder.rowScope, line)
        case "td", "th":
            _ = closeOpen(["td", "th"], HTMLTreeBuilder.cellScope, line)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            _ = closeOpen(HTMLTreeBuilder.headings, HTMLTreeBuilder.headingScope, line)
        case "a":
            _ = closeOpen(["a"], HTMLTreeBuilder.linkScope, line)
        default:
            break
        }
        if HTMLTreeBuilder.closesParagraph.contains(name) {
            _ = closeOpen(["p"], HTMLTreeBuilder.scopeBoundaries, line)
        }
    }
}
