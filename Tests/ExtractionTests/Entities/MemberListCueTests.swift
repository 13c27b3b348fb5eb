import Testing
@testable import Extraction

/// Bodies named in a list that a word for several bodies introduces (`three firms: ...`, `a joint venture
/// between ...`, `its partners are ...`). Sentences and bodies are made up for these tests; no knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

@Suite("Lists of bodies after a word for several bodies")
struct MemberListCueTests {
    @Test func aPluralOfBodiesAndAColonOpenAListOfBodies() {
        let text = "The school meals work went to three firms: Harlow Dene, Tarvik and Moss & Brayley."
        #expect(type(of: "Harlow Dene", in: text) == .organization)
        #expect(type(of: "Tarvik", in: text) == .organization)
        // an acronym opening the list is one of the bodies, and passes the type on
        let acronym = "The audit of the trusts went to four firms: KWPL, Tarvik and Brannock."
        #expect(type(of: "KWPL", in: acronym) == .organization)
        #expect(type(of: "Brannock", in: acronym) == .organization)
        // twin: a plural of people before the colon lists people or nothing
        #expect(type(of: "Tarvik", in: "The ward had three speakers: Varley, Tarvik and Ostrand.") != .organization)
    }

    @Test func aJointVentureBetweenNamesItsMembers() {
        let text = "The new depot is run by a joint venture between Pellow and Brannock."
        #expect(type(of: "Pellow", in: text) == .organization)
        #expect(type(of: "Brannock", in: text) == .organization)
        // twin: a match between two people is no joint venture
        #expect(type(of: "Brannock", in: "The final was a match between Pellow and Brannock.") != .organization)
    }

    @Test func partnersAreOrIncludeListsBodies() {
        #expect(type(of: "Ostrand", in: "The housing scheme is led by a council. Its junior partners are Kelver and Ostrand.") == .organization)
        #expect(type(of: "Kelver", in: "Shortlisted bidders include Kelver and Ostrand.") == .organization)
        // twin: the people a body employs are not bodies
        #expect(type(of: "Ostrand", in: "The trust was small. Its chief executives were Kelver and Ostrand.") != .organization)
    }
}
