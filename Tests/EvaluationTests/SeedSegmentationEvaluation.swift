import Corpus
import Foundation
import HindsightTestSupport
import Testing

/// Evaluation: segmentation of the real seed pages in `../shared/seeds`, checked against the posts their gold
/// files list and against line numbers read off the pages. Skipped, saying so, when the shared folder is absent.
@Suite("Evaluation: seed segmentation against gold")
struct SeedSegmentationEvaluation {
    static let seeds = TestPaths.seeds
    static let gold = TestPaths.gold
    static var available: Bool { TestPaths.goldAvailable }

    struct GoldPost: Decodable { let published: String?; let title: String?; let first_line: Int; let published_inferred: Bool? }
    struct Gold: Decodable { let document: String; let posts: [GoldPost] }

    @Test(.enabled(if: available, "../shared/seeds is absent: seed segmentation not checked"))
    func postsMatchGold() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.gold).filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: Self.gold + "/" + file)))
            let result = CorpusReader().read(paths: [Self.seeds + "/" + gold.document])
            #expect(result.errors.isEmpty)
            let doc = try #require(result.documents.first)
            #expect(doc.posts.count == gold.posts.count, "\(gold.document): post count")
            for (post, g) in zip(doc.posts, gold.posts) {
                #expect(post.firstLine == g.first_line, "\(gold.document): first line")
                if g.published_inferred == true {
                    #expect(post.published == nil, "\(gold.document): a page with no dateline has no read date")
                } else {
                    #expect(post.published?.iso == g.published, "\(gold.document): dateline")
                    #expect(post.title == g.title, "\(gold.document): title")
                }
            }
        }
    }

    @Test(.enabled(if: available, "../shared/seeds is absent: seed comment boundaries not checked"))
    func commentBoundaries() throws {
        let result = CorpusReader().read(paths: [Self.seeds])
        let byName = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.fileName, $0) })
        // 000: the numbered thread starts after "47 comments:" (line 72) with comment 1 on line 74.
        let first = try #require(byName["000_6faf26cc3472a252.txt"]?.posts.first)
        #expect(first.comments.first?.firstLine == 74)
        #expect(first.comments.first?.number == "1")
        #expect(first.passages.allSatisfy { $0.lastLine < 72 })
        #expect(first.comments.count == 47)
        // 001: 16 numbered comments, the first at line 41; the FT article above is quoted material.
        let second = try #require(byName["001_bdb9623eea44b755.txt"]?.posts.first)
        #expect(second.comments.first?.firstLine == 41)
        #expect(second.passages.contains { $0.kind == .quoted })
        // 002: star-separated picks in the body, then the "19 comments:" thread (replies included) from line 161.
        let third = try #require(byName["002_4e6f2629eaf453b2.txt"]?.posts.first)
        #expect(third.comments.contains { $0.firstLine == 161 })
        #expect(third.comments.filter { $0.firstLine > 159 }.count == 19)
        // 004: no dateline; Blogger's link text glued to comments from line 68 on.
        let fifth = try #require(byName["004_2732105b8749e331.txt"]?.posts.first)
        #expect(fifth.published == nil)
        #expect(fifth.comments.contains { $0.firstLine == 68 })
    }
}
