import Corpus
import Extraction
import GraphModel
import Testing
import Timeline

@Suite struct FilterTests {
    func ids(_ query: TimelineQuery, _ graph: KnowledgeGraph = Fixture.sample) throws -> [String] {
        try EventTimeline(graph: graph, query: query).entries.map { String($0.id.dropFirst("event:".count)) }
    }

    @Test func fromAndToKeepEventsOverlappingTheWindow() throws {
        let from = try TemporalValue(period: "2014-06")
        // The year-level 2014 event overlaps June 2014 and is kept; the November 2013 walk-out is not.
        #expect(try ids(TimelineQuery(from: from)) == ["e4", "e1", "e5", "e6"])
        #expect(try ids(TimelineQuery(to: try TemporalValue(period: "2014"))) == ["e2", "e3", "e4", "e1"])
        #expect(try ids(TimelineQuery(from: try TemporalValue(period: "2013-11-30"), to: try TemporalValue(period: "2014-05-31")))
                == ["e3", "e4"])
        #expect(try ids(TimelineQuery(from: try TemporalValue(period: "2019-10-01"), to: try TemporalValue(period: "2019-10-01")))
                == ["e5"])
        #expect(try ids(TimelineQuery(from: try TemporalValue(period: "2023"))) == [])
    }

    @Test func anEmptyWindowIsAnError() throws {
        let from = try TemporalValue(period: "2015")
        let to = try TemporalValue(period: "2014-12")
        #expect(throws: TimelineError.emptyRange(from: from, to: to)) {
            try EventTimeline(graph: Fixture.sample, query: TimelineQuery(from: from, to: to))
        }
    }

    @Test func entitiesAreFoundByAnyAliasInAnyCase() throws {
        #expect(try ids(TimelineQuery(entities: ["MoJ"])) == ["e1", "e5", "e6"])
        #expect(try ids(TimelineQuery(entities: ["ministry of justice"])) == ["e1", "e5", "e6"])
        #expect(try ids(TimelineQuery(entities: ["org:ministry-of-justice"])) == ["e1", "e5", "e6"])
        #expect(try ids(TimelineQuery(entities: ["grayling"])) == ["e2"])
    }

    @Test func severalEntitiesMatchAnyOrAll() throws {
        #expect(try ids(TimelineQuery(entities: ["Napo", "Wales"])) == ["e3", "e4", "e5", "e6"])
        #expect(try ids(TimelineQuery(entities: ["Napo", "MoJ"], entityMatch: .all)) == ["e6"])
        #expect(try ids(TimelineQuery(entities: ["MoJ", "Ministry of Justice"], entityMatch: .all)) == ["e1", "e5", "e6"])
    }

    @Test func anUnknownEntityIsAnErrorWithSuggestions() {
        #expect(throws: TimelineError.unknownEntity(UnknownEntity("Ministry", suggestions: ["Ministry of Justice"]))) {
            try EventTimeline(graph: Fixture.sample, query: TimelineQuery(entities: ["Ministry"]))
        }
        #expect(throws: TimelineError.unknownEntity(UnknownEntity("Sodexo", suggestions: []))) {
            try EventTimeline(graph: Fixture.sample, query: TimelineQuery(entities: ["Sodexo"]))
        }
    }

    @Test func typesKeepEventsWithAParticipantOfThatType() throws {
        #expect(try ids(TimelineQuery(types: [.person])) == ["e2"])
        #expect(try ids(TimelineQuery(types: [.place])) == ["e4", "e5"])
        #expect(try ids(TimelineQuery(types: [.place, .programme])) == ["e2", "e4", "e5"])
        #expect(try ids(TimelineQuery(entities: ["MoJ"], types: [.place])) == ["e5"])
    }

    @Test func excludingCommentsDropsCommentSources() throws {
        let timeline = try EventTimeline(graph: Fixture.sample, query: TimelineQuery(excludeComments: true))
        #expect(!timeline.entries.contains { $0.id == "event:e3" })  // told only in a comment
        let e1 = try #require(timeline.entries.first { $0.id == "event:e1" })
        #expect(e1.sources == [Fixture.source("b.txt", 3)])
        #expect(e1.extraSources == 0)
        #expect(timeline.entries.allSatisfy { $0.sources.allSatisfy { $0.kind != .comment } })
        // An entity mentioned only in comments is still named as a participant.
        let withComments = try EventTimeline(graph: Fixture.sample, query: TimelineQuery(entities: ["Napo"], excludeComments: true))
        #expect(withComments.entries.map(\.id) == ["event:e6"])
        #expect(withComments.entries[0].participants.map(\.name) == ["Napo", "Ministry of Justice"])
    }

    @Test func limitKeepsTheEarliestAndCountsTheRest() throws {
        let timeline = try EventTimeline(graph: Fixture.sample, query: TimelineQuery(limit: 2))
        #expect(timeline.entries.map(\.id) == ["event:e2", "event:e3"])
        #expect(timeline.matching == 6)
        #expect(try ids(TimelineQuery(limit: 0)) == [])
        #expect(throws: TimelineError.invalidLimit(-1)) { try TimelineQuery(limit: -1).validate() }
    }

    @Test func participantsCarryNamesAndTypes() throws {
        let ghost = Fixture.event("g", "2015", "Someone did something.", participants: [Fixture.entity("Ghost", .person)])
        let timeline = try EventTimeline(graph: Fixture.graph(entities: [], events: [ghost]))
        let p = try #require(timeline.entries.first?.participants.first)
        #expect(p.name == "person:ghost")
        #expect(p.type == nil)
        let e2 = try #require(try EventTimeline(graph: Fixture.sample).entries.first)
        #expect(e2.participants.map(\.name) == ["Chris Grayling", "Transforming Rehabilitation"])
        #expect(e2.participants[0].forms == ["Chris Grayling", "Grayling"])
    }
}
