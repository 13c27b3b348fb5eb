import Corpus
import Extraction
import Foundation
@testable import GraphModel
@testable import HindsightPipeline
import HindsightSupport
import HindsightTestSupport
import Testing

/// The compact forms the graph keeps its many edges in (packed days, boxed details), the pipeline's map that
/// releases each document as it goes, and the event merger fed with sentences read beforehand: each gives what
/// the plain form gives.
@Suite struct CompactGraphTests {
    @Test func aPackedDayIsTheDay() {
        #expect(PackedDay(nil).day == nil)
        var previous: PackedDay?
        for n in stride(from: -800_000, through: 2_900_000, by: 997) {
            let packed = PackedDay(CalendarDay(dayNumber: n))
            #expect(packed.day == CalendarDay(dayNumber: n))
            #expect(packed != previous)
            previous = packed
        }
        let a = CalendarDay(year: 2014, month: 6, day: 1)!, b = CalendarDay(year: 2014, month: 6, day: 1)!
        #expect(PackedDay(a) == PackedDay(b))
        #expect(PackedDay(a) != PackedDay(nil))
    }

    @Test func anEdgeKeepsItsDaysAndDetailsThroughItsProperties() {
        let day = CalendarDay(year: 2016, month: 2, day: 29)
        let plain = Edge(source: "person:ann-reed", target: "organization:eastfield-trust", type: .holdsRole, weight: 2,
                         label: "chair", firstSeen: day, lastSeen: nil, sources: [], fromKnowledge: false)
        #expect(plain.firstSeen == day && plain.lastSeen == nil)
        #expect(plain.qualifier == nil && plain.start == nil && plain.end == nil)

        var changed = plain
        changed.qualifier = "former"
        changed.start = "2015-04"
        #expect(changed.qualifier == "former" && changed.start == "2015-04" && changed.end == nil)
        #expect(plain.qualifier == nil, "a copy's details are its own")
        #expect(changed != plain)
        let built = Edge(source: "person:ann-reed", target: "organization:eastfield-trust", type: .holdsRole, weight: 2,
                         label: "chair", firstSeen: day, lastSeen: nil, sources: [], fromKnowledge: false,
                         qualifier: "former", start: "2015-04")
        #expect(changed == built && changed.hashValue == built.hashValue)

        changed.qualifier = nil
        changed.start = nil
        changed.lastSeen = day
        #expect(changed.lastSeen == day)
        changed.lastSeen = nil
        #expect(changed == plain && changed.hashValue == plain.hashValue)
    }

    /// Tracks which items are still alive.
    final class Item: @unchecked Sendable {
        let number: Int
        let alive: Alive
        init(_ number: Int, _ alive: Alive) {
            self.number = number
            self.alive = alive
            alive.set(number, true)
        }
        deinit { alive.set(number, false) }
    }

    final class Alive: @unchecked Sendable {
        private var flags: [Bool]
        private let lock = NSLock()
        init(_ n: Int) { flags = Array(repeating: false, count: n) }
        func set(_ i: Int, _ value: Bool) { lock.lock(); flags[i] = value; lock.unlock() }
        func count(_ range: Range<Int>) -> Int { lock.lock(); defer { lock.unlock() }; return flags[range].filter { $0 }.count }
    }

    @Test func theConsumingMapReleasesEachItemAsItGoes() {
        let alive = Alive(50)
        var items = (0..<50).map { Item($0, alive) }
        // One thread: when item k is transformed, the items before it are gone already.
        let seen = ParallelMap.map(consuming: &items, threads: 1) { item in
            (item.number * 2, alive.count(0..<item.number))
        }
        #expect(items.isEmpty)
        #expect(seen.map(\.0) == (0..<50).map { $0 * 2 })
        #expect(seen.map(\.1) == Array(repeating: 0, count: 50))
        #expect(alive.count(0..<50) == 0)

        let others = Alive(40)
        var more = (0..<40).map { Item($0, others) }
        let doubled = ParallelMap.map(consuming: &more, threads: 4) { $0.number * 2 }
        #expect(doubled == (0..<40).map { $0 * 2 })
        #expect(more.isEmpty)
        #expect(others.count(0..<40) == 0)
    }

    @Test func mergingWithSentencesReadBeforehandIsMergingWithout() throws {
        let knowledge = try TestPaths.projectKnowledge()
        let run = CorpusReader().read(paths: [TestPaths.corpus])
        let extractor = DocumentExtractor(knowledge: knowledge)
        let extractions = run.documents.map { extractor.extract($0) }
        var plain = EventMerger(), read = EventMerger()
        var count = 0
        for x in extractions {
            var last: Int?
            for c in x.events {
                let source = SourceRef(document: x.document.path, line: c.line, kind: c.kind, post: x.document.posts[c.post].id)
                let day = x.document.posts[c.post].published
                let participants = c.participants.map { x.mentions[$0].mention.canonicalName }
                plain.add(c, participants: participants, source: source, postDay: day)
                read.add(c, participants: participants, source: source, postDay: day,
                         reading: c.sentenceIndex == last ? nil : EventMerger.SentenceReading(c.sentence))
                last = c.sentenceIndex
                count += 1
            }
        }
        #expect(count > 20)
        let a = plain.events(mentionCounts: [:]), b = read.events(mentionCounts: [:])
        #expect(a.map(\.event) == b.map(\.event))
        #expect(a.map { $0.evidence.policyNoun } == b.map { $0.evidence.policyNoun })
        #expect(a.map { $0.evidence.sentences } == b.map { $0.evidence.sentences })
    }

    @Test func aSourceIsSixteenBytesAndComparesByValue() {
        #expect(MemoryLayout<SourceRef>.stride == 16)
        let shared = SourcePost(document: "blog/2015-03.txt", post: "post:2015-03-1")
        let a = SourceRef(place: shared, line: 12, kind: .comment)
        let b = SourceRef(document: "blog/2015-03.txt", line: 12, kind: .comment, post: "post:2015-03-1")
        #expect(a == b && a.hashValue == b.hashValue, "two posts' objects with the same path and id are one post")
        #expect(a.document == "blog/2015-03.txt" && a.post == "post:2015-03-1" && a.line == 12)
        var moved = a
        moved.post = "post:2015-03-2"
        #expect(moved != a && moved.document == a.document && a.post == "post:2015-03-1", "a copy's post is its own")
        moved.line = 3
        #expect(moved < a, "ordered by document, then line")
        #expect(SourceRef(document: "a.txt", line: 90, kind: .body, post: "p") < a)
        #expect(SourceRef(place: shared, line: 12, kind: .body) != a)
    }

    @Test func aSmallSetAnswersAsASetDoes() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            var small = SmallIntSet(), plain = Set<Int64>()
            var other = SmallIntSet(), otherPlain = Set<Int64>()
            for _ in 0..<(round % 7) {
                let x = Int64.random(in: 0..<6, using: &generator)
                #expect(small.insert(x) == plain.insert(x).inserted)
                let y = Int64.random(in: 0..<6, using: &generator)
                other.insert(y)
                otherPlain.insert(y)
            }
            #expect(small.count == plain.count && small.isEmpty == plain.isEmpty)
            for x in Int64(-1)..<7 { #expect(small.contains(x) == plain.contains(x)) }
            #expect(small.isDisjoint(with: other) == plain.isDisjoint(with: otherPlain))
            small.formUnion(other)
            plain.formUnion(otherPlain)
            #expect(small.count == plain.count)
            var members: [Int64] = []
            small.forEach { members.append($0) }
            #expect(Set(members) == plain && members.count == plain.count)
        }
    }

    @Test func anEventKeepsItsReasonsInOneString() {
        for reasons in [[], [""], ["told in 2 posts +8", "", "explicit day +10"], ["a name with \u{1F} inside +3", "b -2"]] {
            var e = Event(id: "event:x", date: TemporalValue.parse("2014-06-01")!, summary: "s", trigger: nil,
                          participants: [], sources: [], reasons: reasons)
            #expect(e.reasons == reasons)
            e.reasons = reasons.reversed()
            #expect(e.reasons == reasons.reversed())
        }
        let a = Event(id: "e", date: TemporalValue.parse("2014")!, summary: "s", trigger: nil, participants: [], sources: [],
                      reasons: ["x +1", "y +2"])
        let b = Event(id: "e", date: TemporalValue.parse("2014")!, summary: "s", trigger: nil, participants: [], sources: [],
                      reasons: ["x +1y +2"])
        #expect(a != b)
    }
}
