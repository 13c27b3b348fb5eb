import Corpus

/// An ``EntityMention`` with its place in a ``Document``: post, passage, kind and source line.
///
/// Mentions whose `mention.cue` is a candidate cue (``MentionCue/isCandidate``) are tentative: a lone capitalised word or an unknown
/// acronym that the document alone cannot type. ``EntityResolver`` (GraphModel) keeps them only when the
/// corpus or the knowledge base confirms them, and assigns `nil` otherwise.
public struct LocatedMention: Sendable, Hashable {
    /// Index in `document.posts`.
    public var post: Int
    /// Index in `post.allPassages`.
    public var passage: Int
    public var kind: PassageKind
    /// 1-based source line of the mention's first character.
    public var line: Int
    /// The mention; its `utf8Range` is inside that passage's `text`.
    public var mention: EntityMention

    public init(post: Int, passage: Int, kind: PassageKind, line: Int, mention: EntityMention) {
        self.post = post
        self.passage = passage
        self.kind = kind
        self.line = line
        self.mention = mention
    }

    /// Whether the mention still needs corpus-level confirmation (see the type's documentation).
    public var isCandidate: Bool { mention.cue.isCandidate }
}
