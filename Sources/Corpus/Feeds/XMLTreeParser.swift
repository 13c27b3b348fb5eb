import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an XML document (a feed) into an ``XMLElementNode`` tree with Foundation's `XMLParser`, keeping the
/// line of each element.
///
/// External entities are never loaded. Namespace prefixes are resolved here from the `xmlns` attributes, so that
/// a feed using a prefix it never declares (`dc:creator`) is still read; libxml2 reports that as a namespace
/// error, which is not one of well-formedness. Any other error makes the document malformed, reported with the
/// line where the parser found it.
public struct XMLTreeParser: Sendable {
    public init() {}

    /// The deepest nesting of elements read; a deeper document is refused (no feed nests anywhere near it, and
    /// the code that walks the tree recurses once per level).
    public static let maximumDepth = 400

    /// The document's root element.
    public func parse(_ text: String) throws(MarkupError) -> XMLElementNode {
        try parseKeepingReferences(text).root
    }

    /// The document's root element, and the entity references kept as written (external or undeclared ones,
    /// see ``XMLEntityExpander``) with their lines.
    func parseKeepingReferences(_ text: String) throws(MarkupError) -> (root: XMLElementNode, kept: [XMLEntityExpander.KeptReference]) {
        let (expanded, kept) = try XMLEntityExpander.expand(XMLTreeParser.declaringUTF8(text))
        // Through a stream, so that the parser reads the document in chunks: given a whole document of more than
        // 10 MB at once, libxml2 stops with an internal error ("huge input lookup").
        let parser = XMLParser(stream: InputStream(data: Data(expanded.utf8)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let builder = Builder()
        parser.delegate = builder
        let finished = parser.parse()
        if let line = builder.tooDeep {
            throw MarkupError(line: max(line, 1), reason: "elements nested more than \(XMLTreeParser.maximumDepth) deep")
        }
        if let (code, line) = builder.error {
            throw MarkupError(line: max(line, 1), reason: XMLTreeParser.message(code))
        }
        if !finished, builder.root == nil || builder.stack.count > 0 {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw MarkupError(line: max(parser.lineNumber, 1), reason: XMLTreeParser.message(code))
        }
        guard let root = builder.root else {
            throw MarkupError(line: 1, reason: "no XML element in the file")
        }
        return (root, kept)
    }

    /// The text is already decoded, and is handed to the parser as UTF-8: an `encoding` other than UTF-8 in the
    /// XML declaration would make it decode the bytes a second time.
    static func declaringUTF8(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
              let enc = text[..<end.lowerBound].range(of: "encoding") else { return text }
        let declaration = text[enc.upperBound..<end.lowerBound]
        guard let q1 = declaration.firstIndex(where: { $0 == "\"" || $0 == "'" }),
              let q2 = declaration[declaration.index(after: q1)...].firstIndex(of: declaration[q1]) else { return text }
        let name = declaration[declaration.index(after: q1)..<q2]
        if name.lowercased() == "utf-8" { return text }
        return String(text[..<declaration.index(after: q1)]) + "UTF-8" + String(text[q2...])
    }

    /// A message for libxml2's error codes (XMLParser passes them on).
    static func message(_ code: Int) -> String {
        let what: String
        switch code {
        case 4: what = "the file is empty"
        case 5: what = "the document ends too early, or has content after its root element"
        case 9: what = "a character that XML does not allow"
        case 23, 24, 25, 26, 27: what = "an undefined entity (HTML names such as &nbsp; are not XML: write &#160;)"
        case 38, 39, 40, 41: what = "an attribute without a quoted value"
        case 68: what = "a \"<\" that starts no tag (write &lt;)"
        case 73, 74: what = "a tag is not closed with \">\""
        case 76: what = "an end tag does not match the element it closes"
        case 77: what = "an element is never closed"
        case 63, 64, 65: what = "a malformed tag or attribute"
        default: what = "not well-formed XML"
        }
        return "malformed XML: \(what) (libxml2 error \(code))"
    }

    /// Collects the tree from the parser's events.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLElementNode] = []
        var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]
        var pendingText: [String] = []
        var root: XMLElementNode?
        var error: (code: Int, line: Int)?
        var tooDeep: Int?

        func flushText() {
            guard !pendingText.isEmpty, !stack.isEmpty else { pendingText = []; return }
            stack[stack.count - 1].children.append(.text(pendingText.joined()))
            pendingText = []
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if stack.count >= XMLTreeParser.maximumDepth {
                if tooDeep == nil { tooDeep = parser.lineNumber; parser.abortParsing() }
                return
            }
            flushText()
            var scope = scopes[scopes.count - 1]
            for (k, v) in attributeDict {
                if k == "xmlns" { scope[""] = v } else if k.hasPrefix("xmlns:") { scope[String(k.dropFirst(6))] = v }
            }
            scopes.append(scope)
            let parts = elementName.split(separator: ":", maxSplits: 1)
            let namespace: String
            if parts.count == 2 {
                namespace = scope[String(parts[0])] ?? "prefix:\(parts[0])"
            } else {
                namespace = scope[""] ?? ""
            }
            stack.append(XMLElementNode(qualifiedName: elementName, namespace: namespace, attributes: attributeDict,
                                        line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            flushText()
            guard var element = stack.popLast() else { return }
            scopes.removeLast()
            element.endLine = max(element.line, parser.lineNumber)
            if stack.isEmpty {
                if root == nil { root = element }
            } else {
                stack[stack.count - 1].children.append(.element(element))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            pendingText.append(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            pendingText.append(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            let code = (parseError as NSError).code
            // 200...299: namespace errors (an undeclared prefix), which libxml2 recovers from.
            if error == nil, !(200..<300).contains(code) { error = (code, parser.lineNumber) }
        }
    }
}
