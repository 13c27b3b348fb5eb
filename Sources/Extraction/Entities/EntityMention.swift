/// A name found in a passage.
public struct EntityMention: Hashable, Sendable {
    /// The exact surface text (`Mr Le Vay`, `MoJ`, `Grayling’s` without the possessive: `Grayling`).
    public var text: String
    /// UTF-8 byte offsets of `text` in the passage that was scanned.
    public var utf8Range: Range<Int>
    public var type: EntityType
    /// The best canonical name known at passage level (`Chris Grayling` for `Failing Grayling`, `Le Vay` for
    /// `Mr Le Vay` until the document gives a first name).
    public var canonicalName: String
    /// The id of the knowledge-base record it matched, if any.
    public var knowledgeID: String?
    /// Which cue found it (`knowledge`, `honorific`, `role-phrase`, `org-suffix`, `acronym-definition`,
    /// `capitalised`, ...), for explaining and debugging.
    public var cue: String
    /// A role stated next to the name (`justice secretary`, `general secretary of Napo`), when the text gives one.
    public var role: String?

    public init(text: String, utf8Range: Range<Int>, type: EntityType, canonicalName: String,
                knowledgeID: String? = nil, cue: String, role: String? = nil) {
        self.text = text
        self.utf8Range = utf8Range
        self.type = type
        self.canonicalName = canonicalName
        self.knowledgeID = knowledgeID
        self.cue = cue
        self.role = role
    }
}
