/// A small, fast, seedable pseudo-random number generator (Steele, Lea and Flood's SplitMix64).
///
/// The generator never draws from the system's entropy: the same seed gives the same sequence on every
/// machine and every run, which is what makes a generated corpus reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// An independent stream for item `index` of a run seeded with `seed`, so that items can be generated in any
    /// order (and on any number of threads) with the same result.
    public static func stream(seed: UInt64, index: UInt64) -> SplitMix64 {
        SplitMix64(seed: mix(seed ^ mix(index &+ 0x6A09_E667_F3BC_C909)))
    }

    /// The SplitMix64 finaliser: a bijective scrambling of 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension RandomNumberGenerator {
    /// A uniform integer in `0..<bound` (`bound` > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }

    /// A uniform integer in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < p
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
