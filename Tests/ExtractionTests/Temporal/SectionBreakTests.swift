import Testing
@testable import Extraction

/// `ReferenceShift.isBreak` (a line of break marks only) and `CommentDateline.isByline` (a commenter's byline)
/// turn most lines away by their bytes before reading their characters: the answers must be the same as the
/// character reading's, on lines that open with spaces, marks, dashes and combining accents.
@Suite struct SectionBreakTests {
    @Test func breakLines() {
        for line in ["***", "* * *", "  -----", "\t###", "~~~", "===", "___", "\u{2014}\u{2014}\u{2014}", "\u{2013} \u{2013} \u{2013}", "*-*"] {
            #expect(ReferenceShift.isBreak(line[...]), "\(line.debugDescription)")
        }
        for line in ["", "   ", "**", "*** Update", "A ***", " \u{301}***", "*\u{301}**", "\u{2019}\u{2019}\u{2019}", "\u{2026}",
                     "- Ann Reed", "--- said", "\u{FEFF}***", "\r***"] {
            #expect(!ReferenceShift.isBreak(line[...]), "\(line.debugDescription)")
        }
    }

    @Test func bylines() {
        for s in ["Ann Reed said...", "4. Tom Vale said:", "Night Nurse SAID\u{2026}", "  Jo said: "] {
            #expect(CommentDateline.isByline(s[...]), "\(s)")
        }
        for s in ["Ann Reed said the trust failed.", "Ann Reed says...", "Ann Reed sa\u{130}d...", "She resaid:",
                  "Ann Reed said", "said...", ""] {
            #expect(!CommentDateline.isByline(s[...]), "\(s)")
        }
    }
}
