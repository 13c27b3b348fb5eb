import Corpus
import Testing
@testable import Extraction

/// Posts given after `with ... as` when a body is introduced (``RelationReader/withAsHolders(_:_:_:)``): `The
/// authority opened in 2011 with Ann Reed as its chair and Tom Vale, a former planner, as chief executive`. Sentences
/// written for these tests on several policy areas (invented names, given as knowledge records), with twins that
/// give nothing: a plan, a negation, a post no body holds, a post that names its own body.
@Suite struct WithAsPostTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Midland Bus Authority", type: .organization),
        KnowledgeRecord(name: "Kelby Schools Trust", type: .organization),
        KnowledgeRecord(name: "Harbour Care Agency", type: .organization),
        KnowledgeRecord(name: "Coastal Flood Board", type: .organization),
        KnowledgeRecord(name: "Westside Water", type: .organization),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func has(_ passage: String, _ prefix: String) -> Bool { read(passage).contains { $0.hasPrefix(prefix) } }

    @Test func aPostAfterWithAsItsIsAtTheClausesBody() {
        // transport: `its`, the body the clause opens with
        #expect(has("The Midland Bus Authority opened in 2011 with Ann Reed as its chair.", "holds_role Ann Reed -> Midland Bus Authority [chair]"))
        #expect(has("The Midland Bus Authority opened in 2011 with Ann Reed as its chair.", "leads Ann Reed -> Midland Bus Authority"))
        // schools: an occupation between `with` and the name
        #expect(has("The Kelby Schools Trust began work that September with the historian Tom Vale as its first director.",
                    "holds_role Tom Vale -> Kelby Schools Trust [first director]"))
        // social care: the clause after `, and`, not the sentence's first body
        #expect(has("The Coastal Flood Board had been set up first, and the Harbour Care Agency opened in 2004 with Sam Cole as its chief executive.",
                    "holds_role Sam Cole -> Harbour Care Agency"))
        #expect(!has("The Coastal Flood Board had been set up first, and the Harbour Care Agency opened in 2004 with Sam Cole as its chief executive.",
                     "holds_role Sam Cole -> Coastal Flood Board"))
    }

    @Test func aSecondHolderJoinedByAndIsAtTheSameBody() {
        // water: a bare post after an apposition, joined to the first holder
        let water = "Westside Water was launched in 2001 with the engineer Ann Reed as its chair and Tom Vale, a former banker, as chief executive."
        #expect(has(water, "holds_role Ann Reed -> Westside Water [chair]"))
        #expect(has(water, "holds_role Tom Vale -> Westside Water [chief executive]"))
        #expect(has(water, "leads Tom Vale -> Westside Water"))
        // housing: both bare
        let housing = "The Harbour Care Agency took over in May, with Sam Cole as chair and Ann Reed as finance director."
        #expect(has(housing, "holds_role Ann Reed -> Harbour Care Agency [finance director]"))
    }

    @Test func aPlannedOrNegatedOrUnplacedPostGivesNothing() {
        // a condition (a post stated in the future, `will open with Ann Reed as chair`, is read as the other post
        // readers read it: a post taken)
        #expect(!has("The Midland Bus Authority could open next year with Ann Reed as its chair.", "holds_role Ann Reed -> Midland Bus Authority"))
        #expect(!has("The Midland Bus Authority could open next year with the planner Ann Reed as chair and Tom Vale as director.",
                     "holds_role Tom Vale -> Midland Bus Authority"))
        // a negation
        #expect(!has("The Kelby Schools Trust did not open with Tom Vale as its director.", "holds_role Tom Vale -> Kelby Schools Trust"))
        // a post no body holds (a witness, not a post inside the body)
        #expect(!has("The Coastal Flood Board met in May with Sam Cole as a witness.", "holds_role Sam Cole -> Coastal Flood Board"))
        // `with` governing another phrase: the wife of a holder is no holder
        #expect(!has("The Westside Water board met with the wife of Tom Vale as its guest.", "holds_role Tom Vale -> Westside Water"))
    }
}
