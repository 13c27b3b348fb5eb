import Corpus
import Testing
@testable import Extraction

/// A body written `it` with its leader in a passive (`It was chaired by Ann Reed`), and a second post at the same
/// body given with `with ... as` (`..., with Tom Vale as chief executive`), read in sentences written for these
/// tests (invented names, given as knowledge records), with twins that give nothing.
@Suite struct LedPronounPostTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Westside Care", type: .organization),
        KnowledgeRecord(name: "Kelby Flood Panel", type: .organization),
        KnowledgeRecord(name: "Kelby Rivers Act 2015", type: .programme),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func has(_ passage: String, _ prefix: String) -> Bool { read(passage).contains { $0.hasPrefix(prefix) } }
    func none(_ passage: String, _ person: String) -> Bool {
        !read(passage).contains { ($0.hasPrefix("leads " + person) || $0.hasPrefix("holds_role " + person)) && !$0.contains("-> -") }
    }

    @Test func itIsTheBodyOfTheClauseBefore() {
        #expect(has("Harbour Homes was set up in 2012. It was chaired by Ann Reed.", "holds_role Ann Reed -> Harbour Homes"))
        #expect(has("Harbour Homes was set up in 2012. It is run by Tom Vale, who founded it.", "leads Tom Vale -> Harbour Homes"))
        #expect(has("Westside Care grew fast in the 1990s. It has been led since 2019 by Sam Cole.", "leads Sam Cole -> Westside Care"))
    }

    @Test func aLawIsNeverChairedItsNewBodyIs() {
        let passage = "The Kelby Rivers Act 2015 then set up a new Kelby Flood Panel. It was chaired by Ann Reed."
        #expect(has(passage, "holds_role Ann Reed -> Kelby Flood Panel"))
        #expect(!has(passage, "leads Ann Reed -> Kelby Rivers Act 2015"))
        #expect(has("The Kelby Rivers Act 2015 created the Kelby Flood Panel in May. It was led by Tom Vale.", "leads Tom Vale -> Kelby Flood Panel"))
    }

    @Test func noBodyTwoBodiesAQuestionOrAPlanGiveNothing() {
        // the law names two bodies: which one is `it`?
        #expect(none("The Kelby Rivers Act 2015 merged Westside Care into Harbour Homes. It was chaired by Ann Reed.", "Ann Reed"))
        // a person is the subject before
        #expect(none("Tom Vale visited Harbour Homes. It was chaired by Ann Reed.", "Ann Reed"))
        // a question, a plan
        #expect(none("Harbour Homes was set up in 2012. Was it chaired by Ann Reed?", "Ann Reed"))
        #expect(none("Harbour Homes was set up in 2012. It will be chaired by Ann Reed.", "Ann Reed"))
    }

    @Test func withAsGivesASecondPostAtTheSameBody() {
        #expect(has("Harbour Homes is run by its founder Ann Reed, with Tom Vale as chair.", "holds_role Tom Vale -> Harbour Homes"))
        #expect(has("Westside Care, chaired by Sam Cole, opened in May with Ann Reed as chief executive.", "holds_role Ann Reed -> Westside Care"))
        #expect(has("Westside Care, chaired by Sam Cole, opened in May with Ann Reed as chief executive.", "leads Ann Reed -> Westside Care"))
        let deputy = "Harbour Homes was set up in 2012. It was chaired by Tom Vale, with Ann Reed, a retired judge, as his deputy."
        #expect(has(deputy, "holds_role Ann Reed -> Harbour Homes"))
        #expect(read(deputy).contains { $0.hasPrefix("holds_role Ann Reed -> Harbour Homes") && $0.contains("deputy chair") })
    }

    @Test func withAsWithTwoBodiesOrAQuestionGivesNothing() {
        // two leaders of two bodies: which body is hers?
        #expect(none("Harbour Homes is run by Tom Vale and Westside Care is led by Sam Cole, with Ann Reed as chair.", "Ann Reed"))
        #expect(none("Tom Vale, who runs Harbour Homes, met Sam Cole, who leads Westside Care, with Ann Reed as chair.", "Ann Reed"))
        // a question
        #expect(none("Is Harbour Homes run by Tom Vale, with Ann Reed as chair?", "Ann Reed"))
        // the apposition is no post at the body: only the post after `as` is
        let deputy = "Harbour Homes was set up in 2012. It was chaired by Tom Vale, with Ann Reed, a retired judge, as his deputy."
        #expect(!read(deputy).contains { $0.hasPrefix("holds_role Ann Reed -> Harbour Homes") && $0.contains("judge") })
    }
}
