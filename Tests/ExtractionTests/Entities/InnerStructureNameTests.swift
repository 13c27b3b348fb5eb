import Corpus
import Testing
@testable import Extraction

/// Organization names with inner structure (`and`, `&`, commas, a colon, a plural kind), in sentences of our own
/// from several policy areas, with twins where two bodies stay two. No knowledge base unless said.
private func organizations(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
        .filter { $0.type == .organization }.map(\.text)
}

private func organizationNames(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
        .filter { $0.type == .organization }.map(\.canonicalName)
}

private let bodies = KnowledgeBase(records: [
    KnowledgeRecord(name: "HM Treasury", type: .organization, aliases: ["the Treasury", "Treasury"]),
    KnowledgeRecord(name: "Home Office", type: .organization),
    KnowledgeRecord(name: "Ofsted", type: .organization),
    KnowledgeRecord(name: "Care Quality Commission", type: .organization),
    KnowledgeRecord(name: "Defra", type: .organization),
    KnowledgeRecord(name: "Environment Agency", type: .organization),
    KnowledgeRecord(name: "Border Force", type: .organization),
    KnowledgeRecord(name: "Sport England", type: .organization),
    KnowledgeRecord(name: "UK Sport", type: .organization),
    KnowledgeRecord(name: "UK", type: .place),
])

@Suite("Inner structure of organization names")
struct InnerStructureNameTests {
    @Test func aKindOfBodyNamedInThePluralIsNamedByItsSingular() {
        // skills, health, transport, environment
        #expect(organizationNames("In 1999 ministers replaced the 72 Training and Enterprise Councils with one body.")
            .contains("Training and Enterprise Council"))
        #expect(organizationNames("It replaced the 72 Training and Enterprise Councils and the Further Education Funding Council.")
            == ["Training and Enterprise Council", "Further Education Funding Council"])
        #expect(organizationNames("Last year the regional Health and Wellbeing Boards were told to cut costs.")
            .contains("Health and Wellbeing Board"))
        #expect(organizationNames("By 2012 the nine Regional Flood Committees had been wound up.")
            .contains("Regional Flood Committee"))
        #expect(organizationNames("A year later the old local Sea Fisheries Committees were replaced by ten Inshore Fisheries and Conservation Authorities.")
            == ["Sea Fisheries Committee", "Inshore Fisheries and Conservation Authority"])
        // twins: a generic kind, a sentence's first words, no determiner or count
        #expect(organizations("Ministers wrote to the Local Councils in May.").isEmpty)
        #expect(organizations("Training and Enterprise Councils were abolished in 2001.").isEmpty)
        #expect(organizations("Some said that Regional Flood Committees had failed.").isEmpty)
    }

    @Test func aYearIsNoCountBeforeAKindNamedInThePlural() {
        // local growth
        #expect(organizationNames("The 12 Rural Growth Partnerships took over the budgets.").contains("Rural Growth Partnership"))
        // twin: a year before the plural, not a count
        #expect(!organizationNames("He said in 2014 Rural Growth Partnerships took over the budgets.").contains("Rural Growth Partnership"))
    }

    @Test func theBodiesOfARemitInThePluralStayInsideTheName() {
        // policing, schools, water
        #expect(organizations("In 2017 it became HM Inspectorate of Constabulary and Fire & Rescue Services, with a new chief.")
            .contains("HM Inspectorate of Constabulary and Fire & Rescue Services"))
        #expect(organizations("Complaints go to the Inspectorate of Schools and Academy Trusts every year.")
            .contains("Inspectorate of Schools and Academy Trusts"))
        #expect(organizations("Fines were set by the Regulator of Water and Sewerage Companies last year.")
            .contains("Regulator of Water and Sewerage Companies"))
        // twins: a second body named in the singular stays apart
        let two = organizations("The deal joined the Borough of Hackney and Wexcombe City Council last year.")
        #expect(!two.contains { $0.contains("and Wexcombe") })
    }

    @Test func anAcronymAndTwoWordsJoinedByAndAreOneName() {
        // health, immigration, trade
        #expect(organizations("The report on NHS Test and Trace came out today.").contains("NHS Test and Trace"))
        #expect(organizations("The work was split between UK Visas and Immigration and Immigration Enforcement.")
            .contains("UK Visas and Immigration"))
        #expect(organizations("Exporters were helped by UK Trade and Investment in the 2000s.").contains("UK Trade and Investment"))
        #expect(organizations("It had already absorbed NHS Test and Trace and the Joint Biosecurity Centre.")
            == ["NHS Test and Trace", "Joint Biosecurity Centre"])
        // twins: nations are no pair of a name; two known bodies stay two
        #expect(!organizations("The NHS England and Wales figures were out.").contains { $0.contains("and Wales") })
        #expect(!organizations("Sport England and UK Sport gave grants.", bodies).contains { $0.contains(" and ") })
    }

    @Test func aCentreNamedByTheFieldsItCoversListsThemWithCommas() {
        // environment, culture, research
        #expect(organizations("The science came from the Centre for Environment, Fisheries and Aquaculture Science, at Lowestoft.")
            == ["Centre for Environment, Fisheries and Aquaculture Science"])
        #expect(organizations("Grants were handed out by the Council for Museums, Archives and Libraries until 2004.")
            == ["Council for Museums, Archives and Libraries"])
        #expect(organizations("She chaired the Institute for Science, Engineering and Medicine for a decade.")
            == ["Institute for Science, Engineering and Medicine"])
        // twins: a list of bodies after a department is no remit
        #expect(organizations("The Department for Education, Ofsted and Ofqual met.").count == 3)
        #expect(organizations("The Department for Education, Ofsted and Ofqual met.", bodies).count == 3)
    }

    @Test func aOneWordTitleAndAColonBeforeABodysFullName() {
        #expect(organizations("It started life under the name Resource: The Council for Museums, Archives and Libraries, and grew.")
            == ["Resource: The Council for Museums, Archives and Libraries"])
        #expect(organizations("The unit was renamed Pathway: The Centre for Rural Skills in 2009.")
            == ["Pathway: The Centre for Rural Skills"])
        // twin: no naming word before the title
        #expect(!organizations("Update: The Home Office said no.", bodies).contains { $0.contains(":") })
    }

    @Test func oneWordOnBothSidesOfAndIsOneFirm() {
        #expect(organizations("He was the publisher who had run Faber and Faber for years.").contains("Faber and Faber"))
        #expect(!organizations("He was the publisher who had run Faber and Faber for years.").contains("Faber"))
    }

    @Test func twoSeparateBodiesAreNeverJoined() {
        for kb in [KnowledgeBase.empty, bodies] {
            for text in ["The Treasury and the Home Office disagreed.", "Ofsted and the Care Quality Commission inspected it.",
                         "Defra and the Environment Agency agreed.", "The Home Office and Border Force were blamed.",
                         "Sport England and UK Sport gave grants.", "He was elected as the police and crime commissioner."] {
                #expect(!organizations(text, kb).contains { $0.contains(" and ") }, "\(text)")
            }
        }
    }
}
