import Corpus
import Extraction
import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing

/// The graph step that releases the extractions as it reads them, and the pipeline that drops each document's
/// text once extracted: the same graph as when everything is kept.
@Suite struct ReleasingBuildTests {
    static func same(_ a: KnowledgeGraph, _ b: KnowledgeGraph) {
        #expect(a.documents == b.documents)
        #expect(a.entities == b.entities)
        #expect(a.dates == b.dates)
        #expect(a.events == b.events)
        #expect(a.edges == b.edges)
        #expect(a.statistics == b.statistics)
    }

    @Test func releasingBuildMakesTheSameGraphAndEmptiesItsInput() {
        let knowledge = GraphBuilderTests.knowledge
        let extractor = DocumentExtractor(knowledge: knowledge)
        let pages = [("a.txt", GraphBuilderTests.splitA), ("b.txt", GraphBuilderTests.splitB)]
        var extractions = pages.map { extractor.extract(PlainTextPageReader().read(text: $1, path: $0)) }
        let kept = GraphBuilder(knowledge: knowledge).build(extractions)
        #expect(!kept.edges.isEmpty && !kept.events.isEmpty && !kept.dates.isEmpty)
        let released = GraphBuilder(knowledge: knowledge).build(releasing: &extractions)
        #expect(extractions.isEmpty)
        Self.same(kept, released)
    }

    @Test func documentWithoutTextKeepsItsOutline() {
        let page = "Monday, 2 June 2014\n\nA Title\n\nA first paragraph.\n\nA second one.\n\n2 comments:\n\n1.\nAnonymous said...\nA comment.\n"
        let document = PlainTextPageReader().read(text: page, path: "p.txt")
        let outline = document.withoutText()
        #expect(document.posts.flatMap(\.allPassages).contains { !$0.text.isEmpty })
        #expect(outline.posts.flatMap(\.allPassages).allSatisfy { $0.text.isEmpty })
        #expect(outline.posts.map(\.id) == document.posts.map(\.id))
        #expect(outline.posts.map(\.comments.count) == document.posts.map(\.comments.count))
        #expect(outline.posts.flatMap(\.allPassages).map(\.firstLine) == document.posts.flatMap(\.allPassages).map(\.firstLine))
        #expect(outline.lineCount == document.lineCount && outline.path == document.path)
    }

    @Test func pipelineWithoutTextGivesTheSameGraph() throws {
        let knowledge = try TestPaths.projectKnowledge()
        var keeping = Pipeline(knowledge: knowledge, threads: 2)
        keeping.keepText = true
        var releasing = keeping
        releasing.keepText = false
        let a = keeping.run(paths: [TestPaths.corpus])
        let b = releasing.run(paths: [TestPaths.corpus])
        Self.same(a.graph, b.graph)
        #expect(a.corpus.documents.count == b.corpus.documents.count)
        #expect(a.corpus.documents.flatMap(\.posts).flatMap(\.allPassages).contains { !$0.text.isEmpty })
        #expect(b.corpus.documents.flatMap(\.posts).flatMap(\.allPassages).allSatisfy { $0.text.isEmpty })
        // the SQLite export's sentences are kept with their documents' text
        var sentences = releasing
        sentences.keepExtractions = true
        let c = sentences.run(paths: [TestPaths.corpus])
        Self.same(a.graph, c.graph)
        #expect(c.extractions.count == a.corpus.documents.count)
        #expect(c.extractions.allSatisfy { $0.mentions.isEmpty && $0.events.isEmpty })
        #expect(c.extractions.contains { !$0.sentences.isEmpty && !$0.document.posts.flatMap(\.allPassages).allSatisfy { $0.text.isEmpty } })
    }
}
