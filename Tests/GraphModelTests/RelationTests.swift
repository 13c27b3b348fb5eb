import Corpus
import Extraction
import GraphModel
import Testing

/// Relations read from sentences written for these tests: one family at a time, with the negated, hypothetical and
/// past-tense forms that must not (or must differently) give an edge, and the spans and sources each edge carries.
@Suite struct RelationTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Mary Stone", type: .person, roles: [
            KnowledgeRole(title: "Secretary of State for Health", organization: "Department of Health", from: "2012-09", to: "2015-05"),
        ]),
        KnowledgeRecord(name: "Department of Health", type: .organization, aliases: ["DoH"]),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Harbour Homes Ltd", type: .organization, relations: [
            KnowledgeRelation(predicate: "operates", object: "Northgate Care Trust", from: "2016-04", to: "2019-03"),
        ]),
        KnowledgeRecord(name: "Northgate Care Trust", type: .organization),
    ])

    static func graph(_ body: String, date: String = "Monday, 3 March 2025", knowledge: KnowledgeBase = knowledge) -> KnowledgeGraph {
        let page = "\(date)\n\nA post\n\n\(body)\n"
        let doc = PlainTextPageReader().read(text: page, path: "r.txt")
        return GraphBuilder(knowledge: knowledge).build([DocumentExtractor(knowledge: knowledge).extract(doc)])
    }

    static func has(_ g: KnowledgeGraph, _ a: String, _ type: EdgeType, _ b: String) -> Bool {
        g.edges.contains { $0.source == a && $0.type == type && $0.target == b }
    }

    static func stated(_ g: KnowledgeGraph, _ type: EdgeType) -> [Edge] {
        g.edges.filter { $0.type == type && $0.stated }
    }

    // MARK: Roles

    @Test func appositionGivesTheRoleAtTheOrganizationWithItsSource() throws {
        let g = Self.graph("Ann Reed, chief executive of Harbour Homes Ltd, spoke to the council.")
        let e = try #require(g.edges.first { $0.type == .holdsRole && $0.source == "person:ann-reed" })
        #expect(e.target == "org:harbour-homes-ltd")
        #expect(e.label == "chief executive")
        #expect(e.stated && !e.fromKnowledge)
        #expect(e.sources.map(\.line) == [5])
        #expect(e.sources.first?.kind == .body)
        // a chief executive leads the company
        #expect(Self.has(g, "person:ann-reed", .leads, "org:harbour-homes-ltd"))
    }

    @Test func signatureLineGivesTheRole() {
        let g = Self.graph("We will keep fighting.\n\nSam Cole\nGeneral Secretary, Carers Union")
        #expect(g.edges.contains { $0.source == "person:sam-cole" && $0.type == .holdsRole && $0.target == "org:carers-union" && $0.label?.lowercased() == "general secretary" })
    }

    @Test func pastRoleIsQualifiedAndEndsByThePostDay() throws {
        let g = Self.graph("Tom Vale, the former chair of the Northgate Care Trust, said little.")
        let e = try #require(g.edges.first { $0.type == .holdsRole && $0.source == "person:tom-vale" })
        #expect(e.target == "org:northgate-care-trust")
        #expect(e.qualifier == "former")
        #expect(e.end == "2025-03-03")
    }

    @Test func titleImpliesTheOrganizationAndTheKnownTerm() throws {
        let g = Self.graph("Health Secretary Mary Stone visited a hospital.", date: "Monday, 4 March 2013")
        let e = try #require(g.edges.first { $0.type == .holdsRole && $0.source == "person:mary-stone" && $0.stated })
        #expect(e.target == "org:department-of-health")
        // the curated title and its term, since the text names the same post
        #expect(e.label == "Secretary of State for Health")
        #expect(e.start == "2012-09" && e.end == "2015-05")
    }

    @Test func roleTitlesAreMergedIntoOneEdge() throws {
        let g = Self.graph("""
            Sam Cole, general secretary of Carers Union, wrote to members.
            Carers Union General Secretary Sam Cole spoke next.
            Sam Cole, the General Secretary, closed the meeting.
            """)
        let roles = g.edges.filter { $0.type == .holdsRole && $0.source == "person:sam-cole" }
        #expect(roles.count == 1)
        #expect(roles.first?.target == "org:carers-union")
        #expect(roles.first?.sources.count == 3)
    }

    @Test func roleAloneHasItsOwnNode() {
        let g = Self.graph("Labour MP Priya Shah asked a question.", knowledge: .empty)
        #expect(g.edges.contains { $0.source == "person:priya-shah" && $0.type == .holdsRole && $0.target == "role:mp" && $0.label == "MP" })
        #expect(g.edges.contains { $0.source == "person:priya-shah" && $0.type == .memberOf && $0.target == "org:labour-party" })
    }

    @Test func aPostThatExistsOnlyAtABodyIsNoEdgeWithoutOne() {
        // `chair` and `chief executive` of nothing named: no role-alone edge; a post named whole stays alone
        let g = Self.graph("In 2012 the writer Tom Vale became chairman, and he pushed for change. Ann Reed, the Labour MP for Hull, agreed.", knowledge: .empty)
        #expect(!g.edges.contains { $0.source == "person:tom-vale" && $0.type == .holdsRole && $0.target == "role:chair" })
        #expect(g.edges.contains { $0.source == "person:ann-reed" && $0.type == .holdsRole && $0.target.hasPrefix("role:") })
        #expect(RoleTitle.needsBody("chairman") && RoleTitle.needsBody("the first chief executive") && RoleTitle.needsBody("interim chair"))
        #expect(!RoleTitle.needsBody("Information Commissioner") && !RoleTitle.needsBody("health secretary") && !RoleTitle.needsBody("director general"))
    }

    @Test func postsTakenAndLeftCarryTheirDates() throws {
        let g = Self.graph("Ann Reed stepped down as chief executive of Harbour Homes Ltd in May 2024. Tom Vale became chair of Carers Union in 2023.")
        let left = try #require(g.edges.first { $0.type == .holdsRole && $0.source == "person:ann-reed" })
        #expect(left.target == "org:harbour-homes-ltd" && left.qualifier == "former" && left.end == "2024-05")
        let taken = try #require(g.edges.first { $0.type == .holdsRole && $0.source == "person:tom-vale" })
        #expect(taken.target == "org:carers-union" && taken.label == "chair" && taken.start == "2023")
    }

    @Test func itsPostIsAtTheClausesOrganization() {
        let g = Self.graph("Carers Union is now led by Sam Cole, and Ann Reed has been its treasurer since 2021.")
        #expect(Self.has(g, "person:sam-cole", .leads, "org:carers-union"))
        #expect(g.edges.contains { $0.source == "person:ann-reed" && $0.type == .holdsRole && $0.target == "org:carers-union" && $0.label == "treasurer" })
        #expect(!g.edges.contains { $0.source == "person:sam-cole" && $0.type == .holdsRole })
    }

    // MARK: Ownership and operation

    @Test func parentsOwnersAndParts() {
        let g = Self.graph("""
            Eastside Care Trust, now part of Harbour Homes Ltd, is full.
            Westside Care Trust's parent company, Brightwater Group, paid the bill.
            Brightwater Group, the owner of Northgate Care Trust, said nothing.
            """)
        #expect(Self.has(g, "org:eastside-care-trust", .partOf, "org:harbour-homes-ltd"))
        #expect(Self.has(g, "org:brightwater-group", .owns, "org:westside-care-trust"))
        #expect(Self.has(g, "org:brightwater-group", .owns, "org:northgate-care-trust"))
    }

    @Test func coordinationAfterWhichOwnsGivesEveryObject() {
        let g = Self.graph("Harbour Homes Ltd, which owns six homes including Eastside Care Trust and Westside Care Trust, is growing.")
        #expect(Self.has(g, "org:harbour-homes-ltd", .owns, "org:eastside-care-trust"))
        #expect(Self.has(g, "org:harbour-homes-ltd", .owns, "org:westside-care-trust"))
    }

    @Test func negatedHypotheticalAndPlannedOwnershipGiveNoEdge() {
        let g = Self.graph("""
            Brightwater Group did not buy Northgate Care Trust.
            Could Brightwater Group buy Southgate Care Trust?
            Brightwater Group plans to take over Riverside Care Trust.
            Brightwater Group would run Eastside Care Trust if asked.
            """)
        #expect(Self.stated(g, .owns).isEmpty)
        #expect(Self.stated(g, .operates).isEmpty)
    }

    @Test func isNowABusinessAndPassiveOwnership() {
        let g = Self.graph("Eastside Care Trust is now a Brightwater Group business. Westside Care Trust, owned by Harbour Homes Ltd, has closed.")
        #expect(Self.has(g, "org:brightwater-group", .owns, "org:eastside-care-trust"))
        #expect(Self.has(g, "org:harbour-homes-ltd", .owns, "org:westside-care-trust"))
    }

    @Test func partnershipGoesBothWaysAndRunByOperates() {
        let g = Self.graph("Riverside Care Trust works in partnership with Kingsbridge Borough Council. The Eastside Care Trust, run by Harbour Homes Ltd, is full.")
        #expect(Self.has(g, "org:riverside-care-trust", .partnerOf, "org:kingsbridge-borough-council"))
        #expect(Self.has(g, "org:harbour-homes-ltd", .operates, "org:eastside-care-trust"))
    }

    @Test func unitNamedAfterItsParentIsPartOfIt() {
        let g = Self.graph("The North East Division of the Kingsbridge Borough Council was praised, as was the Kingsbridge Borough Council itself.")
        #expect(g.edges.contains { $0.type == .partOf && $0.target == "org:kingsbridge-borough-council" && $0.stated })
    }

    // MARK: Succession

    @Test func renamingAndReplacementCarryTheirStart() throws {
        let g = Self.graph("Westside Care Trust was renamed Riverside Care Trust in 2024. Tom Vale replaced Ann Reed in May 2024.")
        let renamed = try #require(g.edges.first { $0.type == .successorOf && $0.source == "org:riverside-care-trust" })
        #expect(renamed.target == "org:westside-care-trust")
        #expect(renamed.start == "2024")
        let replaced = try #require(g.edges.first { $0.type == .successorOf && $0.source == "person:tom-vale" })
        #expect(replaced.target == "person:ann-reed")
        #expect(replaced.start == "2024-05")
        // the change is an event of the timeline, with its source
        #expect(g.events.contains { $0.date.value == "2024-05" && $0.participants.contains("person:tom-vale") && $0.sources.first?.line == 5 })
    }

    @Test func successionByContractPassiveAndPossessive() {
        let g = Self.graph("""
            Harbour Homes Ltd took over the contract from Brightwater Group in 2019.
            Eastside Care Trust, replaced in 2013 by Westside Care Trust, closed.
            Tom Vale, Ann Reed's successor, has been chief executive of Carers Union since 2020.
            """)
        #expect(Self.has(g, "org:harbour-homes-ltd", .successorOf, "org:brightwater-group"))
        #expect(Self.has(g, "org:westside-care-trust", .successorOf, "org:eastside-care-trust"))
        #expect(Self.has(g, "person:tom-vale", .successorOf, "person:ann-reed"))
        #expect(g.edges.contains { $0.source == "person:tom-vale" && $0.type == .holdsRole && $0.target == "org:carers-union" && $0.start == "2020" })
    }

    @Test func theOneReplacedHeldThePostBefore() {
        let g = Self.graph("Tom Vale replaced Ann Reed as chief executive of Harbour Homes Ltd in 2022. Sam Cole stepped into the treasurer role at Carers Union.")
        #expect(g.edges.contains { $0.source == "person:tom-vale" && $0.type == .holdsRole && $0.target == "org:harbour-homes-ltd" && $0.qualifier == nil })
        #expect(g.edges.contains { $0.source == "person:ann-reed" && $0.type == .holdsRole && $0.target == "org:harbour-homes-ltd" && $0.qualifier == "former" })
        #expect(g.edges.contains { $0.source == "person:sam-cole" && $0.type == .holdsRole && $0.label == "treasurer" })
    }

    @Test func negatedSuccessionGivesNoEdge() {
        let g = Self.graph("Tom Vale did not replace Ann Reed. Westside Care Trust was never renamed Riverside Care Trust.")
        #expect(Self.stated(g, .successorOf).isEmpty)
    }

    // MARK: Criticism

    @Test func criticismByThePersonInAnApposition() {
        let g = Self.graph("Sam Cole, general secretary of Carers Union, slammed Harbour Homes Ltd for the closures.")
        #expect(Self.has(g, "person:sam-cole", .criticised, "org:harbour-homes-ltd"))
        #expect(!Self.has(g, "org:carers-union", .criticised, "org:harbour-homes-ltd"))
    }

    @Test func passiveCriticismAndNoCriticFromAPreposition() {
        let g = Self.graph("""
            The plan was condemned by Carers Union.
            Her letter to the chair, Tom Vale, blamed Harbour Homes Ltd for the delay.
            """)
        #expect(!Self.has(g, "person:tom-vale", .criticised, "org:harbour-homes-ltd"))
        #expect(!Self.stated(g, .criticised).contains { $0.source == "person:tom-vale" })
    }

    @Test func damningAssessmentIsCriticism() {
        let g = Self.graph("""
            Ann Reed said Harbour Homes Ltd was failing its residents.
            Carers Union described Northgate Care Trust as a shambles.
            Tom Vale did not say Eastside Care Trust was failing.
            """)
        #expect(Self.has(g, "person:ann-reed", .criticised, "org:harbour-homes-ltd"))
        #expect(Self.has(g, "org:carers-union", .criticised, "org:northgate-care-trust"))
        #expect(!Self.stated(g, .criticised).contains { $0.source == "person:tom-vale" })
    }

    @Test func questionedCriticismGivesNoEdge() {
        let g = Self.graph("Did Carers Union really attack Harbour Homes Ltd?")
        #expect(Self.stated(g, .criticised).isEmpty)
    }

    // MARK: Knowledge and validity

    @Test func knownRelationIsNotStatedAndCarriesTheRecordsDates() throws {
        let g = Self.graph("Harbour Homes Ltd and Northgate Care Trust both sent staff.")
        let e = try #require(g.edges.first { $0.type == .operates && $0.source == "org:harbour-homes-ltd" })
        #expect(!e.stated && e.fromKnowledge && e.sources.isEmpty)
        #expect(e.start == "2016-04" && e.end == "2019-03")
    }

    /// Two posts, 2014 and 2019, naming a person and the body of a post she held 2012-2015, without stating it.
    static func twoPosts() -> KnowledgeGraph {
        let pages = [("a.txt", "Monday, 3 March 2014\n\nA\n\nMary Stone visited the Department of Health.\n"),
                     ("b.txt", "Monday, 4 March 2019\n\nB\n\nMary Stone visited the Department of Health again.\n")]
        let x = DocumentExtractor(knowledge: knowledge)
        return GraphBuilder(knowledge: knowledge).build(pages.map { x.extract(PlainTextPageReader().read(text: $1, path: $0)) })
    }

    @Test func windowKeepsAKnownRoleOnlyInItsTerm() {
        let g = Self.twoPosts()
        #expect(g.edges.contains { $0.type == .holdsRole && $0.source == "person:mary-stone" && !$0.stated })
        let inTerm = g.window(from: TemporalValue.parse("2014"), to: TemporalValue.parse("2014"))
        #expect(inTerm.edges.contains { $0.type == .holdsRole && $0.source == "person:mary-stone" })
        let after = g.window(from: TemporalValue.parse("2019"), to: TemporalValue.parse("2020"))
        #expect(after.entity(id: "person:mary-stone") != nil && after.entity(id: "org:department-of-health") != nil)
        #expect(!after.edges.contains { $0.type == .holdsRole })
    }

    @Test func profileListsRelationsInAndOutWithSources() throws {
        let g = Self.graph("Harbour Homes Ltd, which owns Eastside Care Trust, is led by Ann Reed. Ann Reed, chief executive of Harbour Homes Ltd, spoke.")
        let p = try g.profile(of: "harbour homes ltd")
        #expect(p.relations.contains { $0.outgoing && $0.type == .owns && $0.other == "org:eastside-care-trust" && $0.sources.first?.document == "r.txt" })
        #expect(p.relations.contains { !$0.outgoing && $0.type == .holdsRole && $0.other == "person:ann-reed" })
        #expect(p.firstMention?.source.line == 5)
        #expect(throws: UnknownEntity.self) { try g.profile(of: "Nobody Here") }
    }
}
