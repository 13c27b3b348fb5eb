import Corpus
import Testing
@testable import Extraction

/// Posts named with a possessive that stands for an organization named earlier (`its chief executive`, `the
/// trust's chair`, `Westmoor Homes' finance director`), leadership read from `who had run`, and successions
/// written with `her successor`. Sentences written for these tests; names invented and given as knowledge
/// records, so that the reading of relations is tested, not the finding of names.
@Suite struct PossessiveRoleTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Northfield Housing Trust", type: .organization),
        KnowledgeRecord(name: "Eastgate Estates", type: .organization),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
        KnowledgeRecord(name: "Brightwater District Council", type: .organization),
    ]

    /// The relations read in the last sentence of `text` (sentences split at `. `; the earlier ones are its
    /// context).
    func found(_ text: String) -> [(text: String, found: RelationReader.Found)] {
        RelationTestSupport.found(text, records: Self.records)
    }

    /// `predicate subject -> object` for each relation read in the last sentence of `text`.
    func read(_ text: String) -> [String] { found(text).map(\.text) }

    @Test func itsTitleAfterANameIsAPostAtThePreviousSentencesOrganization() throws {
        let all = found("Northfield Housing Trust opened a new office in May. Ruth Hartley, its chief executive, cut the ribbon.")
        let role = try #require(all.first { $0.text == "holds_role Ruth Hartley -> Northfield Housing Trust" })
        #expect(role.found.label == "chief executive")
        #expect(all.contains { $0.text == "leads Ruth Hartley -> Northfield Housing Trust" })
    }

    @Test func itsTitleBeforeANameIsAPostAtTheSentencesOrganization() {
        #expect(read("Westmoor Homes and its chair, Owen Pryce, opposed the sale.").contains("holds_role Owen Pryce -> Westmoor Homes"))
        #expect(read("Westmoor Homes was run by its director, Owen Pryce.").contains("holds_role Owen Pryce -> Westmoor Homes"))
    }

    @Test func aCommonNounsPossessiveIsTheOrganizationWhoseNameHoldsIt() {
        let text = "Brightwater District Council set its budget late. The council's leader, Owen Pryce, blamed the auditors."
        #expect(read(text).contains("holds_role Owen Pryce -> Brightwater District Council"))
        #expect(read(text).contains("leads Owen Pryce -> Brightwater District Council"))
        // a noun no organization before is called by gives no post there
        let none = read("Eastgate Estates set its budget late. The council's leader, Owen Pryce, blamed the auditors.")
        #expect(!none.contains("holds_role Owen Pryce -> Eastgate Estates"))
    }

    @Test func twoPossessivePostsJoinedByAndAreTwoPosts() {
        let all = found("Brightwater District Council ran out of money. It was declared by Ruth Hartley, the council's director of finance and its monitoring officer.")
        let labels = Set(all.filter { $0.text == "holds_role Ruth Hartley -> Brightwater District Council" }.compactMap(\.found.label))
        #expect(labels == ["director of finance", "monitoring officer"])
    }

    @Test func aCopulaBeforeANamedOrganizationsPossessiveIsAPost() throws {
        let all = found("Ruth Hartley was Westmoor Homes' finance director from 2015.")
        let role = try #require(all.first { $0.text == "holds_role Ruth Hartley -> Westmoor Homes" })
        #expect(role.found.label == "finance director")
        #expect(!read("Ruth Hartley was not Westmoor Homes' finance director.").contains("holds_role Ruth Hartley -> Westmoor Homes"))
    }

    @Test func anInvertedCopulaWithItsIsAPost() {
        #expect(read("Eastgate Estates was set up in 2018. Its first chair was Owen Pryce.").contains("holds_role Owen Pryce -> Eastgate Estates"))
    }

    @Test func questionsAndPlansGiveNoPossessivePost() {
        #expect(!read("Northfield Housing Trust is hiring. Is Ruth Hartley its chief executive?").contains { $0.hasPrefix("holds_role Ruth Hartley -> Northfield") })
        #expect(!read("Northfield Housing Trust is hiring. Ruth Hartley would become its chief executive.").contains { $0.hasPrefix("holds_role Ruth Hartley -> Northfield") })
    }

    @Test func whoHadRunIsAFormerLeadershipButWhoHadNeverRunIsNot() throws {
        let all = found("Owen Pryce, who had previously run Eastgate Estates, joined the board.")
        let lead = try #require(all.first { $0.text == "leads Owen Pryce -> Eastgate Estates" })
        #expect(lead.found.qualifier == "former")
        #expect(!read("Owen Pryce, who had never run Eastgate Estates, joined the board.").contains("leads Owen Pryce -> Eastgate Estates"))
    }

    @Test func usedToRunOrChairIsAFormerLeadershipButWantsToChairIsNot() throws {
        let run = try #require(found("Owen Pryce used to run Eastgate Estates.").first { $0.text == "leads Owen Pryce -> Eastgate Estates" })
        #expect(run.found.qualifier == "former")
        let chair = found("Ruth Hartley, who used to chair Westmoor Homes, said no.")
        #expect(chair.contains { $0.text == "holds_role Ruth Hartley -> Westmoor Homes" && $0.found.label == "chair" && $0.found.qualifier == "former" })
        #expect(!read("Ruth Hartley wants to chair Westmoor Homes.").contains { $0.hasPrefix("leads Ruth Hartley") })
    }

    @Test func currentlyBeforeAnAppositionIsAPostHeldNow() throws {
        let all = found("The new chair is Owen Pryce, currently the chief executive of Eastgate Estates, who starts in April.")
        let role = try #require(all.first { $0.text == "holds_role Owen Pryce -> Eastgate Estates" })
        #expect(role.found.label == "chief executive" && role.found.qualifier == nil)
    }

    @Test func aSuccessorTakesThePostHeldNotOneLeftBefore() {
        let knowledge = KnowledgeBase(records: Self.records)
        let page = "Monday, 3 March 2025\n\nT\n\nRuth Hartley, who had run Eastgate Estates, became chief executive of Westmoor Homes in 2015. Ruth Hartley stepped down in 2022 and was succeeded by Owen Pryce.\n"
        let x = DocumentExtractor(knowledge: knowledge).extract(PlainTextPageReader().read(text: page, path: "p.txt"))
        func name(_ k: Int?) -> String { k.map { x.mentions[$0].mention.canonicalName } ?? "-" }
        let owen = x.relations.filter { name($0.subject) == "Owen Pryce" }.map { "\($0.predicate) \(name($0.object))" }
        #expect(owen.contains("successor_of Ruth Hartley"))
        #expect(!owen.contains("leads Eastgate Estates"))
        #expect(owen.contains("leads Westmoor Homes"))
    }

    @Test func aSecondCopulaAfterAnotherNameIsThatNamesPost() {
        let all = found("Ruth Hartley became chief executive later that year, and Owen Pryce became chair in 2013.")
        #expect(!all.contains { $0.found.label == "chair" && $0.text.hasPrefix("holds_role Ruth Hartley") })
        #expect(all.contains { $0.found.label == "chief executive" && $0.text.hasPrefix("holds_role Ruth Hartley") })
        #expect(all.contains { $0.found.label == "chair" && $0.text.hasPrefix("holds_role Owen Pryce") })
    }

    @Test func aBareSecretaryIsNoPostOfItsOwn() {
        // the name recogniser may keep only `Secretary` of `the Work and Pensions Secretary`
        for text in ["The Work and Pensions Secretary, Owen Pryce, defended the cuts.", "Owen Pryce, the Secretary, defended the cuts."] {
            #expect(!found(text).contains { $0.found.label?.lowercased() == "secretary" && $0.found.object == nil && $0.found.objectName == nil }, "\(text)")
        }
        #expect(found("Owen Pryce, the general secretary, defended the cuts.").contains { $0.found.label == "general secretary" })
    }

    @Test func herSuccessorStandsForThePersonTheParagraphLastNamed() {
        let text = "Ruth Hartley ran Northfield Housing Trust from 2012. She retired in 2019. Her successor, Owen Pryce, arrived in June."
        #expect(read(text).contains("successor_of Owen Pryce -> Ruth Hartley"))
    }

    @Test func hisSuccessorAsAPostGivesBothThePost() throws {
        let all = found("Owen Pryce announced the review in May. It was his successor as housing director, Ruth Hartley, who dropped it.")
        #expect(all.contains { $0.text == "successor_of Ruth Hartley -> Owen Pryce" })
        let now = try #require(all.first { $0.text.hasPrefix("holds_role Ruth Hartley") })
        #expect(now.found.label == "housing director" && now.found.qualifier == nil)
        let before = try #require(all.first { $0.text.hasPrefix("holds_role Owen Pryce") })
        #expect(before.found.label == "housing director" && before.found.qualifier == "former")
    }
}

/// Posts and successions stated about a person a pronoun stands for, successions written `... and replaced by`,
/// a minister's department named earlier on the page, and `which was headed by` after two organizations.
@Suite struct PronounRoleTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Westside Family Unit", type: .organization),
        KnowledgeRecord(name: "Ministry of Housing, Planning and Communities", type: .organization),
        KnowledgeRecord(name: "Northfield Services Ltd", type: .organization),
        KnowledgeRecord(name: "Department for Families", type: .organization),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func sheBecameAPostIsThePostOfThePersonBefore() {
        let all = read("The minister appointed Ruth Hartley in 2012. She became director of the Westside Family Unit.")
        #expect(all.contains("holds_role Ruth Hartley -> Westside Family Unit"))
        #expect(all.contains("leads Ruth Hartley -> Westside Family Unit"))
        // a pronoun of the other sex stands for nobody here; a plan is no post
        #expect(!read("The minister appointed Ruth Hartley in 2012. He became director of the Westside Family Unit.").contains { $0.hasPrefix("holds_role Ruth Hartley") })
        #expect(!read("The minister appointed Ruth Hartley in 2012. She would become director of the Westside Family Unit.").contains { $0.hasPrefix("holds_role Ruth Hartley") })
    }

    @Test func aPronounReplacedByANameIsSucceededByIt() {
        #expect(read("Ruth Hartley ran the unit for six years. She stepped down in May and was replaced by Owen Pryce.")
            .contains("successor_of Owen Pryce -> Ruth Hartley"))
        #expect(!read("Ruth Hartley ran the unit for six years. She stepped down in May and was not replaced by Owen Pryce.")
            .contains("successor_of Owen Pryce -> Ruth Hartley"))
    }

    @Test func aClauseOfItsOwnThenReplacedByIsASuccession() {
        #expect(read("Ruth Hartley was moved to another department in 2021 and replaced by Owen Pryce.")
            .contains("successor_of Owen Pryce -> Ruth Hartley"))
        #expect(!read("Ruth Hartley was moved to another department in 2021 and could be replaced by Owen Pryce.")
            .contains("successor_of Owen Pryce -> Ruth Hartley"))
    }

    @Test func aSecretarysDepartmentNamedEarlierIsWhereThePostIs() {
        let all = read("The Ministry of Housing, Planning and Communities set new targets. The housing secretary, Owen Pryce, defended them.")
        #expect(all.contains("holds_role Owen Pryce -> Ministry of Housing, Planning and Communities"))
    }

    @Test func theCompanysPostIsAtTheLimitedCompanyOfTheParagraph() {
        #expect(read("Northfield Services Ltd won the contract. The company's chair is Owen Pryce.")
            .contains("holds_role Owen Pryce -> Northfield Services Ltd"))
    }

    @Test func whichWasHeadedByLeadsTheNameJustBefore() {
        let all = read("Ruth Hartley ran the Westside Family Unit, a team inside the Department for Families, which was then headed by Owen Pryce.")
        #expect(all.contains("leads Owen Pryce -> Department for Families"))
        #expect(!all.contains("leads Owen Pryce -> Westside Family Unit"))
    }

    @Test func whoseTitleIsANameIsAPostAtTheOrganizationBefore() {
        let all = read("Behind the cuts is the Department for Families, whose permanent secretary is Owen Pryce.")
        #expect(all.contains("holds_role Owen Pryce -> Department for Families"))
        let chair = read("Behind the cuts is Northfield Services Ltd, whose chair is Ruth Hartley.")
        #expect(chair.contains("holds_role Ruth Hartley -> Northfield Services Ltd"))
        #expect(chair.contains("leads Ruth Hartley -> Northfield Services Ltd"))
    }

    @Test func hisPredecessorIsSucceededByThePersonThePronounStandsFor() {
        let all = read("Owen Pryce arrived at the unit in January. His predecessor Ruth Hartley left in June.")
        #expect(all.contains("successor_of Owen Pryce -> Ruth Hartley"))
        #expect(!read("Owen Pryce arrived at the unit in January. Was his predecessor Ruth Hartley?").contains("successor_of Owen Pryce -> Ruth Hartley"))
    }

}
