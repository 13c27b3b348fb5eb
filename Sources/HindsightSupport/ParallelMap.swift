import Foundation

/// Maps an array on several threads, keeping the order of the input. Used by every stage that works one
/// document at a time.
public enum ParallelMap {
    /// The number of threads to use when the user does not say: the machine's active processors.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `items.map(transform)`, computed on `threads` threads. `progress` is called with (done, total) from
    /// worker threads.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], threads: Int,
                                                     progress: (@Sendable (Int, Int) -> Void)? = nil,
                                                     _ transform: @Sendable (T) -> U) -> [U] {
        let n = items.count
        if n == 0 { return [] }
        let workers = max(1, min(threads, n))
        if workers == 1 {
            var out: [U] = []
            out.reserveCapacity(n)
            for (i, item) in items.enumerated() {
                out.append(transform(item))
                progress?(i + 1, n)
            }
            return out
        }
        let box = ResultBox<U>(count: n)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = box.claim() {
                let value = transform(items[i])
                let done = box.store(value, at: i)
                progress?(done, n)
            }
        }
        return box.values()
    }
}

/// Thread-safe storage of results by index, handing out the next index to each worker.
private final class ResultBox<U>: @unchecked Sendable {
    private var slots: [U?]
    private var next = 0
    private var done = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: U, at i: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
        done += 1
        return done
    }

    func values() -> [U] { slots.map { $0! } }
}
