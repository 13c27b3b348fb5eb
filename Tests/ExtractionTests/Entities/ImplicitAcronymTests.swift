import Corpus
import Testing
@testable import Extraction

/// An acronym the document never defines, whose letters are the initials of exactly one organization it names
/// in full, is that organization's short form (`the Tarn Equipment and Support agency ... TE&S`). Sentences are
/// our own, on defence procurement, water and schools; twins where two bodies share the initials or the acronym
/// is too short. No knowledge base.
private func mentions(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).map(\.mention)
}

private func canonical(_ text: String, _ surface: String) -> String? {
    mentions(text).first { $0.text == surface }?.canonicalName
}

@Suite("Acronyms of a body named in full")
struct ImplicitAcronymTests {
    @Test("an acronym with an ampersand after the full name")
    func ampersand() {
        let text = "From today Tarn Equipment and Support Agency runs the depot. TE&SA was created in 2007."
        #expect(canonical(text, "TE&SA") == "Tarn Equipment and Support Agency")
    }

    @Test("an acronym of a water company and of a schools body")
    func plainAcronyms() {
        #expect(canonical("The Harbour Valley Water Company fined staff. Then HVWC paid up.", "HVWC")
            == "Harbour Valley Water Company")
        #expect(canonical("The National Schools Standards Board met in May. The NSSB said no.", "NSSB")
            == "National Schools Standards Board")
    }

    @Test("no short form when two bodies share the initials, or the acronym is short")
    func twins() {
        let two = "The National Schools Board and the Northern Shipping Bureau met. The NSB said no."
        #expect(canonical(two, "NSB") != "National Schools Board")
        #expect(canonical(two, "NSB") != "Northern Shipping Bureau")
        #expect(canonical("The Harbour Board met in May. The HB said no.", "HB") != "Harbour Board")
    }
}

@Suite("Acronyms of a body named in full: brands")
struct ImplicitAcronymBrandTests {
    @Test("a brand that opens with capitals is no acronym of the body")
    func brand() {
        let text = "The Harbour Valley Water Company runs it. HVWCnorth is its new arm."
        #expect(canonical(text, "HVWCnorth") != "Harbour Valley Water Company")
    }
}
