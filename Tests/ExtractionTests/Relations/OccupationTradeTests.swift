import Corpus
import Testing
@testable import Extraction

/// A person named by a trade in an apposition (`Ruth Hartley, a former diplomat,`, `a former racing driver`) or
/// after a copula.
/// Each in several policy areas, with twins that state no trade. Names are knowledge records, so that the
/// construction is what is tested.
@Suite struct OccupationTradeTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nia Doyle", type: .person),
        KnowledgeRecord(name: "Northfield Housing Trust", type: .organization),
    ])

    func roles(_ passage: String) -> [String] {
        RelationTestSupport.labelled(passage, knowledge: Self.knowledge).filter { $0.hasPrefix("holds_role") }
    }

    @Test func aTradeInAnAppositionIsThePersonsPost() {
        // foreign affairs and elections
        #expect(roles("Her successor, Ruth Hartley, a former diplomat, took office in January.").contains("holds_role Ruth Hartley -> - [diplomat] (former)"))
        // pensions and company collapse
        #expect(roles("The chain was sold for a pound to a firm fronted by Owen Pryce, a former racing driver.")
            .contains("holds_role Owen Pryce -> - [racing driver] (former)"))
        // universities: a review panel
        #expect(roles("The review panel was chaired by Nia Doyle, a former City stockbroker, and the department was its sponsor.")
            .contains { $0.hasPrefix("holds_role Nia Doyle -> - [") && $0.lowercased().contains("stockbroker") })
        // transport: a bus driver
        #expect(roles("Owen Pryce, a bus driver from Leeds, gave evidence to the inquiry.").contains("holds_role Owen Pryce -> - [bus driver]"))
    }

    @Test func aDriverOfSomethingIsNoTrade() {
        // `driver` is a trade only after a vehicle's word: the cause of something is no post
        #expect(!roles("Owen Pryce, the main driver of the reform, spoke to the council.").contains { $0.contains("driver") })
        #expect(!roles("Ruth Hartley, a key driver of the housing plan, left in May.").contains { $0.contains("driver") })
    }

    @Test func aTradeAfterTheNameOrTheCopulaIsThePersonsPost() {
        // schools: a sponsor named by his trade
        #expect(roles("The first academy chain was founded by Nia Doyle, a carpet retailer.").contains("holds_role Nia Doyle -> - [carpet retailer]"))
        // welfare: the copula
        #expect(roles("Owen Pryce was a diplomat before he ran the benefits agency.").contains { $0.hasPrefix("holds_role Owen Pryce -> - [diplomat]") })
        // child protection: a caretaker at a school, in an apposition (the trade, not the interim qualifier)
        #expect(roles("The girls were murdered by Ruth Hartley, the caretaker at Northfield Housing Trust.")
            .contains("holds_role Ruth Hartley -> Northfield Housing Trust [caretaker]"))
        #expect(roles("Ruth Hartley, the caretaker chief executive of Northfield Housing Trust, resigned.")
            .contains("holds_role Ruth Hartley -> Northfield Housing Trust [chief executive] (interim)"))
    }

    /// A trade written lowercase right before a name (`the student Owen Pryce`) is not read: measured on the held-out
    /// sets it added three wrong edges for one right one.
    @Test func aTradeWordWithoutAnArticleOrAfterACapitalIsNoTrade() {
        // no article: `student` is a verb's object's modifier, not the name's title
        #expect(!roles("Ministers met student Owen Pryce leaders in May.").contains { $0.contains("student") })
        // a capitalised word first: a party or a place, left to the name recogniser
        #expect(!roles("The Labour student Owen Pryce spoke.").contains("holds_role Owen Pryce -> - [student]"))
        // a verb of appointing before the trade: the post is read by the appointment rules, not as a trade
        #expect(!roles("The board named caretaker Ruth Hartley in May.").contains("holds_role Ruth Hartley -> - [named caretaker]"))
    }
}
