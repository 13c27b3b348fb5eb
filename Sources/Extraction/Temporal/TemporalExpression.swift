import Corpus

/// A temporal expression found in a passage: its exact text, where it stands, and its resolved value.
public struct TemporalExpression: Hashable, Sendable {
    /// The exact surface text (`last October`, `15 January 2016`).
    public var text: String
    /// UTF-8 byte offsets of `text` in the passage that was tagged.
    public var utf8Range: Range<Int>
    /// The resolved value, or `nil` when the expression is relative and no reference date was available.
    public var value: TemporalValue?
    /// Whether resolving it needed a reference date (the post's date or an earlier date in the passage).
    public var isRelative: Bool
    /// Whether that reference date was itself inferred (a page with no dateline).
    public var referenceInferred: Bool
    /// Whether it is a bare year used as an adjective (`the 2019 intake`, `a 2016 report`): it says which thing
    /// is meant, not that something happened then. Set by the tagger, read by the timeline's importance.
    public var isYearModifier: Bool

    public init(text: String, utf8Range: Range<Int>, value: TemporalValue?, isRelative: Bool, referenceInferred: Bool = false,
                isYearModifier: Bool = false) {
        self.text = text
        self.utf8Range = utf8Range
        self.value = value
        self.isRelative = isRelative
        self.referenceInferred = referenceInferred
        self.isYearModifier = isYearModifier
    }
}
