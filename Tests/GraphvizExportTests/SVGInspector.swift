import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG document holds, read with `XMLParser`: whether it parsed, its element names and the text of each
/// `<text>` element.
struct SVGInspector {
    var parsed = false
    var error: String?
    var elementNames: [String] = []
    var texts: [String] = []

    /// The elements Graphviz writes for the maps Hindsight draws; anything else is an injection.
    static let expectedElements: Set<String> = [
        "svg", "g", "title", "polygon", "ellipse", "path", "polyline", "text", "a", "defs", "linearGradient",
        "radialGradient", "stop",
    ]

    init(_ bytes: [UInt8]) {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate()
        parser.delegate = delegate
        parsed = parser.parse()
        error = parser.parserError.map { "\($0)" }
        elementNames = delegate.elements
        texts = delegate.texts
    }

    /// Element names outside `expectedElements`.
    var unexpectedElements: [String] { elementNames.filter { !Self.expectedElements.contains($0) } }

    /// The words of every `<text>` element, in order (Graphviz writes a second space in a row as a no-break space).
    var words: [String] {
        texts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init) }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var texts: [String] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(elementName)
            if elementName == "text" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if elementName == "text", let text = current {
                texts.append(text)
                current = nil
            }
        }
    }
}

/// Bytes the C heap has handed out and not taken back (every allocator arena), from glibc's `mallinfo2()`, or
/// from the default malloc zone on Apple platforms; nil elsewhere. Unlike the resident set size, this does not
/// move when freed memory is kept by the allocator or when pages are touched.
func heapBytesInUse() -> Int? {
    #if canImport(Glibc)
    return Int(mallinfo2().uordblks)
    #elseif canImport(Darwin)
    var stats = malloc_statistics_t()
    malloc_zone_statistics(nil, &stats)
    return Int(stats.size_in_use)
    #else
    return nil
    #endif
}
