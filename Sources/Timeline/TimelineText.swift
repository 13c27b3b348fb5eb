import Extraction

/// Text hygiene shared by the renderers: making extracted text inert, measuring it on a terminal, finding the
/// participant names in it.
public enum TimelineText {
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
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF:
                continue
            default:
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

    /// The columns a character takes on a terminal: 0 for combining marks and format characters, 2 for East
    /// Asian wide and fullwidth characters and emoji, 1 otherwise.
    public static func width(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if c.unicodeScalars.allSatisfy(isZeroWidth) { return 0 }
        if isWide(first.value) || c.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        return 1
    }

    /// The columns a string takes on a terminal (no escape sequences in it).
    public static func width(_ s: String) -> Int { s.reduce(0) { $0 + width($1) } }

    private static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return s.value == 0x200B
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// For each character of `text`, the index in `participants` of the participant whose name stands there, or
    /// `nil`. Names (``TimelineParticipant/forms``) are matched as whole words, case-sensitively, longest first.
    public static func participantMarks(in text: [Character], participants: [TimelineParticipant]) -> [Int?] {
        var marks = [Int?](repeating: nil, count: text.count)
        var forms: [(form: [Character], index: Int)] = []
        for (index, p) in participants.enumerated() {
            for f in p.forms {
                let cleaned = Array(clean(f))
                if cleaned.count >= 2 { forms.append((cleaned, index)) }
            }
        }
        forms.sort { ($0.form.count, $1.index) > ($1.form.count, $0.index) }
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        for (form, index) in forms where form.count <= text.count {
            var i = 0
            while i + form.count <= text.count {
                let end = i + form.count
                if text[i] == form[0], text[i..<end].elementsEqual(form),
                   i == 0 || !isWordChar(text[i - 1]) || !isWordChar(form[0]),
                   end == text.count || !isWordChar(text[end]) || !isWordChar(form[form.count - 1]),
                   !marks[i..<end].contains(where: { $0 != nil }) {
                    for k in i..<end { marks[k] = index }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return marks
    }
}
