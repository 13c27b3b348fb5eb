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
        texts.flatMap(Self.scalarWords)
    }

    /// The words of a text split at spaces and no-break spaces, scalar by scalar (so that a space carrying a
    /// combining mark still separates words).
    static func scalarWords(_ text: String) -> [String] {
        text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { String(String.UnicodeScalarView($0)) }
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

/// Bytes the C heap has handed out and not taken back, over every allocator arena and mmapped chunk; nil where
/// it cannot be read. Unlike the resident set size, it does not move when the allocator keeps freed memory or when
/// pages are touched, so it measures leaks rather than the allocator's mood.
///
/// On glibc this reads `malloc_info()`'s totals (arena bytes − free bytes + mmapped chunks); `mallinfo2()` would
/// say the same but its header, `<malloc.h>`, is not part of Swift's Glibc module, so the function is found with
/// `dlsym`. On Apple platforms it is the default malloc zone's `size_in_use`.
func heapBytesInUse() -> Int? {
    #if canImport(Glibc)
    typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_info") else { return nil }
    let mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length = 0
    guard let stream = open_memstream(&buffer, &length) else { return nil }
    let status = mallocInfo(0, stream)
    fclose(stream)
    guard let buffer else { return nil }
    defer { free(buffer) }
    guard status == 0 else { return nil }
    let xml = String(cString: buffer)
    // The totals over all arenas follow the last per-arena <heap> element.
    guard let lastHeap = xml.range(of: "</heap>", options: .backwards) else { return nil }
    let totals = xml[lastHeap.upperBound...]
    func sizeAttribute(of element: String) -> Int? {
        guard let start = totals.range(of: element),
              let attribute = totals[start.upperBound...].range(of: "size=\"") else { return nil }
        return Int(totals[attribute.upperBound...].prefix { $0.isNumber })
    }
    guard let arenas = sizeAttribute(of: "<system type=\"current\""), let fast = sizeAttribute(of: "<total type=\"fast\""),
          let unused = sizeAttribute(of: "<total type=\"rest\""), let mapped = sizeAttribute(of: "<total type=\"mmap\"")
    else { return nil }
    return arenas - fast - unused + mapped
    #elseif canImport(Darwin)
    var stats = malloc_statistics_t()
    malloc_zone_statistics(nil, &stats)
    return Int(stats.size_in_use)
    #else
    return nil
    #endif
}
