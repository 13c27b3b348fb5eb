import Corpus
import Testing
@testable import Extraction

/// Posts passed on in a person succession, read over a whole page written for these tests (invented names, given
/// as knowledge records): the post the one replaced held, read from the heir's (``RoleInheritance``); a post
/// named with its own body in the succession; a post stated before its holder after a time phrase or a `who`
/// clause (``RelationReader/contextPostHolders(_:_:)``); each with a twin that gives nothing.
@Suite struct SuccessionPostTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nadia Brook", type: .person),
        KnowledgeRecord(name: "Colin Mabey", type: .person),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
        KnowledgeRecord(name: "Eastgate Estates", type: .organization),
        KnowledgeRecord(name: "Tidewater Schools Trust", type: .organization),
        KnowledgeRecord(name: "Shell", type: .organization),
        KnowledgeRecord(name: "Lakeland Transport Authority", type: .organization),
        KnowledgeRecord(name: "Harbourside Health Trust", type: .organization),
    ]

    /// `predicate subject -> object [label] (qualifier)` of every relation of the page made of `body`.
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records, labels: true, qualifiers: true) }
    func has(_ body: String, _ prefix: String) -> Bool { page(body).contains { $0.hasPrefix(prefix) } }

    // MARK: the post handed back to the one replaced

    @Test func theOneReplacedHeldTheHeirsPost() {
        // the heir's post in the same sentence, through `its`
        let its = "Westmoor Homes lets flats in four towns. Its chief executive, Owen Pryce, took over from Ruth Hartley in 2019."
        #expect(has(its, "holds_role Ruth Hartley -> Westmoor Homes [chief executive] (former)"), "\(page(its))")
        // the heir's post stated in the paragraph before the pronoun's succession
        let before = "Owen Pryce is chief executive of Westmoor Homes.\n\nHis predecessor, Ruth Hartley, made the same complaint."
        #expect(has(before, "holds_role Ruth Hartley -> Westmoor Homes [chief executive] (former)"), "\(page(before))")
        // a post of its own field
        let minister = "Owen Pryce has been Health Secretary since July 2018, when he took over from Ruth Hartley."
        #expect(page(minister).contains { $0.hasPrefix("holds_role Ruth Hartley") && $0.contains("[health secretary]") && $0.hasSuffix("(former)") }, "\(page(minister))")
    }

    @Test func aPostTakenOnLeavingDoesNotStopTheHandBack() {
        // the one replaced left for a post elsewhere in the year of the succession: the heir's post is still his former one
        let leftFor = "Westmoor Homes lets flats in four towns. Its chief executive, Owen Pryce, had succeeded Ruth Hartley, who left in 2019 to become chair of Eastgate Estates."
        #expect(has(leftFor, "holds_role Ruth Hartley -> Westmoor Homes [chief executive] (former)"), "\(page(leftFor))")
        #expect(has(leftFor, "holds_role Ruth Hartley -> Eastgate Estates [chair]"), "\(page(leftFor))")
        // twin: a post of hers held since long before the succession is her own post, and nothing is handed back
        let heldBefore = "Ruth Hartley has been chair of Eastgate Estates since 2009. Westmoor Homes lets flats in four towns. Its chief executive, Owen Pryce, succeeded Ruth Hartley in 2019."
        #expect(!has(heldBefore, "holds_role Ruth Hartley -> Westmoor Homes"), "\(page(heldBefore))")
        // twin: her post at the heir's own body, from the year the heir's term is dated, is the post handed on
        let sameBody = "Owen Pryce is chair of Westmoor Homes. He succeeds Ruth Hartley, who chaired Westmoor Homes from 2016."
        #expect(has(sameBody, "holds_role Ruth Hartley -> Westmoor Homes [chair]"), "\(page(sameBody))")
        #expect(!has(sameBody, "holds_role Owen Pryce -> Eastgate Estates"), "\(page(sameBody))")
    }

    @Test func aBodyNamedInTheOpeningPhraseOwnsTheContextPost() {
        let body = "Eastgate Estates builds houses. At Westmoor Homes the chair was Nadia Brook."
        #expect(has(body, "holds_role Nadia Brook -> Westmoor Homes [chair]"), "\(page(body))")
        #expect(!has(body, "holds_role Nadia Brook -> Eastgate Estates"), "\(page(body))")
    }

    @Test func noPostIsHandedBackWhenItIsNotClear() {
        // the heir holds posts at two bodies: which one was taken is not said
        let two = "Owen Pryce is chief executive of Westmoor Homes. Owen Pryce is chair of Eastgate Estates. Owen Pryce replaced Ruth Hartley in 2019."
        #expect(!page(two).contains { $0.hasPrefix("holds_role Ruth Hartley") }, "\(page(two))")
        // a post the heir had left before is not the one taken
        let left = "Owen Pryce, a former chief executive of Westmoor Homes, replaced Ruth Hartley in 2019."
        #expect(!page(left).contains { $0.hasPrefix("holds_role Ruth Hartley -> Westmoor Homes") }, "\(page(left))")
        // a succession denied gives nothing to hand back
        let denied = "Westmoor Homes lets flats. Its chief executive, Owen Pryce, did not take over from Ruth Hartley."
        #expect(!page(denied).contains { $0.hasPrefix("holds_role Ruth Hartley") }, "\(page(denied))")
        // the one replaced already has a post stated: hers is handed on, not the heir's handed back
        let stated = "Ruth Hartley chaired Eastgate Estates for a decade. Owen Pryce, chief executive of Westmoor Homes, replaced her in 2019."
        #expect(!page(stated).contains { $0.hasPrefix("holds_role Ruth Hartley -> Westmoor Homes") }, "\(page(stated))")
    }

    @Test func anEarlierPostIsNotHandedBackWhenTheSuccessionNamesAnotherBody() {
        let other = "Owen Pryce is chief executive of Westmoor Homes.\n\nOwen Pryce then joined Eastgate Estates, replacing Ruth Hartley."
        #expect(!page(other).contains { $0.hasPrefix("holds_role Ruth Hartley -> Westmoor Homes") }, "\(page(other))")
        // the twin: no body named with the succession
        let same = "Owen Pryce is chief executive of Westmoor Homes.\n\nOwen Pryce replaced Ruth Hartley in 2019."
        #expect(page(same).contains { $0.hasPrefix("holds_role Ruth Hartley -> Westmoor Homes [chief executive] (former)") }, "\(page(same))")
    }

    // MARK: the post named with its own body

    @Test func aPostNamedWithItsBodyIsTheOneTaken() {
        let body = "Ruth Hartley became chief executive of Westmoor Homes in 2016; Owen Pryce succeeded her as chief executive of Eastgate Estates."
        let all = page(body)
        #expect(all.contains { $0.hasPrefix("holds_role Owen Pryce -> Eastgate Estates [chief executive]") }, "\(all)")
        #expect(!all.contains { $0.hasPrefix("holds_role Owen Pryce -> Westmoor Homes") }, "\(all)")
        // the twin: no body in the `as` phrase, and her post is handed on
        let bare = "Ruth Hartley became chief executive of Westmoor Homes in 2016. Owen Pryce succeeded her in 2020."
        #expect(page(bare).contains { $0.hasPrefix("holds_role Owen Pryce -> Westmoor Homes [chief executive]") }, "\(page(bare))")
    }

    @Test func oneExecutiveAmongManyIsNoPostHandedOn() {
        let body = "Ruth Hartley, a former Shell executive, ran the board. Ruth Hartley left in 2018 and was succeeded by Owen Pryce."
        #expect(!page(body).contains { $0.hasPrefix("holds_role Owen Pryce -> Shell") }, "\(page(body))")
        // a chief executive is one
        let chief = "Ruth Hartley was chief executive of Shell until 2018. Ruth Hartley left in 2018 and was succeeded by Owen Pryce."
        #expect(page(chief).contains { $0.hasPrefix("holds_role Owen Pryce -> Shell [chief executive]") }, "\(page(chief))")
    }

    // MARK: the post before its holder

    @Test func aPostBeforeTheHolderAfterATimePhraseOrAWhoClause() {
        let time = "Tidewater Schools Trust runs nine academies. For most of the decade the chief executive was Ruth Hartley."
        #expect(has(time, "holds_role Ruth Hartley -> Tidewater Schools Trust [chief executive]"), "\(page(time))")
        let who = "Tidewater Schools Trust runs nine academies. The chief executive who had to cut the budget was Owen Pryce."
        #expect(has(who, "holds_role Owen Pryce -> Tidewater Schools Trust [chief executive]"), "\(page(who))")
        // a chair of the board's members: the post whole, at the body
        let trustees = "Tidewater Schools Trust runs nine academies. The chair of trustees was Nadia Brook, at the time also a director of Shell."
        #expect(has(trustees, "holds_role Nadia Brook -> Tidewater Schools Trust [chair of trustees]"), "\(page(trustees))")
        // the twin: `of` a body's description names that body (`of the trust`), not the members
        let visitors = "Tidewater Schools Trust runs nine academies. The chair of visitors was Nadia Brook."
        #expect(!has(visitors, "holds_role Nadia Brook -> Tidewater Schools Trust [chair of visitors]"), "\(page(visitors))")
        // then the successor takes it
        let heir = "Tidewater Schools Trust runs nine academies. For most of that time the chief executive was Ruth Hartley, who left in 2017 and was replaced by Owen Pryce."
        #expect(has(heir, "holds_role Owen Pryce -> Tidewater Schools Trust [chief executive]"), "\(page(heir))")
    }

    @Test func aPostStillToComeBeforeTheHolderIsNone() {
        let future = "Tidewater Schools Trust runs nine academies. The chief executive who will take over in May is Owen Pryce."
        #expect(!has(future, "holds_role Owen Pryce -> Tidewater Schools Trust"), "\(page(future))")
        let modal = "Tidewater Schools Trust runs nine academies. The chair who could save it is Owen Pryce."
        #expect(!has(modal, "holds_role Owen Pryce -> Tidewater Schools Trust"), "\(page(modal))")
    }
}

/// A post after `is`/`was` with no article (`Ruth Hartley was chief executive of Westmoor Homes`), a role after
/// `previously` (held before, so no post handed on and no body for a new post), read in sentences written for
/// these tests, with twins.
@Suite struct BareCopulaAndPastRoleTests {
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: KnowledgeBase(records: SuccessionPostTests.records)) }

    @Test func aPostWithNoArticleNamesItsBody() {
        let now = read("The board met. Owen Pryce is chief executive of Westmoor Homes.")
        #expect(now.contains("holds_role Owen Pryce -> Westmoor Homes [chief executive]"), "\(now)")
        #expect(read("The board met. Ruth Hartley was chair of Eastgate Estates until 2018.").contains("holds_role Ruth Hartley -> Eastgate Estates [chair]"))
        // the twins: denied, or a verb rather than a post
        #expect(!read("The board met. Owen Pryce was not chief executive of Westmoor Homes.").contains { $0.hasPrefix("holds_role Owen Pryce -> Westmoor Homes") })
        #expect(!read("The board met. Owen Pryce was chairing the Westmoor Homes meeting.").contains { $0.hasPrefix("holds_role Owen Pryce") && $0.contains("[chair") })
        #expect(!read("The board met. Owen Pryce was told by MPs that he could not stay.").contains { $0.hasPrefix("holds_role Owen Pryce") })
    }

    @Test func aRoleAfterPreviouslyIsHeldBefore() {
        let all = read("Westmoor Homes grew. Owen Pryce, previously head of Eastgate Estates, took over from Ruth Hartley as chair in January 2019.")
        #expect(all.contains { $0.hasPrefix("holds_role Owen Pryce -> Eastgate Estates [head] (former)") }, "\(all)")
        #expect(!all.contains { $0.hasPrefix("holds_role Owen Pryce -> Eastgate Estates [head]") && !$0.hasSuffix("(former)") }, "\(all)")
        // the new post is not at the body left before
        #expect(!all.contains { $0.hasPrefix("holds_role Owen Pryce -> Eastgate Estates [chair]") }, "\(all)")
        // a post at that body the person held before under the same title is that post (`ran it as chair`)
        let ran = read("Westmoor Homes grew. Owen Pryce, who ran Eastgate Estates as chief executive from 1990 to 1997, spoke first.")
        #expect(!ran.contains { $0.hasPrefix("holds_role Owen Pryce -> - [chief executive]") }, "\(ran)")
        // the twin: `currently` keeps the post held now
        let now = read("Westmoor Homes grew. Owen Pryce, currently head of Eastgate Estates, spoke first.")
        #expect(now.contains { $0.hasPrefix("holds_role Owen Pryce -> Eastgate Estates [head]") && !$0.hasSuffix("(former)") }, "\(now)")
    }

}

extension SuccessionPostTests {
    // MARK: a chain of holders, and only the post succeeded

    @Test func aPostHandedOnIsHandedOnAgainAlongAChain() {
        // housing: the heir of the heir
        let homes = "Ruth Hartley was chief executive of Westmoor Homes until 2015. She was succeeded by Owen Pryce, who was in turn replaced by Nadia Brook in 2021."
        #expect(has(homes, "holds_role Owen Pryce -> Westmoor Homes [chief executive]"), "\(page(homes))")
        #expect(has(homes, "holds_role Nadia Brook -> Westmoor Homes [chief executive]"), "\(page(homes))")
        // schools, over two sentences
        let schools = "Colin Mabey was head of the Tidewater Schools Trust until 2012, when Owen Pryce succeeded him. In 2018 Nadia Brook replaced Owen Pryce."
        #expect(has(schools, "holds_role Nadia Brook -> Tidewater Schools Trust [head]"), "\(page(schools))")
        // transport
        let transport = "Nadia Brook chaired the Lakeland Transport Authority from 2009. Colin Mabey succeeded her in 2014, and Ruth Hartley succeeded Colin Mabey in 2019."
        #expect(has(transport, "holds_role Ruth Hartley -> Lakeland Transport Authority"), "\(page(transport))")
        // twin: the last succession names a post elsewhere, and the chain's post is not handed on
        let elsewhere = "Ruth Hartley was chief executive of Westmoor Homes until 2015. She was succeeded by Owen Pryce. In 2021 Nadia Brook replaced Owen Pryce as chair of Eastgate Estates."
        #expect(!has(elsewhere, "holds_role Nadia Brook -> Westmoor Homes"), "\(page(elsewhere))")
    }

    @Test func aFormerCareerIsNotHandedOn() {
        // the post at a body is handed on, the career in apposition is not (and does not block it)
        let housing = "Ruth Hartley, a former headteacher, chaired Westmoor Homes until 2015. She was replaced by Colin Mabey."
        #expect(has(housing, "holds_role Colin Mabey -> Westmoor Homes"), "\(page(housing))")
        #expect(!page(housing).contains { $0.hasPrefix("holds_role Colin Mabey") && $0.contains("headteacher") }, "\(page(housing))")
        // a career alone is handed on to nobody
        let health = "Owen Pryce, a former probation officer, was replaced by Nadia Brook."
        #expect(!page(health).contains { $0.hasPrefix("holds_role Nadia Brook") }, "\(page(health))")
        let transport = "Nadia Brook, a former train driver, was succeeded by Ruth Hartley in 2012."
        #expect(!page(transport).contains { $0.hasPrefix("holds_role Ruth Hartley") }, "\(page(transport))")
        // twin: a former post that names its scope is still the post taken
        let minister = "Owen Pryce replaced Ruth Hartley, the former schools minister, in 2019."
        #expect(page(minister).contains { $0.hasPrefix("holds_role Owen Pryce") && $0.contains("schools minister") }, "\(page(minister))")
    }

    @Test func aNamedPostIsPlacedWhereTheOneReplacedHeldIt() {
        // the post taken named alone, the body where the one replaced held it named a paragraph before
        let health = "Ruth Hartley, who had succeeded Colin Mabey as director general of the Harbourside Health Trust in 2013, cut the budget for clinics.\n\nNadia Brook, formerly head of Eastgate Estates, took over from Ruth Hartley as director general that September."
        #expect(has(health, "holds_role Nadia Brook -> Harbourside Health Trust [director general]"), "\(page(health))")
        let housing = "Owen Pryce, who had replaced Colin Mabey as chief executive of Westmoor Homes in 2011, sold two estates.\n\nNadia Brook, formerly head of Eastgate Estates, replaced Owen Pryce as chief executive in 2016."
        #expect(has(housing, "holds_role Nadia Brook -> Westmoor Homes [chief executive]"), "\(page(housing))")
        #expect(!has(housing, "holds_role Nadia Brook -> Eastgate Estates [chief executive]"), "\(page(housing))")
        // twin: a succession denied places nothing
        let denied = "Colin Mabey was director general of the Harbourside Health Trust for a decade. Nadia Brook did not take over from Colin Mabey as director general."
        #expect(!has(denied, "holds_role Nadia Brook -> Harbourside Health Trust"), "\(page(denied))")
    }
}
