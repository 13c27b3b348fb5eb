import Corpus
import Testing
@testable import Extraction

/// A street whose name opens with a given name (`King Charles Street`, `Victoria Road`) is a place, not a person,
/// after a royal title or a preposition of place; a person whose surname is a street word stays a person. Every
/// sentence and name is made up.
private func names(_ text: String, _ type: EntityType) -> [String] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
        .filter { $0.type == type }.map(\.text)
}

@Suite("Street names")
struct StreetNameTests {
    @Test("a given name and a street word after a royal title or a place preposition is a street")
    func streetAfterTitleOrPreposition() {
        #expect(names("Sooner or later someone in King Edward Street will have to decide.", .person).isEmpty)
        #expect(names("Sooner or later someone in King Edward Street will have to decide.", .place)
            == ["King Edward Street"])
        #expect(names("The housing charity moved its offices to a block on Martha Road in 2015.", .person).isEmpty)
        #expect(names("Queues formed outside Victoria Lane clinic every morning.", .person).isEmpty)
        #expect(names("The depot on Queen Anne Avenue closed when the buses were sold.", .person).isEmpty)
    }

    @Test("a person whose surname is a street word stays a person")
    func personWithStreetSurname() {
        #expect(names("The Transport Secretary Wes Street opened the line.", .person) == ["Wes Street"])
        #expect(names("The mayor, Andy Street, met the bus companies in Birmingham.", .person) == ["Andy Street"])
        #expect(names("Ministers placed their trust in Jessica Lane's judgement.", .person) == ["Jessica Lane"])
    }
}
