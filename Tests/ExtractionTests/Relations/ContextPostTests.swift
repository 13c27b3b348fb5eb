import Corpus
import Testing
@testable import Extraction

/// Posts and successions whose organization or person the sentence leaves to its context (`Its chair is Ann
/// Reed.`, `She was replaced as chief executive by Tom Vale.`), read in sentences written for these tests (invented
/// names, given as knowledge records). Each construction comes in several wordings, with twins that give nothing
/// (a plan, a question, a negation, a post outside any body, no body in the context).
@Suite struct ContextPostTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Westside Care", type: .organization),
        KnowledgeRecord(name: "Eastmoor Housing Trust", type: .organization),
        KnowledgeRecord(name: "Kelby Water Agency", type: .organization),
        KnowledgeRecord(name: "Department for Transport", type: .organization),
        KnowledgeRecord(name: "Home Office", type: .organization),
        KnowledgeRecord(name: "Kelby Flood Inquiry", type: .organization),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    func has(_ passage: String, _ prefix: String) -> Bool { read(passage).contains { $0.hasPrefix(prefix) } }

    // MARK: the post as the subject, the holder after a copula

    @Test func aWithAsPostIsNotAtABodyOfTheLeadersRelativeClause() {
        let aside = "Kelby Water Agency took over the canals in 2002. Ann Reed, who had run Westside Care for years, became its first chief executive, with Tom Vale as chairman."
        #expect(!has(aside, "holds_role Tom Vale -> Westside Care"))
        // the twin: the leader's body in the main clause is the second post's body
        #expect(has("Westside Care is led by Ann Reed, with Tom Vale as chairman.", "holds_role Tom Vale -> Westside Care"))
    }

    @Test func aBodyReplacedByAnotherLeavesItsPostsToTheNewOne() {
        let replaced = "In April Westside Care was replaced by Eastmoor Housing Trust, which now runs the estates. Its first chair is Ann Reed."
        #expect(has(replaced, "holds_role Ann Reed -> Eastmoor Housing Trust"))
        #expect(!has(replaced, "holds_role Ann Reed -> Westside Care"))
        // the twin: a body that replaced another keeps its own posts
        let replacing = "In April Westside Care replaced Eastmoor Housing Trust, which had run the estates. Its first chair is Ann Reed."
        #expect(has(replacing, "holds_role Ann Reed -> Westside Care"))
        // the same after a lead-in the clause reader does not take (`On Saturday the ...`)
        let opened = "On Saturday the Westside Care was replaced by the Eastmoor Housing Trust, which is now the voice of tenants. Its first chair is Ann Reed."
        #expect(has(opened, "holds_role Ann Reed -> Eastmoor Housing Trust"))
        #expect(!has(opened, "holds_role Ann Reed -> Westside Care"))
    }

    @Test func aPostWithItsBodyInTheContextIsHeldThere() {
        // `its`, the body the sentence before is about
        #expect(has("Harbour Homes was set up in 2012. Its first chair is Ann Reed.", "holds_role Ann Reed -> Harbour Homes"))
        #expect(has("Harbour Homes was set up in 2012. Its chief executive at the time was Tom Vale.", "leads Tom Vale -> Harbour Homes"))
        // a bare `the`, the post of the body a description in the sentence names
        #expect(has("Eastmoor Housing Trust has 40 estates. The chief executive, who runs the trust day to day, is Tom Vale.",
                    "holds_role Tom Vale -> Eastmoor Housing Trust"))
        // a bare `the`, the body named earlier in the same sentence
        #expect(has("Rents rose again. Over at Westside Care, meanwhile, the chair is Sam Cole.", "holds_role Sam Cole -> Westside Care"))
        // `the trust's`, with a time phrase between the post and the copula
        #expect(has("Eastmoor Housing Trust grew quickly. The trust's chair for most of the decade was Ann Reed.",
                    "holds_role Ann Reed -> Eastmoor Housing Trust"))
        // a named body with a time phrase: `X's chief executive through the strike was`
        #expect(has("Costs rose. Harbour Homes' chief executive through the strike was Tom Vale.", "holds_role Tom Vale -> Harbour Homes"))
        // the clause before: `Its chair is Ann Reed. The chief executive is Tom Vale.`
        #expect(has("Kelby Water Agency opened in 2019. Its chair is Ann Reed. The chief executive is Tom Vale.",
                    "holds_role Tom Vale -> Kelby Water Agency"))
    }

    @Test func itsStandsForTheSubjectOfTheLastClause() {
        // two bodies closed, a third took their work: `Its chair` is the third's
        let passage = "Westside Care and Eastmoor Housing Trust were wound up, and Harbour Homes took over their work. Its chair is Ann Reed."
        #expect(has(passage, "holds_role Ann Reed -> Harbour Homes"))
        #expect(!has(passage, "holds_role Ann Reed -> Westside Care"))
    }

    @Test func aPlannedAskedOrDeniedPostOrOneWithNoBodyGivesNothing() {
        for passage in ["Harbour Homes was set up in 2012. The chair will be Ann Reed.",
                        "Harbour Homes was set up in 2012. Is its chair at the time Ann Reed?",
                        "Harbour Homes was set up in 2012. The chair is not Ann Reed.",
                        "Ann Reed met Tom Vale. The chair was Sam Cole."] {
            #expect(read(passage).filter { $0.hasPrefix("holds_role") || $0.hasPrefix("leads") }.isEmpty, "\(passage): \(read(passage))")
        }
        // a minister's post is no post inside a body; a department of state is no body a chair is placed at
        #expect(!has("The Home Office published its plan. The minister is Ann Reed.", "holds_role Ann Reed -> Home Office"))
        #expect(!has("The Department for Transport agreed. The chief executive is Tom Vale.", "holds_role Tom Vale -> Department for Transport"))
    }

    // MARK: a body named by a description, with its leader

    @Test func aDescribedBodyLedByAPerson() {
        let founded = "Eastmoor Housing Trust published a report. The trust, founded and chaired by Ann Reed, wants change."
        #expect(has(founded, "leads Ann Reed -> Eastmoor Housing Trust"))
        #expect(read(founded).contains("holds_role Ann Reed -> Eastmoor Housing Trust [founder]"))
        #expect(has("Kelby Water Agency was criticised. The agency, led by the former banker Tom Vale, said little.", "leads Tom Vale -> Kelby Water Agency"))
        #expect(has("Kelby Water Agency was reviewed. The agency is now run by Sam Cole.", "leads Sam Cole -> Kelby Water Agency"))
        for passage in ["Kelby Water Agency was reviewed. The agency, criticised by Sam Cole, said little.",
                        "Ann Reed met Tom Vale. The agency, led by Sam Cole, said little.",
                        "Kelby Water Agency was reviewed. Is the agency run by Sam Cole?"] {
            #expect(read(passage).filter { $0.hasPrefix("leads") }.isEmpty, "\(passage): \(read(passage))")
        }
    }

    @Test func aLeaderOfADescribedBodyAfterTheVerb() {
        // the description after the verb, not the body of another post in the apposition before it
        let judge = "Harbour Homes welcomed the Kelby Flood Inquiry report. Ann Reed, a retired Westside Care director who chaired the inquiry, spoke first."
        #expect(has(judge, "leads Ann Reed -> Kelby Flood Inquiry"))
        #expect(has("The Kelby Flood Inquiry opened in May 2018. Tom Vale has chaired the inquiry since then.", "holds_role Tom Vale -> Kelby Flood Inquiry"))
        #expect(has("The Kelby Flood Inquiry opened in 2018. Sam Cole, who led the inquiry, reported in 2020.", "leads Sam Cole -> Kelby Flood Inquiry"))
        // `the board` is the board of the body the text is about, not a body of its own
        #expect(!has("Harbour Homes set up the Kelby Flood Inquiry in 2018. Sam Cole, who chaired the board, left.", "holds_role Sam Cole -> Kelby Flood Inquiry"))
        #expect(!has("Harbour Homes opened in 2018. Sam Cole, who would have chaired the inquiry, left.", "holds_role Sam Cole"))
    }

    // MARK: successions with a pronoun for one of the two

    @Test func aSuccessionByAPronounWithThePostOrATimeInTheCue() {
        #expect(has("Ann Reed ran Harbour Homes from 2010. She left in 2019 and was replaced as chief executive by Tom Vale.",
                    "successor_of Tom Vale -> Ann Reed"))
        #expect(has("Ann Reed ran Harbour Homes from 2010. She left in 2019 and was replaced as chief executive by Tom Vale.",
                    "holds_role Tom Vale -> Harbour Homes"))
        #expect(has("Tom Vale chaired the board for years. He was followed by Sam Cole.", "successor_of Sam Cole -> Tom Vale"))
        #expect(has("Ann Reed led Westside Care until May. She was later succeeded by Sam Cole.", "successor_of Sam Cole -> Ann Reed"))
        #expect(has("Ruth Hartley joined the board in 2014. She took over in 2016 from Dame Ann Reed.", "successor_of Ruth Hartley -> Ann Reed"))
        #expect(has("Ruth Hartley joined the board in 2014. She took over as chair from Ann Reed.", "successor_of Ruth Hartley -> Ann Reed"))
    }

    @Test func aSuccessorNamedInAnApposition() {
        #expect(has("Tom Vale ran the inspectorate for six years. Sam Cole, his successor as chief inspector, cut its budget.",
                    "successor_of Sam Cole -> Tom Vale"))
        #expect(has("Ann Reed left Harbour Homes in May. Sam Cole, her successor, starts today.", "successor_of Sam Cole -> Ann Reed"))
        // the one replaced named in the paragraph before
        #expect(has("Tom Vale then turned to housing.\n\nSam Cole, his successor as chair, dropped the plan.", "successor_of Sam Cole -> Tom Vale"))
    }

    @Test func aSuccessorWithTheBodyOrThePostBeforeTheCopula() {
        #expect(has("Ann Reed ran Harbour Homes until 2015. Ann Reed's successor at Harbour Homes was Tom Vale.", "successor_of Tom Vale -> Ann Reed"))
        #expect(has("Tom Vale chaired Westside Care. Tom Vale's replacement as chair is Sam Cole.", "successor_of Sam Cole -> Tom Vale"))
        #expect(has("Ann Reed left Westside Care in 2019. Her successor at Westside Care is Tom Vale.", "successor_of Tom Vale -> Ann Reed"))
        for passage in ["Ann Reed ran Harbour Homes. Ann Reed's successor at Harbour Homes will be Tom Vale.",
                        "Ann Reed ran Harbour Homes. Is Ann Reed's successor Tom Vale?",
                        "Ann Reed ran Harbour Homes. Ann Reed's successor met Tom Vale."] {
            #expect(read(passage).filter { $0.hasPrefix("successor_of") }.isEmpty, "\(passage): \(read(passage))")
        }
    }

    @Test func aDeniedPlannedOrAskedSuccessionGivesNothing() {
        for passage in ["Ann Reed ran Harbour Homes. She was not replaced by Tom Vale.",
                        "Ann Reed ran Harbour Homes. She would be replaced by Tom Vale.",
                        "Tom Vale chaired the board. Was he followed by Sam Cole?",
                        "Ruth Hartley joined the board. She said she might take over in 2016 from Ann Reed."] {
            #expect(read(passage).filter { $0.hasPrefix("successor_of") }.isEmpty, "\(passage): \(read(passage))")
        }
        // the pronoun's sex rules the other person out: no successor of the wrong one
        #expect(!has("Ann Reed met Tom Vale. Sam Cole, his successor, starts today.", "successor_of Sam Cole -> Ann Reed"))
    }

    // MARK: posts handed on

    /// A document's mentions and relations, made by hand: `Ann Reed` (0) chief executive at `Harbour Homes` (1) and
    /// former leader of `Westside Care` (2) on line 1; on line 2, `Westside Care` (3) right before `Tom Vale` (4),
    /// her successor (`Her successor at Westside Care is Tom Vale`), or with `gap` bytes between.
    func handedOn(gap: Int, unplacedOnly: Bool = false) -> [String] {
        func m(_ name: String, _ type: EntityType, line: Int, at: Int) -> LocatedMention {
            LocatedMention(post: 0, passage: 0, kind: .body, line: line,
                           mention: EntityMention(text: name, utf8Range: at..<(at + name.utf8.count), type: type, canonicalName: name, cue: .knowledge))
        }
        let mentions = [m("Ann Reed", .person, line: 1, at: 0), m("Harbour Homes", .organization, line: 1, at: 40),
                        m("Westside Care", .organization, line: 1, at: 90), m("Westside Care", .organization, line: 2, at: 200),
                        m("Tom Vale", .person, line: 2, at: 213 + gap)]
        var found = [RelationCandidate(predicate: "holds_role", subject: 0, object: unplacedOnly ? nil : 1, label: unplacedOnly ? "director general" : "chief executive",
                                       post: 0, kind: .body, line: 1),
                     RelationCandidate(predicate: "successor_of", subject: 4, object: 0, post: 0, kind: .body, line: 2)]
        if !unplacedOnly { found.append(RelationCandidate(predicate: "leads", subject: 0, object: 2, qualifier: "former", post: 0, kind: .body, line: 1)) }
        return RoleInheritance.inherited(found, mentions: mentions).map { e in
            "\(e.predicate) \(mentions[e.subject].mention.canonicalName) -> \(e.object.map { mentions[$0].mention.canonicalName } ?? "-")"
        }
    }

    @Test func aSuccessorAtANamedBodyTakesThePostThere() {
        // the body right before the heir: her post there, not her post elsewhere
        #expect(handedOn(gap: 4) == ["leads Tom Vale -> Westside Care"])
        // no body right before the heir: the post she held at the time
        #expect(handedOn(gap: 40) == ["holds_role Tom Vale -> Harbour Homes"])
        // a post inside a body that nobody placed is handed on nowhere
        #expect(handedOn(gap: 40, unplacedOnly: true).isEmpty)
    }

    // MARK: the resolver

    @Test func theResolverTakesTheLastClauseOfTheNearestSentence() {
        typealias C = PronounResolver.Candidate
        let earlier = C(id: 1, key: "Westside Care", person: false, sentence: 1, paragraph: 0, subject: true, clause: 1)
        let later = C(id: 2, key: "Harbour Homes", person: false, sentence: 1, paragraph: 0, subject: true, clause: 0)
        #expect(PronounResolver.organization(among: [earlier, later]) == 2)
        // two bodies in one clause still tie
        let both = C(id: 3, key: "Eastmoor Housing Trust", person: false, sentence: 1, paragraph: 0, subject: true, clause: 0)
        #expect(PronounResolver.organization(among: [earlier, later, both]) == nil)
        // a person as the last clause's subject refuses
        let person = C(id: 4, key: "Ann Reed", person: true, sentence: 1, paragraph: 0, subject: true, clause: 0)
        #expect(PronounResolver.organization(among: [earlier, person]) == nil)
    }
}
