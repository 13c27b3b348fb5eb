import Extraction

/// Which events a timeline shows: a pure description of the filters, applied by ``Timeline/init(graph:query:)``.
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

    /// Keep events whose period ends on or after this period's first day (a `2015` event overlaps `2015-04`).
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

    /// Parses a `--from`/`--to` value at any precision: `2014`, `2014-06`, `2014-06-01`, `2019-Q4`, `2019-H1`,
    /// `2022-SP` (also `spring`, `summer`, `autumn`/`fall`, `winter`: `2022-spring`), or a decade `201X`/`2010s`.
    public static func date(_ text: String) throws(TimelineError) -> TemporalValue {
        let s = text.trimmingSpaces
        // `TemporalValue.parse` expects at least one non-empty part.
        guard s.split(separator: "-").count >= 1 else { throw .invalidDate(text) }
        if let v = TemporalValue.parse(s.uppercased()) { return v }
        let lower = s.lowercased()
        if lower.count == 5, lower.hasSuffix("0s"), let y = Int(lower.dropLast()), let v = TemporalValue.decade(y) {
            return v
        }
        let parts = lower.split(separator: "-", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]) {
            let seasons: [String: TemporalValue.Season] = [
                "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
            ]
            if let season = seasons[parts[1]], let v = TemporalValue.season(year: y, season) { return v }
        }
        throw .invalidDate(text)
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

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
