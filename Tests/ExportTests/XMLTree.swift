import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for checking the XML exports.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree] = []
    /// The element's own character data (not its children's).
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below (and including) this one, depth first.
    var all: [XMLTree] { [self] + children.flatMap(\.all) }

    /// The direct children with this name.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    enum ParseError: Error, CustomStringConvertible {
        case invalid(String)
        case markupInData(String)

        var description: String {
            switch self {
            case .invalid(let m): return "not well-formed XML: " + m
            case .markupInData(let m): return "unexpected markup: " + m
            }
        }
    }

    /// Parses with Foundation's `XMLParser`; a CDATA section, comment or processing instruction is an error (the
    /// writers emit none, so one would be text that escaped its escaping).
    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        let parser = XMLParser(data: Data(bytes))
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            let e = parser.parserError.map { String(describing: $0) } ?? "no root element"
            throw ParseError.invalid("line \(parser.lineNumber), column \(parser.columnNumber): \(e)")
        }
        if let m = builder.unexpected { throw ParseError.markupInData(m) }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []
        var unexpected: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            stack.last?.text += whitespaceString
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            unexpected = "CDATA " + String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, foundComment comment: String) { unexpected = "comment " + comment }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            unexpected = "processing instruction " + target
        }
    }
}
