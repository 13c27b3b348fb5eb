/// A set of integers that keeps up to two members inline and only beyond that a hashed `Set`: most of the
/// event merger's sets (the posts, the posts' own text and the sentences telling an event) hold one or two
/// members, and a `Set` of one member is a heap allocation of about a hundred bytes. Answers as a `Set` does;
/// costs stay linear (a third member moves them all into the hashed set).
struct SmallIntSet: Sendable {
    private var first: Int64 = 0
    private var second: Int64 = 0
    /// Members held inline (0, 1 or 2); unused once ``spilled`` holds them.
    private var inline: UInt8 = 0
    private var spilled: Set<Int64>?

    init() {}

    init(_ member: Int64) {
        first = member
        inline = 1
    }

    var count: Int { spilled?.count ?? Int(inline) }

    var isEmpty: Bool { count == 0 }

    func contains(_ x: Int64) -> Bool {
        if let spilled { return spilled.contains(x) }
        return (inline >= 1 && first == x) || (inline == 2 && second == x)
    }

    /// Inserts `x`; `true` when it was not a member yet.
    @discardableResult
    mutating func insert(_ x: Int64) -> Bool {
        if spilled != nil { return spilled!.insert(x).inserted }
        if contains(x) { return false }
        switch inline {
        case 0: first = x; inline = 1
        case 1: second = x; inline = 2
        default: spilled = [first, second, x]
        }
        return true
    }

    /// Calls `body` with each member (in no particular order).
    func forEach(_ body: (Int64) -> Void) {
        if let spilled {
            for x in spilled { body(x) }
            return
        }
        if inline >= 1 { body(first) }
        if inline == 2 { body(second) }
    }

    mutating func formUnion(_ other: SmallIntSet) {
        other.forEach { insert($0) }
    }

    func isDisjoint(with other: SmallIntSet) -> Bool {
        var disjoint = true
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        small.forEach { if disjoint && large.contains($0) { disjoint = false } }
        return disjoint
    }
}
