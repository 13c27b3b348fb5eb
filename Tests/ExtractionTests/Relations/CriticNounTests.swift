import Corpus
import Testing
@testable import Extraction

/// Criticism stated by the noun `critic` (the subject of a copula, or the name an apposition describes, is a
/// critic of the name after `of` or before it as a possessive), and by verbs of a long attack (`has been
/// hammering`), with their twins that must give nothing. Sentences written for these tests; invented names.
@Suite struct CriticNounTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Eastside Housing Agency", type: .organization),
        KnowledgeRecord(name: "Public Spending Committee", type: .organization),
        KnowledgeRecord(name: "Tenancy Reform", type: .programme),
        KnowledgeRecord(name: "Conservative Party", type: .organization, aliases: ["Conservative"]),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
    ]

    func read(_ text: String, unnamed: Bool = false) -> [String] {
        RelationTestSupport.found(text, records: Self.records, unnamed: unnamed).map(\.text).filter { $0.hasPrefix("criticised ") }
    }

    @Test func theCriticOfANameOrADescription() {
        #expect(read("The Carers Union has been the loudest critic of Harbour Homes.") == ["criticised Carers Union -> Harbour Homes"])
        #expect(read("Ann Reed is one of Harbour Homes's sharpest critics.") == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("Ann Reed, who chairs the Carers Union, has long been among the fiercest critics of Tenancy Reform.")
            .contains("criticised Ann Reed -> Tenancy Reform"))
        #expect(read("Tom Vale, the most persistent critic of Harbour Homes, spoke first.") == ["criticised Tom Vale -> Harbour Homes"])
        // a description for a body named before, a pronoun for the critic
        #expect(read("The Eastside Housing Agency runs the register. The local MP, Tom Vale, has been the agency's loudest critic.")
            == ["criticised Tom Vale -> Eastside Housing Agency"])
        #expect(read("The Eastside Housing Agency runs the register. The local MP for Northgate, the Conservative Tom Vale, has been the agency's loudest critic.")
            == ["criticised Tom Vale -> Eastside Housing Agency"])
        #expect(read("Ann Reed chairs the Carers Union. She has been a vocal critic of Tenancy Reform.", unnamed: true) == ["criticised Ann Reed -> Tenancy Reform"])
    }

    @Test func noCriticStatedNoEdge() {
        #expect(read("The Carers Union has never been a critic of Harbour Homes.").isEmpty)
        #expect(read("Ann Reed could become the sharpest critic of Harbour Homes.").isEmpty)
        #expect(read("Harbour Homes answered its critics in the Carers Union.").isEmpty)
        #expect(read("Is Ann Reed a critic of Tenancy Reform?").isEmpty)
        #expect(read("Critics of Harbour Homes met Ann Reed.").isEmpty)
    }

    @Test func aLongAttackAndTheBodyUnderItsChair() {
        #expect(read("The Public Spending Committee under Ann Reed has been hammering Harbour Homes for years.") == ["criticised Public Spending Committee -> Harbour Homes"])
        #expect(read("The Carers Union, which represents most care staff, has been opposing Tenancy Reform since May.") == ["criticised Carers Union -> Tenancy Reform"])
        #expect(read("Tom Vale was scathing about the way Harbour Homes had treated its tenants.") == ["criticised Tom Vale -> Harbour Homes"])
        #expect(read("The Carers Union has not been opposing Tenancy Reform.").isEmpty)
        #expect(read("Tom Vale was not scathing about the way Harbour Homes had treated its tenants.").isEmpty)
    }

    @Test func theCriticNamedAfterTheCopula() {
        // housing: a description for the body named before
        #expect(read("The Eastside Housing Agency runs the register. Throughout, the agency's fiercest critic was Tom Vale, the local MP.")
            == ["criticised Tom Vale -> Eastside Housing Agency"])
        // reform: a named possessive, two critics listed
        #expect(Set(read("Tenancy Reform's loudest critics have been the Carers Union and Ann Reed."))
            == ["criticised Carers Union -> Tenancy Reform", "criticised Ann Reed -> Tenancy Reform"])
        // companies: a post between the copula and the name
        #expect(read("Harbour Homes's most persistent critic was the Labour MP Ann Reed.") == ["criticised Ann Reed -> Harbour Homes"])
        // twins: a denial, a critic met rather than named, the critic an apposition of another clause
        #expect(read("Harbour Homes's most persistent critic was not Ann Reed.").isEmpty)
        #expect(read("Harbour Homes's fiercest critic was Ann Reed, the Conservative MP.") == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("Tom Vale met Harbour Homes's most persistent critic in May.").isEmpty)
    }
}

