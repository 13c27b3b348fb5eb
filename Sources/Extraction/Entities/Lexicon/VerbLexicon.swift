/// Verb forms told by their shape, lowercase.
enum VerbLexicon {
    /// Verbs in the past tense without `-ed` that open a verb phrase: `took evidence from the agency and attacked
    /// it`, `gave way`, `set out its plans`, `broke that link`. The temporal tagger's past cues (``Lex``, `was` … `promised` and `lost`
    /// … `withdrew`) are the documented superset of this list, but for `set` (a future cue there: `is set to open`)
    /// and `put`; a test keeps the two in step.
    static let irregularPast: Set<String> = ["took", "gave", "made", "held", "heard", "wrote", "went", "sent", "set", "met",
                                             "saw", "told", "said", "found", "brought", "put", "ran", "began", "kept", "led", "broke"]

    /// Words in `-ed` that are no verbs: `red`, `need`, `speed`, `bed`.
    static let edNonVerbs: Set<String> = ["red", "need", "speed", "bed"]

    /// Whether a lower-case word is a verb in the past by its form: `-ed` (not a word of ``edNonVerbs``) or one of
    /// ``irregularPast``. `shortestEd`: the fewest letters an `-ed` form must have (`4` leaves out `fed`, `wed`).
    static func isPast(_ w: String, shortestEd: Int = 0) -> Bool {
        (w.hasSuffix("ed") && w.count >= shortestEd && !edNonVerbs.contains(w)) || irregularPast.contains(w)
    }
}
