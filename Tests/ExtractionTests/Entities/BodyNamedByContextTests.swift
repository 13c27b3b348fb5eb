import Corpus
import Testing
@testable import Extraction

/// Bodies whose names carry no kind word, found from the context around them: a nation opening the name (`UK
/// Fell Running`), the object of a verb of running or founding a body, an appositive after a kind of body, and brand
/// shapes (`iKelby`, `UKharbour`) where a cue supports them. Each with twins that must give no body: a person, a
/// place, an operation, a product. Every sentence and name is made up; no knowledge base unless said.
private func organizations(_ text: String, knowledge: KnowledgeBase = .empty) -> [String] {
    EntityRecognizer(knowledge: knowledge).recognize(text: text).filter { !$0.isCandidate && $0.mention.type == .organization }
        .map(\.mention.text)
}

/// A knowledge base that knows only places, as the default one knows the nations.
private let places = KnowledgeBase(records: ["UK", "England", "Scotland", "Wales", "Leeds"].map {
    KnowledgeRecord(name: $0, type: .place)
})

@Suite("Bodies named by their context")
struct BodyNamedByContextTests {
    @Test("a nation opening a body's name, typed by its context", arguments: [KnowledgeBase.empty, places])
    func nationLed(_ kb: KnowledgeBase) {
        // sport, culture, health: running, a post of, an appositive, a possessive
        #expect(organizations("In 2016 Tom Hale chaired UK Rowing for three years.", knowledge: kb).contains("UK Rowing"))
        #expect(organizations("Before that she had run England Netball.", knowledge: kb).contains("England Netball"))
        #expect(organizations("Ann Reid, the chief executive of Scotland Curling, resigned.", knowledge: kb).contains("Scotland Curling"))
        #expect(organizations("Testing passed to a new body, UK Tennis Integrity, in 2012.", knowledge: kb)
            .contains("UK Tennis Integrity"))
        #expect(organizations("England Squash's board met on Monday.", knowledge: kb).contains("England Squash"))
        // twins: no context of a body, a nation alone
        #expect(!organizations("Sam Reed had coached UK Rowing crews for years.", knowledge: kb).contains("UK Rowing"))
        #expect(organizations("The scheme ran in England from 2010.", knowledge: kb).isEmpty)
    }

    @Test("the object of a verb of running, founding or joining a body")
    func objectOfRunning() {
        #expect(organizations("Ines Falk founded Carers First in 1998.").contains("Carers First"))
        #expect(organizations("He led Tarnside Futures until 2015, when it closed.").contains("Tarnside Futures"))
        #expect(organizations("She set up Brightwater Learning in 2003 to teach adults.").contains("Brightwater Learning"))
        #expect(organizations("In May he joined Velmar Digital as chief executive.").contains("Velmar Digital"))
        // twins: a person's committee, a place, an operation, a surname of the passage, a street
        #expect(organizations("She chaired Tom Baird's committee on rents.").isEmpty)
        #expect(!organizations("He ran North Yorkshire for the party.").contains("North Yorkshire"))
        #expect(!organizations("She led Operation Harbour in 2012.").contains("Operation Harbour"))
        #expect(!organizations("Dr Ann Okafor spoke first. Then Ben Hale joined Okafor in calling for a review.")
            .contains("Okafor"))
        #expect(!organizations("Before the election she headed Marsham Street for a year.").contains("Marsham Street"))
        // twins: `led` as a causative (led someone to do something)
        #expect(!organizations("The bus cuts led Tarnside voters to switch parties.").contains("Tarnside"))
    }

    @Test("an appositive after a kind of body")
    func kindAppositive() {
        #expect(organizations("The inquiry blamed the ferry's operator, Tarnby Voss, for the delays.").contains("Tarnby Voss"))
        #expect(organizations("Drug testing moved to a separate body, Clearwell Sport, in 2009.").contains("Clearwell Sport"))
        #expect(organizations("Its charitable arm, Harbour Futures, runs advice sessions for tenants.").contains("Harbour Futures"))
        // twins: a person's post, a place, no kind noun
        #expect(organizations("The council's leader, Tom Baird, said rents would rise.").isEmpty)
        #expect(!organizations("A report went to the authority, Leeds, and to the minister.", knowledge: places).contains("Leeds"))
        #expect(organizations("In a statement, Marlow said the scheme would go on.").isEmpty)
        // twins: a kind a person can be, after `her` or `an`; an organization head after `a` still names a body
        #expect(!organizations("Her landlord, Okafor, refused to mend the damp flat.").contains("Okafor"))
        #expect(!organizations("The scheme found an investor, Vale, who put in two million pounds.").contains("Vale"))
        #expect(organizations("The hostel was run by a housing charity, Westside Shelter, until 2015.").contains("Westside Shelter"))
    }

    @Test("brand shapes where a cue supports them")
    func brandShapes() {
        #expect(organizations("The trust relied on software from the software firm iSoft, which was late.").contains("iSoft"))
        #expect(organizations("In 2008 the agency was merged with UKvisas and the border staff.").contains("UKvisas"))
        // twins: a product, plural acronyms, an acronym made a verb
        #expect(organizations("Patients could book through an app on their iPhone.").isEmpty)
        #expect(!organizations("The CRCs and the MPs argued about it.").contains("CRCs"))
        #expect(!organizations("Officers must countersign the OAsys assessment in prisons.").contains("OAsys"))
        #expect(organizations("DJing at the youth club paid for the trip.").isEmpty)
    }

    @Test("the party a business or service is handed over to")
    func handedOverTo() {
        // care, transport, schools: sold, passed, handed, with `the` before a longer name
        #expect(organizations("The care home chain was sold to Brackenridge in 2015.").contains("Brackenridge"))
        #expect(organizations("In April 2014 the bus depots passed to Tarnlow after the council withdrew.").contains("Tarnlow"))
        #expect(organizations("The school meals service was handed to the Velmora Catering Group last year.")
            .contains("Velmora Catering Group"))
        // twins: a place, a person with a given name, a person the passage names, no verb of handing over
        #expect(organizations("The patents were sold to America in the 1990s.").isEmpty)
        #expect(!organizations("The farm was sold to James Ormsby in 2001.").contains("James Ormsby"))
        #expect(!organizations("Ines Falk ran the depot for years. The keys passed to Falk in 2012.").contains("Falk"))
        #expect(organizations("The letter was addressed to Brackenridge at his home.").isEmpty)
    }

    @Test("the seller after a verb of buying and its object")
    func sellerFrom() {
        #expect(organizations("The consortium bought Harrowby Water from Tarnco in 2006.").contains("Tarnco"))
        #expect(organizations("Ovenden took over the bus depots in 2016 from Marlowby.").contains("Marlowby"))
        #expect(organizations("In 2019 the trust acquired two care homes from Kestrelle.").contains("Kestrelle"))
        // twins: a predecessor, a place, no verb of buying
        #expect(!organizations("In May she took over from Vexley as head of the service.").contains("Vexley"))
        #expect(!organizations("Kim Lowe took over in 2016 from Ida Fox, who ran the clinic.").contains("Ida Fox"))
        #expect(!organizations("The council bought its trams from Germany in 2010.").contains("Germany"))
        #expect(organizations("The grant came back from Marlowby in June.").isEmpty)
    }

    @Test("the object of a takeover")
    func takeoverOf() {
        #expect(organizations("The water company completed its takeover of Dunmarsh this week.").contains("Dunmarsh"))
        #expect(organizations("Regulators cleared the buyout of Kelby Homes in March.").contains("Kelby Homes"))
        #expect(organizations("Ministers blocked the takeover of the Harrowfield Bus Company.").contains("Harrowfield Bus Company"))
        // twins: another noun before `of`, a person's post taken over
        #expect(organizations("The council completed its review of Dunmarsh this week.").isEmpty)
        #expect(organizations("Ines Falk took over the review of Dunmarsh in May.").isEmpty)
    }

    @Test("a list after a counted plural kind of body and a comma")
    func countedKindList() {
        #expect(organizations("Tagging was split between two contractors, Tarnwell and Quentara, until 2014.")
            .contains("Tarnwell"))
        #expect(organizations("Tagging was split between two contractors, Tarnwell and Quentara, until 2014.")
            .contains("Quentara"))
        #expect(organizations("Three charities, Harbourlight, Kestrelle and Brindle, ran the night shelters.")
            .contains("Harbourlight"))
        #expect(organizations("The ward was bid for by several providers, Marlowby or Vexford among them.").contains("Marlowby"))
        // twins: no count word, a clause after the comma, no list
        #expect(!organizations("Two charities, Marlowby said, had withdrawn their bids.").contains("Marlowby"))
        #expect(!organizations("There were two contractors, Tarnwell said at the hearing.").contains("Tarnwell"))
    }
}
