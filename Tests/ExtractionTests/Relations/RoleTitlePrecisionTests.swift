import Corpus
import Testing
@testable import Extraction

/// Wrong edges the post rules must not write: a month or a pronoun read as the body before a post, a clause read
/// as a title, a role alone whose body's name was cut at its `and`, and `its` read as a body that only describes
/// another person. Sentences written for these tests; names invented and given as knowledge records.
@Suite struct RoleTitlePrecisionTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Tessa Marlow", type: .person),
        KnowledgeRecord(name: "Kestrel Valley Council", type: .organization),
        KnowledgeRecord(name: "Fenmoor Housing Board", type: .organization),
        KnowledgeRecord(name: "Ashdown Regional Authority", type: .organization),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func aMonthOrAPronounIsNoOrganizationBeforeAPost() {
        #expect(RelationReader.leadingOrganization("December 2019 its director") == nil)
        #expect(RelationReader.leadingOrganization("It opened under its first chair") == nil)
        #expect(RelationReader.leadingOrganization("Irish service's director") == nil)
        // a real leading name still gives the body and the post
        #expect(RelationReader.leadingOrganization("Kestrel Water chief executive")?.0 == "Kestrel Water")
        #expect(RelationReader.leadingOrganization("Kestrel Water's finance director")?.1 == "finance director")
    }

    @Test func aClauseIsNoTitle() {
        #expect(!RelationReader.isRole("were questioned by MPs"))
        #expect(!RelationReader.isRole("commissioned by the then home secretary"))
        #expect(!RelationReader.isRole("chaired the water board"))
        #expect(!RelationReader.isRole("headed the inspectorate"))
        // a time word after `by` keeps the title
        #expect(RelationReader.isRole("by then chair"))
        #expect(RelationReader.isRole("deputy chief executive"))
    }

    @Test func aTitleCutInsideANameAtItsAndIsFound() {
        let text = "Tessa Marlow was chief executive of Coastal Revenue and Customs Agency until 2015."
        #expect(RelationReader.isCutAtNameAnd("chief executive of Coastal Revenue", in: text))
        #expect(RelationReader.isCutAtNameAnd("adviser at the Office for Roads", in: "She was adviser at the Office for Roads and Rail."))
        // a field joined by `and`, two places, or a name that ends where the title ends are not cut names
        #expect(!RelationReader.isCutAtNameAnd("director of finance", in: "She was director of finance and planning."))
        #expect(!RelationReader.isCutAtNameAnd("chief executive of the boroughs of Hackney", in: "He was chief executive of the boroughs of Hackney and Barnet."))
        #expect(!RelationReader.isCutAtNameAnd("chief inspector of Probation", in: "She was chief inspector of Probation since 2016, and Tom was not."))
    }

    @Test func itsAfterAnotherPersonsDescriptionIsTheSentencesOwnerNotTheDescribedBody() {
        let text = "Fenmoor Housing Board was set up in 2004. Its first chair was Ruth Hartley, a former leader of Kestrel Valley Council, and its first chief executive was Owen Pryce."
        let edges = read(text)
        #expect(!edges.contains("holds_role Owen Pryce -> Kestrel Valley Council"))
        #expect(edges.contains("holds_role Owen Pryce -> Fenmoor Housing Board"))
    }

    @Test func theBoardInTheSameSentenceOwnsItsChair() {
        let text = "Fenmoor Housing Board was set up in 2004. Since then it has answered to Ashdown Regional Authority. When the board met for the hundredth time, its chair, Ruth Hartley, asked for more money."
        let edges = read(text)
        #expect(!edges.contains("holds_role Ruth Hartley -> Ashdown Regional Authority"))
        #expect(edges.contains("holds_role Ruth Hartley -> Fenmoor Housing Board"))
    }
}
