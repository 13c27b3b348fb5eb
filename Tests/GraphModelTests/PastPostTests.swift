import Corpus
import Extraction
import GraphModel
import Testing

/// Posts a sentence states in an aside about a person (a relative clause or an apposition with a time word:
/// `who had earlier run`, `who had been … and then …`, `formerly …`), the clause that goes on after the aside,
/// posts written as initials (`was DPP`), posts named by a holder's place in a line (`the first person to carry
/// the title of`), and the body a new post is at when the aside names another. Twins: a body named only in the
/// aside is not where the main clause's post is; a grade every department has names no department.
@Suite struct PastPostTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Kay Dunn", type: .person),
        KnowledgeRecord(name: "Lee Ward", type: .person),
        KnowledgeRecord(name: "Joan Pike", type: .person, roles: [
            KnowledgeRole(title: "Permanent Secretary", organization: "Ministry of Rural Affairs", from: "2015"),
        ]),
        KnowledgeRecord(name: "Ministry of Rural Affairs", type: .organization),
        KnowledgeRecord(name: "Fabian Society", type: .organization),
        KnowledgeRecord(name: "Canal and River Trust", type: .organization),
        KnowledgeRecord(name: "Transport for London", type: .organization),
        KnowledgeRecord(name: "Leeds City Council", type: .organization),
        KnowledgeRecord(name: "Schools Funding Agency", type: .organization),
        KnowledgeRecord(name: "Museum of London", type: .organization),
        KnowledgeRecord(name: "Historic Royal Palaces", type: .organization),
        KnowledgeRecord(name: "Water Standards Board", type: .organization),
        KnowledgeRecord(name: "National Trust", type: .organization),
        KnowledgeRecord(name: "Heritage Fund", type: .organization),
        KnowledgeRecord(name: "Heritage Trust", type: .organization),
        KnowledgeRecord(name: "Met Office", type: .organization),
        KnowledgeRecord(name: "Film Council", type: .organization),
        KnowledgeRecord(name: "Arts Council", type: .organization),
    ])

    static func graph(_ body: String) -> KnowledgeGraph { RelationTests.graph(body, knowledge: knowledge) }
    static func edges(_ g: KnowledgeGraph) -> [String] { PersonRelationTests.edges(g) }
    static func has(_ g: KnowledgeGraph, _ a: String, _ type: EdgeType, _ b: String) -> Bool { RelationTests.has(g, a, type, b) }
    static func role(_ g: KnowledgeGraph, _ a: String, _ b: String) -> Edge? {
        g.edges.first { $0.source == a && $0.type == .holdsRole && $0.target == b }
    }

    // MARK: A body led before, with a time adverb in the clause

    @Test func aBodyRunEarlierInARelativeClauseIsLed() {
        for text in ["The grant went to the economist Ann Reed, who had earlier run the Fabian Society.",
                     "Ann Reed, who had already led the Fabian Society, spoke for the tenants.",
                     "The schools panel was chaired by Ann Reed, who briefly headed the Fabian Society."] {
            let g = Self.graph(text)
            #expect(Self.has(g, "person:ann-reed", .leads, "org:fabian-society"), "\(text) \(Self.edges(g))")
        }
    }

    @Test func aBodyRunInAPlanIsNotLed() {
        let g = Self.graph("Ann Reed, who had hoped to run the Fabian Society, joined a housing charity instead.")
        #expect(!Self.has(g, "person:ann-reed", .leads, "org:fabian-society"), "\(Self.edges(g))")
    }

    // MARK: Posts held before, coordinated, in a relative clause on an apposition

    @Test func twoPastPostsJoinedByAndThenAreBothHeld() throws {
        let g = Self.graph("Tom Vale, a planner who had been a director at Transport for London and then chief executive of the Canal and River Trust, chairs the new panel.")
        let first = try #require(Self.role(g, "person:tom-vale", "org:transport-for-london"), "\(Self.edges(g))")
        #expect(first.qualifier == "former")
        let second = try #require(Self.role(g, "person:tom-vale", "org:canal-and-river-trust"), "\(Self.edges(g))")
        #expect(second.qualifier == "former")
        #expect(second.label == "chief executive")
    }

    @Test func twoPastPostsWithAnAdverbAreBothRead() {
        let g = Self.graph("Sam Cole, who had earlier been a curator at Historic Royal Palaces and director of the Museum of London, took over in 2002.")
        #expect(Self.has(g, "person:sam-cole", .holdsRole, "org:historic-royal-palaces"), "\(Self.edges(g))")
        #expect(Self.has(g, "person:sam-cole", .holdsRole, "org:museum-of-london"), "\(Self.edges(g))")
    }

    @Test func aNameAfterAndIsNoSecondPost() {
        let g = Self.graph("Ann Reed had been chief executive of Leeds City Council and Tom Vale the chair of the Heritage Fund.")
        #expect(!Self.has(g, "person:ann-reed", .holdsRole, "org:heritage-fund"), "\(Self.edges(g))")
    }

    @Test func aSecondPostAfterAnAppositionHeadIsHeld() {
        let g = Self.graph("The post went to Kay Dunn, a Labour peer who had been transport secretary under Gordon Brown.")
        #expect(g.edges.contains { $0.source == "person:kay-dunn" && $0.type == .holdsRole && ($0.label ?? "").lowercased() == "transport secretary" }, "\(Self.edges(g))")
    }

    // MARK: The clause after the aside

    @Test func theVerbAfterARelativeClauseIsTheNames() {
        for (text, body) in [("Tom Vale, who had been the Arts Council's finance director, became the first chief executive of the Film Council.", "org:film-council"),
                             ("Ann Reed, who had been chair of the Heritage Fund, became chief executive of the Museum of London in 2009.", "org:museum-of-london"),
                             ("Sam Cole, who had earlier been a trustee of the National Trust, is now chair of the Water Standards Board.", "org:water-standards-board")] {
            let g = Self.graph(text)
            #expect(Self.has(g, "person:" + (text.hasPrefix("Tom") ? "tom-vale" : text.hasPrefix("Ann") ? "ann-reed" : "sam-cole"), .holdsRole, body), "\(text) \(Self.edges(g))")
        }
    }

    @Test func aClauseAfterACommaWithAnotherSubjectIsNotTheNames() {
        let g = Self.graph("Ann Reed had been chief executive of Leeds City Council, the board became chair of nothing.")
        #expect(Self.edges(g).filter { $0.contains("person:ann-reed") && $0.contains("chair") }.isEmpty, "\(Self.edges(g))")
    }

    @Test func theChargeOfTheBodyTheTextIsAboutIsTaken() {
        let g = Self.graph("The Heritage Trust was split in two in 2015. Ann Reed, formerly chief executive of the National Trust, took charge of the trust.")
        #expect(Self.has(g, "person:ann-reed", .leads, "org:heritage-trust"), "\(Self.edges(g))")
        #expect(!Self.has(g, "person:ann-reed", .leads, "org:national-trust") || Self.role(g, "person:ann-reed", "org:national-trust")?.qualifier == "former", "\(Self.edges(g))")
    }

    @Test func takingChargeOfANamedBodyLeadsIt() {
        let g = Self.graph("In May Tom Vale took charge of the Schools Funding Agency.")
        #expect(Self.has(g, "person:tom-vale", .leads, "org:schools-funding-agency"), "\(Self.edges(g))")
        let twin = Self.graph("In May Tom Vale was expected to take charge of the Schools Funding Agency.")
        #expect(!Self.has(twin, "person:tom-vale", .leads, "org:schools-funding-agency"), "\(Self.edges(twin))")
    }

    // MARK: Where a new post is when an aside names another body

    @Test func aPostIsNotAtTheBodyOfTheAside() {
        let g = Self.graph("The Schools Funding Agency had a hard first year. Lee Ward, who had run Leeds City Council, was appointed chief executive in 2012.")
        #expect(!Self.has(g, "person:lee-ward", .holdsRole, "org:leeds-city-council"), "\(Self.edges(g))")
        #expect(Self.has(g, "person:lee-ward", .holdsRole, "org:schools-funding-agency"), "\(Self.edges(g))")
    }

    @Test func aPartyIsNoBodyOfAnUnplacedPost() {
        let g = Self.graph("The Tories won the council in May. Ann Reed, who previously ran Leeds City Council, has been chief executive since 2017.")
        #expect(!g.edges.contains { $0.source == "person:ann-reed" && $0.type == .holdsRole && $0.target.contains("conservative") }, "\(Self.edges(g))")
    }

    @Test func aPostHeldAtTheBodyRunIsThere() {
        let g = Self.graph("Lee Ward ran Leeds City Council as chief executive from 1990 to 1997.")
        #expect(Self.has(g, "person:lee-ward", .holdsRole, "org:leeds-city-council"), "\(Self.edges(g))")
    }

    // MARK: Posts written as initials, and by a holder's place in a line

    @Test func postInitialsAreReadAsTheTitle() {
        for text in ["Tom Vale was DPP from 2003 to 2008.", "The inquiry heard from Tom Vale, the former DPP, on Monday.",
                     "Tom Vale, then the CMO, wrote to every school."] {
            let g = Self.graph(text)
            #expect(g.edges.contains { $0.source == "person:tom-vale" && $0.type == .holdsRole
                && ["director of public prosecutions", "chief medical officer"].contains(($0.label ?? "").lowercased()) }, "\(text) \(Self.edges(g))")
        }
    }

    @Test func theTitleAfterAHoldersPlaceIsThePost() {
        let g = Self.graph("Ann Reed became the first person to carry the title of chief scientific adviser in 2000.")
        #expect(g.edges.contains { $0.source == "person:ann-reed" && $0.type == .holdsRole && $0.label == "chief scientific adviser" }, "\(Self.edges(g))")
        let led = Self.graph("Sam Cole became the first woman to run the Met Office in 2018.")
        #expect(Self.has(led, "person:sam-cole", .leads, "org:met-office"), "\(Self.edges(led))")
        let twin = Self.graph("Sam Cole hoped to become the first woman to run the Met Office.")
        #expect(!Self.has(twin, "person:sam-cole", .leads, "org:met-office"), "\(Self.edges(twin))")
    }

    // MARK: A grade every department has names no department

    @Test func aGenericGradeIsNoPostAtTheDepartmentOfKnownHolders() {
        let g = Self.graph("The commission opened with Ann Reed, a former permanent secretary, as its chair.")
        #expect(!Self.has(g, "person:ann-reed", .holdsRole, "org:ministry-of-rural-affairs"), "\(Self.edges(g))")
        // the person's own known post is still read
        let known = Self.graph("The commission opened with Joan Pike, a former permanent secretary, as its chair.")
        #expect(Self.has(known, "person:joan-pike", .holdsRole, "org:ministry-of-rural-affairs"), "\(Self.edges(known))")
    }

    @Test func aTitleRepeatingAPlacedPostIsNoRoleAlone() {
        let g = Self.graph("In 2017 the post went to Tom Vale, who had been the first chair of the Water Standards Board.")
        #expect(Self.has(g, "person:tom-vale", .holdsRole, "org:water-standards-board"), "\(Self.edges(g))")
        #expect(!g.edges.contains { $0.source == "person:tom-vale" && $0.type == .holdsRole && $0.target.hasPrefix("role:") }, "\(Self.edges(g))")
    }
}
