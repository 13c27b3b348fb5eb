@testable import Extraction
import Testing

/// `lowerWords`, the lower-case words of a phrase the relation rules compare: the byte path for ASCII phrases
/// gives the words of the `Character` walk used for any other phrase.
@Suite struct LowerWordsTests {
    @Test func wordsOfAPhrase() {
        #expect("Ann Reed's 2nd co-chair, -from- 'Leeds'".lowerWords == ["ann", "reed's", "2nd", "co-chair", "from-", "leeds'"])
        #expect("".lowerWords == [])
        #expect("  --  ".lowerWords == [])
        #expect("A\r\nB\tC".lowerWords == ["a", "b", "c"])
        #expect("Caf\u{E9} Ren\u{E9}\u{2019}s".lowerWords == ["caf\u{E9}", "ren\u{E9}'s"])
        // words longer than a small string's 15 bytes, with and without capitals
        #expect("INTERNATIONALISATION-Strategy of counter-revolutionaries".lowerWords
                == ["internationalisation-strategy", "of", "counter-revolutionaries"])
    }

    /// Random ASCII phrases: the same words as the `Character` walk, which a non-ASCII word at the end forces.
    @Test func asciiPathMatchesTheCharacterWalk() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("aZ9 -'.,\r\n\t(Qm0_\"")
        for _ in 0..<2000 {
            let phrase = String((0..<next(24)).map { _ in alphabet[next(alphabet.count)] })
            let walked = Array((phrase + " \u{E9}").lowerWords.dropLast())
            #expect(phrase.lowerWords == walked, "\(phrase.debugDescription)")
            #expect(phrase[...].lowerWords == walked)
        }
    }
}
