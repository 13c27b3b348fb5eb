import Corpus
import Testing
@testable import Extraction

/// A law whose title carries a bracket (`the Domestic Water (Metering) Act 2019`) is one name, a programme; the
/// words before the bracket are no bodies. Sentences and laws are made up.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

@Suite("Law titles with a bracket")
struct BracketedLawTitleTests {
    @Test func aBracketedLawTitleIsOneProgramme() {
        // energy, forestry, schools
        let water = confirmed("Meters came in under the Domestic Water and Sewerage (Metering) Act 2019, which was passed quickly.")
        #expect(water.contains { $0.type == .programme && $0.text == "Domestic Water and Sewerage (Metering) Act 2019" })
        #expect(!water.contains { $0.type == .organization })
        let forests = confirmed("She steered the Woodland and Moor Management (Scotland) Act through Holyrood.")
        #expect(forests.contains { $0.type == .programme && $0.text.hasPrefix("Woodland and Moor Management") })
        #expect(!forests.contains { $0.type == .organization })
        let schools = confirmed("The Education (Free School Meals) Regulations set the rules for councils.")
        #expect(!schools.contains { $0.type == .organization })
    }

    @Test func twinsABodyBeforeABracketThatIsNoLaw() {
        // a body with its acronym in brackets stays a body
        let body = confirmed("The Tarnwell Water Authority (TWA) and the Marlow Housing Trust (MHT) agreed the plan.")
        #expect(body.contains { $0.type == .organization && $0.text == "Tarnwell Water Authority" })
        #expect(!body.contains { $0.type == .programme })
    }
}
