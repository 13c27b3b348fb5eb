import Extraction
import HindsightSupport

/// Text measuring shared by the renderers: the columns text takes on a terminal, the participant names in it.
/// (Making extracted text inert is ``TerminalText/clean(_:)``, shared with every other output.)
public enum TimelineText {
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
                let cleaned = Array(TerminalText.clean(f))
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
