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

    /// Appends JSON text another ``JSONText`` built (a part rendered on another thread).
    public mutating func append(_ text: [UInt8]) { bytes.append(contentsOf: text) }

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
            // U+2028, U+2029, bidirectional controls, U+FEFF). Most bytes are plain: one comparison each.
            var runStart = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                if JSONText.isPlain(b) { i += 1; continue }
                var width = 1
                var code: UInt32? = nil   // a `\u` escape, or nil for a two-character one (or none)
                var short: UInt8 = 0      // the letter after the backslash of a two-character escape
                switch b {
                case 0x22: short = 0x22
                case 0x5C: short = 0x5C
                case 0x0A: short = 0x6E
                case 0x0D: short = 0x72
                case 0x09: short = 0x74
                case 0x00..<0x20, 0x7F: code = UInt32(b)
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    code = utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029; width = 3
                // C1 controls (U+0080–U+009F, such as the 8-bit CSI U+009B), which a terminal may obey.
                case 0xC2 where i + 1 < n && (0x80...0x9F).contains(utf8[i + 1]):
                    code = UInt32(utf8[i + 1]); width = 2
                // Bidirectional controls (U+202A–U+202E, U+2066–U+2069), which reorder what is shown.
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (0xAA...0xAE).contains(utf8[i + 2]):
                    code = 0x2000 + UInt32(utf8[i + 2] - 0x80); width = 3
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x81 && (0xA6...0xA9).contains(utf8[i + 2]):
                    code = 0x2040 + UInt32(utf8[i + 2] - 0x80); width = 3
                case 0xEF where i + 2 < n && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF:
                    code = 0xFEFF; width = 3
                default: break
                }
                guard code != nil || short != 0 else { i += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                if let code { unicodeEscape(code) } else { bytes.append(0x5C); bytes.append(short) }
                i += width
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
        }
        bytes.append(0x22)
    }

    /// Whether a UTF-8 byte is copied as it is whatever follows: printable ASCII but the quote and backslash, and
    /// every byte that cannot start an escaped scalar (only C2, E2 and EF lead one).
    @inline(__always)
    private static func isPlain(_ b: UInt8) -> Bool {
        if b < 0x7F { return b >= 0x20 && b != 0x22 && b != 0x5C }
        return b != 0x7F && b != 0xC2 && b != 0xE2 && b != 0xEF
    }

    /// `\u` and four lower-case hex digits.
    private mutating func unicodeEscape(_ value: UInt32) {
        func hex(_ v: UInt32) -> UInt8 { v < 10 ? 0x30 + UInt8(v) : 0x57 + UInt8(v) }
        bytes.append(0x5C); bytes.append(0x75)
        bytes.append(hex(value >> 12 & 0xF)); bytes.append(hex(value >> 8 & 0xF))
        bytes.append(hex(value >> 4 & 0xF)); bytes.append(hex(value & 0xF))
    }

    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// Appends the decimal digits of `n` (with `-` when negative), without building a `String`.
    public mutating func int(_ n: Int) {
        if n < 0 { bytes.append(0x2D) }
        var m = n.magnitude
        if m < 10 { bytes.append(0x30 + UInt8(m)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while m > 0 {
                d[19 - count] = 0x30 + UInt8(m % 10)
                m /= 10
                count += 1
            }
            bytes.append(contentsOf: d[(20 - count)...])
        }
    }

    /// Appends `n` as ``int(_:)`` does, with zeros before it up to `width` characters (the sign counts).
    public mutating func padded(_ n: Int, width: Int) {
        var count = n < 0 ? 2 : 1
        var m = n.magnitude
        while m >= 10 { m /= 10; count += 1 }
        if count < width { bytes.append(contentsOf: repeatElement(0x30, count: width - count)) }
        int(n)
    }

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
