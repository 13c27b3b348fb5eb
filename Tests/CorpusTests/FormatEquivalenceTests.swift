import Corpus
import Foundation
import Testing

/// Each markup fixture reads as the same posts as its plain-text twin, written for these tests.
@Suite struct FormatEquivalenceTests {
    static let pairs: [(markup: String, text: String, format: String, posts: Int, comments: Int)] = [
        ("post-page.html", "post-page.txt", "html", 1, 3),
        ("archive-page.html", "archive-page.txt", "html", 3, 2),
        ("blogger-export.xml", "blogger-export.txt", "atom", 2, 3),
        ("rss-feed.xml", "rss-feed.txt", "rss", 3, 0),
    ]

    @Test(arguments: 0..<4) func sameShapeAsThePlainTextPage(_ k: Int) throws {
        let pair = Self.pairs[k]
        let markup = try Fixtures.document(pair.markup)
        let text = try Fixtures.document(pair.text)
        #expect(markup.format == pair.format)
        #expect(text.format == "text")
        #expect(markup.posts.count == pair.posts)
        #expect(markup.posts.reduce(0) { $0 + $1.comments.count } == pair.comments)
        let a = markup.posts.map(PostShape.init)
        let b = text.posts.map(PostShape.init)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(x == y, "\(pair.markup) vs \(pair.text)")
        }
        // Every post is dated, titled and has text.
        for post in markup.posts {
            #expect(post.published != nil)
            #expect(post.title != nil)
            #expect(!post.passages.isEmpty)
        }
    }

    /// Whatever the format, a passage's text has one line per source line it spans, and every line number is
    /// inside the file and inside its post.
    @Test(arguments: ["post-page.html", "archive-page.html", "blogger-export.xml", "rss-feed.xml"])
    func passagesPointIntoTheFile(_ name: String) throws {
        let doc = try Fixtures.document(name)
        let source = PlainTextPageReader.splitLines(try Fixtures.text(name))
        #expect(doc.lineCount == source.count)
        for post in doc.posts {
            #expect(1 <= post.firstLine && post.firstLine <= post.lastLine && post.lastLine <= source.count)
            for passage in post.allPassages {
                #expect(passage.firstLine >= post.firstLine && passage.lastLine <= post.lastLine)
                let lines = passage.text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == passage.lastLine - passage.firstLine + 1)
                // Each line of text stands on its source line: its first word is written there (markup aside).
                for (k, line) in lines.enumerated() where !line.isEmpty {
                    let word = line.split(separator: " ").first.map(String.init) ?? ""
                    let sourceLine = source[passage.firstLine - 1 + k]
                    #expect(HTMLEntities.decode(HTMLEntities.decode(sourceLine)).contains(word), "\(name):\(passage.firstLine + k): \(word)")
                }
            }
        }
    }
}
