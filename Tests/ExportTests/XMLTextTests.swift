import Testing
@testable import Export

@Suite struct XMLTextTests {
    private func text(_ s: String) -> String {
        var x = XMLText()
        x.text(s)
        return String(decoding: x.bytes, as: UTF8.self)
    }

    private func attribute(_ s: String) -> String {
        var x = XMLText()
        x.attributeValue(s)
        return String(decoding: x.bytes, as: UTF8.self)
    }

    @Test func escapesTheFiveMarkupCharacters() {
        #expect(text("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        #expect(attribute("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
    }

    @Test func cdataEndIsInert() {
        #expect(text("x]]>y") == "x]]&gt;y")
        #expect(!text("]]>]]>").contains("]]>"))
    }

    @Test func lineBreaksSurviveParsing() {
        // In content a line feed and a tab are kept as they are; a carriage return must be a reference, or the
        // parser folds it into the line feed.
        #expect(text("a\tb\nc\r\nd\re") == "a\tb\nc&#13;\nd&#13;e")
        // In attribute values all three are references, or normalisation turns them into spaces.
        #expect(attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    }

    @Test func dropsWhatXMLCannotCarry() {
        #expect(text("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i") == "abcdefghi")
        #expect(attribute("\u{0}x\u{1B}") == "x")
        // Allowed though unusual: the other noncharacters (U+FDD0), the last scalar.
        let unusual = String(Unicode.Scalar(0xFDD0)!) + "\u{10FFFF}"
        #expect(text(unusual) == unusual)
        // Allowed, but obeyed by terminals: DEL, C1 controls (the 8-bit CSI U+009B) and bidirectional controls
        // are written as references, which a parser reads back as the same characters.
        #expect(text("\u{7F}\u{85}\u{9B}\u{9F}") == "&#x7F;&#x85;&#x9B;&#x9F;")
        #expect(attribute("a\u{202E}b\u{2066}c") == "a&#x202E;b&#x2066;c")
        #expect(XMLText.legal("a\u{0}\u{7}b\u{FFFF}\t\n\r") == "ab\t\n\r")
    }

    @Test func keepsEverythingElseByteForByte() {
        let s = "Emoji 👩🏽‍⚖️ rtl e\u{301} \u{2028}"
        #expect(text(s) == s)
        #expect(attribute(s) == s)
    }

    @Test func attributeHelperQuotes() {
        var x = XMLText()
        x.raw("<n")
        x.attribute("id", "\"/><evil x=\"")
        x.raw("/>")
        #expect(String(decoding: x.bytes, as: UTF8.self) == "<n id=\"&quot;/&gt;&lt;evil x=&quot;\"/>")
    }
}
