import Corpus
import Testing
@testable import Extraction

/// Succession between bodies stated by an actor replacing one with another, by a description or a fronted phrase
/// before a merger, by a possessive before work handed on, and by a take-over of work after a clause that fails or
/// collapses (``RelationReader/replacedWith(_:_:)``, ``RelationReader/pronounMergers(_:_:)``,
/// ``RelationReader/possessiveTransferHolder(_:_:lead:cueAt:workOnly:)``, ``RelationReader/workTakenOver(_:_:)``).
/// Sentences written for these tests on several policy areas, with invented names as knowledge records; each
/// rule has twins that must give nothing.
@Suite struct BodyReplacementTests {
    static let records: [KnowledgeRecord] = [
        "Care Board", "Care Commission", "Boundary Committee", "Boundary Office", "Water Boards Council", "Rivers Authority",
        "Audit Department", "Public Audit Office", "Schools Council", "Teaching Standards Agency", "Ports Unit",
        "Harbour Agency", "Coast Safety Agency", "Coast Rescue", "Marine Guard Agency", "Statistics Office", "Census Bureau",
        "Data Authority", "Border Agency", "Visas Office", "Revenue Office", "Home Border Force", "Museums Commission",
        "Library Commission", "Culture Resource", "Housing Corporation", "Tenant Standards Authority", "Local Boundary Commission",
        "Elections Committee", "Health Improvement Board", "Westside Care", "Harbour Care", "Skills Council", "Research Funding England",
        "Youth Clubs Trust", "Action for Youth", "Canal Trust", "Waterways Office", "Arts Board", "Arts England",
    ].map { KnowledgeRecord(name: $0, type: .organization) } + [
        KnowledgeRecord(name: "Ann Reed", type: .person), KnowledgeRecord(name: "Tom Vale", type: .person),
    ]

    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records) }
    func successors(_ body: String) -> [String] { page(body).filter { $0.hasPrefix("successor_of ") }.sorted() }

    // MARK: replacing one body with another

    @Test func anActorReplacesANamedBodyWithANewOne() {
        #expect(successors("The Care Act 2014 replaced the old Care Board with a new Care Commission.")
            == ["successor_of Care Commission -> Care Board"])
        #expect(successors("In 2009 ministers replaced the Water Boards Council with a single Rivers Authority.")
            == ["successor_of Rivers Authority -> Water Boards Council"])
    }

    @Test func aDescriptionOnEitherSideStandsForTheBodyNamedBefore() {
        #expect(successors("In 2002 the Boundary Committee took over the review of ward boundaries. That lasted until the Elections Act 2009, which replaced the committee with a freestanding Boundary Office.")
            .contains("successor_of Boundary Office -> Boundary Committee"))
        #expect(successors("The Public Audit Office checks the spending of every department. It was created by the Audit Act 1983, which replaced the old Audit Department with the new office and gave it wider powers.")
            .contains("successor_of Public Audit Office -> Audit Department"))
    }

    /// A participle after a passive's agent says what the passive's subject did (``RelationReader/passiveSubject(_:agent:participleAfter:)``).
    @Test func aParticipleAfterAPassivesAgentIsTheSubjects() {
        #expect(successors("The Teaching Standards Agency was set up in 2000 by the Schools Council, taking over from the Skills Council.")
            == ["successor_of Teaching Standards Agency -> Skills Council"])
        #expect(successors("Harbour Agency was created in 1994 by the Ports Unit, replacing the Coast Safety Agency.")
            == ["successor_of Harbour Agency -> Coast Safety Agency"])
        // the passive's subject is no body: the participle says nothing of the agent
        #expect(successors("The scheme was run from 2004 by the Canal Trust, replacing the Waterways Office.").isEmpty)
        // no passive: the body's own participle
        #expect(successors("In 2011 the Arts England, replacing the Arts Board, opened its doors.")
            == ["successor_of Arts England -> Arts Board"])
    }

    @Test func replacingWithoutTwoBodiesOrAsAPlanGivesNothing() {
        // a thing, a post, people, a plan, a negation
        #expect(successors("The Schools Council replaced the old boilers with heat pumps.").isEmpty)
        #expect(successors("The 1998 Act replaced the board of commissioners with a single Director General.").isEmpty)
        #expect(successors("Ministers plan to replace the Care Board with a new Care Commission.").isEmpty)
        #expect(successors("The Care Act 2014 did not replace the Care Board with the Care Commission.").isEmpty)
    }

    // MARK: a merger whose subject is a description or follows a fronted phrase

    @Test func aFrontedPhraseOrADescriptionBeforeAMerger() {
        #expect(successors("The Statistics Office was set up in 1996. Under Ann Reed, the new minister, it was merged with the Census Bureau to create the Data Authority.")
            == ["successor_of Data Authority -> Census Bureau", "successor_of Data Authority -> Statistics Office"])
        #expect(successors("The Ports Unit was turned into the Harbour Agency in 2007, and a year later that agency was combined with the Visas Office to form the Home Border Force.")
            .contains("successor_of Home Border Force -> Harbour Agency"))
        #expect(successors("The Museums Commission opened in 1981. In April 2000 the commission was merged with the Library Commission to form Culture Resource.")
            == ["successor_of Culture Resource -> Library Commission", "successor_of Culture Resource -> Museums Commission"])
    }

    @Test func aBodyDescribingAPartnerIsNoPartyToTheMerger() {
        let out = successors("The Coast Safety Agency was set up in 1994, and in 1998 it was merged with the Marine Guard Agency, the parent of Coast Rescue, to form the Harbour Agency.")
        #expect(out == ["successor_of Harbour Agency -> Coast Safety Agency", "successor_of Harbour Agency -> Marine Guard Agency"])
        let staff = successors("In 2008 the Border Agency was combined with the Visas Office and the port staff of the Revenue Office to form the Home Border Force.")
        #expect(!staff.contains("successor_of Home Border Force -> Revenue Office"))
        #expect(staff.contains("successor_of Home Border Force -> Visas Office"))
        // a merger to come
        #expect(successors("The Statistics Office opened in 1996. In 2026 it will be merged with the Census Bureau to create the Data Authority.").isEmpty)
    }

    // MARK: a possessive before work handed on

    @Test func aPossessiveNamesTheBodyWhoseWorkPassedOn() {
        #expect(successors("The Local Boundary Commission drew ward maps for thirty years. In 2002 the commission's work passed to the Elections Committee.")
            == ["successor_of Elections Committee -> Local Boundary Commission"])
        #expect(successors("The Housing Corporation was abolished in 2008. The corporation's regulatory duties went elsewhere, to a new Tenant Standards Authority.")
            == ["successor_of Tenant Standards Authority -> Housing Corporation"])
        #expect(successors("The Canal Trust's licensing work was transferred to the Waterways Office in 2012.")
            == ["successor_of Waterways Office -> Canal Trust"])
    }

    @Test func aPossessiveShareOrSpendingIsNoHandOver() {
        #expect(successors("The Housing Corporation was abolished in 2008. Most of the corporation's budget went to the Tenant Standards Authority.").isEmpty)
        #expect(successors("The Canal Trust's budget went to the Waterways Office for dredging.").isEmpty)
        #expect(successors("The Canal Trust's licensing work will pass to the Waterways Office next year.").isEmpty)
    }

    // MARK: work taken over after a failure, with a quantifier or modifiers

    @Test func workTakenOverAfterACollapseOrWithModifiers() {
        #expect(successors("In 2016 the Youth Clubs Trust failed, and Action for Youth took over all of its work.")
            == ["successor_of Action for Youth -> Youth Clubs Trust"])
        #expect(successors("Westside Care collapsed in May, and Harbour Care took over most of its services and staff.")
            == ["successor_of Harbour Care -> Westside Care"])
        #expect(successors("In 2018 Research Funding England took over the research funding role of the Skills Council.")
            == ["successor_of Research Funding England -> Skills Council"])
    }

    @Test func takingOverWorkThatIsNotABodysGivesNothing() {
        #expect(successors("Westside Care collapsed in May, and Harbour Care did not take over any of its services.").isEmpty)
        #expect(successors("Arts England took over the running of the summer festival from 2019.").isEmpty)
    }
}

/// A body replaced or renamed past a relative clause (``RelationReader/replacedPastRelativeClause(_:)``).
@Suite struct ReplacedPastClauseTests {
    func successors(_ body: String) -> [String] {
        RelationTestSupport.page(body, records: BodyReplacementTests.records).filter { $0.hasPrefix("successor_of ") }.sorted()
    }

    @Test func aRelativeClauseBetweenTheBodyAndItsReplacement() {
        #expect(successors("The Arts Board, whose last chair was Ann Reed, was wound up that spring and replaced by a unitary Arts England.")
            == ["successor_of Arts England -> Arts Board"])
        #expect(successors("The Canal Trust, which had run the waterways since 1962, was renamed the Waterways Office in 2012.")
            == ["successor_of Waterways Office -> Canal Trust"])
        #expect(successors("The Housing Corporation, which Tom Vale chaired for a decade, was abolished in 2008 and replaced by the Tenant Standards Authority.")
            == ["successor_of Tenant Standards Authority -> Housing Corporation"])
    }

    @Test func aClauseWithoutAReplacementGivesNothing() {
        // a plan, a negation, a relation of another kind
        #expect(successors("The Arts Board, whose chair was Ann Reed, is to be replaced by Arts England.").isEmpty)
        #expect(successors("The Canal Trust, which runs the waterways, was never renamed the Waterways Office.").isEmpty)
        #expect(successors("The Canal Trust, which runs the waterways, was funded by the Waterways Office.").isEmpty)
    }
}

/// Bodies formed from a part split off another (``RelationReader/splitOffToFormBodies(_:)``,
/// ``RelationReader/splitBody(_:_:before:)``).
@Suite struct SplitOffBodyTests {
    static let records: [KnowledgeRecord] = ["Homes Agency", "Housing Regulator", "Homes England", "Sports Board", "Sport England",
                                             "Water Board", "Rivers Office", "Transport Board", "Roads Agency"]
        .map { KnowledgeRecord(name: $0, type: .organization) }
    func successors(_ body: String) -> [String] {
        RelationTestSupport.page(body, records: Self.records).filter { $0.hasPrefix("successor_of ") }.sorted()
    }

    @Test func aPartSplitOffFormsANewBody() {
        #expect(successors("In 2018 the licensing unit was split off from the Homes Agency to form the Housing Regulator, while the investment side was rebranded as Homes England.")
            == ["successor_of Homes England -> Homes Agency", "successor_of Housing Regulator -> Homes Agency"])
        #expect(successors("In 2011 the inspection unit was split off from the Water Board to create the Rivers Office.")
            == ["successor_of Rivers Office -> Water Board"])
        #expect(successors("The old Sports Board was split in two in 1997. The English side became Sport England.")
            == ["successor_of Sport England -> Sports Board"])
    }

    @Test func noSplitOrASplitToComeGivesNoHolder() {
        // a part with no split named, a split still to come, a unit split off and run, not formed
        #expect(successors("The Transport Board met in May. The English side became Sport England.").isEmpty)
        #expect(successors("The Sports Board would be split in two. The English side became Sport England.").isEmpty)
        #expect(successors("The roads team was split off from the Transport Board and run as a command of the Roads Agency.").isEmpty)
    }
}
