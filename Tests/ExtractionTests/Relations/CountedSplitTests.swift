import Corpus
import Testing
@testable import Extraction

/// A body split with its count (and a time) told before the new bodies (``RelationReader/countedSplit``): `Westside
/// Power split itself in two in 2000, into A and B`; `the Board was split in two: A and B`. Each new body succeeds
/// the one split. Sentences written for these tests on several policy areas (energy, sport, rail, health),
/// invented names given as knowledge records; twins that must give nothing.
@Suite struct CountedSplitTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Westside Power", type: .organization),
        KnowledgeRecord(name: "Northside Power", type: .organization),
        KnowledgeRecord(name: "Southside Energy", type: .organization),
        KnowledgeRecord(name: "Kelby Games Board", type: .organization),
        KnowledgeRecord(name: "Kelby Sport", type: .organization),
        KnowledgeRecord(name: "Kelby Arenas", type: .organization),
        KnowledgeRecord(name: "Harbour Rail", type: .organization),
        KnowledgeRecord(name: "Harbour Trains", type: .organization),
        KnowledgeRecord(name: "Harbour Track", type: .organization),
        KnowledgeRecord(name: "Eastfield Health", type: .organization),
        KnowledgeRecord(name: "Eastfield Clinics", type: .organization),
        KnowledgeRecord(name: "Eastfield Hospitals", type: .organization),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    @Test func eachNewBodySucceedsTheOneSplit() {
        // energy: `itself`, a count and a year before the parts
        let energy = read("Westside Power split itself in two in 2000, into Northside Power and Southside Energy.")
        #expect(energy.contains("successor_of Northside Power -> Westside Power"), "\(energy)")
        #expect(energy.contains("successor_of Southside Energy -> Westside Power"), "\(energy)")
        // sport: a passive and a colon
        let sport = read("In 2011 the Kelby Games Board was split in two: Kelby Sport and Kelby Arenas.")
        #expect(sport.contains("successor_of Kelby Sport -> Kelby Games Board"), "\(sport)")
        #expect(sport.contains("successor_of Kelby Arenas -> Kelby Games Board"), "\(sport)")
        // rail: `broken up` with a count of ways
        let rail = read("Harbour Rail was broken up three ways: Harbour Trains, Harbour Track and Eastfield Health.")
        #expect(rail.contains("successor_of Harbour Trains -> Harbour Rail"), "\(rail)")
        #expect(rail.contains("successor_of Harbour Track -> Harbour Rail"), "\(rail)")
    }

    @Test func noBodiesOrNoSplitGivesNothing() {
        // twin: split into things that are no bodies
        let factions = read("Eastfield Health split into two camps after the vote, and Eastfield Clinics stayed out.")
        #expect(!factions.contains { $0.hasPrefix("successor_of") }, "\(factions)")
        // twin: a split to come
        let plan = read("Harbour Rail would be split in two: Harbour Trains and Harbour Track.")
        #expect(!plan.contains { $0.hasPrefix("successor_of") }, "\(plan)")
        // twin: the split body is not the name before the verb (a person's action on a contract)
        let contract = read("The contract with Eastfield Health was split in two: Eastfield Clinics and Eastfield Hospitals.")
        #expect(!contract.contains("successor_of Eastfield Clinics -> Eastfield Health"), "\(contract)")
    }
}
