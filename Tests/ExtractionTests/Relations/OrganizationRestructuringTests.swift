import Corpus
import Testing
@testable import Extraction

/// Bodies merged into one with the old bodies named first, bodies formed when another was broken up, units of a
/// university named with `at`, and the precision guards of the ownership and partnership rules (a succession read
/// as a purchase, peers read as partners). Sentences written for these tests, with invented names given as
/// knowledge records; each rule has twins (planned, negated, a person, a place, a body of another kind) that must
/// give nothing.
@Suite struct OrganizationRestructuringTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Water Board", type: .organization),
        KnowledgeRecord(name: "Canal Trust", type: .organization),
        KnowledgeRecord(name: "Rivers Office", type: .organization),
        KnowledgeRecord(name: "Waterways England", type: .organization),
        KnowledgeRecord(name: "Eastside College", type: .organization),
        KnowledgeRecord(name: "Westside College", type: .organization),
        KnowledgeRecord(name: "Harbour Colleges", type: .organization),
        KnowledgeRecord(name: "Arts Board", type: .organization),
        KnowledgeRecord(name: "Harbour Arts", type: .organization),
        KnowledgeRecord(name: "Eastside Police", type: .organization),
        KnowledgeRecord(name: "Westside Police", type: .organization),
        KnowledgeRecord(name: "Harbour Police", type: .organization),
        KnowledgeRecord(name: "Kestrel Services", type: .organization),
        KnowledgeRecord(name: "Audit Board", type: .organization),
        KnowledgeRecord(name: "Centre for Housing Research", type: .organization),
        KnowledgeRecord(name: "Harbour University", type: .organization),
        KnowledgeRecord(name: "Treasury", type: .organization),
        KnowledgeRecord(name: "Serco", type: .organization),
        KnowledgeRecord(name: "Capita", type: .organization),
        KnowledgeRecord(name: "Ingeus", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Leeds", type: .place),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    // MARK: several bodies merged into one

    @Test func everyBodyOfACoordinatedSubjectIsSucceededByTheBodyTheyWereMergedInto() {
        for text in ["In 2012 the Water Board and the Canal Trust were merged into a single body, Waterways England.",
                     "The Water Board, the Rivers Office and the Canal Trust were merged into Waterways England.",
                     "The Water Board and the Canal Trust became a single Waterways England in 2012.",
                     "The Water Board and the Canal Trust merged last April into one body, Waterways England."] {
            let all = read(text)
            #expect(all.contains("successor_of Waterways England -> Water Board"), "\(text) \(all)")
            #expect(all.contains("successor_of Waterways England -> Canal Trust"), "\(text) \(all)")
        }
        let three = read("The Water Board, the Rivers Office and the Canal Trust were merged into Waterways England.")
        #expect(three.contains("successor_of Waterways England -> Rivers Office"), "\(three)")
    }

    @Test func aPartnerNamedAfterWithIsNoBodyTheyWereMergedInto() {
        for text in ["The Water Board and the Canal Trust merged into a new company with Kestrel Services in 2012.",
                     "The Water Board and the Canal Trust became a new partnership with Kestrel Services."] {
            let all = read(text)
            #expect(!all.contains { $0.hasPrefix("successor_of Kestrel Services") }, "\(text) \(all)")
        }
    }

    @Test func aMergerStillToComeOrDeniedOrOfPeopleGivesNoSuccessor() {
        for text in ["The Water Board and the Canal Trust are to be merged into a single body, Waterways England.",
                     "The Water Board and the Canal Trust would be merged into a single body, Waterways England.",
                     "The Water Board and the Canal Trust were never merged into a single body, Waterways England.",
                     "Were the Water Board and the Canal Trust merged into a single body, Waterways England?",
                     "Ann Reed and Tom Vale were merged into a single body, Waterways England."] {
            #expect(!read(text).contains { $0.hasPrefix("successor_of Waterways England") }, "\(text)")
        }
    }

    // MARK: a body formed when another was broken up

    @Test func aBodyFormedWhenAnotherWasBrokenUpOrAbolishedSucceedsIt() {
        let one = read("Harbour Arts was created in 1994, when the Arts Board was broken up into separate councils.")
        #expect(one.contains("successor_of Harbour Arts -> Arts Board"), "\(one)")
        let two = read("Harbour Police was formed in 2013 when Eastside Police and Westside Police were abolished.")
        #expect(two.contains("successor_of Harbour Police -> Eastside Police"), "\(two)")
        #expect(two.contains("successor_of Harbour Police -> Westside Police"), "\(two)")
    }

    @Test func bodiesListedAfterACountedClassOfBodiesSucceedTheBodyBrokenUp() {
        let dairy = read("In 2000 the Water Board was split into three regional co-operatives: the Canal Trust, the Rivers Office and Waterways England.")
        for part in ["Canal Trust", "Rivers Office", "Waterways England"] {
            #expect(dairy.contains("successor_of \(part) -> Water Board"), "\(dairy)")
        }
        let colleges = read("In 1994 Harbour Colleges was broken up into two companies: Eastside College and Westside College.")
        #expect(colleges.contains("successor_of Eastside College -> Harbour Colleges"), "\(colleges)")
        #expect(colleges.contains("successor_of Westside College -> Harbour Colleges"), "\(colleges)")
        // a count of internal units lists parts, not successors; a plan gives nothing
        let police = read("In 2004 Harbour Police was split into two divisions: Eastside Police and Westside Police.")
        #expect(!police.contains { $0.hasPrefix("successor_of") }, "\(police)")
        let planned = read("Ministers proposed that the Water Board be split into two companies: the Canal Trust and the Rivers Office.")
        #expect(!planned.contains { $0.hasPrefix("successor_of") }, "\(planned)")
    }

    @Test func aBodyFormedWhenAnotherWasOnlyCriticisedOrNotBrokenUpSucceedsNothing() {
        for text in ["Harbour Arts was created in 1994, when the Arts Board was criticised by ministers.",
                     "Harbour Arts was created in 1994, when the Arts Board was not broken up.",
                     "Harbour Arts was created in 1994, when Ann Reed was abolished as a post.",
                     "Harbour Arts opened in 1994 when the Arts Board was broken up."] {
            #expect(!read(text).contains { $0.hasPrefix("successor_of Harbour Arts") }, "\(text)")
        }
    }

    // MARK: a unit of a university

    @Test func aCentreAtAUniversityIsPartOfIt() {
        let all = read("Ann Reed, director of the Centre for Housing Research at Harbour University, wrote the review.")
        #expect(all.contains("part_of Centre for Housing Research -> Harbour University"), "\(all)")
    }

    @Test func aCentreAtABodyThatIsNoUniversityOrABodyThatIsNoUnitGivesNothing() {
        for text in ["Ann Reed, director of the Centre for Housing Research at the Treasury, wrote the review.",
                     "Serco at Harbour University ran the canteen.",
                     "Ann Reed spoke about the Centre for Housing Research at Leeds."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: precision of the ownership and partnership rules

    @Test func contractsTakenOverFromABodyAreASuccessionNotAPurchaseOfIt() {
        let all = read("Kestrel Services took over the audit contracts from the Audit Board in 2015.")
        #expect(all.contains("successor_of Kestrel Services -> Audit Board"), "\(all)")
        #expect(!all.contains("owns Kestrel Services -> Audit Board"), "\(all)")
        // (a body taken over outright is still owned)
        #expect(read("Kestrel Services took over the Audit Board in 2015.").contains("owns Kestrel Services -> Audit Board"))
    }

    @Test func peersNamedAlongsideAreNoPartnersButAPartnerWorkingAlongsideIs() {
        let peers = read("Ingeus is one of the big providers, alongside the likes of Serco and Capita.")
        #expect(!peers.contains { $0.hasPrefix("partner_of") }, "\(peers)")
        let partners = read("Serco ran the helpline alongside Capita.")
        #expect(partners.contains("partner_of Serco -> Capita"), "\(partners)")
        #expect(!partners.contains("operates Serco -> Capita"), "\(partners)")
    }
}

/// Joint funders, programmes run in a stated manner, and a body that is `now simply` another.
@Suite struct JointFundingAndMannerTests {
    static let records: [KnowledgeRecord] = OrganizationRestructuringTests.records + [
        KnowledgeRecord(name: "Warm Homes Grant", type: .programme),
        KnowledgeRecord(name: "Energy Office", type: .organization),
        KnowledgeRecord(name: "Housing Fund", type: .organization),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    @Test func everyFunderOfAJointListFundsTheBody() {
        for text in ["The Canal Trust is funded jointly by the Energy Office and the Housing Fund.",
                     "The Canal Trust is funded by the Energy Office, the Water Board and the Housing Fund."] {
            let all = read(text)
            #expect(all.contains("funds Energy Office -> Canal Trust"), "\(text) \(all)")
            #expect(all.contains("funds Housing Fund -> Canal Trust"), "\(text) \(all)")
        }
    }

    @Test func aBodyAfterTheFunderInAClauseOfItsOwnFundsNothing() {
        let all = read("The Canal Trust is funded by the Energy Office, and the Housing Fund pays nothing.")
        #expect(all.contains("funds Energy Office -> Canal Trust"), "\(all)")
        #expect(!all.contains("funds Housing Fund -> Canal Trust"), "\(all)")
    }

    @Test func aBodyFundingItselfInAnAppositionListsNoOtherFunderOfIt() {
        let all = read("The Canal Trust was a wholly owned subsidiary of the Housing Fund, funded jointly by the Housing Fund and the Energy Office.")
        #expect(!all.contains("funds Energy Office -> Housing Fund"), "\(all)")
        // (the short name, not known as the same body, is read by its initials)
        let short = read("The Canal Trust was a wholly owned subsidiary of the Rivers Office, funded jointly by RO and the Energy Office.")
        #expect(!short.contains("funds Energy Office -> Rivers Office"), "\(short)")
    }

    @Test func aProgrammeRunDirectlyOrOnSomeonesBehalfIsOperatedByTheBodyAfterBy() {
        for text in ["The Warm Homes Grant is run directly by the Energy Office.",
                     "The Warm Homes Grant is managed on the government's behalf by the Energy Office.",
                     "The Warm Homes Grant is delivered under contract by the Energy Office."] {
            #expect(read(text).contains("operates Energy Office -> Warm Homes Grant"), "\(text)")
        }
        for text in ["The Warm Homes Grant could be run directly by the Energy Office.",
                     "The Warm Homes Grant is not managed on the government's behalf by the Energy Office."] {
            #expect(!read(text).contains { $0.hasPrefix("operates") }, "\(text)")
        }
    }

    @Test func aBodyNowSimplyAnotherIsSucceededByIt() {
        #expect(read("The Water Board is now simply Waterways England.").contains("successor_of Waterways England -> Water Board"))
        // (a person is no body renamed)
        #expect(!read("Ann Reed is now simply Tom Vale's deputy.").contains { $0.hasPrefix("successor_of") })
        #expect(!read("The Water Board is not simply Waterways England.").contains { $0.hasPrefix("successor_of") })
    }
}
