import Corpus
import Extraction
@testable import GraphModel
import Testing

/// Names seen only at the openings of sentences and headings, on weak evidence: pages written for these tests.
private func entityNames(_ pages: [String]) -> Set<String> {
    let extractor = DocumentExtractor(knowledge: .empty)
    let xs = pages.enumerated().map { i, page in
        extractor.extract(PlainTextPageReader().read(text: page, path: "p\(i).txt"))
    }
    return Set(GraphBuilder(knowledge: .empty).build(xs).entities.map(\.name))
}

@Suite("Names seen only at openings")
struct OpeningOnlyNamesTests {
    @Test("capitalised words that open sentences on weak evidence alone are dropped")
    func junkAtOpenings() {
        let page = """
        Retrofitting, which councils were told to fund, came later.

        Onboarding, which ministers promised in 2019, has stalled. Onboarding, which was cheap, is over.

        Kestrane, which everyone mentions, said nothing.
        """
        let names = entityNames([page])
        #expect(!names.contains("Retrofitting"))
        #expect(!names.contains("Onboarding"))
        #expect(!names.contains("Kestrane"))
    }

    @Test("the same name seen mid-sentence once, or with a strong cue, stays")
    func keptWithEvidence() {
        let page = """
        Pellow, which runs the depots, said nothing in 2019.

        The depots belong to Pellow, which bought them cheaply.
        """
        #expect(entityNames([page]).contains("Pellow"))
        // in another post of the corpus
        #expect(entityNames(["Kestrane, which runs the depots, said nothing.",
                             "Staff at the depots work for Kestrane, which pays well."]).contains("Kestrane"))
        // a strong cue at an opening: a suffix, a speech verb, `, which` and what a body does
        #expect(entityNames(["Kestrane, which runs the depots, said nothing."]).contains("Kestrane"))
        #expect(entityNames(["Kestrane Trust, which runs the depots, said nothing."]).contains("Kestrane Trust"))
        #expect(entityNames(["Ines Falk said the depots were full."]).contains("Ines Falk"))
    }

    @Test("openings are read from the extraction's sentences")
    func openings() {
        let x = DocumentExtractor(knowledge: .empty)
            .extract(PlainTextPageReader().read(text: "Kestrane Trust met. Later \u{201C}Pellow Trust\u{201D} met the Kestrane Trust.", path: "p.txt"))
        let flags = OpeningOnlyNames.openings(of: x)
        let byText = zip(x.mentions.map(\.mention.text), flags)
        #expect(byText.contains { $0.0 == "Kestrane Trust" && $0.1 })
        #expect(byText.contains { $0.0 == "Kestrane Trust" && !$0.1 })
    }
}
