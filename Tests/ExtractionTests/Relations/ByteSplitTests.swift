import Foundation
import HindsightSupport
import Testing

/// The byte-level cuts the rules use instead of `Character` walks give the walks' own answers: lines
/// (`lineSlices`), words between spaces (`splitASCII`), and the first of a few punctuation marks
/// (`firstIndex(ofAnyASCII:)`, `prefix(beforeAnyASCII:)`), on ASCII text and on text where a byte is not a
/// character (a combining mark after a space or a full stop, `\r\n`, letters of other scripts).
@Suite("cutting text at ASCII bytes, as the Character walks do")
struct ByteSplitTests {
    static let texts = [
        "", "\n", "\n\n", "one line", "two\nlines", "ends with a newline\n", "\nopens with one", "a\r\nb\nc\r\n",
        "Ann Reed, the chair; left.", "a .\u{301} mark after a stop; then more.", "space \u{301}before a mark",
        "caf\u{E9} d\u{E9}j\u{E0} vu. Done", "  two  spaces  ", "\u{0600}.then", "end.", ".start", "emoji \u{1F600}. ok",
        "the trust\u{2019}s chair, Ann Reed:\nshe left", "tab\tand\u{00A0}no-break space",
    ]

    @Test("Substring.utf8Bytes are the bytes of Array(utf8), for substrings at any offset")
    func substringBytes() {
        for t in Self.texts {
            let u = t.utf8
            for a in stride(from: 0, through: u.count, by: 3) {
                let sub = Substring(u[u.index(u.startIndex, offsetBy: a)...])
                #expect(sub.utf8Bytes == Array(sub.utf8), "\(t.debugDescription) from \(a)")
            }
        }
        #expect("Ann Reed left"[...].dropFirst(4).utf8Bytes == Array("Reed left".utf8))
    }

    @Test("lineSlices are the slices of split(separator: \"\\n\", omittingEmptySubsequences: false)")
    func linesAsSplit() {
        for t in Self.texts {
            #expect(t.lineSlices() == t.split(separator: "\n", omittingEmptySubsequences: false), "\(t.debugDescription)")
        }
        #expect("a\n\nb".lineSlices() == ["a", "", "b"])
        #expect("a\r\nb".lineSlices() == ["a\r\nb"])   // one character: not cut
    }

    @Test("splitASCII gives split(separator:) for spaces and punctuation, omitting empty pieces or not")
    func wordsAsSplit() {
        for t in Self.texts {
            for sep: Character in [" ", ",", ".", "\t"] {
                for omit in [true, false] {
                    #expect(t.splitASCII(separator: sep, omittingEmptySubsequences: omit)
                            == t.split(separator: sep, omittingEmptySubsequences: omit), "\(t.debugDescription) \(sep) \(omit)")
                }
            }
        }
        #expect("chair of the board".splitASCII(separator: " ") == ["chair", "of", "the", "board"])
        #expect(" a  b ".splitASCII(separator: " ", omittingEmptySubsequences: false) == ["", "a", "", "b", ""])
    }

    @Test("firstIndex(ofAnyASCII:) and prefix(beforeAnyASCII:) match the Character walk, on strings and substrings")
    func punctuationAsWalk() {
        for t in Self.texts {
            for set in [".;:?!", ",;.)", ";.", ",;", ",;:.()"] {
                #expect(t.firstIndex(ofAnyASCII: set) == t.firstIndex(where: { set.contains($0) }), "\(t.debugDescription) \(set)")
                #expect(t.prefix(beforeAnyASCII: set) == t.prefix { !set.contains($0) }, "\(t.debugDescription) \(set)")
                let sub = t.dropFirst(2)
                #expect(sub.firstIndex(ofAnyASCII: set) == sub.firstIndex(where: { set.contains($0) }), "\(t.debugDescription) \(set)")
                #expect(sub.prefix(beforeAnyASCII: set) == sub.prefix { !set.contains($0) }, "\(t.debugDescription) \(set)")
            }
        }
        let s = "Ann Reed, the chair; left."
        #expect(s.prefix(beforeAnyASCII: ";.") == "Ann Reed, the chair")
        // a full stop with a combining mark is another character: the walk passes it, and so does the search
        #expect("a .\u{301} b; c".prefix(beforeAnyASCII: ";.") == "a .\u{301} b")
    }
}
