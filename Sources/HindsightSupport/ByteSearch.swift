#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Whether `text`, read with its ASCII capitals as small letters (`A`–`Z` → `a`–`z`, every other byte as it
    /// is), holds `lowercasePattern` (ASCII small letters and punctuation): `"Ann Reed SAID..."` holds `"said"`,
    /// `"Ann Reed sa\u{00CF}d"` does not. One pass over the bytes, no copy: a cheap test before a dearer reading
    /// of a sentence that can only succeed when the word is there.
    @inlinable
    public static func containsFoldingASCII<Bytes: Collection>(_ text: Bytes, _ lowercasePattern: StaticString) -> Bool
        where Bytes.Element == UInt8 {
        let m = lowercasePattern.utf8CodeUnitCount
        guard m > 0 else { return true }
        return lowercasePattern.withUTF8Buffer { p -> Bool in
            let first = p[0]
            var i = text.startIndex
            while i != text.endIndex {
                if fold(text[i]) == first {
                    var j = text.index(after: i), k = 1
                    while k < m, j != text.endIndex, fold(text[j]) == p[k] { j = text.index(after: j); k += 1 }
                    if k == m { return true }
                }
                i = text.index(after: i)
            }
            return false
        }
    }

    /// Whether some word of `text` is one of `words`, a word being a longest run of ASCII small letters and hyphens
    /// (`a`–`z`, `-`): every other byte (a space, a digit, a capital, punctuation, any byte of a non-ASCII
    /// character) ends a word. `"took in three bodies: a, b"` holds `"bodies"`; `"somebodies"` and `"bodies2"`
    /// do not. Only runs as long as some member are looked up (a short string is built for those, no copy of the
    /// text): a cheap test that a rule reading such a word can apply, before a dearer reading of the sentence.
    public static func containsLowercaseWord(_ text: [UInt8], in words: Set<String>, lengths: ClosedRange<Int>) -> Bool {
        let n = text.count
        var i = 0
        while i < n {
            let b = text[i]
            guard (b >= 0x61 && b <= 0x7A) || b == 0x2D else { i += 1; continue }
            var j = i + 1
            while j < n, (text[j] >= 0x61 && text[j] <= 0x7A) || text[j] == 0x2D { j += 1 }
            if lengths.contains(j - i), words.contains(String(decoding: text[i..<j], as: UTF8.self)) { return true }
            i = j
        }
        return false
    }

    /// The last byte of `text` above `0x20` (that is, neither a space nor an ASCII control character), or nil when
    /// there is none: `"Ann Reed said...  \n"` gives `.` (0x2E), `"He wrote:\t"` gives `:`, `"\u{2026}"` gives
    /// 0xA6 (the ellipsis' last byte: a byte from 0x80 up belongs to a non-ASCII character). A cheap test of how a
    /// text ends before a dearer trim: trimming white space (Foundation's `.whitespacesAndNewlines`) removes no
    /// ASCII byte above 0x20, so when this byte is ASCII the trimmed text's last character ends with it or with a
    /// control character after it.
    @inlinable
    public static func lastByteAboveSpace<Bytes: BidirectionalCollection>(_ text: Bytes) -> UInt8? where Bytes.Element == UInt8 {
        var i = text.endIndex
        while i != text.startIndex {
            i = text.index(before: i)
            if text[i] > 0x20 { return text[i] }
        }
        return nil
    }

    /// A byte with ASCII `A`–`Z` made `a`–`z`.
    @inlinable @inline(__always)
    public static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The one search loop (``FastSearch`` runs it too): `memchr` (a vector scan in the C library) finds each
    /// place the pattern's first byte other than a space stands (most cue phrases open with a space, and a
    /// sentence has a space every few bytes), then the whole pattern is compared there. The same answer as a
    /// byte by byte loop, faster on the sentences and passages the rules search.
    public static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                   from start: Int) -> Int? {
        let m = pattern.count
        guard m > 0 else { return start <= text.count ? start : nil }
        guard start >= 0, text.count - start >= m, let base = text.baseAddress else { return nil }
        var a = 0   // the anchor: the first byte of the pattern that is not a space
        while a < m - 1, pattern[a] == 0x20 { a += 1 }
        let anchor = Int32(pattern[a])
        let last = text.count - m
        var i = start
        while i <= last {
            guard let hit = memchr(base + i + a, anchor, last - i + 1) else { return nil }
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) - a
            var k = 0
            while k < m && base[i + k] == pattern[k] { k += 1 }
            if k == m { return i }
            i += 1
        }
        return nil
    }
}
