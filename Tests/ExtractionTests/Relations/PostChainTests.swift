import Corpus
import Testing
@testable import Extraction

/// A chain of holders of one post told across sentences (``RelationReader/postChain(_:_:_:all:)``): the post in
/// discussion and its holder, read from the sentences before, taken by a newcomer named without the one replaced.
/// Pages written for these tests (invented names, given as knowledge records), on several policy areas, each with
/// twins that give nothing.
@Suite struct PostChainTests {
    static let records: [KnowledgeRecord] = [
        "Ann Rowe", "Tom Hale", "Priya Das", "Sam Ode", "Helen Marsh", "Peter Quill", "Joan Tabor", "Ruth Penn",
        "Alan Birch", "Nora Vale", "Simon Greer", "Mark Dent", "Lucy Fenn", "Carl Vane", "Sam Kerr", "Rita Holm",
        "Diane Ross", "Mike Lowe", "Owen Pryce", "Gwen Lyle",
    ].map { KnowledgeRecord(name: $0, type: .person) } + [
        "Rivers Trust", "Harbour Schools Board", "Care Quality Office", "Northern Bus Authority", "Westfield Housing Trust",
        "Schools Inspectorate", "Coastal Rail Board",
    ].map { KnowledgeRecord(name: $0, type: .organization) }

    /// `predicate subject -> object [label]` of every relation of the page made of `body`.
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records, labels: true) }
    func has(_ body: String, _ prefix: String) -> Bool { page(body).contains { $0.hasPrefix(prefix) } }

    @Test func aNewcomerWithNoObjectTakesThePostInDiscussion() {
        // water: `followed him` and `took over`, the holder handed on clause by clause
        let water = "Ann Rowe was chief executive of the Rivers Trust until 2004. She retired that year and was replaced by Tom Hale. Priya Das followed him, and the engineer Sam Ode took over in 2019."
        #expect(has(water, "successor_of Priya Das -> Tom Hale"), "\(page(water))")
        #expect(has(water, "successor_of Sam Ode -> Priya Das"), "\(page(water))")
        #expect(has(water, "holds_role Sam Ode -> Rivers Trust [chief executive]"), "\(page(water))")
        // health: `took the chair`, after `in turn`
        let health = "The Care Quality Office was created in 2009, with Ruth Penn as its chair. She was followed by the surgeon Alan Birch, and Birch in turn by the economist Nora Vale in 2015. Simon Greer, a former hospital manager, took the chair in 2020."
        #expect(has(health, "successor_of Nora Vale -> Alan Birch"), "\(page(health))")
        #expect(has(health, "successor_of Simon Greer -> Nora Vale"), "\(page(health))")
        #expect(has(health, "holds_role Simon Greer -> Care Quality Office [chair]"), "\(page(health))")
        // schools: `handed over in 2006 to`, then `the post went to`
        let schools = "The Harbour Schools Board opened in 1999. Its first chair was Helen Marsh, a retired headteacher. Marsh handed over in 2006 to the accountant Peter Quill, and in 2012 the post went to Joan Tabor."
        #expect(has(schools, "successor_of Peter Quill -> Helen Marsh"), "\(page(schools))")
        #expect(has(schools, "successor_of Joan Tabor -> Peter Quill"), "\(page(schools))")
        #expect(has(schools, "holds_role Joan Tabor -> Harbour Schools Board [chair]"), "\(page(schools))")
    }

    @Test func aPostNamedInTheClausePicksThePost() {
        // transport: two posts stated; `stepped in as acting chief executive` names one of them
        let transport = "The Coastal Rail Board was set up in 2001. Its chair was Mark Dent and its chief executive was Lucy Fenn. In 2008 Lucy Fenn resigned. The board met twice that spring. Owen Pryce stepped in as acting chief executive."
        #expect(has(transport, "successor_of Owen Pryce -> Lucy Fenn"), "\(page(transport))")
        #expect(!has(transport, "successor_of Owen Pryce -> Mark Dent"), "\(page(transport))")
    }

    @Test func twinsGiveNothing() {
        // two posts in discussion, held by two people, and the clause names neither
        let two = "The Northern Bus Authority was set up in 2001. Its chair was Mark Dent and its chief executive was Lucy Fenn. Carl Vane took over in 2005."
        #expect(!page(two).contains { $0.hasPrefix("successor_of Carl Vane") }, "\(page(two))")
        // `followed her` with a place after it is no succession
        let hall = "Sam Kerr ran the Westfield Housing Trust as chair until 2010. Rita Holm followed her into the hall."
        #expect(!page(hall).contains { $0.hasPrefix("successor_of Rita Holm") }, "\(page(hall))")
        // a taking over with an object of its own
        let contract = "Sam Kerr was chair of the Westfield Housing Trust until 2010. Gwen Lyle took over the repairs contract in 2011."
        #expect(!page(contract).contains { $0.hasPrefix("successor_of Gwen Lyle") }, "\(page(contract))")
        // negated and planned
        let negated = "Diane Ross was chair of the Schools Inspectorate until 2016. Mike Lowe did not take over, and Gwen Lyle never took the chair."
        #expect(!page(negated).contains { $0.hasPrefix("successor_of Mike Lowe") || $0.hasPrefix("successor_of Gwen Lyle") }, "\(page(negated))")
        // `became chair` with no leaving told: no succession
        let became = "Diane Ross is chief inspector of the Schools Inspectorate. Mike Lowe became chief inspector of the Schools Inspectorate in 2019."
        #expect(!page(became).contains { $0.hasPrefix("successor_of Mike Lowe") }, "\(page(became))")
    }
}
