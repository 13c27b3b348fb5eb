import Corpus
import Testing
@testable import Extraction

/// The corporate, media and person cues of issue 16's last steps, each with a sentence where it fires and one
/// where it must not. Every sentence and name is made up for these tests; no knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

private func names(_ text: String) -> [String] { confirmed(text).map(\.canonicalName) }

@Suite("Corporate, media and person cues")
struct CorporateAndPersonCueTests {
    @Test("`, whose` and a part of a company")
    func whoseArm() {
        #expect(type(of: "Tarrow", in: "Tarrow, whose Dutch arm made the panels, denied it.") == .organization)
        #expect(type(of: "Marta Vell", in: "Marta Vell, whose sister made the panels, denied it.") != .organization)
    }

    @Test("owned, bought or run by someone")
    func ownedBy() {
        #expect(type(of: "Brackley", in: "Brackley is owned by a Canadian pension fund.") == .organization)
        #expect(type(of: "Brackley", in: "Brackley was bought in 2019 by a pension fund.") == .organization)
        #expect(type(of: "Pell Vane", in: "Pell Vane was run by Jo Smith until 2010.") == .organization)
        #expect(type(of: "Jo Smith", in: "Pell Vane was run by Jo Smith until 2010.") == .person)
        // owned by nobody: a person who writes
        #expect(type(of: "Brackley", in: "Brackley is known by everyone in town.") == nil)
        // a place after a preposition says where the subject is: the quarry is bought, not the village
        #expect(type(of: "Brackley", in: "The old quarry near Brackley was bought by its own workers.") != .organization)
        #expect(type(of: "Dunmore", in: "A small depot in Dunmore went into administration last year.") != .organization)
    }

    @Test("the subject of buying, selling and administration")
    func corporateSubject() {
        #expect(type(of: "Dunmore", in: "Dunmore bought the rival chain in 2012.") == .organization)
        #expect(type(of: "Dunmore", in: "Dunmore went into administration in 2018.") == .organization)
        // a surname the passage gives a person stays the person's
        let m = confirmed("Jo Marlow founded the firm. Marlow bought the rival in 2012.")
        #expect(m.filter { $0.text == "Marlow" }.allSatisfy { $0.type == .person && $0.canonicalName == "Jo Marlow" })
        // no object: no corporate act
        #expect(type(of: "Dunmore", in: "Dunmore bought.") == nil)
    }

    @Test("the object of `which owns`")
    func corporateObject() {
        #expect(type(of: "Harbrook Energy", in: "Centrica, which owns Harbrook Energy, reported profits.") == .organization)
        #expect(names("The family, which owned a farm, was poor.").isEmpty)
    }

    @Test("a kind of company before a comma, and staff from a body")
    func kindsAndStaff() {
        #expect(type(of: "Rydell", in: "He criticised the main contractor, Rydell, and the architects Studio Nine.") == .organization)
        #expect(type(of: "Studio Nine", in: "He criticised the main contractor, Rydell, and the architects Studio Nine.") == .organization)
        #expect(type(of: "Tenby Advisory", in: "The report came from administrators from Tenby Advisory.") == .organization)
        #expect(names("The report came from administrators from the council.").isEmpty)
        // a programme after a comma is no company
        #expect(type(of: "Sure Steps", in: "Ministers expanded the programme, Sure Steps, in 2004.") != .organization)
    }

    @Test("absorbed into another body")
    func absorbed() {
        let s = "Lorian was later absorbed entirely into Fentiman."
        #expect(type(of: "Lorian", in: s) == .organization)
        #expect(type(of: "Fentiman", in: s) == .organization)
    }

    @Test("a month that is a surname, after a given name")
    func monthSurname() {
        #expect(names("Hannah May, then home secretary, created the posts.").contains("Hannah May"))
        #expect(!names("In April May was busy.").contains { $0.contains("May") })
        #expect(!names("Until Hannah May 2019 was calm.").contains("Hannah May"))
    }

    @Test("`, who`, `has been` a role, an indefinite personal role, `campaigners such as`")
    func personCues() {
        #expect(type(of: "Ines Falk", in: "Ines Falk, who had run the unit since 2010, left.") == .person)
        #expect(type(of: "Liane Rusk", in: "Liane Rusk has been chief executive since 2014.") == .person)
        #expect(type(of: "Tova Brandt", in: "Tova Brandt, a senior lecturer at the university, agreed.") == .person)
        #expect(type(of: "Eamon Tierney", in: "Campaigners such as Eamon Tierney have attacked the regulator.") == .person)
        // `, who` after a body's name with a suffix: the suffix wins
        #expect(type(of: "Harlow Housing Trust", in: "Harlow Housing Trust, who own the flats, refused.") == .organization)
        // a body such as a charity is not a person
        #expect(type(of: "Eamon Tierney", in: "Charities such as Eamon Tierney have attacked the regulator.") != .person)
    }

    @Test("`MP` next to a surname")
    func memberOfParliament() {
        #expect(type(of: "Neill", in: "Critics such as Neill MP objected.") == .person)
        #expect(type(of: "Okafor", in: "Later the Labour MP Okafor objected.") == .person)
    }

    @Test("an outlet and its programme, citation lines")
    func mediaCues() {
        let s = "Weeks after BBC Panorama exposed the abuse, ministers acted."
        #expect(type(of: "BBC", in: s) == .organization)
        #expect(type(of: "Panorama", in: s) == .organization)
        #expect(type(of: "Tonight", in: "Later ITV Tonight said nothing.") == nil)
        #expect(type(of: "Evening Courier", in: "Source: Evening Courier") == .organization)
        #expect(type(of: "Western Telegraph", in: "The figures were striking (Western Telegraph, 2019).") == .organization)
        // an author cited with a year is no paper
        #expect(names("The figures were striking (Okafor, 2019).").isEmpty)
    }

    @Test("an inquiry is a body, with the name of what it is about")
    func inquiries() {
        #expect(type(of: "Harbour Tower Inquiry", in: "She chairs the Harbour Tower Inquiry now.") == .organization)
        #expect(names("She chairs the Harbour Post Office Ledger Inquiry now.").contains("Harbour Post Office Ledger Inquiry"))
    }

    @Test("a nationality word opening the sentence belongs to the company name")
    func demonymOpening() {
        #expect(type(of: "British Gas", in: "British Gas owner Centrica sued.") == .organization)
        #expect(names("Would-be owners must bid early.").isEmpty)
    }

    @Test("`, part of` a body, `taken over by`")
    func unitsAndTakeovers() {
        #expect(type(of: "Marlin North", in: "Marlin North, part of Kestrel Group, runs the buses.") == .organization)
        #expect(type(of: "Marlin North", in: "Marlin North, part of the time, runs the buses.") != .organization)
        #expect(type(of: "Dunmore", in: "The chain was taken over by Dunmore that October.") == .organization)
    }

    @Test("a pension scheme is a body; an acronym before `and` ends a programme's name")
    func pensionSchemes() {
        let s = "Its investors include the pension fund TRAMS and the Colleges Superannuation Scheme."
        #expect(type(of: "Colleges Superannuation Scheme", in: s) == .organization)
        #expect(!names(s).contains { $0.hasPrefix("TRAMS and") })
        #expect(type(of: "Green Boiler Scheme", in: "Families applied to the Green Boiler Scheme in 2010.") == .programme)
    }

    @Test("`upon` inside a body's name")
    func upon() {
        #expect(names("He ran Kestow upon Tyne Hospitals Trust for years.").contains("Kestow upon Tyne Hospitals Trust"))
    }

    @Test("a named unit or an acronym's business, an asset manager, a broadcaster after `on`")
    func unitsManagersAndBroadcasters() {
        #expect(type(of: "Tarrow", in: "Later Tarrow's Care and Custody business ran the centre.") == .organization)
        #expect(type(of: "KWS", in: "Last year Pellam bought KWS's household supply business.") == .organization)
        // a person's business stays a person's
        #expect(type(of: "Tarrow", in: "Later Tarrow's business failed.") != .organization)
        #expect(type(of: "DKV", in: "It was bought by the German asset manager DKV in 2022.") == .organization)
        #expect(type(of: "KTV", in: "The drama went out on KTV in January.") == .organization)
        #expect(names("The drama went out on Monday in January.").isEmpty)
    }

    @Test("`, as` a role `,` after an ambiguous given name at a sentence start")
    func asRole() {
        #expect(type(of: "Grant Tovey", in: "The deal was done. Grant Tovey, as business and energy secretary, had to approve it.") == .person)
        // (a surname that is also an ordinary word leaves the name unconfirmed without the role)
        #expect(type(of: "Grant Power", in: "The deal was done. Grant Power, as business and energy secretary, had to approve it.") == .person)
        #expect(type(of: "Grant Power", in: "The deal was done. Grant Power, as ever, had to approve it.") == nil)
    }
}
