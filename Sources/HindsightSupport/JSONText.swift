/// Builds JSON text by hand: keys in a fixed order (so exports diff cleanly between runs) and every string
/// escaped, control characters and the line and paragraph separators included, and U+FEFF (which Foundation's
/// `JSONSerialization` drops from the start of a string when it comes raw). Every JSON output of Hindsight is
/// written with it, so they all escape alike.
///
/// Compact by default; `pretty` indents what ``array(_:_:)`` and ``object(_:)`` write by two spaces a level and
/// puts a space after each key's colon, for outputs meant to be read by people.
public struct JSONText {
    public private(set) var bytes: [UInt8] = []
    /// Whether ``array(_:_:)`` and ``object(_:)`` break lines and indent.
    public let pretty: Bool
    /// How many arrays and objects enclose what is written next (used when `pretty`).
    private var depth = 0

    public init(pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 16)
    }

    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Hands over the text built so far and starts again empty, for writers that emit their output in chunks.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    public mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole; the scalars to escape are all found by their
            // first byte (ASCII controls, quote, backslash, DEL) or their two- and three-byte UTF-8 forms (C1 controls,
            // U+2028, U+2029, bidirectional controls, U+FEFF).
            var runStart = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                var escape: [UInt8]? = nil
                var width = 1
                switch b {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20, 0x7F: escape = JSONText.unicodeEscape(UInt32(b))
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = JSONText.unicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029); width = 3
                // C1 controls (U+0080–U+009F, such as the 8-bit CSI U+009B), which a terminal may obey.
                case 0xC2 where i + 1 < n && (0x80...0x9F).contains(utf8[i + 1]):
                    escape = JSONText.unicodeEscape(UInt32(utf8[i + 1])); width = 2
                // Bidirectional controls (U+202A–U+202E, U+2066–U+2069), which reorder what is shown.
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (0xAA...0xAE).contains(utf8[i + 2]):
                    escape = JSONText.unicodeEscape(0x2000 + UInt32(utf8[i + 2] - 0x80)); width = 3
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x81 && (0xA6...0xA9).contains(utf8[i + 2]):
                    escape = JSONText.unicodeEscape(0x2040 + UInt32(utf8[i + 2] - 0x80)); width = 3
                case 0xEF where i + 2 < n && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF:
                    escape = JSONText.unicodeEscape(0xFEFF); width = 3
                default: break
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                    bytes.append(contentsOf: escape)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
        }
        bytes.append(0x22)
    }

    /// `\u` and four lower-case hex digits.
    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return [0x5C, 0x75, hex[Int(value >> 12 & 0xF)], hex[Int(value >> 8 & 0xF)], hex[Int(value >> 4 & 0xF)], hex[Int(value & 0xF)]]
    }

    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    public mutating func int(_ n: Int) { raw(String(n)) }

    public mutating func bool(_ b: Bool) { raw(b ? "true" : "false") }

    /// `"key":` (call the value writer next); `"key": ` when `pretty`.
    public mutating func key(_ k: String) {
        string(k)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
    }

    /// Writes `[a,b,...]` with `each` writing one element.
    public mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONText, S.Element) -> Void) {
        bytes.append(0x5B)
        depth += 1
        var first = true
        for item in items {
            if !first { bytes.append(0x2C) }
            first = false
            breakLine()
            each(&self, item)
        }
        depth -= 1
        if !first { breakLine() }
        bytes.append(0x5D)
    }

    /// Writes an object from key/value writers, in order.
    public mutating func object(_ fields: [(String, (inout JSONText) -> Void)]) {
        bytes.append(0x7B)
        depth += 1
        for (i, (k, write)) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            breakLine()
            key(k)
            write(&self)
        }
        depth -= 1
        if !fields.isEmpty { breakLine() }
        bytes.append(0x7D)
    }

    /// When `pretty`: a line break and two spaces for each enclosing array or object.
    private mutating func breakLine() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    public mutating func newline() { bytes.append(0x0A) }
}
