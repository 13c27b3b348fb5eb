import Corpus
import Extraction
import GraphModel
import GraphvizExport
import Testing

/// Maps draw what the text states apart from what is only known, and a time window keeps a known role to its term.
@Suite struct RelationMapTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Mary Stone", type: .person, roles: [
            KnowledgeRole(title: "Secretary of State for Health", organization: "Department of Health", from: "2012-09", to: "2015-05"),
        ]),
        KnowledgeRecord(name: "Department of Health", type: .organization),
    ])

    static let graph: KnowledgeGraph = {
        let pages = [("a.txt", "Monday, 3 March 2014\n\nA\n\nMary Stone visited the Department of Health.\n"),
                     ("b.txt", "Monday, 4 March 2019\n\nB\n\nMary Stone visited the Department of Health again.\n"),
                     ("c.txt", "Monday, 4 March 2019\n\nC\n\nAnn Reed, chief executive of Harbour Homes Ltd, spoke.\n")]
        let x = DocumentExtractor(knowledge: knowledge)
        return GraphBuilder(knowledge: knowledge).build(pages.map { x.extract(PlainTextPageReader().read(text: $1, path: $0)) })
    }()

    @Test func knownRelationsAreDrawnDashedAndTheLegendSaysSo() throws {
        let map = try selectedMap(.init(top: nil, coOccurrencePerNode: 0), Self.graph)
        let known = try #require(map.edges.first { $0.type == .holdsRole && $0.source == "person:mary-stone" })
        #expect(known.known)
        let stated = try #require(map.edges.first { $0.type == .holdsRole && $0.source == "person:ann-reed" })
        #expect(!stated.known)
        let dot = DOTWriter().write(map)
        #expect(dot.contains("(known)"))
        #expect(dot.contains("dashed arrows (known): from Entities/, not stated"))
    }

    @Test func aWindowAfterTheTermDrawsNoRole() throws {
        let late = try selectedMap(.init(top: nil, focus: "Mary Stone", from: TemporalValue.parse("2019"), to: TemporalValue.parse("2020")), Self.graph)
        #expect(late.nodes.contains { $0.id == "person:mary-stone" })
        #expect(!late.edges.contains { $0.type == .holdsRole && $0.source == "person:mary-stone" })
        let early = try selectedMap(.init(top: nil, focus: "Mary Stone", from: TemporalValue.parse("2014"), to: TemporalValue.parse("2014")), Self.graph)
        #expect(early.edges.contains { $0.type == .holdsRole && $0.source == "person:mary-stone" })
    }
}
