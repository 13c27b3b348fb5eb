/// One piece of an HTML page as ``HTMLTokenizer`` reads it, with the 1-based line where it starts.
public enum HTMLToken: Sendable, Hashable {
    /// A start tag: `<div class="post">`, `<br/>`.
    case startTag(HTMLTag)
    /// An end tag: `</div>`; the name in lower case.
    case endTag(name: String, line: Int)
    /// Text between tags, character references decoded (raw inside `<script>` and `<style>`). Newlines are
    /// kept, so the line of any part of it is `line` plus the newlines before that part.
    case text(String, line: Int)
    /// A comment, `<!-- … -->`, or another markup declaration or processing instruction.
    case comment(line: Int)
    /// A document type declaration, `<!DOCTYPE html>`.
    case doctype(line: Int)
}

/// An attribute of a start tag, its value's character references decoded.
public struct HTMLAttribute: Sendable, Hashable {
    /// The name in lower case.
    public var name: String
    /// The value; empty for an attribute written without one (`<input checked>`).
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A start tag.
public struct HTMLTag: Sendable, Hashable {
    /// The element name in lower case.
    public var name: String
    public var attributes: [HTMLAttribute]
    /// Whether the tag ends in `/>`.
    public var selfClosing: Bool
    /// The 1-based line of its `<`.
    public var line: Int

    public init(name: String, attributes: [HTMLAttribute], selfClosing: Bool, line: Int) {
        self.name = name
        self.attributes = attributes
        self.selfClosing = selfClosing
        self.line = line
    }

    /// The value of the first attribute with this (lower-case) name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// Markup that cannot be read: the 1-based line where the problem starts, and what it is.
public struct MarkupError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}
