import Corpus
import Testing
@testable import Extraction

/// Ordinary sentences that look like this session's new constructions and state no such relation (found by a
/// review of the rules, each a twin of a construction the rule reads): a list's last item is no clause's subject,
/// `chaired it` after an inquiry just introduced, a passive or a clearing in a finding, spending that `went to`
/// a body, a possessive noun phrase that goes on, `followed by` as an order of speakers. Sentences written for
/// these tests; invented names.
@Suite struct OverFiringTwinTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Kelby Council", type: .organization),
        KnowledgeRecord(name: "Harbour Bank", type: .organization),
        KnowledgeRecord(name: "Marsh Water", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Rivers Agency", type: .organization),
        KnowledgeRecord(name: "Health Board", type: .organization),
        KnowledgeRecord(name: "Schools Office", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func aListsLastItemIsNoClauseSubject() {
        #expect(RelationReader.clauseStarts(in: "founded by Kelby Council, Harbour Bank, and Marsh Water, with Ann Reed") == [])
        #expect(RelationReader.clauseStarts(in: "Kelby Council closed, and Marsh Water took over") == [Array("Kelby Council closed, and ".utf8).count])
        #expect(!read("The trust was founded in 2001 by Kelby Council, Harbour Bank, and Marsh Water, with Ann Reed as its first chair.")
            .contains { $0.contains("Marsh Water") && $0.contains("Ann Reed") })
    }

    @Test func chairedItAfterAnInquiryJustIntroducedIsNoPost() {
        // the check itself (an older reader still reads `Tom Vale chaired it.` after an inquiry: left)
        #expect(RelationReader.introducesUnnamedThing(" held a public inquiry in 2015. Tom Vale chaired"))
        #expect(!RelationReader.introducesUnnamedThing(" opened in 2004. Ann Reed chaired"))
        // `ran it past` is consulting
        #expect(read("Kelby Council drew up the plan. Ann Reed ran it past the board.").filter { $0.hasPrefix("leads") } == [])
        // still read: `it` is the body
        #expect(read("Eastside Trust opened in 2004. Ann Reed chaired it for six years.").contains("leads Ann Reed -> Eastside Trust"))
    }

    @Test func aPassiveOrAClearingInAFindingIsNoFailure() {
        #expect(RelationReader.failureIndex("the council was not consulted about the closure".lowerWords) == nil)
        #expect(RelationReader.failureIndex("the council had not acted unlawfully".lowerWords) == nil)
        #expect(RelationReader.failureIndex("the council had not used its powers".lowerWords) != nil)
        #expect(RelationReader.failureIndex("the scheme was not value for money".lowerWords) != nil)
    }

    @Test func spendingThatWentToABodyIsNoSuccession() {
        // health budgets
        #expect(read("The Health Board spent heavily in 2019, and most of its budget went to Eastside Trust.").filter { $0.hasPrefix("successor_of") } == [])
        #expect(read("Kelby Council had a hard year, and its staff went to Harbour Bank for training.").filter { $0.hasPrefix("successor_of") } == [])
        // still read: work itself
        #expect(read("The Health Board closed in May, and its work went to Eastside Trust.").contains("successor_of Eastside Trust -> Health Board"))
    }

    @Test func aPossessiveThatGoesOnIsNoWorkTaken() {
        #expect(read("Rivers Agency assumed Marsh Water's operations were sound.").filter { $0.hasPrefix("successor_of") } == [])
        #expect(read("Rivers Agency took over Marsh Water's functions in 2012.").contains("successor_of Rivers Agency -> Marsh Water"))
    }

    @Test func followedByAsAnOrderOfSpeakersIsNoSuccession() {
        #expect(read("At the hearing Ann Reed gave evidence first and was followed by Tom Vale.").filter { $0.hasPrefix("successor_of") } == [])
        #expect(read("Ann Reed retired as chair in 2006 and was followed by Tom Vale.").contains("successor_of Tom Vale -> Ann Reed"))
    }
    @Test func aBodyIsNeverAPostsHolder() {
        // the museum, the school and the hospital sit in the person's aside; a body read as the holder gives no post
        for text in ["Ann Reed, a retired nurse who had been director of Eastside Trust, became chief executive in 2009.",
                     "Tom Vale, a teacher who had run Kelby Council's schools office, became its chair in 2014.",
                     "Ann Reed, who had been a manager at Harbour Bank, became finance director in 2011."] {
            #expect(!read(text).contains { $0.hasPrefix("holds_role Eastside Trust") || $0.hasPrefix("holds_role Kelby Council")
                || $0.hasPrefix("holds_role Harbour Bank") }, "\(read(text))")
        }
        // a person's post is still read
        #expect(read("Ann Reed, who had been a manager at Harbour Bank, became finance director in 2011.").contains { $0.hasPrefix("holds_role Ann Reed") })
    }
    @Test func reviewedChainAndSuccessionTwins() {
        // a newcomer who would not serve in her place, or turned the job down, holds nothing
        #expect(read("Ann Reed resigned as chair of Eastside Trust in 2012. Ministers said Tom Vale would not serve in her place.")
            .filter { $0.hasPrefix("successor_of") || $0.hasPrefix("holds_role Tom Vale") } == [])
        #expect(read("Ann Reed was chair of Eastside Trust until 2012. Tom Vale turned the job down after Ann Reed had held the post for a decade.")
            .filter { $0.hasPrefix("successor_of") } == [])
        // an adverb or an activity after `took over` is no company bought from its owner: still a succession
        #expect(read("Tom Vale took over temporarily from Ann Reed as chair of Eastside Trust.").contains { $0.hasPrefix("successor_of Tom Vale") })
        #expect(read("In 2010 Rivers Agency took over inspections from Kelby Council.").contains { $0.hasPrefix("successor_of Rivers Agency") })
        // `made it into` the Lords is arriving, not remaking a body
        #expect(read("Eastside Trust grew fast. Its director, Ann Reed, made it into Harbour Bank's board.").filter { $0.hasPrefix("successor_of") } == [])
    }
}
