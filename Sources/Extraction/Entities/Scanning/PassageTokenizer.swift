/// Splits a passage into ``TextToken``s in one pass over its UTF-8 bytes.
///
/// No regular expressions and no Foundation: the scan is linear, decodes UTF-8 by hand and classifies
/// scalars with the Unicode properties of the standard library.
enum PassageTokenizer {
    static func tokenize(_ text: String) -> [TextToken] {
        tokenize(bytes: Array(text.utf8))
    }

    /// ``tokenize(_:)`` of a text given as its UTF-8 bytes (a caller that keeps the bytes hands them over
    /// rather than having them copied twice).
    static func tokenize(bytes: [UInt8]) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        let urlRanges = urlLikeRanges(bytes)
        var urlIndex = 0
        var i = 0
        var line = 0
        var sawSpace = true
        let n = bytes.count

        while i < n {
            let (scalar, width) = decode(bytes, i)
            if scalar == "\n" {
                tokens.append(TextToken(kind: .newline, start: i, end: i + 1, text: "\n", lower: "\n", line: line))
                line += 1
                i += 1
                sawSpace = true
                continue
            }
            if isSpace(scalar) {
                i += width
                sawSpace = true
                continue
            }
            if isLetter(scalar) || isDigit(scalar) {
                let start = i
                var j = i
                var letters = 0, uppers = 0, digits = 0
                var firstUpper = false
                var first = true
                var possessiveAt: Int? = nil
                while j < n {
                    let (s, w) = decode(bytes, j)
                    if isLetter(s) {
                        letters += 1
                        let up = isUpper(s)
                        if up { uppers += 1 }
                        if first { firstUpper = up }
                    } else if isDigit(s) {
                        digits += 1
                    } else if isApostrophe(s) {
                        // Inner apostrophe: possessive `'s` ends the word; otherwise keep it if a letter follows.
                        let k = j + w
                        guard k < n else { break }
                        let (s2, w2) = decode(bytes, k)
                        if s2 == "s" || s2 == "S" {
                            let k2 = k + w2
                            let after: Unicode.Scalar? = k2 < n ? decode(bytes, k2).0 : nil
                            if after == nil || !(isLetter(after!) || isDigit(after!)) {
                                possessiveAt = j
                                break
                            }
                        }
                        if isLetter(s2) { j = k; first = false; continue }
                        break
                    } else if isHyphen(s) || s == "&" {
                        let k = j + w
                        guard k < n, !first else { break }
                        let (s2, _) = decode(bytes, k)
                        if s == "&" {
                            // Q&A, M&S, P&O: ampersand between capitals without spaces.
                            if isUpper(s2) && firstUpper && uppers == letters { j = k; continue }
                            break
                        }
                        if isLetter(s2) || isDigit(s2) { j = k; first = false; continue }
                        break
                    } else {
                        break
                    }
                    first = false
                    j += w
                }
                let end = possessiveAt ?? j
                let (surface, lower) = wordStrings(bytes, start, end)
                var t = TextToken(kind: .word, start: start, end: end, text: surface,
                                  lower: lower, line: line)
                t.isCapitalised = firstUpper
                t.letterCount = letters
                t.upperCount = uppers
                t.isAllCaps = letters >= 1 && uppers == letters
                t.hasDigit = digits > 0
                t.isNumber = letters == 0
                t.spaceBefore = sawSpace
                tokens.append(t)
                sawSpace = false
                if let p = possessiveAt {
                    // `'s` / `’s`
                    let (_, aw) = decode(bytes, p)
                    let pend = p + aw + 1
                    tokens.append(TextToken(kind: .possessive, start: p, end: pend,
                                            text: String(decoding: bytes[p..<pend], as: UTF8.self), lower: "'s", line: line))
                    i = pend
                } else {
                    i = j
                }
                continue
            }
            // Trailing apostrophe after an `s`-word: `NHS'`, `Marlow'` — a possessive.
            if isApostrophe(scalar), let last = tokens.last, last.kind == .word, last.end == i,
               last.lower.hasSuffix("s") {
                let next: Unicode.Scalar? = i + width < n ? decode(bytes, i + width).0 : nil
                if next == nil || !isLetter(next!) {
                    tokens.append(TextToken(kind: .possessive, start: i, end: i + width,
                                            text: String(decoding: bytes[i..<(i + width)], as: UTF8.self),
                                            lower: "'", line: line))
                    i += width
                    sawSpace = false
                    continue
                }
            }
            let surface = String(decoding: bytes[i..<(i + width)], as: UTF8.self)
            // an ASCII mark has no capitals: its lower-case form is itself (``foldLower(_:)``)
            var t = TextToken(kind: .punct, start: i, end: i + width, text: surface,
                              lower: bytes[i] < 0x41 || (bytes[i] > 0x5A && bytes[i] < 0x80) ? surface : foldLower(surface),
                              line: line)
            t.spaceBefore = sawSpace
            tokens.append(t)
            sawSpace = false
            i += width
        }

        // URL flags and sentence starts.
        var prevSig: Int? = nil
        for k in tokens.indices {
            while urlIndex < urlRanges.count && urlRanges[urlIndex].upperBound <= tokens[k].start { urlIndex += 1 }
            if urlIndex < urlRanges.count && urlRanges[urlIndex].contains(tokens[k].start) {
                tokens[k].inURL = true
            }
            let kind = tokens[k].kind
            if kind == .punct && isQuoteLike(punctScalar(bytes, tokens[k])) { continue }
            if kind == .word {
                tokens[k].sentenceStart = startsSentence(after: prevSig, in: tokens, bytes: bytes)
            }
            prevSig = k
        }
        markDottedNames(&tokens)
        return tokens
    }

    /// `Vote.UK`, `Fix.NHS`: a word of two letters or more, a dot and a word in capitals of two letters or more,
    /// with no space on either side of the dot, are one name written with a dot, never two names: both words are
    /// flagged ``TextToken/inURL`` (never a name), so the acronym after the dot is not read as the known body
    /// that shares it. Initials (`J.K.`) have one letter a part, and a sentence run on without a space
    /// (`fined.Then`) has no capitals after the dot; both are left alone.
    static func markDottedNames(_ tokens: inout [TextToken]) {
        guard tokens.count >= 3 else { return }
        for k in 1..<(tokens.count - 1) where tokens[k].kind == .punct && tokens[k].text == "." && !tokens[k].spaceBefore {
            let a = k - 1, b = k + 1
            guard tokens[a].kind == .word, tokens[b].kind == .word, !tokens[b].spaceBefore, tokens[a].line == tokens[b].line,
                  tokens[a].letterCount >= 2, tokens[b].letterCount >= 2, tokens[b].isAllCaps else { continue }
            tokens[a].inURL = true
            tokens[b].inURL = true
        }
    }

    /// The scalar of a punctuation token (one scalar; U+FFFD for a byte that is not UTF-8), read from the bytes
    /// rather than from its text, so that the hot loop hashes no strings.
    @inline(__always)
    static func punctScalar(_ bytes: [UInt8], _ t: TextToken) -> UInt32 {
        decode(bytes, t.start).0.value
    }

    /// Quotes, brackets and emphasis marks, passed over when looking for the token before a word:
    /// `"` `“` `”` `'` `‘` `’` `(` `[` `{` `*` `_` `«` `»` `>`.
    @inline(__always)
    static func isQuoteLike(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x201C, 0x201D, 0x27, 0x2018, 0x2019, 0x28, 0x5B, 0x7B, 0x2A, 0x5F, 0xAB, 0xBB, 0x3E: return true
        default: return false
        }
    }

    /// Marks after which a word starts a sentence: `.` `!` `?` `:` `…` `•` `·` `|` `;`.
    @inline(__always)
    static func isSentenceEnder(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x2026, 0x2022, 0xB7, 0x7C, 0x3B: return true
        default: return false
        }
    }

    /// Bullet marks at the start of a line: `-` `–` `—` `~` `=` `#`.
    @inline(__always)
    static func isDash(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x2013, 0x2014, 0x7E, 0x3D, 0x23: return true
        default: return false
        }
    }

    static func startsSentence(after prev: Int?, in tokens: [TextToken], bytes: [UInt8]) -> Bool {
        guard let p = prev else { return true }
        switch tokens[p].kind {
        case .newline: return true
        case .possessive, .word: return false
        case .punct:
            let v = punctScalar(bytes, tokens[p])
            if isSentenceEnder(v) { return true }
            if isDash(v) {
                // A bullet dash at the start of a line.
                var q = p - 1
                while q >= 0, tokens[q].kind == .punct, isDash(punctScalar(bytes, tokens[q])) { q -= 1 }
                return q < 0 || tokens[q].kind == .newline
            }
            return false
        }
    }

    // MARK: - URLs

    /// Byte ranges of whitespace-delimited chunks that look like URLs, e-mail addresses or domain names.
    static func urlLikeRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
            let start = i
            while i < n, !(bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D) { i += 1 }
            if i > start, looksLikeURL(bytes[start..<i]) { out.append(start..<i) }
        }
        return out
    }

    static let domainMarks: [[UInt8]] = ["://", "www.", ".com", ".co.uk", ".org", ".net", ".gov", ".ac.uk",
                                         ".html", ".htm", ".pdf", ".php", ".io/", ".uk/", "@"].map { Array($0.utf8) }

    static func looksLikeURL(_ chunk: ArraySlice<UInt8>) -> Bool {
        guard chunk.count >= 5, mayHoldDomainMark(chunk) else { return false }
        for mark in domainMarks where containsFolded(chunk, mark) {
            if mark.count == 1 && mark[0] == 0x40 {
                // an e-mail address needs a dot after the @
                if let at = chunk.firstIndex(of: 0x40), chunk[at...].contains(0x2E) { return true }
                continue
            }
            return true
        }
        return false
    }

    /// Whether a chunk can hold one of ``domainMarks``: a `:` or `@`, a `.` with at least three bytes after it
    /// (`.com`, `.org`, `.co.uk`), or a `.` after `www`. Most words (`months.`, `however,`) hold none and are
    /// rejected in one pass, without searching for each mark.
    @inline(__always)
    static func mayHoldDomainMark(_ chunk: ArraySlice<UInt8>) -> Bool {
        let start = chunk.startIndex, end = chunk.endIndex
        var i = start
        while i < end {
            let b = chunk[i]
            if b == 0x3A || b == 0x40 { return true }
            if b == 0x2E {
                if i + 4 <= end { return true }
                if i - 3 >= start, chunk[i - 3] | 0x20 == 0x77, chunk[i - 2] | 0x20 == 0x77, chunk[i - 1] | 0x20 == 0x77 {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// Whether `hay`, read with ASCII capitals lowered, contains `needle` (lowercase).
    static func containsFolded(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        @inline(__always) func low(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
        var i = hay.startIndex
        while i + needle.count <= hay.endIndex {
            if low(hay[i]) == needle[0] {
                var ok = true
                for k in 1..<needle.count where low(hay[i + k]) != needle[k] { ok = false; break }
                if ok { return true }
            }
            i += 1
        }
        return false
    }

    // MARK: - Scalars

    @inline(__always)
    static func decode(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let n = b.count
        if b0 >= 0xC2 && b0 < 0xE0, i + 1 < n {
            let v = (UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 >= 0xE0 && b0 < 0xF0, i + 2 < n {
            let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if b0 >= 0xF0 && b0 < 0xF5, i + 3 < n {
            let v = (UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                | UInt32(b[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
        }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// A word's text and ``foldLower(_:)`` of it, made from its bytes: for an ASCII word the lower-case form is
    /// the text itself when it has no capitals and else its bytes with the capitals lowered, as ``foldLower(_:)``
    /// makes it, without reading the text back from the new string; any other word goes through ``foldLower(_:)``.
    @inline(__always)
    static func wordStrings(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (String, String) {
        bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[start..<end])
            let surface = String(decoding: b, as: UTF8.self)
            var ascii = true, hasUpper = false
            for c in b {
                if c >= 0x80 { ascii = false; break }
                if c >= 0x41 && c <= 0x5A { hasUpper = true }
            }
            guard ascii else { return (surface, foldLower(surface)) }
            guard hasUpper else { return (surface, surface) }
            let lower = String(unsafeUninitializedCapacity: b.count) { out in
                for k in 0..<b.count { let c = b[k]; out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                return b.count
            }
            return (surface, lower)
        }
    }

    static func foldLower(_ s: String) -> String {
        var ascii = true
        var hasUpper = false
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        if ascii {
            guard hasUpper else { return s }
            // ASCII: lower the capitals byte by byte, straight into the new string's storage.
            let n = s.utf8.count
            return String(unsafeUninitializedCapacity: n) { buffer in
                var k = 0
                for b in s.utf8 {
                    buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    k += 1
                }
                return n
            }
        }
        let out = s.lowercased()
        if out.unicodeScalars.contains("\u{2019}") {
            return String(String.UnicodeScalarView(out.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return out
    }
}
