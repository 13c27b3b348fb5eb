import Corpus
@testable import Extraction
import Testing
import HindsightSupport

/// Who takes part in an event: a subject or possessive pronoun's person, an acting `it`'s organization, and the
/// holder of a post named by its title alone.
@Suite struct EventParticipantsTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Mary Stone", type: .person, roles: [
            KnowledgeRole(title: "Prime Minister", from: "2019-07", to: "2022-09"),
            KnowledgeRole(title: "Chief Executive", organization: "Harbour Group", from: "2010", to: "2020"),
        ]),
        KnowledgeRecord(name: "Tom Vale", type: .person, roles: [
            KnowledgeRole(title: "Chief Executive", organization: "Eastside Trust", from: "2010", to: "2020"),
            KnowledgeRole(title: "HM Chief Inspector of Schools", organization: "Schools Inspectorate", from: "2018", to: "2021"),
        ]),
    ])

    @Test func aPostNamedByItsTitleAloneImpliesItsHolderThen() {
        let p = EventParticipants(knowledge: Self.knowledge)
        let june2020 = TemporalValue.parse("2020-06")!
        #expect(p.implied(by: "The Prime Minister promised a new plan.", on: june2020) == ["Mary Stone"])
        // a title in lower case and two words long is too loose to name anyone
        #expect(p.implied(by: "the prime minister of somewhere promised a plan.", on: june2020).isEmpty)
        // outside the term, no one
        #expect(p.implied(by: "The Prime Minister promised a new plan.", on: TemporalValue.parse("2023")!).isEmpty)
        // two holders of one title at the time: no one
        #expect(p.implied(by: "The Chief Executive resigned.", on: june2020).isEmpty)
        #expect(p.implied(by: "The chief inspector of schools wrote to heads.", on: june2020) == ["Tom Vale", "Schools Inspectorate"])
    }

    @Test func titlesAreFoundByteForByteAnywhereInTheSentence() {
        #expect(ByteSearch.contains("the chief inspector of schools said", "chief inspector of schools"))
        #expect(ByteSearch.contains("chief inspector", "chief inspector"))
        #expect(ByteSearch.contains("a ccchief", "cchief"))
        #expect(ByteSearch.contains("anything", ""))
        #expect(!ByteSearch.contains("the chief inspector", "chief inspectors"))
        #expect(!ByteSearch.contains("chief", "chief inspector"))
        #expect(ByteSearch.contains("the café’s chief", "café’s chief"))
    }

    @Test func aSubjectPronounStandsForTheLastPerson() {
        let page = "Monday, 3 March 2025\n\nT\n\nAnn Reed ran the trust for years. In 2019 she was appointed to the board. His letter arrived in 2020.\n"
        let x = DocumentExtractor(knowledge: .empty).extract(PlainTextPageReader().read(text: page, path: "p.txt"))
        let e2019 = x.events.first { $0.date.value == "2019" }
        #expect(e2019.map { $0.participants.map { x.mentions[$0].mention.text } } == ["Ann Reed"])
        // the owner of a possessive takes part (`his letter` is the person's act)
        let e2020 = x.events.first { $0.date.value == "2020" }
        #expect(e2020.map { $0.participants.map { x.mentions[$0].mention.text } } == ["Ann Reed"])
        // an `it` that acts stands for the organization that opened the sentence before
        let page2 = "Monday, 3 March 2025\n\nT\n\nHarbour Group runs four homes. It bought Northgate Care in 2019.\n"
        let y = DocumentExtractor(knowledge: .empty).extract(PlainTextPageReader().read(text: page2, path: "p.txt"))
        let e2019b = y.events.first { $0.date.value == "2019" }
        #expect(Set(e2019b.map { $0.participants.map { y.mentions[$0].mention.text } } ?? []) == ["Harbour Group", "Northgate Care"])
    }
}
