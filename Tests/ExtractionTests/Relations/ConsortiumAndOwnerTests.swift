import Corpus
import Testing
@testable import Extraction

/// Who leads and who is in a partnership or joint venture; owners, investors, sponsors and clients named by a
/// noun; succession read from `the former X homes`; and the guards that keep class names, possessors and names
/// after a conjunction from being owned. Sentences written for these tests, with invented names given as
/// knowledge records; each rule is tried in several wordings, with negated, planned or asked twins.
@Suite struct ConsortiumAndOwnerTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Group", type: .organization, aliases: ["Harbour"]),
        KnowledgeRecord(name: "Kestrel Services", type: .organization, aliases: ["Kestrel"]),
        KnowledgeRecord(name: "Eastside Care", type: .organization),
        KnowledgeRecord(name: "Westside Trust", type: .organization),
        KnowledgeRecord(name: "Northgate Homes", type: .organization),
        KnowledgeRecord(name: "Southgate Rail", type: .organization),
        KnowledgeRecord(name: "Eastside Power", type: .organization),
        KnowledgeRecord(name: "Brightwater Council", type: .organization),
        KnowledgeRecord(name: "Community Rehabilitation Company", type: .organization, aliases: ["CRC", "CRCs"]),
        KnowledgeRecord(name: "Tracker", type: .programme),
        KnowledgeRecord(name: "Eastside Games", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }
    func last(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    // MARK: a consortium's members

    @Test func theMembersOfAConsortiumOwnItAndAreNotPairedAsPartners() {
        let found = read("Northgate Homes, a consortium of Harbour Group, Eastside Care and Westside Trust, won the contract.")
        for member in ["Harbour Group", "Eastside Care", "Westside Trust"] {
            #expect(found.contains("owns \(member) -> Northgate Homes"), "\(found)")
        }
        #expect(!found.contains(where: { $0.hasPrefix("partner_of") }), "\(found)")
        // twin: a partnership's members are still partners, and part of it
        let partnership = read("Northgate Homes, a partnership of Harbour Group and Eastside Care, won the contract.")
        #expect(partnership.contains("partner_of Harbour Group -> Eastside Care"), "\(partnership)")
        #expect(!partnership.contains("owns Harbour Group -> Northgate Homes"), "\(partnership)")
    }

    // MARK: every member of a group named after a passive `by`

    @Test func everyMemberOfAConsortiumThatBoughtABodyOwnsIt() {
        // water, buses, care homes: the first member, the ones the relative clause adds, and a described second member
        let cases: [(String, [String])] = [
            ("Southgate Rail was bought in 2006 by a consortium led by Harbour Group, which also included Eastside Care and Westside Trust.",
             ["Harbour Group", "Eastside Care", "Westside Trust"]),
            ("Northgate Homes has been taken over, by a consortium of the Australian bus firm Harbour Group and the Spanish investor Kestrel Services.",
             ["Harbour Group", "Kestrel Services"]),
            ("Eastside Power was sold to a consortium of Westside Trust and Kestrel Services in 2012.", ["Westside Trust", "Kestrel Services"]),
        ]
        for (text, owners) in cases {
            let found = read(text)
            for owner in owners { #expect(found.contains(where: { $0.hasPrefix("owns \(owner) -> ") }), "\(text): \(found)") }
        }
        // twins: a plain owner's relative clause names no co-owner; a member with its own verb opens a clause
        let plain = read("Southgate Rail was bought in 2006 by Harbour Group, which also owns Eastside Care.")
        #expect(plain.contains("owns Harbour Group -> Southgate Rail"), "\(plain)")
        #expect(!plain.contains("owns Eastside Care -> Southgate Rail"), "\(plain)")
        let planned = read("Southgate Rail may be bought by a consortium led by Harbour Group, which also included Eastside Care.")
        #expect(!planned.contains(where: { $0.hasPrefix("owns") && $0.hasSuffix("-> Southgate Rail") }), "\(planned)")
    }

    @Test func everyMemberOfAJointVentureThatRunsABodyRunsItAndAStakeMakesAnOwner() {
        let found = read("Southgate Rail had been run since 2017 by a joint venture of Harbour Group, which held 70 per cent, and the Dutch firm Kestrel Services, which held the rest.")
        for member in ["Harbour Group", "Kestrel Services"] {
            #expect(found.contains("operates \(member) -> Southgate Rail"), "\(found)")
            #expect(found.contains("owns \(member) -> Southgate Rail"), "\(found)")
        }
        // a school trust run by a partnership: both run it, neither is said to hold a share
        let school = read("Westside Trust is run by a partnership of Eastside Care and the local charity Northgate Homes.")
        #expect(school.contains("operates Eastside Care -> Westside Trust"), "\(school)")
        #expect(school.contains("operates Northgate Homes -> Westside Trust"), "\(school)")
        #expect(!school.contains(where: { $0.hasPrefix("owns") && $0.hasSuffix("-> Westside Trust") }), "\(school)")
        // twin: a single operator's relative clause adds nobody
        let single = read("Westside Trust is run by Eastside Care, which also runs Northgate Homes.")
        #expect(!single.contains("operates Northgate Homes -> Westside Trust"), "\(single)")
    }

    // MARK: taking over the running of a body

    @Test func takingOverTheRunningOfABodyRunsItWithoutOwningIt() {
        // a detention centre, a hospital, a railway station
        for (text, runner, body) in [("Harbour Group took over the running of Eastside Power in May 2020.", "Harbour Group", "Eastside Power"),
                                     ("Kestrel Services took over the day-to-day management of Westside Trust last year.", "Kestrel Services", "Westside Trust"),
                                     ("In 2015 Eastside Care took over the operation of Southgate Rail.", "Eastside Care", "Southgate Rail")] {
            let found = read(text)
            #expect(found.contains("operates \(runner) -> \(body)"), "\(text): \(found)")
            #expect(!found.contains("owns \(runner) -> \(body)"), "\(text): \(found)")
        }
        // twin: taking over the body itself is owning it
        let bought = read("Harbour Group took over Eastside Power in May 2020.")
        #expect(bought.contains("owns Harbour Group -> Eastside Power"), "\(bought)")
        #expect(!bought.contains("operates Harbour Group -> Eastside Power"), "\(bought)")
    }

    // MARK: a body run for a client

    @Test func aBodyRunForAClientIsRunByTheBodyAfterByWhichPartnersTheClient() {
        // housing, energy grants, a hospital
        for (text, runner, body, client) in [
            ("Northgate Homes was managed for Brightwater Council by Eastside Care until 2017.", "Eastside Care", "Northgate Homes", "Brightwater Council"),
            ("The Tracker scheme, administered on behalf of Harbour Group by Kestrel Services, closed in 2021.", "Kestrel Services", "Tracker", "Harbour Group"),
            ("Westside Trust is now run day to day for Southgate Rail by Eastside Power.", "Eastside Power", "Westside Trust", "Southgate Rail"),
        ] {
            let found = read(text)
            #expect(found.contains("operates \(runner) -> \(body)"), "\(text): \(found)")
            #expect(found.contains("partner_of \(runner) -> \(client)") || found.contains("partner_of \(client) -> \(runner)"), "\(text): \(found)")
            #expect(!found.contains("operates \(client) -> \(body)"), "\(text): \(found)")
        }
        // twins: built for a client is no running; a plan is no fact
        for text in ["Northgate Homes was built for Brightwater Council by Eastside Care.",
                     "Northgate Homes will be managed for Brightwater Council by Eastside Care."] {
            let found = read(text)
            #expect(!found.contains("operates Eastside Care -> Northgate Homes"), "\(text): \(found)")
        }
    }

    @Test func aGappedSecondPassiveNamesNoCoRunner() {
        let found = read("Northgate Homes is run by Harbour Group and Westside Trust by Eastside Care.")
        #expect(found.contains("operates Harbour Group -> Northgate Homes"), "\(found)")
        #expect(!found.contains("operates Westside Trust -> Northgate Homes"), "\(found)")
        // twin: two runners listed before the object's end still both run it
        let both = read("Northgate Homes is run jointly by Harbour Group and Westside Trust.")
        #expect(both.contains("operates Westside Trust -> Northgate Homes"), "\(both)")
    }

    // MARK: who leads a partnership

    @Test func theLeaderOfAPartnershipIsReadFromAModifierAClauseOrADescription() {
        for text in ["Northgate Homes is led by Kestrel Services.",
                     "Northgate Homes, which was led by Kestrel Services until 2019, still runs the estate.",
                     "Kestrel Services, the company behind Northgate Homes, went into administration.",
                     "Northgate Homes, a consortium led by the American firm Kestrel Services, won the contract."] {
            let found = read(text)
            #expect(found.contains("leads Kestrel Services -> Northgate Homes"), "\(text): \(found)")
            #expect(!found.contains("part_of Kestrel Services -> Northgate Homes"), "\(text): \(found)")
        }
        let glued = last("Kestrel Services grew fast. Northgate Homes, the Kestrel-led partnership, runs the estate.")
        #expect(glued.contains("leads Kestrel Services -> Northgate Homes"), "\(glued)")
    }

    @Test func noLeaderIsReadWhenNegatedPlannedOrAsked() {
        for text in ["Northgate Homes is not led by Kestrel Services.",
                     "Northgate Homes could be led by Kestrel Services.",
                     "Is Northgate Homes led by Kestrel Services?",
                     "Kestrel Services, the company suing Northgate Homes, went into administration."] {
            #expect(!read(text).contains { $0.hasPrefix("leads") }, "\(text)")
        }
    }

    @Test func theOthersInALedPartnershipArePartnersOrParts() {
        let among = read("Northgate Homes is led by Harbour Group, a builder, with Eastside Care and Westside Trust among its partners.")
        #expect(among.contains("leads Harbour Group -> Northgate Homes"), "\(among)")
        #expect(among.contains("partner_of Eastside Care -> Northgate Homes"), "\(among)")
        #expect(among.contains("partner_of Westside Trust -> Northgate Homes"), "\(among)")
        let members = read("Northgate Homes started in 2015, with Westside Trust among its members.")
        #expect(members.contains("part_of Westside Trust -> Northgate Homes"), "\(members)")
        let with = read("Northgate Homes, a partnership led by Harbour Group with Eastside Care and Westside Trust, won five areas.")
        #expect(with.contains("leads Harbour Group -> Northgate Homes"), "\(with)")
        #expect(with.contains("part_of Eastside Care -> Northgate Homes") && with.contains("part_of Westside Trust -> Northgate Homes"), "\(with)")
        let critics = read("Northgate Homes is led by Harbour Group, with Eastside Care among its critics.")
        #expect(!critics.contains { $0.hasPrefix("partner_of Eastside Care") }, "\(critics)")
    }

    // MARK: joint ventures

    @Test func membersOfAJointVentureMayComeWithADescriptionOrARelativeClause() {
        for text in ["Southgate Rail, a joint venture of Harbour Group and the Dutch operator Kestrel Services, runs the line.",
                     "The line is run by Southgate Rail, a partnership between Harbour Group, which holds 70 per cent, and the Dutch operator Kestrel Services.",
                     "Southgate Rail, a Harbour Group and Kestrel Services joint venture, runs the line."] {
            let found = read(text)
            #expect(found.contains("part_of Harbour Group -> Southgate Rail"), "\(text): \(found)")
            #expect(found.contains("part_of Kestrel Services -> Southgate Rail"), "\(text): \(found)")
            #expect(found.contains("partner_of Harbour Group -> Kestrel Services"), "\(text): \(found)")
        }
    }

    @Test func aBuyerAfterAJointVentureIsNoMemberOfIt() {
        let sold = read("Southgate Rail, a joint venture of Harbour Group, was sold to the Dutch operator Kestrel Services.")
        #expect(!sold.contains("part_of Kestrel Services -> Southgate Rail"), "\(sold)")
        #expect(!sold.contains { $0.hasPrefix("partner_of") }, "\(sold)")
    }

    @Test func foundersOfANewCompanyArePartnersButAMergerIsNoPartnership() {
        let formed = read("Southgate Rail, a new company formed by Harbour Group and Kestrel Services, took over the line.")
        #expect(formed.contains("partner_of Harbour Group -> Kestrel Services"), "\(formed)")
        #expect(!formed.contains { $0.hasPrefix("part_of") }, "\(formed)")
        let merger = read("Southgate Rail, a company formed by the merger of Harbour Group and Kestrel Services, took over the line.")
        #expect(!merger.contains { $0.hasPrefix("partner_of") }, "\(merger)")
    }

    // MARK: owners, investors, sponsors

    @Test func anOwnerIsReadFromANoun() {
        for text in ["Eastside Power owner Harbour Group went to court.",
                     "Harbour Group, the Eastside Power owner, went to court.",
                     "Harbour Group, Eastside Power's owner, went to court."] {
            #expect(read(text).contains("owns Harbour Group -> Eastside Power"), "\(text): \(read(text))")
        }
        let investors = read("Eastside Power's biggest investors include the pension fund Harbour Group and Kestrel Services.")
        #expect(investors.contains("owns Harbour Group -> Eastside Power") && investors.contains("owns Kestrel Services -> Eastside Power"), "\(investors)")
    }

    @Test func noOwnerIsReadFromAnotherNounOrAPlan() {
        for text in ["Harbour Group, the Eastside Power ownership adviser, went to court.",
                     "Harbour Group could become the Eastside Power owner.",
                     "Eastside Power's biggest critics include Harbour Group."] {
            #expect(!read(text).contains { $0.hasPrefix("owns") }, "\(text): \(read(text))")
        }
    }

    @Test func aSponsorFundsWhatItSponsors() {
        for (text, object) in [("Harbour Group was a sponsor of the Eastside Games.", "Eastside Games"),
                               ("Harbour Group, the main sponsor of Eastside Care, stayed quiet.", "Eastside Care"),
                               ("Harbour Group sponsors Eastside Care.", "Eastside Care")] {
            #expect(read(text).contains("funds Harbour Group -> \(object)"), "\(text): \(read(text))")
        }
        for text in ["Harbour Group was not a sponsor of the Eastside Games.", "Harbour Group may become a sponsor of Eastside Care."] {
            #expect(!read(text).contains { $0.hasPrefix("funds") }, "\(text)")
        }
    }

    @Test func aUnitNamedAfterItsPronounOrRunningForItsOwnerIsReadToTheOwner() {
        for text in ["Harbour Group grew fast. Its development arm, Eastside Care, builds for sale.",
                     "Harbour Group owns 500 homes. Its charitable foundation, Eastside Care, runs advice schemes.",
                     "Harbour Group merged in 2017. Its housebuilding subsidiary, Eastside Care, has since doubled."] {
            #expect(last(text).contains("part_of Eastside Care -> Harbour Group"), "\(text): \(last(text))")
        }
        #expect(!last("Harbour Group grew fast. Is its development arm, Eastside Care, for sale?").contains { $0.hasPrefix("part_of") })
        for text in ["Harbour Group's Care and Custody business has run Westside Trust since 2014.",
                     "Harbour Group's health arm now runs Westside Trust.",
                     "Harbour Group's custody division ran Westside Trust until 2020."] {
            #expect(read(text).contains { $0.hasPrefix("operates Harbour Group -> Westside Trust") }, "\(text): \(read(text))")
        }
        for text in ["Harbour Group's custody division never ran Westside Trust.", "Harbour Group's custody division could run Westside Trust."] {
            #expect(!read(text).contains("operates Harbour Group -> Westside Trust"), "\(text)")
        }
    }

    // MARK: advisers and contractors

    @Test func anAdviserOrAContractorIsItsClientsPartner() {
        #expect(read("Kestrel Services advised Brightwater Council on the sale.").contains("partner_of Kestrel Services -> Brightwater Council"))
        #expect(read("Kestrel Services still runs the Tracker system for Brightwater Council under contract.").contains("partner_of Kestrel Services -> Brightwater Council"))
        let described = last("Brightwater Council sold the depot in 2013. Kestrel Services advised the council on the price.")
        #expect(described.contains("partner_of Kestrel Services -> Brightwater Council"), "\(described)")
        for text in ["Kestrel Services never advised Brightwater Council.", "Kestrel Services would advise Brightwater Council."] {
            #expect(!read(text).contains { $0.hasPrefix("partner_of") }, "\(text)")
        }
    }

    @Test func aPartnershipCueFarFromTheSubjectJoinsTheSentencesOpener() {
        let far = read("Harbour Group, whose chief executive is Ann Reed, won the contract to run the helpline, in partnership with the call-centre firm Kestrel Services.")
        #expect(far.contains("partner_of Harbour Group -> Kestrel Services"), "\(far)")
        let other = read("Harbour Group lost the bid, and Brightwater Council, in partnership with Kestrel Services, took the work.")
        #expect(!other.contains("partner_of Harbour Group -> Kestrel Services"), "\(other)")
        let together = read("The evaluation, carried out by Kestrel Services together with the Brightwater Council, took years.")
        #expect(together.contains("partner_of Kestrel Services -> Brightwater Council"), "\(together)")
    }

    // MARK: succession from `the former X homes`

    @Test func takingOrRunningTheFormerHoldingsOfABodySucceedsIt() {
        for text in ["Harbour Group took over 40 of the former Westside Trust homes in May.",
                     "Harbour Group, which already ran Eastside Care, had been running the three former Westside Trust areas since 2019.",
                     "Harbour Group, a company formed by two charities, won the old Westside Trust contracts."] {
            let found = read(text)
            #expect(found.contains("successor_of Harbour Group -> Westside Trust"), "\(text): \(found)")
            #expect(!found.contains("successor_of Eastside Care -> Westside Trust"), "\(text): \(found)")
        }
        let object = read("It ran Eastside Care, then took on the old Westside Trust areas in 2019.")
        #expect(!object.contains("successor_of Eastside Care -> Westside Trust"), "\(object)")
        for text in ["Harbour Group did not take over the former Westside Trust homes.",
                     "Harbour Group praised the former Westside Trust homes."] {
            #expect(!read(text).contains { $0.hasPrefix("successor_of") }, "\(text)")
        }
    }

    // MARK: a list of holders of their own

    @Test func eachListedOrganizationRunsOrOwnsItsOwnHoldings() {
        let keep = read("Harbour Group, Kestrel's Eastside Care, Westside Trust and the rest will keep running their CRCs until the contracts end.")
        for name in ["Harbour Group", "Eastside Care", "Westside Trust"] {
            #expect(keep.contains("operates \(name) -> Community Rehabilitation Company"), "\(keep)")
        }
        #expect(!keep.contains("operates Kestrel Services -> Community Rehabilitation Company"), "\(keep)")
        let had = read("Other areas had Harbour Group, Eastside Care or Westside Trust running their CRCs.")
        #expect(had.contains("operates Eastside Care -> Community Rehabilitation Company") && had.contains("operates Westside Trust -> Community Rehabilitation Company"), "\(had)")
        let owned = read("Harbour Group and Westside Trust still owned their CRCs in 2020.")
        #expect(owned.contains("owns Harbour Group -> Community Rehabilitation Company") && owned.contains("owns Westside Trust -> Community Rehabilitation Company"), "\(owned)")
    }

    @Test func noHoldingsAreReadFromPraiseAModalOrAQuestion() {
        for text in ["Harbour Group and Westside Trust were praised for running their CRCs.",
                     "Harbour Group and Westside Trust could keep running their CRCs.",
                     "Did Harbour Group and Westside Trust keep running their CRCs?"] {
            #expect(!read(text).contains { $0.hasSuffix("-> Community Rehabilitation Company") && !$0.hasPrefix("part_of") }, "\(text): \(read(text))")
        }
    }

    // MARK: guards

    @Test func noOwnedBodyAfterAConjunctionAPossessiveOrAsAClassInTheSingular() {
        let after = read("Harbour Group bought a stake in 2021 after Brightwater Council fined Eastside Power.")
        #expect(!after.contains("owns Harbour Group -> Brightwater Council"), "\(after)")
        let possessed = read("Harbour Group bought Westside Trust's care arm, Eastside Care, last year.")
        #expect(possessed.contains("owns Harbour Group -> Eastside Care"), "\(possessed)")
        #expect(!possessed.contains("owns Harbour Group -> Westside Trust"), "\(possessed)")
        let singular = read("The Welsh CRC, now owned by Harbour Group, has barely unpacked.")
        #expect(!singular.contains("owns Harbour Group -> Community Rehabilitation Company"), "\(singular)")
        let plural = read("Harbour Group still held its six CRCs, including the northern ones.")
        #expect(plural.contains("owns Harbour Group -> Community Rehabilitation Company"), "\(plural)")
        let generic = read("Each area has one CRC working alongside Brightwater Council.")
        #expect(!generic.contains { $0.hasPrefix("partner_of") }, "\(generic)")
    }

    @Test func aNameBeforeAUnitNounDescribesTheListedNameBeforeIt() {
        let found = read("The system was built by Harbour Group in partnership with Eastside Care, the Brightwater Council unit then led by Ann Reed.")
        #expect(found.contains("partner_of Harbour Group -> Eastside Care"), "\(found)")
        #expect(!found.contains("partner_of Harbour Group -> Brightwater Council"), "\(found)")
    }
}
