import Corpus
import Testing
@testable import Extraction

/// The discourse topic (``RelationContext/topic(at:in:)``): the body a passage is about, from the subjects of
/// its clauses, for `its` opening a paragraph and for descriptions no name nearby explains. Texts written for
/// these tests, on several policy areas; each rule with twins that must give nothing.
@Suite struct DiscourseTopicTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Kelby Health Board", type: .organization),
        KnowledgeRecord(name: "Eastmoor Ambulance Trust", type: .organization),
        KnowledgeRecord(name: "Northline Rail Authority", type: .organization),
        KnowledgeRecord(name: "Westway Buses", type: .organization),
        KnowledgeRecord(name: "Marsh Rivers Agency", type: .organization),
        KnowledgeRecord(name: "Fenland Drainage Board", type: .organization),
        KnowledgeRecord(name: "Hollin Skills Council", type: .organization),
        KnowledgeRecord(name: "Ridge College Council", type: .organization),
        KnowledgeRecord(name: "Tenants Union", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Lowe", type: .person),
    ]

    /// The relations of the text's last sentence (after its last `. ` or blank line), the ones before its context.
    func read(_ text: String) -> [String] {
        let knowledge = KnowledgeBase(records: Self.records)
        let mentions = EntityRecognizer(knowledge: knowledge).recognize(text: text)
        let cut = [". ", "\n\n"].compactMap { text.range(of: $0, options: .backwards)?.upperBound }.max()
        let start = cut.map { text.utf8.distance(from: text.startIndex, to: $0) } ?? 0
        let inside = mentions.indices.filter { mentions[$0].mention.utf8Range.lowerBound >= start }
        return RelationReader(knowledge: knowledge).read(passage: text, sentence: start..<text.utf8.count, mentions: inside, all: mentions)
            .map { f in "\(f.predicate) \(mentions[f.subject].mention.canonicalName) -> \(f.object.map { mentions[$0].mention.canonicalName } ?? "-")" }
    }

    @Test func itsOpeningAParagraphIsTheBodyThePassageIsAbout() {
        // health: the body named last is an object of the paragraph's subject, not its topic
        #expect(read("Kelby Health Board was set up in 2004. It took over the work of Eastmoor Ambulance Trust.\n\nIts first chair was Ann Reed.")
            .contains("holds_role Ann Reed -> Kelby Health Board"))
        // transport: a chain through a description (`the authority`)
        #expect(read("Northline Rail Authority opened in 2010. It bought trains from Westway Buses, and by 2015 the authority ran every line.\n\nIts chief executive is Tom Vale.")
            .contains("holds_role Tom Vale -> Northline Rail Authority"))
        // environment: a subject after a time phrase (`from today`), with a body named only as an object before it
        #expect(read("The rivers were managed by Fenland Drainage Board for years, and from today Marsh Rivers Agency takes on its work. Its chair is Sam Lowe.")
            .contains("holds_role Sam Lowe -> Marsh Rivers Agency"))
    }

    @Test func twoSubjectsOrNoSubjectGiveNoTopic() {
        // two bodies as one subject: either may be meant (`the board` fits both)
        #expect(!read("Kelby Health Board and Fenland Drainage Board agreed a merger in 2019. Talks took a year.\n\nAnn Reed, the board's chair, resigned.")
            .contains { $0.hasPrefix("holds_role Ann Reed -> ") })
        // a body named only after a preposition is no topic
        #expect(!read("Ministers wrote to Westway Buses about fares. Nothing changed.\n\nTom Vale, the company's chief executive, resigned.")
            .contains { $0.hasPrefix("holds_role Tom Vale -> ") })
        #expect(read("Westway Buses wrote to ministers about fares. Nothing changed.\n\nTom Vale, the company's chief executive, resigned.")
            .contains("holds_role Tom Vale -> Westway Buses"))
        // a change of subject moves the topic
        #expect(read("Kelby Health Board closed in 2012. Eastmoor Ambulance Trust took over its clinics.\n\nIts first chair was Ann Reed.")
            .contains("holds_role Ann Reed -> Eastmoor Ambulance Trust"))
    }

    @Test func aDescriptionFarFromAnyNameIsTheTopicWhenItsNounFits() {
        // skills: `the council` after a passage about one council, with another council named only as an object
        let skills = "Hollin Skills Council opened in 2001. It took over Ridge College Council's work.\n\nThe council later grew. Tom Vale, the organisation's chief executive, resigned."
        #expect(read(skills).contains("holds_role Tom Vale -> Hollin Skills Council"))
        // environment: `the agency` for a body whose name says it is one
        #expect(read("Marsh Rivers Agency was created in 2006. It was given the flood work of Fenland Drainage Board.\n\nAnn Reed, the agency's chair, resigned.")
            .contains("holds_role Ann Reed -> Marsh Rivers Agency"))
        // twin: the noun does not fit the topic (`the union` for a health board)
        #expect(!read("Kelby Health Board opened in 2001. It took over two hospitals.\n\nAnn Reed, the union's chair, resigned.")
            .contains("holds_role Ann Reed -> Kelby Health Board"))
    }
}
