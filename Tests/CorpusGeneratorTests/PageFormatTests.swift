import Corpus
import CorpusGenerator
import Testing

/// The generator's HTML and Atom pages: the same posts and comments as the plain-text page, as the HTML and Atom
/// readers read them.
@Suite struct PageFormatTests {
    static let pages = CorpusGenerator(seed: 7, names: CorpusGeneratorTests.names).pages(targetBytes: 60_000)

    static func read(_ page: GeneratedPage) throws -> Document {
        switch page.relativePath.split(separator: ".").last {
        case "html": return try HTMLPageReader().read(text: page.text, path: page.relativePath)
        case "atom": return try AtomFeedReader().read(text: page.text, path: page.relativePath)
        default: return PlainTextPageReader().read(text: page.text, path: page.relativePath)
        }
    }

    @Test(arguments: [PageFormat.html, .atom])
    func sameShapeInEveryFormat(_ format: PageFormat) throws {
        #expect(Self.pages.count > 3)
        for page in Self.pages {
            let plain = try Self.read(page)
            let rendered = format.render(page)
            #expect(rendered.relativePath.hasSuffix("." + format.fileExtension))
            #expect(rendered.text != page.text)
            let other = try Self.read(rendered)
            #expect(other.posts.count == plain.posts.count, "\(rendered.relativePath)")
            #expect(other.posts.map(\.title) == plain.posts.map(\.title), "\(rendered.relativePath)")
            #expect(other.posts.map(\.published) == plain.posts.map(\.published), "\(rendered.relativePath)")
            #expect(other.posts.map(\.comments.count) == plain.posts.map(\.comments.count), "\(rendered.relativePath)")
            // the words of the first comment survive the markup
            if let a = plain.posts.first?.comments.first, let b = other.posts.first?.comments.first {
                #expect(b.passage.text.split(whereSeparator: \.isWhitespace) == a.passage.text.split(whereSeparator: \.isWhitespace))
            }
        }
    }

    @Test func plainTextIsTheGeneratedPage() {
        #expect(PageFormat.text.render(Self.pages[0]) == Self.pages[0])
    }
}
