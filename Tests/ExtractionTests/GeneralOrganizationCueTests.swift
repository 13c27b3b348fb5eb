import Corpus
import Testing
@testable import Extraction

/// Organization cues that need no list, each with a sentence where it fires and one where it must not. The
/// sentences and bodies are made up for these tests (real places only); no knowledge base unless said.
private func confirmed(_ text: String, _ kb: KnowledgeBase = .empty) -> [EntityMention] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String, _ kb: KnowledgeBase = .empty) -> EntityType? {
    confirmed(text, kb).first { $0.text == surface }?.type
}

private func surfaces(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    confirmed(text, kb).map(\.text)
}

private let smallKnowledge = KnowledgeBase(records: [
    KnowledgeRecord(name: "National Health Service", type: .organization, aliases: ["NHS"]),
    KnowledgeRecord(name: "London", type: .place),
])

@Suite("Organization cues without a list")
struct GeneralOrganizationCueTests {
    @Test func institutionalSuffixAfterTheNamesABodyOfOrdinaryWords() {
        #expect(type(of: "Public Accounts Office", in: "Yesterday the Public Accounts Office said the scheme failed.") == .organization)
        #expect(type(of: "Work and Leisure Committee", in: "He sits on the Work and Leisure Committee now.") == .organization)
        // without `the`, or a common noun capitalised: generic
        #expect(type(of: "Housing Association", in: "She joined a Housing Association in 2010.") == nil)
        #expect(!surfaces("Staff from the Trade Union met the Local Authority.").contains("Local Authority"))
    }

    @Test func aBodysOwnNameAfterAnArticleOrAnOwner() {
        // two or more capitalised words before a body's suffix, after `a`, `its` or an owner's possessive
        let opening = surfaces("A Rural Payments Fraud Unit was set up in 2015 to chase false claims.")
        #expect(opening.contains("Rural Payments Fraud Unit"))
        #expect(!opening.contains("A Rural Payments Fraud Unit"))
        #expect(type(of: "Schools Capital Unit", in: "The department said its Schools Capital Unit would check every bid.") == .organization)
        #expect(type(of: "Rural Affairs Committee", in: "Holyrood's Rural Affairs Committee criticised the grants.") == .organization)
        // twins: a hospital ward, and one capitalised word before the suffix
        #expect(type(of: "Intensive Care Unit", in: "The patient was moved to an Intensive Care Unit overnight.") == nil)
        #expect(type(of: "Housing Board", in: "The council said its Housing Board met twice.") == nil)
    }

    @Test func aTaskForceIsABody() {
        #expect(type(of: "Hospital Food Standards Task Force", in: "She chaired the Hospital Food Standards Task Force in 2014.") == .organization)
        // twins: the words alone, and a force of nature or of labour, name no body
        #expect(type(of: "Task Force", in: "Members of the Task Force met twice.") == nil)
        #expect(!confirmed("The Labour Force Survey showed a fall in jobs.").contains { $0.type == .organization })
    }

    @Test func aCompassWordAndOfNameTheRegionABodyServes() {
        #expect(type(of: "West of England Skills Agency", in: "Money for the West of England Skills Agency ran out in 2012.") == .organization)
        // twin: the region alone is no body
        #expect(!confirmed("Many jobs moved to the West of England in 2012.").contains { $0.type == .organization })
    }

    @Test func aDepartmentsRemitListedWithCommasIsOneName() {
        let s = surfaces("The Department for Farming, Fisheries and Rural Affairs sold the site to the Ministry of Housing, Communities and Local Government.")
        #expect(s.contains("Department for Farming, Fisheries and Rural Affairs"))
        #expect(s.contains("Ministry of Housing, Communities and Local Government"))
        // Bodies listed after a department stay apart.
        let apart = surfaces("The Department for Education, Ofsted and Ofqual met on Monday.")
        #expect(apart.contains("Department for Education"))
        #expect(!apart.contains { $0.hasPrefix("Department for Education,") })
    }

    @Test func theArticleCoversACoordinatedBody() {
        let s = surfaces("Staff moved between the Regional Audit Office and Community Review Panels last year.")
        #expect(s.contains("Regional Audit Office"))
        #expect(!s.contains("Community Review"))
    }

    @Test func roleLikeHeadsNameBodies() {
        #expect(type(of: "Building Standards Regulator", in: "Powers pass to the Building Standards Regulator in April.") == .organization)
        #expect(type(of: "Regulator of Rented Homes", in: "The Regulator of Rented Homes (RRH) inspects landlords.") == .organization)
        // a role noun after a person's name stays a role
        #expect(type(of: "Regulator", in: "Anna Lund, the regulator, disagreed.") == nil)
    }

    @Test func membersPluralsEndAnOrganizationName() {
        #expect(surfaces("It was opposed by the Royal College of Assistant Surveyors.").contains("Royal College of Assistant Surveyors"))
        // a title after a body's name is not part of it
        let s = surfaces("The Department for Widgets Secretary Paula Venn resigned.")
        #expect(!s.contains { $0.hasPrefix("Department for Widgets Secretary") })
    }

    @Test func sectorSuffixesAfterASpecificWord() {
        #expect(type(of: "Kestrelby Railways", in: "Services are run by Kestrelby Railways today.") == .organization)
        // two companies joined by `and` stay two
        let s = surfaces("It happened when Marlowe Homes and Pellam Housing combined.")
        #expect(!s.contains("Marlowe Homes and Pellam Housing"))
        #expect(s.contains("Pellam Housing"))
    }

    @Test func commaListNames() {
        #expect(surfaces("In May the Trade, Skills and Industrial Strategy Committee reported.")
            .contains("Trade, Skills and Industrial Strategy Committee"))
        // a list of bodies is not one name
        #expect(!surfaces("They met Serco, Sodexo and Interserve Justice.").contains("Serco, Sodexo and Interserve Justice"))
    }

    @Test func compassWordsOpenANameAndLawTitlesAreNoBodies() {
        #expect(surfaces("Pupils at the West London Free School sat the test.", smallKnowledge).contains("West London Free School"))
        #expect(!confirmed("The Ferry Operating Services (Public Ownership) Act received assent.")
            .contains { $0.type == .organization && $0.text.hasPrefix("Ferry Operating Services") })
    }

    @Test func possessedThingsOfAnOrganization() {
        #expect(type(of: "Kestrelcorp", in: "Kestrelcorp's board met on Monday.") == .organization)
        #expect(type(of: "Kestrelcorp", in: "They asked Kestrelcorp's chief executive.") == .organization)
        // a person has a chief of staff; a place has officers
        #expect(type(of: "Dunmore", in: "Then Dunmore's chief of staff left.") != .organization)
    }

    @Test func agentsKindsItsAndMergers() {
        #expect(type(of: "Marlin Holdings", in: "The company is owned by Marlin Holdings these days.") == .organization)
        #expect(type(of: "Celtrex", in: "The insulation manufacturers Celtrex denied it.") == .organization)
        #expect(type(of: "Harlow Facades", in: "Cladding was fitted by its subcontractor Harlow Facades.") == .organization)
        #expect(type(of: "Ofwex", in: "On Tuesday Ofwex published its final report.") == .organization)
        #expect(type(of: "Ofwex", in: "On Tuesday Ofwex published his final report.") != .organization)
        #expect(type(of: "Lanthorn", in: "In 2016 Lanthorn merged into a larger group.") == .organization)
        // `run by` is as often a person
        #expect(type(of: "Chai Okoro", in: "The firm run by Chai Okoro took over.") != .organization)
    }

    @Test func unknownAcronymsInOrganizationContexts() {
        #expect(type(of: "RCSA", in: "Dr Clare Hodd of the RCSA said it was a mess.") == .organization)
        #expect(type(of: "FTX", in: "He told the FTX in an interview.") == .organization)
        // a role acronym stays a candidate
        #expect(type(of: "PSO", in: "She worked as a PSO for years.") == nil)
    }

    @Test func acronymDefinitionsInBothOrdersTypeClassesOfBodies() {
        let a = confirmed("Today 42 integrated care boards (ICBs) took over. Each ICB has a chair.")
        #expect(a.contains { $0.text == "ICB" && $0.type == .organization && $0.canonicalName == "integrated care boards" })
        let b = confirmed("Each ICB (integrated care board) has a chair, and the ICB answers to ministers.")
        #expect(b.contains { $0.text == "ICB" && $0.type == .organization })
        // a role's acronym is not defined as a body or programme
        let c = confirmed("Voters chose police and crime commissioners (PCCs) on Thursday.")
        #expect(!c.contains { $0.text == "PCCs" || $0.text.hasPrefix("police and crime") })
    }

    @Test func aKnownAcronymOrSectorWordInsideALongerName() {
        #expect(surfaces("He ran London Healthcare NHS Foundation Trust for years.", smallKnowledge)
            .contains("London Healthcare NHS Foundation Trust"))
        #expect(surfaces("He ran Bexworth Healthcare NHS Foundation Trust for years.", smallKnowledge)
            .contains("Bexworth Healthcare NHS Foundation Trust"))
    }

    @Test func acronymLedNamesOfKnownBodies() {
        #expect(surfaces("From today NHS Improvement joins the others.", smallKnowledge).contains("NHS Improvement"))
        #expect(!surfaces("From today NHS Staff get a rise.", smallKnowledge).contains("NHS Staff"))
    }

    @Test func schemesAreProgrammesAndVenuesArePlaces() {
        #expect(type(of: "Enhanced Early Redundancy", in: "Staff were offered Enhanced Early Redundancy in 2015.") == .programme)
        #expect(type(of: "QEII Centre", in: "The summit was held at the QEII Centre in March.") == .place)
        #expect(type(of: "Riverside Conference Centre", in: "We met at the Riverside Conference Centre again.") == .place)
    }

    @Test func majestysBodiesInterviewsAndAcronymLedNames() {
        #expect(type(of: "HM Revenue and Customs", in: "Letters from HM Revenue and Customs arrived.") == .organization)
        #expect(!surfaces("Then HM Chief Inspector of Widgets spoke.").contains { $0.hasPrefix("HM Chief") })
        #expect(!surfaces("Then HM Ch. Inspector Ward spoke.").contains { $0.hasPrefix("HM Ch") })
        #expect(type(of: "Marsh Weekly", in: "She said to Marsh Weekly in her interview that it failed.") == .organization)
        #expect(type(of: "KRT Novam", in: "Ann Pell, director of operations at KRT Novam, agreed.") == .organization)
        #expect(!surfaces("It would need a rewrite of the SPO Job Description.").contains("SPO Job Description"))
    }

    @Test func nationalBodiesAndAppositivesEndingInAParticiple() {
        #expect(type(of: "Homes England", in: "The agency began trading as Homes England in January.") == .organization)
        #expect(type(of: "Sport England", in: "Sport England said no to the plan.") == .organization)
        #expect(type(of: "North East England", in: "Jobs in North East England fell.") != .organization)
        #expect(type(of: "England", in: "Staff across England and Wales struck.") != .organization)
        #expect(type(of: "TC-Two", in: "Update: TC-Two, a new company formed by two landlords, took over.") == .organization)
    }

    @Test func titlesWithPossessivesQualifiedSectorNamesAndListedAcronyms() {
        #expect(type(of: "Queen's Fund", in: "The Queen's Fund called it damaging.") == .organization)
        #expect(type(of: "Network Rail", in: "It was absorbed by Network Rail later.") == .organization)
        #expect(type(of: "Great Western Railway", in: "Trains are run by Great Western Railway now.") == .organization)
        #expect(type(of: "Northern Rail", in: "He worked for the council, not the rail.") == nil)
        #expect(type(of: "ATW", in: "It followed the merger of the National Union of Widgets (NUW) and the ATW in 2017.") == .organization)
        #expect(type(of: "ATW", in: "She studied for the ATW in 2017.") == nil)
        #expect(type(of: "Rydale", in: "The refit was carried out by Rydale in 2016.") == .organization)
    }

    @Test func boroughsTwoBodiesJoinedByAndAndOrdinaryWordsOpeningNames() {
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "London", type: .place),
                                         KnowledgeRecord(name: "The Independent", type: .organization, aliases: ["Independent"])])
        let s = surfaces("The London Borough of Hackney and Wexcombe City Council objected.", kb)
        #expect(s.contains("London Borough of Hackney") && s.contains("Wexcombe City Council"))
        #expect(surfaces("Then the Independent Office for Widget Conduct looked into it.", kb)
            .contains("Independent Office for Widget Conduct"))
        #expect(surfaces("The Department of Widgets and Social Care agreed.").contains("Department of Widgets and Social Care"))
    }

    @Test func anOrdinaryWordOpeningASentenceStaysInAProgrammeOrBodyName() {
        #expect(type(of: "Personal Widget Payment", in: "Personal Widget Payment replaced the old benefit.") == .programme)
        #expect(type(of: "Local Authority", in: "Local Authority budgets fell again.") == nil)
    }

    @Test func aPeersTerritorialDesignationMayBeAKnownPlace() {
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "Peckham", type: .place)])
        let m = EntityRecognizer(knowledge: kb).recognize(text: "It is sponsored by Lord Harwood of Peckham, a retailer.")
        #expect(m.contains { $0.mention.type == .person && $0.mention.text == "Lord Harwood of Peckham" })
    }

    @Test func aRoleBeforeACommaMakesAPerson() {
        // a clause after a comma is no appositive role
        #expect(type(of: "Rye Vale", in: "Kestrel still runs Oakmoor and Rye Vale, and ministers say it works.") != .person)
        #expect(type(of: "Justine Greenway", in: "Her successor as education secretary, Justine Greenway, said little.") == .person)
    }

    /// A newspaper by the head word of its title and what is done with it (read in, told, speaking as a paper).
    @Test func newspapersByHeadWord() {
        #expect(type(of: "Times", in: "The figures first appeared in the Times that week.") == .organization)
        #expect(type(of: "Mirror", in: "A nurse told the Mirror she had quit.") == .organization)
        #expect(type(of: "Herald", in: "In March the Herald said in an editorial that the ward must stay open.")
            == .organization)
        #expect(type(of: "Evening Standard", in: "She wrote in the Evening Standard about rents.") == .organization)
        #expect(type(of: "Post", in: "A day later the Post argued for a rethink.") == .organization)
        // must not fire: a lone ambiguous head, a run with a different last word, a heading
        #expect(type(of: "Standard", in: "Every landlord must meet the rules set out in the Standard.") != .organization)
        #expect(surfaces("Letters were sorted in the Post Office at dawn.").contains("Post") == false)
        #expect(type(of: "Times", in: "Hard Times\n\nA column on the cost of rent.") != .organization)
    }

    /// A research body named by its field and `Laboratory` or `Observatory`; a suffix word right after `and`
    /// used as a modifier when the name goes on to a later suffix.
    @Test func laboratoriesAndSuffixWordsAfterAnd() {
        #expect(type(of: "Marine Science and Fisheries Laboratory", in: "She joined the Marine Science and Fisheries Laboratory in 2004.") == .organization)
        #expect(type(of: "Plant Health Laboratory", in: "Samples went to the Plant Health Laboratory for testing.") == .organization)
        #expect(type(of: "Kelby Observatory", in: "Funding for Kelby Observatory was cut in 2012.") == .organization)
        #expect(type(of: "Road Safety and Service Standards Authority", in: "The Road Safety and Service Standards Authority took over the work.") == .organization)
        #expect(type(of: "Patients and Service Users Panel", in: "Members of the Patients and Service Users Panel objected.") == .organization)
        // twins: a lowercase laboratory is no name; two bodies joined by `and` stay two
        #expect(confirmed("A laboratory in Leeds closed in 2015.").allSatisfy { $0.type != .organization })
        #expect(!surfaces("The lab results came back from the Laboratory late.").contains("Laboratory"))
        let two = surfaces("The Kelby Trust and Service Desk Company signed the deal.")
        #expect(!two.contains("Kelby Trust and Service Desk Company"))
    }
}
