/// Builds XML 1.0 text by hand, for the GraphML and GEXF writers.
///
/// Every string goes through one of two escapers, never raw: `&`, `<`, `>`, `"` and `'` become entity
/// references (so `]]>` and `<script>` stay inert text, and no value can close its attribute or element),
/// the carriage return becomes `&#13;` (parsers would otherwise fold it into a line feed) and, inside attribute
/// values, the tab and line feed become `&#9;` and `&#10;` (attribute-value normalisation would turn them into
/// spaces). Characters XML 1.0 cannot carry at all, even as references (C0 controls other than tab, line feed
/// and carriage return, and U+FFFE, U+FFFF), are dropped: ``legal(_:)`` says what a parser reads back.
public struct XMLText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() { bytes.reserveCapacity(1 << 16) }

    /// Hands over the text built so far and starts again empty, for writers that emit their output in chunks.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// Appends markup as it is (only ever literal markup of the writer, never data).
    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Appends `s` escaped as element content.
    public mutating func text(_ s: String) { escape(s, inAttribute: false) }

    /// Appends `s` escaped as the inside of a double-quoted attribute value.
    public mutating func attributeValue(_ s: String) { escape(s, inAttribute: true) }

    /// Appends ` name="value"`, the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        raw(name)
        bytes.append(contentsOf: [0x3D, 0x22])
        escape(value, inAttribute: true)
        bytes.append(0x22)
    }

    /// Appends `<name>text</name>`, the text escaped.
    public mutating func element(_ name: String, text: String) {
        raw("<" + name + ">")
        escape(text, inAttribute: false)
        raw("</" + name + ">")
    }

    /// Whether XML 1.0 allows the character anywhere (`Char` of the XML 1.0 grammar): tab, line feed, carriage
    /// return, U+0020 to U+D7FF, U+E000 to U+FFFD and U+10000 up. Swift strings never hold lone surrogates.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `s` without the characters XML 1.0 forbids: what a parser gives back for text these writers wrote.
    public static func legal(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }

    private mutating func escape(_ s: String, inAttribute: Bool) {
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x26: raw("&amp;")
            case 0x3C: raw("&lt;")
            case 0x3E: raw("&gt;")
            case 0x22: raw("&quot;")
            case 0x27: raw("&apos;")
            case 0x0D: raw("&#13;")
            case 0x09 where inAttribute: raw("&#9;")
            case 0x0A where inAttribute: raw("&#10;")
            case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                // Allowed in XML, but a terminal showing the file may obey them: written as references.
                raw("&#x\(String(scalar.value, radix: 16, uppercase: true));")
            default:
                guard XMLText.isAllowed(scalar) else { continue }
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }
}
