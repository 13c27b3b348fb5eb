import Testing
@testable import GraphvizExport

@Suite("DOT escaping")
struct EscapingTests {
    @Test("quotes, backslashes and ampersands are escaped; line breaks become \\n; controls are dropped")
    func escapes() {
        #expect(DOTEscaping.quoted("plain") == "\"plain\"")
        #expect(DOTEscaping.escaped("say \"hi\"") == "say \\\"hi\\\"")
        #expect(DOTEscaping.escaped("a\\b") == "a\\\\b")
        #expect(DOTEscaping.escaped("ends with \\") == "ends with \\\\")
        #expect(DOTEscaping.escaped("\\N \\G \\n") == "\\\\N \\\\G \\\\n")
        #expect(DOTEscaping.escaped("A & B &lt; &#60;") == "A &amp; B &amp;lt; &amp;#60;")
        #expect(DOTEscaping.escaped("one\ntwo\r\nthree\rfour\u{2028}five") == "one\\ntwo\\nthree\\nfour\\nfive")
        #expect(DOTEscaping.escaped("tab\there") == "tab here")
        #expect(DOTEscaping.escaped("bell\u{7}nul\u{0}del\u{7F}c1\u{9B}bad\u{FFFF}") == "bellnuldelc1bad")
        #expect(DOTEscaping.escaped("<b>{x}</b> ]]> é \u{200F}עברית\u{202E}") == "<b>{x}</b> ]]> é \u{200F}עברית\u{202E}")
    }

    @Test("sanitized text keeps one line; sanitizedLines splits it")
    func sanitizing() {
        #expect(DOTEscaping.sanitized("a\nb\tc\u{1}d") == "a b cd")
        #expect(DOTEscaping.sanitizedLines("a\r\nb\n\nc") == ["a", "b", "", "c"])
    }

    @Test("generated identifiers are plain ASCII")
    func identifiers() {
        #expect(DOTEscaping.identifier("person") == "person")
        #expect(DOTEscaping.identifier("a b\"c") == "a_b_c")
        #expect(DOTEscaping.identifier("9lives") == "_9lives")
        #expect(DOTEscaping.identifier("") == "_")
    }

    static let hostileNames: [String] = [
        "Quote \" inside",
        "\"",
        "Back\\slash",
        "ends with backslash \\",
        "\\\"",
        "brace { and } close",
        "}; n99 [label=\"pwned\"]; {",
        "<script>alert(1)</script>",
        "<b>bold</b> & <i>italic</i>",
        "]]> <![CDATA[ x ]]>",
        "&lt;not a tag&gt; &amp; &#60;script&#62; &#x3C;",
        "--> <!-- comment",
        "line one\nline two\r\nline three",
        "bell\u{07} escape\u{1B}[31m nul-free \u{7F} c1\u{85}\u{9B}",
        "\u{200F}\u{202E}גרייליג\u{202C} RLO \u{202B}embedded\u{2066}isolate\u{2069}",
        "Sødexo Justice Services — “Seetec” ‘Working Links’ 🙂 中文",
        "\\N \\G \\E \\T \\H \\L \\l \\r",
        "a\u{FEFF}zero\u{200B}width",
        "tab\tseparated\tvalues",
        "'single' `back` $dollar %percent",
        "label=<html> shape=record {a|b|<p>c}",
    ]

    @Test("a hostile name renders, and the SVG parses with its text intact and no injected element",
          arguments: hostileNames)
    func hostile(name: String) throws {
        let renderer = try GraphvizRenderer.shared()
        let map = MapFixture.hostile(name)
        let dot = DOTWriter().write(map)
        let expectedWords = DOTEscaping.sanitizedLines(name).flatMap { $0.split(separator: " ").map(String.init) }
        for format in [OutputFormat.svg] {
            let svg = SVGInspector(try renderer.render(dot: dot, format: format))
            #expect(svg.parsed, "\(svg.error ?? "")")
            #expect(svg.unexpectedElements.isEmpty, "injected: \(svg.unexpectedElements)")
            // The name is drawn five times: title, subtitle, two nodes, the edge label.
            let words = svg.words
            for word in Set(expectedWords) {
                let expected = expectedWords.filter { $0 == word }.count * 5
                #expect(words.filter { $0 == word }.count >= expected, "\(word) in \(words)")
            }
            #expect(!svg.words.contains("pwned\"]"))
        }
        // PNG and PDF accept it too.
        #expect(try renderer.render(dot: dot, format: .png).count > 100)
        #expect(try renderer.render(dot: dot, format: .pdf).count > 100)
    }

    @Test("hostile names cannot add nodes or attributes to the DOT")
    func noInjectedNodes() throws {
        let map = MapFixture.hostile("}; n99 [label=\"pwned\"]; {")
        let dot = DOTWriter(options: .init(legend: false)).write(map)
        let nodeLines = dot.split(separator: "\n").filter { line in
            line.hasPrefix("  n") && !line.hasPrefix("  node [") && !line.contains("->")
        }
        #expect(nodeLines.count == 2)
        #expect(nodeLines.allSatisfy { $0.hasPrefix("  n0 [") || $0.hasPrefix("  n1 [") })
    }
}
