import Extraction
import Foundation
import GraphModel
import HindsightPipeline
import HindsightSupport
import Testing
@testable import Export

/// A small corpus written for these tests (made-up people and bodies in a housing story).
private let pages: [String: String] = [
    "2019-03-04-board.txt": """
    Monday 4 March 2019

    A New Board

    The Wexcombe Housing Trust announced yesterday that Harriet Quillon will chair its new tenants' board. Ms Quillon ran the Marlow Tenants Federation for ten years.

    The Regional Homes Agency (RHA) said in a statement that it would fund the board for two years.
    """,
    "2020-06-01-review.txt": """
    Monday 1 June 2020

    The Review

    Harriet Quillon told the RHA that repairs were taking months. The Wexcombe Housing Trust said it would answer in the autumn, and Colin Pardew, its chief executive, promised a plan.
    """,
]

private func writeCorpus() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hindsight-draft-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in pages { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir
}

private func names(_ g: KnowledgeGraph) -> Set<String> {
    Set(g.entities.map { "\($0.type.rawValue):\($0.name)" })
}

@Suite("Knowledge draft")
struct KnowledgeDraftTests {
    @Test("a draft written from a corpus loads back through --entities and reproduces its entities")
    func roundTrip() throws {
        let corpus = try writeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let first = Pipeline(knowledge: .empty, threads: 1).run(paths: [corpus.path]).graph
        #expect(names(first).contains("person:Harriet Quillon"))
        #expect(names(first).contains("organization:Wexcombe Housing Trust"))
        #expect(names(first).contains("organization:Regional Homes Agency"))

        let draftDir = corpus.appendingPathComponent("draft").path
        let draft = KnowledgeDraft(graph: first)
        try draft.write(to: draftDir, corpus: corpus.path)
        let files = try FileManager.default.contentsOfDirectory(atPath: draftDir).sorted()
        #expect(files == ["organizations.json", "people.json", "places.json", "programmes.json"])

        let kb = try KnowledgeBase.load(directories: [draftDir])
        #expect(kb.count == first.entities.count)
        let rha = try #require(kb.records(named: "RHA").first)
        #expect(rha.name == "Regional Homes Agency" && rha.type == .organization)
        #expect(rha.confidence != nil && rha.sources.first?.hasSuffix("2019-03-04-board.txt:7") == true)

        let second = Pipeline(knowledge: kb, threads: 1).run(paths: [corpus.path]).graph
        #expect(names(second) == names(first))
        // every entity is now read from the draft
        #expect(second.entities.allSatisfy { $0.knowledgeID != nil })
    }

    @Test("entities the knowledge base knew are left out of the draft")
    func knownEntitiesAreLeftOut() throws {
        let corpus = try writeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "Harriet Quillon", type: .person)])
        let graph = Pipeline(knowledge: kb, threads: 1).run(paths: [corpus.path]).graph
        let draft = KnowledgeDraft(graph: graph)
        let people = draft.files.first { $0.name == "people.json" }!.records.map(\.name)
        #expect(!people.contains("Harriet Quillon"))
        #expect(people.contains("Colin Pardew"))
    }

    @Test("a one-word name that is an ordinary word is an ambiguous alias; confidence grows with evidence")
    func ambiguityAndConfidence() {
        #expect(KnowledgeBase.isOrdinaryWord("Reform"))
        #expect(!KnowledgeBase.isOrdinaryWord("Quillon"))
        let weak = KnowledgeDraft.confidence(mentions: 1, posts: 1, onlyComments: true, name: "Quillon", type: .person)
        let strong = KnowledgeDraft.confidence(mentions: 6, posts: 4, onlyComments: false, name: "Harriet Quillon",
                                               type: .person)
        #expect(weak < 0.5 && strong > 0.8)
    }

    @Test("a class of bodies named in lowercase gets the capitalised singular; other names are kept")
    func displayNames() {
        #expect(KnowledgeDraft.displayName("integrated care boards", type: .organization) == "Integrated Care Board")
        #expect(KnowledgeDraft.displayName("local housing authorities", type: .organization) == "Local Housing Authority")
        #expect(KnowledgeDraft.displayName("Wexcombe Housing Trust", type: .organization) == "Wexcombe Housing Trust")
        #expect(KnowledgeDraft.displayName("payment by results", type: .programme) == "payment by results")
    }

    @Test("a draft folder that is a file is refused")
    func folderIsAFile() throws {
        let corpus = try writeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let path = corpus.appendingPathComponent("2019-03-04-board.txt").path
        #expect(throws: OutputFile.Error.self) { try KnowledgeDraft(entities: []).write(to: path, corpus: "x") }
    }
}
