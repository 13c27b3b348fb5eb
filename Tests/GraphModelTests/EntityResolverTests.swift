import Corpus
import Extraction
import Foundation
import Testing
@testable import GraphModel

private let knowledge = KnowledgeBase(records: [
    KnowledgeRecord(name: "Chris Grayling", type: .person, aliases: ["Grayling", "Failing Grayling"],
                    roles: [KnowledgeRole(title: "Secretary of State for Justice", organization: "Ministry of Justice",
                                          from: "2012-09", to: "2015-05")]),
    KnowledgeRecord(name: "Ministry of Justice", type: .organization, aliases: ["MoJ", "MOJ"]),
    KnowledgeRecord(name: "Napo", type: .organization, aliases: ["NAPO"]),
    KnowledgeRecord(name: "National Probation Service", type: .organization, aliases: ["NPS"]),
])

/// Recognizes each text as one document and resolves them together.
private func resolve(_ texts: [String], _ kb: KnowledgeBase = knowledge) -> (EntityResolution, [[LocatedMention]]) {
    let recognizer = EntityRecognizer(knowledge: kb)
    let docs = texts.map { recognizer.recognize(text: $0) }
    return (EntityResolver(knowledge: kb).resolve(docs), docs)
}

/// The entity id assigned to the first mention with this surface in document `d`.
private func id(_ surface: String, doc d: Int, _ r: (EntityResolution, [[LocatedMention]])) -> String? {
    guard let i = r.1[d].firstIndex(where: { $0.mention.text == surface }) else { return nil }
    return r.0.assignments[d][i]
}

@Suite("Entity resolution across the corpus")
struct EntityResolverTests {
    @Test func aBodyNamedAsAKindInThePluralIsAlsoKnownInTheSingular() {
        #expect(EntityResolver.singular(ofCollective: "Regional Health Boards") == "Regional Health Board")
        #expect(EntityResolver.singular(ofCollective: "local housing companies") == "local housing company")
        #expect(EntityResolver.singular(ofCollective: "LHBs") == "LHB")
        // a plural that ends a proper name, a plural that is not the head, a single word: no singular
        #expect(EntityResolver.singular(ofCollective: "Harbour News") == nil)
        #expect(EntityResolver.singular(ofCollective: "Office for Students") == nil)
        #expect(EntityResolver.singular(ofCollective: "Department for Work and Pensions") == nil)
        #expect(EntityResolver.singular(ofCollective: "Samaritans") == nil)
        #expect(EntityResolver.singular(ofCollective: "Regional Health Board") == nil)
        let r = resolve(["The Regional Health Boards (RHBs) took over in 2019."])
        // (the scanner may already name the kind by its singular, the plural then being an alias)
        let e = r.0.entities.first { $0.name == "Regional Health Boards" || $0.name == "Regional Health Board" }
        #expect(e.map { $0.name == "Regional Health Board" || $0.aliases.contains("Regional Health Board") } == true)
        #expect(e?.aliases.contains("RHB") == true)
    }

    @Test func surnameElsewhereJoinsTheOnlyFullName() {
        let r = resolve(["Paul Wilson took the job.", "Later, Wilson says it worked.", "We asked Mr Wilson again."])
        let full = id("Paul Wilson", doc: 0, r)
        #expect(full == "person:paul-wilson")
        #expect(id("Wilson", doc: 1, r) == full)
        #expect(id("Mr Wilson", doc: 2, r) == full)
        let e = r.0.entity(id: "person:paul-wilson")
        #expect(e?.aliases == ["Mr Wilson", "Wilson"])
    }

    @Test func differentFirstNamesStayApart() {
        let r = resolve(["Paul Wilson took the job.", "Harold Wilson was prime minister.", "Then Mr Wilson left."])
        let paul = id("Paul Wilson", doc: 0, r), harold = id("Harold Wilson", doc: 1, r)
        #expect(paul != nil && harold != nil && paul != harold)
        // an ambiguous surname joins neither
        let mr = id("Mr Wilson", doc: 2, r)
        #expect(mr != paul && mr != harold)
    }

    @Test func nicknamesShareAnIdentity() {
        let r = resolve(["Andy Cooke spoke.", "Andrew Cooke replied."])
        #expect(id("Andy Cooke", doc: 0, r) == id("Andrew Cooke", doc: 1, r))
    }

    @Test func acronymsAndCaseVariantsFromKnowledge() {
        let r = resolve(["The MoJ and Napo disagreed.", "The MOJ met NAPO.", "The Ministry of Justice replied."])
        let moj = id("MoJ", doc: 0, r)
        #expect(moj == "org:ministry-of-justice")
        #expect(id("MOJ", doc: 1, r) == moj)
        #expect(id("Ministry of Justice", doc: 2, r) == moj)
        #expect(id("NAPO", doc: 1, r) == id("Napo", doc: 0, r))
        let e = r.0.entity(id: "org:ministry-of-justice")
        #expect(e?.name == "Ministry of Justice")
        #expect(e?.aliases == ["MOJ", "MoJ"])
        #expect(e?.knowledgeID == "org:ministry-of-justice")
    }

    @Test func nicknamesAndPossessivesFromKnowledge() {
        let r = resolve(["Failing Grayling did it.", "Grayling’s reforms and Grayling's plan.", "Chris Grayling spoke."])
        let ids = Set([id("Failing Grayling", doc: 0, r), id("Grayling", doc: 1, r), id("Chris Grayling", doc: 2, r)])
        #expect(ids == ["person:chris-grayling"])
        let e = r.0.entity(id: "person:chris-grayling")
        #expect(e?.roles.first?.title == "Secretary of State for Justice")
        #expect(e?.mentionCount == 4)
    }

    @Test func acronymDefinedInOneDocumentJoinsItsBareUseInAnother() {
        let r = resolve(["The Northern Widget Authority (NWA) was formed.", "Staff at the NWA complained."], .empty)
        let a = id("NWA", doc: 0, r)
        #expect(a != nil)
        #expect(id("NWA", doc: 1, r) == a)
        #expect(r.0.entity(id: a!)?.name == "Northern Widget Authority")
    }

    @Test func unconfirmedCandidatesAreDropped() {
        let r = resolve(["Yesterday Zebedee went home and XYZQ was mentioned."], .empty)
        #expect(r.1[0].contains { $0.isCandidate })
        #expect(r.0.assignments[0].allSatisfy { $0 == nil })
        #expect(r.0.entities.isEmpty)
    }

    @Test func loneWordJoinsAConfirmedOrganization() {
        let r = resolve(["Pellworth staff were told.", "We heard Pellworth plans more cuts."], .empty)
        let a = id("Pellworth", doc: 0, r)
        #expect(a == "org:pellworth")
        #expect(id("Pellworth", doc: 1, r) == a)
    }

    @Test func titledFirstNameJoinsTheOnlyMatchingFullName() {
        let r = resolve(["Glenys Stacey published her report.", "Then Dame Glenys was asked again."], .empty)
        #expect(id("Dame Glenys", doc: 1, r) == id("Glenys Stacey", doc: 0, r))
    }

    @Test func trailingPossessiveSJoinsTheBaseForm() {
        let r = resolve(["Yesterday Amber Rudd spoke.", "Then Amber Rudds comments were odd."], .empty)
        #expect(id("Amber Rudd", doc: 0, r) != nil)
        #expect(id("Amber Rudds", doc: 1, r) == id("Amber Rudd", doc: 0, r))
    }

    @Test func acronymInsideAnOrganizationNameIsExpanded() {
        let r = resolve(["The South West Division of the National Probation Service opened a new office.",
                         "The South West Division of the NPS closed it later."])
        let a = id("South West Division of the National Probation Service", doc: 0, r)
        #expect(a != nil)
        #expect(id("South West Division of the NPS", doc: 1, r) == a)
    }

    @Test func aShortNameJoinsTheFullNameItsDocumentGives() {
        let r = resolve([
            "Tarn Water Ltd said rates would rise. Tarn Water was fined by the Water Board. Tarn's board resigned.",
            "The Child Rates Agency was abolished in 2012. The CRA's board moved on.",
            "Kestrel Energy said bills would fall. Later Kestrel Geografix Ltd sold its meters.",
        ], .empty)
        #expect(id("Tarn", doc: 0, r) != nil && id("Tarn", doc: 0, r) == id("Tarn Water", doc: 0, r))
        // a legal suffix is the same company when its document names both
        #expect(id("Tarn Water Ltd", doc: 0, r) == id("Tarn Water", doc: 0, r))
        #expect(id("CRA", doc: 1, r) != nil && id("CRA", doc: 1, r) == id("Child Rates Agency", doc: 1, r))
        // another company that shares the first word stays apart
        #expect(id("Kestrel Energy", doc: 2, r) != id("Kestrel Geografix Ltd", doc: 2, r))
    }

    @Test func aBodysNameWithALegalSuffixOrANationIsTheBodyItsDocumentNamesBare() {
        let r = resolve([
            "Harbour Homes Ltd was fined in 2019. Harbour Homes appealed.",
            "Crafts Council England cut its grants. The Crafts Council said the cuts were forced on it.",
            "Museums Board Scotland and Museums Board Wales met. The Museums Board had split in 1990.",
        ], .empty)
        #expect(id("Harbour Homes", doc: 0, r) != nil && id("Harbour Homes", doc: 0, r) == id("Harbour Homes Ltd", doc: 0, r))
        #expect(id("Crafts Council England", doc: 1, r) != nil
                && id("Crafts Council England", doc: 1, r) == id("Crafts Council", doc: 1, r))
        // two national bodies under one bare name: the bare name stays apart from both
        #expect(id("Museums Board", doc: 2, r) != nil && id("Museums Board Scotland", doc: 2, r) != nil)
        #expect(id("Museums Board", doc: 2, r) != id("Museums Board Scotland", doc: 2, r))
        #expect(id("Museums Board", doc: 2, r) != id("Museums Board Wales", doc: 2, r))
    }

    @Test func outputIsDeterministicAndSortedWithUniqueIDs() {
        let texts = ["Paul Wilson met Harriet Vole at the MoJ.", "Vole and Wilson met Napo.", "Darlington Borough Council replied."]
        let a = resolve(texts).0, b = resolve(texts).0
        #expect(a.entities == b.entities)
        #expect(a.assignments == b.assignments)
        #expect(a.entities.map(\.id) == a.entities.map(\.id).sorted())
        #expect(Set(a.entities.map(\.id)).count == a.entities.count)
    }

    @Test func manyDocumentsResolveLikeFew() {
        // 30,000 documents of a few mentions each resolve to the same entities as three (speed is measured in
        // Scripts/bench, not here).
        let recognizer = EntityRecognizer(knowledge: knowledge)
        let template = [
            recognizer.recognize(text: "Paul Wilson met the MoJ."),
            recognizer.recognize(text: "Wilson said Napo agreed with Harriet Vole."),
            recognizer.recognize(text: "Mr Le Vay told Vole."),
        ]
        let few = EntityResolver(knowledge: knowledge).resolve(template)
        let docs = (0..<30_000).map { template[$0 % 3] }
        let many = EntityResolver(knowledge: knowledge).resolve(docs)
        #expect(many.assignments.count == docs.count)
        #expect(many.entities.map(\.id) == few.entities.map(\.id))
        #expect(many.assignments[3] == few.assignments[0] && many.assignments[29_999] == few.assignments[2])
    }
}
