import Foundation

/// Drop-in replacements for Foundation's `range(of:)` and `contains(_:)` on strings, with the same results, for
/// the cue searches the relation and event rules make in every sentence (`lower.range(of: " took over ")`).
///
/// Foundation compares by canonical equivalence, one Unicode scalar at a time over the decomposed forms, which
/// costs as much as a normalisation per call; the texts are not normalised when read. For a pattern of ASCII
/// characters the search here is a byte search with two checks that make it give Foundation's answer on any text:
/// - a byte match is Foundation's match unless the scalar right after it (inside the searched range) is a
///   combining mark (canonical combining class other than 0), which would belong to the match's last character
///   in the decomposed form: `"café"` spelled `e` + U+0301 holds no `"cafe"` for Foundation, and none here;
/// - the only scalars whose decomposition is ASCII are U+037E (`;`), U+1FEF (`` ` ``) and U+212A (`K`): when the
///   pattern holds one of those three characters and the text one of those scalars, Foundation is asked.
/// - a pattern may also hold a few non-ASCII punctuation scalars that no canonical mapping touches
///   (``FastSearch/inertWideScalars``: `\u{2019}s ` is searched by bytes too);
/// - a case-insensitive search of an ASCII pattern in an ASCII text is a byte search with ASCII letters folded.
/// Any other case (a pattern with another non-ASCII character, a case-insensitive search reaching non-ASCII text,
/// options other than `.backwards` and `.caseInsensitive`, a string without contiguous UTF-8) is answered by
/// Foundation itself.
extension StringProtocol {
    /// `range(of:options:range:)` with the same result: the first (or, with `.backwards`, the last) range of
    /// `pattern` in the string, within `range` when given. `"took over the".fastRange(of: " over ")` spans
    /// bytes 4 to 10.
    public func fastRange<T: StringProtocol>(of pattern: T, options: String.CompareOptions = [],
                                             range: Range<Index>? = nil) -> Range<Index>? {
        if let found = FastSearch.search(self, pattern, options: options, range: range) { return found.range }
        return self.range(of: pattern, options: options, range: range)
    }

    /// `contains(_:)` (Foundation's, for a string argument) with the same result.
    public func fastContains<T: StringProtocol>(_ other: T) -> Bool {
        if let found = FastSearch.search(self, other, options: [], range: nil) { return found.range != nil }
        return self.contains(other)
    }
}

/// The same searches on the concrete types the rules call them on (a `String` or `Substring` searched for a
/// `String`), so that the byte search is compiled for them: called through `StringProtocol` from another module,
/// every step of it (the views, their indices, the contiguous storage) went through protocol witnesses, several
/// times the cost of the search itself. The answers are those of the generic functions, Foundation's included.
extension String {
    /// ``StringProtocol/fastRange(of:options:range:)`` for a `String` pattern.
    public func fastRange(of pattern: String, options: String.CompareOptions = [], range: Range<Index>? = nil) -> Range<Index>? {
        if let found = FastSearch.search(self, pattern, options: options, range: range) { return found.range }
        return FastSearch.foundationRange(self, pattern, options: options, range: range)
    }

    /// ``StringProtocol/fastContains(_:)`` for a `String` pattern.
    public func fastContains(_ other: String) -> Bool {
        if let found = FastSearch.search(self, other, options: [], range: nil) { return found.range != nil }
        return FastSearch.foundationContains(self, other)
    }
}

extension Substring {
    /// ``StringProtocol/fastRange(of:options:range:)`` for a `String` pattern.
    public func fastRange(of pattern: String, options: String.CompareOptions = [], range: Range<Index>? = nil) -> Range<Index>? {
        if let found = FastSearch.search(self, pattern, options: options, range: range) { return found.range }
        return FastSearch.foundationRange(self, pattern, options: options, range: range)
    }

    /// ``StringProtocol/fastContains(_:)`` for a `String` pattern.
    public func fastContains(_ other: String) -> Bool {
        if let found = FastSearch.search(self, other, options: [], range: nil) { return found.range != nil }
        return FastSearch.foundationContains(self, other)
    }
}

/// The byte search behind ``StringProtocol/fastRange(of:options:range:)``.
enum FastSearch {
    /// The answer of a byte search: `range` is nil when the pattern is not found. nil itself means the search
    /// cannot answer like Foundation and Foundation must be asked.
    struct Found<I: Comparable> { let range: Range<I>? }

    /// Foundation's `range(of:options:range:)`, called as the generic ``StringProtocol/fastRange(of:options:range:)``
    /// calls it (the concrete overloads hand their undecided cases here, so both ask the same function).
    static func foundationRange<S: StringProtocol, T: StringProtocol>(_ text: S, _ pattern: T, options: String.CompareOptions,
                                                                   range: Range<S.Index>?) -> Range<S.Index>? {
        text.range(of: pattern, options: options, range: range)
    }

    /// Foundation's `contains(_:)` for a string argument, as the generic ``StringProtocol/fastContains(_:)`` calls it.
    static func foundationContains<S: StringProtocol, T: StringProtocol>(_ text: S, _ other: T) -> Bool {
        text.contains(other)
    }

    static func search<S: StringProtocol, T: StringProtocol>(_ text: S, _ pattern: T, options: String.CompareOptions,
                                                          range: Range<S.Index>?) -> Found<S.Index>? {
        guard options.isSubset(of: [.backwards, .caseInsensitive]) else { return nil }
        let backwards = options.contains(.backwards), folding = options.contains(.caseInsensitive)
        let u = text.utf8
        let lo = range.map { u.distance(from: u.startIndex, to: $0.lowerBound) } ?? 0
        let hi = range.map { u.distance(from: u.startIndex, to: $0.upperBound) } ?? u.count
        // (the pattern's bytes are read where they lie: no copy of them per search)
        var length = 0
        let answer: Int??
        if let a = pattern.utf8.withContiguousStorageIfAvailable({ p -> Int?? in
            length = p.count
            return match(p, in: u, lo: lo, hi: hi, backwards: backwards, folding: folding)
        }) {
            answer = a
        } else {
            let bytes = Array(pattern.utf8)   // a bridged string
            length = bytes.count
            answer = bytes.withUnsafeBufferPointer { match($0, in: u, lo: lo, hi: hi, backwards: backwards, folding: folding) }
        }
        guard let offset = answer else { return nil }
        guard let at = offset else { return Found<S.Index>(range: nil) }
        let start = u.index(u.startIndex, offsetBy: lo + at)
        let end = u.index(start, offsetBy: length)
        return Found<S.Index>(range: start..<end)
    }

    /// The byte search of pattern `p` in bytes `lo..<hi` of `u`: the match's offset from `lo`, `.some(nil)` when
    /// there is none, and nil when Foundation must be asked (an empty pattern, a pattern with a non-ASCII scalar
    /// other than ``inertWideScalars``, a text without
    /// contiguous UTF-8, a match that may not end a character, one of the three ASCII-decomposing scalars).
    /// With `folding` (`.caseInsensitive`), only an ASCII pattern in an ASCII text is searched here (ASCII letters
    /// are all a case fold changes there); anything else is Foundation's.
    private static func match<U: Collection>(_ p: UnsafeBufferPointer<UInt8>, in u: U, lo: Int, hi: Int,
                                             backwards: Bool, folding: Bool) -> Int?? where U.Element == UInt8 {
        guard !p.isEmpty else { return nil }
        var special = false
        var wide = false
        for b in p {
            if b >= 0x80 { wide = true }
            if b == 0x3B || b == 0x60 || b == 0x4B { special = true }   // ; ` K
        }
        if wide && (folding || !holdsOnlyInertWideScalars(p)) { return nil }
        let answer: Int?? = u.withContiguousStorageIfAvailable { t -> Int?? in
            guard lo >= 0, hi <= t.count, lo <= hi else { return .none }
            let region = UnsafeBufferPointer(rebasing: t[lo..<hi])
            if folding {
                guard !region.contains(where: { $0 >= 0x80 }) else { return .none }
                return .some(foldedMatch(p, in: region, backwards: backwards))
            }
            if special && holdsASCIISingleton(region) { return .none }
            return .some(backwards ? lastMatch(p, in: region) : firstMatch(p, in: region))
        } ?? nil
        guard let offset = answer, offset != uncertain else { return nil }
        return .some(offset)
    }

    /// The non-ASCII scalars a pattern may hold and still be searched byte by byte: curly quotes and apostrophes,
    /// the en and em dashes, the ellipsis, the pound and euro signs and the no-break space. None has a canonical
    /// decomposition, none combines with the scalar before it, and none is part of another scalar's canonical
    /// decomposition (checked over all of Unicode 14), so a text holds one, for Foundation, exactly where its bytes
    /// are: `"Ann Reed\u{2019}s trust"` holds `"\u{2019}s "` at byte 8, and nowhere else. (Cues with a curly
    /// apostrophe, `\u{2019}s `, were asked of Foundation in every sentence: about 5% of a whole export.)
    static let inertWideScalars: Set<UInt32> = [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0xA3, 0x20AC, 0xA0]

    /// Whether every non-ASCII scalar of the pattern `p` (valid UTF-8) is one of ``inertWideScalars``.
    static func holdsOnlyInertWideScalars(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0xC2, b < 0xF0, let scalar = decodeScalar(p, at: i), inertWideScalars.contains(scalar.value) else { return false }
            i += b < 0xE0 ? 2 : 3
        }
        return true
    }

    /// Whether the text holds U+037E (CD BE), U+1FEF (E1 BF AF) or U+212A (E2 84 AA), the scalars that decompose
    /// to an ASCII character.
    static func holdsASCIISingleton(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = t.count
        while i < n {
            let b = t[i]
            if b == 0xCD, i + 1 < n, t[i + 1] == 0xBE { return true }
            if b == 0xE1, i + 2 < n, t[i + 1] == 0xBF, t[i + 2] == 0xAF { return true }
            if b == 0xE2, i + 2 < n, t[i + 1] == 0x84, t[i + 2] == 0xAA { return true }
            i += 1
        }
        return false
    }

    /// Whether a match ending at `end` stands, as far as a byte search can tell: true when the scalar after it
    /// (if any) surely starts a new character (a letter, punctuation, a space...), nil when it may join the
    /// match's last character (a mark, a joiner, a format or unassigned scalar, an emoji modifier, a
    /// half-width sound mark): then Foundation is asked.
    @inline(__always)
    static func endsCleanly(_ t: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool? {
        guard end < t.count, t[end] >= 0x80 else { return true }
        guard let scalar = decodeScalar(t, at: end) else { return nil }
        let p = scalar.properties
        if p.canonicalCombiningClass.rawValue != 0 || p.isGraphemeExtend || p.isEmojiModifier { return nil }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .unassigned, .privateUse, .surrogate, .modifierLetter:
            return nil
        default:
            return true
        }
    }

    /// The scalar whose UTF-8 starts at `i` (the text is valid UTF-8).
    static func decodeScalar(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        let b0 = UInt32(t[i])
        func cont(_ k: Int) -> UInt32 { i + k < t.count ? UInt32(t[i + k] & 0x3F) : 0 }
        let value: UInt32
        if b0 < 0xE0 { value = (b0 & 0x1F) << 6 | cont(1) }
        else if b0 < 0xF0 { value = (b0 & 0x0F) << 12 | cont(1) << 6 | cont(2) }
        else { value = (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3) }
        return Unicode.Scalar(value)
    }

    /// The answer of ``firstMatch(_:in:)`` or ``lastMatch(_:in:)`` that sends the search to Foundation.
    static let uncertain = -1

    /// The offset of the first match, nil when there is none, or `uncertain` when a match may not be one: the
    /// byte loop of ``ByteSearch``, then the check that the match ends where a character ends.
    static func firstMatch(_ p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !p.isEmpty, let i = ByteSearch.firstOffset(of: p, in: t, from: 0) else { return nil }
        return endsCleanly(t, i + p.count) == true ? i : uncertain
    }

    /// The offset of the first (or last) match of ASCII pattern `p` in ASCII text `t`, letters compared without
    /// case: `"Chair of the Board"` holds `" OF "` at byte 5.
    static func foldedMatch(_ p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, backwards: Bool) -> Int? {
        @inline(__always) func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let m = p.count, n = t.count
        guard n >= m else { return nil }
        func matches(at i: Int) -> Bool {
            var k = 0
            while k < m && fold(t[i + k]) == fold(p[k]) { k += 1 }
            return k == m
        }
        if backwards {
            var i = n - m
            while i >= 0 { if matches(at: i) { return i }; i -= 1 }
        } else {
            for i in 0...(n - m) where matches(at: i) { return i }
        }
        return nil
    }

    /// The offset of the last match, nil when there is none, or `uncertain` when a match may not be one.
    static func lastMatch(_ p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Int? {
        let m = p.count, n = t.count
        guard n >= m else { return nil }
        let first = p[0]
        var i = n - m
        while i >= 0 {
            if t[i] == first {
                var k = 1
                while k < m && t[i + k] == p[k] { k += 1 }
                if k == m { return endsCleanly(t, i + m) == true ? i : uncertain }
            }
            i -= 1
        }
        return nil
    }
}
