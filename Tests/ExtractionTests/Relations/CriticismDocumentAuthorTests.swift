import Corpus
import Testing
@testable import Extraction

/// Critics named as the authors of a document written with `by` (`a review by Tom Vale found ...`, `a joint report
/// by A and B concluded ...`, `the inspection was published by A and B, and it is scathing about ...`), a finding
/// of failure about a person, and a list of targets that stops at a clause of its own. Sentences written for these
/// tests, with twins that must give nothing; invented names.
@Suite struct CriticismDocumentAuthorTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Lisa Grant", type: .person),
        KnowledgeRecord(name: "Schools Inspectorate", type: .organization),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Water Inspectorate", type: .organization),
        KnowledgeRecord(name: "Rivers Board", type: .organization),
        KnowledgeRecord(name: "Harbour Water", type: .organization),
        KnowledgeRecord(name: "Northgate Academy Trust", type: .organization),
        KnowledgeRecord(name: "Skills Funding Council", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Eastside Council", type: .organization),
        KnowledgeRecord(name: "Harbour Care", type: .organization),
        KnowledgeRecord(name: "Department for Transport", type: .organization),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aReviewByItsAuthorFindsAFailure() {
        // justice: an apposition with another name between the author and the verb
        #expect(read("A review by Sir Tom Vale, commissioned by the minister, Ann Reed, and published in May, found that Harbour Care had made serious mistakes.")
                == ["criticised Tom Vale -> Harbour Care"])
        // schools: two authors, after a fronted date
        #expect(Set(read("In July 2017 a joint report by the Schools Inspectorate and the Audit Office concluded that Northgate Academy Trust was failing its pupils."))
                == ["criticised Schools Inspectorate -> Northgate Academy Trust", "criticised Audit Office -> Northgate Academy Trust"])
        // skills: a second verb phrase of the document, its target a description
        #expect(read("The Skills Funding Council ran the college scheme. Its chief resigned, and a review by Ann Reed published that spring found that warnings had been missed and criticised the council's handling of the scheme.")
                == ["criticised Ann Reed -> Skills Funding Council"])
        // twins: a finding only expected, a denial, and a document that is the object of another verb's clause
        #expect(read("A review by Tom Vale may find that Harbour Care made serious mistakes.").isEmpty)
        #expect(read("A review by Ann Reed did not find that Northgate Academy Trust was failing its pupils.").isEmpty)
        #expect(read("Ann Reed welcomed a review by Tom Vale, and the union said that Harbour Care was failing.").allSatisfy { !$0.hasPrefix("criticised Tom Vale") })
    }

    @Test func aDocumentPublishedByItsAuthorsThenReferredToAsIt() {
        // water
        #expect(Set(read("The joint inspection of the reservoirs was published yesterday by the Water Inspectorate and the Rivers Board, and it is scathing about Harbour Water."))
                == ["criticised Water Inspectorate -> Harbour Water", "criticised Rivers Board -> Harbour Water"])
        // transport
        #expect(read("The review of the rail timetable was published today by the Audit Office, and it is highly critical of the Department for Transport.")
                == ["criticised Audit Office -> Department for Transport"])
        // twins: a document welcomed by a body that then attacks someone else is no author's; `it` is no document
        #expect(read("A report by the Carers Union was welcomed by Eastside Council, which attacked Harbour Care.").allSatisfy { !$0.hasPrefix("criticised Carers Union") })
        #expect(read("The garden was opened yesterday by the Audit Office, and it is now popular with Harbour Water staff.").isEmpty)
    }

    @Test func aFindingOfFailureAboutAPerson() {
        // fraud
        #expect(read("Lisa Grant ran the fraud office from 2018. A review by Sir Tom Vale found that Lisa Grant had made a number of mistakes.")
                == ["criticised Tom Vale -> Lisa Grant"])
        // health
        #expect(read("The Audit Office found that Ann Reed had misled the board about the waiting lists.") == ["criticised Audit Office -> Ann Reed"])
        // twins: the person a failure was done to, and a denial
        #expect(read("The Audit Office found that Ann Reed had been misled by the board.").isEmpty)
        #expect(read("The Audit Office found that Ann Reed had not misled the board.").isEmpty)
    }

    @Test func aListOfTargetsStopsAtAClauseOfItsOwn() {
        // `the scheme the department designed` is the scheme's, not the department's
        #expect(read("Ann Reed was scathing about Harbour Care and the scheme the Department for Transport designed for it.")
                == ["criticised Ann Reed -> Harbour Care"])
        #expect(Set(read("Ann Reed was scathing about Harbour Care and the Department for Transport."))
                == ["criticised Ann Reed -> Harbour Care", "criticised Ann Reed -> Department for Transport"])
    }
}
