import Foundation

extension String {
    /// `replacingOccurrences(of:with:)` that first looks for the target's bytes and returns the text itself when they
    /// are absent, so the common case costs one byte scan instead of Foundation's copy through NSString. Rules
    /// normalise typography in every sentence (a curly apostrophe to a straight one, a no-break space to a space),
    /// and most sentences hold neither: `"the trust’s chair".replacingPresent("\u{2019}", with: "'")` replaces,
    /// `"the trust's chair"` comes back untouched.
    ///
    /// Only for targets no other text is canonically equivalent to (curly quotes, U+00A0, such characters followed by
    /// ASCII): then Foundation can find a match only where the target's bytes are, and the result is Foundation's
    /// own either way.
    public func replacingPresent(_ target: String, with replacement: String) -> String {
        ByteSearch.contains(self, target) ? replacingOccurrences(of: target, with: replacement) : self
    }
}
