import Corpus
import Testing
@testable import Extraction

/// The people of a known place named from it (`Londoners`, `Bristolians`) are no person's or body's name; a
/// surname that merely ends the same way is one. Sentences are made up; the places are real.
private func names(_ text: String) -> [String] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention.text)
}

@Suite("People of a place are no names")
struct PlaceInhabitantTests {
    @Test func inhabitantsOfAKnownPlace() {
        // policing, elections, transport
        #expect(!names("The commissioner apologised to Londoners, who have heard such promises before.").contains("Londoners"))
        #expect(!names("In 1998 Londoners voted yes to a mayor.").contains("Londoners"))
        #expect(!names("Bristolians, who pay the highest fares, were not consulted.").contains("Bristolians"))
    }

    @Test func twinsANameThatOnlyEndsTheSameWay() {
        #expect(names("Tom Danvers, who ran the depot, said the buses were late.").contains("Tom Danvers"))
    }
}
