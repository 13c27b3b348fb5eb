import Corpus
import Testing
@testable import Extraction

/// Successions whose subject is a pronoun or a description (``RelationReader/pronounSubjectSuccession(_:_:)``),
/// a successor described with the term of the post (`his interim replacement`) or with the post
/// (`'s successor as chief executive`), and a `who` clause after an apposition that names a place. Pages written
/// for these tests with invented names given as knowledge records; each rule has twins (planned, negated, asked,
/// another relation) that must give nothing.
@Suite struct PronounSubjectSuccessionTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Fenland Water Board", type: .organization),
        KnowledgeRecord(name: "Rivers Agency", type: .organization),
        KnowledgeRecord(name: "School Meals Office", type: .organization),
        KnowledgeRecord(name: "Food in Schools Trust", type: .organization),
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nadia Brook", type: .person),
        KnowledgeRecord(name: "Colin Mabey", type: .person),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
    ]

    /// `predicate subject -> object` of every relation of the page made of `body`.
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records) }

    // MARK: a body named by `it` or a description

    @Test func aBodyReplacingTheOneThePronounStandsForSucceedsIt() {
        for body in ["The Fenland Water Board managed drainage for forty years. It was replaced by the Rivers Agency in 2012.",
                     "The Fenland Water Board was set up in 1970, and in April 2012 it was replaced by the Rivers Agency, which also runs the locks.",
                     "The Fenland Water Board lost its drainage work in 2010. It was later renamed the Rivers Agency."] {
            #expect(page(body).contains("successor_of Rivers Agency -> Fenland Water Board"), "\(body) \(page(body))")
        }
        let active = "The School Meals Office closed in 2009. It replaced the Food in Schools Trust, which had run the scheme since 1995."
        #expect(page(active).contains("successor_of School Meals Office -> Food in Schools Trust"), "\(page(active))")
    }

    @Test func aPlannedNegatedOrAskedReplacementOfTheBodyGivesNothing() {
        for body in ["The Fenland Water Board managed drainage for forty years. It is to be replaced by the Rivers Agency next year.",
                     "The Fenland Water Board managed drainage for forty years. It was not replaced by the Rivers Agency, as some feared.",
                     "The Fenland Water Board managed drainage for forty years. Was it replaced by the Rivers Agency?",
                     "The Fenland Water Board managed drainage for forty years. It became the Rivers Agency's main partner."] {
            #expect(!page(body).contains { $0.hasPrefix("successor_of") }, "\(body) \(page(body))")
        }
    }

    // MARK: a person named by `he` or `she`

    @Test func theOneAnOpeningPronounStandsForSucceedsThePersonNamedAfterTheVerb() {
        let body = "Westmoor Homes named Owen Pryce as its new chair on Friday. He succeeds Ruth Hartley, who led the board for nine years."
        #expect(page(body).contains("successor_of Owen Pryce -> Ruth Hartley"), "\(page(body))")
        let takes = "Nadia Brook becomes chief inspector of schools in June. She takes over from Colin Mabey, who retires."
        #expect(page(takes).contains("successor_of Nadia Brook -> Colin Mabey"), "\(page(takes))")
    }

    @Test func aPronounWhoOnlyHopesToSucceedOrMeetsThePersonGivesNothing() {
        for body in ["Westmoor Homes named Owen Pryce as a board member on Friday. He hopes to succeed Ruth Hartley next year.",
                     "Westmoor Homes named Owen Pryce as a board member on Friday. He met Ruth Hartley in May.",
                     "Westmoor Homes named Owen Pryce as a board member on Friday. Has he replaced Ruth Hartley?"] {
            #expect(!page(body).contains { $0.hasPrefix("successor_of") }, "\(body) \(page(body))")
        }
    }

    // MARK: the successor described

    @Test func anInterimReplacementOrASuccessorAsAPostIsASuccessor() {
        let interim = "Colin Mabey stepped down as chair of Westmoor Homes in May. His interim replacement as chair, Nadia Brook, ran a hospice."
        #expect(page(interim).contains("successor_of Nadia Brook -> Colin Mabey"), "\(page(interim))")
        let post = "Colin Mabey's successor as chief executive, Nadia Brook, arrived from a hospital trust in June."
        #expect(page(post).contains("successor_of Nadia Brook -> Colin Mabey"), "\(page(post))")
        let twin = "Colin Mabey's deputy as chief executive, Nadia Brook, arrived from a hospital trust in June."
        #expect(!page(twin).contains { $0.hasPrefix("successor_of") }, "\(page(twin))")
    }

    @Test func aWhoClauseAfterAnAppositionNamingAPlaceIsSaidOfThePersonDescribed() {
        let body = "The housing committee has been chaired since 2019 by Nadia Brook, the Labour MP for Leeds North and Otley, who took over from Colin Mabey."
        let all = page(body)
        #expect(all.contains("successor_of Nadia Brook -> Colin Mabey"), "\(all)")
        #expect(!all.contains { $0.hasPrefix("successor_of Otley") }, "\(all)")
        let twin = "The housing committee has been chaired since 2019 by Nadia Brook, the Labour MP for Leeds North and Otley, who worked with Colin Mabey."
        #expect(!page(twin).contains { $0.hasPrefix("successor_of") }, "\(page(twin))")
    }
}
