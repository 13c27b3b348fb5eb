import Corpus
import Extraction
import GraphModel
import Testing
import Timeline

@Suite struct OrderingTests {
    @Test func coarserPrecisionComesFirstWithinItsPeriod() throws {
        let dates = ["2015-04-01", "2016", "2015", "2015-02-10", "2015-04", "2014-12-31", "2015-Q2", "2015-04-02"]
        let events = dates.enumerated().map { Fixture.event("e\($0.offset)", $0.element, "Event \($0.element).") }
        let timeline = try EventTimeline(graph: Fixture.graph(events: events))
        #expect(timeline.entries.map(\.date.value)
                == ["2014-12-31", "2015", "2015-02-10", "2015-Q2", "2015-04", "2015-04-01", "2015-04-02", "2016"])
    }

    @Test func seasonsQuartersHalvesAndDecadesSitAtTheirStart() throws {
        let dates = ["2019-12-01", "2019-WI", "2019-11-30", "2019-Q4", "2019-10-05", "2019-H2", "201X", "2010"]
        let events = dates.enumerated().map { Fixture.event("e\($0.offset)", $0.element, "Event.") }
        let timeline = try EventTimeline(graph: Fixture.graph(events: events))
        #expect(timeline.entries.map(\.date.value)
                == ["201X", "2010", "2019-H2", "2019-Q4", "2019-10-05", "2019-11-30", "2019-WI", "2019-12-01"])
        #expect(timeline.groups.map(\.heading) == ["2010s", "2010", "2019"])
    }

    @Test func tiesAreOrderedByFirstSourceThenID() throws {
        let sources = [
            ("z", Fixture.source("b.txt", 3)), ("y", Fixture.source("a.txt", 10)), ("x", Fixture.source("a.txt", 2)),
            ("w", Fixture.source("a.txt", 2)),
        ]
        let events = sources.map { Fixture.event($0.0, "2015-04", "Same month.", sources: [$0.1]) }
        let expected = ["event:w", "event:x", "event:y", "event:z"]
        for permutation in [events, events.reversed(), [events[2], events[0], events[3], events[1]]] {
            let timeline = try EventTimeline(graph: Fixture.graph(events: permutation))
            #expect(timeline.entries.map(\.id) == expected)
        }
    }

    @Test func sourcesAreShownInSourceOrder() throws {
        let event = Fixture.event("e", "2015", "Told twice.",
                                  sources: [Fixture.source("dir/b.txt", 3), Fixture.source("dir/a.txt", 7)])
        let entry = try #require(try EventTimeline(graph: Fixture.graph(events: [event])).entries.first)
        #expect(entry.sourceLabel == "a.txt:7")
        #expect(entry.extraSources == 1)
    }

    @Test(arguments: [
        ("2014-06-01", "2014 Jun 01"), ("2015-04", "2015 Apr"), ("2015", "2015"), ("2022-SP", "2022 spring"),
        ("2021-WI", "2021 winter"), ("2019-Q4", "2019 Q4"), ("2019-H1", "2019 H1"), ("199X", "1990s"),
    ])
    func dateLabelsKeepTheirPrecision(iso: String, label: String) {
        #expect(TimelineDateLabel.label(Fixture.date(iso)) == label)
    }

    @Test func headlineCountsEventsDatesAndPosts() throws {
        let timeline = try EventTimeline(graph: Fixture.sample)
        #expect(timeline.headline == "6 events, 2013 May to 2022 spring, from 5 posts")
        let one = try EventTimeline(graph: Fixture.sample, query: TimelineQuery(limit: 1))
        #expect(one.headline == "1 of 6 events, 2013 May, from 1 post")
        let none = try EventTimeline(graph: Fixture.graph(events: []))
        #expect(none.headline == "No events.")
    }
}
