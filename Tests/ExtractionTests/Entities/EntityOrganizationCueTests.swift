import Corpus
import Testing
@testable import Extraction

/// A small knowledge base written for these tests (made-up bodies, real places).
private let cueKnowledge = KnowledgeBase(records: [
    KnowledgeRecord(name: "Quillfield Partnership", type: .organization),
    KnowledgeRecord(name: "Porters' Guild of Wessex", type: .organization, aliases: ["Porters Guild"]),
    KnowledgeRecord(name: "Harriet Vole", type: .person),
    KnowledgeRecord(name: "Birmingham", type: .place),
    KnowledgeRecord(name: "Gloucestershire", type: .place),
])

private func confirmed(_ text: String, _ kb: KnowledgeBase = cueKnowledge) -> [EntityMention] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

@Suite("Entity recognition: organization cues in context")
struct EntityOrganizationCueTests {
    @Test func ordinaryWordAfterARoleOfIsAnOrganization() {
        #expect(type(of: "Lantern", in: "Tom Odell, chief executive of Lantern, said it was grim.") == .organization)
        // a department of an organization is not one
        #expect(type(of: "Policy", in: "She became head of Policy last year.") == nil)
    }

    @Test func aTitleAfterTheIsNoOrganization() {
        #expect(confirmed("The Dame has been telling them for two years.").isEmpty)
        #expect(confirmed("Ask the Lord, then.").isEmpty)
        // a real name after `the` still is one
        #expect(type(of: "Northern Gravel", in: "The figures in the Northern Gravel were stark.") != nil
            || type(of: "Northern Gravel", in: "Then the Northern Gravel has it.") == .organization)
    }

    @Test func publicationsIntroducingAQuote() {
        #expect(type(of: "Inside Gravel", in: "There is a piece in Inside Gravel about it.") == .organization)
        #expect(type(of: "Marsh Weekly News", in: "I found this from Marsh Weekly News:-\nQuoted text.") == .organization)
        // months and places after `published in` are not publications
        #expect(type(of: "August", in: "The report was published in August and read widely.") == nil)
    }

    @Test func appositivesAndNounsThatNameAKindOfOrganization() {
        #expect(type(of: "Foxglove Link", in: "Foxglove Link, the umbrella body for shelters, agreed.") == .organization)
        #expect(type(of: "Brambleworth", in: "They asked the homelessness charity Brambleworth for help.") == .organization)
        #expect(type(of: "Ottery", in: "Ottery, the union\u{2019}s general secretary, spoke.") != .organization)
    }

    @Test func listsOfOrganizations() {
        let text = "Smaller firms including Wendlebury and Skeffton bid for the work."
        #expect(type(of: "Wendlebury", in: text) == .organization)
        #expect(type(of: "Skeffton", in: text) == .organization)
        let located = "The Quillfield Partnership in Gloucestershire, Anawell in Birmingham and Open Doors all bid."
        #expect(type(of: "Anawell", in: located) == .organization)
    }

    @Test func ordinaryWordsBeforeAStrongSuffixInRunningText() {
        #expect(type(of: "Forward Trust", in: "He runs the Forward Trust now.") == .organization)
        #expect(type(of: "Housing Association", in: "He joined a Housing Association last year.") == nil)
    }

    @Test func shoutingNamesNothing() {
        let text = "THIS IS WHAT HAPPENS WHEN YOU RUN A SERVICE ON AGENCY STAFF."
        #expect(confirmed(text).isEmpty)
    }

    @Test func aKnowledgeNameWithAPossessiveApostropheInside() {
        let m = confirmed("The Porters' Guild of Wessex and the Porters\u{2019} Guild both objected.")
        #expect(m.filter { $0.canonicalName == "Porters' Guild of Wessex" }.count == 2)
    }

    @Test func aSharedSurnameGoesToThePersonLastNamedInFull() {
        let text = "Harriet Vole spoke first. Later Tamsin Vole, the mayor of Quilby, replied. Ms Vole was brief."
        let m = confirmed(text).first { $0.text == "Ms Vole" }
        #expect(m?.canonicalName == "Tamsin Vole")
    }

    @Test func anAmbiguousGivenNameWithARoleIsAPerson() {
        let m = confirmed("Mark Fenwright, national chair of the porters, said no.").first { $0.text == "Mark Fenwright" }
        #expect(m?.type == .person)
    }
}
