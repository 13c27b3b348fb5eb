import Corpus
import Testing
@testable import Extraction

/// Relations between organizations read from constructions that recur across policy areas, with sentences
/// written for these tests (health, housing, schools, rail, welfare): lists after a relation's first object,
/// bracketed short names before an apposition, passives with adverbials, takeovers named by a noun, contracts,
/// the organization leading a partnership, holdings taken over or handed on, a pronoun for a body, and findings
/// of failure. Each construction has a negated, planned or questioned twin that gives no edge. The names are
/// invented and given as knowledge records, so that the reading of relations is tested, not the finding of names.
@Suite struct OrganizationClauseTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Group", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Westside Trust", type: .organization),
        KnowledgeRecord(name: "Northgate Trust", type: .organization),
        KnowledgeRecord(name: "Westside Care", type: .organization),
        KnowledgeRecord(name: "Riverside Council", type: .organization),
        KnowledgeRecord(name: "Brightwater Council", type: .organization),
        KnowledgeRecord(name: "Moorland Council", type: .organization),
        KnowledgeRecord(name: "Lakeland Council", type: .organization),
        KnowledgeRecord(name: "Schools Agency", type: .organization),
        KnowledgeRecord(name: "Exams Board", type: .organization, aliases: ["EB"]),
        KnowledgeRecord(name: "Tests Council", type: .organization, aliases: ["TC"]),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Health Regulator", type: .organization),
        KnowledgeRecord(name: "Care Alliance", type: .organization),
        KnowledgeRecord(name: "Meadow Charity", type: .organization),
        KnowledgeRecord(name: "Fenwick Homes", type: .organization),
        KnowledgeRecord(name: "Oakfield Housing", type: .organization),
        KnowledgeRecord(name: "Kestrel Rail", type: .organization),
        KnowledgeRecord(name: "Transit Ministry", type: .organization, aliases: ["TM"]),
        KnowledgeRecord(name: "Northline", type: .organization),
        KnowledgeRecord(name: "Pathway Health", type: .organization),
        KnowledgeRecord(name: "Pathway Health Assessments", type: .organization, aliases: ["PHA"]),
        KnowledgeRecord(name: "Fit Note Scheme", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Leeds", type: .place),
    ]

    /// `predicate subject -> object` for each relation read in the last sentence of `text` (sentences are split
    /// at `. `; the earlier ones are its context).
    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    func none(_ predicate: String, _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            let all = read(text)
            #expect(!all.contains { $0.hasPrefix(predicate + " ") }, "\(text): \(all)", sourceLocation: sourceLocation)
        }
    }

    // MARK: lists

    @Test func aSuccessionCarriesToEveryBodyListedAfterItsFirstPredecessor() {
        let all = read("In April the new Riverside Council took over from Brightwater Council, the Moorland Council and Lakeland Council.")
        for old in ["Brightwater Council", "Moorland Council", "Lakeland Council"] {
            #expect(all.contains("successor_of Riverside Council -> \(old)"), "\(all)")
        }
        none("successor_of", ["In April the new Riverside Council could take over from Brightwater Council, the Moorland Council and Lakeland Council."])
    }

    @Test func bracketedShortNamesStayInsideTheList() {
        let all = read("The Schools Agency replaced the Exams Board (EB) and the Tests Council (TC) in 2018.")
        #expect(all.contains("successor_of Schools Agency -> Exams Board") || all.contains("replaced Schools Agency -> Exams Board"), "\(all)")
        #expect(all.contains("successor_of Schools Agency -> Tests Council") || all.contains("replaced Schools Agency -> Tests Council"), "\(all)")
        none("successor_of", ["The Schools Agency should have replaced the Exams Board (EB) and the Tests Council (TC) in 2018."])
    }

    @Test func aListOpenedByAColonGoesOnOverSemicolons() {
        let all = read("Harbour Group owns three trusts: Eastside Trust; Westside Trust; and Northgate Trust.")
        for trust in ["Eastside Trust", "Westside Trust", "Northgate Trust"] {
            #expect(all.contains("owns Harbour Group -> \(trust)"), "\(all)")
        }
        none("owns", ["Harbour Group wants to buy three trusts: Eastside Trust; Westside Trust; and Northgate Trust."])
    }

    @Test func partnersListedWithDescriptionsAreEachPartners() {
        let all = read("Kestrel Rail won the franchise in partnership with the small housing charity Meadow Charity, the local builder Fenwick Homes and Oakfield Housing.")
        for partner in ["Meadow Charity", "Fenwick Homes", "Oakfield Housing"] {
            #expect(all.contains("partner_of Kestrel Rail -> \(partner)"), "\(all)")
        }
        none("partner_of", ["Kestrel Rail could win the franchise in partnership with the small housing charity Meadow Charity, the local builder Fenwick Homes and Oakfield Housing."])
    }

    @Test func aListEndsAtItsLastNameAndAtANameOpeningItsOwnClause() {
        let all = read("Harbour Group owns Eastside Trust and Westside Trust, and Northgate Trust runs the clinics.")
        #expect(all.contains("owns Harbour Group -> Westside Trust"), "\(all)")
        #expect(!all.contains("owns Harbour Group -> Northgate Trust"), "\(all)")
    }

    // MARK: bracketed short names, passives, takeovers

    @Test func aBracketedShortNameBeforeAnAppositionOrARelativeClause() {
        #expect(read("Pathway Health Assessments (PHA), a UK subsidiary of Harbour Group, carries out the checks.")
            .contains("part_of Pathway Health Assessments -> Harbour Group"))
        #expect(read("The Transit Ministry (TM), which runs Northline, set the fares.")
            .contains("operates Transit Ministry -> Northline"))
        none("part_of", ["Pathway Health Assessments (PHA) is not a subsidiary of Harbour Group."])
        none("operates", ["The Transit Ministry (TM), which never runs Northline, set the fares."])
    }

    @Test func passivesWithAdverbialsAndOwnersControlling() {
        #expect(read("Oakfield Housing was run at the time by Harbour Group.").contains("operates Harbour Group -> Oakfield Housing"))
        #expect(read("Oakfield Housing is wholly owned by Brightwater Council.").contains("owns Brightwater Council -> Oakfield Housing"))
        #expect(read("Fenwick Homes, the builder controlled by the investor Ann Reed, won the bid.").contains("owns Ann Reed -> Fenwick Homes"))
        none("operates", ["Oakfield Housing might be run at the time by Harbour Group."])
        none("owns", ["Oakfield Housing is not wholly owned by Brightwater Council.", "Fenwick Homes is not controlled by Ann Reed."])
    }

    @Test func aTakeoverNamedByANoun() {
        #expect(read("Harbour Group completed its takeover of Fenwick Homes in May.").contains("owns Harbour Group -> Fenwick Homes"))
        #expect(read("Harbour Group's acquisition of Fenwick Homes closed in May.").contains("owns Harbour Group -> Fenwick Homes"))
        #expect(read("The takeover of Fenwick Homes by Harbour Group went through in May.").contains("owns Harbour Group -> Fenwick Homes"))
        none("owns", ["Harbour Group's planned takeover of Fenwick Homes collapsed.",
                      "Harbour Group's attempted takeover of Fenwick Homes failed in court.",
                      "The proposed takeover of Fenwick Homes by Harbour Group was blocked."])
    }

    // MARK: contracts and partnerships led

    @Test func contractsWonHeldOrWorkedUnder() {
        #expect(read("Pathway Health won the contract to deliver the Fit Note Scheme.").contains("operates Pathway Health -> Fit Note Scheme"))
        #expect(read("Kestrel Rail, which holds the Northline contracts for the south, cut services.").contains("operates Kestrel Rail -> Northline"))
        let both = read("Harbour Group and Kestrel Rail, which ran the cleaning contracts for the Transit Ministry, overcharged it.")
        #expect(both.contains("partner_of Kestrel Rail -> Transit Ministry"), "\(both)")
        #expect(both.contains("partner_of Harbour Group -> Transit Ministry"), "\(both)")
        #expect(read("Meadow Charity lost its subcontract with Eastside Trust last year.").contains("partner_of Meadow Charity -> Eastside Trust"))
        none("operates", ["Pathway Health did not win the contract to deliver the Fit Note Scheme."])
        none("partner_of", ["Meadow Charity would have signed a subcontract with Eastside Trust."])
    }

    @Test func theOrganizationThatLeadsAPartnership() {
        #expect(read("Care Alliance, the partnership led by Harbour Group, runs the homes.").contains("leads Harbour Group -> Care Alliance"))
        #expect(read("Harbour Group is the lead partner in Care Alliance.").contains("leads Harbour Group -> Care Alliance"))
        none("leads", ["Harbour Group could be the lead partner in Care Alliance."])
    }

    // MARK: holdings taken over and handed on

    @Test func holdingsTakenOverFromAnotherBodyMakeASuccession() {
        let all = read("Harbour Group took over Westside Care's three homes in 2019.")
        #expect(all.contains("successor_of Harbour Group -> Westside Care"), "\(all)")
        #expect(!all.contains("owns Harbour Group -> Westside Care"), "\(all)")
        none("successor_of", ["Harbour Group never took over Westside Care's three homes."])
    }

    @Test func aBodyHandingItsWorkOnIsSucceeded() {
        #expect(read("Westside Care pulled out in 2006, handing its two regions to Harbour Group.")
            .contains("successor_of Harbour Group -> Westside Care"))
        #expect(read("Westside Trust transferred its remaining contracts to the Eastside Trust.")
            .contains("successor_of Eastside Trust -> Westside Trust"))
        none("successor_of", ["Westside Care stayed on, never handing its regions to Harbour Group.",
                              "Westside Trust could have transferred its remaining contracts to the Eastside Trust."])
    }

    @Test func aBodysWorkSplitBetweenOthers() {
        let all = read("The Schools Agency closed in 2012. Its work was split between the Exams Board and the Tests Council.")
        #expect(all.contains("successor_of Exams Board -> Schools Agency"), "\(all)")
        #expect(all.contains("successor_of Tests Council -> Schools Agency"), "\(all)")
        #expect(read("Westside Trust was wound up and its duties were divided between Eastside Trust and Northgate Trust.")
            .contains("successor_of Northgate Trust -> Westside Trust"))
        none("successor_of", ["The Schools Agency closed in 2012. Its work could be split between the Exams Board and the Tests Council.",
                              "The Schools Agency closed in 2012. Was its work split between the Exams Board and the Tests Council?"])
    }

    @Test func aPlaceInsideADescriptionDoesNotHideTheOperator() {
        #expect(read("Staff at Oakfield Housing, a care home near Leeds run by Harbour Group, were suspended.")
            .contains("operates Harbour Group -> Oakfield Housing"))
        none("operates", ["Staff at Oakfield Housing, a care home near Leeds never run by Harbour Group, were suspended."])
    }

    // MARK: a pronoun for the body

    @Test func aPronounForTheBodyInAUnitTakeoverOrFunding() {
        #expect(read("Few people know the Schools Agency. It is an executive agency of the Transit Ministry.")
            .contains("part_of Schools Agency -> Transit Ministry"))
        #expect(read("Harbour Group grew in the south: it completed its takeover of Fenwick Homes in May.")
            .contains("owns Harbour Group -> Fenwick Homes"))
        #expect(read("Oakfield Housing builds homes. It is a public body sponsored and funded by the Transit Ministry.")
            .contains("funds Transit Ministry -> Oakfield Housing"))
        none("part_of", ["Few people know the Schools Agency. It is not an executive agency of the Transit Ministry."])
        none("funds", ["Oakfield Housing builds homes. It could be funded by the Transit Ministry."])
    }

    // MARK: findings of failure and sanctions

    @Test func aFindingOfFailureCriticisesTheBodyItIsAbout() {
        #expect(read("The Audit Office found that the Schools Agency had failed to check the bids.")
            .contains("criticised Audit Office -> Schools Agency"))
        #expect(read("Ann Reed concluded in March that Eastside Trust was too slow to act.")
            .contains("criticised Ann Reed -> Eastside Trust"))
        #expect(read("Eastside Trust, the Health Regulator said, had misled the council.")
            .contains("criticised Health Regulator -> Eastside Trust"))
        let both = read("The Audit Office found that the rules did not work, and that Eastside Trust and Westside Trust had failed to act.")
        #expect(both.contains("criticised Audit Office -> Eastside Trust"), "\(both)")
        #expect(both.contains("criticised Audit Office -> Westside Trust"), "\(both)")
        #expect(read("The Audit Office looked at the bids in May. Its report said the Schools Agency had repeated old failings.")
            .contains("criticised Audit Office -> Schools Agency"))
        none("criticised", ["The Audit Office did not find that the Schools Agency had failed to check the bids.",
                            "The Audit Office found that the Schools Agency had met every target.",
                            "The Audit Office said the Schools Agency was not failing.",
                            "Did the Audit Office find that the Schools Agency had failed to check the bids?"])
    }

    @Test func anOngoingAttackAndASanctionAreCriticism() {
        #expect(read("Ann Reed has been criticising the Fit Note Scheme for years.").contains("criticised Ann Reed -> Fit Note Scheme"))
        #expect(read("Eastside Trust was fined by the Health Regulator in 2020.").contains("criticised Health Regulator -> Eastside Trust"))
        none("criticised", ["Ann Reed has not been criticising the Fit Note Scheme.", "Eastside Trust could be fined by the Health Regulator."])
    }
}
