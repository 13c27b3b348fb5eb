import Corpus
import Extraction

/// Everything the graph says of one entity: its names and type, the roles it held, the relations from and to it
/// (each with its span, qualifier, and sources, or marked as known only from `Entities/`), its first and last
/// mention, and the events it takes part in. Built by ``KnowledgeGraph/profile(of:)``.
public struct EntityProfile: Sendable {
    /// One relation seen from the profiled entity: `out` when it is the subject (`owns` → the CRC), otherwise in.
    public struct Relation: Sendable, Hashable {
        public var type: EdgeType
        public var outgoing: Bool
        /// The other end's id and name (a role alone: `role:mp` and the role).
        public var other: String
        public var otherName: String
        public var label: String?
        public var qualifier: String?
        public var start: String?
        public var end: String?
        public var firstSeen: CalendarDay?
        public var lastSeen: CalendarDay?
        public var stated: Bool
        public var sources: [SourceRef]
    }

    public var entity: Entity
    public var relations: [Relation]
    public var firstMention: MentionRecord?
    public var lastMention: MentionRecord?
    public var events: [Event]

    /// The `holds_role`, `leads` and `member_of` relations going out: the posts held.
    public var roles: [Relation] { relations.filter { $0.outgoing && [.holdsRole, .leads, .memberOf].contains($0.type) } }
}

extension KnowledgeGraph {
    /// The profile of an entity by id, name or alias (as ``lookUpEntity(_:)``).
    ///
    /// - Throws: ``UnknownEntity`` with the closest names when none matches.
    public func profile(of query: String) throws(UnknownEntity) -> EntityProfile {
        let e = try lookUpEntity(query)
        var relations: [EntityProfile.Relation] = []
        for edge in edges where edge.type.isRelation && (edge.source == e.id || edge.target == e.id) {
            let outgoing = edge.source == e.id
            let other = outgoing ? edge.target : edge.source
            let otherName = entity(id: other)?.name ?? (other.hasPrefix("role:") ? (edge.label ?? other) : other)
            relations.append(EntityProfile.Relation(
                type: edge.type, outgoing: outgoing, other: other, otherName: otherName, label: edge.label,
                qualifier: edge.qualifier, start: edge.start, end: edge.end, firstSeen: edge.firstSeen,
                lastSeen: edge.lastSeen, stated: edge.stated, sources: edge.sources.sorted()))
        }
        // stated first, then by start (or first sighting), then by name
        relations.sort { a, b in
            let ka = (a.stated ? 0 : 1, a.start ?? a.firstSeen?.iso ?? "~", a.type.rawValue, a.otherName)
            let kb = (b.stated ? 0 : 1, b.start ?? b.firstSeen?.iso ?? "~", b.type.rawValue, b.otherName)
            return ka < kb
        }
        let dated = e.mentions.sorted { a, b in
            switch (a.postDate, b.postDate) {
            case let (x?, y?): return x != y ? x < y : a.source < b.source
            case (nil, nil): return a.source < b.source
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        let events = self.events.filter { $0.participants.contains(e.id) }
            .sorted { ($0.date.start, $0.id) < ($1.date.start, $1.id) }
        return EntityProfile(entity: e, relations: relations, firstMention: dated.first,
                             lastMention: dated.last(where: { $0.postDate != nil }) ?? dated.last, events: events)
    }
}
