import Foundation
import HindsightSupport
import Testing

/// `fastRange(of:)` and `fastContains(_:)` give Foundation's answers (`range(of:)`, `contains(_:)`), on any text:
/// texts are read as they are, not normalised, so decomposed accents, joiners and look-alike scalars must come out
/// the same.
@Suite struct FastSearchTests {
    private func offsets(_ text: String, _ r: Range<String.Index>?) -> [Int]? {
        r.map { [text.utf8.distance(from: text.startIndex, to: $0.lowerBound), text.utf8.distance(from: text.startIndex, to: $0.upperBound)] }
    }

    /// Every form the rules use, against Foundation, on one text and one pattern.
    private func expectSame(_ text: String, _ pattern: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for options: String.CompareOptions in [[], .backwards, .caseInsensitive] {
            #expect(offsets(text, text.fastRange(of: pattern, options: options)) == offsets(text, text.range(of: pattern, options: options)),
                    "\(pattern.debugDescription) in \(text.debugDescription) \(options)", sourceLocation: sourceLocation)
        }
        #expect(text.fastContains(pattern) == text.contains(pattern), "\(pattern.debugDescription) in \(text.debugDescription)",
                sourceLocation: sourceLocation)
        // from the middle to the end, as the rules' `while let r = lower.range(of: cue, range: from..<end)` loops do
        var from = text.startIndex
        while let r = text.range(of: pattern, range: from..<text.endIndex) {
            #expect(offsets(text, text.fastRange(of: pattern, range: from..<text.endIndex)) == offsets(text, r), sourceLocation: sourceLocation)
            from = r.upperBound
        }
        #expect(text.fastRange(of: pattern, range: from..<text.endIndex) == nil, sourceLocation: sourceLocation)
    }

    @Test func findsCuesLikeFoundation() {
        let text = "The council took over the trust, and Ann Reed took over as chair; the board agreed."
        #expect(offsets(text, text.fastRange(of: " took over ")) == [11, 22])
        #expect(offsets(text, text.fastRange(of: " took over ", options: .backwards)) == [45, 56])
        #expect(text.fastContains("; the board"))
        #expect(!text.fastContains("Took over"))
        for p in [" took over ", "took", ", and ", "; ", "agreed.", "The", "x", "chair; the", "over as chair"] { expectSame(text, p) }
    }

    /// A substring (`lead`, `before`, slices of a sentence) searched within itself, its indices the base's.
    @Test func searchesSubstrings() {
        let text = "Tom Vale, who led the trust, was replaced by Ann Reed"
        let sub = text[text.index(text.startIndex, offsetBy: 10)...]
        let r = sub.fastRange(of: "led the")
        #expect(r == sub.range(of: "led the"))
        #expect(r.map { String(text[$0]) } == "led the")
        #expect(sub.fastRange(of: "Tom") == nil)
        #expect(sub.fastRange(of: " by ", options: .backwards) == sub.range(of: " by ", options: .backwards))
    }

    /// The overloads for a `String` or `Substring` searched for a `String` (what the rules call) answer as the
    /// generic functions do, Foundation's fallback included.
    @Test func concreteOverloadsAnswerAsTheGenericOnes() {
        func generic<S: StringProtocol>(_ text: S, _ p: String, _ options: String.CompareOptions = [], from: S.Index? = nil) -> Range<S.Index>? {
            text.fastRange(of: p, options: options, range: from.map { $0..<text.endIndex })
        }
        func genericContains<S: StringProtocol>(_ text: S, _ p: String) -> Bool { text.fastContains(p) }
        let texts = ["The council took over the trust; the board agreed.", "the cafe\u{301} closed; the cafe reopened",
                     "\u{212A}elvin\u{37E} K; Kelvin", "Ann Reed\u{2019}s trust", ""]
        for text in texts {
            let sub = text.dropFirst(min(4, text.count))
            for p in ["the", " took over ", "cafe", "K", "; ", "\u{2019}s", "", "zz"] {
                for options: String.CompareOptions in [[], .backwards, .caseInsensitive] {
                    #expect(text.fastRange(of: p, options: options) == generic(text, p, options), "\(p) in \(text)")
                    #expect(sub.fastRange(of: p, options: options) == generic(sub, p, options), "\(p) in \(sub)")
                }
                let mid = text.index(text.startIndex, offsetBy: min(6, text.count))
                #expect(text.fastRange(of: p, range: mid..<text.endIndex) == generic(text, p, from: mid))
                #expect(text.fastContains(p) == genericContains(text, p))
                #expect(sub.fastContains(p) == genericContains(sub, p))
            }
        }
    }

    /// Texts that are not in composed form: a byte match followed by a combining mark is no match for
    /// Foundation (the accent belongs to the last letter), and none here.
    @Test func decomposedAccentsAndJoiners() {
        let decomposed = "the cafe\u{301} closed; the cafe reopened"
        #expect(offsets(decomposed, decomposed.fastRange(of: "cafe")) == offsets(decomposed, decomposed.range(of: "cafe")))
        #expect(offsets(decomposed, decomposed.fastRange(of: "cafe"))?.first == 23)
        for text in [decomposed, "cafe\u{301}", "re\u{301}sume\u{301} sent", "ab\u{34F} ab", "ab\u{200D}cd ab", "K\u{93E}; K",
                     "ab\u{FE0F} ab", "ab\u{1F3FB} ab", "x\r\ny \r\n", "\u{600}ab ab", "ab\u{FF9E}ab", "ab\u{E0020} ab"] {
            for p in ["ab", "cafe", "e", "re", "\ny", "x\r", "K", "; ", " ab", "b"] { expectSame(text, p) }
        }
    }

    /// The three scalars whose decomposition is ASCII (GREEK QUESTION MARK, GREEK VARIA, KELVIN SIGN) are
    /// found by a pattern holding `;`, `` ` `` or `K`, as Foundation finds them.
    @Test func asciiLookAlikes() {
        let text = "temperature in \u{212A}elvin\u{37E} a grave \u{1FEF} mark; Kelvin"
        #expect(text.fastRange(of: "Kelvin") == text.range(of: "Kelvin"))
        #expect(offsets(text, text.fastRange(of: "Kelvin"))?.first == 15)
        for p in ["Kelvin", "; ", "` ", "n; a", "elvin"] { expectSame(text, p) }
    }

    /// Patterns with another non-ASCII scalar (an accent, a combining mark), and empty ones, are Foundation's own
    /// answers; patterns with curly quotes, dashes or a pound sign are searched by bytes, with Foundation's answers.
    @Test func otherPatternsAreFoundations() {
        let text = "Ann Reed\u{2019}s trust, the caf\u{E9}\u{2019}s owner, cafe\u{301}"
        for p in ["\u{2019}s ", "caf\u{E9}", "e\u{301}", "\u{E9}", ""] { expectSame(text, p) }
    }

    /// Case-insensitive searches (`title.fastRange(of: " of ", options: .caseInsensitive)`) give Foundation's
    /// answers: by bytes in an ASCII text, by Foundation where a fold may reach beyond ASCII (`\u{212A}` is `k`,
    /// `\u{DF}` is `ss`, `\u{130}` is `i` with a dot).
    @Test func caseInsensitiveLikeFoundation() {
        let ascii = "Chief Executive OF the Board of Governors, chair Of the trust; AT last"
        #expect(offsets(ascii, ascii.fastRange(of: " of ", options: .caseInsensitive)) == [15, 19])
        #expect(offsets(ascii, ascii.fastRange(of: " OF ", options: [.caseInsensitive, .backwards])) == [48, 52])
        for text in [ascii, "the \u{212A}ing of Stra\u{DF}e, the kING", "Stra\u{DF}e strasse STRASSE", "\u{130}stanbul istanbul",
                     "caf\u{E9} CAFE\u{301} Cafe", "", "of"] {
            for p in [" of ", "OF", "king", "K", "strasse", "ss", "istanbul", "cafe", "the", "; at", "Of the trust"] {
                for options: String.CompareOptions in [.caseInsensitive, [.caseInsensitive, .backwards]] {
                    #expect(offsets(text, text.fastRange(of: p, options: options)) == offsets(text, text.range(of: p, options: options)),
                            "\(p) in \(text) \(options)")
                }
            }
        }
    }

    /// Cues with a curly apostrophe or quote, a dash, an ellipsis or a currency sign give Foundation's answers on
    /// any neighbour: a combining mark after the match (no match), a decomposed accent before it, the sign alone.
    @Test func punctuationPatternsAnswerLikeFoundation() {
        let texts = ["the trust\u{2019}s chair, the board\u{2019}s", "a \u{201C}fit for purpose\u{201D} test \u{2014} or not",
                     "costs of \u{A3}4m \u{2013} \u{20AC}5m\u{2026} then", "Ren\u{E9}e\u{2019}s school, Rene\u{301}\u{2019}s too",
                     "the board\u{2019}\u{301}s own, the board\u{2019}s", "\u{2019}\u{2019}s \u{2019}s", "no\u{A0}break\u{A0}space"]
        let patterns = ["\u{2019}s ", "\u{2019}s", "\u{2019}", "\u{201C}fit", "purpose\u{201D}", " \u{2014} ", "\u{A3}4m \u{2013} ",
                        "\u{2026}", "e\u{2019}s", "no\u{A0}", "\u{A0}space", "d\u{2019}s own"]
        for text in texts {
            for p in patterns { expectSame(text, p) }
            let sub = text.dropFirst(2)
            for p in patterns {
                #expect(sub.fastRange(of: p) == sub.range(of: p), "\(p) in \(sub)")
                #expect(sub.fastContains(p) == sub.contains(p), "\(p) in \(sub)")
            }
        }
        // (the byte search answers: an apostrophe right after an accented letter, precomposed)
        #expect(texts[3].fastRange(of: "e\u{2019}s") == texts[3].range(of: "e\u{2019}s"))
        #expect(texts[0].fastContains("\u{2019}s chair"))
        #expect(!texts[0].fastContains("'s chair"))
    }

    /// Any scalar after or before a match, one of each general category and the marks of several scripts.
    @Test func everyKindOfNeighbour() {
        let neighbours: [UInt32] = [0xA0, 0xE9, 0x2019, 0x201C, 0x2014, 0x300, 0x301, 0x327, 0x34F, 0x483, 0x488, 0x5B0,
                                    0x600, 0x64B, 0x93E, 0x94D, 0x9BE, 0xE31, 0x1100, 0x1161, 0x11A8, 0x200B, 0x200C,
                                    0x200D, 0x2060, 0x20DD, 0x3099, 0xAC00, 0xD7FF, 0xE000, 0xFE0F, 0xFF9E, 0x1F1E6,
                                    0x1F3FB, 0x1F600, 0xE0020, 0xE0100, 0x10FFFD, 0x37E, 0x1FEF, 0x212A, 0x2126]
        for v in neighbours {
            let c = String(Unicode.Scalar(v)!)
            for text in ["ab" + c + " ab", "x" + c + "ab", "ab" + c, c + "ab" + c + "ab" + c, "K" + c + "; K"] {
                for p in ["ab", "b", "; ", "K", " ab"] { expectSame(text, p) }
            }
        }
    }
}
