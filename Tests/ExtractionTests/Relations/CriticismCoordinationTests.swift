import Corpus
import Testing
@testable import Extraction

/// Critics the criticism verb's clause does not name: a second verb phrase of the sentence's subject, a
/// document as the subject (`Their report ...`, the pronoun's bodies), a document a named subject published
/// (`published a report that condemned`), a list that repeats the preposition (`about A, about B`), and
/// adverbs between a subject and its verb; with the twins that must give nothing. Sentences written for these
/// tests; invented names.
@Suite struct CriticismCoordinationTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Eastside Housing Agency", type: .organization),
        KnowledgeRecord(name: "Audit Committee", type: .organization),
        KnowledgeRecord(name: "Public Spending Committee", type: .organization),
        KnowledgeRecord(name: "Tenancy Reform", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Mark Pole", type: .person),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.found(text, records: Self.records).map(\.text).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aSecondVerbPhraseOfTheSubject() {
        #expect(read("Ann Reed, the union's president, has welcomed the review the council ordered last year, and has repeatedly condemned Harbour Homes.")
            == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("The Carers Union, which speaks for most care staff, said the rules would change nothing, and has since attacked Tenancy Reform.")
            .contains("criticised Carers Union -> Tenancy Reform") == false)   // `said` and `has`: not alike
        #expect(read("The Carers Union, which speaks for most care staff, has said the rules will change nothing, and has since attacked Tenancy Reform.")
            == ["criticised Carers Union -> Tenancy Reform"])
        #expect(read("Tom Vale, a former inspector, visited the homes in the spring and slammed Eastside Housing Agency over its repairs.")
            == ["criticised Tom Vale -> Eastside Housing Agency"])
    }

    @Test func aSecondVerbPhraseThatIsNoAttack() {
        #expect(read("Ann Reed, the union's president, has welcomed the review, and has never criticised Harbour Homes.").isEmpty)
        #expect(read("Ann Reed, the union's president, has welcomed the review, and has praised Harbour Homes.").isEmpty)
        #expect(read("Has Ann Reed, the union's president, welcomed the review and attacked Harbour Homes?").isEmpty)
        #expect(read("Ann Reed, the union's president, welcomed the review and would have condemned Harbour Homes.").isEmpty)
        // the subordinate clause's subject is not the sentence's
        #expect(!read("Ann Reed said the board had ignored the warnings and had attacked Harbour Homes.").contains("criticised Ann Reed -> Harbour Homes"))
    }

    @Test func aDocumentAsTheSubject() {
        let joint = "The Audit Committee, chaired by Tom Vale, and the Public Spending Committee held a joint review. "
        #expect(Set(read(joint + "Their report in May was scathing about Harbour Homes, about Eastside Housing Agency and about the auditors."))
            == ["criticised Audit Committee -> Harbour Homes", "criticised Public Spending Committee -> Harbour Homes",
                "criticised Audit Committee -> Eastside Housing Agency", "criticised Public Spending Committee -> Eastside Housing Agency"])
        #expect(Set(read(joint + "Their final report described the sale as reckless and condemned Harbour Homes."))
            == ["criticised Audit Committee -> Harbour Homes", "criticised Public Spending Committee -> Harbour Homes"])
        #expect(read("Ann Reed chairs the Carers Union. Her annual review last spring attacked Harbour Homes.") == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read(joint + "Their report in May praised Harbour Homes.").isEmpty)
        #expect(read(joint + "Did their report attack Harbour Homes?").isEmpty)
    }

    @Test func aDocumentTheSubjectPublished() {
        #expect(read("The Public Spending Committee published a damning report that condemned Harbour Homes for its accounts.")
            == ["criticised Public Spending Committee -> Harbour Homes"])
        #expect(read("The Carers Union, led by Ann Reed, followed up with a review which attacked Tenancy Reform.")
            == ["criticised Carers Union -> Tenancy Reform"])
        #expect(read("In May Tom Vale issued a short letter that criticised Eastside Housing Agency.") == ["criticised Tom Vale -> Eastside Housing Agency"])
        #expect(read("The Carers Union denied publishing a report that condemned Harbour Homes.").isEmpty)
        #expect(read("The Carers Union published a report that would have condemned Harbour Homes.").isEmpty)
    }

    @Test func aListThatRepeatsThePreposition() {
        #expect(Set(read("Tom Vale was critical of Harbour Homes and of Eastside Housing Agency."))
            == ["criticised Tom Vale -> Harbour Homes", "criticised Tom Vale -> Eastside Housing Agency"])
        #expect(Set(read("Ann Reed is scathing about Harbour Homes, and frankly about the Carers Union."))
            == ["criticised Ann Reed -> Harbour Homes", "criticised Ann Reed -> Carers Union"])
        #expect(read("Tom Vale was critical of Harbour Homes but not of Eastside Housing Agency.") == ["criticised Tom Vale -> Harbour Homes"])
    }

    @Test func aBodyAndItsOfficerNamedTogether() {
        #expect(Set(read("The Carers Union and its general secretary, Ann Reed, fought Harbour Homes over pay for years."))
            == ["criticised Carers Union -> Harbour Homes", "criticised Ann Reed -> Harbour Homes"])
        #expect(Set(read("The Audit Committee and its chair, Tom Vale, have repeatedly condemned Eastside Housing Agency."))
            == ["criticised Audit Committee -> Eastside Housing Agency", "criticised Tom Vale -> Eastside Housing Agency"])
        #expect(read("The Carers Union and its general secretary, Ann Reed, fought for Harbour Homes.").isEmpty)
        #expect(!read("The Carers Union wrote to Harbour Homes and its chair, Tom Vale, condemned Eastside Housing Agency.")
            .contains("criticised Carers Union -> Eastside Housing Agency"))
    }

    @Test func theBodySpeaksNotTheChairInItsApposition() {
        #expect(read("In May the Audit Committee, chaired by the Labour MP Tom Vale, said Harbour Homes was failing its tenants.")
            == ["criticised Audit Committee -> Harbour Homes"])
        #expect(read("The Public Spending Committee, led by Ann Reed, warned that Tenancy Reform was a shambles.")
            == ["criticised Public Spending Committee -> Tenancy Reform"])
        #expect(read("In May the Audit Committee, chaired by the Labour MP Tom Vale, said Harbour Homes was not failing its tenants.").isEmpty)
    }

    @Test func aListGoesOnAfterARelativeClause() {
        #expect(Set(read("Ann Reed accused Harbour Homes, whose parent built the flats, Eastside Housing Agency and the Carers Union of cutting corners."))
            == ["criticised Ann Reed -> Harbour Homes", "criticised Ann Reed -> Eastside Housing Agency", "criticised Ann Reed -> Carers Union"])
        #expect(Set(read("The Audit Committee condemned Harbour Homes, which ran the estate, and Eastside Housing Agency."))
            == ["criticised Audit Committee -> Harbour Homes", "criticised Audit Committee -> Eastside Housing Agency"])
        // an apposition that goes on, and a name that is the next clause's subject, are no list
        #expect(read("Ann Reed condemned Harbour Homes, whose chief executive, Tom Vale, resigned in May.") == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("Ann Reed condemned Harbour Homes, which ran the estate, Tom Vale said.") == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("Ann Reed never accused Harbour Homes, whose parent built the flats, Eastside Housing Agency and the Carers Union of cutting corners.").isEmpty)
    }

    @Test func adverbsBetweenTheSubjectAndItsVerb() {
        #expect(read("The Audit Committee, chaired by Tom Vale, later criticised Harbour Homes for the delays.") == ["criticised Audit Committee -> Harbour Homes"])
        #expect(read("Mark Pole has since openly attacked Eastside Housing Agency.") == ["criticised Mark Pole -> Eastside Housing Agency"])
        #expect(read("Mark Pole has since openly praised Eastside Housing Agency.").isEmpty)
    }
}

/// A critic referred to after a fronted adverbial (`In her review, published in May, she concluded ...`), a
/// critic described by its staff (`the auditors`), and a chair's possessive that is not the critic (`Ann Reed's
/// committee has slammed ...`, while `Ann Reed's report condemned ...` is hers). Invented names.
@Suite struct CriticismReferenceTests {
    static let records: [KnowledgeRecord] = CriticismCoordinationTests.records + [
        KnowledgeRecord(name: "Northgate Audit Office", type: .organization),
        KnowledgeRecord(name: "Ministry of Works", type: .organization),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.found(text, records: Self.records).map(\.text).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aPronounAfterAFrontedAdverbial() {
        #expect(read("Ann Reed chairs the Carers Union. In her final review, published in March, she concluded that Tenancy Reform was irredeemably flawed.")
            == ["criticised Ann Reed -> Tenancy Reform"])
        #expect(read("Tom Vale sat on the panel for years. Last spring, he condemned Harbour Homes over its repairs.")
            == ["criticised Tom Vale -> Harbour Homes"])
        #expect(read("The Carers Union met in May. After a long debate, it attacked Eastside Housing Agency for the delays.")
            == ["criticised Carers Union -> Eastside Housing Agency"])
        #expect(read("Tom Vale sat on the panel for years. Last spring, he praised Harbour Homes over its repairs.").isEmpty)
        #expect(read("Ann Reed chairs the Carers Union. In her final review, published in March, she concluded that Tenancy Reform was not flawed.").isEmpty)
    }

    @Test func aPronounInASecondClauseOfASentenceAboutThePerson() {
        #expect(read("Ann Reed arrived in 2016. Her inspections were thorough, and she repeatedly criticised Harbour Homes for its repairs.")
            == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("Tom Vale took the chair in 2018. He rarely spoke, but he condemned Eastside Housing Agency over the delays.")
            == ["criticised Tom Vale -> Eastside Housing Agency"])
        // a sentence that does not open with that person's pronoun keeps to its own people
        #expect(read("Ann Reed arrived in 2016. The inspections were thorough, and she repeatedly criticised Harbour Homes.").isEmpty)
        #expect(read("Ann Reed arrived in 2016. Her inspections were thorough, and she never criticised Harbour Homes.").isEmpty)
    }

    @Test func theStaffOfABodyNamedBefore() {
        #expect(read("The Northgate Audit Office looked at the books again. The auditors were scathing about Harbour Homes.")
            == ["criticised Northgate Audit Office -> Harbour Homes"])
        #expect(read("The Northgate Audit Office looked at the books again. The auditors later condemned the Ministry of Works for its accounts.")
            == ["criticised Northgate Audit Office -> Ministry of Works"])
        #expect(read("The Carers Union looked at the books again. The auditors were scathing about Harbour Homes.").isEmpty)
        #expect(read("The Northgate Audit Office looked at the books again. The auditors were not scathing about Harbour Homes.").isEmpty)
    }

    @Test func aChairsPossessiveIsNotTheCritic() {
        #expect(!read("Tom Vale's committee has been hammering Harbour Homes for years.").contains("criticised Tom Vale -> Harbour Homes"))
        #expect(!read("Ann Reed's union slammed Eastside Housing Agency.").contains("criticised Ann Reed -> Eastside Housing Agency"))
        #expect(read("Ann Reed's report condemned Eastside Housing Agency for the delays.") == ["criticised Ann Reed -> Eastside Housing Agency"])
        #expect(read("Tom Vale's damning review attacked Harbour Homes.") == ["criticised Tom Vale -> Harbour Homes"])
    }
}
