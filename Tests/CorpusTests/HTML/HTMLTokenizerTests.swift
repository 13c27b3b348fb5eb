import Corpus
import Testing

/// The HTML tokenizer, tree builder and text extraction on markup written for these tests.
@Suite struct HTMLTokenizerTests {
    func tokens(_ s: String) throws -> [HTMLToken] { try HTMLTokenizer().tokens(s) }

    @Test func tagsAttributesAndLines() throws {
        let t = try tokens("<DIV Class='a b' id=x hidden data-v=\"1 &amp; 2\">\nHi<br/></div>")
        #expect(t == [
            .startTag(HTMLTag(name: "div", attributes: [
                HTMLAttribute(name: "class", value: "a b"), HTMLAttribute(name: "id", value: "x"),
                HTMLAttribute(name: "hidden", value: ""), HTMLAttribute(name: "data-v", value: "1 & 2"),
            ], selfClosing: false, line: 1)),
            .text("\nHi", line: 1),
            .startTag(HTMLTag(name: "br", attributes: [], selfClosing: true, line: 2)),
            .endTag(name: "div", line: 2),
        ])
    }

    @Test func commentsDoctypeAndDeclarations() throws {
        let t = try tokens("<!DOCTYPE html>\n<!-- a\n<b>not a tag</b> -->\n<?xml-stylesheet x?><p>ok</p>")
        #expect(t.first == .doctype(line: 1))
        #expect(t.contains(.comment(line: 2)))
        #expect(t.contains(.comment(line: 4)))
        #expect(!t.contains { if case .startTag(let tag) = $0 { return tag.name == "b" } else { return false } })
        #expect(t.contains(.text("ok", line: 4)))
    }

    @Test func scriptAndStyleAreRawText() throws {
        let t = try tokens("<script>if (a < b && c > d) { x = \"</p>\"; }</script>\n<style>a{}<!-- x --></STYLE >after")
        #expect(t[1] == .text("if (a < b && c > d) { x = \"</p>\"; }", line: 1))
        #expect(t[2] == .endTag(name: "script", line: 1))
        #expect(t.contains(.text("a{}<!-- x -->", line: 2)))
        #expect(t.contains(.endTag(name: "style", line: 2)))
        #expect(t.last == .text("after", line: 2))
    }

    @Test func brokenMarkupIsReadTolerantly() throws {
        // A "<" that starts no tag, a stray "</>", an unknown entity and a bare "&" are text.
        let t = try tokens("a < b </> 3 <= 4 &bogus; & co &amp &copy2 <3")
        let text = t.compactMap { if case .text(let s, _) = $0 { return s } else { return nil } }.joined()
        #expect(text == "a < b  3 <= 4 &bogus; & co & &copy2 <3")
    }

    @Test func entities() {
        #expect(HTMLEntities.decode("Napo&#8217;s &ldquo;view&rdquo; &#x2014; caf&eacute;&nbsp;&amp;&lt;&gt;") == "Napo\u{2019}s \u{201C}view\u{201D} \u{2014} caf\u{E9}\u{A0}&<>")
        #expect(HTMLEntities.decode("&#146;&#0;&#xD800;") == "\u{2019}\u{FFFD}\u{FFFD}")
        // A character reference to a newline would shift the line numbers after it.
        #expect(HTMLEntities.decode("a&#10;b&#13;c") == "a b c")
        #expect(HTMLEntities.decode("AT&T &notanentity; &#;") == "AT&T &notanentity; &#;")
    }

    @Test func truncatedMarkupIsAnErrorAtItsLine() {
        #expect(throws: MarkupError(line: 3, reason: "comment \"<!--\" is never closed")) {
            try tokens("<p>one</p>\n\n<!-- never\nclosed")
        }
        #expect(throws: MarkupError(line: 2, reason: "tag <div> is never closed with \">\"")) {
            try tokens("text\n<div class='x'")
        }
        #expect(throws: MarkupError(line: 1, reason: "<script> is never closed")) {
            try tokens("<script>var a = 1;\n")
        }
        #expect(throws: MarkupError.self) { try tokens("<a title=\"open\nquote>text") }
    }

    @Test func treeBuilderClosesWhatBrowsersClose() throws {
        let root = HTMLTreeBuilder().build(try tokens("<ul><li>one<li>two</ul><p>a<div>b</div><p>c</span></p>\n<x>"))
        let ul = try #require(root.elements.first)
        #expect(ul.name == "ul")
        #expect(ul.elements.map(\.name) == ["li", "li"])
        // The <div> closed the open <p>; the stray </span> was ignored; the unclosed <x> ends with the page.
        #expect(root.elements.map(\.name) == ["ul", "p", "div", "p", "x"])
        #expect(root.elements.last?.line == 2)
    }

    @Test func deepNestingIsFlattened() throws {
        let page = String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000)
        let root = HTMLTreeBuilder().build(try tokens(page))
        var depth = 0
        var e = root
        while let child = e.elements.first { depth += 1; e = child }
        #expect(depth <= HTMLTreeBuilder.maximumDepth + 1)
        #expect(MarkupText.lines(of: root).map(\.text) == ["deep"])
    }

    @Test func textLinesKeepTheirSourceLines() throws {
        let html = """
            <div>
            <p>First   paragraph, <b>bold</b>
            and its second line.</p><p>Same line.</p>
            <blockquote>Quoted <a
              href='x'>link</a> text</blockquote>
            <script>hidden()</script><span style="display: none">hidden</span>
            Last&nbsp;line<br>after break
            </div>
            """
        let lines = try MarkupText.lines(ofHTML: html, firstLine: 10)
        #expect(lines == [
            MarkupLine(line: 11, text: "First paragraph, bold"),
            MarkupLine(line: 12, text: "and its second line."),
            MarkupLine(line: 12, text: "Same line."),
            MarkupLine(line: 13, text: "Quoted link text", quoted: true),
            MarkupLine(line: 16, text: "Last line"),
            MarkupLine(line: 16, text: "after break"),
        ])
    }

    @Test func plainTextAndMarkupWithoutTagsAgree() throws {
        let text = "one  two\n\n  three\tfour\n"
        #expect(try MarkupText.lines(ofHTML: text, firstLine: 3) == MarkupText.lines(ofPlainText: text, firstLine: 3))
        #expect(MarkupText.lines(ofPlainText: text, firstLine: 3).map(\.line) == [3, 5])
    }
}
