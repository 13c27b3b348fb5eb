import Corpus
import Testing
@testable import Extraction

/// The ways writers state a person's post, one test per construction, each in several policy areas and each with
/// a twin (negated, asked or planned) that states no post. The names are invented and given as knowledge records,
/// so that what is tested is the reading of the construction, not the finding of names.
@Suite struct PersonRoleConstructionTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nia Doyle", type: .person),
        KnowledgeRecord(name: "Northfield Housing Trust", type: .organization),
        KnowledgeRecord(name: "Eastgate Estates", type: .organization),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
        KnowledgeRecord(name: "Kelby Academy Trust", type: .organization),
        KnowledgeRecord(name: "Marlow Water", type: .organization),
        KnowledgeRecord(name: "Northfield Inquiry", type: .organization),
    ])

    /// `predicate subject -> object [label] (qualifier)` for each relation read in the LAST sentence of `passage`
    /// (the sentences before it are its context), the object's name or `-` for a role alone.
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    func roles(_ passage: String) -> [String] { read(passage).filter { $0.hasPrefix("holds_role") || $0.hasPrefix("leads") } }

    // MARK: the post, then its holder

    @Test func aPostClosingTheClauseBeforeIsNotTheGappedClausesHolder() {
        func secretary(_ sentence: String) -> Bool {
            roles(sentence).contains { $0.hasPrefix("holds_role Owen Pryce") && $0.lowercased().contains("health") }
        }
        // `and Owen Pryce the care minister`: the verb is left out; Health Secretary is Ruth Hartley's post
        #expect(!secretary("Ruth Hartley is now Health Secretary and Owen Pryce the care minister."))
        #expect(secretary("Ruth Hartley met Health Secretary Owen Pryce and the care minister."))
    }

    @Test func aPostNamedWithItsOrganizationBeforeTheCopulaIsTheHoldersPost() {
        #expect(read("Eastgate Estates' chief executive at the time was Ruth Hartley.").contains("holds_role Ruth Hartley -> Eastgate Estates [chief executive]"))
        #expect(read("Eastgate Estates' chief executive at the time was Ruth Hartley.").contains("leads Ruth Hartley -> Eastgate Estates"))
        #expect(read("The chair of Kelby Academy Trust since 2019 has been Owen Pryce.").contains("holds_role Owen Pryce -> Kelby Academy Trust [chair]"))
        #expect(read("Marlow Water's finance director is Nia Doyle, who joined from a bank.").contains("holds_role Nia Doyle -> Marlow Water [finance director]"))
        // a question, a negation and a plan state no post
        for sentence in ["Was Eastgate Estates' chief executive at the time Ruth Hartley?",
                         "The chair of Kelby Academy Trust is not Owen Pryce.",
                         "Marlow Water's finance director will be Nia Doyle."] {
            #expect(roles(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func aTimePhraseMayStandBetweenAPossessivePostAndItsHolder() {
        let passage = "Marlow Water lost its licence in 2022. Its chairman at the time was Owen Pryce."
        #expect(read(passage).contains("holds_role Owen Pryce -> Marlow Water [chairman]"))
        #expect(roles("Marlow Water lost its licence in 2022. Was its chairman at the time Owen Pryce?").isEmpty)
    }

    // MARK: the post in an `as` phrase, cut at a time phrase

    @Test func anAsPostEndsWhereATimePhraseBegins() {
        let edges = read("Ruth Hartley, who had replaced Owen Pryce as housing minister the previous October, resigned.")
        #expect(edges.contains { $0.hasPrefix("holds_role Ruth Hartley -> ") && $0.contains("[housing minister]") })
        #expect(edges.contains { $0.hasPrefix("holds_role Owen Pryce -> ") && $0.contains("[housing minister] (former)") })
        #expect(RelationReader.startsTimePhrase("the", "following"))
        #expect(RelationReader.startsTimePhrase("that", "year"))
        #expect(!RelationReader.startsTimePhrase("the", "board"))
        // she did not take the post (he may well have held it)
        #expect(roles("Ruth Hartley, who did not replace Owen Pryce as housing minister the previous October, resigned.")
            .allSatisfy { !$0.hasPrefix("holds_role Ruth Hartley") })
    }

    // MARK: what is no post

    @Test func anHonourOrAnUnplacedPossessivePostGivesNoRoleAlone() {
        #expect(RelationReader.isHonourOnly("QC") && RelationReader.isHonourOnly("Professor") && !RelationReader.isHonourOnly("chief executive"))
        #expect(RelationReader.hasOwnerPossessive("council's director of public health"))
        #expect(!RelationReader.hasOwnerPossessive("director of public health"))
        #expect(roles("Owen Pryce KC told the hearing the rules were unlawful.").allSatisfy { !$0.lowercased().contains("[kc]") })
        // no council is named: the post's owner is unknown, so no role is read
        #expect(roles("In the north, the council's director of public health, Nia Doyle, set up a team.")
            .allSatisfy { !$0.hasPrefix("holds_role Nia Doyle -> -") })
    }

    // MARK: a plural post before a list of people

    @Test func aPluralPostBeforeAListIsEachPersonsPost() {
        let edges = read("Two former Westmoor Homes executives, Ruth Hartley and Owen Pryce, were charged with fraud.")
        #expect(edges.contains("holds_role Ruth Hartley -> Westmoor Homes [executive] (former)"))
        #expect(edges.contains("holds_role Owen Pryce -> Westmoor Homes [executive] (former)"))
        let school = read("Kelby Academy Trust governors Nia Doyle and Owen Pryce resigned in protest.")
        #expect(school.contains { $0.hasPrefix("holds_role Nia Doyle -> Kelby Academy Trust") })
        #expect(school.contains { $0.hasPrefix("holds_role Owen Pryce -> Kelby Academy Trust") })
        // a question states none; a verb before the list is no part of the post
        #expect(roles("Were two former Westmoor Homes executives, Ruth Hartley and Owen Pryce, charged?").isEmpty)
        #expect(roles("Nia Doyle met ministers Ruth Hartley and Owen Pryce.").allSatisfy { !$0.contains("met") })
    }

    // MARK: relative clauses

    @Test func aPostHeldBeforeInARelativeClauseIsAFormerPost() {
        let edges = read("Owen Pryce, who had earlier been chief executive of Eastgate Estates, joined Westmoor Homes.")
        #expect(edges.contains("holds_role Owen Pryce -> Eastgate Estates [chief executive] (former)"))
        #expect(edges.contains("leads Owen Pryce -> Eastgate Estates (former)"))
        #expect(RoleTitle.clean("had previously been the chief nurse") == "chief nurse")
        #expect(RoleTitle.qualifier("had previously been the chief nurse") == "former")
        #expect(RoleTitle.qualifier("chief nurse") == nil)
    }

    @Test func aChairOfTheInquiryAfterAnAppositionIsTheInquirysChair() {
        let passage = "The Northfield Inquiry reported today. Ruth Hartley, a retired judge who has chaired the inquiry since 2018, spoke."
        #expect(read(passage).contains("holds_role Ruth Hartley -> Northfield Inquiry [chair]"))
        #expect(read(passage).contains("leads Ruth Hartley -> Northfield Inquiry"))
        let asked = "The Northfield Inquiry reported today. Has Ruth Hartley, a retired judge, chaired the inquiry since 2018?"
        #expect(roles(asked).allSatisfy { !$0.contains("Northfield Inquiry") })
    }

    // MARK: a post with no organization named nearby

    @Test func aPostAClauseGivesIsAtTheOrganizationThePostIsAbout() {
        let passage = "Westmoor Homes built 200 flats in Hull. Westmoor Homes then sold half of them to Eastgate Estates.\n\n"
            + "Owen Pryce became chief executive in May."
        #expect(read(passage).contains("holds_role Owen Pryce -> Westmoor Homes [chief executive]"))
        #expect(roles("Westmoor Homes built 200 flats in Hull. Westmoor Homes then sold half of them to Eastgate Estates.\n\n"
                      + "Owen Pryce could become chief executive in May.").isEmpty)
        // two organizations named as often: no guess
        let even = "Westmoor Homes built flats in Hull. Eastgate Estates built flats in Leeds.\n\nOwen Pryce became chief executive in May."
        #expect(!read(even).contains { $0.hasPrefix("holds_role Owen Pryce -> Westmoor Homes") || $0.hasPrefix("holds_role Owen Pryce -> Eastgate Estates") })
    }

    // MARK: two posts, a party word, a long relative clause

    @Test func twoPostsInOneAppositionAreBothRead() {
        let edges = read("Nia Doyle, their leader and the deputy prime minister, had signed a pledge.")
        #expect(edges.contains("holds_role Nia Doyle -> - [deputy prime minister]"))
        let health = read("Owen Pryce, chief executive of Marlow Water and a trustee of Kelby Academy Trust, resigned.")
        #expect(health.contains("holds_role Owen Pryce -> Marlow Water [chief executive]"))
        #expect(health.contains("holds_role Owen Pryce -> Kelby Academy Trust [trustee]"))
        // (an apposition presupposes the post even in a question; a wish states none)
        #expect(roles("Nia Doyle, who hoped to become their leader and the deputy prime minister, spoke.").isEmpty)
    }

    @Test func aPartyWordBeforeAPostHeldElsewhereIsAMembershipNotThePost() {
        let passage = "Kelby County Council set its budget in March. The budget was late.\n\nRuth Hartley, the Labour leader of the council, resigned."
        let edges = read(passage)
        #expect(edges.contains("member_of Ruth Hartley -> Labour Party"))
        #expect(edges.contains("holds_role Ruth Hartley -> Kelby County Council [leader]"))
        #expect(!edges.contains { $0.hasPrefix("holds_role Ruth Hartley -> Labour Party") })
        #expect(!RelationReader.isPartyPost("Labour leader of the council"))
        #expect(RelationReader.isPartyPost("Labour leader"))
        #expect(roles(passage.replacingOccurrences(of: "Ruth Hartley, the Labour", with: "Ruth Hartley, who wants to be the Labour")).isEmpty)
    }

    @Test func aCopulaAfterALongRelativeClauseIsTheSubjectsPost() {
        let edges = read("Owen Pryce, who took over from Nia Doyle as chief executive of Marlow Water in 2010, becomes the first chief executive of Kelby Academy Trust.")
        #expect(edges.contains("holds_role Owen Pryce -> Kelby Academy Trust [first chief executive]"))
        #expect(edges.contains("holds_role Nia Doyle -> Marlow Water [chief executive] (former)"))
        // the one replaced held the post the `as` phrase names, not the new one
        #expect(!edges.contains { $0.hasPrefix("holds_role Nia Doyle -> Kelby Academy Trust") })
        #expect(RoleTitle.words("first chief executive") == RoleTitle.words("chief executive"))
        let planned = read("Owen Pryce, who took over from Nia Doyle as chief executive of Marlow Water in 2010, may become the first chief executive of Kelby Academy Trust.")
        #expect(!planned.contains { $0.hasPrefix("holds_role Owen Pryce -> Kelby Academy Trust") })
    }
}
