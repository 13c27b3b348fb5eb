import Corpus
import Testing
@testable import Extraction

/// `Kestrel took over the contract`: the subject of `took over` with a business for object is a body; people
/// take over `as` something, `from` someone, or a post. Sentences and bodies are made up.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

@Suite("The subject of took over a business")
struct TakeOverSubjectTests {
    @Test func aSubjectTakingOverAServiceOrAFirmIsABody() {
        // electronic tagging, care homes, energy supply
        #expect(type(of: "Brellcom", in: "After the scandal Brellcom took over the monitoring service for a year.") == .organization)
        #expect(type(of: "Tarnhouse", in: "In 2016 Tarnhouse took over most of the homes in the county.") == .organization)
        #expect(type(of: "Vexpower", in: "Last winter Vexpower took over Marlgas and its customers.") == .organization)
    }

    @Test func twinsAPersonTakesOverAPostOrFromSomeone() {
        #expect(type(of: "Quillan", in: "Quillan took over the reins in May.") != .organization)
        #expect(type(of: "Quillan", in: "In May Quillan took over as chair of the board.") != .organization)
        #expect(type(of: "Falk", in: "Ines Falk joined the board in 2001. Falk took over the company in 2005.") != .organization)
    }
}
