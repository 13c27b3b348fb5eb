import Corpus
import Testing
@testable import Extraction

/// A body's work handed over in the sentence after the one naming it, `its` standing for it
/// (``RelationReader/pronounHandOver(_:_:)``). Sentences written for these tests on several policy areas (dairy,
/// social care, water, broadcasting), invented names given as knowledge records; twins that must give nothing.
@Suite struct PronounHandOverTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Kelby Milk Board", type: .organization),
        KnowledgeRecord(name: "Kelby Dairies", type: .organization),
        KnowledgeRecord(name: "Westside Care Board", type: .organization),
        KnowledgeRecord(name: "Northgate Care", type: .organization),
        KnowledgeRecord(name: "Eastfield Care", type: .organization),
        KnowledgeRecord(name: "Harbour Water Board", type: .organization),
        KnowledgeRecord(name: "Rivers Agency", type: .organization),
        KnowledgeRecord(name: "Radio Licensing Office", type: .organization),
        KnowledgeRecord(name: "Broadcast Standards Authority", type: .organization),
    ]

    func readLast(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func theBodyTakingTheWorkSucceedsTheOneItsStandsFor() {
        // dairy, a time phrase before `its`
        let dairy = readLast("The Kelby Milk Board was wound up in 1994. On vesting day its trading role passed to Kelby Dairies, a co-operative.")
        #expect(dairy.contains("successor_of Kelby Dairies -> Kelby Milk Board"), "\(dairy)")
        // social care, two heirs
        let care = readLast("The Westside Care Board was abolished in 2010. Its duties went to Northgate Care and Eastfield Care.")
        #expect(care.contains("successor_of Northgate Care -> Westside Care Board"), "\(care)")
        #expect(care.contains("successor_of Eastfield Care -> Westside Care Board"), "\(care)")
        // water, a passive of transfer
        let water = readLast("The Harbour Water Board closed in 2016. Its functions were transferred to the Rivers Agency.")
        #expect(water.contains("successor_of Rivers Agency -> Harbour Water Board"), "\(water)")
        // broadcasting
        let radio = readLast("The Radio Licensing Office lasted barely five years. Its work passed to the Broadcast Standards Authority in 2009.")
        #expect(radio.contains("successor_of Broadcast Standards Authority -> Radio Licensing Office"), "\(radio)")
    }

    @Test func noHandOverOrNoBodyBeforeGivesNothing() {
        // twin: no body named before `its`
        let person = readLast("Ann Reed ran the charity for years. Its duties went to Northgate Care.")
        #expect(!person.contains { $0.hasPrefix("successor_of") }, "\(person)")
        // twin: money, not work
        let budget = readLast("The Harbour Water Board had a large surplus. Its budget went to the Rivers Agency.")
        #expect(!budget.contains { $0.hasPrefix("successor_of") }, "\(budget)")
        // twin: a hand-over to come
        let future = readLast("The Radio Licensing Office will close next year. Its work will pass to the Broadcast Standards Authority.")
        #expect(!future.contains { $0.hasPrefix("successor_of") }, "\(future)")
        // twin: negated
        let negated = readLast("The Kelby Milk Board survived the review. Its trading role never passed to Kelby Dairies.")
        #expect(!negated.contains { $0.hasPrefix("successor_of") }, "\(negated)")
    }
}
