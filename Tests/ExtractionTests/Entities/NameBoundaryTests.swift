import Corpus
import Testing
@testable import Extraction

/// Where an organization's name begins and ends when other cues cut it short or run it on: possessives and
/// brackets inside names, trusts named after their hospitals, campaigns named by an imperative, national bodies
/// ending in `UK`, sentence openers, portfolios after `for`, suffix words alone and commenters' bylines. Each
/// cue with a sentence where it fires and one where it must not. Every sentence and name is made up; no
/// knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func names(_ text: String, _ type: EntityType) -> [String] {
    confirmed(text).filter { $0.type == type }.map(\.text)
}

@Suite("Name boundaries")
struct NameBoundaryTests {
    @Test("a possessive of the people a body serves stays inside its name")
    func possessiveOfPeopleServed() {
        #expect(names("She later volunteered for Ashwell Carers' Network, a small local charity.", .organization)
            == ["Ashwell Carers' Network"])
        #expect(names("The hostel was run by Elm Street Women's Centre until 2015.", .organization)
            == ["Elm Street Women's Centre"])
        // a company's possessive before its unit is no single name
        #expect(!names("Marlin's Probation Service bid failed.", .organization).contains("Marlin's Probation Service"))
    }

    @Test("a standing adjective before the last ordinary word opens the name with the nationality before it")
    func standingAdjectiveOpensName() {
        #expect(names("In 2019 Welsh National Ballet went into administration.", .organization) == ["Welsh National Ballet"])
        // the same words without the adjective: the bare kind word names nothing
        #expect(!names("In 2019 Welsh Ballet went into administration.", .organization).contains("Ballet"))
        // `National` opening a role stays a role: the person is named, no body
        #expect(names("National Secretary Tom Kestrel resigned in May.", .organization).isEmpty)
        #expect(names("The Official Liquidator, part of the Court Service, took charge.", .organization)
            .contains("Official Liquidator"))
        // a role word after `Official` keeps the role reading: no body named `Official Adviser`
        #expect(!names("The Official Adviser, part of the Court Service, took charge.", .organization)
            .contains("Official Adviser"))
    }

    @Test("a compass word after a sector suffix takes the word that ends the region")
    func compassRegionAfterSector() {
        #expect(names("In 2015 Northern Trains West Coast lost its franchise.", .organization)
            == ["Northern Trains West Coast"])
        // a compass word alone after the suffix is kept as before
        #expect(names("In 2015 Kestrel Trains North lost its franchise.", .organization) == ["Kestrel Trains North"])
    }

    @Test("a project that acts as a body is an organization")
    func projectAsBody() {
        #expect(confirmed("The Fair Rent Project threatened its own legal action.").first?.type == .organization)
        #expect(confirmed("Dalby Tenants' Project, a charity in Selby, won the contract.").first?.type == .organization)
        // a project that is only carried out stays a programme
        #expect(confirmed("The Fair Rent Project ran for two years in Selby.").first?.type == .programme)
    }

    @Test("a legal suffix after a bracket is part of a company's name")
    func bracketInCompanyName() {
        #expect(names("In 2020 Tarn Monitoring Services (UK) Ltd agreed to pay the fine.", .organization)
            == ["Tarn Monitoring Services (UK) Ltd"])
        // a bracket without a legal suffix after it ends the name
        #expect(names("In 2020 Tarn Monitoring Services (UK) agreed to pay.", .organization) == ["Tarn Monitoring Services"])
    }

    @Test("hospitals before a trust's suffix make one name")
    func hospitalsOfATrust() {
        #expect(names("The clinic is now run by University Hospitals of North Brackley NHS Trust.", .organization)
            == ["University Hospitals of North Brackley NHS Trust"])
        #expect(names("He ran Tarnfield Hospitals NHS Foundation Trust for years.", .organization)
            == ["Tarnfield Hospitals NHS Foundation Trust"])
        #expect(names("She moved from Tarnfield Hospital to a job in Leeds.", .organization) == ["Tarnfield Hospital"])
    }

    @Test("`Watch` ends a name")
    func watchGroups() {
        #expect(names("A friend who works for Kenwick Rail Watch sums it up.", .organization) == ["Kenwick Rail Watch"])
        #expect(names("A friend who works for Kenwick Rail sums it up.", .organization) == ["Kenwick Rail"])
    }

    @Test("a campaign named by an imperative and its object")
    func campaignNames() {
        #expect(names("Julie Marsh founded the campaign group Cure the Wards, which collected evidence.", .organization)
            == ["Cure the Wards"])
        #expect(names("Stop HS9, a campaign group founded by residents, fought the line.", .organization) == ["Stop HS9"])
        #expect(names("Campaigners from Keep Our Buses Public marched on the town hall.", .organization)
            == ["Keep Our Buses Public"])
        // an imperative with no cue of a body is no name
        #expect(names("Stop the Cuts, they shouted, and went home.", .organization).isEmpty)
        #expect(names("Save Our Wards was painted on the banner.", .organization).isEmpty)
    }

    @Test("`UK` ends a national body's name")
    func nationalBodiesOfTheKingdom() {
        #expect(names("James Holt, a former chief executive of Infrastructure UK, led the review.", .organization)
            == ["Infrastructure UK"])
        #expect(names("The fees were backed by Universities UK in 2010.", .organization) == ["Universities UK"])
        // a place and the kingdom are no body
        #expect(names("She moved from North East UK to Leeds.", .organization).isEmpty)
    }

    @Test("a preposition opening a sentence is not part of the name after it")
    func sentenceOpeners() {
        #expect(names("At Riverside Learning Trust, staff gathered evidence.", .organization) == ["Riverside Learning Trust"])
        #expect(names("Under Harbour Housing Group, rents rose.", .organization) == ["Harbour Housing Group"])
        // an ordinary word that does open a name stays
        #expect(names("National Widget Office figures rose.", .organization) == ["National Widget Office"])
    }

    @Test("a portfolio after `for` is neither a body nor a person")
    func portfolios() {
        #expect(confirmed("Michael Vane, the secretary of state for Levelling Up, sent in commissioners.")
            .filter { $0.text == "Levelling Up" }.isEmpty)
        #expect(confirmed("Emily Shaw, the Labour commissioner for Tarnside, who chairs the panel, spoke.")
            .filter { $0.text == "Tarnside" }.isEmpty)
        // a body that someone works for is still one
        #expect(names("Emily Shaw, the chief executive of Tarnside Rail, spoke.", .organization) == ["Tarnside Rail"])
    }

    @Test("a suffix word alone names nothing")
    func loneSuffixWords() {
        #expect(names("Tarn Monitoring Services (UK), Ltd, part of Tarn, paid.", .organization)
            .allSatisfy { $0 != "Ltd" })
        #expect(names("Parliament approved the High Speed (Midlands) Act, which received Royal Assent.", .organization)
            .allSatisfy { $0 != "Act" })
    }

    @Test("`a Plymouth charity`: a word that modifies a kind of body is not its name")
    func indefiniteModifier() {
        #expect(names("Tamar Steps, a Brixham charity that finds housing, lost its grant.", .organization) == ["Tamar Steps"])
        #expect(names("The Brixham charity said it would close.", .organization) == ["Brixham"])
    }

    @Test("a comment's byline that is a pseudonym names no one, not even the place or word inside it")
    func commenterBylines() {
        let text = "Camden Calling said...\nGood piece. Our office agrees."
        #expect(confirmed(text).isEmpty)
        #expect(confirmed("Sifted and Sore said...\nI agree.").isEmpty)
        #expect(confirmed("Old Hand said...\nI agree.").isEmpty)
        // `said` inside a sentence is no byline
        #expect(names("Old Hand said the office was shut.", .person).isEmpty)
        #expect(names("Anonymous Reader said...\nI agree.", .person).isEmpty)
    }
}
