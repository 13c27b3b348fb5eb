/// A name found by ``PassageScanner`` before document-level resolution.
struct RawMention: Sendable {
    enum Shape: Sendable, Equatable {
        /// A knowledge-base name.
        case knowledge(record: Int)
        /// A person with a first name and surname (`Ruth Wilson`, `Marcus De Souza`).
        case fullName
        /// `Mr De Souza`, `Lord Ashworth`: a surname after an honorific.
        case titledSurname
        /// `Dame Judith`: a first name after an honorific.
        case titledFirstName
        /// `R Wilson`.
        case initialSurname
        /// A lone given name (`Amy`): kept only when the document names the person in full.
        case firstName
        /// A lone capitalised word with no cue (`Wilson`, `Marlow`).
        case bareWord
        /// An unknown acronym (`CJS`).
        case acronym
        /// A capitalised run of several words with no cue (`Blue Heron`).
        case unknownRun
        /// A name typed by a cue (organization suffix, role phrase, acronym definition...).
        case typed
    }

    var shape: Shape
    var type: EntityType
    /// Token indices in the passage, `[start, end)`.
    var start: Int
    var end: Int
    /// UTF-8 range in the passage text.
    var bytes: Range<Int>
    /// Surface text.
    var text: String
    /// The name without honorific (`De Souza` for `Mr De Souza`), possessive removed.
    var name: String
    var cue: MentionCue
    var role: String?
    /// 0-based line within the passage.
    var line: Int
    var sentenceStart: Bool
    /// Name parts for persons (no honorific).
    var nameWords: [String] = []
    var honorific: String?
    /// Context evidence for an untyped name: votes for person and organization, and whether one is strong
    /// (a speech verb, `, who`, `, which`, a plural verb).
    var personVotes = 0
    var orgVotes = 0
    var strongVote = false
}

/// `Long Name (LN)` or `LN (Long Name)` found in a passage.
struct AcronymDefinition: Sendable {
    var acronym: String
    var longName: String
    var type: EntityType
    var record: Int?
}
