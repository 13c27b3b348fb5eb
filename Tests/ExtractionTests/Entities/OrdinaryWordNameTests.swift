import Corpus
import Testing
@testable import Extraction

/// Names built from ordinary words or from words a list may not know, found by their shape and context when no
/// knowledge file helps: bodies whose every word is an ordinary one (typed by a context only a body has), a
/// title's possessive before a strong suffix, a determiner and an adjective of reorganisation before a body,
/// coordinated modifiers in an appositive, and people whose given name is also an ordinary word at a sentence
/// start. Each cue in at least three wordings, with twins where it must not fire. Every sentence and name is
/// made up.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func names(_ text: String, _ type: EntityType) -> [String] {
    confirmed(text).filter { $0.type == type }.map(\.text)
}

@Suite("Names of ordinary words and ambiguous given names")
struct OrdinaryWordNameTests {
    @Test("a body named only by ordinary words is typed by a context only a body has")
    func ordinaryWordBodies() {
        #expect(names("Then Caring Hands, which owns four homes in the county, was sold.", .organization) == ["Caring Hands"])
        #expect(names("Last year Bright Futures went into administration.", .organization) == ["Bright Futures"])
        #expect(names("Talks with Stepping Stones, which owns the hostel, broke down.", .organization) == ["Stepping Stones"])
        // ordinary words with no such context stay unconfirmed; an opener is not part of a name
        #expect(names("We spoke about Stepping Stones and the hostel.", .organization).isEmpty)
        #expect(names("However Bright Futures is only a slogan.", .organization).isEmpty)
    }

    @Test("a sentence that opens with an -ing word keeps it in the name a body's context types")
    func gerundLedNames() {
        #expect(names("Caring Hands, which owns four homes, was sold.", .organization) == ["Caring Hands"])
        #expect(names("Learning Links went into administration in May.", .organization) == ["Learning Links"])
        #expect(names("Turning Tide, a housing charity, took over the hostel.", .organization) == ["Turning Tide"])
        // prepositions and nouns in -ing are not names; without a body's context nothing is confirmed
        #expect(names("According Tarnco, which owns the site, it was safe.", .organization) == ["Tarnco"])
        #expect(names("Rising Rents are the main worry of tenants.", .organization).isEmpty)
    }

    @Test("a title and a possessive before a strong suffix name a body, not a person")
    func titlePossessiveBodies() {
        #expect(names("She left to run the Duchess's Trust in 2010.", .organization) == ["Duchess's Trust"])
        #expect(names("A grant from the Prince's Foundation paid for it.", .organization) == ["Prince's Foundation"])
        #expect(names("Money came from the Baroness's Charity for the school.", .organization) == ["Baroness's Charity"])
        #expect(names("She left to run the Duchess's Trust in 2010.", .person).isEmpty)
        // a titled person stays a person
        #expect(names("Prince Edmund opened the ward.", .person) == ["Prince Edmund"])
    }

    @Test("a determiner and an adjective of reorganisation do not stop a body's name")
    func reorganisedBodies() {
        #expect(names("Staff moved into the new Border Service in June.", .organization) == ["Border Service"])
        #expect(names("Ministers promised a single Ambulance Service for the region.", .organization) == ["Ambulance Service"])
        #expect(names("Everything came back into one unified Probation Service last year.", .organization) == ["Probation Service"])
        // a generic common noun stays one after an adjective too; an ordinary lower-case phrase is no name
        #expect(names("The council set up a new Local Authority team.", .organization).isEmpty)
        #expect(names("They wanted a new ambulance service.", .organization).isEmpty)
    }

    @Test("coordinated modifiers in an appositive still name a kind of body")
    func coordinatedAppositives() {
        #expect(names("The work went to Tarnco, a construction and facilities company, in 2014.", .organization) == ["Tarnco"])
        #expect(names("It was run by Kelvo, the drug and alcohol charity.", .organization) == ["Kelvo"])
        #expect(names("Marlow, a cleaning and catering firm, won it.", .organization) == ["Marlow"])
        // two appositives, the second a person's role, type nothing as a body
        #expect(names("The panel heard Marlow, a nurse and a mother of three.", .organization).isEmpty)
    }

    @Test("an ambiguous given name opening a sentence before a distinctive surname is a person")
    func ambiguousGivenNamesAtSentenceStart() {
        #expect(names("The vote was lost. Nick Pellowe had promised to oppose it.", .person) == ["Nick Pellowe"])
        #expect(names("Rob Fauchard replaced her in 2021.", .person) == ["Rob Fauchard"])
        #expect(names("Mark Quennell became minister in July.", .person) == ["Mark Quennell"])
        // an ordinary word, a place or a question's auxiliary after it: not a person on its own
        #expect(names("Will Power is what the team lacks.", .person).isEmpty)
        #expect(names("Grant Funding was cut in 2015.", .person).isEmpty)
        #expect(names("Will Tarnco and the others walk away?", .person).isEmpty)
    }

    @Test("common given names missing from the lists are known")
    func moreGivenNames() {
        #expect(names("The chief executive, Alex Penrose, argued against it.", .person) == ["Alex Penrose"])
        #expect(names("She wrote to Nicky Tressell about the cuts.", .person) == ["Nicky Tressell"])
        #expect(names("The chair, Jacqui Ormerod, resigned.", .person) == ["Jacqui Ormerod"])
    }
}

@Suite("Numbered broadcasters")
struct NumberedBroadcasterTests {
    @Test("a channel word and its number name a broadcaster")
    func numberedChannels() {
        #expect(names("Its chief executive at Channel 7 argued against the sale.", .organization) == ["Channel 7"])
        #expect(names("Channel 5's owners were paid in 2014.", .organization) == ["Channel 5"])
        #expect(names("She presented a show on Radio 6 for years.", .organization) == ["Radio 6"])
        // a numbered part of a law or a plan is no broadcaster
        #expect(names("Section 4 of the act was repealed.", .organization).isEmpty)
        #expect(names("The Channel crossing took 4 hours.", .organization).isEmpty)
    }
}

@Suite("Crown bodies, places with `of`, and corporate subjects")
struct CrownPlaceAndCorporateNameTests {
    @Test("`Her Majesty's` or `His Majesty's` before capitalised words names a Crown body")
    func majestysBodiesInFull() {
        #expect(names("She became chief executive of Her Majesty's Passport Office in 2019.", .organization) == ["Her Majesty's Passport Office"])
        #expect(names("Fees rose at His Majesty's Courts and Tribunals Service last year.", .organization) == ["His Majesty's Courts and Tribunals Service"])
        #expect(names("Her Majesty's Prison and Probation Service replaced the old agency.", .organization) == ["Her Majesty's Prison and Probation Service"])
        // a title, and the monarch alone, are no body
        #expect(!names("He was appointed Her Majesty's Chief Inspector of Mines.", .organization).contains { $0.hasPrefix("Her") })
        #expect(names("The letter went to Her Majesty in May.", .organization).isEmpty)
    }

    @Test("a place whose name goes on with `of` stays whole inside a body's name")
    func placesWithOf() {
        #expect(names("The Isle of Skye Council agreed the budget.", .organization) == ["Isle of Skye Council"])
        #expect(names("Staff at Dorset and Isle of Purbeck Fire Service were told.", .organization) == ["Dorset and Isle of Purbeck Fire Service"])
        #expect(names("The Vale of Tarn Housing Trust bought the flats.", .organization) == ["Vale of Tarn Housing Trust"])
        // a body of a place (`of` after the suffix) is left to the other rules
        #expect(!names("The Council of Tarn met.", .organization).contains("Isle"))
    }

    @Test("a body's own acronym before a word of its officers or board")
    func acronymBeforeOfficers() {
        #expect(names("Ann Vell, the TWA chief executive, resigned.", .organization) == ["TWA"])
        #expect(names("The KRB board met on Monday.", .organization) == ["KRB"])
        #expect(names("Its directors were told by the PLX directors in 2019.", .organization) == ["PLX"])
        // a two-letter shorthand is left alone
        #expect(names("The HR chief left.", .organization).isEmpty)
    }

    @Test("a company that itself does what companies do, or buys a counted number of things")
    func corporateSubjects() {
        #expect(names("A month later, Tarnco itself went into administration.", .organization) == ["Tarnco"])
        #expect(names("Last year Marlow Care bought six homes in the county.", .organization) == ["Marlow Care"])
        #expect(names("Kestrix has just bought several sites.", .organization) == ["Kestrix"])
        // a person named by the passage who buys things stays a person
        #expect(names("Jo Marlow sold the firm. Marlow bought six paintings.", .organization).isEmpty)
    }
}

@Suite("Owners of units, and appositives after an opening ordinary word")
struct OwnerAndAppositiveNameTests {
    @Test("a company before one of the units it owns")
    func ownersOfUnits() {
        #expect(names("I have worked in a Kestrix CRC since 2015.", .organization) == ["Kestrix"])
        #expect(names("The email went to every Tarnco CRC office.", .organization) == ["Tarnco"])
        #expect(names("Staff in the Marlowe CRCs were told on Monday.", .organization) == ["Marlowe"])
        // a unit named after its place keeps its name
        #expect(!names("Staff at a London CRC office were told.", .organization).contains("London"))
        #expect(names("Staff at Tarn Valley CRC were told.", .organization) == ["Tarn Valley CRC"])
    }

    @Test("an ordinary word opening a sentence stays in a name that an appositive calls a body")
    func appositiveAfterOrdinaryOpener() {
        #expect(names("Money Advice Tarn, a new agency of the regional government, opened in May.", .organization) == ["Money Advice Tarn"])
        #expect(names("Digital Health Marlow, the watchdog for online clinics, said it was worried.", .organization) == ["Digital Health Marlow"])
        #expect(names("Street Support Kestrel, a housing charity, objected.", .organization) == ["Street Support Kestrel"])
        // an adverb or an opener, and an adjective, is never part of the name
        #expect(names("Sadly Tarnco, a small firm, collapsed.", .organization) == ["Tarnco"])
    }
}
