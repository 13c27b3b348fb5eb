import Corpus

/// A day, or none, in 32 bits: its number of days since 1970-01-01 (``CalendarDay/dayNumber``), `Int32.min` for
/// none. Ordered as the days are. Every edge keeps two (first and last seen): packed, they take 8 bytes instead
/// of 64.
struct PackedDay: Hashable, Sendable {
    private let raw: Int32

    init(_ day: CalendarDay?) {
        raw = day.map { Int32(clamping: $0.dayNumber) } ?? .min
    }

    var day: CalendarDay? { raw == .min ? nil : CalendarDay(dayNumber: Int(raw)) }
}

/// The rarely set parts of an edge: how the text qualifies it (`former`) and when it held (`start`, `end`).
/// Only some stated relations have any; boxed, the many edges without them (mentions, co-occurrence,
/// participation) keep one empty pointer instead of three optional strings (8 bytes instead of 48). Immutable,
/// so that copies of an edge can share it; compared by value.
final class EdgeDetails: Hashable, Sendable {
    let qualifier: String?
    let start: String?
    let end: String?

    /// The details, or `nil` when all three are `nil`.
    static func make(qualifier: String?, start: String?, end: String?) -> EdgeDetails? {
        guard qualifier != nil || start != nil || end != nil else { return nil }
        return EdgeDetails(qualifier: qualifier, start: start, end: end)
    }

    private init(qualifier: String?, start: String?, end: String?) {
        self.qualifier = qualifier
        self.start = start
        self.end = end
    }

    static func == (a: EdgeDetails, b: EdgeDetails) -> Bool {
        a === b || (a.qualifier == b.qualifier && a.start == b.start && a.end == b.end)
    }

    func hash(into h: inout Hasher) {
        h.combine(qualifier)
        h.combine(start)
        h.combine(end)
    }
}

extension Optional where Wrapped == EdgeDetails {
    /// The details with one part changed.
    func with(qualifier: String?) -> EdgeDetails? { EdgeDetails.make(qualifier: qualifier, start: self?.start, end: self?.end) }
    func with(start: String?) -> EdgeDetails? { EdgeDetails.make(qualifier: self?.qualifier, start: start, end: self?.end) }
    func with(end: String?) -> EdgeDetails? { EdgeDetails.make(qualifier: self?.qualifier, start: self?.start, end: end) }
}
