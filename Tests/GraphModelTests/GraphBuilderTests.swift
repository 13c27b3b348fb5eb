import Corpus
import Extraction
import GraphModel
import Testing

/// The corpus-level graph built from pages written for these tests.
@Suite struct GraphBuilderTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "National Probation Service", type: .organization, aliases: ["NPS"]),
        KnowledgeRecord(name: "Community Rehabilitation Company", type: .organization, aliases: ["CRC", "CRCs"]),
        KnowledgeRecord(name: "Napo", type: .organization, aliases: ["NAPO"]),
        KnowledgeRecord(name: "Ministry of Justice", type: .organization, aliases: ["MoJ", "MOJ"]),
        KnowledgeRecord(name: "Seetec", type: .organization, aliases: []),
        KnowledgeRecord(name: "Working Links", type: .organization, aliases: []),
        KnowledgeRecord(name: "Chris Grayling", type: .person, aliases: ["Failing Grayling"],
                        roles: [KnowledgeRole(title: "Secretary of State for Justice", organization: "Ministry of Justice",
                                              from: "2012-09", to: "2015-05")]),
    ])

    static func graph(_ pages: [(String, String)], threads: Int = 1) -> KnowledgeGraph {
        let extractor = DocumentExtractor(knowledge: knowledge)
        let docs = pages.map { PlainTextPageReader().read(text: $1, path: $0) }
        return GraphBuilder(knowledge: knowledge).build(docs.map(extractor.extract))
    }

    static let splitA = """
        Monday, 2 June 2014

        Day One

        On 1 June 2014 the probation service was split into the National Probation Service and the CRCs.
        """
    static let splitB = """
        Friday, 6 June 2014

        A Week In

        The probation service was split into the NPS and the CRCs on 1 June 2014, and Napo is angry.
        """
    static let twoOnOneDay = """
        Tuesday, 3 June 2014

        Busy Day

        On 1 June 2014 Napo members went on strike in Leeds.

        On 1 June 2014 the Ministry of Justice published its figures.
        """

    @Test func sameEventInTwoPostsIsMerged() throws {
        let g = Self.graph([("a.txt", Self.splitA), ("b.txt", Self.splitB)])
        let split = g.events.filter { $0.date.value == "2014-06-01" && $0.trigger == "split" }
        #expect(split.count == 1)
        let event = try #require(split.first)
        #expect(Set(event.sources.map(\.document)) == ["a.txt", "b.txt"])
        #expect(event.participants.contains("org:national-probation-service"))
    }

    @Test func differentEventsOnOneDateStayApart() {
        let g = Self.graph([("c.txt", Self.twoOnOneDay)])
        let onDay = g.events.filter { $0.date.value == "2014-06-01" }
        #expect(onDay.count == 2)
        #expect(Set(onDay.compactMap(\.trigger)) == ["strike", "published"])
        #expect(onDay.allSatisfy { $0.sources.count == 1 })
    }

    @Test func entitiesMentionsAndEdges() throws {
        let g = Self.graph([("a.txt", Self.splitA), ("b.txt", Self.splitB)])
        let nps = try #require(g.entity(id: "org:national-probation-service"))
        #expect(nps.mentions.count == 2)
        #expect(nps.aliases.contains("NPS"))
        #expect(nps.firstSeen == CalendarDay(year: 2014, month: 6, day: 2))
        #expect(nps.lastSeen == CalendarDay(year: 2014, month: 6, day: 6))
        // Co-occurrence is counted once per sentence.
        let co = g.edges.filter { $0.type == .coOccurs && Set([$0.source, $0.target]) == ["org:national-probation-service", "org:community-rehabilitation-company"] }
        #expect(co.count == 1)
        #expect(co.first?.weight == 2)
        #expect(co.first?.sources.count == 2)
        // Every mention has a post → entity edge.
        #expect(g.edges.contains { $0.type == .mentions && $0.target == nps.id && $0.source.hasPrefix("post:") })
        #expect(g.edges.contains { $0.type == .participatesIn && $0.source == nps.id })
    }

    @Test func rolesFromKnowledgeAreMarked() throws {
        let page = """
            Thursday, 9 May 2013

            Plans

            Chris Grayling told the Ministry of Justice staff about the plans today.
            """
        let g = Self.graph([("d.txt", page)])
        let edge = try #require(g.edges.first { $0.type == .holdsRole && $0.source == "person:chris-grayling" })
        #expect(edge.target == "org:ministry-of-justice")
        #expect(edge.fromKnowledge)
        #expect(edge.label == "Secretary of State for Justice")
    }

    @Test func statedRelations() {
        let page = """
            Friday, 26 April 2019

            Owners

            Ian Lawrence, general secretary of Napo, answered questions.

            Seetec, successor to Working Links, said little.
            """
        let g = Self.graph([("e.txt", page)])
        #expect(g.edges.contains { $0.type == .holdsRole && $0.source == "person:ian-lawrence" && $0.target == "org:napo" && $0.label == "general secretary" && !$0.fromKnowledge })
        #expect(g.edges.contains { $0.type == .successorOf && $0.source == "org:seetec" && $0.target == "org:working-links" })
        // The role is read once, without the organization's name in it.
        #expect(g.edges.filter { $0.type == .holdsRole }.count == 1)
    }

    @Test func queries() throws {
        let g = Self.graph([("a.txt", Self.splitA), ("b.txt", Self.splitB), ("c.txt", Self.twoOnOneDay)])
        let top = g.topEntities(2)
        #expect(top.count == 2)
        #expect(top[0].weight >= top[1].weight)
        #expect(g.findEntity("NPS")?.id == "org:national-probation-service")
        #expect(g.findEntity("ministry of justice")?.id == "org:ministry-of-justice")
        let near = g.neighbourhood(of: "org:napo", depth: 1)
        #expect(near.contains("org:napo") && near.contains("org:national-probation-service"))
        #expect(g.path(from: "org:napo", to: "org:community-rehabilitation-company")?.first == "org:napo")
        let june = g.window(from: TemporalValue.parse("2014-06-03"), to: TemporalValue.parse("2014-06"))
        #expect(june.entities.allSatisfy { e in e.mentions.allSatisfy { $0.postDate! >= CalendarDay(year: 2014, month: 6, day: 3)! } })
        #expect(!june.entities.isEmpty)
    }

    /// A page whose comments name an entity the post does not, and repeat one it does: leaving the comments out
    /// drops the first entity, the comment mentions of the second, and the edges only comments support.
    @Test func excludingCommentsDropsWhatOnlyCommentsSay() throws {
        let page = """
            Tuesday, 3 June 2014

            The Split

            On 1 June 2014 Napo said the National Probation Service would struggle.

            2 comments:

              1. The Ministry of Justice never listened to Napo.

              2. Napo was right all along.
            """
        let g = Self.graph([("c.txt", page)])
        let napo = try #require(g.entity(id: "org:napo"))
        #expect(napo.mentions.contains { $0.source.kind == .comment })
        #expect(g.entity(id: "org:ministry-of-justice") != nil)

        let bodyOnly = g.excludingComments()
        #expect(bodyOnly.entity(id: "org:ministry-of-justice") == nil)
        let napoInPost = try #require(bodyOnly.entity(id: "org:napo"))
        #expect(napoInPost.mentions.count < napo.mentions.count)
        #expect(napoInPost.mentions.allSatisfy { $0.source.kind != .comment })
        #expect(bodyOnly.edges.allSatisfy { e in e.fromKnowledge || e.sources.allSatisfy { $0.kind != .comment } })
        #expect(!bodyOnly.edges.contains { $0.source == "org:ministry-of-justice" || $0.target == "org:ministry-of-justice" })
        #expect(bodyOnly.dates.allSatisfy { $0.source.kind != .comment })
    }
}
