import Corpus
import Extraction
import GraphModel
import Testing
import Timeline

/// Role and ownership changes the text dates become timeline entries, shown only in windows that hold their date.
@Suite struct RelationChangeTests {
    static let graph: KnowledgeGraph = {
        let page = """
            Monday, 3 March 2025

            Changes

            Harbour Homes Ltd took over Eastside Care Trust in May 2024.
            Tom Vale replaced Ann Reed in January 2019.
            """
        let doc = PlainTextPageReader().read(text: page, path: "c.txt")
        return GraphBuilder(knowledge: .empty).build([DocumentExtractor(knowledge: .empty).extract(doc)])
    }()

    @Test func changesAreEntriesWithTheirSources() throws {
        let all = try EventTimeline(graph: Self.graph).entries
        let takeover = try #require(all.first { $0.date.value == "2024-05" })
        #expect(takeover.participants.map(\.id).contains("org:harbour-homes-ltd"))
        #expect(takeover.participants.map(\.id).contains("org:eastside-care-trust"))
        #expect(takeover.sources.contains { $0.document == "c.txt" && $0.line == 5 })
        #expect(all.contains { $0.date.value == "2019-01" && $0.participants.map(\.id).contains("person:tom-vale") })
    }

    @Test func aWindowShowsOnlyTheChangesInIt() throws {
        let in2024 = try EventTimeline(graph: Self.graph, query: TimelineQuery(from: TemporalValue.parse("2024"), to: TemporalValue.parse("2024"))).entries
        #expect(in2024.map(\.date.value) == ["2024-05"])
        let in2019 = try EventTimeline(graph: Self.graph, query: TimelineQuery(from: TemporalValue.parse("2019"), to: TemporalValue.parse("2020"))).entries
        #expect(in2019.map(\.date.value) == ["2019-01"])
    }
}
