import Corpus
import Testing
@testable import Extraction
@testable import GraphModel

/// ``EventTextStore``, ``EventTextBuffer`` and ``EventText``: events' summaries and sentences kept as ranges of one
/// shared byte buffer read back byte for byte, and the event merger storing a sentence once for its candidates.
/// The sentences are invented for these tests.
@Suite struct EventTextStoreTests {
    /// Texts with accents, a combining mark, an emoji, curly quotes, an empty string and a long run.
    static let texts = [
        "The county council closed two libraries in March.",
        "",
        "Caf\u{E9} owners in the high street objected to the new parking charges.",
        "Cafe\u{301} owners in the high street objected to the new parking charges.",
        "The school\u{2019}s \u{201C}catch-up\u{201D} fund was cut by a third \u{1F4C9}.",
        String(repeating: "The bus company withdrew the evening service. ", count: 80),
    ]

    @Test func rangesReadBackTheSameBytesInOrder() {
        var buffer = EventTextBuffer()
        let ranges = Self.texts.map { buffer.append($0) }
        // one after another, in the order appended
        var offset: UInt32 = 0
        for (r, t) in zip(ranges, Self.texts) {
            #expect(r.offset == offset)
            #expect(Int(r.length) == t.utf8.count)
            offset += r.length
        }
        let store = buffer.freeze()
        #expect(store.bytes.count == Self.texts.reduce(0) { $0 + $1.utf8.count })
        for (r, t) in zip(ranges, Self.texts) {
            #expect(Array(store.string(r).utf8) == Array(t.utf8))
        }
    }

    @Test func holdsComparesBytesNotCanonicalEquivalence() {
        var buffer = EventTextBuffer()
        let composed = buffer.append(Self.texts[2])
        // The decomposed spelling is the same `String` to `==`, yet other bytes: it is not held at that range.
        #expect(Self.texts[2] == Self.texts[3])
        #expect(buffer.holds(Self.texts[2], at: composed))
        #expect(!buffer.holds(Self.texts[3], at: composed))
        #expect(!buffer.holds("Caf\u{E9} owners", at: composed))
    }

    @Test func freezingEmptiesTheBufferAndKeepsEarlierStores() {
        var buffer = EventTextBuffer()
        let r = buffer.append("The hospital trust opened a new maternity unit.")
        let early = buffer.store()
        _ = buffer.append("The ferry operator raised its fares.")
        let store = buffer.freeze()
        #expect(buffer.bytes.isEmpty)
        #expect(early.string(r) == "The hospital trust opened a new maternity unit.")
        #expect(store.string(r) == early.string(r))
    }

    @Test func anEventTextStoresTheSameTextOnceAndComparesByValue() {
        let sentence = "The water regulator fined the company for sewage spills in 2021."
        let a = EventText(summary: sentence, sentence: sentence)
        let b = EventText(summary: "fined the company…", sentence: sentence)
        #expect(a.summary == sentence && a.sentence == sentence)
        #expect(b.summary == "fined the company…" && b.sentence == sentence)
        #expect(a != b)
        // equal to a text of the same strings in another store, and hashed alike
        var buffer = EventTextBuffer()
        _ = buffer.append("An unrelated sentence about housing benefit comes first.")
        let r = buffer.append(sentence)
        let c = EventText(store: buffer.freeze(), summary: r, sentence: r)
        #expect(a == c)
        #expect(Set([a, c]).count == 1)
    }

    @Test func anEventsTextsCanBeSetAndReadBack() {
        var event = Event(id: "event:1", date: TemporalValue.parse("2020-05")!, summary: "The rail line reopened.",
                          trigger: "reopened", participants: [], sources: [])
        #expect(event.sentence == "The rail line reopened.")
        event.sentence = "In May 2020 the rail line reopened after two years of repairs."
        #expect(event.summary == "The rail line reopened.")
        #expect(event.sentence == "In May 2020 the rail line reopened after two years of repairs.")
        event.summary = "the rail line reopened"
        #expect(event.summary == "the rail line reopened")
        #expect(event.sentence == "In May 2020 the rail line reopened after two years of repairs.")
    }

    /// Two dates in one sentence give two candidates carrying the same sentence: the merger stores it once and
    /// both events read it back whole, while a twin sentence with other bytes is stored apart.
    @Test func theMergerStoresASentenceOnceForItsCandidates() {
        let sentence = "The plan to merge the two colleges was announced in 2013 and carried out in June 2014."
        var merger = EventMerger()
        for (date, line) in [("2013", 3), ("2014-06", 3)] {
            let value = TemporalValue.parse(date)!
            let c = EventCandidate(post: 0, passage: 0, kind: .body, line: line, date: value, dateText: date,
                                   summary: sentence, trigger: "announced", participants: [], sentence: sentence,
                                   sentenceIndex: 0)
            merger.add(c, participants: ["org:college-\(date)"], source: SourceRef(document: "a.txt", line: line, kind: .body, post: "p"),
                       postDay: nil)
        }
        let twin = "The plan to merge the two colleges was announced in 2013 and carried out in June 2015."
        let c = EventCandidate(post: 0, passage: 0, kind: .body, line: 5, date: TemporalValue.parse("2015-06")!,
                               dateText: "2015-06", summary: twin, trigger: "carried out", participants: [],
                               sentence: twin, sentenceIndex: 1)
        merger.add(c, participants: ["org:college"], source: SourceRef(document: "a.txt", line: 5, kind: .body, post: "p"),
                   postDay: nil)
        #expect(merger.storedTextBytes == sentence.utf8.count + twin.utf8.count)
        let events = merger.takeEvents(mentionCounts: [:]).map(\.event)
        #expect(events.count == 3)
        #expect(events.filter { $0.sentence == sentence && $0.summary == sentence }.count == 2)
        #expect(events.filter { $0.sentence == twin }.count == 1)
    }
}
