import Corpus
import Testing
@testable import Extraction

/// Where a post a clause gives with no body (`Ann Reed became chief executive in 2011`, `served as chief executive
/// from 2003`) is held when neither its sentence nor its paragraph names a body: the body named most often before,
/// unless the passage's discourse topic (``RelationContext/topic(at:in:)``) is another body and no clause was about
/// the counted one. A body named only in passing (a funder, a licensor) is no employer. Sentences written
/// for these tests on several policy areas (invented names), with twins that must give no edge.
@Suite struct PostTopicTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Kate Pym", type: .person),
        KnowledgeRecord(name: "Westmoor Care Trust", type: .organization),
        KnowledgeRecord(name: "Healthy Towns Fund", type: .organization),
        KnowledgeRecord(name: "Coastline Rail", type: .organization),
        KnowledgeRecord(name: "Rail Heritage Board", type: .organization),
        KnowledgeRecord(name: "Northern Arts Agency", type: .organization),
        KnowledgeRecord(name: "National Arts Lottery", type: .organization),
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Seaview Housing", type: .organization),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func has(_ passage: String, _ prefix: String) -> Bool { read(passage).contains { $0.hasPrefix(prefix) } }

    @Test func theCountStandsWhenItAgreesWithTheTopicOrAClauseWasAboutIt() {
        // health: the trust is the subject twice and named most often
        let health = "The Westmoor Care Trust was formed in 2006. The Westmoor Care Trust took over three community hospitals with a grant from the Healthy Towns Fund, and the Westmoor Care Trust later built a new ward.\n\nWaiting lists grew all the same. Tom Vale became chief executive in 2011."
        #expect(has(health, "holds_role Tom Vale -> Westmoor Care Trust"))
        // transport: `served as`, the company the clauses are about
        let rail = "Coastline Rail was created in 1997. Coastline Rail ran trains under a licence from the Rail Heritage Board, and Coastline Rail bought new carriages.\n\nPunctuality slipped badly. Sam Cole served as chief executive from 2003 until 2009."
        #expect(has(rail, "holds_role Sam Cole -> Coastline Rail"))
        #expect(!has(rail, "holds_role Sam Cole -> Rail Heritage Board"))
        // housing: `was appointed`
        let housing = "Harbour Homes was set up in 2004 to take over the council's estates. Harbour Homes later bought Seaview Housing, and Harbour Homes rebuilt its estates.\n\nRents rose. Kate Pym was appointed chief executive in 2015."
        #expect(has(housing, "holds_role Kate Pym -> Harbour Homes"))
    }

    @Test func aBodyNamedMostOftenOnlyInPassingIsNoEmployer() {
        // culture: the lottery is named twice, each time after a preposition; the agency is the subject
        let arts = "The Northern Arts Agency opened in 1999. It hands out money from the National Arts Lottery, and its budget depends on the good years of the National Arts Lottery.\n\nBudgets fell. Ann Reed served as chief executive from 2010 until 2019."
        #expect(!has(arts, "holds_role Ann Reed -> National Arts Lottery"))
        #expect(!has(arts, "leads Ann Reed -> National Arts Lottery"))
    }

    @Test func aPostStillToComeIsNone() {
        // transport: a plan, on the same page as the post above
        let planned = "Coastline Rail was created in 1997. Coastline Rail ran trains under a licence from the Rail Heritage Board, and Coastline Rail bought new carriages.\n\nPunctuality slipped badly. Sam Cole is expected to become chief executive next year."
        #expect(!has(planned, "holds_role Sam Cole -> Coastline Rail"))
    }
}
