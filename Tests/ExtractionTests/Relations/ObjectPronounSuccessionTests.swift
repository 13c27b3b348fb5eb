import Corpus
import Testing
@testable import Extraction

/// Successions whose one replaced is a pronoun or a description after the verb
/// (``RelationReader/pronounObjectSuccession(_:_:)``), bodies swallowed or absorbed by another, `in succession to`,
/// and a passive succession after an apposition that names a place. Pages written for these tests, on several
/// policy areas, with invented names given as knowledge records; each rule has twins that must give nothing.
@Suite struct ObjectPronounSuccessionTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Youth Grants Office", type: .organization),
        KnowledgeRecord(name: "Skills Funding Board", type: .organization),
        KnowledgeRecord(name: "Adult Courses Agency", type: .organization),
        KnowledgeRecord(name: "Rail Card Office", type: .organization),
        KnowledgeRecord(name: "Travel Pass Agency", type: .organization),
        KnowledgeRecord(name: "Harbour Water Board", type: .organization),
        KnowledgeRecord(name: "Rivers Authority", type: .organization),
        KnowledgeRecord(name: "Park Board", type: .organization),
        KnowledgeRecord(name: "Canal Board", type: .organization),
        KnowledgeRecord(name: "Waterways Trust", type: .organization),
        KnowledgeRecord(name: "Housing Audit Commission", type: .organization),
        KnowledgeRecord(name: "Audit Appointments Ltd", type: .organization),
        KnowledgeRecord(name: "Harbour Council", type: .organization),
        KnowledgeRecord(name: "Leisure Trust", type: .organization),
        KnowledgeRecord(name: "Asset Recovery Office", type: .organization),
        KnowledgeRecord(name: "Serious Fraud Agency", type: .organization),
        KnowledgeRecord(name: "Nadia Brook", type: .person),
        KnowledgeRecord(name: "Colin Mabey", type: .person),
        KnowledgeRecord(name: "Harbour College", type: .organization),
    ]

    /// `predicate subject -> object` of every relation of the page made of `body`.
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records) }
    func successions(_ body: String) -> [String] { page(body).filter { $0.hasPrefix("successor_of") } }

    // MARK: `it`, `them` after the verb

    @Test func aBodyReplacingItSucceedsTheBodyTheClauseBeforeIsAbout() {
        let schools = "Adult courses went to the Adult Courses Agency, and youth courses to the Youth Grants Office, which paid for them until the Skills Funding Board (SFB) took over from it in 2012."
        #expect(page(schools).contains("successor_of Skills Funding Board -> Youth Grants Office"), "\(page(schools))")
        let transport = "The Rail Card Office opened in 2004 and stopped selling cards in 2019, by which time the Travel Pass Agency had effectively replaced it."
        #expect(page(transport).contains("successor_of Travel Pass Agency -> Rail Card Office"), "\(page(transport))")
        let water = "The Harbour Water Board ran the reservoirs for thirty years. In 1989 the Rivers Authority replaced it."
        #expect(page(water).contains("successor_of Rivers Authority -> Harbour Water Board"), "\(page(water))")
        let parks = "The Park Board and the Canal Board were wound up in 2012, and the Waterways Trust replaced them."
        #expect(page(parks).contains("successor_of Waterways Trust -> Park Board"), "\(page(parks))")
        #expect(page(parks).contains("successor_of Waterways Trust -> Canal Board"), "\(page(parks))")
    }

    @Test func aPronounForAThingSwappedOrAPlannedOrNegatedTakeOverGivesNothing() {
        for body in ["The Harbour Water Board bought a billing system in 2010, and in 2015 the Rivers Authority replaced it with its own.",
                     "The Rail Card Office sells cards at stations. Next year the Travel Pass Agency will replace it.",
                     "The Rail Card Office sells cards at stations, and the Travel Pass Agency has not replaced it.",
                     "Did the Travel Pass Agency replace it?"] {
            #expect(successions(body).isEmpty, "\(body) \(successions(body))")
        }
        // (a body inside a relative clause between the heir and its verb is no heir)
        let relative = "The Rail Card Office ran the scheme in 2010, and the Travel Pass Agency, which ran the Harbour Water Board, took over from it."
        #expect(!successions(relative).contains { $0.hasPrefix("successor_of Harbour Water Board") }, "\(successions(relative))")
        // (a person named between the body and the heir: `it` is not shown to be the body)
        let person = "Nadia Brook ran the Harbour Water Board until the Rivers Authority took over from it."
        #expect(!successions(person).contains("successor_of Rivers Authority -> Harbour Water Board"), "\(successions(person))")
    }

    // MARK: a description after the verb

    @Test func aBodyTakingOverFromADescriptionSucceedsTheBodyItDescribes() {
        let audit = "The Housing Audit Commission was abolished in March. Audit Appointments Ltd, a new company, took over the audit contracts from the commission."
        #expect(page(audit).contains("successor_of Audit Appointments Ltd -> Housing Audit Commission"), "\(page(audit))")
        let water = "The Harbour Water Board was set up in 1974. Pollution got worse, and in 1996 the Rivers Authority took over from the old board."
        #expect(page(water).contains("successor_of Rivers Authority -> Harbour Water Board"), "\(page(water))")
        // (an apposition between the heir and its verb)
        let based = "The Harbour Water Board was set up in 1974. In 1996 the Rivers Authority, based in Leeds, took over from the old board."
        #expect(page(based).contains("successor_of Rivers Authority -> Harbour Water Board"), "\(page(based))")
    }

    @Test func aDescriptionOfAnotherKindOrAPlanGivesNothing() {
        for body in ["The Housing Audit Commission was abolished in March. Audit Appointments Ltd will take over the audit contracts from the commission.",
                     "The Housing Audit Commission was abolished in March. Audit Appointments Ltd took over the audit contracts from the ministry."] {
            #expect(successions(body).isEmpty, "\(body) \(successions(body))")
        }
    }

    // MARK: swallowed, absorbed; in succession to

    @Test func aBodySwallowedOrAbsorbedByAnotherIsSucceededByIt() {
        let crime = "Yesterday the Asset Recovery Office was formally swallowed by the Serious Fraud Agency."
        #expect(page(crime).contains("successor_of Serious Fraud Agency -> Asset Recovery Office"), "\(page(crime))")
        let leisure = "The Leisure Trust, absorbed by Harbour Council in 2015, had run the pools for a decade."
        #expect(page(leisure).contains("successor_of Harbour Council -> Leisure Trust"), "\(page(leisure))")
        let twin = "The Leisure Trust's losses were absorbed by Harbour Council in 2015."
        #expect(successions(twin).isEmpty, "\(successions(twin))")
    }

    @Test func aPostTakenInSuccessionToAPersonIsASuccession() {
        let body = "In 2011 Nadia Brook became chief executive in succession to Colin Mabey."
        #expect(page(body).contains("successor_of Nadia Brook -> Colin Mabey"), "\(page(body))")
        let twin = "In 2011 Nadia Brook became chief executive, working closely with Colin Mabey."
        #expect(successions(twin).isEmpty, "\(successions(twin))")
    }

    // MARK: a passive after an apposition naming a place

    @Test func aPassiveSuccessionAfterAnAppositionThatNamesAPlaceIsTheSubjects() {
        let body = "Colin Mabey, a lawyer and the principal of Harbour College, Oxford, chaired the fertility authority from 1994 until 2002 and was succeeded by Nadia Brook."
        #expect(page(body).contains("successor_of Nadia Brook -> Colin Mabey"), "\(page(body))")
        let twin = "Colin Mabey, a lawyer and the principal of Harbour College, Oxford, chaired the fertility authority from 1994 until 2002 and was advised by Nadia Brook."
        #expect(successions(twin).isEmpty, "\(successions(twin))")
    }
}
