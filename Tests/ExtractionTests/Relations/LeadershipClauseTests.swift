import Corpus
import Testing
@testable import Extraction

/// Leadership stated in one sentence by a construction other than a main verb: a body `under` its head, an
/// infinitive of purpose after a move or an appointment (`left … to run`), and an `-ing` form in a relative clause,
/// after `after` or after `and` (``RelationReader/leadershipClauses(_:)``, ``RelationReader/bodyUnder(_:)``), in
/// sentences written for these tests on transport, water, farming and museums, each with twins that state no post.
@Suite struct LeadershipClauseTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Department for Rural Affairs", type: .organization),
        KnowledgeRecord(name: "Harbour Water", type: .organization),
        KnowledgeRecord(name: "Kelby Museums Trust", type: .organization),
        KnowledgeRecord(name: "Coastal Ferries", type: .organization),
        KnowledgeRecord(name: "Coastal Ferries Ltd", type: .organization),
        KnowledgeRecord(name: "Westmoor Transit", type: .organization),
        KnowledgeRecord(name: "Labour", type: .organization),
        KnowledgeRecord(name: "Rail Fares Review", type: .programme),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func leads(_ passage: String, _ person: String, _ body: String) -> Bool {
        read(passage).contains { $0.hasPrefix("leads \(person) -> \(body)") }
    }

    // MARK: `it` as the body led

    @Test func aBodyWrittenItAfterAVerbOfLeadingIsTheClauseBeforesSubject() {
        // water: an apposition naming another body between
        let water = "Harbour Water was created in 2009. Ann Reed, a former banker at Coastal Ferries, chaired it for six years."
        #expect(leads(water, "Ann Reed", "Harbour Water"))
        #expect(read(water).contains { $0.hasPrefix("holds_role Ann Reed -> Harbour Water [chair] (former)") })
        #expect(!leads(water, "Ann Reed", "Coastal Ferries"))
        // culture: `ran it`
        #expect(leads("The Kelby Museums Trust struggled for years. Tom Vale ran it from 2012.", "Tom Vale", "Kelby Museums Trust"))
        // transport: `who has led it`
        #expect(leads("Westmoor Transit lost money for a decade. Sam Cole, who has led it since 2020, says the finances are better.", "Sam Cole", "Westmoor Transit"))
        // the twins: asked, denied, conditional; a party is led by no one this way
        #expect(!leads("Westmoor Transit lost its contract. Did Tom Vale chair it?", "Tom Vale", "Westmoor Transit"))
        #expect(!leads("Westmoor Transit lost its contract. Tom Vale never chaired it.", "Tom Vale", "Westmoor Transit"))
        #expect(!leads("Westmoor Transit lost its contract. Tom Vale would chair it.", "Tom Vale", "Westmoor Transit"))
        #expect(!leads("Labour lost the election. Tom Vale led it for a year.", "Tom Vale", "Labour"))
    }

    // MARK: `under`

    @Test func aBodyUnderAPersonIsLedByThem() {
        #expect(leads("The Department for Rural Affairs under Ann Reed cut farm grants by a third.", "Ann Reed", "Department for Rural Affairs"))
        #expect(leads("Harbour Water, under Dame Ann Reed, has published report after report.", "Ann Reed", "Harbour Water"))
        #expect(leads("The grants passed to Kelby Museums Trust under Tom Vale.", "Tom Vale", "Kelby Museums Trust"))
        // a verb between makes `under` a time; a possessive makes it a plan; a party is not led this way here
        #expect(!leads("Harbour Water grew fast under Ann Reed.", "Ann Reed", "Harbour Water"))
        #expect(!leads("Harbour Water, under Ann Reed's plan, cut its prices.", "Ann Reed", "Harbour Water"))
        #expect(!leads("Labour under Tom Vale lost the election.", "Tom Vale", "Labour"))
        #expect(!leads("Rents at Coastal Ferries Ltd under Tom Vale rose every year.", "Tom Vale", "Coastal Ferries Ltd"))
        #expect(!leads("Harbour Water, under Ann Reed and Tom Vale, grew.", "Ann Reed", "Harbour Water"))
    }

    // MARK: purpose

    @Test func aMoveOrAnAppointmentToLeadABodyGivesTheLead() {
        #expect(leads("Sam Cole left Harbour Water in 2019 to run Coastal Ferries.", "Sam Cole", "Coastal Ferries"))
        #expect(read("Ann Reed, a retired judge, was appointed in 2020 to chair the Kelby Museums Trust.")
            .contains("holds_role Ann Reed -> Kelby Museums Trust [chair]"))
        #expect(leads("The minister asked Dame Ann Reed to lead the Rail Fares Review.", "Ann Reed", "Rail Fares Review"))
        #expect(leads("Tom Vale, the former chief engineer of Westmoor Transit who came north in 2016 to head Coastal Ferries, resigned.",
                      "Tom Vale", "Coastal Ferries"))
        // a wish, a plan, a negation, a question, or another subject's move state no post
        for sentence in ["Sam Cole wants to run Coastal Ferries.",
                         "Sam Cole will leave Harbour Water to run Coastal Ferries.",
                         "Sam Cole was not appointed to run Coastal Ferries.",
                         "Sam Cole declined to run Coastal Ferries.",
                         "Was Sam Cole appointed to run Coastal Ferries?",
                         "Sam Cole resigned, and the board moved to run Coastal Ferries itself.",
                         // the one appointed is the object of an active appointment, not its subject
                         "In 2017 Sam Cole appointed him to run Coastal Ferries."] {
            #expect(!leads(sentence, "Sam Cole", "Coastal Ferries"), "\(sentence)")
        }
    }

    // MARK: possessive

    @Test func aBodyNamedWithAPersonsPossessiveIsLedByThem() {
        #expect(leads("Ann Reed's Harbour Water is under pressure to cut bills.", "Ann Reed", "Harbour Water"))
        #expect(leads("In 2015 Tom Vale's Department for Rural Affairs handed the cost to the councils.", "Tom Vale", "Department for Rural Affairs"))
        #expect(leads("Tom Vale's department, the Department for Rural Affairs, oversaw the change.", "Tom Vale", "Department for Rural Affairs"))
        // the body's name as a modifier of another noun, a party, or a word between names no post
        #expect(!leads("Ann Reed's Harbour Water interview was long.", "Ann Reed", "Harbour Water"))
        #expect(!leads("Tom Vale's Labour won the vote.", "Tom Vale", "Labour"))
        #expect(!leads("Ann Reed's old friends at Harbour Water were quiet.", "Ann Reed", "Harbour Water"))
    }

    // MARK: `-ing`

    @Test func anIngFormInARelativeClauseOrAfterAfterGivesTheLead() {
        let both = read("Ann Reed, who was already running Harbour Water and chairing Kelby Museums Trust, was made interim chair.")
        #expect(both.contains("leads Ann Reed -> Harbour Water"))
        #expect(both.contains("holds_role Ann Reed -> Kelby Museums Trust [chair]"))
        #expect(read("Tom Vale, who had spent nine years running Westmoor Transit, took over.").contains("leads Tom Vale -> Westmoor Transit (former)"))
        #expect(read("Sam Cole sold his stake in 2019 after running Coastal Ferries for a decade.").contains("leads Sam Cole -> Coastal Ferries (former)"))
        // a post taken after it is not placed at the body led before
        #expect(!read("Sam Cole became chief executive in 2010 after running Coastal Ferries.").contains { $0.hasPrefix("holds_role Sam Cole -> Coastal Ferries") })
        // a negation, a plan or a question states no post; a list of runners names no leader
        for sentence in ["Ann Reed, who was never running Harbour Water, spoke.",
                         "Ann Reed, who would be running Harbour Water, spoke.",
                         "Was Ann Reed, who was already running Harbour Water, told?",
                         "Ann Reed complained about people running Harbour Water."] {
            #expect(!leads(sentence, "Ann Reed", "Harbour Water"), "\(sentence)")
        }
    }
}
