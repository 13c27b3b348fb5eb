import HindsightSupport

/// An element of an XML document (a feed), with its namespace and the lines where it starts and ends.
public struct XMLElementNode: Sendable, Hashable {
    /// The name as written, prefix included (`thr:in-reply-to`).
    public var qualifiedName: String
    /// The name without its prefix (`in-reply-to`).
    public var localName: String
    /// The namespace URI its prefix (or the default namespace) is bound to; `prefix:<p>` for a prefix that is
    /// not declared, as sloppy feeds write `dc:creator`; empty for no namespace.
    public var namespace: String
    public var attributes: [String: String]
    /// The line where its start tag ends, which is where its content starts.
    public var line: Int
    /// The line of its end tag.
    public var endLine: Int
    public var children: [XMLContent]

    public init(qualifiedName: String, namespace: String, attributes: [String: String], line: Int, endLine: Int? = nil,
                children: [XMLContent] = []) {
        self.qualifiedName = qualifiedName
        self.localName = qualifiedName.split(separator: ":").last.map(String.init) ?? qualifiedName
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
        self.endLine = endLine ?? line
        self.children = children
    }

    /// Child elements, in order.
    public var elements: [XMLElementNode] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// Child elements with this local name in one of these namespaces.
    public func children(_ localName: String, in namespaces: Set<String>) -> [XMLElementNode] {
        elements.filter { $0.localName == localName && namespaces.contains($0.namespace) }
    }

    /// The first child element with this local name in one of these namespaces.
    public func child(_ localName: String, in namespaces: Set<String>) -> XMLElementNode? {
        elements.first { $0.localName == localName && namespaces.contains($0.namespace) }
    }

    /// The text of the element and all its descendants, concatenated.
    public var text: String {
        var out = ""
        for c in children {
            switch c {
            case .text(let t): out += t
            case .element(let e): out += e.text
            }
        }
        return out
    }

    /// The element's content written back as markup (for Atom's `type="xhtml"` content): tags with their
    /// attributes, text escaped. Newlines in text are kept, so lines still count from ``line``.
    public var innerMarkup: String {
        var out = ""
        for c in children {
            switch c {
            case .text(let t):
                out += XMLElementNode.escaped(t)
            case .element(let e):
                out += "<" + e.localName
                for (k, v) in e.attributes.sorted(by: { $0.key < $1.key }) where !k.hasPrefix("xmlns") {
                    out += " \(k)=\"\(XMLElementNode.escaped(v))\""
                }
                out += ">" + e.innerMarkup + "</" + e.localName + ">"
            }
        }
        return out
    }

    static func escaped(_ s: String) -> String { MarkupEscaping.escaped(s) }
}

/// A child of an ``XMLElementNode``: an element, or text (CDATA included).
public enum XMLContent: Sendable, Hashable {
    case element(XMLElementNode)
    case text(String)
}
