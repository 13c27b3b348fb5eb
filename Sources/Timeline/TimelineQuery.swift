import Extraction

/// Which events a timeline shows: a pure description of the filters, applied by ``EventTimeline/init(graph:query:)``.
///
/// Filters combine with *and*: an event is kept when it lies in the window, involves the entities asked for and
/// a participant of one of the types asked for.
public struct TimelineQuery: Sendable, Hashable {
    /// How several entities combine.
    public enum EntityMatch: String, Sendable, Hashable, CaseIterable {
        /// Events involving at least one of them.
        case any
        /// Events involving every one of them.
        case all
    }

    /// Keep events whose period ends on or after this period's first day (a `2015` event overlaps `2015-04`);
    /// ``TemporalValue/init(period:)`` reads one from an option.
    public var from: TemporalValue?
    /// Keep events whose period starts on or before this period's last day.
    public var to: TemporalValue?
    /// Entity names, ids or aliases (any case); an event must have one (or all, see ``entityMatch``) as participant.
    public var entities: [String]
    /// How ``entities`` combine.
    public var entityMatch: EntityMatch
    /// When not empty, an event must have a participant of one of these types.
    public var types: Set<EntityType>
    /// Only what post bodies and quoted material state: sources in reader comments are dropped, and events told
    /// only in comments with them.
    public var excludeComments: Bool
    /// At most this many events, the earliest first (applied after ``top``).
    public var limit: Int?
    /// Only the this many most important events (highest ``TimelineEntry/importance``; ties to the earlier),
    /// still shown in date order.
    public var top: Int?
    /// Only events told in at least this many distinct posts.
    public var minSources: Int?

    public init(from: TemporalValue? = nil, to: TemporalValue? = nil, entities: [String] = [],
                entityMatch: EntityMatch = .any, types: Set<EntityType> = [], excludeComments: Bool = false,
                limit: Int? = nil, top: Int? = nil, minSources: Int? = nil) {
        self.top = top
        self.minSources = minSources
        self.from = from
        self.to = to
        self.entities = entities
        self.entityMatch = entityMatch
        self.types = types
        self.excludeComments = excludeComments
        self.limit = limit
    }

    /// Checks the query on its own (before any graph): a non-empty window and a limit of zero or more.
    public func validate() throws(TimelineError) {
        if let from, let to, to.end < from.start { throw .emptyRange(from: from, to: to) }
        if let limit, limit < 0 { throw .invalidLimit(limit) }
        if let top, top < 0 { throw .negativeCount("top count", top) }
        if let minSources, minSources < 0 { throw .negativeCount("minimum of sources", minSources) }
    }

    /// Whether an event dated `value` lies in the window: its period overlaps `from.start...to.end`.
    public func inWindow(_ value: TemporalValue) -> Bool {
        if let from, value.end < from.start { return false }
        if let to, value.start > to.end { return false }
        return true
    }
}
