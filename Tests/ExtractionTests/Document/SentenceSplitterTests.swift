import Testing
import Extraction

/// ``SentenceSplitter`` on sentences written for these tests.
@Suite struct SentenceSplitterTests {
    /// The sentences of `text`, as strings.
    static func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter().sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsAtStopsQuestionAndExclamationMarksFollowedBySpace() {
        #expect(Self.split("The board met. Was it quorate? It was! Minutes follow.")
                == ["The board met.", "Was it quorate?", "It was!", "Minutes follow."])
    }

    @Test func aStopWithoutSpaceAfterItIsNoBoundary() {
        #expect(Self.split("Version 2.5 shipped in 2019.The end") == ["Version 2.5 shipped in 2019.The end"])
    }

    @Test func titlesAndInitialsDoNotEndASentence() {
        #expect(Self.split("Mr. Patel met Dr. Osei and J. Brennan at St. Mary's. They talked.")
                == ["Mr. Patel met Dr. Osei and J. Brennan at St. Mary's.", "They talked."])
        #expect(Self.split("Councils objected. No. 10 replied, vs. the critics.")
                == ["Councils objected.", "No. 10 replied, vs. the critics."])
    }

    @Test func eGAndIEDoNotEndASentence() {
        #expect(Self.split("Some trusts, e.g. Leeds and York, merged, i.e. they became one. Others stayed.")
                == ["Some trusts, e.g. Leeds and York, merged, i.e. they became one.", "Others stayed."])
        // Other dotted lower-case letters still end one when a space follows.
        #expect(Self.split("It was plan b. Then came c.") == ["It was plan b.", "Then came c."])
    }

    @Test func aLineEndIsABoundaryAndWhiteSpaceIsTrimmed() {
        #expect(Self.split("  A heading without a stop  \n\tThe first line of text. \n\n") == ["A heading without a stop", "The first line of text."])
    }

    @Test func rangesAreUTF8OffsetsIntoTheText() {
        let text = "Café opened. Naïve plans failed."
        let ranges = SentenceSplitter().sentences(in: text)
        #expect(ranges == [0..<13, 14..<34])
        #expect(Self.split(text) == ["Café opened.", "Naïve plans failed."])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(SentenceSplitter().sentences(in: "").isEmpty)
        #expect(SentenceSplitter().sentences(in: " \n \t ").isEmpty)
    }
}
