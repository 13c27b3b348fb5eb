import Testing
@testable import Extraction

/// How an acronym that no cue types is used: acting (a possessor, the subject of a reporting verb, after `from the`),
/// a mere noun (`the WHA is`), or neither (a modifier, a measure, initials). Sentences and bodies are made up.
private func cue(of surface: String, in text: String) -> MentionCue? {
    EntityRecognizer(knowledge: .empty).recognize(text: text).first { $0.mention.text == surface }?.mention.cue
}

@Suite("Acronyms used as nouns")
struct AcronymUseTests {
    @Test func actingAcronymsAreMarked() {
        #expect(cue(of: "WHA", in: "Last spring WHA announced a review of rents.") == .candidateAcronymActor)
        #expect(cue(of: "WHA", in: "The plan needs WHA's backing before May.") == .candidateAcronymActor)
        #expect(cue(of: "WHA", in: "Tenants got a letter from the WHA about repairs.") == .candidateAcronymActor)
        #expect(cue(of: "DfHW", in: "A grant came from the DfHW.") == .candidateAcronymActor)
    }

    @Test func nounUsesAreWeaker() {
        #expect(cue(of: "WHA", in: "Nobody knows whether the WHA is ready.") == .candidateAcronymNoun)
        #expect(cue(of: "WHA", in: "Both the WHA and the council were there.") == .candidateAcronymNoun)
        // a two-letter acronym after `with the` only heads a noun phrase
        #expect(cue(of: "TQ", in: "Staff keep in touch with the TQ. It helps.") == .candidateAcronymNoun)
    }

    @Test func modifiersMeasuresAndPluralsAreNotNouns() {
        // a modifier of the next noun
        #expect(cue(of: "WHA", in: "Nobody read the WHA grant rules.") == .candidateAcronym)
        // a measure
        #expect(cue(of: "GDP", in: "Output fell and the GDP was lower.") != .candidateAcronymNoun)
        #expect(cue(of: "GDP", in: "Last year GDP said nothing new.") != .candidateAcronymActor)
        // a roman numeral, a plural written with an apostrophe
        #expect(cue(of: "XIV", in: "Nobody read the XIV.") != .candidateAcronymNoun)
        #expect(cue(of: "TQ", in: "We phone TQ's by the hour.") == .candidateAcronym)
    }
}
