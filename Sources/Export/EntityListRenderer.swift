import Extraction
import GraphModel
import HindsightSupport

/// The entities of a graph as a list, most mentioned first, for `hindsight entities`: a text table for the
/// terminal, or JSON.
public struct EntityListRenderer: Sendable {
    /// How many aliases a text row shows at the most.
    public static let aliasesShown = 6
    /// The widest the name column grows; longer names push the rest of their row right.
    public static let nameColumnLimit = 40

    public init() {}

    /// The entities of `graph` to list: of one type (any when nil), at most `limit` (all when nil or 0), in the
    /// graph's order (most mentioned first).
    public static func select(from graph: KnowledgeGraph, type: EntityType?, limit: Int?) -> [Entity] {
        let list = graph.entities.filter { type == nil || $0.type == type }
        guard let limit, limit > 0 else { return list }
        return Array(list.prefix(limit))
    }

    /// One line per entity: mentions, type, name, the days of its first and last post, and its other names,
    /// cleaned for a terminal. For example
    /// `    4  person       Ada Lovelace  1842-01-10…1843-07-01  (Lovelace, Countess of Lovelace)`.
    public func text(_ entities: [Entity]) -> String {
        let width = entities.map { TerminalText.clean($0.name).count }.max().map { min($0, Self.nameColumnLimit) } ?? 10
        var out = ""
        for e in entities {
            let name = TerminalText.clean(e.name)
            let pad = String(repeating: " ", count: max(1, width + 2 - name.count))
            let span = [e.firstSeen?.iso, e.lastSeen?.iso].compactMap { $0 }
            let seen = span.isEmpty ? "" : "  " + (span[0] == span.last! ? span[0] : span[0] + "…" + span.last!)
            let aliases = e.aliases.isEmpty
                ? "" : "  (" + e.aliases.prefix(Self.aliasesShown).map(TerminalText.clean).joined(separator: ", ") + ")"
            out += String(e.weight).leftPadded(5) + "  " + e.type.rawValue.padded(13) + name + pad + seen + aliases + "\n"
        }
        return out
    }

    /// A JSON array, one object per entity (`id`, `type`, `name`, `mentions`, `aliases`, `first_seen`,
    /// `last_seen`), on one line ending in a newline.
    public func json(_ entities: [Entity]) -> [UInt8] {
        var j = JSONText()
        j.array(entities) { j, e in
            j.object([
                ("id", { $0.string(e.id) }), ("type", { $0.string(e.type.rawValue) }), ("name", { $0.string(e.name) }),
                ("mentions", { $0.int(e.weight) }), ("aliases", { $0.array(e.aliases) { $0.string($1) } }),
                ("first_seen", { $0.optionalString(e.firstSeen?.iso) }),
                ("last_seen", { $0.optionalString(e.lastSeen?.iso) }),
            ])
        }
        j.newline()
        return j.bytes
    }
}
