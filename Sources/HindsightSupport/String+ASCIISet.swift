/// Finding the first of a few ASCII punctuation characters (`.`, `;`, `,`...) in a text by its bytes, with the answer
/// of `firstIndex(where: { ".;".contains($0) })`, which walks the text `Character` by `Character`.
///
/// A byte of such a character is that character whenever the bytes on either side of it are ASCII (no ASCII
/// character joins another but `\r\n`); when one is not (a combining mark after a `.` makes another character),
/// the `Character` walk answers.
extension String {
    /// `firstIndex(where: { characters.contains($0) })` for ASCII `characters`: `"Reed, the chair; ..."
    /// .firstIndex(ofAnyASCII: ";.")` is the index of `;`.
    public func firstIndex(ofAnyASCII characters: String) -> Index? {
        var copy = self
        switch copy.withUTF8({ ASCIISet.first(of: characters, in: $0) }) {
        case .found(let k): return utf8.index(utf8.startIndex, offsetBy: k)
        case .absent: return nil
        case .undecided: return firstIndex(where: { characters.contains($0) })
        }
    }

    /// `prefix { !characters.contains($0) }` for ASCII `characters`: the text up to the first of them.
    public func prefix(beforeAnyASCII characters: String) -> Substring {
        self[..<(firstIndex(ofAnyASCII: characters) ?? endIndex)]
    }
}

extension Substring {
    /// ``Swift/String/firstIndex(ofAnyASCII:)`` for a substring.
    public func firstIndex(ofAnyASCII characters: String) -> Index? {
        let answer = utf8.withContiguousStorageIfAvailable { ASCIISet.first(of: characters, in: $0) } ?? .undecided
        switch answer {
        case .found(let k): return utf8.index(utf8.startIndex, offsetBy: k)
        case .absent: return nil
        case .undecided: return firstIndex(where: { characters.contains($0) })
        }
    }

    /// ``Swift/String/prefix(beforeAnyASCII:)`` for a substring.
    public func prefix(beforeAnyASCII characters: String) -> Substring {
        self[..<(firstIndex(ofAnyASCII: characters) ?? endIndex)]
    }
}

enum ASCIISet {
    enum Answer { case found(Int), absent, undecided }

    static func first(of characters: String, in bytes: UnsafeBufferPointer<UInt8>) -> Answer {
        var set = (UInt64(0), UInt64(0))
        for b in characters.utf8 {
            guard b < 0x80, b != 0x0D, b != 0x0A else { return .undecided }
            if b < 64 { set.0 |= 1 << UInt64(b) } else { set.1 |= 1 << UInt64(b - 64) }
        }
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            guard b < 0x80, b < 64 ? set.0 & (1 << UInt64(b)) != 0 : set.1 & (1 << UInt64(b - 64)) != 0 else { continue }
            let before = i == 0 || bytes[i - 1] < 0x80
            let after = i + 1 == n || bytes[i + 1] < 0x80
            return before && after ? .found(i) : .undecided
        }
        return .absent
    }
}
