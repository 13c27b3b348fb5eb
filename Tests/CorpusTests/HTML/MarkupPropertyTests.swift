import Corpus
import Foundation
import PropertyBased
import Testing

/// Random and broken markup: the HTML reader never crashes, and what it returns points back into the page.
@Suite struct MarkupPropertyTests {
    /// Pieces of markup the tokenizer and tree builder react to, mixed with random text.
    static let pieces: [String] = [
        "<div class='post hentry'>", "<h3 class='post-title'>", "</h3>", "<div class='post-body'>", "</div>", "<p>", "</p>",
        "<br>", "<br/>", "</br>", "<b>", "</b>", "<a href='x'>", "<a\nhref=y>", "</a>", "<blockquote>", "</blockquote>",
        "<li class='comment'>", "<ol>", "</ol>", "<h2 class='date-header'>", "Friday, 15 January 2016", "<script>x<y</script>",
        "<style>p{}</style>", "<!-- c -->", "<!DOCTYPE html>", "&amp;", "&nbsp;", "&#8217;", "&bogus", "&", "<", ">", "</>",
        "<![CDATA[x]]>", "\n", "\n\n", " ", "--oo00oo--", "*******", "quote:-", "<p class=comment-content>", "<div class='comments'>",
    ]

    static let piece = Gen.oneOf(
        Gen.element(of: pieces).map { $0 ?? "" },
        Gen.unicodeScalar(in: " "..."~").array(of: 0...12).map { String(String.UnicodeScalarView($0)) },
        Gen.unicodeScalar(in: "\u{A0}"..."\u{2FF}").array(of: 0...4).map { String(String.UnicodeScalarView($0)) }
    )

    @Test func readingPointsBackIntoThePage() async {
        await propertyCheck(count: 400, input: Self.piece.array(of: 0...80)) { pieces in
            let page = pieces.joined()
            let lineCount = PlainTextPageReader.splitLines(page).count
            let doc: Document
            do {
                doc = try HTMLPageReader().read(text: page, path: "random.html")
            } catch let error as CorpusError {
                // Only markup cut short is refused, at a line of the page.
                guard case .malformed(_, let line, _) = error, let line else { Issue.record("\(error)"); return }
                #expect(line >= 1 && line <= max(lineCount, 1))
                return
            } catch {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(doc.lineCount == lineCount)
            for post in doc.posts {
                #expect(post.firstLine >= 1 && post.firstLine <= post.lastLine && post.lastLine <= max(lineCount, 1))
                for passage in post.allPassages {
                    #expect(passage.firstLine >= post.firstLine && passage.lastLine <= post.lastLine)
                    let lines = passage.text.split(separator: "\n", omittingEmptySubsequences: false)
                    #expect(lines.count == passage.lastLine - passage.firstLine + 1)
                    #expect(!passage.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
                }
            }
        }
    }

    @Test func textLinesAreOrderedAndClean() async {
        await propertyCheck(count: 400, input: Self.piece.array(of: 0...80)) { pieces in
            let html = pieces.joined()
            guard let lines = try? MarkupText.lines(ofHTML: html, firstLine: 7) else { return }
            let last = 7 + html.utf8.filter { $0 == 0x0A }.count
            var previous = 7
            for l in lines {
                #expect(l.line >= previous && l.line <= last)
                previous = l.line
                #expect(!l.text.isEmpty && !l.text.contains("\n"))
                #expect(l.text.first != " " && l.text.last != " ")
            }
        }
    }
}
