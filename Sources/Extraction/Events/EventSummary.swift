/// Short summaries of events: the clause around a date rather than the whole paragraph.
public enum EventSummary {
    /// The longest summary kept, in characters.
    public static let maxLength = 220

    /// The clause of `sentence` around the byte offset `offset`: the sentence itself when short, else the
    /// stretch between clause marks (`;`, ` – `, `:`), widened to at least a few words, clipped with an ellipsis.
    public static func clause(of sentence: Substring, around offset: Int) -> String {
        let s = String(sentence)
        if s.count <= maxLength { return s }
        let bytes = Array(s.utf8)
        let at = min(max(0, offset), bytes.count)
        var start = at
        while start > 0 {
            if bytes[start - 1] == 0x3B || bytes[start - 1] == 0x3A { break }
            if at - start > 160 { break }
            start -= 1
        }
        var end = at
        while end < bytes.count {
            if bytes[end] == 0x3B || bytes[end] == 0x3A { break }
            if end - start > maxLength - 3 { break }
            end += 1
        }
        // Do not cut inside a multi-byte character or a word.
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end > start, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        var clause = String(decoding: bytes[start..<end], as: UTF8.self)
        clause = clause.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return (start > 0 ? "…" : "") + clause + (end < bytes.count ? "…" : "")
    }
}
