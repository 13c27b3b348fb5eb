import Corpus
import Testing
@testable import Extraction

/// Criticism of a body the clause names only by a noun its name need not hold (`the company`, `the agency`,
/// `the regulator`, `the charity`): the one body of the paragraph that noun fits. Calls to think again (`urged
/// the trust to reconsider`), and the wider list of verbs of attack (`decried`, `faulted`). Each with
/// twins that must give nothing. Sentences written for these tests; invented names.
@Suite struct CriticismDescribedTargetTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Kestrel Water", type: .organization),
        KnowledgeRecord(name: "Fenland Water", type: .organization),
        KnowledgeRecord(name: "Ofrail", type: .organization),
        KnowledgeRecord(name: "Rivers Alive", type: .organization),
        KnowledgeRecord(name: "Natural Uplands", type: .organization),
        KnowledgeRecord(name: "Transport Select Committee", type: .organization),
        KnowledgeRecord(name: "Harbour Health Trust", type: .organization),
        KnowledgeRecord(name: "Schools Agency", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.found(text, records: Self.records).map(\.text).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aBusinessNounStandsForTheOneCompanyOfItsParagraph() {
        // water (environment)
        #expect(read("Ann Reed chaired the Transport Select Committee until May, when Kestrel Water cut its reservoir budget. Tom Vale has been hammering the company for months.")
            == ["criticised Tom Vale -> Kestrel Water"])
        // two companies the noun fits: neither
        #expect(read("Last spring Kestrel Water and Fenland Water both raised bills. Tom Vale has been hammering the company for months.").isEmpty)
        // praise is no attack
        #expect(read("Kestrel Water cut its reservoir budget. Tom Vale has praised the company for months.").isEmpty)
    }

    @Test func anAgencyOrCharityWithoutItsNounInTheName() {
        // countryside
        #expect(read("Natural Uplands licensed the culls in 2013. The Transport Select Committee accused the agency of ignoring the evidence.")
            == ["criticised Transport Select Committee -> Natural Uplands"])
        // rivers (a charity)
        #expect(read("Rivers Alive campaigned for cleaner water. Tom Vale attacked the charity in a speech.")
            == ["criticised Tom Vale -> Rivers Alive"])
        // a body whose name holds another kind's noun is no `agency`: the trust is not read as one
        #expect(read("Harbour Health Trust ran the clinics in 2013. Tom Vale accused the agency of ignoring the evidence.").isEmpty)
        // negated
        #expect(read("Natural Uplands licensed the culls in 2013. Tom Vale did not accuse the agency of anything.").isEmpty)
    }

    @Test func theRegulatorIsARegulatorsClippedName() {
        // rail (transport)
        #expect(read("Ofrail reviewed the timetables in March. The Transport Select Committee slammed the regulator's checks on new operators.")
            == ["criticised Transport Select Committee -> Ofrail"])
        // a company named alone is no regulator
        #expect(read("Kestrel Water reviewed the timetables in March. The Transport Select Committee slammed the regulator's checks on new operators.").isEmpty)
    }

    @Test func aCallToThinkAgain() {
        // health
        #expect(read("Ann Reed urged Harbour Health Trust to think again about closing the ward.")
            == ["criticised Ann Reed -> Harbour Health Trust"])
        // schools
        #expect(read("Tom Vale called on the Schools Agency to scrap the new tests.")
            == ["criticised Tom Vale -> Schools Agency"])
        // water
        #expect(read("Rivers Alive asked Kestrel Water to reverse the cuts.")
            == ["criticised Rivers Alive -> Kestrel Water"])
        // an errand, not a call to undo: nothing
        #expect(read("Rivers Alive asked Kestrel Water to go to the meeting.").isEmpty)
        // a call not made
        #expect(read("Ann Reed did not urge Harbour Health Trust to think again.").isEmpty)
    }

    @Test func moreVerbsOfAttack() {
        #expect(read("Rivers Alive decried Kestrel Water in a letter to members.") == ["criticised Rivers Alive -> Kestrel Water"])
        #expect(read("The Transport Select Committee faulted the Schools Agency over its contracts.") == ["criticised Transport Select Committee -> Schools Agency"])
        // a lawsuit is not read as criticism (business as often as blame)
        #expect(read("Tom Vale sued Harbour Health Trust for negligence.") == [])
        #expect(read("Ann Reed poured scorn on the Schools Agency in her speech.") == ["criticised Ann Reed -> Schools Agency"])
        // negated or hedged
        #expect(read("Rivers Alive never decried Kestrel Water.").isEmpty)
        #expect(read("Tom Vale may sue Harbour Health Trust.").isEmpty)
    }
}
