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

    /// Membership, money and workload nouns after an acronym, and what one joins, name a body even when the
    /// acronym is used only once.
    @Test func institutionalUsesTypeAnAcronymOnce() {
        #expect(cue(of: "TWU", in: "The TWU union balloted drivers in March.") == .orgNoun)
        #expect(cue(of: "HRTS", in: "Cases piled up in the HRTS backlog that winter.") == .orgNoun)
        #expect(cue(of: "NAWT", in: "Most NAWT members voted to strike.") == .orgNoun)
        #expect(cue(of: "NAWT", in: "She joined NAWT after her first year.") == .orgNoun)
        #expect(cue(of: "RCMW", in: "He rejoined the RCMW, for the pension.") == .orgNoun)
        // must not fire: a measure, a roman numeral, two letters, a noun that is no membership or budget
        #expect(cue(of: "FTE", in: "The FTE budget was cut again.") != .orgNoun)
        #expect(cue(of: "XIV", in: "Nobody joined XIV in the end.") != .orgNoun)
        #expect(cue(of: "TQ", in: "The TQ backlog keeps growing.") != .orgNoun)
        #expect(cue(of: "WHA", in: "Nobody read the WHA grant rules.") != .orgNoun)
    }
}
