import Corpus
import Testing
@testable import Extraction

/// Two small cues of a body's kind: `Organisation` ending a name (`the Harbour Logistics Organisation`), and a
/// nationality inside the kind phrase before a name (`the Canadian pension fund Tarnvest`). Sentences are our own,
/// on defence, pensions and energy; twins where they must not fire. No knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String) -> [String] {
    confirmed(text).filter { $0.type == .organization }.map(\.text)
}

@Suite("Kind words naming a body")
struct KindWordNameTests {
    @Test("Organisation ends a body's name")
    func organisationSuffix() {
        #expect(organizations("In 2007 the Harbour Logistics Organisation was merged.") == ["Harbour Logistics Organisation"])
        #expect(organizations("Tenants set up the Vale Tenant Management Organisation in 1996.") == ["Vale Tenant Management Organisation"])
        #expect(organizations("She moved to the World Weather Organization in Geneva.").contains("World Weather Organization"))
        // the word alone names nothing
        #expect(organizations("Organisation matters more than money.").isEmpty)
    }

    @Test("a nationality inside the kind phrase before a name")
    func nationalityInKind() {
        #expect(organizations("It was owned by the American private equity firm Harlow Atlantic until 2019.") == ["Harlow Atlantic"])
        #expect(organizations("The lottery went to the Canadian pension fund group Tarnvest in 2010.").contains("Tarnvest"))
        #expect(organizations("Supply passed to a Dutch energy trading company Velmora in May.").contains("Velmora"))
        // a kind phrase too long for its determiner still names nothing
        #expect(!organizations("It went to the big old American private equity style firm Harlow in 2019.").contains("Harlow"))
    }
}
