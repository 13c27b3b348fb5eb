import Corpus

/// A set of passage kinds in one byte (a `Set<PassageKind>` is a heap allocation; the event merger keeps one per
/// event).
struct PassageKinds: Sendable, Equatable {
    private var bits: UInt8 = 0

    init() {}

    private static func bit(_ k: PassageKind) -> UInt8 {
        switch k {
        case .body: return 1
        case .comment: return 2
        case .quoted: return 4
        }
    }

    func contains(_ k: PassageKind) -> Bool { bits & Self.bit(k) != 0 }

    mutating func insert(_ k: PassageKind) { bits |= Self.bit(k) }

    mutating func formUnion(_ o: PassageKinds) { bits |= o.bits }

    var isEmpty: Bool { bits == 0 }
}
