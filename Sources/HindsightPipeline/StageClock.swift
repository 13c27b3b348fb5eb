/// The seconds each stage of a run took, measured lap by lap: `lap("read")` closes the stage that ran since the
/// clock started or since the last lap. Both pipelines (with and without a store) time their stages with it.
public struct StageClock: Sendable {
    /// The stages closed so far, in order.
    public private(set) var timings: [(stage: String, seconds: Double)] = []
    private var last = ContinuousClock.now

    public init() {}

    /// Closes the stage `stage` now.
    public mutating func lap(_ stage: String) {
        let now = ContinuousClock.now
        let d = now - last
        timings.append((stage, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
        last = now
    }

    /// A run's progress callback, told (stage, done, total), narrowed to one stage: what the corpus reader and
    /// ``ParallelMap`` call with (done, total). Nil when there is no callback.
    public static func progress(_ progress: (@Sendable (String, Int, Int) -> Void)?, stage: String)
        -> (@Sendable (Int, Int) -> Void)?
    {
        guard let progress else { return nil }
        return { done, total in progress(stage, done, total) }
    }
}
