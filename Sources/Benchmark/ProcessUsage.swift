import Foundation

/// What the process has used so far, from `getrusage(RUSAGE_SELF)`.
public struct ProcessUsage: Sendable, Equatable {
    /// The peak resident set size so far (the high-water mark), in KiB.
    public var peakKB: Int
    /// The processor time used so far, user and system, every thread, in seconds.
    public var cpuSeconds: Double

    public init(peakKB: Int, cpuSeconds: Double) {
        self.peakKB = peakKB
        self.cpuSeconds = cpuSeconds
    }

    /// The process's usage now.
    public static func current() -> ProcessUsage {
        var u = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        let cpu = Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec)
            + Double(u.ru_stime.tv_usec) / 1e6
        return ProcessUsage(peakKB: Int(u.ru_maxrss), cpuSeconds: cpu)
    }
}
