import Corpus
import Extraction
import GraphModel
import Testing
import Timeline

/// `--top` and sentences with two dates: a sentence that tells two happenings shows under both dates, one that
/// tells one happening at two dates shows once. The pages are written for these tests.
@Suite struct KeyEventSentenceTests {
    static func graph(_ pages: [(String, String)]) -> KnowledgeGraph {
        let extractor = DocumentExtractor(knowledge: .empty)
        let docs = pages.map { PlainTextPageReader().read(text: $1, path: $0) }
        return GraphBuilder(knowledge: .empty).build(docs.map(extractor.extract))
    }

    static func page(_ day: String, _ body: String) -> String { "\(day)\n\nA Post\n\n\(body)\n" }

    /// How many lines of `--top 20` show the sentence containing `words`, and the dates they show.
    static func shown(_ g: KnowledgeGraph, _ words: String) throws -> [String] {
        let t = try EventTimeline(graph: g, query: TimelineQuery(top: 20))
        return t.entries.filter { $0.sentence.contains(words) }.map(\.date.value)
    }

    @Test func aSentenceTellingTwoHappeningsShowsTwice() throws {
        let g = Self.graph([("a.txt", Self.page("Thursday, 10 May 2018", """
            Dame Ann Whitlow has led the Eastshire Inspectorate since she arrived in March 2016, and the Regional Housing Agency took over from the County Housing Board in April 2017.

            The Ministry of Health announced the plan in May 2013 and the Eastshire Trust closed the Ridley ward in June 2014.
            """))])
        #expect(Set(try Self.shown(g, "Regional Housing Agency")) == ["2016-03", "2017-04"])
        #expect(Set(try Self.shown(g, "Ridley ward")) == ["2013-05", "2014-06"])
    }

    @Test func aSentenceTellingOneHappeningAtTwoDatesShowsOnce() throws {
        let g = Self.graph([
            ("a.txt", Self.page("Friday, 27 July 2018",
                                "The Health Secretary Jane Moss announced today that the Eastshire Trust contracts will be ended in 2020.")),
            ("b.txt", Self.page("Monday, 6 August 2018",
                                "Given today's publication of the Eastshire Inspectorate report, it is worth recalling what Jane Moss said to the Eastshire Herald last October.")),
            ("c.txt", Self.page("Friday, 27 July 2018",
                                "Yesterday, 26 July 2018, the Eastshire Trust was abolished by the Ministry of Health.")),
        ])
        // The plan is the announcement's content: two events, both dates kept, one line.
        #expect(Set(g.events.filter { $0.sentence.contains("will be ended") }.map(\.date.value)) == ["2018-07-27", "2020"])
        #expect(try Self.shown(g, "will be ended").count == 1)
        #expect(try Self.shown(g, "last October").count == 1)
        #expect(try Self.shown(g, "Yesterday, 26 July").count == 1)
    }
}
