extension String {
    /// Right-aligned in `n` columns (never cut): `"7".leftPadded(3)` is `"  7"`.
    public func leftPadded(_ n: Int) -> String {
        count >= n ? self : String(repeating: " ", count: n - count) + self
    }

    /// Left-aligned in `n` columns; a string already as wide gets one space after it, so that columns never
    /// touch: `"person".padded(8)` is `"person  "`.
    public func padded(_ n: Int) -> String {
        count >= n ? self + " " : self + String(repeating: " ", count: n - count)
    }
}
