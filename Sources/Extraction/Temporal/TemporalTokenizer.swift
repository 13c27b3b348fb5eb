/// One token of a passage for the temporal tagger: a word, a number or a punctuation mark, with its UTF-8
/// byte range and what the tagger needs to know about it without looking at the bytes again.
struct TemporalToken {
    enum Kind: UInt8 {
        case word, number, punct
        @inline(__always) static func == (a: Kind, b: Kind) -> Bool { a.rawValue == b.rawValue }
        @inline(__always) static func != (a: Kind, b: Kind) -> Bool { a.rawValue != b.rawValue }
    }

    /// Flags.
    static let capitalized: UInt8 = 1
    static let ordinal: UInt8 = 4        // `1st`, `25th`
    static let url: UInt8 = 8            // inside a URL
    static let spaceBefore: UInt8 = 16   // whitespace between this token and the previous one
    static let newlineBefore: UInt8 = 32 // a line break between this token and the previous one
    static let abbreviation: UInt8 = 64  // `Jan`, `Sept`, `Fri`
    static let nonASCII: UInt8 = 128     // a word with non-ASCII letters

    /// Punctuation codes beyond ASCII.
    static let dash: UInt8 = 0x80        // en or em dash
    static let otherPunct: UInt8 = 0x81
    static let currency: UInt8 = 0x82    // £, €, $

    var start: Int32
    var end: Int32
    /// Numbers: their value (-1 when longer than nine digits); punctuation: its code.
    var payload: Int32
    /// For words, their lexicon code.
    var lex: Lex
    var kind: Kind
    var flags: UInt8

    @inline(__always)
    init(start: Int, end: Int, payload: Int32, lex: Lex, kind: Kind, flags: UInt8) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.payload = payload
        self.lex = lex
        self.kind = kind
        self.flags = flags
    }

    /// For numbers, their value.
    @inline(__always) var value: Int32 { payload }
    /// For punctuation, its code (`'` also stands for `’`, `"` for curly quotes, `.` for `…`); for numbers,
    /// their digit count; for words, their length in bytes (capped at 255).
    @inline(__always) var code: UInt8 {
        switch kind {
        case .punct: return UInt8(truncatingIfNeeded: payload)
        case .number: return UInt8(truncatingIfNeeded: min(255, Int(end - start) - (flags & TemporalToken.ordinal != 0 ? 2 : 0)))
        case .word: return UInt8(truncatingIfNeeded: min(255, Int(end - start)))
        }
    }

    @inline(__always) func has(_ f: UInt8) -> Bool { flags & f != 0 }
    @inline(__always) var isWord: Bool { kind == .word }
    @inline(__always) var isNumber: Bool { kind == .number }
    @inline(__always) var isPunct: Bool { kind == .punct }
    @inline(__always) var gapless: Bool { flags & TemporalToken.spaceBefore == 0 }
    @inline(__always) var isCapitalized: Bool { flags & TemporalToken.capitalized != 0 }
}

/// Splits UTF-8 bytes into ``TemporalToken``s in one pass.
enum TemporalTokenizer {
    /// Byte classes: 0 other punctuation, 1 space, 2 newline, 3 digit, 4 upper, 5 lower, 6 non-ASCII.
    @inline(__always)
    static func byteClass(_ b: UInt8) -> UInt8 {
        if b &- 0x61 < 26 { return 5 }
        if b == 0x20 { return 1 }
        if b &- 0x41 < 26 { return 4 }
        if b &- 0x30 < 10 { return 3 }
        if b >= 0x80 { return 6 }
        if b == 0x0A { return 2 }
        if b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { return 1 }
        return 0
    }

    /// Tokenizes `p`.
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>) -> [TemporalToken] {
        tokenizeMarking(p).tokens
    }

    /// Tokenizes `p` and lists the tokens that can start an expression (numbers, apostrophes, words that
    /// ``Lex/starters`` names), each with the index of the first token of its line, as pairs.
    static func tokenizeMarking(_ p: UnsafeBufferPointer<UInt8>) -> (tokens: [TemporalToken], marks: [Int32]) {
        let n = p.count
        var marks: [Int32] = []
        let tokens = [TemporalToken](unsafeUninitializedCapacity: n + 1) { buffer, initializedCount in
            marks = [Int32](unsafeUninitializedCapacity: 2 * (n + 1)) { m, markCount in
                (initializedCount, markCount) = fill(p, into: buffer.baseAddress!, marks: m.baseAddress!)
            }
        }
        return (tokens, marks)
    }

    /// Writes the tokens of `p` to `out` (room for `p.count + 1` tokens) and returns their count.
    private static func fill(_ p: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<TemporalToken>,
                             marks: UnsafeMutablePointer<Int32>) -> (Int, Int) {
        let n = p.count
        var count = 0
        var markCount = 0
        var lineStart = 0
        let starters = Lex.starters
        let lexicon = TemporalLexicon.shared
        let keys = lexicon.keys, lengths = lexicon.lengths, codes = lexicon.codes
        var gap: UInt8 = TemporalToken.spaceBefore  // the start counts as a gap
        var urlEnd = -1
        var i = 0

        @inline(__always) func isSpaceAt(_ k: Int) -> Bool {
            let c = byteClass(p[k])
            return c == 1 || c == 2
        }

        /// Writes a punctuation token of `width` bytes at `i` (an apostrophe is marked as a possible start)
        /// and moves past it.
        @inline(__always) func punct(_ code: UInt8, width: Int) {
            var flags = gap
            if i < urlEnd { flags |= TemporalToken.url }
            if gap & TemporalToken.newlineBefore != 0 { lineStart = count }
            (out + count).initialize(to: TemporalToken(start: i, end: i + width, payload: Int32(code), lex: .none, kind: .punct, flags: flags))
            count += 1
            if code == 0x27 {
                marks[markCount] = Int32(truncatingIfNeeded: count - 1)
                marks[markCount + 1] = Int32(truncatingIfNeeded: lineStart)
                markCount += 2
            }
            gap = 0
            i += width
        }

        while i < n {
            let b = p[i]
            let c = byteClass(b)
            switch c {
            case 1:
                gap |= TemporalToken.spaceBefore
                i += 1
                continue
            case 2:
                gap |= TemporalToken.spaceBefore | TemporalToken.newlineBefore
                i += 1
                continue
            case 3:
                var j = i
                var v: Int64 = 0
                while j < n && p[j] &- 0x30 < 10 {
                    if v < 1_000_000_000 { v = v * 10 + Int64(p[j] &- 0x30) }
                    j += 1
                }
                let digits = j - i
                var flags = gap
                var end = j
                // ordinal suffix: 1st 2nd 3rd 25th, also glued to a capitalised word (`25thJanuary`)
                if j + 1 < n {
                    let s0 = p[j] | 0x20, s1 = p[j + 1] | 0x20
                    let isSuffix = (s0 == 0x73 && s1 == 0x74) || (s0 == 0x6E && s1 == 0x64)
                        || (s0 == 0x72 && s1 == 0x64) || (s0 == 0x74 && s1 == 0x68)
                    if isSuffix && (p[j] | 0x20) &- 0x61 < 26 && (p[j + 1] | 0x20) &- 0x61 < 26
                        && (j + 2 == n || p[j + 2] &- 0x61 >= 26) {
                        flags |= TemporalToken.ordinal
                        end = j + 2
                    }
                }
                if i < urlEnd { flags |= TemporalToken.url }
                if gap & TemporalToken.newlineBefore != 0 { lineStart = count }
                (out + count).initialize(to: TemporalToken(start: i, end: end, payload: digits > 9 ? -1 : Int32(v),
                                                          lex: .none, kind: .number, flags: flags))
                count += 1
                marks[markCount] = Int32(truncatingIfNeeded: count - 1)
                marks[markCount + 1] = Int32(truncatingIfNeeded: lineStart)
                markCount += 2
                gap = 0
                i = end
                continue
            case 0:
                // $ and # both mark a non-year
                punct(b == 0x24 || b == 0x23 ? TemporalToken.currency : b, width: 1)
                continue
            default:
                break
            }
            // Non-ASCII punctuation and spaces.
            if b == 0xE2 && i + 2 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x82) {
                let b2 = p[i + 2]
                var code = TemporalToken.otherPunct
                if p[i + 1] == 0x82 {
                    code = b2 == 0xAC ? TemporalToken.currency : TemporalToken.otherPunct
                } else {
                    switch b2 {
                    case 0x93, 0x94, 0x95, 0x92: code = TemporalToken.dash
                    case 0x98, 0x99, 0x9B: code = 0x27
                    case 0x9C, 0x9D, 0x9E: code = 0x22
                    case 0xA6: code = 0x2E
                    case 0xA2: code = 0x2A
                    case 0x80...0x8B, 0xAF:  // spaces of various widths
                        gap |= TemporalToken.spaceBefore
                        i += 3
                        continue
                    case 0xA8, 0xA9:  // line and paragraph separators
                        gap |= TemporalToken.spaceBefore | TemporalToken.newlineBefore
                        i += 3
                        continue
                    default: code = TemporalToken.otherPunct
                    }
                }
                punct(code, width: 3)
                continue
            }
            if b == 0xC2 && i + 1 < n {
                let b1 = p[i + 1]
                if b1 == 0xA0 {
                    gap |= TemporalToken.spaceBefore
                    i += 2
                    continue
                }
                if b1 == 0xA3 || b1 == 0xA5 || b1 == 0xAB || b1 == 0xBB || b1 == 0xA7 || b1 == 0xB0 {
                    let code: UInt8 = (b1 == 0xA3 || b1 == 0xA5) ? TemporalToken.currency
                        : (b1 == 0xAB || b1 == 0xBB) ? 0x22 : TemporalToken.otherPunct
                    punct(code, width: 2)
                    continue
                }
            }
            // A word: ASCII letters and other non-ASCII characters.
            if gap != 0 || i == 0 {
                // URL start: http:, https:, www.
                if (b | 0x20) == 0x68 && i + 5 < n && (p[i + 1] | 0x20) == 0x74 && (p[i + 2] | 0x20) == 0x74
                    && (p[i + 3] | 0x20) == 0x70 && (p[i + 4] == 0x3A || ((p[i + 4] | 0x20) == 0x73 && p[i + 5] == 0x3A)) {
                    var k = i
                    while k < n && !isSpaceAt(k) { k += 1 }
                    urlEnd = k
                } else if (b | 0x20) == 0x77 && i + 3 < n && (p[i + 1] | 0x20) == 0x77 && (p[i + 2] | 0x20) == 0x77
                    && p[i + 3] == 0x2E {
                    var k = i
                    while k < n && !isSpaceAt(k) { k += 1 }
                    urlEnd = k
                }
            }
            var j = i
            var key: UInt64 = 0
            var nonASCII = false
            var slow = true
            if i + 8 <= n {
                // Eight bytes at a time: find where the letters stop and get the lower-cased key at once.
                let chunk = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    let x = chunk | 0x2020_2020_2020_2020
                    let atLeastA = x &+ 0x1F1F_1F1F_1F1F_1F1F
                    let pastZ = x &+ 0x0505_0505_0505_0505
                    let nonLetters = ~(atLeastA & ~pastZ) & 0x8080_8080_8080_8080
                    if nonLetters != 0 {
                        let len = nonLetters.trailingZeroBitCount >> 3
                        j = i &+ len
                        key = x & ((1 << UInt64(len &* 8)) &- 1)
                        slow = false
                    } else {
                        key = x
                        j = i &+ 8
                    }
                }
            }
            if slow {
                while j < n {
                    let bj = p[j]
                    let lower = bj | 0x20
                    if lower &- 0x61 < 26 {
                        let k = j &- i
                        if k < 8 { key |= UInt64(lower) << (8 * UInt64(k)) }
                        j &+= 1
                    } else if bj >= 0x80 {
                        if bj == 0xE2 && j + 1 < n && (p[j + 1] == 0x80 || p[j + 1] == 0x82) { break }
                        if bj == 0xC2 && j + 1 < n {
                            let b1 = p[j + 1]
                            if b1 == 0xA0 || b1 == 0xA3 || b1 == 0xA5 || b1 == 0xAB || b1 == 0xBB || b1 == 0xA7
                                || b1 == 0xB0 { break }
                        }
                        nonASCII = true
                        j &+= 1
                    } else {
                        break
                    }
                }
            }
            let letters = j - i
            var flags = gap
            if i < urlEnd { flags |= TemporalToken.url }
            if b &- 0x41 < 26 { flags |= TemporalToken.capitalized }
            var lex = Lex.none
            if nonASCII {
                flags |= TemporalToken.nonASCII
            } else if letters <= 13 {
                var s = TemporalLexicon.slot(key)
                while true {
                    let k = keys[s]
                    if k == 0 { break }
                    if k == key && Int(lengths[s]) == letters {
                        if letters <= 8 || lexicon.tailMatches(slot: s, p, from: i) {
                            lex = codes[s]
                            if lexicon.abbreviated[s] { flags |= TemporalToken.abbreviation }
                        }
                        break
                    }
                    s = (s + 1) & TemporalLexicon.mask
                }
            }
            if gap & TemporalToken.newlineBefore != 0 { lineStart = count }
                (out + count).initialize(to: TemporalToken(start: i, end: j, payload: 0, lex: lex, kind: .word, flags: flags))
            count += 1
            if Int(lex.rawValue) < 512 && starters[Int(lex.rawValue)] {
                marks[markCount] = Int32(truncatingIfNeeded: count - 1)
                marks[markCount + 1] = Int32(truncatingIfNeeded: lineStart)
                markCount += 2
            }
            gap = 0
            i = j
        }
        return (count, markCount)
    }
}

extension TemporalLexicon {
    /// Whether the word at `from` spells the long lexeme in `slot` (the first eight letters already match).
    @inline(__always)
    func tailMatches(slot: Int, _ p: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        let t = tails[slot]
        if t.isEmpty { return true }
        var k = 8
        while k < t.count {
            if p[from + k] | 0x20 != t[k] { return false }
            k += 1
        }
        return true
    }
}
