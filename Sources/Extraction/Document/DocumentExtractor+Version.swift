extension DocumentExtractor {
    /// The version of what the extractor reads from a document. Raise it with any change of the rules that
    /// can change an extraction: stores (`--store`) keep it beside each document's extraction and extract a
    /// document again when it differs. (A new build of Hindsight invalidates a store as well; this version
    /// also covers a store read by a build that cannot tell.)
    public static let version = 21
}
