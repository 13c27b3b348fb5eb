import Corpus
import Testing
@testable import Extraction
@testable import GraphModel

/// ``EventMerger`` on candidates built by hand: which tellings of a happening merge, and the order of the
/// events it gives. The happenings are invented for these tests.
@Suite struct EventMergerTests {
    static func source(_ document: String, _ line: Int, kind: PassageKind = .body) -> SourceRef {
        SourceRef(document: document, line: line, kind: kind, post: "post:\(document)")
    }

    static func date(_ iso: String) -> TemporalValue { TemporalValue.parse(iso)! }

    /// Adds one candidate told on `source`'s line, each line its own sentence.
    static func add(_ merger: inout EventMerger, date: TemporalValue, summary: String, trigger: String?,
                    participants: [String], source: SourceRef) {
        let candidate = EventCandidate(post: 0, passage: 0, kind: source.kind, line: source.line, date: date,
                                       dateText: date.value, summary: summary, trigger: trigger, participants: [],
                                       sentence: summary, sentenceIndex: source.line)
        merger.add(candidate, participants: participants, source: source, postDay: nil)
    }

    static func events(_ merger: EventMerger, _ mentionCounts: [String: Int] = [:]) -> [Event] {
        merger.events(mentionCounts: mentionCounts).map(\.event)
    }

    @Test func theSameHappeningToldInTwoPostsIsOneEventWithBothSources() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "The council sold the depot to a developer.",
                 trigger: "sold", participants: ["org:council"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "On 12 March the depot was sold by the council.",
                 trigger: "sold", participants: ["org:council", "org:developer"], source: Self.source("b.txt", 9))
        let events = Self.events(merger)
        #expect(events.count == 1)
        #expect(events.first?.sources.map(\.document) == ["a.txt", "b.txt"])
        #expect(Set(events.first?.participants ?? []) == ["org:council", "org:developer"])
    }

    @Test func noParticipantInCommonOrAnotherDateKeepsThemApart() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "The council sold the depot.", trigger: "sold",
                 participants: ["org:council"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "The trust sold a ward.", trigger: "sold",
                 participants: ["org:trust"], source: Self.source("b.txt", 2))
        Self.add(&merger, date: Self.date("2019-04-12"), summary: "The council sold the pool.", trigger: "sold",
                 participants: ["org:council"], source: Self.source("c.txt", 7))
        #expect(Self.events(merger).count == 3)
    }

    @Test func eventsComeInDateOrderCoarserFirstWithDistinctIds() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-03-12"), summary: "A.", trigger: nil, participants: [], source: Self.source("a.txt", 1))
        Self.add(&merger, date: Self.date("2019"), summary: "B.", trigger: nil, participants: [], source: Self.source("b.txt", 2))
        Self.add(&merger, date: Self.date("2019-03"), summary: "C.", trigger: nil, participants: [], source: Self.source("c.txt", 3))
        Self.add(&merger, date: Self.date("2018-12-01"), summary: "D.", trigger: nil, participants: [], source: Self.source("d.txt", 4))
        let events = Self.events(merger)
        #expect(events.map(\.summary) == ["D.", "B.", "C.", "A."])
        #expect(Set(events.map(\.id)).count == 4)
    }
}
