import Corpus
import HindsightTestSupport
import Testing
@testable import Extraction

/// Organization names read across policy areas: a known company's division (`Kestrel Healthcare`), and the
/// shipped knowledge of companies outside the blog's story. Each with a twin where the words are not one
/// organization. Sentences and invented names are made up for these tests.
private let kb = KnowledgeBase(records: [
    KnowledgeRecord(name: "Kestrel", type: .organization),
    KnowledgeRecord(name: "National Health Service", type: .organization, aliases: ["NHS"]),
    KnowledgeRecord(name: "Wales", type: .place),
])

private func confirmed(_ text: String, _ knowledge: KnowledgeBase = kb) -> [EntityMention] {
    EntityRecognizer(knowledge: knowledge).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String, _ knowledge: KnowledgeBase = kb) -> Set<String> {
    Set(confirmed(text, knowledge).filter { $0.type == .organization }.map(\.text))
}

@Suite("Organization name cues")
struct OrganizationNameCueTests {
    @Test("a known company and its trade: a division")
    func companyDivision() {
        #expect(organizations("The tests were run by Kestrel Healthcare from 2008.").contains("Kestrel Healthcare"))
        #expect(organizations("Kestrel Rail North lost the franchise in 2020.").contains("Kestrel Rail North"))
        #expect(organizations("Services went to Kestrel Trains Wales in 2003.").contains("Kestrel Trains Wales"))
        #expect(organizations("The unit sat inside Kestrel Justice, a division of the group.").contains("Kestrel Justice"))
        // a name in capitals alone, or a word that is no trade, is not extended
        #expect(!organizations("NHS Healthcare staff were balloted.").contains("NHS Healthcare"))
        #expect(organizations("Kestrel Monday was a bad day.").allSatisfy { $0 != "Kestrel Monday" })
    }

    @Test("the shipped knowledge knows companies of other policy areas")
    func shippedCompanies() throws {
        let project = try TestPaths.projectKnowledge()
        guard !project.records.isEmpty else { return }
        #expect(organizations("The sale was advised by Lazard, and UBS ran the offer.", project).isSuperset(of: ["Lazard", "UBS"]))
        #expect(organizations("Ofwat fined Severn Trent and United Utilities.", project).isSuperset(of: ["Severn Trent", "United Utilities"]))
        #expect(organizations("Detainees at Brook House complained.", project).contains("Brook House"))
        // a company named by an ordinary word only counts capitalised away from a sentence start
        #expect(!organizations("Scope for savings was small.", project).contains("Scope"))
        #expect(organizations("The charity Scope said so.", project).contains("Scope"))
    }
}
