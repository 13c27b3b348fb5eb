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
