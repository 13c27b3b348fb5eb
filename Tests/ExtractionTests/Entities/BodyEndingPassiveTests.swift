import Corpus
import Testing
@testable import Extraction

/// A name that is the subject of a passive only bodies undergo (`Bright Focus would be abolished`, `Bright
/// Horizons was wound up`, `Tarnvale was liquidated`): an organization, even in ordinary words. Sentences are
/// our own, on consumer advocacy, children's services and water; twins in the active voice or with other verbs.
/// No knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String) -> [String] {
    confirmed(text).filter { $0.type == .organization }.map(\.text)
}

@Suite("Passives that only bodies undergo")
struct BodyEndingPassiveTests {
    @Test("abolished, wound up, liquidated, disbanded")
    func passives() {
        #expect(organizations("In 2010 ministers announced that Bright Focus would be abolished within two years.")
            .contains("Bright Focus"))
        #expect(organizations("Last year Bright Horizons was quietly wound up.").contains("Bright Horizons"))
        #expect(organizations("Everyone knew that Tarnvale was liquidated in 1989.").contains("Tarnvale"))
        #expect(organizations("In 2014 the Probation Boards were disbanded.").contains("Probation Boards"))
    }

    @Test("the active voice, or another verb, says nothing of the subject")
    func twins() {
        #expect(!organizations("In 2010 Bright Focus abolished the old fees.").contains("Bright Focus"))
        #expect(!organizations("In 2010 ministers said that Bright Focus would be welcome.").contains("Bright Focus"))
        #expect(!organizations("Last year Bright Horizons was wound tight.").contains("Bright Horizons"))
        // whole industries are privatised and nationalised too
        #expect(!organizations("Steel was nationalised in 1967.").contains("Steel"))
    }
}
