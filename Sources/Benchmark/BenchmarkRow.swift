/// One stage's figures in a benchmark report.
public struct BenchmarkRow: Sendable, Equatable {
    /// The stage's name, e.g. `read+segment` or `read→graph (pipeline)`.
    public var name: String
    /// Threads the stage ran on.
    public var threads: Int
    /// Wall-clock seconds of the fastest run (infinite until the stage has run).
    public var seconds: Double
    /// Processor time (user and system, all threads) of the fastest run.
    public var cpuSeconds: Double
    /// Whether the stage's work grows with the input (throughput is then meaningful).
    public var perInput: Bool
    /// The process's high-water mark in KiB after the stage's first run.
    public var peakKB: Int
    /// A remark on the stage (for the map: what it drew, or why it failed).
    public var note: String

    public init(name: String, threads: Int, seconds: Double = .infinity, cpuSeconds: Double = .infinity,
                perInput: Bool = true, peakKB: Int = 0, note: String = "") {
        self.name = name
        self.threads = threads
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.perInput = perInput
        self.peakKB = peakKB
        self.note = note
    }

    /// Megabytes (10⁶ bytes) of input per second, or nil when the stage does not scale with the input or
    /// took no measurable time.
    public func megabytesPerSecond(inputBytes: Int) -> Double? {
        perInput && seconds > 0 ? Double(inputBytes) / 1e6 / seconds : nil
    }
}
