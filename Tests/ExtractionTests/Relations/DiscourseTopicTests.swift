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
        KnowledgeRecord(name: "Kelby Rail", type: .organization),
        KnowledgeRecord(name: "Westline", type: .organization),
        KnowledgeRecord(name: "Ofwater", type: .organization),
        KnowledgeRecord(name: "Harbour Fund", type: .organization),
    ]

    /// The relations of the text's last sentence (after its last `. ` or blank line), the ones before its context.
    func read(_ text: String) -> [String] {
        RelationTestSupport.lastParagraphSentence(text, records: Self.records)
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

    /// Whether each named body of `text` is inside a person's aside (``RelationContext/isInPersonAside(_:among:text:depth:)``),
    /// as `name: true|false`.
    func asides(_ text: String) -> [String] {
        let mentions = EntityRecognizer(knowledge: KnowledgeBase(records: Self.records)).recognize(text: text)
        let known = mentions.indices.map { (index: $0, mention: mentions[$0].mention) }
        return known.filter { $0.mention.type == .organization }.map { m in
            "\(m.mention.canonicalName): \(RelationContext.isInPersonAside(m, among: known, text: text))"
        }
    }

    @Test func aBodyInsideAPersonsAsideDescribesThatPerson() {
        // culture: an apposition, then the sentence's own object after the aside closes
        #expect(asides("Ann Reed, the former director of Westway Buses, now chairs Kelby Health Board.")
            == ["Westway Buses: true", "Kelby Health Board: false"])
        // transport: a relative clause
        #expect(asides("Tom Vale, who had run Northline Rail Authority, joined Marsh Rivers Agency in May.")
            == ["Northline Rail Authority: true", "Marsh Rivers Agency: false"])
        // housing: two bodies in one aside, joined by `and`
        #expect(asides("Sam Lowe, a lawyer at Tenants Union and a former chair of Hollin Skills Council, took over in 2012.")
            == ["Tenants Union: true", "Hollin Skills Council: true"])
        // twins: a list, a verb of saying, a subject
        #expect(asides("Ann Reed and Westway Buses signed the deal.") == ["Westway Buses: false"])
        #expect(asides("Tom Vale, Ann Reed and Marsh Rivers Agency objected.") == ["Marsh Rivers Agency: false"])
        #expect(asides("Ann Reed, said Kelby Health Board, would stay.") == ["Kelby Health Board: false"])
        #expect(asides("Kelby Health Board, the county's biggest employer, hired Ann Reed.") == ["Kelby Health Board: false"])
    }

    @Test func aPostWithNoBodyIsNotPlacedAtABodyInAnotherPersonsAside() {
        // schools: the sentence before names a body only in its person's aside; the passage is about the council
        let schools = "Hollin Skills Council was set up in 2001 to fund adult courses. It took over the work of two older boards.\n\n"
            + "Its first chair was Ann Reed. She was followed by Tom Vale, a lawyer at Westway Buses. Sam Lowe was appointed chief executive."
        let s = read(schools)
        #expect(!s.contains("holds_role Sam Lowe -> Westway Buses"))
        // twin: a body the sentence before is about is still the post's
        #expect(read("Hollin Skills Council was set up in 2001.\n\nWestway Buses opened a depot in 2004. Sam Lowe was appointed chief executive.")
            .contains("holds_role Sam Lowe -> Westway Buses"))
    }

    @Test func aDescriptionBetweenTwoBodiesOfItsKindIsTheTopic() {
        // culture: `the council` after a passage about one council that named another more often in passing
        let arts = "Hollin Skills Council was founded in 1990. It took over from Ridge College Council, and Ridge College Council closed.\n\n"
            + "The council later grew, and it now funds forty colleges. Today the council is chaired by Ann Reed, and its chief executive is Tom Vale."
        let r = read(arts)
        #expect(r.contains("holds_role Tom Vale -> Hollin Skills Council"))
        #expect(!r.contains("holds_role Tom Vale -> Ridge College Council"))
    }

    @Test func aClauseThatCreatesABodyIsAboutTheNewBody() {
        // justice: the law is the subject, the body it creates is what `it` and `its` go on about
        #expect(read("The Prisons Act 2004 created Kelby Health Board, and it began work in 2005 after Westway Buses lost the contract. Its first chair was Ann Reed.")
            .contains("holds_role Ann Reed -> Kelby Health Board"))
        // environment and schools: the clause's words, with `set up` and `established`
        #expect(RelationContext.createsBody(["the", "water", "act", "2003", "set", "up", "a", "new"]))
        #expect(RelationContext.createsBody(["in", "2010", "ministers", "established", "the"]))
        // twins: a plan, a negation, a relative clause, a passive, no subject at all
        #expect(!RelationContext.createsBody(["the", "bill", "would", "have", "created", "a"]))
        #expect(!RelationContext.createsBody(["ministers", "never", "established", "the"]))
        #expect(!RelationContext.createsBody(["the", "act", "which", "created", "the"]))
        #expect(!RelationContext.createsBody(["it", "was", "founded", "by"]))
        #expect(!RelationContext.createsBody(["founded", "by"]))
        #expect(!RelationContext.createsBody(["created"]))
    }

    @Test func aDescriptionRenamedByItsAppositionIsTheSubjectItStandsFor() {
        // transport: `The successor company, Kelby Rail,` is Kelby Rail, through `It` in the next sentence
        #expect(read("The successor company, Kelby Rail, bought Westline out of administration. It was an odd body. Ann Reed, who had run Westline, became its first chief executive.")
            .contains("holds_role Ann Reed -> Kelby Rail"))
        // water: the regulator renamed, then `its chair`
        #expect(read("The new regulator, Ofwater, fined Westline in May. Its chair, Tom Vale, said the fine was fair.")
            .contains("holds_role Tom Vale -> Ofwater"))
        // twin: a list after the description is no apposition: no first chief executive at either body
        #expect(!read("The company, Westline and Kelby Rail met in May. It was an odd body. Ann Reed, who had run Westline, became its first chief executive.")
            .contains { $0.hasPrefix("holds_role Ann Reed -> ") && !$0.hasSuffix("-> -") })
    }

    @Test func aPostAfterASentenceAboutADescribedBodyIsAtThatBody() {
        // finance: the sentence before names no body; its subject, `the fund's chairs`, is the fund
        #expect(read("Harbour Fund has lent to builders since 1990.\n\nIt has grown fast. The fund's chairs have changed often. Tom Vale, who had been a banker, became chair in 2014.")
            .contains("holds_role Tom Vale -> Harbour Fund"))
        // twin: a sentence before about a person gives the post no body from the paragraph
        #expect(!read("Harbour Fund has lent to builders since 1990.\n\nSam Lowe has had many jobs. He liked none of them. Tom Vale became chair in 2014.")
            .contains("holds_role Tom Vale -> Harbour Fund"))
    }
}
