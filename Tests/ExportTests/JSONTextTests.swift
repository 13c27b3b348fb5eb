import HindsightSupport
import Testing

/// The hand-written JSON text: numbers and escapes as `String(n)` and the escaping rules say.
@Suite struct JSONTextTests {
    private func text(_ write: (inout JSONText) -> Void) -> String {
        var j = JSONText()
        write(&j)
        return String(decoding: j.bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 7, 10, 99, 100, 2016, -1, -42, 1_000_000_007, Int.max, Int.min])
    func integersAreWrittenAsStringDoes(_ n: Int) {
        #expect(text { $0.int(n) } == String(n))
    }

    @Test func paddedNumbersCountTheSign() {
        #expect(text { $0.padded(7, width: 2) } == "07")
        #expect(text { $0.padded(2016, width: 4) } == "2016")
        #expect(text { $0.padded(12345, width: 4) } == "12345")
        #expect(text { $0.padded(5, width: 4) } == "0005")
        #expect(text { $0.padded(-5, width: 4) } == "00-5")
    }

    @Test func stringsEscapeControlsQuotesAndInvisibleFormatting() {
        #expect(text { $0.string("plain text, café") } == "\"plain text, café\"")
        #expect(text { $0.string("a\"b\\c\nd\re\tf") } == "\"a\\\"b\\\\c\\nd\\re\\tf\"")
        #expect(text { $0.string("\u{1}\u{7F}") } == "\"\\u0001\\u007f\"")
        #expect(text { $0.string("x\u{2028}y\u{2029}z") } == "\"x\\u2028y\\u2029z\"")
        #expect(text { $0.string("\u{9B}\u{202E}\u{2066}\u{FEFF}") } == "\"\\u009b\\u202e\\u2066\\ufeff\"")
        // Neighbours of the escaped scalars pass through: U+00A0, U+2014, U+2030, U+FEFE.
        #expect(text { $0.string("\u{A0}\u{2014}\u{2030}\u{FEFE}") } == "\"\u{A0}\u{2014}\u{2030}\u{FEFE}\"")
    }
}
