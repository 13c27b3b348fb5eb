import Foundation
import HindsightSupport

/// A blog comment's dateline and its writer: a comment opens with a byline naming who wrote it (`Ann Reed
/// said...`, `4. Tom Vale said:`) and then a line holding only when (`2 May 2019 at 10:15`). The event of that
/// date is the writer's posting, so the person of the byline takes part; a pseudonym (`Night Nurse said...`) is
/// no person and adds no one.
enum CommentDateline {
    /// Whether a sentence is a commenter's byline: it ends with `said` and an ellipsis or a colon.
    static func isByline(_ sentence: Substring) -> Bool {
        // (only a sentence holding `said` in some case can end so: one pass over its bytes turns the others away
        // before Foundation trims and lower-cases them)
        // (read from the contiguous bytes where they lie: the generic walk of a substring's view costs several times more)
        guard sentence.utf8.withContiguousStorageIfAvailable({ ByteSearch.containsFoldingASCII($0, "said") })
            ?? ByteSearch.containsFoldingASCII(sentence.utf8, "said") else { return false }
        // (and only one whose last visible bytes are `...`, a colon or part of a non-ASCII character, `\u{2026}` among
        // them: a byline ends on nothing else, and the test spares the trim below; a `.` character is its one byte,
        // so a trimmed text ending on `...` ends on those three bytes)
        let u = sentence.utf8
        guard let end = u.lastIndex(where: { $0 > 0x20 }) else { return false }
        if u[end] == 0x2E {
            guard u.distance(from: u.startIndex, to: end) >= 2, u[u.index(end, offsetBy: -1)] == 0x2E,
                  u[u.index(end, offsetBy: -2)] == 0x2E else { return false }
        } else if u[end] < 0x80 && u[end] != 0x3A {
            return false
        }
        var t = sentence.trimmingCharacters(in: .whitespacesAndNewlines)[...]
        guard t.hasSuffix("...") || t.hasSuffix("\u{2026}") || t.hasSuffix(":") else { return false }
        while let last = t.last, last == "." || last == "\u{2026}" || last == ":" { t = t.dropLast() }
        return t.lowercased().hasSuffix(" said")
    }

    /// Whether a sentence holds nothing but its dates (UTF-8 ranges in it), `at`, a time and punctuation:
    /// `2 May 2019 at 10:15`, `Friday, 3 May 2019`.
    static func isDateOnly(_ sentence: Substring, dates: [Range<Int>]) -> Bool {
        guard !dates.isEmpty else { return false }
        let words = EventClause.words(sentence.utf8Bytes)
        return words.allSatisfy { w in
            dates.contains { $0.contains(w.range.lowerBound) } || ["at", "am", "pm"].contains(w.lower)
                || w.lower.allSatisfy(\.isNumber)
        }
    }
}
