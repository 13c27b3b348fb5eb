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

    @Test func aMonthFoldsIntoTheOneDayOfThatMonthTellingTheSameHappening() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2014-06-01"), summary: "On 1 June 2014 the trust was split in two.",
                 trigger: "split", participants: ["org:trust"], source: Self.source("a.txt", 3))
        Self.add(&merger, date: Self.date("2014-06"), summary: "Since the trust was cut in two in June 2014...",
                 trigger: "split", participants: ["org:trust", "person:chair"], source: Self.source("b.txt", 8))
        // Another happening of that month (another kind of trigger) stays apart.
        Self.add(&merger, date: Self.date("2014-06"), summary: "The trust appointed a chair in June 2014.",
                 trigger: "appointed", participants: ["org:trust"], source: Self.source("c.txt", 2))
        let events = Self.events(merger)
        #expect(events.count == 2)
        let split = events.first { $0.trigger == "split" }
        #expect(split?.date.value == "2014-06-01")
        #expect(split?.sources.map(\.document) == ["a.txt", "b.txt"])
        #expect(Set(split?.participants ?? []) == ["org:trust", "person:chair"])
        #expect(events.first { $0.trigger == "appointed" }?.date.value == "2014-06")
    }

    @Test func aMonthStaysApartWhenTwoDaysCouldBeItOrNoParticipantIsShared() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2014-06-02"), summary: "The trust sold the depot.", trigger: "sold",
                 participants: ["org:trust"], source: Self.source("a.txt", 1))
        Self.add(&merger, date: Self.date("2014-06-20"), summary: "The trust sold the pool.", trigger: "sold",
                 participants: ["org:trust"], source: Self.source("a.txt", 5))
        Self.add(&merger, date: Self.date("2014-06"), summary: "The trust sold land in June 2014.", trigger: "sold",
                 participants: ["org:trust"], source: Self.source("b.txt", 2))
        Self.add(&merger, date: Self.date("2014-07-01"), summary: "The council sold a school.", trigger: "sold",
                 participants: ["org:council"], source: Self.source("c.txt", 1))
        Self.add(&merger, date: Self.date("2014-07"), summary: "The board sold a school in July.", trigger: "sold",
                 participants: ["org:board"], source: Self.source("d.txt", 1))
        let events = Self.events(merger)
        #expect(events.count == 5)
        #expect(events.filter { $0.sources.count > 1 }.isEmpty)
    }

    @Test func aYearFoldsIntoAMonthOnlyWithTheSameTrigger() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2021-06"), summary: "At the end of June 2021 the agencies were unified.",
                 trigger: "unified", participants: ["org:agency"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2021"), summary: "The agencies were unified in 2021.",
                 trigger: "unified", participants: ["org:agency"], source: Self.source("a.txt", 2))
        // A year with no trigger never folds.
        Self.add(&merger, date: Self.date("2021"), summary: "The agency in 2021.",
                 trigger: nil, participants: ["org:agency"], source: Self.source("c.txt", 1))
        let events = Self.events(merger)
        #expect(events.count == 2)
        let unified = events.first { $0.trigger == "unified" }
        #expect(unified?.date.value == "2021-06")
        #expect(unified?.sources.count == 2)

        // Same kind (a change of structure), not the same trigger: a year is too coarse to say it is one.
        var other = EventMerger()
        Self.add(&other, date: Self.date("2021-06"), summary: "At the end of June 2021 the agencies were unified.",
                 trigger: "unified", participants: ["org:agency"], source: Self.source("a.txt", 4))
        Self.add(&other, date: Self.date("2021"), summary: "The agency created a new unit in 2021.",
                 trigger: "created", participants: ["org:agency"], source: Self.source("b.txt", 6))
        #expect(Self.events(other).map(\.date.value) == ["2021", "2021-06"])
    }

    @Test func twoDatesOfOneSentenceNeverFold() {
        var merger = EventMerger()
        let sentence = "Earlier this year the firm collapsed, and in March the board collapsed too."
        for (iso, line) in [("2019", 3), ("2019-03", 3)] {
            let candidate = EventCandidate(post: 0, passage: 0, kind: .body, line: line, date: Self.date(iso),
                                           dateText: iso, summary: sentence, trigger: "collapsed", participants: [],
                                           sentence: sentence, sentenceIndex: 7)
            merger.add(candidate, participants: ["org:firm"], source: Self.source("a.txt", line), postDay: nil)
        }
        #expect(Self.events(merger).map(\.date.value) == ["2019", "2019-03"])
    }

    @Test func foldedEvidenceCountsSentencesAndPosts() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2014-06-01"), summary: "On 1 June 2014 the trust was split.",
                 trigger: "split", participants: ["org:trust"], source: Self.source("a.txt", 3))
        Self.add(&merger, date: Self.date("2014-06"), summary: "The trust was split in June 2014.",
                 trigger: "split", participants: ["org:trust"], source: Self.source("b.txt", 8))
        let x = merger.events(mentionCounts: [:])
        #expect(x.count == 1)
        #expect(x.first?.evidence.posts.count == 2)
        #expect(x.first?.evidence.sentences == 2)
    }
}
