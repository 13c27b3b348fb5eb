import Corpus
import Extraction
import Foundation
import GraphModel
import HindsightTestSupport
import Testing

/// Evaluation: entity resolution on the real seed pages in `../shared/seeds`, against entities the gold lists.
/// Skipped, saying so, when the shared folder is absent.
@Suite("Evaluation: seed entities")
struct SeedEntityEvaluation {
    @Test(.enabled(if: TestPaths.seedsAvailable, "../shared/seeds is absent: seed resolution not checked"))
    func seedsResolveToTheExpectedEntities() throws {
        let seeds = TestPaths.seeds
        let kb = try KnowledgeBase.load(directories: [TestPaths.entities])
        let corpus = CorpusReader().read(paths: [seeds])
        let recognizer = EntityRecognizer(knowledge: kb)
        let perDoc = corpus.documents.map { recognizer.recognize($0) }
        let r = EntityResolver(knowledge: kb).resolve(perDoc)
        let wilson = r.entity(id: "person:paul-wilson")
        #expect(wilson?.aliases.contains("Wilson") == true)
        #expect(r.entity(id: "org:ministry-of-justice")?.aliases.contains("MoJ") == true)
        #expect(r.entity(id: "person:julian-le-vay")?.aliases.contains("Mr Le Vay") == true)
        #expect(r.entity(id: "org:community-rehabilitation-company") != nil)
        let names = Set(r.entities.map(\.name))
        for trap in ["However", "Whilst", "ReplyDelete", "Anonymous", "Delete", "THAT", "ANYONE", "Chair"] {
            #expect(!names.contains(trap), "\(trap) is not a name")
        }
    }
}
