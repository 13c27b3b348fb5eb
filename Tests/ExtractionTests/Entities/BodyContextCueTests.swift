import Corpus
import Testing
@testable import Extraction

/// Contexts that say a bare name is a body: what it does after `, which`, being run, chaired or joined, selling a
/// product, writing an audit, a post only a body has after its possessive, its members, a kind of firm before
/// it; and names the given-name lexicon or a known acronym complete. Each cue with a sentence where it fires and
/// one where it must not. Every sentence and name is made up; no knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

private func cue(of surface: String, in text: String) -> MentionCue? {
    EntityRecognizer(knowledge: .empty).recognize(text: text).first { $0.mention.text == surface }?.mention.cue
}

@Suite("Context cues of bodies")
struct BodyContextCueTests {
    @Test("`, which` and what a body does")
    func whichActs() {
        // (at a sentence's start, where a capital says nothing, the cue must be one that stands there)
        #expect(cue(of: "Brackwell", in: "Brackwell, which awards the diplomas, pulled its results.") == .orgCorporate)
        #expect(cue(of: "Brackwell", in: "Brackwell, which has run the jail since 2011, lost it.") == .orgCorporate)
        // a route, an idea: other verbs
        #expect(cue(of: "Brackwell", in: "Brackwell, which runs from Leeds to York, is busy.") != .orgCorporate)
        #expect(cue(of: "Brackwell", in: "Brackwell, which ministers promised, stalled.") != .orgCorporate)
    }

    @Test("the body someone runs, chairs or joins")
    func objectOfRunning() {
        #expect(type(of: "Tarnrail", in: "His successor, who had previously run Tarnrail, arrived in May.") == .organization)
        #expect(type(of: "Marlowe", in: "In 2010 she joined Marlowe as a trainee.") == .organization)
        // a possessive after it, or a longer run: not a body alone
        #expect(type(of: "Marlowe", in: "In 2010 she chaired Marlowe's review.") != .organization)
        // an ordinary word is no name
        #expect(confirmed("They ran Housing for years.").isEmpty)
    }

    @Test("a product from a company")
    func productFrom() {
        #expect(type(of: "Quillon", in: "The council bought a payroll system from Quillon in 2018.") == .organization)
        #expect(type(of: "Quillon", in: "The council heard a report from Quillon in 2018.") != .organization)
    }

    @Test("an acronym that wrote an audit")
    func authorOfWork() {
        #expect(type(of: "KWC", in: "In 2013 an audit by KWC had found errors.") == .organization)
        #expect(cue(of: "KWC", in: "In 2013 an audit by KWC had found errors.") == .orgAgent)
        #expect(cue(of: "KWC", in: "In 2013 an audit of KWC had found errors.") != .orgAgent)
    }

    @Test("a post only a body has, after its possessive; its members")
    func postsAndMembers() {
        #expect(type(of: "Tarnwell", in: "Ian Holt, Tarnwell's general secretary, said he would strike.") == .organization)
        #expect(type(of: "Tarnwell", in: "Tarnwell members voted to strike in May.") == .organization)
        // a person has a private secretary
        #expect(type(of: "Tarnwell", in: "Tarnwell's private secretary said he would resign.") != .organization)
    }

    @Test("a bank, accountants and brokers before a name")
    func kindsOfFirm() {
        #expect(type(of: "Lazenby", in: "The sale was run by the investment bank Lazenby for the department.") == .organization)
        #expect(type(of: "Corbel", in: "The accountants Corbel found gaps in the books.") == .organization)
        #expect(type(of: "Corbel", in: "The accountant Jo Corbel found gaps in the books.") != .organization)
    }

    @Test("`Exchange` ends a name; `NHS X and Y`")
    func exchangeAndTwoWordUnits() {
        #expect(type(of: "Wexcombe Stock Exchange", in: "Its shares began trading on the Wexcombe Stock Exchange in 2013.") == .organization)
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "National Health Service", type: .organization, aliases: ["NHS"])])
        let m = EntityRecognizer(knowledge: kb).recognize(text: "He had run NHS Organs and Tissues before.").map(\.mention)
        #expect(m.contains { $0.text == "NHS Organs and Tissues" && $0.type == .organization })
        // a nation after `and` is a list
        let n = EntityRecognizer(knowledge: kb).recognize(text: "He had run NHS England and Wales before.").map(\.mention)
        #expect(!n.contains { $0.text == "NHS England and Wales" })
    }

    @Test("given names beyond the commonest")
    func moreGivenNames() {
        #expect(type(of: "Heidi Marlow", in: "She left the post and was replaced by Heidi Marlow.") == .person)
        #expect(type(of: "Curtis Vane", in: "The group backed a challenge by the student Curtis Vane.") == .person)
        #expect(GivenNames.isMale("Rico Vane") == true)
        #expect(GivenNames.isMale("Moya Vane") == false)
    }

    @Test("a given name borne by men and women tells no sex; a title still does")
    func givenNamesOfEitherSex() {
        #expect(GivenNames.isMale("Jo Marlow") == nil)
        #expect(GivenNames.isMale("Hilary Vane") == nil)
        #expect(GivenNames.isMale("Sir Hilary Vane") == true)
        #expect(GivenNames.isMale("Dame Jo Marlow") == false)
        // a title in the mention's text, after its canonical name
        #expect(GivenNames.isMale("Jo Marlow Mrs Marlow") == false)
        // twins: names of one sex keep it
        #expect(GivenNames.isMale("Joan Marlow") == false)
        #expect(GivenNames.isMale("Tony Vane") == true)
    }
}
