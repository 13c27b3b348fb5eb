import Corpus
import Testing
@testable import Extraction

/// Where an organization's name begins and ends when no list knows it: a weekday or a question's auxiliary
/// glued before it, `for`/`of` and `and` inside it, a topic going on over `to`, a sector acronym before the
/// last suffix, a nation before it, a known company's name before a subsidiary's word, and `Whether` opening a
/// sentence. Each shape in at least three wordings, with twins where it must not fire. Every sentence and name
/// is made up.
private func names(_ text: String, _ type: EntityType, kb: KnowledgeBase = .empty) -> [String] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
        .filter { $0.type == type }.map(\.text)
}

private let parentKnowledge = KnowledgeBase(records: [
    KnowledgeRecord(name: "Tarnwell", type: .organization),
    KnowledgeRecord(name: "United Kingdom", type: .place, aliases: ["UK"]),
])

@Suite("Name boundaries")
struct NameBoundaryShapeTests {
    @Test("a weekday or month after a preposition is not part of the name after it")
    func calendarWordBeforeName() {
        #expect(names("On Tuesday Harbourline Energy stopped trading.", .organization) == ["Harbourline Energy"])
        #expect(names("Late on Friday Quarrybank Housing Trust confirmed the sale.", .organization)
            == ["Quarrybank Housing Trust"])
        #expect(names("The news came in March Fenwick Water Ltd had already been sold.", .organization)
            == ["Fenwick Water Ltd"])
        // twin: a weekday that is not after a preposition stays where the other rules put it
        #expect(names("The Sunday Tribune Foundation gave the money.", .organization) == ["Sunday Tribune Foundation"])
    }

    @Test("an auxiliary opening a question is not part of the organization's name after it")
    func questionAuxiliaryBeforeName() {
        #expect(names("Will Tarnmouth Rail Ltd still run the line?", .organization) == ["Tarnmouth Rail Ltd"])
        #expect(names("Can Brackley Homes Group survive another year of this?", .organization) == ["Brackley Homes Group"])
        #expect(names("May Wexcombe Borough Council borrow more, given its debts?", .organization)
            == ["Wexcombe Borough Council"])
        // twins: a statement keeps the word; a person's given name is no auxiliary
        #expect(names("May Gurnard Holdings Ltd was sold in 2014.", .organization) == ["May Gurnard Holdings Ltd"])
        #expect(names("Will Ashdown said the plan had failed.", .person) == ["Will Ashdown"])
    }

    @Test("a campaign's name runs over for or of to a strong suffix")
    func forOfInsideName() {
        #expect(names("She set up the Justice for Tenants Alliance in 2011.", .organization)
            == ["Justice for Tenants Alliance"])
        #expect(names("Money came from the Friends of Carrow Park Trust last year.", .organization)
            == ["Friends of Carrow Park Trust"])
        #expect(names("Volunteers from Action for Lone Parents Foundation helped out.", .organization)
            == ["Action for Lone Parents Foundation"])
        // twins: a title before `for`; a heading-like sentence opening
        #expect(!names("The Minister for Quarrybank Housing Trust matters spoke.", .organization)
            .contains("Minister for Quarrybank Housing Trust"))
        #expect(!names("Members of Quarrybank Housing Trust voted to merge.", .organization)
            .contains("Members of Quarrybank Housing Trust"))
    }

    @Test("a suffix word inside the members' part of a name is not a second body")
    func membersNameWithAnd() {
        #expect(names("The Association of School and College Leaders wrote to the minister.", .organization)
            == ["Association of School and College Leaders"])
        #expect(names("A spokesman for the Institute of Hospital and Clinic Managers declined.", .organization)
            == ["Institute of Hospital and Clinic Managers"])
        #expect(names("She joined the Society of Academy and School Governors in 2015.", .organization)
            == ["Society of Academy and School Governors"])
        // twin: a list of two bodies, the second ending in its own suffix
        #expect(names("The Borough of Carrow and Wexcombe City Council agreed.", .organization).count == 2)
    }

    @Test("a commission's topic goes on over to")
    func topicOverTo() {
        #expect(names("He chaired the Rowe Commission on Access to Justice, which reported in 2017.", .organization)
            == ["Rowe Commission on Access to Justice"])
        #expect(names("The Committee on Fairness to Tenants met twice.", .organization)
            == ["Committee on Fairness to Tenants"])
        #expect(names("Evidence went to the Panel on Routes to Employment last spring.", .organization)
            == ["Panel on Routes to Employment"])
        // twin: `to` and a lower-case word after the name
        #expect(names("The Commission on Housing wrote to ministers.", .organization) == ["Commission on Housing"])
    }

    @Test("a sector acronym before the last suffix stays inside the name")
    func acronymBeforeLastSuffix() {
        #expect(names("She later chaired Carrow College Healthcare NHS Trust until 2021.", .organization)
            == ["Carrow College Healthcare NHS Trust"])
        #expect(names("Staff at Fenwick University Hospitals NHS Foundation Trust were told.", .organization)
            == ["Fenwick University Hospitals NHS Foundation Trust"])
        #expect(names("The deal with Brackley College Clinics NHS Trust fell through.", .organization)
            == ["Brackley College Clinics NHS Trust"])
        // twin: an acronym after the only suffix is another name
        #expect(names("Carrow College NHS said nothing.", .organization) != ["Carrow College NHS"])
    }

    @Test("a nation right before a body's name opens it")
    func nationBeforeName() {
        #expect(names("UK Fenland Investments sits on the board for the shareholder.", .organization, kb: parentKnowledge)
            == ["UK Fenland Investments"])
        #expect(names("Shares went to UK Harbour Assets, a holding company set up by ministers.", .organization,
                      kb: parentKnowledge) == ["UK Harbour Assets"])
        #expect(names("The report was written by UK Carrow Partners, a consultancy.", .organization, kb: parentKnowledge)
            == ["UK Carrow Partners"])
        // twin: a nation after a preposition, then a comma, stays a place
        #expect(names("Offices in the UK, Fenland Investments said, would close.", .place, kb: parentKnowledge) == ["UK"])
    }

    @Test("a known company's name and an unknown word that an appositive calls a unit is a subsidiary")
    func subsidiaryOfKnownCompany() {
        #expect(names("The court approved a deal with Tarnwell Geomark, the Tarnwell subsidiary that ran it.",
                      .organization, kb: parentKnowledge).contains("Tarnwell Geomark"))
        #expect(names("The system was built by Tarnwell Quadrix, a unit of the group.", .organization,
                      kb: parentKnowledge).contains("Tarnwell Quadrix"))
        #expect(names("Work went to Tarnwell Ostrava, a division of the firm.", .organization, kb: parentKnowledge)
            .contains("Tarnwell Ostrava"))
        // twins: no appositive; an ordinary word after the name
        #expect(!names("Tarnwell Geomark staff were told on Monday.", .organization, kb: parentKnowledge)
            .contains("Tarnwell Geomark"))
        #expect(!names("It was Tarnwell Today, a unit of the group.", .organization, kb: parentKnowledge)
            .contains("Tarnwell Today"))
    }

    @Test("Whether opening a sentence is no person")
    func whetherIsNoName() {
        #expect(names("Whether he knew is another matter.", .person).isEmpty)
        #expect(names("Whether she stays in post is unclear.", .person).isEmpty)
        #expect(names("The chair, Ruth Ambler, has been in post a year. Whether she was told is unknown.", .person)
            == ["Ruth Ambler"])
    }
}

@Suite("Members of a company or consortium")
struct CompanyMembersListTests {
    @Test("names listed after made up of, comprising or consisting of a company or consortium are organizations")
    func membersListed() {
        #expect(Set(names("Tarnside Railways, made up of Brellick, Oxtain and Vosberg, is digging.", .organization))
            == ["Tarnside Railways", "Brellick", "Oxtain", "Vosberg"])
        #expect(Set(names("The work went to a consortium comprising Brellick, Oxtain and Vosberg last year.", .organization))
            .isSuperset(of: ["Brellick", "Oxtain", "Vosberg"]))
        #expect(Set(names("They set up a joint venture consisting of Brellick and Oxtain in 2012.", .organization))
            .isSuperset(of: ["Brellick", "Oxtain"]))
        // twins: a panel's members are people; `made up of` after no company
        #expect(names("The review panel, made up of Brellick, Oxtain and Vosberg, met twice.", .organization).isEmpty)
        #expect(names("The figure was made up of Brellick and Oxtain estimates.", .organization).isEmpty)
    }
}

@Suite("Bodies named by a devolved noun, a bare House, a broadcaster's verb, or a post only bodies have")
struct BodyWordCueTests {
    @Test("a nation's adjective and a devolved body's noun is that body")
    func devolvedBodies() {
        #expect(names("Ministers in the Welsh Government made the same call.", .organization) == ["Welsh Government"])
        #expect(names("The bill passed the Scottish Parliament in June.", .organization) == ["Scottish Parliament"])
        #expect(names("In 2005 the Scottish Executive changed its mind.", .organization) == ["Scottish Executive"])
        // twins: a member's title; a company
        #expect(!names("She became a Welsh Assembly Member in 2016.", .organization).contains("Welsh Assembly"))
        #expect(!names("Customers of Scottish Power complained.", .organization).contains("Scottish Parliament"))
    }

    @Test("the Commons and the Lords are the Houses of Parliament")
    func bareHouses() {
        let known = { (s: String) in EntityRecognizer(knowledge: .empty).recognize(text: s).filter { !$0.isCandidate }
            .map(\.mention).filter { $0.type == .organization }.map(\.canonicalName) }
        #expect(known("The minister told the Commons on Monday.") == ["House of Commons"])
        #expect(known("The bill was defeated in the Lords last night.") == ["House of Lords"])
        #expect(known("Later that year he entered the Lords as a peer.") == ["House of Lords"])
        // twin: a committee of the House keeps its own name
        #expect(!known("The Commons Transport Committee met.").contains("House of Commons"))
    }

    @Test("a name that broadcasts or airs something is a body")
    func broadcasterAndRegulatorVerbs() {
        #expect(names("Last month Kestravision broadcast a drama about the scandal.", .organization) == ["Kestravision"])
        #expect(names("Each night Channel Vale airs the programme at ten.", .organization) == ["Channel Vale"])
        #expect(names("The story was picked up when Brightcast aired a documentary.", .organization) == ["Brightcast"])
        // twin: a person who broadcast stays a person
        #expect(names("Jane Hollis broadcast from the scene.", .person) == ["Jane Hollis"])
    }

    @Test("a name whose chief executive, founder or chair is someone is a body")
    func postsOnlyBodiesHave() {
        #expect(names("Carers Forward, whose chief executive is Tom Bell, agreed.", .organization) == ["Carers Forward"])
        #expect(names("We spoke to Renew Together, whose founder left in 2019.", .organization) == ["Renew Together"])
        #expect(names("Vale Voices, whose chair resigned, stayed quiet.", .organization) == ["Vale Voices"])
        // twin: a person whose relative is named
        #expect(names("Mary Hollis, whose husband was ill, resigned.", .person) == ["Mary Hollis"])
    }
}

@Suite("Bodies founded, led or funded by someone")
struct FoundedLedFundedTests {
    @Test("a name that is founded, established, led, headed or funded by someone is a body")
    func passiveOfBodies() {
        #expect(names("Lilac Futures is led by Tarnwell, a building firm.", .organization).contains("Lilac Futures"))
        #expect(names("Tarnside Voices was founded by two nurses in 2004.", .organization) == ["Tarnside Voices"])
        #expect(names("Brightwell, which is funded by the council, closed.", .organization) == ["Brightwell"])
        #expect(names("Quayside Hope was established by local parents.", .organization) == ["Quayside Hope"])
        // twins: a person the passage names stays a person
        #expect(names("Mary Hollis was led by her instinct. Hollis was funded by a grant.", .organization).isEmpty)
    }
}
