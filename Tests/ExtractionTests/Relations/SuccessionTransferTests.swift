import Corpus
import Testing
@testable import Extraction

/// Successions stated by a body's work passing on (``RelationReader/workPassedOn(_:_:)``), its work shared out
/// between bodies listed with relative clauses, a plural standing for the bodies merged (`the two`, `they`), `it`
/// merged with another to form a new body, a body split into new ones, a person's succession verb read past a
/// clause that names others, and `his replacement at the ministry`. Pages written for these tests, on several
/// policy areas, with invented names given as knowledge records; each rule has twins that must give nothing.
@Suite struct SuccessionTransferTests {
    static let records: [KnowledgeRecord] = [
        "Northshire Health Board", "Screening Standards Agency", "Department of Health", "Coastal Survey Office",
        "Marine Data Wales", "Welsh Government", "Roads Board", "Highways Authority", "Probation Company",
        "Offender Service", "Ministry of Justice", "Skills Council", "Adult Learning Agency", "Youth Training Agency",
        "Housing Grants Agency", "Tenancy Standards Agency", "Family Health Authority", "District Health Authority",
        "Northgate Health Commission", "Bus Agency", "Tram Agency", "Transit Funding Agency", "School Places Board",
        "Pupil Funding Board", "Schools Funding Agency", "Rail Standards Agency", "Track Safety Unit",
        "Rail Safety Authority", "Rail Safety England", "Department for Health and Housing", "Department for Housing",
        "Water Board", "Rivers Agency", "Canals Trust", "Northgate Mutual", "Home Office", "Fenland Water Board",
        "Westmoor Homes",
    ].map { KnowledgeRecord(name: $0, type: .organization) } + [
        "Ann Reed", "Tom Vale", "Sam Cole", "Ruth Hartley", "Owen Pryce", "Nadia Brook",
    ].map { KnowledgeRecord(name: $0, type: .person) }

    /// `predicate subject -> object` of every relation of the page made of `body`.
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records) }

    // MARK: a body's work passing on

    @Test func theBodyAWorkPassesToSucceedsTheBodyItWas() {
        let cases = [
            ("The Northshire Health Board closed at the end of March, and on Sunday its screening work passed to a new executive agency of the Department of Health, the Screening Standards Agency, while its other duties went back into the department.",
             "successor_of Screening Standards Agency -> Northshire Health Board"),
            ("The Coastal Survey Office ceased to exist on Monday. Its mapping, grants and licensing work has passed to a new body of its own, Marine Data Wales.",
             "successor_of Marine Data Wales -> Coastal Survey Office"),
            ("The Roads Board was made independent in 2005, and in April 2007 its functions were folded into the Highways Authority.",
             "successor_of Highways Authority -> Roads Board"),
            ("From today the remaining work of the Probation Company transfers to the new Offender Service, part of the Ministry of Justice.",
             "successor_of Offender Service -> Probation Company"),
        ]
        for (body, edge) in cases {
            #expect(page(body).contains(edge), "\(body) \(page(body))")
        }
        // the department the new agency belongs to is no heir
        #expect(!page(cases[0].0).contains("successor_of Department of Health -> Northshire Health Board"))
    }

    @Test func aTransferToComeNegatedOrOfAPersonGivesNoSuccession() {
        for body in ["The Roads Board is still busy, and next year its functions will be folded into the Highways Authority.",
                     "The Roads Board survived, and its functions were never transferred to the Highways Authority.",
                     "Ann Reed left the Roads Board in May, and her work passed to the Highways Authority.",
                     "The Roads Board grew fast, and its staff moved to new offices near the Highways Authority."] {
            #expect(!page(body).contains("successor_of Highways Authority -> Roads Board"), "\(body) \(page(body))")
        }
    }

    // MARK: work shared out between bodies described by relative clauses

    @Test func eachBodyTheWorkIsDividedBetweenSucceedsIt() {
        let now = "The Skills Council closed yesterday, and its budget and its staff are divided between two successors: the Adult Learning Agency, which funds colleges, and the Youth Training Agency, which pays councils."
        #expect(page(now).contains("successor_of Adult Learning Agency -> Skills Council"), "\(page(now))")
        #expect(page(now).contains("successor_of Youth Training Agency -> Skills Council"), "\(page(now))")
        let housing = "The Skills Council was wound up in 2012. Its work was split between the Housing Grants Agency, which paid for new homes, and the Tenancy Standards Agency, which inspects landlords."
        #expect(page(housing).contains("successor_of Housing Grants Agency -> Skills Council"), "\(page(housing))")
        #expect(page(housing).contains("successor_of Tenancy Standards Agency -> Skills Council"), "\(page(housing))")
        let planned = "The Skills Council survives for now, but its budget will be divided between the Adult Learning Agency, which funds colleges, and the Youth Training Agency."
        #expect(!page(planned).contains { $0.hasPrefix("successor_of") }, "\(page(planned))")
    }

    // MARK: a plural for the bodies merged

    @Test func theBodyThePluralIsMergedIntoSucceedsEachOfThem() {
        let health = "Until then, patients registered with the Family Health Authority and dealt separately with the District Health Authority. In April 1996 the two were brought together in the Northgate Health Commission, a single body for the county."
        #expect(page(health).contains("successor_of Northgate Health Commission -> Family Health Authority"), "\(page(health))")
        #expect(page(health).contains("successor_of Northgate Health Commission -> District Health Authority"), "\(page(health))")
        let transport = "Ann Reed confirmed that the Bus Agency and the Tram Agency would merge, and on Saturday they became a single Transit Funding Agency."
        #expect(page(transport).contains("successor_of Transit Funding Agency -> Bus Agency"), "\(page(transport))")
        #expect(page(transport).contains("successor_of Transit Funding Agency -> Tram Agency"), "\(page(transport))")
        let schools = "The School Places Board and the Pupil Funding Board had long overlapped. Both bodies were merged into the Schools Funding Agency in 2015."
        #expect(page(schools).contains("successor_of Schools Funding Agency -> School Places Board"), "\(page(schools))")
        #expect(page(schools).contains("successor_of Schools Funding Agency -> Pupil Funding Board"), "\(page(schools))")
    }

    @Test func aPluralWithNoMatchingBodiesOrNoMergerGivesNoSuccession() {
        for body in [
            // three bodies named before, `the two` counted
            "The Bus Agency, the Tram Agency and the Rivers Agency all overlapped. The two were brought together in the Transit Funding Agency.",
            // a merger still to come
            "Ann Reed said the Bus Agency and the Tram Agency would merge, and next year they will become a single Transit Funding Agency.",
            // `became` with no single new body
            "The Bus Agency and the Tram Agency stayed apart, and they became partners of the Transit Funding Agency.",
        ] {
            #expect(!page(body).contains { $0.hasPrefix("successor_of Transit Funding Agency") }, "\(body) \(page(body))")
        }
    }

    // MARK: `it` merged with another body, a body split

    @Test func theBodyFormedByMergingItSucceedsTheBodyItStandsFor() {
        let rail = "The Rail Standards Agency was set up in 1996. In 2006 it was merged with the Track Safety Unit to form the Rail Safety Authority."
        #expect(page(rail).contains("successor_of Rail Safety Authority -> Rail Standards Agency"), "\(page(rail))")
        #expect(page(rail).contains("successor_of Rail Safety Authority -> Track Safety Unit"), "\(page(rail))")
        // `started life as`: `it` was then the earlier body
        let later = "What we now call Rail Safety England started life as the Rail Standards Agency. In 2006 it was merged with the Track Safety Unit to form the Rail Safety Authority."
        #expect(page(later).contains("successor_of Rail Safety Authority -> Rail Standards Agency"), "\(page(later))")
        #expect(!page(later).contains("successor_of Rail Safety Authority -> Rail Safety England"), "\(page(later))")
        let planned = "The Rail Standards Agency was set up in 1996. In 2026 it may be merged with the Track Safety Unit to form the Rail Safety Authority."
        #expect(!page(planned).contains("successor_of Rail Safety Authority -> Rail Standards Agency"), "\(page(planned))")
    }

    @Test func eachBodyASplitCreatesSucceedsTheBodySplit() {
        let split = "When Tom Vale became prime minister in June 2007 he split the Department for Health and Housing in two, creating the Department of Health and the Department for Housing."
        #expect(page(split).contains("successor_of Department of Health -> Department for Health and Housing"), "\(page(split))")
        #expect(page(split).contains("successor_of Department for Housing -> Department for Health and Housing"), "\(page(split))")
        let water = "The Water Act divided the Water Board into the Rivers Agency and the Canals Trust."
        #expect(page(water).contains("successor_of Rivers Agency -> Water Board"), "\(page(water))")
        #expect(page(water).contains("successor_of Canals Trust -> Water Board"), "\(page(water))")
        for body in ["Ministers may yet split the Water Board in two, creating the Rivers Agency and the Canals Trust.",
                     "The Water Act divided the Water Board's grants between the Rivers Agency and the Canals Trust."] {
            #expect(!page(body).contains("successor_of Rivers Agency -> Water Board"), "\(body) \(page(body))")
        }
    }

    // MARK: people

    @Test func aPersonsSuccessionVerbIsReadPastAClauseNamingOthers() {
        let cases = [
            ("Sam Cole, who came from the insurer Northgate Mutual, succeeded Tom Vale in 2004 and led the council through two rounds of cuts.",
             "successor_of Sam Cole -> Tom Vale"),
            ("Ruth Hartley, a senior official at the Home Office before she left, arrived in June 2019 to succeed Owen Pryce, who had held the job since 2016.",
             "successor_of Ruth Hartley -> Owen Pryce"),
            ("Nadia Brook, whom the Fenland Water Board had hired in 2010, replaced Ann Reed as chief executive in 2015.",
             "successor_of Nadia Brook -> Ann Reed"),
        ]
        for (body, edge) in cases {
            #expect(page(body).contains(edge), "\(body) \(page(body))")
        }
        for body in ["Sam Cole, who came from the insurer Northgate Mutual, succeeded Tom Vale's deputy in 2004.",
                     "Sam Cole, who came from the insurer Northgate Mutual, will succeed Tom Vale in 2026."] {
            #expect(!page(body).contains("successor_of Sam Cole -> Tom Vale"), "\(body) \(page(body))")
        }
    }

    @Test func hisReplacementAtADescribedBodyIsHisSuccessor() {
        let body = "Owen Pryce moved to the Treasury in May. His replacement at the ministry is Ruth Hartley, the former housing minister."
        #expect(page(body).contains("successor_of Ruth Hartley -> Owen Pryce"), "\(page(body))")
        let twin = "Owen Pryce moved to the Treasury in May. His office at the ministry is next to Ruth Hartley's."
        #expect(!page(twin).contains("successor_of Ruth Hartley -> Owen Pryce"), "\(page(twin))")
    }

    // MARK: `took over their work`

    @Test func aBodyTakingOverTheirWorkSucceedsEveryBodyNamedTogether() {
        let body = "The School Places Board and the Pupil Funding Board were both abolished, and the Schools Funding Agency took over their work in April 2018."
        #expect(page(body).contains("successor_of Schools Funding Agency -> School Places Board"), "\(page(body))")
        #expect(page(body).contains("successor_of Schools Funding Agency -> Pupil Funding Board"), "\(page(body))")
        let its = "The School Places Board and the Pupil Funding Board were inspected, and the Schools Funding Agency took over its work in April 2018."
        #expect(!page(its).contains("successor_of Schools Funding Agency -> School Places Board"), "\(page(its))")
    }
}

/// Hand-overs at the end of a term (``RelationReader/stepDownTakeOver(_:_:)``, ``RelationReader/untilTakeOver(_:)``,
/// ``RelationReader/passiveSuccessionAfterClause(_:_:)``): `departed`, `left that year`, `became acting`, `took
/// the job`, `was followed in 2006 by`.
@Suite struct TermHandOverTests {
    func page(_ body: String) -> [String] { SuccessionTransferTests().page(body) }

    @Test func aNewcomerAfterADepartureSucceedsTheOneWhoLeft() {
        let cases = [
            ("Tom Vale departed at the end of his term in July. Ann Reed, the trust's general counsel, became interim chief executive.",
             "successor_of Ann Reed -> Tom Vale"),
            ("Owen Pryce left that year. Ruth Hartley, a former civil servant, took over as chief executive in 2013.",
             "successor_of Ruth Hartley -> Owen Pryce"),
            ("Nadia Brook stood in as interim chief inspector until Sam Cole, previously at the Home Office, took the job that October.",
             "successor_of Sam Cole -> Nadia Brook"),
            ("Tom Vale chaired the Water Board from 2001. He was followed in 2006 by the businessman Sam Cole, who resigned in 2008.",
             "successor_of Sam Cole -> Tom Vale"),
        ]
        for (body, edge) in cases {
            #expect(page(body).contains(edge), "\(body) \(page(body))")
        }
    }

    @Test func noDepartureOrAnotherTakingGivesNoHandOver() {
        for (body, edge) in [
            ("Tom Vale praised the board in July. Ann Reed, the trust's general counsel, became interim chief executive.", "successor_of Ann Reed -> Tom Vale"),
            ("Owen Pryce left the meeting early. Ruth Hartley took over the contract in 2013.", "successor_of Ruth Hartley -> Owen Pryce"),
            ("Nadia Brook ran the review until Sam Cole, previously at the Home Office, took the train home.", "successor_of Sam Cole -> Nadia Brook"),
            ("Tom Vale was not followed by Sam Cole.", "successor_of Sam Cole -> Tom Vale"),
        ] {
            #expect(!page(body).contains(edge), "\(body) \(page(body))")
        }
    }
}

/// `It swallowed A and B`: the body `it` stands for succeeds each body of the list.
@Suite struct PronounSwallowedTests {
    func page(_ body: String) -> [String] { SuccessionTransferTests().page(body) }

    @Test func theBodyThatSwallowedAListSucceedsEachOfIt() {
        let police = "The Rail Safety Authority opened in 2006. It swallowed the Track Safety Unit and the Rail Standards Agency whole."
        #expect(page(police).contains("successor_of Rail Safety Authority -> Track Safety Unit"), "\(page(police))")
        #expect(page(police).contains("successor_of Rail Safety Authority -> Rail Standards Agency"), "\(page(police))")
        let water = "The Rivers Agency was set up in 1996. It replaced the Water Board, which had run the rivers since 1974, and the Canals Trust."
        #expect(page(water).contains("successor_of Rivers Agency -> Water Board"), "\(page(water))")
        #expect(page(water).contains("successor_of Rivers Agency -> Canals Trust"), "\(page(water))")
        // a name with its own verb after `and` is no part of the list
        let clause = "The Rivers Agency was set up in 1996. It replaced the Water Board and the Canals Trust took over the locks."
        #expect(!page(clause).contains("successor_of Rivers Agency -> Canals Trust"), "\(page(clause))")
        let planned = "The Rivers Agency was set up in 1996. It may yet swallow the Canals Trust."
        #expect(!page(planned).contains("successor_of Rivers Agency -> Canals Trust"), "\(page(planned))")
    }
}

/// `took over both the Teacher Board's work and the Schools Council's role`: the heir succeeds each body.
@Suite struct PossessiveWorkTakenTests {
    func page(_ body: String) -> [String] { SuccessionTransferTests().page(body) }

    @Test func theBodyTakingOverPossessedWorkSucceedsEachOwner() {
        let schools = "From April the Schools Funding Agency, an executive agency run by Tom Vale, took over both the School Places Board's work and the Pupil Funding Board's disciplinary role."
        #expect(page(schools).contains("successor_of Schools Funding Agency -> School Places Board"), "\(page(schools))")
        #expect(page(schools).contains("successor_of Schools Funding Agency -> Pupil Funding Board"), "\(page(schools))")
        let water = "The Rivers Agency, set up in 1996, inherited the Water Board's liabilities."
        #expect(page(water).contains("successor_of Rivers Agency -> Water Board"), "\(page(water))")
        let health = "The Northgate Health Commission absorbed the District Health Authority's staff in 1997."
        #expect(page(health).contains("successor_of Northgate Health Commission -> District Health Authority"), "\(page(health))")
        for body in ["The Rivers Agency will inherit the Water Board's liabilities next year.",
                     "The Rivers Agency criticised the Water Board's liabilities.",
                     "The Rivers Agency took over the Water Board's offices in Leeds."] {
            #expect(!page(body).contains("successor_of Rivers Agency -> Water Board"), "\(body) \(page(body))")
        }
    }
}
