import Corpus
import Testing
@testable import Extraction

/// A post left, then taken with no one named as the one replaced (`Tom Vale stood down in May. Ann Reed took over.`),
/// read in sentences written for these tests (invented names, given as knowledge records), with twins that give
/// nothing: an object after the verb, another body, a plan, a negation, two leavers, a leaver out of reach.
@Suite struct StepDownTakeOverTests {
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: LedPronounPostTests.knowledge) }
    func succeeds(_ passage: String) -> Bool { read(passage).contains { $0.hasPrefix("successor_of Ann Reed -> Tom Vale") } }
    func anySuccession(_ passage: String) -> Bool { read(passage).contains { $0.hasPrefix("successor_of") } }

    @Test func theNewcomerSucceedsTheOneWhoLeft() {
        // the sentence before, named; a post after `as`
        #expect(succeeds("Harbour Homes grew fast. Tom Vale stood down as chair at the end of that year. Ann Reed took over as interim chair."))
        // the same sentence, after `, and`
        #expect(succeeds("Harbour Homes grew fast. Tom Vale stepped down in May, and Ann Reed took over."))
        // a participle: `before stepping down`
        #expect(succeeds("Harbour Homes grew fast. Tom Vale chaired two reviews before stepping down, and Ann Reed took over for the third."))
        // `he` for the one who left; `stepped in`
        #expect(succeeds("Tom Vale ran Harbour Homes. He then resigned in 2015. Ann Reed stepped in as acting chief executive."))
        // `retired`; an apposition after the newcomer
        #expect(succeeds("Harbour Homes grew fast. Tom Vale retired in 2019. Ann Reed, his finance director, took charge in January."))
    }

    @Test func theTakenPostIsKeptWithItsBody() {
        let passage = "Harbour Homes grew fast. Tom Vale resigned in 2015. Ann Reed stepped in as acting chief executive."
        #expect(read(passage).contains { $0.hasPrefix("holds_role Ann Reed -> Harbour Homes [chief executive] (acting)") })
    }

    @Test func anObjectAnotherBodyAPlanOrTwoLeaversGiveNothing() {
        // an object of its own: a contract, not a post
        #expect(!anySuccession("Tom Vale ran Harbour Homes. He resigned in 2015. Ann Reed took over the contract."))
        // a plan, a negation, a question
        #expect(!anySuccession("Tom Vale ran Harbour Homes. He resigned in 2015. Ann Reed would take over as chair."))
        #expect(!anySuccession("Tom Vale ran Harbour Homes. He resigned in 2015. Ann Reed did not take over."))
        #expect(!anySuccession("Tom Vale ran Harbour Homes. He resigned in 2015. Did Ann Reed take over?"))
        // two people left: whose post?
        #expect(!anySuccession("Tom Vale and Sam Cole resigned in 2015. Ann Reed took over."))
        // another body than the one left
        #expect(!anySuccession("Tom Vale resigned from Harbour Homes in 2015. Ann Reed took over at Westside Care."))
        // the leaving is two sentences back
        #expect(!anySuccession("Tom Vale resigned in 2015. Sam Cole praised him. Ann Reed took over."))
    }
}

/// `followed` as a succession: with the post after it (`Ann Reed, who followed Tom Vale as chair,`), or a pronoun
/// followed by nothing but a time (`Ann Reed followed him in 2018.`).
@Suite struct FollowedAsTests {
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: LedPronounPostTests.knowledge) }
    func succeeds(_ passage: String) -> Bool { read(passage).contains { $0.hasPrefix("successor_of Ann Reed -> Tom Vale") } }

    @Test func followedAsAPostIsASuccession() {
        #expect(succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed, who followed Vale as chair in 2018, cut costs."))
        #expect(succeeds("Tom Vale became chair of Harbour Homes in 2010. Ann Reed followed him as chair in 2018."))
        #expect(succeeds("Harbour Homes grew fast. Ann Reed, who had followed Tom Vale as chief executive of Harbour Homes, resigned."))
        // the post after `as` is the newcomer's, not the one followed
        let passage = "Tom Vale chaired Harbour Homes until 2017. Ann Reed, who followed Vale as chair in 2018, cut costs."
        #expect(read(passage).contains { $0.hasPrefix("holds_role Ann Reed -> Harbour Homes [chair]") })
        #expect(!read(passage).contains { $0.hasPrefix("holds_role Tom Vale -> Harbour Homes [chair]") && !$0.contains("(former)") })
    }

    @Test func followedHimWithOnlyATimeAfterIsASuccession() {
        #expect(succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed followed him in 2018."))
        #expect(succeeds("Tom Vale took the post in 2009 and left it in 2017. Ann Reed followed him the following year."))
        #expect(succeeds("Tom Vale ran the schools trust for a decade. Ann Reed, a former head teacher, followed him."))
        // not with a place or a manner after the pronoun
        #expect(!succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed followed him as a matter of habit."))
        #expect(!succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed followed him to the depot."))
    }

    @Test func followedWithoutAPostIsNone() {
        #expect(!succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed followed Tom Vale into the hall."))
        #expect(!succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed followed him into the hall."))
        #expect(!succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed followed Tom Vale as far as the door."))
        #expect(!succeeds("Tom Vale chaired Harbour Homes until 2017. Ann Reed did not follow him as chair."))
    }
}

/// `He ..., and Ann Reed replaced him`: `him` is who the sentence's opening `he` is, not a name inside its first clause.
@Suite struct OpeningPronounSuccessionTests {
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: LedPronounPostTests.knowledge) }

    @Test func himIsTheOpeningHe() {
        let passage = "Tom Vale was the chief executive of Harbour Homes. He resigned in July rather than work under Sam Cole, and Ann Reed replaced him."
        #expect(read(passage).contains { $0.hasPrefix("successor_of Ann Reed -> Tom Vale") })
        #expect(!read(passage).contains { $0.hasPrefix("successor_of Ann Reed -> Sam Cole") })
        #expect(read("Tom Vale ran Harbour Homes. He fell out with Sam Cole; Ann Reed succeeded him in May.").contains { $0.hasPrefix("successor_of Ann Reed -> Tom Vale") })
    }

    @Test func withoutAClauseOfItsOwnTheNamedOneStays() {
        // `to replace her` inside the first clause: the woman named there, not the opening `she`
        let passage = "Ann Reed ran Harbour Homes. She sacked Mrs Cole and brought in Tom Vale to replace her."
        #expect(!read(passage).contains { $0.hasPrefix("successor_of Tom Vale -> Ann Reed") })
    }
}

/// A leaver who left in a given year or was moved to another post (``RelationReader/stepDownTakeOver(_:_:)``).
extension StepDownTakeOverTests {
    @Test func aLeaverWhoLeftInAYearOrWasMovedIsSucceededByWhoeverTookTheBrief() {
        // `left in 2016`; the newcomer's apposition; `took over as`
        #expect(succeeds("When Tom Vale left in 2016 to run a hospital, Ann Reed, the trust's finance director, took over as chief executive."))
        // `was moved to`; `has taken over the brief` (a word of the post's area before `brief`)
        #expect(succeeds("In the reshuffle Tom Vale was moved to the Treasury, and Ann Reed has taken over the schools brief."))
        // twins: who left a building took over nothing; a brief of another kind is an object
        #expect(!anySuccession("When Tom Vale left the hall, Ann Reed took over the questions."))
        #expect(!anySuccession("In the reshuffle Tom Vale was moved to the Treasury, and Ann Reed has taken over the legal case."))
        #expect(!anySuccession("In the reshuffle Tom Vale was not moved, and Ann Reed wrote the schools brief."))
        // `moved on` only closing its clause or to a named place: a meeting moving on to its next item is no leaving
        #expect(!anySuccession("Tom Vale moved on to the housing item. Ann Reed then took over as chair."))
        #expect(succeeds("In the reshuffle Tom Vale moved on, and Ann Reed has taken over the schools brief."))
    }
}
