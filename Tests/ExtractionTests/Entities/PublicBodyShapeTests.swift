import Corpus
import Testing
@testable import Extraction

/// Shapes of public bodies' names met in every policy area, each in three wordings of our own and with twins
/// where the rule must not fire. Bodies are made up or public (Transport for London, Environment Agency Wales);
/// no knowledge base unless said.
private func confirmed(_ text: String, _ kb: KnowledgeBase = .empty) -> [EntityMention] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    confirmed(text, kb).filter { $0.type == .organization }.map(\.text)
}

private let agencies = KnowledgeBase(records: [
    KnowledgeRecord(name: "Environment Agency", type: .organization),
    KnowledgeRecord(name: "Forestry Commission", type: .organization),
    KnowledgeRecord(name: "The Independent", type: .organization, aliases: ["the Independent"]),
    KnowledgeRecord(name: "Wales", type: .place),
    KnowledgeRecord(name: "House of Commons", type: .organization, aliases: ["Commons"]),
])

@Suite("Public body shapes")
struct PublicBodyShapeTests {
    @Test func aCommitteeNamedByItsRemitListAfterTheHouse() {
        for kb in [KnowledgeBase.empty, agencies] {
            #expect(organizations("The Commons Culture, Media and Sport Committee, chaired by a backbencher, said no.", kb)
                .contains("Culture, Media and Sport Committee"))
            #expect(organizations("Evidence went to the Lords Science, Technology and Innovation Committee in May.", kb)
                .contains("Science, Technology and Innovation Committee"))
            #expect(organizations("Last year the Commons Work, Pensions and Benefits Committee criticised the scheme.", kb)
                .contains("Work, Pensions and Benefits Committee"))
            // the House is never glued to the committee's first word
            #expect(!organizations("The Commons Culture, Media and Sport Committee met.", kb).contains { $0.hasPrefix("Commons") })
        }
        // a list after the Commons that ends in no body's word is no committee
        #expect(!organizations("The Commons, Lords and Palace staff were told.").contains { $0.contains(",") })
        #expect(!organizations("In the Commons May, June and July Sittings were long.").contains { $0.contains(",") })
    }

    @Test func anOfficeNamedAfterThePostItServes() {
        #expect(organizations("John Prescott's Office of the Deputy Prime Minister looked after fire.")
            .contains("Office of the Deputy Prime Minister"))
        #expect(organizations("She moved to the Office of the Public Guardian in 2015.").contains("Office of the Public Guardian"))
        #expect(organizations("A report from the Office of the Children's Commissioner came out today.")
            .contains("Office of the Children's Commissioner"))
        // `Office of the` with nothing after it names nothing
        #expect(!organizations("It was the Office of the year, they said.").contains { $0.hasSuffix("of the") })
        #expect(!organizations("He ran the Office of the.").contains { $0.hasSuffix("of the") })
    }

    @Test func aTransportBodyNamedAfterThePlaceItServes() {
        #expect(organizations("Sir Ian Vane became commissioner of Transport for London in 2006.").contains("Transport for London"))
        #expect(organizations("From now on Transport for Greater Manchester sets the fares.")
            .contains("Transport for Greater Manchester"))
        #expect(organizations("Ministers asked Transport for the North to plan the line.").contains("Transport for the North"))
        // ordinary words after `for`, and headings, are no body
        #expect(organizations("Transport for older people is poor in the valleys.").isEmpty)
        #expect(!organizations("Transport For All Ages\n\nThe plan was dropped.").contains("Transport For All Ages"))
        #expect(!organizations("Funding for Transport for years has fallen.").contains { $0.hasPrefix("Transport for") })
    }

    @Test func titleWordsInsideABodyOfItsMembers() {
        #expect(organizations("Talks were held with the Chief Fire Officers Association last week.")
            .contains("Chief Fire Officers Association"))
        #expect(organizations("The Police Superintendents' Association objected to the plan.")
            .contains("Police Superintendents' Association"))
        #expect(organizations("Members of the Prison Governors Association voted to strike.").contains("Prison Governors Association"))
        // a title before a person or an office is no body of members
        #expect(organizations("The Chief Fire Officer Ann Vale spoke in May.").isEmpty)
        #expect(organizations("The Chief Officers said it would not happen.").isEmpty)
    }

    @Test func twoBodiesJoinedByAnd() {
        let a = organizations("The bus firm was formed from Marlbrook and KTL Bus Group in 1995.")
        #expect(a.contains("KTL Bus Group"))
        #expect(!a.contains { $0.contains(" and ") })
        let b = organizations("Harbour Vale Housing and Wexcombe Housing Association merged in 2018.")
        #expect(b.contains("Wexcombe Housing Association"))
        #expect(!b.contains { $0.contains(" and ") })
        let c = organizations("Last year Tarn Energy and Marlin Energy Supply both failed.")
        #expect(!c.contains { $0.contains(" and ") })
        // one name with `and` inside stays whole
        #expect(organizations("The Health and Safety Executive and the Canal and River Trust agreed.")
            .contains("Canal and River Trust"))
        #expect(organizations("The contract went to Tarn Care and Justice Services in 2014.").contains("Tarn Care and Justice Services"))
        #expect(organizations("The Vale and Downs NHS Trust was fined.").contains("Vale and Downs NHS Trust"))
    }

    @Test func aBodysBranchForANation() {
        for kb in [KnowledgeBase.empty, agencies] {
            #expect(organizations("In 2013 ministers merged Environment Agency Wales with two other bodies.", kb)
                .contains("Environment Agency Wales"))
            #expect(organizations("Environment Agency Wales was merged with two other bodies in 2013.", kb)
                .contains("Environment Agency Wales"))
        }
        #expect(organizations("The work of Forestry Commission Scotland passed to a new agency.", agencies)
            .contains("Forestry Commission Scotland"))
        // the nation in a phrase after the body, or before another word, is not the body's
        let s = organizations("The Environment Agency said in Wales the work would go on.", agencies)
        #expect(s == ["Environment Agency"])
        #expect(organizations("The Environment Agency Wales Office closed.", agencies).allSatisfy { !$0.hasSuffix("Wales") })
    }

    @Test func aNewspapersOrdinaryNameOpensAReviewsTitle() {
        #expect(!organizations("Sir Ian Vane led the Independent Review of Rural Buses in 2002.", agencies).contains("The Independent"))
        #expect(!organizations("The Independent Inquiry into Care Homes reported in June.", agencies).contains("The Independent"))
        // the paper itself is still found
        #expect(organizations("The Independent reported on Monday that the plan had failed.", agencies)
            .contains { $0.hasSuffix("Independent") })
        #expect(organizations("A review in the Independent said the plan had failed.", agencies).contains { $0.hasSuffix("Independent") })
    }

    @Test func aNewspapersOrdinaryNameIsNoPrefixOfALongerName() {
        // `the Independent` before more capitalised words of one name is that name's first word, whatever follows
        #expect(!organizations("Sam Lowe was appointed to the Independent Schools Adjudicator in 2015.", agencies)
            .contains { $0.hasSuffix("Independent") })
        #expect(!organizations("The Independent Farming Panel met in Leeds in May.", agencies).contains { $0.hasSuffix("Independent") })
        // the paper itself, before a person's name or a day
        #expect(organizations("In the Independent Tom Vale argued that the plan had failed.", agencies)
            .contains { $0.hasSuffix("Independent") })
        #expect(organizations("A report in the Independent Monday said the plan had failed.", agencies)
            .contains { $0.hasSuffix("Independent") })
    }

    @Test func aKindOfBodyNamedInThePluralAfterACount() {
        #expect(organizations("The 35 Harbour Care Trusts were abolished at the end of May.").contains("Harbour Care Trusts"))
        #expect(organizations("It replaced the 152 Primary Care Trusts in 2013.").contains("Primary Care Trusts"))
        #expect(organizations("Ministers sold the 21 Community Rehabilitation Companies in 2015.")
            .contains("Community Rehabilitation Companies"))
        #expect(organizations("It split the National Widget Service and Community Rehabilitation Companies in two.")
            .contains("Community Rehabilitation Companies"))
        // a generic kind, a count without the article, or a date is no name
        #expect(!organizations("The 40 Foundation Trusts objected to the cap.").contains("Foundation Trusts"))
        #expect(!organizations("By then 35 Probation Trusts had bid.").contains("Probation Trusts"))
        #expect(organizations("The 12 January Trusts meeting was cancelled.").isEmpty)
    }

    @Test func aPostOnlyABodyHasAfterWhose() {
        #expect(organizations("Tarnfield, whose general secretary Ann Vale opposed the plan, called a strike.").contains("Tarnfield"))
        #expect(organizations("Marlow Care, whose members voted to strike, won the ballot.").contains("Marlow Care"))
        #expect(organizations("He wrote to Kestrelby, whose chairman resigned in May.").contains("Kestrelby"))
        // a person's relatives and staff are no posts of a body
        #expect(organizations("Jones, whose wife was ill, resigned.").isEmpty)
        #expect(organizations("Ann Vale, whose secretary typed the letter, resigned.").isEmpty)
    }

    @Test func aClippedNameDefinedInBrackets() {
        let a = confirmed("The Department for Farming and Rural Affairs (Defra) ran it. Later Defra said no.")
        #expect(a.filter { $0.text == "Defra" }.count == 2)
        #expect(a.filter { $0.text == "Defra" }.allSatisfy { $0.type == .organization && $0.canonicalName == "Department for Farming and Rural Affairs" })
        let b = confirmed("The Office for Standards in Schools (Ofsis) inspects them. Ofsis said no.")
        #expect(b.contains { $0.text == "Office for Standards in Schools" && $0.type == .organization })
        #expect(b.filter { $0.text == "Ofsis" }.allSatisfy { $0.type == .organization })
        let c = confirmed("The National Association of Tarn Officers (Natof) called a strike. Natof said no.")
        #expect(c.filter { $0.text == "Natof" }.allSatisfy { $0.type == .organization && $0.canonicalName.hasPrefix("National Association") })
        // a bracketed word that clips one word only, or a person's, defines nothing
        #expect(!confirmed("The Tarnvale Trust (Tarnvale) said no. Tarnvale agreed.").contains { $0.canonicalName == "Tarnvale Trust" && $0.text == "Tarnvale" })
        #expect(!confirmed("She met Sarah Jonesy (Sarjo) in May.").contains { $0.type == .organization })
    }

    @Test func aRegulatorNamedByOfAndItsRemit() {
        #expect(organizations("Ofsted said the school was failing.").contains("Ofsted"))
        #expect(organizations("The energy regulator Ofgem raised the cap in April.").contains("Ofgem"))
        #expect(organizations("Inspectors from Ofqual came back in May.").contains("Ofqual"))
        // ordinary words that begin the same way
        #expect(organizations("Often the staff left early.").isEmpty)
        #expect(organizations("The Offer was turned down by the staff.").isEmpty)
        #expect(organizations("She left the Office early.").isEmpty)
    }

    @Test func aKindOfBodyWithTwoModifiersJoinedByAnd() {
        #expect(organizations("The firm bid with the drug and alcohol charity Tarnaway last year.").contains("Tarnaway"))
        #expect(organizations("Funds went to the children and families charity Tarnhelp in 2010.").contains("Tarnhelp"))
        #expect(organizations("She gave it to the mental health and wellbeing charity Mindwell last year.").contains("Mindwell"))
        // no determiner within reach, or `and` joining whole phrases: no cue
        #expect(organizations("The money and time went to charity Kestrelby work.").isEmpty)
    }
}
