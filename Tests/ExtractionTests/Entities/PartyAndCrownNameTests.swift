import Corpus
import Testing
@testable import Extraction

/// Parties, Crown bodies and the context cues added with them, in sentences written for these tests (no
/// knowledge base): each cue where it fires and where it must not.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organization(_ surface: String, in text: String) -> EntityMention? {
    confirmed(text).first { $0.text == surface && $0.type == .organization }
}

@Suite("Parties and Crown bodies without a list")
struct PartyAndCrownNameTests {
    @Test func partyWordsNameTheParty() {
        #expect(organization("Labour", in: "The reform stalled after Labour won the election in 1997.")?.canonicalName == "Labour Party")
        #expect(organization("Tories", in: "Critics blamed the Tories’ cuts to youth services.")?.canonicalName == "Conservative Party")
        #expect(organization("Conservative", in: "A Conservative government closed the clinics.")?.canonicalName == "Conservative Party")
        #expect(organization("Lib Dems", in: "In 2011 the Lib Dems backed the tuition fee rise.")?.canonicalName == "Liberal Democrats")
        #expect(organization("Labour Party", in: "She left the Labour Party in 2003.")?.cue == .politicalParty)
        // sentence start: the party acts, or is followed by punctuation
        #expect(organization("Labour", in: "Labour pledged to scrap the fees.") != nil)
        #expect(organization("Labour", in: "“Labour, doctors and nurses all warned us,” she said.") != nil)
    }

    @Test func partyWordsInTheirOrdinarySenseAreNot() {
        #expect(organization("Labour", in: "Labour market figures fell in spring.") == nil)
        #expect(organization("Conservative", in: "Conservative estimates put the cost at £2m.") == nil)
        // another capitalised word makes a name of its own
        #expect(organization("Labour", in: "He wrote for Labour List for a year.") == nil)
        #expect(!confirmed("Nurses on the Labour ward were tired.").contains { $0.canonicalName == "Labour Party" })
    }

    @Test func theTreasuryIsHMTreasury() {
        #expect(organization("Treasury", in: "Ministers asked the Treasury for more money.")?.canonicalName == "HM Treasury")
        #expect(organization("Treasury", in: "She became Chief Secretary to the Treasury in 2017.")?.canonicalName == "HM Treasury")
        // another country's treasury, or a body of its own, is not
        #expect(!confirmed("The US Treasury raised rates.").contains { $0.canonicalName == "HM Treasury" })
        #expect(!confirmed("He gave evidence to the Treasury Committee.").contains { $0.canonicalName == "HM Treasury" })
    }

    @Test func anAcronymBeforeWhatOnlyABodyHas() {
        #expect(organization("HWA", in: "Several HWA staff left in May.") != nil)
        #expect(organization("HWA", in: "Several HWA reports were late.") == nil)
    }

    @Test func oneOfAKindOfBodies() {
        #expect(organization("Harbour Links", in: "Last year Harbour Links, one of the private companies that runs the service, lost money.") != nil)
        #expect(organization("Harbour Links", in: "Last year Harbour Links, one of the best walks in Devon, was closed.") == nil)
    }

    @Test func regionsAfterThe() {
        let s = confirmed("Staff in the Kent, Devon, Dorset region said the Severn Vale, where they work, was short of staff.")
        // (well-known counties are places, never bodies)
        #expect(!s.contains { ($0.text == "Kent" || $0.text == "Devon" || $0.text == "Dorset") && $0.type != .place })
        #expect(!confirmed("Its director, who runs services in Leeds and the Severn Vale, agreed.").contains { $0.text == "Severn Vale" })
        // a name after `the` standing on its own still is one
        #expect(organization("Evening Courier", in: "A nurse told me the Evening Courier has the story.") != nil)
    }

    @Test func nationsAloneAreNotOrganizations() {
        #expect(!confirmed("Funding for England, which has the largest share, fell.").contains { $0.text == "England" && $0.type == .organization })
    }

    @Test func companiesByTheirContracts() {
        #expect(organization("Kestrel", in: "In 2015 Kestrel won the contract to run the buses.")?.cue == .orgContract)
        #expect(organization("Marlin", in: "The council took over the contract from Marlin in May.") != nil)
        #expect(organization("Kestrel", in: "Last year it was awarded to Kestrel after a tender.") != nil)
        // work handed over with a particle: `contracted out to`, `farmed out to`
        #expect(organization("Tarvik", in: "Hospital cleaning in the county is contracted out to Tarvik.")?.cue == .orgContract)
        #expect(organization("Brannock", in: "The school meals were farmed out to Brannock in 2012.") != nil)
        // twin: a person handing over or running out to a place is no contract
        #expect(organization("Brannock", in: "The case was handed over to Brannock, the new inspector.") == nil)
        #expect(organization("Devon", in: "The old railway line ran out to Devon.") == nil)
        // a given name, or a verb with no contract after it, is not enough
        #expect(organization("Kestrel", in: "In 2015 Kestrel won the cup for the third time.") == nil)
        #expect(!confirmed("Later Susan won the contract for the town.").contains { $0.type == .organization })
    }

    @Test func mediaByWhatTheyReport() {
        #expect(organization("Independent", in: "Last year the Independent reported that fees had doubled.")?.cue == .publication)
        #expect(organization("Evening Courier", in: "The scandal grew, as The Evening Courier revealed in May.") != nil)
        // a role is not a publication
        #expect(!confirmed("Last year the Minister revealed the plan.").contains { $0.type == .organization })
    }

    @Test func aRoleOverAPlaceNamesNoBody() {
        #expect(organization("Wexcombe", in: "She met the mayor of Wexcombe on Friday.") == nil)
        #expect(confirmed("She met the Mayor of Greater Wexcombe on Friday.").contains { $0.text == "Greater Wexcombe" && $0.type == .place })
        #expect(organization("Wexcombe Homes", in: "She met the chief executive of Wexcombe Homes on Friday.") != nil)
    }

    @Test func compassWordsOpenANameACueTypes() {
        #expect(organization("East Vale", in: "East Vale merged into Harbour Homes in 2016.") != nil)
        #expect(!confirmed("Funding for Britain, which has the largest share, fell.").contains { $0.text == "Britain" && $0.type != .place })
    }
}
