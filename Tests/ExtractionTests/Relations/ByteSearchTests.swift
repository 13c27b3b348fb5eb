import Foundation
import HindsightSupport
import Testing

/// The byte search the relation and participant rules use instead of Foundation's `range(of:)`.
@Suite struct ByteSearchTests {
    private func offset(_ pattern: String, _ text: String, from: Int = 0) -> Int? {
        ByteSearch.firstOffset(of: Array(pattern.utf8), in: Array(text.utf8), from: from)
    }

    @Test func findsTheFirstOccurrenceAtOrAfterTheStart() {
        #expect(offset(" over ", "took over the over ") == 4)
        #expect(offset(" over ", "took over the over ", from: 5) == 13)
        #expect(offset(" over ", "took over", from: 0) == nil)
        #expect(offset("x", "") == nil)
        #expect(offset("", "abc", from: 3) == 3)
        #expect(offset("abc", "ab") == nil)
        #expect(offset("é", "café au lait") == 3)   // a byte offset, not a character offset
    }

    /// A word for ``ByteSearch/containsLowercaseWord(_:in:lengths:)`` is a longest run of ASCII small letters and
    /// hyphens: a member inside a longer run of them, or written with a capital, is no word of its own; a digit, a
    /// capital or a non-ASCII letter beside it ends the run.
    @Test func containsLowercaseWordReadsWholeRunsOnly() {
        let nouns: Set<String> = ["boards", "councils", "trusts"]
        func holds(_ text: String) -> Bool { ByteSearch.containsLowercaseWord(Array(text.utf8), in: nouns, lengths: 6...8) }
        // schools, water, transport
        #expect(holds("the agency absorbed two boards: the exam board and the test board"))
        #expect(holds("three water councils, north and south, merged"))
        #expect(holds("trusts"))                                      // the whole text
        #expect(holds("four bus trusts (east, west) went into it"))    // before a bracket
        #expect(holds("two rail boards \u{2013} a and b \u{2013} were merged"))   // before a dash
        // twins: the member only inside a longer run, or beside a byte that is no small letter
        #expect(!holds("the agency absorbed two cupboards"))
        #expect(!holds("three water councils-to-be merged"))
        #expect(!holds("two Boards merged") && !holds("two BOARDS merged"))
        // (a digit or a non-ASCII letter ends a run: the member beside it is a word of its own)
        #expect(holds("2boards") && holds("trusts\u{00E9}"))
        #expect(!holds("boardsx2 and 2xboards"))
        #expect(!holds(""))
        // (a run outside the lengths is not looked up)
        #expect(!ByteSearch.containsLowercaseWord(Array("two boards".utf8), in: nouns, lengths: 7...8))
    }

    /// The folding test reads ASCII capitals as small letters and every other byte as it is: no Unicode case
    /// mapping, so a non-ASCII letter never matches an ASCII one; a match may start and end anywhere.
    @Test func containsFoldingASCIIFoldsOnlyASCIICapitals() {
        func holds(_ text: String, _ pattern: StaticString) -> Bool { ByteSearch.containsFoldingASCII(Array(text.utf8), pattern) }
        #expect(holds("Tom Vale said...", "said"))
        #expect(holds("TOM VALE SAID:", "said"))
        #expect(holds("SaId", "said"))                       // the whole text
        #expect(holds("saidx", "said") && holds("xsaid", "said"))   // at either end
        #expect(!holds("sai", "said"))                        // cut short at the end
        #expect(!holds("sa id", "said"))
        #expect(!holds("sa\u{CF}d", "said"))                  // Ï is not i
        #expect(!holds("sa\u{130}d", "said"))                 // nor is İ, though it lower-cases to i and a dot
        #expect(holds("caf\u{C9} said", "said"))              // other bytes are left alone
        #expect(!holds("", "said"))
        #expect(holds("", ""))
        #expect(holds("ssaid", "said"))                       // a false start just before the match
        // on a substring's UTF-8 view, where the rules call it
        let line = "Ann Reed SAID:"
        #expect(ByteSearch.containsFoldingASCII(line.dropFirst(9).utf8, "said"))
        #expect(!ByteSearch.containsFoldingASCII(line.dropFirst(10).utf8, "said"))
    }

    @Test func containsIsByteForByte() {
        #expect(ByteSearch.contains("the chief inspector said", "chief inspector"))
        #expect(!ByteSearch.contains("the chief inspector said", "Chief Inspector"))
        #expect(ByteSearch.contains("anything", ""))
        #expect(!ByteSearch.contains("", "a"))
    }

    /// On ASCII text the byte search finds what Foundation's literal search finds, at the same offset.
    @Test func agreesWithFoundationOnASCII() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("ab c")
        for _ in 0..<500 {
            let text = String((0..<next(30)).map { _ in alphabet[next(alphabet.count)] })
            let pattern = String((0..<(1 + next(4))).map { _ in alphabet[next(alphabet.count)] })
            let expected = text.range(of: pattern, options: .literal).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            #expect(offset(pattern, text) == expected, "\(pattern) in \(text)")
            #expect(ByteSearch.contains(text, pattern) == (expected != nil))
        }
    }
}
