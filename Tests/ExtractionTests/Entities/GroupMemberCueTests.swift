import Corpus
import Testing
@testable import Extraction

/// A group that bodies form together is led by one of its members (`the consortium led by Kestrel`), and a firm
/// works `in partnership with` or in `a joint venture with` another. Sentences and bodies are made up.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

@Suite("Members of a group of bodies")
struct GroupMemberCueTests {
    @Test func theLeaderOfAPartnershipOrConsortiumIsABody() {
        // rail franchising, resettlement services, hospital building
        #expect(type(of: "Brellco", in: "The franchise went to a consortium led by Brellco in 2012.") == .organization)
        #expect(type(of: "Ostrand", in: "Tarnside Resettlement Partnership, led by Ostrand, took four areas.") == .organization)
        #expect(type(of: "Vexmoor", in: "The hospital was built by the joint venture headed by Vexmoor.") == .organization)
    }

    @Test func aFirmInPartnershipOrAJointVentureWithAnother() {
        #expect(type(of: "Quellam", in: "Dunmore Care bid for the homes in partnership with Quellam last spring.") == .organization)
        #expect(type(of: "Harnix", in: "The depot is run as a joint venture with Harnix, the Dutch operator.") == .organization)
    }

    @Test func twinsPeopleAndOtherLeadersAreNoBodies() {
        // a person leads a partnership, a review is no group of bodies, a partner who is a person
        #expect(type(of: "Ada Quell", in: "The partnership led by Ada Quell took four areas.") != .organization)
        #expect(type(of: "Brellco", in: "The review led by Brellco reported in May.") != .organization)
        #expect(type(of: "Tom Vane", in: "She wrote the report in partnership with Tom Vane.") != .organization)
    }
}

/// `a care home run by Kestrel`: one capitalised word after `run by` names a body, since a person who runs
/// something is introduced by the full name. Sentences and bodies are made up.
@Suite("One name after run by")
struct RunByOneNameTests {
    @Test func oneWordAfterRunByIsABody() {
        // social care, prisons, buses
        #expect(type(of: "Quellcare", in: "The abuse happened at a private hospital run by Quellcare near Bath.") == .organization)
        #expect(type(of: "Brellon", in: "HMP Tarnby, run by Brellon at the time, was taken back in 2018.") == .organization)
        #expect(type(of: "Vexbus", in: "The night routes are run by Vexbus under a five-year deal.") == .organization)
    }

    @Test func twinsAPersonOrAPluralAcronymAfterRunBy() {
        // a full name, the surname of a person the passage names, people by a plural acronym
        #expect(type(of: "Ines Falk", in: "The unit was run by Ines Falk for a decade.") == .person)
        #expect(type(of: "Falk", in: "Ines Falk joined in 2001. The unit was run by Falk for a decade.") != .organization)
        #expect(!confirmed("The panels are run by MPs from both sides.").contains { $0.type == .organization })
    }
}

/// `the Welsh branch of Kestrel`, `a subsidiary of Marlin`: the body a part belongs to. Made-up sentences.
@Suite("The body a branch or subsidiary belongs to")
struct ParentOfPartTests {
    @Test func theBodyAfterAPartOfIsABody() {
        // trade unions, water, buses
        #expect(type(of: "Brellu", in: "Credit to the Welsh branch of Brellu for keeping members informed.") == .organization)
        #expect(type(of: "Ostrand", in: "Tarn Water became a subsidiary of Ostrand in 2011.") == .organization)
        #expect(type(of: "Vexmoor", in: "The depots passed to the bus arm of Vexmoor last year.") == .organization)
    }

    @Test func twinsAPlaceOrAPersonAfterTheNoun() {
        #expect(type(of: "Leeds", in: "She ran a branch of Leeds for years.") != .organization)
        #expect(type(of: "Ines Falk", in: "He joined the wing of Ines Falk's campaign.") != .organization)
        #expect(type(of: "Brellu", in: "The river is an arm of the sea near Brellu.") != .organization)
    }
}
