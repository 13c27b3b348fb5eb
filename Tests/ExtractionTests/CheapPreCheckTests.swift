import Foundation
@testable import Extraction
import HindsightSupport
import Testing

/// The cheap tests that now stand before dearer readings must only turn away texts the dearer reading would turn
/// away too: a post title searched by bytes (``PostTopic/names(_:_:)``), the last visible byte before a trim
/// (``CommentDateline/isByline(_:)``, ``DocumentExtractor/introducesQuote(_:)``), and the count-word and digit
/// tests before two patterns of the relation readers (``RelationReader/countedHolding``,
/// ``RelationReader/trailingDate``). Each is checked against the reading it spares, on written examples and on
/// random texts.
@Suite struct CheapPreCheckTests {
    /// Random text over an alphabet of small letters, the patterns' verbs and years, white space of several kinds,
    /// controls, punctuation and a few non-ASCII characters.
    private func randomTexts(_ count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces = ["a", "e", "s", "d", " ", " ", " ", "\n", "\t", "\u{1C}", "\u{A0}", "\u{2028}", "\r\n", ".", "...", ":", ":-",
                      ",", "-", "\u{2026}", "\u{301}", "\u{E9}", "K", "1", "9", "2", "0", "2014", " 1998", "said", "Said",
                      "passed", "went", "moves", "transferring", " to ", " into ", "took", "taken", "has ", "picked",
                      "over ", "its ", "work", "the ", "in ", "since ", "compass", "intake", "undertaking"]
        return (0..<count).map { _ in (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    // MARK: the last visible byte

    @Test func lastByteAboveSpaceSkipsSpacesAndControlsOnly() {
        func last(_ s: String) -> UInt8? { ByteSearch.lastByteAboveSpace(s.utf8) }
        #expect(last("Mia Torres said...  \n") == 0x2E)
        #expect(last("the harbour board wrote:\t") == 0x3A)
        #expect(last("the inspector replied:-\r\n") == 0x2D)
        #expect(last("Omar Reyes said\u{2026}") == 0xA6)       // the ellipsis' last byte
        #expect(last("a fare rise\u{A0}") == 0xA0)             // a no-break space is no ASCII space
        #expect(last("water rates\u{1C}") == 0x73)             // a control character is skipped
        #expect(last("") == nil && last(" \n\t\u{1F}") == nil)
    }

    // MARK: bylines and quote introductions against the readings they spare

    /// ``CommentDateline/isByline(_:)`` as it read before its byte test.
    private func bylineReference(_ sentence: Substring) -> Bool {
        guard ByteSearch.containsFoldingASCII(sentence.utf8, "said") else { return false }
        var t = sentence.trimmingCharacters(in: .whitespacesAndNewlines)[...]
        guard t.hasSuffix("...") || t.hasSuffix("\u{2026}") || t.hasSuffix(":") else { return false }
        while let last = t.last, last == "." || last == "\u{2026}" || last == ":" { t = t.dropLast() }
        return t.lowercased().hasSuffix(" said")
    }

    /// ``DocumentExtractor/introducesQuote(_:)`` as it read before its byte test.
    private func quoteReference(_ sentence: Substring) -> Bool {
        let t = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasSuffix(":") || t.hasSuffix(":-") else { return false }
        let words = t.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { DocumentExtractor.speechVerbs.contains(String($0)) }
    }

    @Test func bylineTestGivesTheTrimmedReadingsAnswer() {
        // a school blog, a transport forum, a health-service comment thread
        let written = ["Priya Nair said...", "4. Tom Okafor said:  ", "Night Driver said\u{2026}\n", "Ward Sister SAID:\u{A0}",
                       "Dr Lena Fox said...\u{2028}", "the head said... \u{1C}", "Jo Park said:\u{301}", "Ed Moss said..\u{301}.",
                       "the rail union said.", "Kim Lee said..", "..", "said...", " said...",
                       // twins: no closing mark, a closing mark of another kind, `said` not last
                       "Priya Nair said", "Tom Okafor said!", "the bus company said so.", "Lena Fox said that...x"]
        for text in written + randomTexts(3000, seed: 0x2545_F491_4F6C_DD1D) {
            #expect(CommentDateline.isByline(text[...]) == bylineReference(text[...]), "\(text.debugDescription)")
        }
        #expect(CommentDateline.isByline("Priya Nair said..."[...]) && !CommentDateline.isByline("Tom Okafor said!"[...]))
    }

    @Test func quoteIntroductionTestGivesTheTrimmedReadingsAnswer() {
        // a housing trust, a rail operator, a hospital board
        let written = ["This is what the trust wrote:", "The operator stated the following:-\n", "The board replied:\u{A0}",
                       "Here is what she said:\u{1C}", "He added:\u{301}",
                       // twins: no colon at the end, a colon inside, no speech verb
                       "This is what the trust wrote.", "The operator stated: fares rise", "The timetable:"]
        for text in written + randomTexts(3000, seed: 0x9E37_79B9_7F4A_7C15) {
            #expect(DocumentExtractor.introducesQuote(text[...]) == quoteReference(text[...]), "\(text.debugDescription)")
        }
        #expect(DocumentExtractor.introducesQuote("The board replied:"[...]) && !DocumentExtractor.introducesQuote("The timetable:"[...]))
    }

    // MARK: the verb-word and digit tests before the succession patterns

    private func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The count after a name (``RelationReader/countedHolding``): digits or a number word of its own.
    @Test func countedHoldingNeedsACountWord() {
        // rail franchises, prison contracts, care homes
        let written = [" won four, and", ", bidding with a local charity, got two.", " now runs 12 with", " also held eleven",
                       " took three of them", " kept one", " ran twelve", " had 3)",
                       // twins: the number word inside a longer word, or no count
                       " won fourteen contracts", " took someone on", " ran often", " had none"]
        let pieces = [" won ", " took ", " ran ", " had ", "one", "ten", "often", "someone", "four", "teen", "7", ",", ".", " ", "with ", "e"]
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let random = (0..<4000).map { _ in (0..<next(10)).map { _ in pieces[next(pieces.count)] }.joined() }
        for text in written + random {
            let bytes = Array(text.utf8)
            let passes = bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                || ByteSearch.containsLowercaseWord(bytes, in: RelationReader.countedNumberWords, lengths: 3...6)
            if matches(RelationReader.countedHolding, text) { #expect(passes, "\(text.debugDescription)") }
        }
        #expect(matches(RelationReader.countedHolding, " won four, and"))
        for twin in [" took someone on", " ran often"] {
            #expect(!ByteSearch.containsLowercaseWord(Array(twin.utf8), in: RelationReader.countedNumberWords, lengths: 3...6))
        }
        #expect(RelationReader.countedNumberWords.allSatisfy { (3...6).contains($0.utf8.count) })
    }

    @Test func trailingDateNeedsADigitNearTheEnd() {
        // a dated adverbial before `it` in three policy areas, then twins with the year elsewhere or none
        let written = ["and in april 2012", "but since 1998,", "; from may 2020\n", "and in the spring of 2019\u{2028}",
                       "and in april 2012 the board", "and later", "since the 1990s"]
        for text in written + randomTexts(4000, seed: 0x853C_49E6_748F_EA9B).map({ $0.lowercased() }) {
            if matches(RelationReader.trailingDate, text) {
                #expect(text.utf8.suffix(6).contains(where: { $0 >= 0x30 && $0 <= 0x39 }), "\(text.debugDescription)")
            }
        }
        #expect(matches(RelationReader.trailingDate, "; from may 2020\n"))
        #expect(!"and later".utf8.suffix(6).contains(where: { $0 >= 0x30 && $0 <= 0x39 }))
    }

    // MARK: post titles searched by bytes

    /// ``PostTopic/names(_:_:)`` with Foundation's search, as it read before.
    private func namesReference(_ title: String, _ name: String) -> Bool {
        var from = title.startIndex
        while let r = title.range(of: name, range: from..<title.endIndex) {
            let before = r.lowerBound == title.startIndex ? nil : title[title.index(before: r.lowerBound)]
            let after = r.upperBound == title.endIndex ? nil : title[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            from = r.upperBound
        }
        return false
    }

    @Test func titleSearchGivesFoundationsAnswer() {
        let titles = ["Goodbye, Harbour County Council", "Why Unite fell out with United Utilities", "Caf\u{E9} Trust: the end",
                      "Cafe\u{301} Trust closes", "R\u{E9}seau Ferr\u{E9} wins again", "Ofsted and OFSTED", "",
                      "The Rail Board\u{2019}s last year", "Harbour County Councillors revolt"]
        let names = ["Harbour County Council", "Unite", "United Utilities", "Caf\u{E9} Trust", "Cafe Trust", "R\u{E9}seau Ferr\u{E9}",
                     "Ofsted", "Rail Board", "Board"]
        for title in titles + randomTexts(500, seed: 0x5851_F42D_4C95_7F2D) {
            for name in names + ["said", "its", "work"] {
                #expect(PostTopic.names(title, name) == namesReference(title, name), "\(title.debugDescription) / \(name)")
            }
        }
        #expect(PostTopic.names("Goodbye, Harbour County Council", "Harbour County Council"))
        #expect(!PostTopic.names("United Utilities fined", "Unite") && PostTopic.names("Why Unite fell out", "Unite"))
        #expect(!PostTopic.names("Cafe\u{301} Trust closes", "Cafe Trust"))   // the mark belongs to the e
    }
}
