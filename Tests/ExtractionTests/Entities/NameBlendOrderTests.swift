import Corpus
import Testing
@testable import Extraction

/// A full name that shares its given name with one person of the document and its surname with another is a
/// blend of the two only when both were written before it: a writer blends names already given. A name written
/// first (`Paul Ames, the former chief executive, ...` before `Paul Lowe` and `Jane Ames`) is a person of its own.
/// Names and bodies are made up.
private func people(_ text: String) -> [String] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
        .filter { $0.type == .person }.map(\.text)
}

@Suite("Blends of two names need both names first")
struct NameBlendOrderTests {
    @Test func aNameWrittenBeforeItsNamesakesIsAPerson() {
        // inspection, housing, rail
        #expect(people("Paul Ames, the former chief executive of Tarnco, was appointed inspector in 2014. His wife, Jane Ames, worked for a supplier. Paul Lowe stepped in as interim inspector.").contains("Paul Ames"))
        #expect(people("Ruth Dale founded the housing trust in 1990. Ruth Marsh joined later, and Simon Dale became chair.").contains("Ruth Dale"))
        #expect(people("Ian Vole ran the branch line for years. Ian Marr and Ada Vole took it over in 2010.").contains("Ian Vole"))
    }

    @Test func twinANameWrittenAfterBothIsABlend() {
        #expect(!people("Ruth Marsh and Simon Dale joined the housing trust. Later Ruth Dale wrote to them both.").contains("Ruth Dale"))
        #expect(!people("Ian Marr and Ada Vole took over the line in 2010. Ian Vole was never mentioned again.").contains("Ian Vole"))
    }
}
