import Corpus
import Testing
@testable import Extraction

/// A short name defined by the body's full name in an appositive (`Tarnwatch, the Tarn Waterways Advisory and
/// Watch Service, ...`): the full name is one name however many `and`s it holds, and the short name resolves to
/// it. Sentences are our own, on waterways, schools and housing; twins where the letters or the shape do not
/// hold. No knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String) -> [String] {
    confirmed(text).filter { $0.type == .organization }.map(\.text)
}

private func canonical(_ text: String, _ surface: String) -> String? {
    confirmed(text).first { $0.text == surface }?.canonicalName
}

@Suite("Short names defined by an appositive")
struct AppositiveDefinitionTests {
    @Test("a clipped short name and a long name with several ands")
    func clippedShortName() {
        let text = "Rivcass, the Rivers and Canals Advisory and Support Service, was set up in 2003."
        let orgs = organizations(text)
        #expect(orgs.contains("Rivers and Canals Advisory and Support Service"))
        #expect(!orgs.contains("Advisory and Support Service"))
        #expect(canonical(text, "Rivcass") == "Rivers and Canals Advisory and Support Service")
    }

    @Test("an acronym defined by the appositive, used again later")
    func acronymShortName() {
        let text = "The SSLA, the School Standards and Leadership Agency, closed in 2012. Later the SSLA was missed."
        #expect(organizations(text).contains("School Standards and Leadership Agency"))
        let all = confirmed(text).filter { $0.text == "SSLA" }
        #expect(all.count == 2)
        #expect(all.allSatisfy { $0.canonicalName == "School Standards and Leadership Agency" })
    }

    @Test("a housing body's clipped name")
    func housingShortName() {
        let text = "Hamco, the Housing and Mortgage Corporation, was wound up in 1998."
        #expect(canonical(text, "Hamco") == "Housing and Mortgage Corporation")
    }

    @Test("a long name with commas inside")
    func commaListLongName() {
        let text = "Medcas, the Mediation, Conciliation and Arbitration Service, was called in."
        #expect(canonical(text, "Medcas") == "Mediation, Conciliation and Arbitration Service")
        // (a list of bodies after the comma is no definition)
        #expect(canonical("Medcas, the Tarn Board, Marlin Trust and Vale Council, met.", "Medcas") == nil
            || canonical("Medcas, the Tarn Board, Marlin Trust and Vale Council, met.", "Medcas") == "Medcas")
    }

    @Test("no definition when the letters do not match or the shape differs")
    func twins() {
        // a person and where she works: the letters do not match
        #expect(canonical("Okafor, the Harbour Housing Trust, said no.", "Okafor") != "Harbour Housing Trust")
        // the appositive goes on past the kind word: no closed name
        #expect(canonical("Wavcass, the Waterways Advisory Service chief, said no.", "Wavcass") != "Waterways Advisory Service")
        // a longer capitalised run before the comma: not a short name standing alone
        #expect(canonical("Sam Wavcass, the Waterways Advisory Service, said no.", "Wavcass") != "Waterways Advisory Service")
    }
}
