import Testing
@testable import Extraction

/// One list of irregular past forms: the relation reader's (``VerbLexicon/irregularPast``), which the temporal
/// tagger's past cues contain but for the two it documents.
@Suite("Verb lexicon: past forms")
struct VerbLexiconTests {
    /// The code the temporal tagger gives one word.
    static func lex(_ word: String) -> Lex {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { TemporalTokenizer.tokenize($0).first?.lex ?? .none }
    }

    @Test("Every irregular past form is a past cue of the temporal tagger, but `set` and `put`")
    func irregularPastFormsArePastCues() {
        for w in VerbLexicon.irregularPast.subtracting(["set", "put"]) {
            #expect(Self.lex(w).isPastCue, "\(w)")
        }
        #expect(Self.lex("set") == .set)
        #expect(!Self.lex("put").isPastCue)
    }

    @Test("A past verb by its form", arguments: [
        ("drafted", true), ("took", true), ("led", true), ("broke", true), ("fed", true), ("need", false), ("speed", false),
        ("red", false), ("drafts", false), ("takes", false),
    ])
    func pastByForm(_ w: String, _ past: Bool) {
        #expect(VerbLexicon.isPast(w) == past)
    }

    @Test("An `-ed` form can be asked to be longer than three letters; an irregular form is past at any length")
    func shortestEd() {
        #expect(!VerbLexicon.isPast("fed", shortestEd: 4))
        #expect(VerbLexicon.isPast("led", shortestEd: 4))
        #expect(VerbLexicon.isPast("voted", shortestEd: 4))
    }
}
