/// A name found in a passage.
public struct EntityMention: Hashable, Sendable {
    /// The exact surface text (`Mr De Souza`, `MoJ`, `Fielding’s` without the possessive: `Fielding`).
    public var text: String
    /// UTF-8 byte offsets of `text` in the passage that was scanned.
    public var utf8Range: Range<Int>
    public var type: EntityType
    /// The best canonical name known at passage level (`Anne Fielding` for `Fearless Fielding`, `De Souza` for
    /// `Mr De Souza` until the document gives a first name).
    public var canonicalName: String
    /// The id of the knowledge-base record it matched, if any.
    public var knowledgeID: String?
    /// Which cue found it (``MentionCue``), for explaining and debugging.
    public var cue: MentionCue
    /// A role stated next to the name (`health secretary`, `general secretary of the nurses' union`), when the text gives one.
    public var role: String?

    public init(text: String, utf8Range: Range<Int>, type: EntityType, canonicalName: String,
                knowledgeID: String? = nil, cue: MentionCue, role: String? = nil) {
        self.text = text
        self.utf8Range = utf8Range
        self.type = type
        self.canonicalName = canonicalName
        self.knowledgeID = knowledgeID
        self.cue = cue
        self.role = role
    }
}
