import Corpus
import Testing
@testable import Extraction

/// Units named in an apposition after a short name, a date or a verb of creation; holdings named by a
/// possessive; suppliers appointed to serve a client; and succession by a change of name. Sentences written for
/// these tests, with invented names given as knowledge records; each rule has negated, planned or asked twins
/// that must give nothing.
@Suite struct OrganizationNameChangeTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Land Grants Agency", type: .organization, aliases: ["LGA"]),
        KnowledgeRecord(name: "Ministry of Farming", type: .organization),
        KnowledgeRecord(name: "Harbour Group", type: .organization, aliases: ["HG"]),
        KnowledgeRecord(name: "Eastside Care", type: .organization),
        KnowledgeRecord(name: "Westside Trust", type: .organization),
        KnowledgeRecord(name: "Kestrel Services", type: .organization),
        KnowledgeRecord(name: "Brightwater Council", type: .organization),
        KnowledgeRecord(name: "Roads Office", type: .organization),
        KnowledgeRecord(name: "Highways Board", type: .organization),
        KnowledgeRecord(name: "Labour Party", type: .organization, aliases: ["Labour"]),
        KnowledgeRecord(name: "Northgate Council", type: .organization),
        KnowledgeRecord(name: "Medway Centre", type: .organization),
        KnowledgeRecord(name: "Healthy Homes", type: .programme),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    // MARK: units in apposition

    @Test func aUnitIsReadPastABracketedShortNameADateOrAVerbOfCreation() {
        for text in ["Grants were paid by the Land Grants Agency (LGA), an executive agency of the Ministry of Farming.",
                     "The job went to the Land Grants Agency (LGA), the executive agency of the Ministry of Farming, in 2005.",
                     "The old board was renamed the Land Grants Agency in April 2013, an arm of the Ministry of Farming.",
                     "The Land Grants Agency was set up in 2001 as an executive agency of the Ministry of Farming.",
                     "The Land Grants Agency, created as a division of the Ministry of Farming, pays farmers."] {
            #expect(read(text).contains("part_of Land Grants Agency -> Ministry of Farming"), "\(text)")
        }
    }

    @Test func aUnitIsNotReadWhenNegatedOrPlanned() {
        for text in ["The Land Grants Agency was not set up as an executive agency of the Ministry of Farming.",
                     "The Land Grants Agency could be relaunched in 2026 as an arm of the Ministry of Farming.",
                     "The Land Grants Agency (LGA), which may become an agency of the Ministry of Farming, pays farmers."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: holdings named by a possessive

    @Test func aPossessiveBeforeANameStandingAloneNamesAHolding() {
        for text in ["Harbour Group's Eastside Care, Kestrel Services and the rest kept running.",
                     "Critics singled out Harbour Group's Eastside Care.",
                     "Harbour Group's Eastside Care runs three homes in the city.",
                     "Everyone knew Harbour Group's Eastside Care and its record."] {
            #expect(read(text).contains("owns Harbour Group -> Eastside Care"), "\(text)")
        }
    }

    @Test func aPossessiveHoldsOnlyTheNameRightAfterItNotTheRestOfAList() {
        let all = read("Harbour Group's Eastside Care, Kestrel Services and Westside Trust all bid.")
        #expect(all.contains("owns Harbour Group -> Eastside Care"))
        #expect(!all.contains("owns Harbour Group -> Kestrel Services"))
        #expect(!all.contains("owns Harbour Group -> Westside Trust"))
    }

    @Test func aPossessiveBeforeANameUsedAsAModifierOrAfterAPartyNamesNoHolding() {
        for text in ["Harbour Group's Eastside Care contract was cut.",
                     "Brightwater Council's Eastside Care decision was criticised.",
                     "Labour's Eastside Care, the old charity, won."] {
            #expect(!read(text).contains { $0.hasPrefix("owns") }, "\(text)")
        }
    }

    // MARK: owners named in a second clause, a brand's creator, an owner after a description

    @Test func aPassiveInASecondClauseHasTheSentencesSubject() {
        #expect(read("Eastside Care kept its homes open and was later bought by Harbour Group.").contains("owns Harbour Group -> Eastside Care"))
        #expect(read("Westside Trust lost money for years and is now run by Kestrel Services.").contains("operates Kestrel Services -> Westside Trust"))
        #expect(read("Eastside Care grew quickly and has been owned since 2019 by Harbour Group.").contains("owns Harbour Group -> Eastside Care"))
        for text in ["Eastside Care kept its homes open and was not bought by Harbour Group.",
                     "Eastside Care kept its homes open and could be bought by Harbour Group.",
                     "Was Eastside Care struggling and later bought by Harbour Group?"] {
            #expect(!read(text).contains { $0.hasPrefix("owns") }, "\(text)")
        }
    }

    @Test func aBrandOrSubsidiaryCreatedByACompanyIsPartOfIt() {
        for text in ["The winner was Eastside Care, a new brand created by Harbour Group.",
                     "Eastside Care, a subsidiary set up by Harbour Group, runs the homes.",
                     "They hired Eastside Care, an arm launched by the Harbour Group in 2019."] {
            #expect(read(text).contains("part_of Eastside Care -> Harbour Group"), "\(text)")
        }
        for text in ["Eastside Care, a brand that could be created by Harbour Group, is planned.",
                     "Eastside Care, a new brand not created by Harbour Group, won."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    @Test func anOwnerMayBeDescribedAfterByWhenThePronounIsTheSubject() {
        #expect(RelationTestSupport.read("Harbour Group has changed too. The company was bought in 2021 by the American security firm Kestrel Services.",
                                         records: Self.records).contains("owns Kestrel Services -> Harbour Group"))
        #expect(RelationTestSupport.read("Westside Trust grew. It was acquired last year by the much larger charity Eastside Care.",
                                         records: Self.records).contains("owns Eastside Care -> Westside Trust"))
        #expect(!RelationTestSupport.read("Harbour Group has changed too. The company was not bought in 2021 by the American security firm Kestrel Services.",
                                          records: Self.records).contains { $0.hasPrefix("owns") })
    }

    @Test func theHeadOfAnAppositionAfterAShortNameOwnsWhatTheRelativeClauseSays() {
        let all = read("Harbour Group (HG), the Brightwater Council's operator of last resort, which already owns Eastside Care and Westside Trust, will step in.")
        #expect(all.contains("owns Harbour Group -> Eastside Care"))
        #expect(all.contains("owns Harbour Group -> Westside Trust"))
        #expect(!all.contains("owns Brightwater Council -> Eastside Care"))
    }

    // MARK: an owner named by a description, an owner of `it`

    @Test func anOwnerRunnerOrFunderNamedByADescriptionIsTheBodyOfThatKind() {
        #expect(read("Brightwater Council set up a firm. Eastside Care, a company wholly owned by the council, runs the homes.")
            .contains("owns Brightwater Council -> Eastside Care"))
        #expect(read("Brightwater Council acted fast. Westside Trust, run since 2015 by the council, reopened.")
            .contains("operates Brightwater Council -> Westside Trust"))
        #expect(read("Brightwater Council paid up. Healthy Homes, funded largely by the council, helps tenants.")
            .contains("funds Brightwater Council -> Healthy Homes"))
        for text in ["Brightwater Council set up a firm. Eastside Care, a company not owned by the council, runs the homes.",
                     "Brightwater Council set up a firm. Eastside Care, which could be owned by the council, runs the homes.",
                     "Brightwater Council and Northgate Council met. Eastside Care, owned by the council, runs the homes."] {
            #expect(!read(text).contains { $0.hasPrefix("owns") }, "\(text)")
        }
    }

    @Test func anOrganizationRunningItRunsTheBodyTheSentenceOpenedWith() {
        #expect(read("Medway Centre opened in 1998, and Harbour Group ran it from the start.").contains("operates Harbour Group -> Medway Centre"))
        #expect(read("The Medway Centre was built for the Brightwater Council, which runs it now.").contains("operates Brightwater Council -> Medway Centre"))
        #expect(read("Westside Trust struggled for years until Kestrel Services bought it in 2019.").contains("owns Kestrel Services -> Westside Trust"))
        for text in ["Medway Centre opened in 1998, and Harbour Group never ran it.",
                     "Medway Centre opened in 1998, and Harbour Group could run it.",
                     "Medway Centre opened in 1998; did Harbour Group run it?",
                     "Medway Centre praised Eastside Care, and Harbour Group ran it."] {
            #expect(!read(text).contains { $0.hasPrefix("operates Harbour Group -> Medway Centre") }, "\(text)")
        }
    }

    // MARK: suppliers appointed to serve a client

    @Test func aSupplierAppointedToServeAClientIsItsPartner() {
        for text in ["Kestrel Services appointed to supply the Brightwater Council.",
                     "Kestrel Services has been chosen to support the Brightwater Council with agency staff.",
                     "Last year Kestrel Services was selected to work with Brightwater Council on repairs."] {
            #expect(read(text).contains("partner_of Kestrel Services -> Brightwater Council"), "\(text)")
        }
        for text in ["Kestrel Services was not appointed to supply the Brightwater Council.",
                     "Kestrel Services could be chosen to support the Brightwater Council.",
                     "Was Kestrel Services selected to work with Brightwater Council?"] {
            #expect(!read(text).contains { $0.hasPrefix("partner_of") }, "\(text)")
        }
    }

    // MARK: succession by a change of name

    @Test func aChangeOfNameMakesTheLaterNameTheSuccessor() {
        for text in ["Harbour Group started life as the Westside Trust.",
                     "Harbour Group began as Westside Trust in 1990 and grew.",
                     "The agency began as Westside Trust and only took the name Harbour Group in 2013.",
                     "Westside Trust changed its name to Harbour Group in 2016.",
                     "Westside Trust later adopted the name Harbour Group.",
                     "Harbour Group was Westside Trust until 2015.",
                     "Harbour Group, the charity that used to be called Westside Trust, opened a home.",
                     "Westside Trust was turned into Harbour Group by the 2015 Act."] {
            #expect(read(text).contains("successor_of Harbour Group -> Westside Trust"), "\(text)")
        }
    }

    @Test func aPredecessorWithAModifierAfterTheVerbIsStillThePredecessor() {
        for text in ["The Highways Board itself replaced the old Roads Office in April 2004.",
                     "In 2004 the Highways Board took over from the former Roads Office.",
                     "The Highways Board, set up to replace the discredited Roads Office, opened in 2004."] {
            #expect(read(text).contains("successor_of Highways Board -> Roads Office"), "\(text)")
        }
        #expect(read("The old Roads Office was merged into the Highways Board.").contains("successor_of Highways Board -> Roads Office"))
    }

    @Test func aChangeOfNameNegatedPlannedOrAskedGivesNoSuccession() {
        for text in ["Westside Trust did not change its name to Harbour Group.",
                     "Westside Trust could change its name to Harbour Group next year.",
                     "Did Westside Trust change its name to Harbour Group?",
                     "Westside Trust never took the name Harbour Group.",
                     "Westside Trust would have adopted the name Harbour Group.",
                     "The Highways Board never replaced the old Roads Office.",
                     "Harbour Group was not Westside Trust until 2015.",
                     "Harbour Group worked with Westside Trust until 2015."] {
            #expect(!read(text).contains { $0.hasPrefix("successor_of") || $0.hasPrefix("replaced") }, "\(text)")
        }
    }
}
