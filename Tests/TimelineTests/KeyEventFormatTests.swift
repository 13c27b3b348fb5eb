import Corpus
import Extraction
import Foundation
@testable import GraphModel
import Testing
import Timeline

/// `--top`, `--min-sources`, the inferred mark and the importance fields in every format, on hand-made graphs.
@Suite struct KeyEventFormatTests {
    static func event(_ id: String, _ date: String, importance: Int, inferred: Bool = false, posts: Int = 1) -> Event {
        var e = Fixture.event(id, date, "The \(id) happened.", sources: (0..<posts).map {
            Fixture.source(id + ".txt", 1 + $0, post: "post:\(id)-\($0)")
        })
        e.importance = importance
        e.reasons = ["test +\(importance)"]
        e.inferred = inferred
        e.sentence = "The \(id) happened, as a long sentence tells it in full."
        return e
    }

    static let graph = Fixture.graph(events: [
        event("early", "2013-01-09", importance: 5),
        event("split", "2014-06-01", importance: 50, posts: 3),
        event("sale", "2015-02-01", importance: 40, posts: 2),
        event("aside", "2016-05-03", importance: 1, inferred: true),
        event("unified", "2021-06-26", importance: 45),
    ])

    @Test func topKeepsTheMostImportantInDateOrder() throws {
        let t = try EventTimeline(graph: Self.graph, query: TimelineQuery(top: 3))
        #expect(t.entries.map(\.id) == ["event:split", "event:sale", "event:unified"])
        #expect(t.headline.hasPrefix("3 most important of 5 events"))
        let limited = try EventTimeline(graph: Self.graph, query: TimelineQuery(limit: 3))
        #expect(limited.entries.map(\.id) == ["event:early", "event:split", "event:sale"])
    }

    @Test func minSourcesCountsDistinctPosts() throws {
        let t = try EventTimeline(graph: Self.graph, query: TimelineQuery(minSources: 2))
        #expect(t.entries.map(\.id) == ["event:split", "event:sale"])
    }

    @Test func anInferredDateIsMarkedInEveryFormatAndShownByMonth() throws {
        let t = try EventTimeline(graph: Self.graph)
        let aside = try #require(t.entries.first { $0.id == "event:aside" })
        #expect(aside.inferred)
        #expect(aside.date.value == "2016-05")
        #expect(aside.dateLabel == "~2016 May")
        let text = TextTimelineRenderer(width: 100).render(t)
        #expect(text.contains("~2016 May"))
        #expect(text.contains("~ date inferred"))
        let md = MarkdownTimelineRenderer().render(t)
        #expect(md.contains("\\~2016 May"))
        let csv = CSVTimelineRenderer().rows(t)
        let col = try #require(csv[0].firstIndex(of: "inferred"))
        #expect(csv.dropFirst().map { $0[col] } == ["false", "false", "false", "true", "false"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONTimelineRenderer().render(t).utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.map { $0["inferred"] as? Bool } == [false, false, false, true, false])
    }

    @Test func csvAndJSONCarryImportanceReasonsAndTheWholeSentence() throws {
        let t = try EventTimeline(graph: Self.graph, query: TimelineQuery(top: 1))
        let rows = CSVTimelineRenderer().rows(t)
        let header = rows[0]
        let row = rows[1]
        #expect(row[header.firstIndex(of: "importance")!] == "50")
        #expect(row[header.firstIndex(of: "reasons")!] == "test +50")
        #expect(row[header.firstIndex(of: "sentence")!] == "The split happened, as a long sentence tells it in full.")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONTimelineRenderer().render(t).utf8)) as? [String: Any])
        let e = try #require((json["events"] as? [[String: Any]])?.first)
        #expect(e["importance"] as? Int == 50)
        #expect(e["reasons"] as? [String] == ["test +50"])
        #expect(e["sentence"] as? String == "The split happened, as a long sentence tells it in full.")
    }

    @Test func verboseTextShowsTitleAndReasons() throws {
        let t = EventTimeline(entries: [TimelineEntry(id: "e", date: Fixture.date("2014-06-01"), summary: "Split.",
                                                 trigger: nil, participants: [], sources: [Fixture.source("a.txt", 3)],
                                                 importance: 7, reasons: ["why +7"], title: "The Day",
                                                 url: "https://example.org/p")])
        let text = TextTimelineRenderer(width: 100, verbose: true).render(t)
        #expect(text.contains("“The Day” https://example.org/p · importance 7: why +7"))
        #expect(!TextTimelineRenderer(width: 100).render(t).contains("The Day"))
    }
}
