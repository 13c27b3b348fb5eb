import Corpus
import CorpusGenerator
import Extraction
import Foundation
import Testing

/// The generator: deterministic for a seed, independent of threads, and pages the corpus reader segments as
/// the generator meant.
@Suite struct CorpusGeneratorTests {
    static let names = NamePool(people: ["Robin Hartley", "Ada Quirke"], organizations: ["Ministry of Justice", "Napo"],
                                places: ["Leeds", "Wales"], programmes: ["Transforming Rehabilitation"],
                                organizationAliases: ["MoJ"])

    @Test func sameSeedGivesTheSamePages() {
        let a = CorpusGenerator(seed: 42, names: Self.names).pages(targetBytes: 150_000)
        let b = CorpusGenerator(seed: 42, names: Self.names).pages(targetBytes: 150_000)
        #expect(a == b)
        #expect(a.reduce(0) { $0 + $1.byteCount } >= 150_000)
    }

    @Test func anotherSeedGivesOtherPages() {
        let a = CorpusGenerator(seed: 42, names: Self.names).pages(targetBytes: 50_000)
        let b = CorpusGenerator(seed: 43, names: Self.names).pages(targetBytes: 50_000)
        #expect(a.map(\.text) != b.map(\.text))
        #expect(a.first?.text != b.first?.text)
    }

    @Test func pagesDoNotDependOnThreads() {
        let one = CorpusGenerator(seed: 5, names: Self.names).pages(targetBytes: 200_000, threads: 1)
        let four = CorpusGenerator(seed: 5, names: Self.names).pages(targetBytes: 200_000, threads: 4)
        #expect(one == four)
    }

    @Test func pagesStopAtTheTargetSize() {
        let pages = CorpusGenerator(seed: 9, names: Self.names).pages(targetBytes: 100_000)
        let total = pages.reduce(0) { $0 + $1.byteCount }
        #expect(total >= 100_000)
        #expect(total - pages.last!.byteCount < 100_000)
    }

    @Test func pagesSegmentIntoTheirPostsAndComments() {
        let pages = CorpusGenerator(seed: 11, names: Self.names).pages(targetBytes: 400_000)
        #expect(pages.count > 10)
        #expect(pages.contains { $0.posts > 1 }, "some label pages of several posts")
        #expect(pages.contains { $0.text.contains("ReplyDelete") && $0.text.contains("comments:") })
        #expect(pages.contains { $0.text.contains("*******") })
        for page in pages {
            let document = PlainTextPageReader().read(text: page.text, path: page.relativePath)
            #expect(document.posts.count == page.posts, "\(page.relativePath)")
            #expect(document.posts.allSatisfy { $0.published != nil && $0.title != nil }, "\(page.relativePath)")
            #expect(document.posts.reduce(0) { $0 + $1.comments.count } == page.comments, "\(page.relativePath)")
        }
    }

    @Test func commentsSectionsStateTheirTotal() throws {
        let pages = CorpusGenerator(seed: 3, names: Self.names).pages(targetBytes: 300_000)
        var checked = 0
        for page in pages where page.posts == 1 {
            guard let header = page.text.split(separator: "\n").first(where: { $0.hasSuffix(" comments:") || $0 == "1 comment:" }) else { continue }
            let stated = try #require(Int(header.split(separator: " ")[0]))
            #expect(stated == page.comments)
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func pagesUseManyDateForms() {
        let text = CorpusGenerator(seed: 1, names: Self.names).pages(targetBytes: 300_000).map(\.text).joined()
        for form in [" ago", "last ", " Q", "/20", "spring ", " quarter of ", "a fortnight ago", "between ", "yesterday"] {
            #expect(text.contains(form), "\(form)")
        }
        #expect(text.range(of: #"on \d{1,2} [A-Z][a-z]+ \d{4}"#, options: .regularExpression) != nil)
        #expect(text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil)
    }

    @Test func namesComeFromTheKnowledgeBaseAndInventedPeople() {
        let kb = KnowledgeBase(records: [
            KnowledgeRecord(name: "Orla Whitmore", type: .person),
            KnowledgeRecord(name: "Northshire Probation Trust", type: .organization, aliases: ["NPT"]),
        ])
        let pool = NamePool(knowledge: kb)
        #expect(pool.people == ["Orla Whitmore"])
        #expect(pool.organizations == ["Northshire Probation Trust"])
        #expect(pool.organizationAliases == ["NPT"])
        #expect(!pool.places.isEmpty, "built-in places fill in")
        let text = CorpusGenerator(seed: 2, names: pool).pages(targetBytes: 100_000).map(\.text).joined()
        #expect(text.contains("Orla Whitmore"))
        #expect(text.contains("Northshire Probation Trust"))
    }

    @Test func splitMixIsTheReferenceSequence() {
        // The first outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func writesAFolderTheReaderReads() throws {
        let dir = NSTemporaryDirectory() + "hindsight-generate-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let generator = CorpusGenerator(seed: 17, names: Self.names)
        let summary = try generator.write(targetBytes: 120_000, to: dir, threads: 2)
        #expect(summary.bytes >= 120_000)
        let result = CorpusReader().read(paths: [dir], threads: 2)
        #expect(result.errors.isEmpty)
        #expect(result.documents.count == summary.pages)
        #expect(result.bytesRead == summary.bytes)
        #expect(result.documents.reduce(0) { $0 + $1.posts.count } == summary.posts)

        // A second run into the same folder needs `overwrite`, and then gives the same files.
        #expect(throws: GeneratorError.self) { try generator.write(targetBytes: 120_000, to: dir) }
        let again = try generator.write(targetBytes: 120_000, to: dir, threads: 1, overwrite: true)
        #expect(again == summary)
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let dir = NSTemporaryDirectory() + "hindsight-generate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        #expect(throws: GeneratorError.outputNotEmpty(path: dir)) {
            try CorpusGenerator(seed: 1).write(targetBytes: 10_000, to: dir, overwrite: true)
        }
        #expect(FileManager.default.fileExists(atPath: dir + "/notes.txt"))
    }
}
