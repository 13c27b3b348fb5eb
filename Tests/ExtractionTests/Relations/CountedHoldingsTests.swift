import Corpus
import Testing
@testable import Extraction

/// Relations between organizations and programmes read from constructions that recur across policy areas, with
/// sentences written for these tests: holdings counted without their noun (`Harbour Group won four` after the
/// trusts were named), holdings handed on with `its`, one scheme replacing another, mergers that form a new body,
/// the members a body lists after `its`, and a unit placed inside another. Each has negated, modal or questioned
/// twins that give no edge. The names are invented and given as knowledge records.
@Suite struct CountedHoldingsTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Care Trust", type: .organization, aliases: ["CTs"]),
        KnowledgeRecord(name: "Harbour Group", type: .organization),
        KnowledgeRecord(name: "Westside Care", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Fenwick Homes", type: .organization),
        KnowledgeRecord(name: "Meadow Charity", type: .organization),
        KnowledgeRecord(name: "Oakfield Housing", type: .organization),
        KnowledgeRecord(name: "Care Alliance", type: .organization),
        KnowledgeRecord(name: "Schools Agency", type: .organization),
        KnowledgeRecord(name: "Exams Board", type: .organization),
        KnowledgeRecord(name: "Transit Ministry", type: .organization),
        KnowledgeRecord(name: "Health Regulator", type: .organization),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Tests Council", type: .organization),
        KnowledgeRecord(name: "Warm Homes Grant", type: .programme),
        KnowledgeRecord(name: "Boiler Allowance", type: .programme),
        KnowledgeRecord(name: "Jobs Credit", type: .programme),
        KnowledgeRecord(name: "Fit Note Scheme", type: .programme),
        KnowledgeRecord(name: "Family Fund", type: .programme),
        KnowledgeRecord(name: "Family Start", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    func expectAll(_ text: String, _ wanted: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let all = read(text)
        for w in wanted { #expect(all.contains(w), "\(text): \(all)", sourceLocation: sourceLocation) }
    }

    func none(_ edge: String, _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            let all = read(text)
            #expect(!all.contains { $0.hasPrefix(edge) }, "\(text): \(all)", sourceLocation: sourceLocation)
        }
    }

    static let tender = "The nine CTs were put out to tender in 2016. "

    @Test func aBareCountStandsForTheClassNamedJustBefore() {
        expectAll(Self.tender + "Harbour Group won four.", ["owns Harbour Group -> Care Trust"])
        // an apposition naming a partner: the subject counts, the partner does not
        let both = read(Self.tender + "Westside Care, bidding with Meadow Charity, took three, and Fenwick Homes got two.")
        #expect(both.contains("owns Westside Care -> Care Trust"), "\(both)")
        #expect(both.contains("owns Fenwick Homes -> Care Trust"), "\(both)")
        #expect(!both.contains("owns Meadow Charity -> Care Trust"), "\(both)")
        // running, in the past
        let ran = RelationTestSupport.found(Self.tender + "Eastside Trust ran two with Meadow Charity until 2020.", records: Self.records)
        #expect(ran.contains { $0.text == "operates Eastside Trust -> Care Trust" && $0.found.qualifier == "former" }, "\(ran.map(\.text))")
    }

    @Test func aCountThatANounOrANamedListFollowsIsNoClassHolding() {
        none("owns Harbour Group -> Care Trust", [
            Self.tender + "Harbour Group won four contracts.",
            Self.tender + "Harbour Group has three: Eastside Trust, Westside Care and Fenwick Homes.",
            // no class named before
            "Harbour Group won four.",
        ])
    }

    @Test func aModalANegationOrAQuestionGivesNoCountedHolding() {
        none("owns Harbour Group", [
            Self.tender + "Harbour Group could take four.",
            Self.tender + "Harbour Group might win four, and nobody knows.",
            Self.tender + "Did Harbour Group win four?",
            Self.tender + "Harbour Group never got two.",
        ])
    }

    @Test func holdingsCountedWithItsAndHandedOn() {
        expectAll("Westside Care went bust in May. Its three CTs were handed to Harbour Group.",
                  ["owns Harbour Group -> Care Trust", "owns Westside Care -> Care Trust", "successor_of Harbour Group -> Westside Care"])
        expectAll("Westside Care collapsed. Its CTs went to Fenwick Homes.",
                  ["owns Fenwick Homes -> Care Trust", "successor_of Fenwick Homes -> Westside Care"])
        none("owns Harbour Group", ["Westside Care went bust in May. Its three CTs could be handed to Harbour Group."])
        // a person opens the sentence before: `its` has no organization to stand for
        none("owns Ann Reed", ["Ann Reed resigned. Its three CTs were handed to Harbour Group."])
    }

    @Test func oneSchemeReplacingAnother() {
        expectAll("The Warm Homes Grant replaced the Boiler Allowance in 2019.", ["successor_of Warm Homes Grant -> Boiler Allowance"])
        expectAll("The Boiler Allowance was replaced in 2019 by the Warm Homes Grant.", ["successor_of Warm Homes Grant -> Boiler Allowance"])
        expectAll("Jobs Credit came in for new claims in April 2015, replacing Fit Note Scheme for people of working age.",
                  ["successor_of Jobs Credit -> Fit Note Scheme"])
        expectAll("In 2021 the Family Fund was relaunched as Family Start.", ["successor_of Family Start -> Family Fund"])
        none("successor_of", [
            "The Warm Homes Grant could replace the Boiler Allowance.",
            "Will the Warm Homes Grant replace the Boiler Allowance?",
            "The Warm Homes Grant did not replace the Boiler Allowance.",
            "Ministers plan to replace the Boiler Allowance with the Warm Homes Grant.",
            "The Warm Homes Grant sat alongside the Boiler Allowance for years.",
        ])
    }

    @Test func mergersThatFormANewBody() {
        expectAll("Westside Care merged with Eastside Trust in 2016 to form Harbour Group.",
                  ["successor_of Harbour Group -> Westside Care", "successor_of Harbour Group -> Eastside Trust"])
        expectAll("A year later Westside Care itself disappeared, merged with the county's own trust to form Harbour Group.",
                  ["successor_of Harbour Group -> Westside Care"])
        expectAll("The Health Regulator was created in 2003 by merging three bodies, among them the Audit Office and Tests Council.",
                  ["successor_of Health Regulator -> Audit Office", "successor_of Health Regulator -> Tests Council"])
        none("successor_of Harbour Group", [
            "Westside Care could have merged with Eastside Trust to form Harbour Group.",
            "Has Westside Care merged with Eastside Trust to form Harbour Group?",
            "Westside Care has not merged with Eastside Trust to form Harbour Group.",
        ])
    }

    @Test func theMembersABodyListsAfterIts() {
        expectAll("The Care Alliance was set up in 2019. Its members include Meadow Charity and Fenwick Homes.",
                  ["member_of Meadow Charity -> Care Alliance", "member_of Fenwick Homes -> Care Alliance"])
        expectAll("The Care Alliance, led by Harbour Group, won two contracts. Its other members are Meadow Charity and Oakfield Housing.",
                  ["member_of Oakfield Housing -> Care Alliance"])
        none("member_of", [
            "Ann Reed founded the Care Alliance. Its members include Meadow Charity.",
            "The Care Alliance was set up in 2019. Its members may include Meadow Charity.",
        ])
    }

    @Test func aUnitPlacedInsideAnother() {
        expectAll("The Schools Agency, which sits inside the Transit Ministry, sets the tests.", ["part_of Schools Agency -> Transit Ministry"])
        expectAll("The Exams Board, which is itself an executive agency of the Transit Ministry, marks them.", ["part_of Exams Board -> Transit Ministry"])
        expectAll("From 2001 the Exams Board was housed in the Transit Ministry.", ["part_of Exams Board -> Transit Ministry"])
        expectAll("The Schools Agency, the Transit Ministry agency that sets the tests, was abolished.", ["part_of Schools Agency -> Transit Ministry"])
        none("part_of", [
            "The Schools Agency, which could sit inside the Transit Ministry, sets the tests.",
            "The Schools Agency is not part of the Transit Ministry.",
            "The Schools Agency, which sits beside the Transit Ministry, sets the tests.",
            "The Schools Agency, the Transit Ministry's critic, sets the tests.",
        ])
    }

    @Test func passivesOfAdministeringWithAnAdverbial() {
        expectAll("Westside Care, administered since 2015 by Harbour Group, kept its name.", ["operates Harbour Group -> Westside Care"])
        expectAll("Eastside Trust is administered day to day by Fenwick Homes.", ["operates Fenwick Homes -> Eastside Trust"])
        none("operates", ["Eastside Trust could be administered by Fenwick Homes."])
    }
    @Test func cuesThatLookLikeOwnershipOrSuccessionButAreNot() {
        // `had` as an auxiliary
        none("owns Transit Ministry", [Self.tender + "The Transit Ministry had changed the contracts to pay the CTs more."])
        expectAll(Self.tender + "The Transit Ministry had the CTs on short contracts.", ["owns Transit Ministry -> Care Trust"])
        // taking over a body's work is succeeding it, not owning it
        let work = read("The Health Regulator was created in 2003. It took over the work of the Audit Office.")
        #expect(!work.contains("owns Health Regulator -> Audit Office"), "\(work)")
        // a sentence that opens with `It` has no name as its subject for the next sentence's `It`
        none("funds Transit Ministry -> Audit Office", [
            "The Health Regulator was created in 2003. It took over the work of the Audit Office. It is funded by the Transit Ministry.",
        ])
        // a change of owner is no succession
        let owner = read("Westside Care was taken over by Harbour Group that October.")
        #expect(owner.contains("owns Harbour Group -> Westside Care"), "\(owner)")
        #expect(!owner.contains("successor_of Harbour Group -> Westside Care"), "\(owner)")
    }

    @Test func aPartnerNamedWithAPossessive() {
        expectAll("Meadow Charity is now Harbour Group's partner.", ["partner_of Meadow Charity -> Harbour Group"])
        expectAll("In 2019 Meadow Charity became Harbour Group's delivery partner.", ["partner_of Meadow Charity -> Harbour Group"])
        let now = read("Meadow Charity is now Harbour Group's partner.")
        #expect(!now.contains { $0.hasPrefix("successor_of") }, "\(now)")
        none("partner_of", ["Is Meadow Charity now Harbour Group's partner?", "Meadow Charity could become Harbour Group's partner."])
    }
}
