import Foundation
import HindsightSupport

extension ParallelMap {
    /// ``map(_:threads:progress:_:)`` that takes the items over: `items` is empty on return, and each item is
    /// released as soon as it has been transformed (not when the whole map ends), so that a large input (every
    /// document's text) and its results are never held at once in full. Example: the pipeline extracts each
    /// document and drops its text there and then.
    static func map<T: Sendable, U: Sendable>(consuming items: inout [T], threads: Int,
                                              progress: (@Sendable (Int, Int) -> Void)? = nil,
                                              _ transform: @Sendable (T) -> U) -> [U] {
        let taken = TakenItems(items)
        items = []
        return map(Array(0..<taken.count), threads: threads, progress: progress) { i in transform(taken.take(i)) }
    }
}

/// Items handed out once each, by index, and forgotten as they go.
private final class TakenItems<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(_ items: [T]) { slots = items.map { $0 } }

    var count: Int { slots.count }

    func take(_ i: Int) -> T {
        lock.lock(); defer { lock.unlock() }
        let item = slots[i]!
        slots[i] = nil
        return item
    }
}
