/// Collects the benchmark's rows in the order stages first run, keeping each stage's fastest run.
struct StageRecorder {
    private(set) var rows: [BenchmarkRow] = []
    private var index: [String: Int] = [:]

    /// Runs `work` once, timing it, and folds the result into the stage's row.
    mutating func record(_ name: String, threads: Int, perInput: Bool = true, note: String = "",
                         _ work: () throws -> Void) rethrows {
        let cpuStart = ProcessUsage.current().cpuSeconds
        let start = ContinuousClock.now
        try work()
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let cpu = ProcessUsage.current().cpuSeconds - cpuStart
        let i: Int
        if let known = index[name] {
            i = known
        } else {
            i = rows.count
            index[name] = i
            rows.append(BenchmarkRow(name: name, threads: threads, perInput: perInput))
        }
        if seconds < rows[i].seconds {
            rows[i].seconds = seconds
            rows[i].cpuSeconds = cpu
        }
        // The high-water mark after the stage's first run (later runs would only repeat the largest so far).
        if rows[i].peakKB == 0 { rows[i].peakKB = ProcessUsage.current().peakKB }
        if !note.isEmpty { rows[i].note = note }
    }

    /// Replaces the note of a stage that has run.
    mutating func setNote(_ note: String, for name: String) {
        if let i = index[name] { rows[i].note = note }
    }
}
