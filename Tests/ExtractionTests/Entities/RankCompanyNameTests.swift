import Corpus
import Testing
@testable import Extraction

/// A military rank inside a company's name (`General`, `Admiral` before a trade word) titles no person; a rank
/// before a person's name stays a title. Companies and people are made up for these tests (real places only).
private func all(_ text: String, _ kb: KnowledgeBase = .empty) -> [EntityMention] {
    EntityRecognizer(knowledge: kb).recognize(text: text).map(\.mention)
}

private func confirmed(_ text: String, _ kb: KnowledgeBase = .empty) -> [EntityMention] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String, _ kb: KnowledgeBase = .empty) -> EntityType? {
    confirmed(text, kb).first { $0.text == surface }?.type
}

private func people(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    all(text, kb).filter { $0.type == .person }.map(\.text)
}

private let places = KnowledgeBase(records: [
    KnowledgeRecord(name: "Harbin", type: .place),
    KnowledgeRecord(name: "Kenya", type: .place),
])

@Suite("Ranks inside company names")
struct RankCompanyNameTests {
    @Test("a place, a rank and a trade word name a company")
    func placeRankAndTrade() {
        let s = "Harbin General Nuclear agreed to fund the reactor in 2016."
        #expect(type(of: "Harbin General Nuclear", in: s, places) == .organization)
        #expect(people(s, places).isEmpty)
        #expect(type(of: "Harbin General Nuclear", in: s) == .organization)
        let k = "A year later Kenya General Insurance said its profits had fallen."
        #expect(type(of: "Kenya General Insurance", in: k, places) == .organization)
        #expect(people(k, places).isEmpty)
    }

    @Test("a coined word before the rank opens the name; a lowercase kind after it is not in it")
    func coinedOpener() {
        let s = "Officials met the Vellmar General Trading company in March."
        #expect(type(of: "Vellmar General Trading", in: s) == .organization)
        #expect(!people(s).contains("Trading"))
    }

    @Test("a rank opening the name before a trade word")
    func rankOpensTheName() {
        #expect(type(of: "Admiral Insurance", in: "Last year Admiral Insurance was fined by the regulator.") == .organization)
        let g = "She had run the group's parcels arm, General Logistics Systems, since 2012."
        #expect(type(of: "General Logistics Systems", in: g) == .organization)
        #expect(people(g).isEmpty)
        let m = "Rival bids came from Hitachi and Marvale Electric. General Electric said it would bid too."
        #expect(!people(m).contains("Electric"))
    }

    @Test("a rank before a person's name stays a title")
    func rankBeforeAPerson() {
        let sir = "General Sir Ian Boyd said the army was ready."
        #expect(people(sir).contains { $0.hasSuffix("Ian Boyd") })
        #expect(!confirmed(sir).contains { $0.type == .organization && $0.text.contains("General") })
        #expect(people("Major Ann Reid commanded the unit.").contains { $0.hasSuffix("Ann Reid") })
        let ag = "The Attorney General Ruth Dale said the bill was lawful."
        #expect(people(ag).contains("Ruth Dale"))
        #expect(!confirmed(ag).contains { $0.type == .organization && $0.text.contains("Ruth") })
        // a place before the rank, then a surname: a foreign officer, not a company
        let us = "US General Hollis said the troops would stay."
        #expect(!confirmed(us).contains { $0.type == .organization && $0.text.contains("Hollis") })
    }

    @Test("a rank before a word that is no trade names no company")
    func rankBeforeAnOrdinaryWord() {
        let s = "The General Election was held in May, and the Major Projects Review followed."
        #expect(!confirmed(s).contains { $0.type == .organization && $0.text == "General Election" })
        #expect(people(s).isEmpty)
    }
}
