extension Substring {
    /// The substring's UTF-8 bytes, `Array(utf8)`, copied from the contiguous storage where they lie: the generic
    /// copy of a substring's view walks it index by index, several times the cost for a sentence. A substring of
    /// a bridged string (no contiguous storage) is copied the generic way. `"Ann Reed left"[...].utf8Bytes` →
    /// `[0x41, 0x6E, ...]`.
    public var utf8Bytes: [UInt8] {
        utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(utf8)
    }
}
