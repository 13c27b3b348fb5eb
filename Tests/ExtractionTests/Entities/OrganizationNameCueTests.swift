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

    @Test("an office's title and an event are no bodies")
    func officesAndEvents() {
        #expect(!organizations("Ann Reed is now Chancellor of the Exchequer.").contains("Exchequer"))
        #expect(!organizations("The firm was a sponsor of the Wexcombe Paralympic Games.").contains("Wexcombe Paralympic Games"))
        // a body after a role and `of the` is still one
        #expect(organizations("Ann Reed is chair of the Wexcombe Carers Forum.").contains("Wexcombe Carers Forum"))
    }

    @Test("an acronym defined after a long form with `&`, a possessive or some small words")
    func acronymLongForms() {
        let a = organizations("The Harbour Inspectorate of Ports and Fire & Rescue Services (HIPFRS) reported.")
        #expect(a.contains("Harbour Inspectorate of Ports and Fire & Rescue Services"))
        #expect(!a.contains("Fire & Rescue Services"))
        let b = organizations("Funds pass through the Mayor's Office for Parks and Culture (MOPAC) each year.")
        #expect(b.contains("Mayor's Office for Parks and Culture"))
        // letters that do not spell the words define nothing: `XYZ` is not made the office's short name (the
        // office itself is still found, from the title's possessive before `Office`)
        #expect(confirmed("Funds pass through the Mayor's Office for Parks and Culture (XYZ) each year.")
            .allSatisfy { !($0.text == "XYZ" && $0.canonicalName == "Mayor's Office for Parks and Culture") })
    }

    @Test("a knowledge name with a possessive inside")
    func possessiveInsideKnowledgeName() {
        let k = KnowledgeBase(records: [KnowledgeRecord(name: "Tarn's Wood Centre", type: .organization, aliases: ["Tarn's Wood"])])
        #expect(organizations("Detainees at Tarn's Wood complained.", k).contains("Tarn's Wood"))
        #expect(organizations("Detainees at Tarn’s Wood complained.", k).contains("Tarn’s Wood"))
        // a possessive the name does not have still stops it
        let plain = KnowledgeBase(records: [KnowledgeRecord(name: "Tarn Wood Centre", type: .organization, aliases: ["Tarn Wood"])])
        #expect(confirmed("Detainees at Tarn's Wood complained.", plain).allSatisfy { $0.canonicalName != "Tarn Wood Centre" })
    }

    @Test("a well-known place without the knowledge base is a place, not a body")
    func wellKnownPlaces() {
        let text = "Staff shortages in London played a part. The firm's London offices were picketed."
        #expect(confirmed(text, .empty).filter { $0.text == "London" }.allSatisfy { $0.type == .place })
        #expect(confirmed("The Hong Kong company Tarnmoor Holdings bought it.", .empty).first { $0.text == "Hong Kong" }?.type != .organization)
        // a body named after the place stays a body
        #expect(organizations("Tarnby Borough Council and London Councils met.", .empty).contains("London Councils"))
    }

    @Test("ordinary words opening a body's name stay in it")
    func ordinaryWordsOpeningAName() {
        #expect(organizations("Turning Leaf, the employment services company, won the contract.", .empty).contains("Turning Leaf"))
        // an adverb or adjective before the name is not part of it
        #expect(!organizations("However Kestrel, the employment services company, won it.").contains("However Kestrel"))
    }
}

