/// Builds JSON text by hand: keys in a fixed order (so exports diff cleanly between runs) and every string
/// escaped, control characters and the line and paragraph separators included, and U+FEFF (which Foundation's
/// `JSONSerialization` drops from the start of a string when it comes raw).
public struct JSONText {
    public private(set) var bytes: [UInt8] = []

    public init() { bytes.reserveCapacity(1 << 16) }

    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    public mutating func string(_ s: String) {
        bytes.append(0x22)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029, 0xFEFF:
                let hex = String(scalar.value, radix: 16)
                raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default:
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(0x22)
    }

    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    public mutating func int(_ n: Int) { raw(String(n)) }

    public mutating func bool(_ b: Bool) { raw(b ? "true" : "false") }

    /// `"key":` (call the value writer next).
    public mutating func key(_ k: String) {
        string(k)
        bytes.append(0x3A)
    }

    /// Writes `[a,b,...]` with `each` writing one element.
    public mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONText, S.Element) -> Void) {
        bytes.append(0x5B)
        var first = true
        for item in items {
            if !first { bytes.append(0x2C) }
            first = false
            each(&self, item)
        }
        bytes.append(0x5D)
    }

    /// Writes an object from key/value writers, in order.
    public mutating func object(_ fields: [(String, (inout JSONText) -> Void)]) {
        bytes.append(0x7B)
        for (i, (k, write)) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            key(k)
            write(&self)
        }
        bytes.append(0x7D)
    }

    public mutating func newline() { bytes.append(0x0A) }
}
