/// Text fit for a terminal: what Hindsight prints of the text it read (names, sentences, file names) must not
/// be able to move the cursor, recolour the screen or reorder what is shown. One cleaner serves every output
/// that drops such characters (the timeline in every format, the entity list); messages on standard error
/// write them as visible escapes instead, with the same ``isControl(_:)``.
public enum TerminalText {
    /// Whether a character must never reach a terminal raw: the C0 controls (below U+0020), DEL, the C1 controls (U+0080–U+009F, such as the 8-bit CSI
    /// U+009B), the bidirectional marks and overrides (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C) and
    /// the byte-order mark U+FEFF.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF: return true
        default: return false
        }
    }

    /// `s` made safe to print: escape sequences (CSI, OSC, DCS and the other string controls, 7-bit and 8-bit)
    /// are removed whole, other control characters and bidirectional overrides are dropped, line and tab breaks
    /// become spaces, and runs of spaces collapse to one (leading and trailing ones go).
    public static func clean(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var pendingSpace = false
        func emit(_ c: Unicode.Scalar) {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        while i < scalars.count {
            let c = scalars[i]
            let v = c.value
            i += 1
            switch v {
            case 0x1B:  // ESC: drop the whole sequence.
                guard i < scalars.count else { break }
                let next = scalars[i].value
                if next == 0x5B {  // CSI: parameters and intermediates, then one final byte.
                    i = skipCSI(scalars, from: i + 1)
                } else if [0x5D, 0x50, 0x58, 0x5E, 0x5F].contains(next) {  // OSC, DCS, SOS, PM, APC
                    i = skipString(scalars, from: i + 1)
                } else if (0x20...0x2F).contains(next) {  // nF: intermediates then a final byte
                    i += 1
                    while i < scalars.count, (0x20...0x2F).contains(scalars[i].value) { i += 1 }
                    if i < scalars.count, (0x30...0x7E).contains(scalars[i].value) { i += 1 }
                } else if (0x30...0x7E).contains(next) {  // two-byte sequences (ESC c, ESC 7, ESC M …)
                    i += 1
                }
            case 0x9B:  // 8-bit CSI
                i = skipCSI(scalars, from: i)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // 8-bit OSC, DCS, SOS, PM, APC
                i = skipString(scalars, from: i)
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029, 0x20, 0xA0, 0x3000:
                pendingSpace = true
            default:
                if isControl(c) { continue }
                if c.properties.isWhitespace { pendingSpace = true } else { emit(c) }
            }
        }
        return String(out)
    }

    private static func skipCSI(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            i += 1
            if (0x40...0x7E).contains(v) { return i }
            if !(0x20...0x3F).contains(v) { return i - 1 }  // malformed: stop before what is not part of it
        }
        return i
    }

    private static func skipString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            if v == 0x07 || v == 0x9C { return i + 1 }
            if v == 0x1B, i + 1 < s.count, s[i + 1] == "\\" { return i + 2 }
            i += 1
        }
        return i
    }
}
