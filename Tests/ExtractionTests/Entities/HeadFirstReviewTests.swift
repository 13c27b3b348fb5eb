import Corpus
import Testing
@testable import Extraction

/// A review named head first (`the Independent Review of the Harbour Dues Act`) is one programme, its subject's
/// words included. Sentences, reviews and laws are made up.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

@Suite("Reviews named head first")
struct HeadFirstReviewTests {
    @Test func aHeadFirstReviewIsOneProgramme() {
        // ports law, bus funding, lifeboats
        let ports = confirmed("In 2017 Tom Vane was asked to lead the Independent Review of the Harbour Dues Act, which reported later.")
        #expect(ports.contains { $0.type == .programme && $0.text == "Independent Review of the Harbour Dues Act" })
        let buses = confirmed("Ada Quell chaired the Independent Review of Rural Bus Funding and Fares in 2010.")
        #expect(buses.contains { $0.type == .programme && $0.text == "Independent Review of Rural Bus Funding and Fares" })
        let boats = confirmed("Ministers asked Ian Marr to lead the Independent Review of the Lifeboat Service, and he reported in May.")
        #expect(!boats.contains { $0.type == .organization && $0.text == "Lifeboat Service" })
    }

    @Test func twinsAReviewNamedLastOrAReviewOfAPerson() {
        // a review named by its author keeps its own rule; `a review of` in lowercase names nothing
        #expect(confirmed("The Marr Review reported in May.").contains { $0.text == "Marr Review" })
        #expect(!confirmed("There was a review of the Lifeboat Service in 2010.").contains { $0.type == .programme })
    }
}
