import Corpus
import Testing
@testable import Extraction

/// Criticism whose target or critic the clause only refers to: `it` after a criticism verb standing for a body
/// the sentence spoke of before the critic's clause; a document written with its author's possessive (`the
/// Audit Office's report criticised ...`); and `the scheme` read as the programme whose name holds the noun.
/// Sentences written for these tests, with twins that must give nothing; invented names.
@Suite struct CriticismReferredObjectTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Harbour Passport Office", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Fenland Recovery Agency", type: .organization),
        KnowledgeRecord(name: "Public Spending Committee", type: .organization),
        KnowledgeRecord(name: "Kelby Rail Board", type: .organization),
        KnowledgeRecord(name: "Kelby Schools Agency", type: .organization),
        KnowledgeRecord(name: "Harbour Water", type: .organization),
        KnowledgeRecord(name: "Fenland Water", type: .organization),
        KnowledgeRecord(name: "Victims Voice", type: .organization),
        KnowledgeRecord(name: "Road Safety Act 2003", type: .programme),
        KnowledgeRecord(name: "Crash Compensation Scheme", type: .programme),
        KnowledgeRecord(name: "Warm Homes Plan", type: .programme),
        KnowledgeRecord(name: "Housing Act 2004", type: .programme),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("criticised ") }
    }

    @Test func itStandsForTheBodyAnEarlierClauseSpokeOf() {
        // passports (home affairs): the object of the first clause
        #expect(read("Tom Vale has attacked the Harbour Passport Office over the queues, and the Carers Union has criticised it for cutting staff.").contains("criticised Carers Union -> Harbour Passport Office"))
        // crime: a body described in a finding before the critic's clause
        #expect(read("The Fenland Recovery Agency was set up in 2003. In 2007 the Audit Office reported that the agency had recovered little, and the Public Spending Committee attacked it as a waste of money.")
                .contains("criticised Public Spending Committee -> Fenland Recovery Agency"))
        // rail (transport): a body in a participle phrase before the critic's clause
        #expect(read("The department that ran the Kelby Rail Board, scrapped last year after Ann Reed denounced it as a shambles, has new work.")
                == ["criticised Ann Reed -> Kelby Rail Board"])
        // twins: two bodies it may stand for; praise; a denial
        #expect(read("Tom Vale thanked Harbour Water and Fenland Water for their work, and the Carers Union has criticised it for the leaks.").isEmpty)
        #expect(read("Tom Vale has attacked the Harbour Passport Office over the queues, and the Carers Union has praised it for hiring staff.")
                == ["criticised Tom Vale -> Harbour Passport Office"])
        #expect(read("Tom Vale visited the Harbour Passport Office in May, and the Carers Union has never criticised it for anything.").isEmpty)
    }

    @Test func aDocumentOwnedByItsAuthor() {
        // passports: a time adverbial after the document
        #expect(read("The Kelby Schools Agency ran the tests in 1999. The Audit Office's report later that year criticised the agency for failing to check the papers.")
                == ["criticised Audit Office -> Kelby Schools Agency"])
        // rail: an apposition of the document's publication
        #expect(read("Ann Reed's inquiry, published that December, was scathing about the Kelby Rail Board.")
                == ["criticised Ann Reed -> Kelby Rail Board"])
        // water: a person's review
        #expect(read("Harbour Water lost a billion litres a year. Tom Vale's final review condemned the company for its leaks.")
                == ["criticised Tom Vale -> Harbour Water"])
        // twins: the document goes on with a preposition (a letter to someone); a denial
        #expect(read("The Kelby Schools Agency ran the tests in 1999. Ann Reed's letter to the minister criticised the agency for failing to check the papers.")
                .allSatisfy { !$0.hasPrefix("criticised Ann Reed") })
        #expect(read("The Kelby Schools Agency ran the tests in 1999. The Audit Office's report did not criticise the agency.").isEmpty)
    }

    @Test func theSchemeIsTheProgrammeWhoseNameHoldsTheNoun() {
        // justice: the scheme, not the Act named after it
        #expect(read("The Crash Compensation Scheme was set up under the Road Safety Act 2003. Victims Voice opposed the scheme in committee.")
                == ["criticised Victims Voice -> Crash Compensation Scheme"])
        // energy: a plural noun by its singular
        #expect(read("The Warm Homes Plan replaced grants made under the Housing Act 2004. Tom Vale attacked the plans as a waste.")
                == ["criticised Tom Vale -> Warm Homes Plan"])
        // a noun no name holds: the last programme named, as before
        #expect(read("The Warm Homes Plan replaced grants made under the Housing Act 2004. Tom Vale attacked the policy as a waste.")
                == ["criticised Tom Vale -> Housing Act 2004"])
        // twin: praise
        #expect(read("The Crash Compensation Scheme was set up under the Road Safety Act 2003. Victims Voice praised the scheme in committee.").isEmpty)
    }
}
