@testable import Extraction
import Testing
import HindsightSupport

/// The byte readings that stand in for `String` ones in hot loops must give the same answers: a token's lower-case
/// form (``PassageTokenizer/wordStrings(_:_:_:)`` against ``PassageTokenizer/foldLower(_:)``), the words' lower-case
/// forms a cue reader keeps (``EventCues/Reader/lowers``) against ``EventCues/Word/lower``, and the pre-check of the
/// possessive title patterns (``RelationReader/mayHoldPossessive(_:)``), which may only turn away texts without
/// `its`, `their` or an apostrophe.
@Suite struct ByteFastPathTests {
    /// Random text over an alphabet rich in capitals, marks and a few non-ASCII letters and apostrophes.
    private func randomTexts(_ count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("aZqR9 ,.%'-&:\nÉé\u{2019}İ") + ["its ", "Their ", "ITS", "s' "].flatMap { Array($0) }
        return (0..<count).map { _ in String((0..<next(30)).map { _ in alphabet[next(alphabet.count)] }) }
    }

    @Test func tokenLowerFormsAgreeWithFoldLower() {
        for text in randomTexts(500, seed: 0x9E37_79B9_7F4A_7C15) + ["Harbour HOMES Ltd's chair", "Ünïon’s"] {
            for t in PassageTokenizer.tokenize(text) where t.kind == .word || t.kind == .punct {
                #expect(t.lower == PassageTokenizer.foldLower(t.text), "\(text.debugDescription): \(t.text)")
                #expect(t.text == String(decoding: Array(text.utf8)[t.start..<t.end], as: UTF8.self))
            }
        }
    }

    @Test func cueReaderLowerFormsAgreeWithWordLower() {
        for text in randomTexts(500, seed: 0x2545_F491_4F6C_DD1D) + ["In MAY 2014 the Trust said: 12% fell."] {
            let reader = EventCues.Reader(Substring(text))
            #expect(reader.lowers == reader.words.map(\.lower), "\(text.debugDescription)")
        }
    }

    @Test func possessivePreCheckTurnsAwayOnlyTextsWithoutOne() {
        #expect(!RelationReader.mayHoldPossessive(", the chair of Harbour Homes"))
        #expect(RelationReader.mayHoldPossessive(", ITS chair"))
        #expect(RelationReader.mayHoldPossessive("the unions' leader"))
        #expect(RelationReader.mayHoldPossessive("the trust\u{2019}s chair"))
        #expect(RelationReader.mayHoldPossessive("Their leader"))
    }
}

/// The byte-pair test before a title is searched for (``TitlePairs``) may only turn away a title the byte search
/// would not find: on random texts and phrases over a small alphabet (so that most phrases stand somewhere), a
/// phrase held by the text always passes, and a phrase with a pair the text lacks is never in it.
@Suite struct TitlePairsTests {
    @Test func aPhraseTheTextHoldsAlwaysPasses() {
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("abc ’é-".utf8)
        var held = 0
        for _ in 0..<400 {
            let text = (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }
            let phrase = (0..<(1 + next(4))).map { _ in alphabet[next(alphabet.count)] }
            let found = text.withUnsafeBufferPointer { t in
                phrase.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: t, from: 0) != nil }
            }
            let passes = text.withUnsafeBufferPointer { TitlePairs($0).holdsAll(TitlePairs.keys(of: phrase)) }
            if found { held += 1; #expect(passes, "\(text) \(phrase)") }
        }
        #expect(held > 50)
    }

    @Test func aMissingPairTurnsTheTitleAway() {
        let text = Array("the chief nurse of harbour trust said".utf8)
        text.withUnsafeBufferPointer { t in
            let pairs = TitlePairs(t)
            #expect(pairs.holdsAll(TitlePairs.keys(of: Array("chief nurse".utf8))))
            #expect(!pairs.holdsAll(TitlePairs.keys(of: Array("housing minister".utf8))))
            #expect(pairs.holdsAll(TitlePairs.keys(of: Array("s".utf8))))   // one byte: no pair to test
        }
        #expect(TitlePairs.keys(of: Array("aaaa".utf8)) == [TitlePairs.key(0x61, 0x61)])
    }
}
