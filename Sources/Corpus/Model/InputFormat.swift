/// A format Hindsight reads pages in.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// Blog pages saved as plain text.
    case text
    /// Pages saved from a browser as HTML (a post page, an archive or label page).
    case html
    /// An Atom feed, or a Blogger export (the Atom document of a whole blog, comments included).
    case atom
    /// An RSS 2.0 (or 1.0) feed.
    case rss

    /// Chooses a format from a file's content, not only its name: the first markup of the file decides (an
    /// `<rss>` or `<rdf:RDF>` root is RSS, a `<feed>` root Atom, `<!DOCTYPE html>`, `<html>` or another HTML
    /// element HTML); a file whose content says nothing is read by its extension (`.html`, `.htm`, `.xhtml`,
    /// `.atom`, `.rss`), and as text otherwise.
    public static func detect(text: String, path: String) -> InputFormat {
        if let sniffed = sniff(text) { return sniffed }
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if let dot = name.lastIndex(of: ".") {
            switch name[name.index(after: dot)...] {
            case "html", "htm", "xhtml", "shtml": return .html
            case "atom": return .atom
            case "rss": return .rss
            default: break
            }
        }
        return .text
    }

    /// Elements that show that a file starting with them is an HTML page or fragment.
    static let htmlElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "h1", "h2", "h3", "article",
        "section", "table", "ul", "ol", "span", "a", "br", "main", "header", "nav",
    ]

    /// The format the start of `text` shows, looking past an XML declaration, comments, processing
    /// instructions and a non-HTML document type; `nil` when the file does not start with markup.
    static func sniff(_ text: String) -> InputFormat? {
        // (copied from the contiguous bytes where they lie: the generic copy of the view cost more than the sniffing)
        let b = text.utf8.withContiguousStorageIfAvailable { Array($0.prefix(8192)) } ?? Array(text.utf8.prefix(8192))
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        func skip(past end: [UInt8]) -> Bool {
            var j = i
            while j + end.count <= b.count {
                if b[j..<(j + end.count)].elementsEqual(end) { i = j + end.count; return true }
                j += 1
            }
            return false
        }
        while true {
            skipSpace()
            guard i + 1 < b.count, b[i] == 0x3C else { return nil }
            if b[i + 1] == 0x3F {  // <?xml …?>
                guard skip(past: Array("?>".utf8)) else { return nil }
            } else if b[i...].starts(with: "<!--".utf8) {
                guard skip(past: Array("-->".utf8)) else { return nil }
            } else if b[i + 1] == 0x21 {  // <!DOCTYPE …>
                let declaration = String(decoding: b[i..<(b[i...].firstIndex(of: 0x3E) ?? b.count)], as: UTF8.self).lowercased()
                if declaration.hasPrefix("<!doctype html") || declaration.contains("xhtml") { return .html }
                guard skip(past: [0x3E]) else { return nil }
            } else {
                var j = i + 1
                while j < b.count, b[j] != 0x20, b[j] != 0x3E, b[j] != 0x2F, b[j] != 0x0A, b[j] != 0x0D, b[j] != 0x09 { j += 1 }
                let name = String(decoding: b[(i + 1)..<j], as: UTF8.self).lowercased()
                let local = name.split(separator: ":").last.map(String.init) ?? name
                switch local {
                case "rss", "rdf": return .rss
                case "feed": return .atom
                default: return htmlElements.contains(local) ? .html : nil
                }
            }
        }
    }

    /// The reader for this format.
    public var reader: any PageReader {
        switch self {
        case .text: return PlainTextPageReader()
        case .html: return HTMLPageReader()
        case .atom: return AtomFeedReader()
        case .rss: return RSSFeedReader()
        }
    }
}

/// Turns one file's text into a ``Document``.
public protocol PageReader: Sendable {
    func read(text: String, path: String) throws -> Document
}

extension PlainTextPageReader: PageReader {}
extension HTMLPageReader: PageReader {}
extension AtomFeedReader: PageReader {}
extension RSSFeedReader: PageReader {}
