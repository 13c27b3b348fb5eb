/// Finding a run of bytes in UTF-8 text, without Foundation. `String.range(of:)` and `contains` from Foundation go
/// through NSString and UTF-16 with locale-aware comparison; asked for dozens of cue phrases in every sentence,
/// they were most of an export's time. The rules that use this search lower-cased text for plain ASCII phrases
/// ("criticised", " took over "), where a byte match is the match a reader means.
public enum ByteSearch {
    /// The byte offset of the first occurrence of `pattern` in `text` at or after `start`, or nil:
    /// `firstOffset(of: Array(" over ".utf8), in: Array("took over the".utf8))` is 4.
    public static func firstOffset(of pattern: [UInt8], in text: [UInt8], from start: Int = 0) -> Int? {
        text.withUnsafeBufferPointer { t in pattern.withUnsafeBufferPointer { p in firstOffset(of: p, in: t, from: start) } }
    }

    /// Whether `text` holds `part`, byte for byte.
    public static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in part.withUTF8 { p in firstOffset(of: p, in: t, from: 0) != nil } }
    }

    /// The one search loop: the first byte of the pattern, then the rest (``FastSearch`` runs it too).
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                            from start: Int) -> Int? {
        let m = pattern.count
        guard m > 0 else { return start <= text.count ? start : nil }
        guard start >= 0, text.count - start >= m else { return nil }
        let first = pattern[0]
        var i = start
        let last = text.count - m
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < m && text[i + k] == pattern[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return nil
    }
}
