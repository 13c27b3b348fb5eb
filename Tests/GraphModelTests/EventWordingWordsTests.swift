@testable import GraphModel
import Testing

/// `EventWording` reads an ASCII sentence's words byte by byte: the same words (lower-cased and as written), in
/// the same order and with the same capitals, as the `Character` walk it uses for any other text.
@Suite struct EventWordingWordsTests {
    /// The `Character` walk, as `EventWording` read every sentence before.
    private func walk(_ sentence: String) -> [(String, String, Bool)] {
        var out: [(String, String, Bool)] = []
        var word = "", written = "", capitalized = false
        for c in sentence {
            if c.isLetter || c == "-" {
                if word.isEmpty { capitalized = c.isUppercase }
                for l in c.lowercased() { word.append(l) }
                written.append(c)
            } else if !word.isEmpty {
                out.append((written, word, capitalized))
                word = ""; written = ""
            }
        }
        if !word.isEmpty { out.append((written, word, capitalized)) }
        return out
    }

    @Test func asciiWordsAreTheWalksWords() {
        let sentences = ["The Care-Act plans were dropped in 2019.", "", "  ", "To ask the Secretary of State what it cost?",
                         "reed's plan -- a 'shake-up' (of the NHS) ; and\r\nmore", "ALL CAPS Words, x-ray 3rd-party",
                         "-", "a-", "Z", "tab\tseparated\u{7F}words"]
        for s in sentences {
            let ascii = EventWording.asciiWords(s)!
            let w = walk(s)
            #expect(ascii.map(\.written) == w.map(\.0), "\(s)")
            #expect(ascii.map(\.lower) == w.map(\.1), "\(s)")
            #expect(ascii.map(\.capitalized) == w.map(\.2), "\(s)")
            #expect(EventWording.words(s).map(\.word) == w.map(\.1))
        }
        #expect(EventWording.asciiWords("The caf\u{E9} plan") == nil)   // not ASCII: the walk reads it
        #expect(EventWording.words("The Caf\u{E9} plan").map(\.word) == ["the", "caf\u{E9}", "plan"])
        #expect(EventWording.words("The Caf\u{E9} plan").map(\.capitalized) == [true, true, false])
    }

    @Test func theFirstPolicyNounIsReadTheSameWay() {
        #expect(EventWording.firstPolicyNoun("The council announced plans to merge the boards.") == "plans")
        #expect(EventWording.firstPolicyNoun("Reed plans to stand down; the reform follows.") == "reform")
        #expect(EventWording.firstPolicyNoun("The Care Act passed.") == nil)
    }
}
