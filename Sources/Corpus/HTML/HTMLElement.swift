/// An element of an HTML page, with its children and the lines where it starts and ends.
public struct HTMLElement: Sendable, Hashable {
    /// The name in lower case; `#document` for the root ``HTMLTreeBuilder`` returns.
    public var name: String
    public var attributes: [HTMLAttribute]
    /// The line of its start tag.
    public var line: Int
    /// The line of its end tag, or of its last content when the end tag is implied or missing.
    public var endLine: Int
    public var children: [HTMLNode]

    public init(name: String, attributes: [HTMLAttribute] = [], line: Int, endLine: Int? = nil, children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.endLine = endLine ?? line
        self.children = children
    }

    /// The value of the first attribute with this (lower-case) name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Whether the `class` attribute lists `name`.
    public func hasClass(_ name: String) -> Bool {
        guard let classes = attribute("class") else { return false }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).contains { $0 == name }
    }

    /// The element's child elements, in order.
    public var elements: [HTMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The first element below this one (depth first, in page order) that satisfies `test`, not looking inside
    /// elements for which `stop` is true.
    public func first(where test: (HTMLElement) -> Bool, stop: (HTMLElement) -> Bool = { _ in false }) -> HTMLElement? {
        for child in elements {
            if test(child) { return child }
            if stop(child) { continue }
            if let found = child.first(where: test, stop: stop) { return found }
        }
        return nil
    }

    /// Every element below this one that satisfies `test`, in page order, not looking inside a match or inside
    /// elements for which `stop` is true.
    public func all(where test: (HTMLElement) -> Bool, stop: (HTMLElement) -> Bool = { _ in false }) -> [HTMLElement] {
        var out: [HTMLElement] = []
        for child in elements {
            if test(child) { out.append(child); continue }
            if stop(child) { continue }
            out += child.all(where: test, stop: stop)
        }
        return out
    }
}

/// A child of an ``HTMLElement``: an element, or text with the line where it starts.
public enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    case text(String, line: Int)
}
