@testable import Extraction
import Testing

/// The words of a dated sentence (``EventCues/Word/split(_:)``): an ASCII sentence is read byte by byte, any other
/// by `Character`; both readings must give the same words at the same byte ranges.
@Suite struct EventCueWordTests {
    private func words(_ s: String) -> [String] { EventCues.Word.split(Substring(s)).map { "\($0.text)@\($0.range)" } }

    @Test func keepsInWordMarksBetweenLettersAndDigits() {
        #expect(words("Ann's 2,500 staff (12.5%) left.") == ["Ann's@0..<5", "2,500@6..<11", "staff@12..<17", "12.5%@19..<24", "left@26..<30"])
        #expect(words("'quoted', 3. and ,4") == ["quoted@1..<7", "3@10..<11", "and@13..<16", "4@18..<19"])
        #expect(words("") == [])
    }

    /// An ASCII sentence and the same sentence with a non-ASCII word after it (read by the `Character` walk) give
    /// the same words before that word, on random text rich in the marks the rule treats specially.
    @Test func byteReadingAgreesWithCharacterReading() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("aZ9' ,.%\r\n-")
        for _ in 0..<400 {
            let ascii = String((0..<next(24)).map { _ in alphabet[next(alphabet.count)] })
            let byBytes = words(ascii)
            let byCharacters = Array(words(ascii + " caf\u{E9}").dropLast())
            #expect(byBytes == byCharacters, "\(ascii.debugDescription)")
        }
    }
}
