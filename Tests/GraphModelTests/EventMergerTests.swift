import Corpus
import Extraction
import Testing
@testable import GraphModel

/// ``EventMerger`` on candidates built by hand: which tellings of a happening merge, and the order and ids of
/// the events it gives. The happenings are invented for these tests.
@Suite struct EventMergerTests {
    static func source(_ document: String, _ line: Int, post: String? = nil, kind: PassageKind = .body) -> SourceRef {
        SourceRef(document: document, line: line, kind: kind, post: post ?? "post:\(document)")
    }

    static func date(_ iso: String) -> TemporalValue { TemporalValue.parse(iso)! }

    // The merger's two entry points, called from one place each.
    static func add(_ merger: inout EventMerger, date: TemporalValue, summary: String, trigger: String?,
                    participants: [String], source: SourceRef) {
        merger.add(date: date, summary: summary, trigger: trigger, participants: participants, source: source)
    }

    static func events(_ merger: EventMerger, _ mentionCounts: [String: Int]) -> [Event] {
        merger.events(mentionCounts: mentionCounts)
    }

    @Test func theSameHappeningInTwoPostsMergesKeepingTheFinerDate() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03"), summary: "The council closed the library.", trigger: "closed",
                   participants: ["org:council"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "On 12 March the council closed the library.", trigger: "closed",
                   participants: ["org:council", "place:library"], source: Self.source("b.txt", 9))
        let events = Self.events(merger, [:])
        #expect(events.count == 1)
        #expect(events[0].date.value == "2019-03-12")
        #expect(events[0].sources.map(\.document) == ["a.txt", "b.txt"])
        #expect(events[0].participants == ["org:council", "place:library"])
        #expect(events[0].id == "event:2019-03-12-a-txt-4")
    }

    @Test func differentTriggersOrNoSharedParticipantStayApart() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03"), summary: "The council closed the library.", trigger: "closed",
                   participants: ["org:council"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2019-03"), summary: "The council opened a hub.", trigger: "opened",
                   participants: ["org:council"], source: Self.source("b.txt", 2))
        Self.add(&merger, date: Self.date("2019-03"), summary: "The trust closed a ward.", trigger: "closed",
                   participants: ["org:trust"], source: Self.source("c.txt", 7))
        #expect(Self.events(merger, [:]).count == 3)
    }

    @Test func incompatibleDatesStayApart() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03"), summary: "The council closed the library.", trigger: "closed",
                   participants: ["org:council"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2019-04"), summary: "The council closed the pool.", trigger: "closed",
                   participants: ["org:council"], source: Self.source("b.txt", 4))
        #expect(Self.events(merger, [:]).count == 2)
    }

    @Test func twoCandidatesOfOnePostNeverMerge() {
        var merger = EventMerger()
        for line in [3, 8] {
            Self.add(&merger, date: Self.date("2019-03"), summary: "The council closed something.", trigger: "closed",
                       participants: ["org:council"], source: Self.source("a.txt", line))
        }
        #expect(Self.events(merger, [:]).count == 2)
    }

    @Test func aPostBodysSummaryReplacesAComments() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03"), summary: "they shut it, disgraceful", trigger: "closed",
                   participants: ["org:council"], source: Self.source("a.txt", 30, kind: .comment))
        Self.add(&merger, date: Self.date("2019-03"), summary: "The council closed the library.", trigger: "closed",
                   participants: ["org:council"], source: Self.source("b.txt", 5))
        let events = Self.events(merger, [:])
        #expect(events.count == 1)
        #expect(events[0].summary == "The council closed the library.")
    }

    @Test func eventsComeInDateOrderCoarserFirstWithDistinctIds() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "A.", trigger: nil, participants: [], source: Self.source("a.txt", 1))
        Self.add(&merger, date: Self.date("2019"), summary: "B.", trigger: nil, participants: [], source: Self.source("a.txt", 2))
        Self.add(&merger, date: Self.date("2019-03"), summary: "C.", trigger: nil, participants: [], source: Self.source("a.txt", 3))
        Self.add(&merger, date: Self.date("2018-12-01"), summary: "D.", trigger: nil, participants: [], source: Self.source("a.txt", 4))
        let events = Self.events(merger, [:])
        #expect(events.map(\.summary) == ["D.", "B.", "C.", "A."])
        #expect(Set(events.map(\.id)).count == 4)
    }

    @Test func participantsAreRankedByHowOftenTheEventNamesThemThenByCorpusMentions() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03"), summary: "x", trigger: "closed",
                   participants: ["org:b", "org:a", "org:c"], source: Self.source("a.txt", 1))
        Self.add(&merger, date: Self.date("2019-03"), summary: "y", trigger: "closed",
                   participants: ["org:c"], source: Self.source("b.txt", 1))
        let events = Self.events(merger, ["org:a": 9, "org:b": 2])
        #expect(events.count == 1)
        #expect(events[0].participants == ["org:c", "org:a", "org:b"])
    }
}
