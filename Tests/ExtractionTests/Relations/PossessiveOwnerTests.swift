import Corpus
import Testing
@testable import Extraction

/// The body a post written `its <title>` belongs to when the sentence's own subject is the person who holds it
/// (`Ann Reed ... became its first chief executive`), and the body a `chaired by` clause is about when an earlier
/// clause of the sentence names another (a law, a department). Sentences written for these tests, on water and
/// housing; names invented and given as knowledge records.
@Suite struct PossessiveOwnerTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Harbour Water", type: .organization),
        KnowledgeRecord(name: "Kingsford Council", type: .organization),
        KnowledgeRecord(name: "Westmoor Water Board", type: .organization),
        KnowledgeRecord(name: "Water Supply Act 2014", type: .programme),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Care Quality Office", type: .organization),
        KnowledgeRecord(name: "Nursing Standards Board", type: .organization),
        KnowledgeRecord(name: "Westmoor Clinics Council", type: .organization),
    ]

    /// `predicate subject -> object` for each relation read in the last sentence of `text` (the earlier ones are
    /// its context).
    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    func found(_ text: String) -> [(text: String, found: RelationReader.Found)] {
        RelationTestSupport.found(text, records: Self.records)
    }

    /// A body named in a person's aside earlier in the sentence is that person's past, not the owner of a later
    /// `its`: the owner is read as if the aside were not there (the board the sentence describes, or the body before).
    @Test func aBodyInAPersonsAsideIsNotTheOwnerOfALaterIts() {
        // water: a description before the aside names the owner
        let water = found("Westmoor Water Board was set up in 1989. The board's first chair was Ann Reed, a former Harbour Water "
            + "director; its first chief executive was Tom Vale.")
        #expect(!water.contains { $0.text.hasSuffix("Tom Vale -> Harbour Water") })
        #expect(water.contains { $0.text == "holds_role Tom Vale -> Westmoor Water Board" })
        // health: `formerly <post> of <body>` as the aside
        let health = found("The Care Quality Office opened in May. Its first chief executive was Sam Cole, formerly chief executive of "
            + "Nursing Standards Board, and its first chair was Ann Reed.")
        #expect(!health.contains { $0.text.hasSuffix("Ann Reed -> Nursing Standards Board") })
        #expect(health.contains { $0.text == "holds_role Ann Reed -> Care Quality Office" })
        // councils: `who had led <body>` as the aside
        let council = found("Westmoor Clinics Council met for the first time in June. Its chair was Tom Vale, who had led Kingsford "
            + "Council, and its treasurer was Ann Reed.")
        #expect(!council.contains { $0.text.hasSuffix("Ann Reed -> Kingsford Council") })
        #expect(council.contains { $0.text == "holds_role Ann Reed -> Westmoor Clinics Council" })
        // the twin: a body that is the clause's own subject, not an aside, stays the owner
        let twin = found("Tom Vale left in May, and Harbour Water named Ann Reed as its chief executive.")
        #expect(twin.contains { $0.text == "holds_role Ann Reed -> Harbour Water" })
    }

    @Test func itsAfterASentenceOpeningWithItIsWhatItStandsFor() {
        // `It` stands for Harbour Water; Kingsford Council is only named inside its sentence
        let all = found("Harbour Water bought the depot in 2004. It was an odd body, whose debts Kingsford Council guaranteed. "
            + "Ann Reed, an engineer who had worked at the depot, became its first chief executive.")
        #expect(!all.contains { $0.text.hasSuffix("Ann Reed -> Kingsford Council") })
        #expect(all.contains { $0.text == "holds_role Ann Reed -> Harbour Water" && $0.found.label == "first chief executive" })
    }

    @Test func itsAfterASentenceOpeningWithAnUnresolvedItGivesNoPost() {
        // `It` opens the passage: nothing tells what it stands for, and the body its sentence names is not it
        let all = found("It was an odd body, whose debts Kingsford Council guaranteed. "
            + "Ann Reed, an engineer who had worked at the depot, became its first chief executive.")
        #expect(!all.contains { $0.text.hasSuffix("Ann Reed -> Kingsford Council") })
        // nor a role alone: `its` says the post is some body's
        #expect(!all.contains { $0.text == "holds_role Ann Reed -> -" && ($0.found.label ?? "").contains("chief executive") })
    }

    @Test func itsAfterASentenceAboutOneBodyIsThatBody() {
        // the twin: the sentence before has a named subject
        let all = read("Harbour Water was set up in 2004 to run the depot. Ann Reed became its first chief executive.")
        #expect(all.contains("holds_role Ann Reed -> Harbour Water"))
        #expect(all.contains("leads Ann Reed -> Harbour Water"))
    }

    @Test func itsAfterAPersonOpeningTheSentenceLooksBeforeTheSentence() {
        // the body in the person's own apposition is not the owner; the chain through `It` is
        let all = read("Harbour Water bought the depot in 2004. It was set up in Leeds. "
            + "Ann Reed, who had run Kingsford Council, became its first chief executive.")
        #expect(!all.contains("holds_role Ann Reed -> Kingsford Council"))
        #expect(all.contains("holds_role Ann Reed -> Harbour Water"))
    }

    @Test func itsAfterABodyNamedInTheSameClauseIsThatBody() {
        let all = read("Tom Vale left the council in 2009. In 2012 Ann Reed moved to Harbour Water as its chair.")
        #expect(all.contains("holds_role Ann Reed -> Harbour Water"))
        #expect(!all.contains("holds_role Ann Reed -> Kingsford Council"))
    }

    @Test func aPostInAPlanIsNoPost() {
        let all = read("A new Westmoor Water Board is expected to take over the wells next year, with Ann Reed as its chair.")
        #expect(!all.contains("holds_role Ann Reed -> Westmoor Water Board"))
        #expect(!all.contains("leads Ann Reed -> Westmoor Water Board"))
        // the twin: the same post stated as done
        #expect(read("The Westmoor Water Board took over the wells in 2015, with Ann Reed as its chair.")
            .contains("holds_role Ann Reed -> Westmoor Water Board"))
    }

    @Test func chairedByAfterAnAndClauseIsAboutThatClausesSubject() {
        let all = found("Ministers passed the Water Supply Act 2014, and the Westmoor Water Board was set up in Leeds in 2015 "
            + "to license the wells, chaired by Ann Reed, a former director of Harbour Water.")
        #expect(all.contains { $0.text == "leads Ann Reed -> Westmoor Water Board" })
        #expect(!all.contains { $0.text.hasSuffix("-> Water Supply Act 2014") })
        // a post written after the name is another body's, not the board's
        #expect(!all.contains { $0.text == "holds_role Ann Reed -> Westmoor Water Board" && ($0.found.label ?? "").contains("director") })
    }

    @Test func chairedByAfterTheSubjectsOwnClauseStillReadsTheSubject() {
        #expect(read("The Westmoor Water Board, set up in Leeds in 2015 to license the wells, was chaired by Ann Reed.")
            .contains("leads Ann Reed -> Westmoor Water Board"))
        // a title between the cue and the name is a post at the body led
        let all = found("The Westmoor Water Board, set up in Leeds in 2015, is led by chief executive Ann Reed.")
        #expect(all.contains { $0.text == "holds_role Ann Reed -> Westmoor Water Board" && $0.found.label == "chief executive" })
    }
    @Test func itsAfterAnUnresolvedDescribedSubjectIsNotABodyOfTheSentenceBefore() {
        // `the new regulator` names no kind any body before it bears: its `its` is that unnamed new body, not the
        // council the sentence before is about (one of the two bodies it replaced)
        let all = found("The Care Quality Office replaces the Nursing Standards Board and the Westmoor Clinics Council. "
            + "The board's training money will pass in May to the Care Quality Office. "
            + "The Westmoor Clinics Council's director, Ann Reed, has run it since 2009. "
            + "The new regulator is chaired by Tom Vale, and its chief executive is Sam Cole.")
        #expect(!all.contains { $0.text.hasPrefix("holds_role Sam Cole -> ") && !$0.text.hasSuffix("Care Quality Office") })
        #expect(!all.contains { $0.text.hasPrefix("leads Sam Cole -> ") })
    }

    @Test func itsAfterADescribedSubjectThatNamesABodyIsThatBody() {
        // twin: `the office` is the Care Quality Office, the one body before it whose name says it is an office
        let all = found("The Care Quality Office replaces the Nursing Standards Board and the Westmoor Clinics Council. "
            + "The office is chaired by Tom Vale, and its chief executive is Sam Cole.")
        #expect(all.contains { $0.text == "holds_role Sam Cole -> Care Quality Office" && $0.found.label == "chief executive" })
        #expect(!all.contains { $0.text.hasPrefix("holds_role Sam Cole -> ") && !$0.text.hasSuffix("Care Quality Office") })
    }
}
