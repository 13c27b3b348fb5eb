import Corpus
import Extraction
import Foundation
import HindsightTestSupport
import Testing

/// Evaluation: the dates the extraction stage reads on the real seed pages in `../shared/seeds`, compared with
/// their gold annotations (`../shared/eval/gold`) the way the scorer compares them: the same line, words
/// overlapping; only core dates count. The pages go through the pipeline's own reader and extractor, so what is
/// measured is what `hindsight export` writes. Skipped, saying so, when the shared folder is absent.
@Suite("Evaluation: seed dates against gold")
struct SeedDateEvaluation {
    struct Found {
        var line: Int
        var text: String
        var value: String?
    }

    /// The dates of one seed page, as the pipeline reads them.
    static func dates(of path: String, knowledge: KnowledgeBase) throws -> [Found] {
        let corpus = CorpusReader().read(paths: [path])
        let document = try #require(corpus.documents.first, "\(path) was not read: \(corpus.errors)")
        return DocumentExtractor(knowledge: knowledge).extract(document).dates.map {
            Found(line: $0.line, text: $0.expression.text, value: $0.expression.value?.value)
        }
    }

    @Test("every seed page gives dates whose values are well formed",
          .enabled(if: TestPaths.seedsAvailable, "../shared/seeds is absent: seed tagging not checked"))
    func seedsTag() throws {
        let knowledge = try TestPaths.projectKnowledge()
        for file in TestPaths.seedFiles() {
            let found = try Self.dates(of: file, knowledge: knowledge)
            #expect(!found.isEmpty, "\(file)")
            for f in found {
                #expect(f.value.map { TemporalValue.parse($0) != nil } ?? true, "\(f.text) = \(f.value ?? "")")
            }
        }
    }

    @Test("the seed pages' annotated dates are found with their values",
          .enabled(if: TestPaths.goldAvailable, "../shared/seeds or ../shared/eval/gold is absent: seed dates not scored"))
    func seedsAgainstGold() throws {
        let knowledge = try TestPaths.projectKnowledge()
        var gold = 0, spans = 0, values = 0
        for file in TestPaths.seedFiles() {
            guard let data = FileManager.default.contents(atPath: TestPaths.goldFile(forSeed: file)),
                  let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let dates = json["dates"] as? [[String: Any]] else { continue }
            let found = try Self.dates(of: file, knowledge: knowledge)
            var used = Set<Int>()
            for g in dates where (g["core"] as? Bool) ?? true {
                guard let line = g["line"] as? Int, let text = g["text"] as? String else { continue }
                gold += 1
                let words = Set(Self.words(text))
                if let k = found.indices.first(where: { k in
                    !used.contains(k) && found[k].line == line && !words.isDisjoint(with: Self.words(found[k].text))
                }) {
                    used.insert(k)
                    spans += 1
                    if found[k].value == g["value"] as? String { values += 1 }
                }
            }
        }
        try #require(gold > 0, "no core dates in \(TestPaths.gold)")
        let recall = Double(spans) / Double(gold)
        let accuracy = spans > 0 ? Double(values) / Double(spans) : 0
        #expect(recall >= 0.95, "\(spans)/\(gold) core dates found")
        #expect(accuracy >= 0.88, "\(values)/\(spans) with the annotated value")
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
