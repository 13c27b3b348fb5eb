import Corpus
import Testing
@testable import Extraction

/// Posts and leadership stated about a person the sentence does not name where the post is stated: a subject
/// pronoun opening the sentence or following a fronted adverbial, a participle (`having been`, `having run`) whose
/// subject is the sentence's, `X, where she was chief executive`, and a body's kind before its name after a verb of
/// leading (``RelationReader/pronounStandIns(_:_:)``, ``RelationReader/participleStandIns(_:_:)``,
/// ``RelationReader/wherePosts(_:_:)``, ``RelationReader/bodyKindPhrase(_:)``). Sentences written for these tests on
/// museums, water, policing, housing and farming, each with twins that must give no edge.
@Suite struct PronounStandInTests {
    static let records = [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Marsh Water", type: .organization),
        KnowledgeRecord(name: "Wren Society", type: .organization),
        KnowledgeRecord(name: "Kelby Constabulary", type: .organization),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
        KnowledgeRecord(name: "Fenland Growers", type: .organization),
        KnowledgeRecord(name: "Harbour Museums Trust", type: .organization),
    ]
    static let knowledge = KnowledgeBase(records: records)

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func has(_ passage: String, _ prefix: String) -> Bool { read(passage).contains { $0.hasPrefix(prefix) } }
    func none(_ passage: String, _ person: String, _ body: String) -> Bool {
        !read(passage).contains { ($0.hasPrefix("leads \(person) -> \(body)") || $0.hasPrefix("holds_role \(person) -> \(body)")) }
    }
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records) }

    // MARK: a subject pronoun

    @Test func aSubjectPronounAfterAFrontedAdverbialTakesTheSentencesPost() {
        // museums: `At the time she also chaired`
        let museums = "Ann Reed joined Marsh Water in 2010. At the time she also chaired the Harbour Museums Trust."
        #expect(has(museums, "leads Ann Reed -> Harbour Museums Trust"), "\(read(museums))")
        #expect(has(museums, "holds_role Ann Reed -> Harbour Museums Trust [chair]"))
        // policing: `For the past six years he has been ... of`
        let policing = "Tom Vale starts today as the new inspector. For the past six years he has been deputy chief constable of Kelby Constabulary."
        #expect(has(policing, "holds_role Tom Vale -> Kelby Constabulary [deputy chief constable]"), "\(read(policing))")
        // water: the pronoun opening the sentence, `had previously been`
        let water = "Sam Cole was appointed in 2011. He had previously been finance director of Marsh Water and was seen as a safe pair of hands."
        #expect(has(water, "holds_role Sam Cole -> Marsh Water [finance director]"), "\(read(water))")
    }

    @Test func aPronounThatOpensNoMainClauseOrStatesNoPostGivesNone() {
        // a subordinate clause's pronoun
        #expect(none("Ann Reed joined Marsh Water in 2010. When she left, the Wren Society was chaired by nobody.", "Ann Reed", "Wren Society"))
        // a hope, a denial
        #expect(none("Ann Reed joined Marsh Water in 2010. At the time she hoped to chair the Wren Society.", "Ann Reed", "Wren Society"))
        #expect(none("Tom Vale joined Marsh Water in 2010. He never chaired the Wren Society.", "Tom Vale", "Wren Society"))
        // a name before the pronoun in the sentence: read as written, not stood in for
        #expect(none("Ann Reed joined Marsh Water in 2010. Tom Vale said she chaired the Wren Society.", "Ann Reed", "Wren Society"))
    }

    // MARK: a participle

    @Test func aParticipleTakesTheSentenceSubjectsFormerPost() {
        // farming: `, having chaired`
        let farming = "Ann Reed retired in 2019, having chaired Fenland Growers for a decade."
        #expect(has(farming, "leads Ann Reed -> Fenland Growers (former)"), "\(read(farming))")
        // housing: `, having previously been`
        let housing = "Tom Vale came from the private sector, having previously been chief executive of Westmoor Homes."
        #expect(has(housing, "holds_role Tom Vale -> Westmoor Homes [chief executive] (former)"), "\(read(housing))")
        // museums: a participle opening the sentence
        let museums = "Having run the Harbour Museums Trust for years, Sam Cole knew the field."
        #expect(has(museums, "leads Sam Cole -> Harbour Museums Trust"), "\(read(museums))")
    }

    @Test func aParticipleWithTwoPeopleBeforeItOrNoPostGivesNone() {
        // whose participle it is is not said
        let two = "Tom Vale replaced Ann Reed, having chaired Fenland Growers for a decade."
        #expect(none(two, "Tom Vale", "Fenland Growers") && none(two, "Ann Reed", "Fenland Growers"), "\(read(two))")
        // no post: a contract lost
        #expect(none("Ann Reed left in 2019, having lost the Westmoor Homes contract.", "Ann Reed", "Westmoor Homes"))
    }

    // MARK: `, where she was`

    @Test func aPostAfterWhereIsAtTheBodyBeforeIt() {
        // water
        let water = "Ann Reed left Marsh Water, where she was chief executive, to run the inspectorate."
        #expect(has(water, "holds_role Ann Reed -> Marsh Water [chief executive] (former)"), "\(read(water))")
        // housing: a pronoun subject
        let housing = "Tom Vale starts on Monday. He comes from Westmoor Homes, where he had been finance director."
        #expect(has(housing, "holds_role Tom Vale -> Westmoor Homes [finance director] (former)"), "\(read(housing))")
        // farming: `served as`
        let farming = "Sam Cole moved to the ministry from Fenland Growers, where he served as chair."
        #expect(has(farming, "holds_role Sam Cole -> Fenland Growers [chair]"), "\(read(farming))")
        // the twins: no post after the copula; a pronoun of the other sex
        #expect(none("Ann Reed left Marsh Water, where she was unhappy, in 2019.", "Ann Reed", "Marsh Water"))
        #expect(none("Ann Reed grew up near Marsh Water, where she lived for years.", "Ann Reed", "Marsh Water"))
        #expect(none("Tom Vale left Marsh Water, where she was chief executive, in 2019.", "Tom Vale", "Marsh Water"))
    }

    // MARK: a body's kind before its name

    @Test func aBodysKindBetweenAVerbOfLeadingAndItsNameIsNoPartOfTheVerb() {
        #expect(has("Ann Reed, who had run the charity Wren Society, joined the board.", "leads Ann Reed -> Wren Society"))
        #expect(has("Tom Vale, who had run the housing association Westmoor Homes, followed her in 2001.", "leads Tom Vale -> Westmoor Homes"))
        #expect(has("Sam Cole, who once ran the farmers' cooperative group Fenland Growers, spoke first.", "leads Sam Cole -> Fenland Growers"))
        // the twins: more than a kind between, or a possessive
        #expect(none("Ann Reed, who had run the numbers for the charity Wren Society, joined the board.", "Ann Reed", "Wren Society"))
        #expect(none("Tom Vale, who had run the charity's shop for Westmoor Homes, left.", "Tom Vale", "Westmoor Homes"))
    }

    // MARK: a body led before is not handed on

    @Test func aBodyLedBeforeTakingOverIsNotHandedToTheSuccessor() {
        let before = page("Tom Vale retired as chief inspector in 2001. Ann Reed, who had run the charity Wren Society, took over from him. She was succeeded in 2010 by Sam Cole.")
        #expect(before.contains("leads Ann Reed -> Wren Society"), "\(before)")
        #expect(!before.contains("leads Sam Cole -> Wren Society"), "\(before)")
        // the twin: the body the one replaced ran when she left is handed on
        let handed = page("Sam Cole took over in 2016 from Ann Reed, who had run Westmoor Homes since 2011.")
        #expect(handed.contains("leads Sam Cole -> Westmoor Homes"), "\(handed)")
    }

    // MARK: a participle after a described subject

    @Test func aParticipleAfterADescribedSubjectIsTheirs() {
        let policing = "Her successor, Ann Reed, took over as chief constable that May, having previously been deputy chief constable of Kelby Constabulary."
        #expect(has(policing, "holds_role Ann Reed -> Kelby Constabulary [deputy chief constable] (former)"), "\(read(policing))")
        // the twin: a subordinate clause before the name
        let twin = "When her successor, Ann Reed, took over, having chaired Fenland Growers was no help."
        #expect(none(twin, "Ann Reed", "Fenland Growers"), "\(read(twin))")
    }

    // MARK: the body moved to

    @Test func aPostAfterMovingToABodyIsAtThatBody() {
        // government: a minister moved in a reshuffle
        let reshuffle = "In the reshuffle Ann Reed, housing minister since last autumn, was moved to the Wren Society as deputy chair."
        #expect(has(reshuffle, "holds_role Ann Reed -> Wren Society [deputy chair]"), "\(read(reshuffle))")
        // water: `went back to X as its chair`
        let water = "Tom Vale went back to Marsh Water as its chair in 2015."
        #expect(has(water, "holds_role Tom Vale -> Marsh Water [chair]"), "\(read(water))")
        #expect(has(water, "leads Tom Vale -> Marsh Water"))
        // housing: `was moved to`
        let housing = "Sam Cole was moved to Westmoor Homes as finance director."
        #expect(has(housing, "holds_role Sam Cole -> Westmoor Homes [finance director]"), "\(read(housing))")
        // the twins: a body visited, a plan, a second name between
        #expect(none("Tom Vale wrote to Marsh Water as chair of the inquiry.", "Tom Vale", "Marsh Water"))
        #expect(none("Tom Vale is expected to move to Marsh Water as chair.", "Tom Vale", "Marsh Water"))
        #expect(none("Tom Vale sent Ann Reed to Marsh Water as its chair.", "Tom Vale", "Marsh Water"))
    }

    // MARK: `himself`, `herself`

    @Test func aNameWithAnIntensifierIsReadAsTheName() {
        #expect(has("The answer was Ann Reed herself, who became the Wren Society's chief executive that July.", "holds_role Ann Reed -> Wren Society [chief executive]"))
        #expect(has("Tom Vale himself, who has chaired Fenland Growers since 2019, said little.", "leads Tom Vale -> Fenland Growers"))
        #expect(has("Sam Cole himself was chief executive of Westmoor Homes until 2012.", "holds_role Sam Cole -> Westmoor Homes [chief executive]"))
        // the twin: the intensifier after another's name
        #expect(none("Tom Vale met Ann Reed herself, who would not chair Fenland Growers.", "Ann Reed", "Fenland Growers"))
    }
}
