import Corpus
import Testing
@testable import Extraction

/// Criticism whose critic is the subject of another part of the sentence: a participle after the main clause
/// (`..., accusing the board of ...`), the name after a post owned by a body opening the sentence (`The
/// union's leader, Ann Reed, accused ...`), and critics added after the target (`..., as did Shelter`). Each
/// with a twin that must give nothing. Sentences written for these tests; invented names.
@Suite struct CriticismClauseTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Westside Tenants Forum", type: .organization),
        KnowledgeRecord(name: "Ministry of Rural Affairs", type: .organization),
        KnowledgeRecord(name: "Tenancy Reform", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Lena Rasheed", type: .person),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.found(text, records: Self.records).map(\.text).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aParticipleTakesTheMainClausesSubject() {
        #expect(read("The Carers Union, whose general secretary is Ann Reed, has fought the closures all year, accusing Harbour Homes of putting profit first.")
            .contains("criticised Carers Union -> Harbour Homes"))
        #expect(read("Tom Vale, the forum's chair, said much the same, welcoming the rent freeze but criticising Harbour Homes for the delays.")
            == ["criticised Tom Vale -> Harbour Homes"])
        // another clause with a subject of its own between: not read as the participle's subject
        #expect(!read("Tom Vale said the Carers Union had agreed, blaming Harbour Homes for the delay.")
            .contains("criticised Tom Vale -> Harbour Homes"))
        // praise with a participle that blames no one
        #expect(read("Tom Vale, the forum's chair, praised Harbour Homes, thanking the Carers Union for its help.").isEmpty)
    }

    @Test func aNameEndingInEdIsNoVerbForAParticiplesSubject() {
        // `Reed`, `Rasheed` end in -ed; the participle's subject is the sentence's subject, the person in the apposition
        for name in ["Ann Reed", "Lena Rasheed"] {
            let found = read("The Carers Union's general secretary, \(name), said much the same on Monday, criticising Harbour Homes for the delays.")
            #expect(!found.contains("criticised Carers Union -> Harbour Homes"), "\(found)")
        }
        let plain = read("The forum's chair, Lena Rasheed, has said much the same, criticising Harbour Homes for the delays.")
        #expect(!plain.contains("criticised Westside Tenants Forum -> Harbour Homes"), "\(plain)")
    }

    @Test func theNameAfterAPostOwnedByTheOpeningBody() {
        #expect(read("The Ministry of Rural Affairs ran the grants. Carers Union's general secretary, Ann Reed, accused the ministry of wasting money.")
            == ["criticised Ann Reed -> Ministry of Rural Affairs"])
        #expect(read("Carers Union's general secretary, Ann Reed, attacked Harbour Homes.") == ["criticised Ann Reed -> Harbour Homes"])
        // the body's own letter, not a post: no subject read from the possessive
        #expect(read("Carers Union's letter to the chair, Ann Reed, attacked Harbour Homes.").filter { $0.hasPrefix("criticised Ann Reed") }.isEmpty)
    }

    @Test func theNameAfterAPostOpeningALaterClause() {
        // housing
        #expect(read("Harbour Homes apologised to its tenants, and its chief executive, Ann Reed, attacked the Ministry of Rural Affairs.")
            .contains("criticised Ann Reed -> Ministry of Rural Affairs"))
        // tenants' rights
        #expect(read("The Westside Tenants Forum met on Monday, but its chair, Tom Vale, condemned Tenancy Reform.")
            .contains("criticised Tom Vale -> Tenancy Reform"))
        // care (a semicolon)
        #expect(read("The Carers Union held its conference in May; the union's general secretary, Lena Rasheed, slammed Harbour Homes.")
            .contains("criticised Lena Rasheed -> Harbour Homes"))
        // the name governed inside the opening (a letter to her): not the critic
        #expect(!read("Harbour Homes apologised to its tenants, and its letter to the chair, Ann Reed, attacked the Ministry of Rural Affairs.")
            .contains("criticised Ann Reed -> Ministry of Rural Affairs"))
        // praise
        #expect(read("Harbour Homes apologised to its tenants, and its chief executive, Ann Reed, praised the Ministry of Rural Affairs.").isEmpty)
    }

    @Test func criticsAddedAfterTheTarget() {
        #expect(Set(read("The Carers Union opposed Tenancy Reform outright, as did the Westside Tenants Forum."))
            == ["criticised Carers Union -> Tenancy Reform", "criticised Westside Tenants Forum -> Tenancy Reform"])
        #expect(read("The Carers Union did not oppose Tenancy Reform, as did the Westside Tenants Forum.").isEmpty)
        #expect(read("The Carers Union supported Tenancy Reform, as did the Westside Tenants Forum.").isEmpty)
    }

    @Test func aDecisionIsItsMakers() {
        #expect(Set(read("Harbour Homes formally decided to sell the estate in 2019. The Carers Union and the Westside Tenants Forum, the two groups with most to lose, challenged that decision in court."))
            == ["criticised Carers Union -> Harbour Homes", "criticised Westside Tenants Forum -> Harbour Homes"])
        #expect(read("The Carers Union condemned the decision of the Ministry of Rural Affairs.") == ["criticised Carers Union -> Ministry of Rural Affairs"])
        // a decision only considered, a decision welcomed, and `challenged` without a decision: nothing
        #expect(read("Harbour Homes may decide to sell the estate. The Carers Union challenged the decision.").isEmpty)
        #expect(read("Harbour Homes decided to sell the estate. The Carers Union welcomed the decision.").isEmpty)
        #expect(read("Ann Reed challenged Tom Vale to a public debate.").isEmpty)
    }

    @Test func aDecisionsMakerAfterAFrontedTimeOrInAnEarlierVerbPhrase() {
        // the maker named after a fronted time adverbial, in the post it is in apposition to
        #expect(read("In 2011 the housing minister, Ann Reed, ended the old rules and scrapped the grant for Harbour Homes. The Carers Union condemned the decision as short-sighted.")
            == ["criticised Carers Union -> Ann Reed"])
        #expect(read("In March 2019 Tom Vale, who had chaired Harbour Homes since 2015, confirmed that he was closing the hostel. The Westside Tenants Forum attacked the decision.")
            == ["criticised Westside Tenants Forum -> Tom Vale"])
        // the decision told in the paragraph before, when this sentence opens its own
        #expect(read("On Monday the Ministry of Rural Affairs decided to shut the bus depot. \n\nThe Carers Union condemned the decision.")
            == ["criticised Carers Union -> Ministry of Rural Affairs"])
        // twins: a post of a body only `its` names (the body decided), a plan that was only considered, a decision welcomed, a time adverbial that is a bare preposition
        #expect(read("In 2011 its chief executive, Ann Reed, ended the old rules and scrapped the grant. The Carers Union condemned the decision.").isEmpty)
        #expect(read("In 2011 the housing minister, Ann Reed, considered the options and may scrap the grant. The Carers Union condemned the decision.").isEmpty)
        #expect(read("In 2011 the housing minister, Ann Reed, ended the old rules and scrapped the grant. The Carers Union welcomed the decision.").isEmpty)
        #expect(read("In a letter to the housing minister, Ann Reed, the tenants decided to ask for a meeting. The Carers Union condemned the decision.").isEmpty)
    }

    @Test func anUnnamedBodySpeaksThroughItsChair() {
        #expect(read("The inquiry chaired by Sir Tom Vale, which reported in June 2004, was scathing about Harbour Homes.")
            == ["criticised Tom Vale -> Harbour Homes"])
        // the chair of a body the sentence names is not read this way, nor a chair who is the object of a letter
        #expect(read("The inquiry chaired by Sir Tom Vale, which reported in June 2004, praised Harbour Homes.").isEmpty)
        #expect(read("A letter to the panel chaired by Tom Vale, which met in June, was scathing about Harbour Homes.").isEmpty)
    }
}
