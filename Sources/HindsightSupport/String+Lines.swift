extension String {
    /// The text's lines, the same slices as `split(separator: "\n", omittingEmptySubsequences: false)`, cut at the
    /// newline bytes instead of walking the text `Character` by `Character`: `"a\n\nb"` → `a`, ``, `b`.
    ///
    /// A newline is a character of its own (Unicode breaks characters before and after it) except right after a
    /// carriage return, where `\r\n` is one character that the `Character` split does not cut: it is not cut here
    /// either.
    public func lineSlices() -> [Substring] {
        var text = self
        let cuts: [Int] = text.withUTF8 { bytes in
            var out: [Int] = []
            for i in bytes.indices where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) { out.append(i) }
            return out
        }
        let u = utf8
        var lines: [Substring] = []
        lines.reserveCapacity(cuts.count + 1)
        var start = u.startIndex
        for cut in cuts {
            let end = u.index(u.startIndex, offsetBy: cut)
            lines.append(self[start..<end])
            start = u.index(after: end)
        }
        lines.append(self[start..<u.endIndex])
        return lines
    }
}

extension String {
    /// `split(separator:omittingEmptySubsequences:)` for an ASCII separator other than a newline or a carriage
    /// return, cut at its bytes when the whole text is ASCII (every character is then one byte: the same slices
    /// as the `Character` split, without walking the text by `Character`); any other text goes to that split.
    /// `"chair of the board".splitASCII(separator: " ")` → `chair`, `of`, `the`, `board`.
    public func splitASCII(separator: Character, omittingEmptySubsequences: Bool = true) -> [Substring] {
        guard let sep = separator.asciiValue, sep != 0x0A, sep != 0x0D else {
            return split(separator: separator, omittingEmptySubsequences: omittingEmptySubsequences)
        }
        var text = self
        let cuts: [Int]? = text.withUTF8 { bytes in
            var out: [Int] = []
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if b == sep { out.append(i) }
            }
            return out
        }
        guard let cuts else { return split(separator: separator, omittingEmptySubsequences: omittingEmptySubsequences) }
        let u = utf8
        var parts: [Substring] = []
        parts.reserveCapacity(cuts.count + 1)
        var start = 0
        for cut in cuts + [u.count] {
            if cut > start || !omittingEmptySubsequences {
                parts.append(self[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: cut)])
            }
            start = cut + 1
        }
        return parts
    }
}
