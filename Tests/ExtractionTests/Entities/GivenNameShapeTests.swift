import Corpus
import Testing
@testable import Extraction

/// Given names that are also other words (a month, a title), in three wordings of our own with twins where the
/// word is the other thing. Names are made up or public; no knowledge base.
private func people(_ text: String) -> [String] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate && $0.mention.type == .person }
        .map(\.mention.text)
}

@Suite("Given names that are other words")
struct GivenNameShapeTests {
    @Test func aMonthSurnameAfterAPreposition() {
        #expect(people("It was a move pushed by Theresa May when she was Home Secretary.").contains("Theresa May"))
        #expect(people("The review was written by Gillian May in 2019.").contains("Gillian May"))
        #expect(people("Letters from Brian May reached the minister.").contains("Brian May"))
        // a given name that is also a word of time keeps the month as a month
        #expect(people("By Holly May 2020 the plan was dead.").isEmpty)
        #expect(people("In June Smith resigned.").isEmpty)
    }

    @Test func aGivenNameThatIsAlsoATitle() {
        #expect(people("Dean Finch became chief executive in 2021.").contains("Dean Finch"))
        #expect(people("He was replaced by Dean Okafor in 2021.").contains("Dean Okafor"))
        #expect(people("The board said Dean Harcastle would stay on.").contains("Dean Harcastle"))
        // the title, with an article, an `of` phrase or no surname
        #expect(!people("The Dean Smith said no.").contains("Dean Smith"))
        #expect(people("The university appointed a new Dean in May.").isEmpty)
        #expect(!people("She met Dean Harcastle of Law at noon.").contains("Dean Harcastle"))
        #expect(!people("Major Tarnby spoke first.").contains("Major Tarnby"))
    }
}
