/// Reading the text of feed elements (titles, entry content) as lines of the feed file.
///
/// Feed content is usually escaped HTML (`&lt;p&gt;…`): the XML parser un-escapes it, and ``HTMLTokenizer``
/// turns the HTML into lines of text, counting lines from the line where the element's content starts, so
/// that a line of text keeps the line of the feed where it is written.
enum FeedContent {
    /// What an element's `type` (Atom) or role (RSS) says its text is.
    enum Kind {
        case text, html, xhtml
    }

    /// The kind of an Atom text construct from its `type` attribute.
    static func kind(ofAtom element: XMLElementNode) -> Kind? {
        switch element.attributes["type"]?.lowercased() ?? "text" {
        case "text", "text/plain": return .text
        case "html", "text/html": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default: return nil  // other media types (base64 images and the like) hold no text
        }
    }

    /// The lines of an element's text. Malformed embedded HTML is reported at its line in the feed.
    static func lines(of element: XMLElementNode, kind: Kind, path: String) throws(CorpusError) -> [MarkupLine] {
        do {
            switch kind {
            case .text: return MarkupText.lines(ofPlainText: element.text, firstLine: element.line)
            case .html: return try MarkupText.lines(ofHTML: element.text, firstLine: element.line)
            case .xhtml: return try MarkupText.lines(ofHTML: element.innerMarkup, firstLine: element.line)
            }
        } catch {
            throw .malformed(path: path, line: error.line, reason: "malformed HTML in <\(element.qualifiedName)>: \(error.reason)")
        }
    }

    /// A one-line text (a title, a name): the element's lines joined, or `nil` when it has no text.
    static func line(of element: XMLElementNode?, kind: Kind, path: String) throws(CorpusError) -> (String, Int)? {
        guard let element else { return nil }
        let lines = try lines(of: element, kind: kind, path: path)
        guard let first = lines.first else { return nil }
        return (MarkupText.joined(lines), first.line)
    }

    /// A feed's root element, or a malformed-file error naming the line.
    /// A feed read whole: its XML parsed (the warnings of parsing kept on the document), then its posts read
    /// from the root element by `posts` (the Atom or RSS reader's own).
    static func document(text: String, path: String, describedAs format: String, formatName: String,
                         posts: (XMLElementNode) throws(CorpusError) -> [MarkupPost]) throws(CorpusError) -> Document {
        let (root, warnings) = try rootAndWarnings(text, path: path, format: format)
        var document = MarkupDocument.build(try posts(root), path: path, format: formatName, text: text)
        document.warnings = warnings
        return document
    }

    static func root(_ text: String, path: String, format: String) throws(CorpusError) -> XMLElementNode {
        try rootAndWarnings(text, path: path, format: format).root
    }

    /// A feed's root element, with a warning for each entity reference kept as written.
    static func rootAndWarnings(_ text: String, path: String, format: String) throws(CorpusError) -> (root: XMLElementNode, warnings: [CorpusWarning]) {
        do {
            let (root, kept) = try XMLTreeParser().parseKeepingReferences(text)
            return (root, kept.map { .entityKept(path: path, line: $0.line, name: $0.name, external: $0.external) })
        } catch {
            throw .malformed(path: path, line: error.line, reason: "\(error.reason) in a file read as \(format)")
        }
    }
}
