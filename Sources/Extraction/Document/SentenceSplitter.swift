/// Splits a passage into sentences on UTF-8 bytes: at `.`, `!` or `?` followed by white space and not after
/// a common abbreviation (`Mr.`, `Dr.`, `St.`) or an initial, and at line ends.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The byte ranges of the sentences of `text`, leading and trailing white space excluded.
    public func sentences(in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        text.utf8.withContiguousStorageIfAvailable { buf in
            result = split(buf)
        } ?? {
            result = split(Array(text.utf8).withUnsafeBufferPointer { $0 })
        }()
        return result
    }

    private func split(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = b.count
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, isSpace(b[s]) { s += 1 }
            while e > s, isSpace(b[e - 1]) { e -= 1 }
            if e > s { out.append(s..<e) }
        }
        while i < n {
            let c = b[i]
            if c == 0x0A {
                emit(i)
                start = i + 1
            } else if (c == 0x2E || c == 0x21 || c == 0x3F), i + 1 < n, isSpace(b[i + 1]) || b[i + 1] == 0x0A {
                if c != 0x2E || !isAbbreviation(b, dotAt: i) {
                    emit(i + 1)
                    start = i + 1
                }
            }
            i += 1
        }
        emit(n)
        return out
    }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

    /// `Mr.`, `Mrs.`, `Ms.`, `Dr.`, `St.`, `No.`, `vs.`, `e.g.`, single capital initials (`J. Smith`).
    private func isAbbreviation(_ b: UnsafeBufferPointer<UInt8>, dotAt i: Int) -> Bool {
        var s = i
        while s > 0, isLetter(b[s - 1]) { s -= 1 }
        let len = i - s
        if len == 1, b[s] >= 0x41, b[s] <= 0x5A { return true }
        // `e.g.` and `i.e.`: the letter before this dot follows another dotted letter.
        if len == 1, s >= 2, b[s - 1] == 0x2E, isLetter(b[s - 2]), s == 2 || !isLetter(b[s - 3]) {
            let pair = (b[s - 2] | 0x20, b[s] | 0x20)
            if pair == (0x65, 0x67) || pair == (0x69, 0x65) { return true }
        }
        guard len >= 2, len <= 3 else { return false }
        var word = ""
        for k in s..<i { word.append(Character(Unicode.Scalar(b[k] | 0x20))) }
        return ["mr", "mrs", "ms", "dr", "st", "no", "vs", "eg", "ie", "etc", "rt", "hon", "cf"].contains(word)
    }

    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
