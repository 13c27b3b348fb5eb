/// Short summaries of events: the clause around a date rather than the whole paragraph.
public enum EventSummary {
    /// The longest summary kept, in characters.
    public static let maxLength = 220

    /// The clause of `sentence` around the byte offset `offset`: the sentence itself when short, else the
    /// stretch between clause marks (`;`, ` – `, `:`), widened to at least a few words, clipped with an ellipsis.
    public static func clause(of sentence: Substring, around offset: Int) -> String {
        let utf8 = sentence.utf8
        let total = utf8.count
        // Characters are never more than bytes: a short sentence is kept whole without counting.
        if total <= maxLength || (total <= 4 * maxLength && sentence.count <= maxLength) { return String(sentence) }
        // Only a window around the date is read, so that a long sentence with many dates costs little per date.
        let at0 = min(max(0, offset), total)
        let lo = max(0, at0 - 170)
        let hi = min(total, lo + 170 + maxLength + 8)
        let bytes = Array(utf8[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)])
        let at = at0 - lo
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
        // Do not cut inside a word (nor so inside a multi-byte character): a cut that is no clause mark moves to
        // the nearest space towards the date, unless the date's own word runs to the edge.
        func isBreak(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x3B || b == 0x3A }
        if lo + start > 0, !isBreak(bytes[start - 1]), start < bytes.count, !isBreak(bytes[start]) {
            var k = start
            while k < at, !isBreak(bytes[k]) { k += 1 }
            if k < at { start = k }
        }
        if lo + end < total, end > 0, !isBreak(bytes[end - 1]), end < bytes.count, !isBreak(bytes[end]) {
            var k = end
            while k > max(at, start), !isBreak(bytes[k - 1]) { k -= 1 }
            if k > max(at, start) { end = k }
        }
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end > start, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        var clause = String(decoding: bytes[start..<end], as: UTF8.self)
        clause = clause.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return (lo + start > 0 ? "…" : "") + clause + (lo + end < total ? "…" : "")
    }

    /// The longest text kept as an event's whole sentence, in UTF-8 bytes. Past this a "sentence" is a run of
    /// text with no sentence marks (a list, a table flattened into one line), not a sentence.
    public static let maxSentenceBytes = 2000

    /// The sentence an event carries: `sentence` itself, never cut, unless it is longer than
    /// ``maxSentenceBytes``; then the stretch of whole words within 500 bytes either side of the date, marked
    /// with ellipses.
    public static func sentence(_ sentence: Substring, around offset: Int) -> String? {
        let utf8 = sentence.utf8
        let total = utf8.count
        guard total > maxSentenceBytes else { return nil }
        let at = min(max(0, offset), total)
        var lo = max(0, at - 500), hi = min(total, at + 500)
        let bytes = Array(utf8[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)])
        var start = 0, end = bytes.count
        if lo > 0 { while start < at - lo, bytes[start] != 0x20 { start += 1 } }
        if hi < total { while end > at - lo, bytes[end - 1] != 0x20 { end -= 1 } }
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        lo += start
        hi = lo + (end - start)
        return (lo > 0 ? "…" : "") + text + (hi < total ? "…" : "")
    }
}
