import Corpus
import Extraction
import Foundation
import HindsightTestSupport
import Testing

/// The extraction stage reads the same dates and mentions from a markup fixture (saved HTML page, Blogger
/// export, RSS feed) as from its plain-text twin. The fixtures live in `Tests/CorpusTests/Fixtures`, written
/// for these tests; the knowledge is the project's own `Entities/`.
@Suite struct FormatEquivalenceTests {
    static let fixtures = TestPaths.inPackage("Tests/CorpusTests/Fixtures")

    static let pairs = [
        ("post-page.html", "post-page.txt"),
        ("archive-page.html", "archive-page.txt"),
        ("blogger-export.xml", "blogger-export.txt"),
        ("rss-feed.xml", "rss-feed.txt"),
    ]

    /// What must not depend on the format: per post, the dates stated (kind, text, value) and the mentions
    /// (kind, text, type, canonical name), in order. Lines and passage numbers differ by format.
    struct Read: Equatable {
        var published: [CalendarDay?]
        var dates: [[String]]
        var mentions: [[String]]
    }

    static func read(_ name: String, _ extractor: DocumentExtractor) throws -> Read {
        let path = fixtures + "/" + name
        let file = try CorpusReader.decode(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path).get()
        let extraction = extractor.extract(try CorpusReader().parse(file))
        let posts = extraction.document.posts.indices
        return Read(
            published: extraction.document.posts.map(\.published),
            dates: posts.map { p in
                extraction.dates.filter { $0.post == p && !$0.isDateline }
                    .map { "\($0.kind) \($0.expression.text) \($0.expression.value.map { "\($0)" } ?? "-")" }
            },
            mentions: posts.map { p in
                extraction.mentions.filter { $0.post == p }
                    .map { "\($0.kind) \($0.mention.text) \($0.mention.type) \($0.mention.canonicalName)" }
            })
    }

    @Test(arguments: 0..<4) func sameDatesAndMentions(_ k: Int) throws {
        let entities = TestPaths.entities
        let kb = FileManager.default.fileExists(atPath: entities) ? try KnowledgeBase.load(directories: [entities]) : .empty
        let extractor = DocumentExtractor(knowledge: kb)
        let (markup, text) = Self.pairs[k]
        let a = try Self.read(markup, extractor)
        let b = try Self.read(text, extractor)
        #expect(a.published == b.published)
        #expect(a.published.allSatisfy { $0 != nil })
        #expect(a.dates == b.dates, "\(markup)")
        #expect(a.mentions == b.mentions, "\(markup)")
        // The fixtures state dates and name people and organizations, so the comparison is not of empty lists.
        #expect(a.dates.joined().count >= 2)
        #expect(a.mentions.joined().count >= 3)
    }
}
