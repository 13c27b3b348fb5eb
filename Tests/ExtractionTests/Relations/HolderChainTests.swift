import Corpus
import Testing
@testable import Extraction

/// Chains of holders of one post told across clauses and sentences, read over whole pages written for these
/// tests (invented names, given as knowledge records), from several policy areas (water, schools, health,
/// broadcasting, transport): a `who replaced him` clause after a newcomer's name; a chain `was followed by A and
/// then by B` (``RelationReader/chainedSuccessors(_:_:)``); a post introduced with its body and its holder named by
/// reference to it (``RelationReader/introducedPostHolders(_:_:)``); and a post in a career apposition (`a former
/// chief executive of ...`) that is never handed on (``RoleInheritance/isCareerApposition(_:_:text:)``). Each with
/// twins that must give nothing.
@Suite struct HolderChainTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nadia Brook", type: .person),
        KnowledgeRecord(name: "Colin Mabey", type: .person),
        KnowledgeRecord(name: "Lena Dorsey", type: .person),
        KnowledgeRecord(name: "Office of Water Services", type: .organization, aliases: ["Ofwater"]),
        KnowledgeRecord(name: "Schools Funding Office", type: .organization),
        KnowledgeRecord(name: "Harbourside Health Trust", type: .organization),
        KnowledgeRecord(name: "Lakeland Transport Authority", type: .organization),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
        KnowledgeRecord(name: "Radio Standards Board", type: .organization),
    ]

    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records, labels: true, qualifiers: true) }
    func has(_ body: String, _ prefix: String) -> Bool { page(body).contains { $0.hasPrefix(prefix) } }

    // MARK: `X, who replaced him in 1999, ...`

    @Test func aRelativeClauseOfTheNewcomerStatesTheSuccession() {
        // water
        let water = "The reform went through under two water ministers. Owen Pryce drafted the bill; Ruth Hartley, who replaced him in July 1999, saw it through."
        #expect(has(water, "successor_of Ruth Hartley -> Owen Pryce"), "\(page(water))")
        // schools
        let schools = "Nadia Brook chaired the Schools Funding Office for six years. Colin Mabey, who succeeded her in 2012, cut its budget."
        #expect(has(schools, "successor_of Colin Mabey -> Nadia Brook"), "\(page(schools))")
        // health
        let health = "Lena Dorsey ran the Harbourside Health Trust until 2015. Owen Pryce, who took over from her that spring, closed two wards."
        #expect(has(health, "successor_of Owen Pryce -> Lena Dorsey"), "\(page(health))")
    }

    @Test func aRelativeClauseWithoutSuccessionGivesNone() {
        // twin: a relative clause of another verb with a pronoun
        let hired = "Owen Pryce drafted the bill; Ruth Hartley, who hired him in July 1999, saw it through."
        #expect(!page(hired).contains { $0.hasPrefix("successor_of") }, "\(page(hired))")
        // twin: a relative clause that names the post, not a pronoun, is an apposition passed over as before
        let plain = "Nadia Brook chaired the Schools Funding Office for six years. Colin Mabey, who chaired its audit panel, cut its budget."
        #expect(!page(plain).contains { $0.hasPrefix("successor_of") }, "\(page(plain))")
    }

    // MARK: `was followed by A and then by B`

    @Test func aChainOfNewcomersSucceedEachOther() {
        // broadcasting
        let radio = "Ruth Hartley was the first chair of the Radio Standards Board. She was followed by Owen Pryce and then by Nadia Brook."
        #expect(has(radio, "successor_of Nadia Brook -> Owen Pryce"), "\(page(radio))")
        // transport, with a description of the first newcomer
        let transport = "Colin Mabey retired as chief executive of the Lakeland Transport Authority in 2010 and was replaced by Lena Dorsey, the finance director, and later by Ruth Hartley."
        #expect(has(transport, "successor_of Ruth Hartley -> Lena Dorsey"), "\(page(transport))")
        // housing
        let homes = "Nadia Brook resigned as chair of Westmoor Homes in 2016. She was succeeded by Owen Pryce and after him by Colin Mabey."
        #expect(has(homes, "successor_of Colin Mabey -> Owen Pryce"), "\(page(homes))")
    }

    @Test func aPairOrAnotherListIsNoChain() {
        // twin: no word of order, `and by`: a pair
        let pair = "Ruth Hartley resigned as chair of the Radio Standards Board. She was replaced by Owen Pryce and by Nadia Brook as joint chairs."
        #expect(!has(pair, "successor_of Nadia Brook -> Owen Pryce"), "\(page(pair))")
        // twin: a list after something other than a succession
        let talk = "The launch at Westmoor Homes was followed by questions from Owen Pryce and then by Nadia Brook."
        #expect(!page(talk).contains { $0.hasPrefix("successor_of") }, "\(page(talk))")
        // twin: a chain still to come
        let plan = "Ruth Hartley leaves the Radio Standards Board next year. She will be replaced by Owen Pryce and then by Nadia Brook."
        #expect(!has(plan, "successor_of Nadia Brook -> Owen Pryce"), "\(page(plan))")
    }

    // MARK: `took over the chair`

    @Test func takingOverTheChairSucceedsTheOneWhoStoodDown() {
        // housing
        let homes = "Nadia Brook became chair of Westmoor Homes in 2004. She stepped down as chair in 2009, and Colin Mabey took over the chair."
        #expect(has(homes, "successor_of Colin Mabey -> Nadia Brook"), "\(page(homes))")
        // broadcasting
        let radio = "Ruth Hartley resigned as chairman of the Radio Standards Board soon afterwards, and Owen Pryce took over the chair."
        #expect(has(radio, "successor_of Owen Pryce -> Ruth Hartley"), "\(page(radio))")
        // health
        let health = "Lena Dorsey stood down as chair of the Harbourside Health Trust in May. Colin Mabey took over the chairmanship in June."
        #expect(has(health, "successor_of Colin Mabey -> Lena Dorsey"), "\(page(health))")
        // twin: a chair as furniture, or nobody stood down
        let meeting = "Ruth Hartley opened the meeting of the Radio Standards Board, and Owen Pryce took over the chair's duties for the vote."
        #expect(!page(meeting).contains { $0.hasPrefix("successor_of") }, "\(page(meeting))")
    }

    // MARK: a post introduced with its body, its holder named by reference

    @Test func theHolderOfAnIntroducedPostHoldsItAtItsBody() {
        // water, with an abbreviation between the body and the cue
        let water = "The 1989 Act created the Office of Water Services, Ofwater, headed by a Director General of Water Services. The first holder of that post was Ruth Hartley; Owen Pryce replaced her in 1996."
        #expect(has(water, "holds_role Ruth Hartley -> Office of Water Services [director general of water services]"), "\(page(water))")
        #expect(has(water, "leads Ruth Hartley -> Office of Water Services"), "\(page(water))")
        // the successor takes it on
        #expect(has(water, "holds_role Owen Pryce -> Office of Water Services [director general of water services]"), "\(page(water))")
        // schools, the holder before the reference
        let schools = "The government set up the Schools Funding Office under a Chief Commissioner. Nadia Brook held that job first, from 2001 to 2006."
        #expect(has(schools, "holds_role Nadia Brook -> Schools Funding Office [chief commissioner]"), "\(page(schools))")
        // transport
        let transport = "In 1994 ministers created the Lakeland Transport Authority, led by a Chief Executive. Colin Mabey was the first to hold the post."
        #expect(has(transport, "holds_role Colin Mabey -> Lakeland Transport Authority [chief executive]"), "\(page(transport))")
    }

    @Test func noReferenceOrAPostManyHoldGivesNone() {
        // twin: the holder is not named by reference to the post
        let none = "The 1989 Act created the Office of Water Services, headed by a Director General of Water Services. Ruth Hartley criticised it in 1996."
        #expect(!has(none, "holds_role Ruth Hartley -> Office of Water Services"), "\(page(none))")
        // twin: a body many run (a board of members), not a post one person holds
        let board = "The government set up the Schools Funding Office under a Board of Trustees. Nadia Brook held that job first."
        #expect(!has(board, "holds_role Nadia Brook -> Schools Funding Office"), "\(page(board))")
        // twin: a capitalised word that names no post
        let government = "Westmoor Homes grew under a Labour Government. The first holder of that post was Owen Pryce."
        #expect(!has(government, "holds_role Owen Pryce -> Westmoor Homes"), "\(page(government))")
    }

    // MARK: a post in a career apposition is not handed on

    @Test func aCareerAppositionIsNotHandedOn() {
        // broadcasting
        let radio = "Ruth Hartley, a former chief executive of Westmoor Homes, joined the Radio Standards Board in 2007. Owen Pryce succeeded her in 2011."
        #expect(!has(radio, "holds_role Owen Pryce -> Westmoor Homes"), "\(page(radio))")
        #expect(!has(radio, "leads Owen Pryce -> Westmoor Homes"), "\(page(radio))")
        // health
        let health = "Nadia Brook, formerly director of the Schools Funding Office, came to the Harbourside Health Trust in 2009. Colin Mabey replaced her in 2014."
        #expect(!has(health, "holds_role Colin Mabey -> Schools Funding Office"), "\(page(health))")
        // transport
        let transport = "Lena Dorsey, an ex-chair of the Lakeland Transport Authority, spoke for the campaign. Owen Pryce replaced her as its voice in 2019."
        #expect(!has(transport, "holds_role Owen Pryce -> Lakeland Transport Authority"), "\(page(transport))")
    }

    @Test func aPostHeldIsStillHandedOn() {
        // twin: a post stated after a career apposition is the one handed on, the career is not
        let career = "Nadia Brook, a former headteacher, chaired the Schools Funding Office until 2015. Colin Mabey replaced her."
        #expect(has(career, "holds_role Colin Mabey -> Schools Funding Office"), "\(page(career))")
        // twin: the same post stated as held, not in a career apposition, is handed on
        let held = "Ruth Hartley was chief executive of Westmoor Homes until 2011. Owen Pryce succeeded her in 2011."
        #expect(has(held, "holds_role Owen Pryce -> Westmoor Homes [chief executive]"), "\(page(held))")
        // twin: `the former chief executive`, the page's own post, is still handed on
        let the = "Ruth Hartley, the former chief executive of Westmoor Homes, left in 2011. Owen Pryce succeeded her."
        #expect(has(the, "holds_role Owen Pryce -> Westmoor Homes"), "\(page(the))")
    }
}
