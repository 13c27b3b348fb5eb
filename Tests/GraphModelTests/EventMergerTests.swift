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

    @Test func aCoarseEventNamingNoParticipantCountsForTheOneFinerTurnItRepeats() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2021-06"), summary: "At the end of June 2021 the agencies were unified.",
                 trigger: "unified", participants: ["org:agency"], source: Self.source("a.txt", 4))
        Self.add(&merger, date: Self.date("2021"), summary: "As you said, the service was unified in 2021.",
                 trigger: "unified", participants: [], source: Self.source("b.txt", 9))
        let x = merger.events(mentionCounts: [:])
        // Both stay events at their own dates (each date told is kept); the year is marked as a repeat and the
        // month counts its telling.
        #expect(x.map(\.event.date.value) == ["2021", "2021-06"])
        #expect(x[0].evidence.repeatsFiner?.value == "2021-06")
        #expect(x[1].evidence.repeatsFiner == nil)
        #expect(x[1].evidence.posts.count == 2)
        #expect(x[1].evidence.sentences == 2)
        #expect(x[1].event.sources.count == 1)
        let scored = EventImportance.score(x, entities: [:])
        #expect(scored[0].reasons.contains("repeats the event of 2021-06 -20"))
        #expect(scored[1].reasons.contains { $0.hasPrefix("told in 2 posts") })
        #expect(scored[1].importance > scored[0].importance)
    }

    @Test func aCoarseEventNamingNoParticipantStaysItselfWhenItsTurnIsNotTheOnlyOne() {
        func marks(_ adds: [(String, String, String?, [String])]) -> [String?] {
            var merger = EventMerger()
            for (k, a) in adds.enumerated() {
                Self.add(&merger, date: Self.date(a.0), summary: a.1, trigger: a.2, participants: a.3,
                         source: Self.source("f\(k).txt", k + 1))
            }
            return merger.events(mentionCounts: [:]).map { $0.evidence.repeatsFiner?.value }
        }
        // Two finer turns with that trigger: which one it repeats is not known.
        #expect(marks([("2021-03", "The boards were merged in March 2021.", "merged", ["org:board"]),
                       ("2021-09", "The trusts were merged in September 2021.", "merged", ["org:trust"]),
                       ("2021", "Much was merged in 2021.", "merged", [])]).allSatisfy { $0 == nil })
        // Another trigger, even of the same kind.
        #expect(marks([("2021-03", "The boards were merged in March 2021.", "merged", ["org:board"]),
                       ("2021", "A new unit was created in 2021.", "created", [])]).allSatisfy { $0 == nil })
        // A reporting verb says nothing of the happening.
        #expect(marks([("2021-03", "The minister said in March 2021 that it would go ahead.", "said", ["person:minister"]),
                       ("2021", "It was said in 2021 that it would go ahead.", "said", [])]).allSatisfy { $0 == nil })
        // No trigger at all.
        #expect(marks([("2021-03", "The boards were merged in March 2021.", "merged", ["org:board"]),
                       ("2021", "That was 2021.", nil, [])]).allSatisfy { $0 == nil })
    }

    @Test func aMonthNamingNoParticipantCountsForTheOneDayWithTheSameTrigger() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2016-04-01"), summary: "On 1 April 2016 the council closed the depot.",
                 trigger: "closed", participants: ["org:council"], source: Self.source("a.txt", 2))
        Self.add(&merger, date: Self.date("2016-04"), summary: "When the depot closed in April 2016, staff left.",
                 trigger: "closed", participants: [], source: Self.source("b.txt", 5))
        let x = merger.events(mentionCounts: [:])
        #expect(x.map(\.event.date.value) == ["2016-04", "2016-04-01"])
        #expect(x[0].evidence.repeatsFiner?.value == "2016-04-01")
    }

    @Test func aYearWithNoMonthOfItGoesWithTheOneDayOfItWithTheSameTriggerAndParticipant() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2019-02-15"), summary: "The firm went into administration on 15 February 2019.",
                 trigger: "collapsed", participants: ["org:firm"], source: Self.source("a.txt", 3))
        Self.add(&merger, date: Self.date("2019"), summary: "Earlier this year the firm collapsed.",
                 trigger: "collapsed", participants: ["org:firm"], source: Self.source("b.txt", 7))
        // Another firm's collapse that year is another happening.
        Self.add(&merger, date: Self.date("2019"), summary: "The other firm collapsed in 2019.",
                 trigger: "collapsed", participants: ["org:other"], source: Self.source("c.txt", 1))
        let x = merger.events(mentionCounts: [:])
        #expect(x.count == 3)
        #expect(x.first { $0.event.sources[0].document == "b.txt" }?.evidence.repeatsFiner?.value == "2019-02-15")
        #expect(x.first { $0.event.sources[0].document == "c.txt" }?.evidence.repeatsFiner == nil)
        // With a month of that year telling it, the year folds into the month as before, not into the day.
        var withMonth = EventMerger()
        Self.add(&withMonth, date: Self.date("2019-02-15"), summary: "The firm went into administration on 15 February 2019.",
                 trigger: "collapsed", participants: ["org:firm"], source: Self.source("a.txt", 3))
        Self.add(&withMonth, date: Self.date("2019-06"), summary: "The firm collapsed again in June 2019.",
                 trigger: "collapsed", participants: ["org:firm"], source: Self.source("d.txt", 2))
        Self.add(&withMonth, date: Self.date("2019"), summary: "Earlier this year the firm collapsed.",
                 trigger: "collapsed", participants: ["org:firm"], source: Self.source("b.txt", 7))
        let y = withMonth.events(mentionCounts: [:])
        #expect(y.map(\.event.date.value) == ["2019-02-15", "2019-06"])
        #expect(y[1].event.sources.map(\.document) == ["d.txt", "b.txt"])
    }

    @Test func aFoldedCoarseSentenceReplacesTheFinerOneOnlyFromACommentToAPost() {
        var merger = EventMerger()
        Self.add(&merger, date: Self.date("2014-06-01"), summary: "On 1 June 2014 the trust was split.",
                 trigger: "split", participants: ["org:trust"], source: Self.source("a.txt", 3))
        Self.add(&merger, date: Self.date("2014-06"), summary: "The trust and its board were split in June 2014.",
                 trigger: "split", participants: ["org:trust", "org:board"], source: Self.source("b.txt", 8))
        #expect(Self.events(merger).first?.sentence == "On 1 June 2014 the trust was split.")
        var fromComment = EventMerger()
        Self.add(&fromComment, date: Self.date("2014-06-01"), summary: "On 1 June 2014 the trust was split.",
                 trigger: "split", participants: ["org:trust"], source: Self.source("a.txt", 3, kind: .comment))
        Self.add(&fromComment, date: Self.date("2014-06"), summary: "The trust was split in June 2014.",
                 trigger: "split", participants: ["org:trust"], source: Self.source("b.txt", 8))
        #expect(Self.events(fromComment).first?.sentence == "The trust was split in June 2014.")
    }
}
