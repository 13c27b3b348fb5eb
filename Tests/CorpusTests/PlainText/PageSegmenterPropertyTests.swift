import Corpus
import PropertyBased
import Testing

/// Random and mutated pages: the segmenter never crashes, and what it returns always points back into the page.
@Suite struct PageSegmenterPropertyTests {
    /// Line shapes the segmenter reacts to, mixed with random text.
    static let shapes: [String] = [
        "Friday, 15 January 2016", "Sunday 19 June 2016", "Monday, 31 February 2016", "A Title", "", "   ",
        "47 comments:", "1 comment:", "  1. A comment", "    2. A reply", "    ReplyDelete", "    Replies", "      Delete",
        "ReplyDeleteGlued comment", "DeleteAnother", "*******", "--oo00oo--", "Showing posts with label TR. Show all posts",
        "Introduced in April 2015:-", "Body text with a date, 1 June 2014.", "\u{202E}reversed", "tab\there", "café ☕",
    ]

    static let line = Gen.oneOf(
        Gen.element(of: shapes).map { $0 ?? "" },
        Gen.unicodeScalar(in: " "..."~").array(of: 0...30).map { String(String.UnicodeScalarView($0)) },
        Gen.unicodeScalar(in: "\u{A0}"..."\u{2FF}").array(of: 0...8).map { String(String.UnicodeScalarView($0)) }
    )

    @Test func segmentationPointsBackIntoThePage() async {
        await propertyCheck(count: 400, input: Self.line.array(of: 0...60)) { lines in
            let page = lines.joined(separator: "\n")
            let doc = PlainTextPageReader().read(text: page, path: "random.txt")
            let source = PlainTextPageReader.splitLines(page)
            var previousEnd = 0
            for post in doc.posts {
                #expect(post.firstLine > previousEnd)
                #expect(post.firstLine <= post.lastLine && post.lastLine <= source.count)
                previousEnd = post.lastLine
                for passage in post.allPassages {
                    #expect(passage.firstLine >= post.firstLine && passage.lastLine <= post.lastLine)
                    let passageLines = passage.text.split(separator: "\n", omittingEmptySubsequences: false)
                    #expect(passageLines.count == passage.lastLine - passage.firstLine + 1)
                    for (k, text) in passageLines.enumerated() {
                        let original = source[passage.firstLine - 1 + k]
                        // Same bytes, except a blanked comment number or link text at the start.
                        #expect(text.utf8.count == original.utf8.count)
                        #expect(original.hasSuffix(text.drop { $0 == " " }))
                    }
                }
            }
        }
    }
}
