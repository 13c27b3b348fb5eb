import Corpus
import Testing
@testable import Extraction

/// The page's topic (``RelationContext/pageTopic(before:in:)``): the body a whole page names far more often than
/// any other, for a post inside one organization that nothing nearer places, and for a description (`the airline`)
/// no name of its kind explains. Texts written for these tests, on several policy areas; each rule with twins
/// that must give nothing.
@Suite struct PageTopicTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Water", type: .organization),
        KnowledgeRecord(name: "Kelby Pipes", type: .organization),
        KnowledgeRecord(name: "Marsh Rivers", type: .organization),
        KnowledgeRecord(name: "Northline Rail", type: .organization),
        KnowledgeRecord(name: "Westway Buses", type: .organization),
        KnowledgeRecord(name: "Fenland Health Board", type: .organization),
        KnowledgeRecord(name: "Eastmoor Clinics", type: .organization),
        KnowledgeRecord(name: "Skyline Airways", type: .organization),
        KnowledgeRecord(name: "Coastal Air", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Lowe", type: .person),
    ]

    /// The relations of the text's last sentence (after its last `. ` or blank line), the ones before its context.
    func read(_ text: String) -> [String] {
        RelationTestSupport.lastParagraphSentence(text, records: Self.records)
    }

    /// A page about one body, with a paragraph about another body between.
    static let waterPage = "Harbour Water was sold in 1990. Harbour Water grew fast, and by 1995 Harbour Water supplied the whole coast.\n\n"
        + "Two years on, ministers asked Harbour Water to cut its leaks, and Marsh Rivers wrote to ministers.\n\n"

    @Test func pageTopicHoldsTheBodyAPageIsAbout() {
        // water: a post in a paragraph that names no body
        #expect(read(Self.waterPage + "The pay row came next.\n\nTom Vale, the non-executive chairman, defended the award.")
            .contains("holds_role Tom Vale -> Harbour Water"))
        // transport
        #expect(read("Northline Rail took over the lines in 2001. Northline Rail cut fares. Northline Rail then bought Westway Buses.\n\n"
            + "Hard years followed.\n\nSam Lowe, the director-general, left in 2009.")
            .contains("holds_role Sam Lowe -> Northline Rail"))
        // health: a post written as the subject, `The chief executive at the time was ...`
        #expect(read("Fenland Health Board opened in 2004. Fenland Health Board runs six hospitals, and Fenland Health Board pays for Eastmoor Clinics.\n\n"
            + "Then came the scandal.\n\nThe chief executive at the time was Ann Reed.")
            .contains("holds_role Ann Reed -> Fenland Health Board"))
    }

    @Test func noPageTopicWhenTheCountLeavesDoubt() {
        // twin: two bodies named as often, as one subject each time: neither is the page's topic (the post stays a role alone)
        #expect(!read("Northline Rail and Westway Buses merged their ticketing in 2001. Northline Rail and Westway Buses cut fares. "
            + "Northline Rail and Westway Buses then bought Kelby Pipes.\n\nHard years followed.\n\nSam Lowe, the director-general, left in 2009.")
            .contains { $0.hasPrefix("holds_role Sam Lowe -> ") && !$0.hasSuffix("-> -") })
        // twin: a minister's post is no post inside a body
        #expect(!read(Self.waterPage + "The pay row came next.\n\nTom Vale, the water minister, defended the award.")
            .contains("holds_role Tom Vale -> Harbour Water"))
    }

    @Test func anAirlineDescriptionIsTheAirlineThePageIsAbout() {
        // aviation: `ran the airline` with no airline named near
        let page = "Skyline Airways was sold in 1987. Skyline Airways cut jobs, and Skyline Airways bought Coastal Air in 1988.\n\nThe chief executives since then:\n\n"
        #expect(read(page + "- Tom Vale, an engineer who ran the airline through the years after 2001;")
            .contains("leads Tom Vale -> Skyline Airways"))
        // twin: two airlines named as often: no guess
        #expect(!read("Skyline Airways and Coastal Air were sold in 1987. Skyline Airways and Coastal Air cut jobs.\n\nThe chief executives since then:\n\n"
            + "- Tom Vale, an engineer who ran the airline through the years after 2001;")
            .contains { $0.hasPrefix("leads Tom Vale -> ") && !$0.hasSuffix("-> -") })
        // broadcasting: `the broadcaster`
        #expect(read("Westway Buses started a radio service in 1990. Westway Buses sold it in 1994. Westway Buses kept the name.\n\nThe bosses:\n\n- Ann Reed, a banker who ran the broadcaster from 1992;")
            .contains("leads Ann Reed -> Westway Buses"))
    }
}
