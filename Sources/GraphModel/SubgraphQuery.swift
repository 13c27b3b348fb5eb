import Extraction

/// Which part of a knowledge graph to show: a time window, comment filtering, entity types, a minimum weight, an
/// ego network around a focus entity, the top N entities by weight, and whether to add events. A pure description,
/// applied by ``KnowledgeGraph/select(_:)``; the defaults give an overview of the 40 most mentioned people,
/// organisations, places and programmes.
public struct SubgraphQuery: Sendable, Hashable {
    /// At most this many entities (nil: no limit).
    public var top: Int?
    /// Entities with fewer mentions, and co-occurrences seen in fewer sentences, are left out.
    public var minWeight: Int
    /// An entity id, canonical name or alias (case-insensitive) to centre the selection on.
    public var focus: String?
    /// When `focus` is nil: centre on the entity of this type with the most distinct neighbours
    /// (``KnowledgeGraph/mostConnectedEntity(ofType:)``) after the time window and comment filters.
    public var focusMostConnected: EntityType?
    /// How many steps from the focus to include.
    public var depth: Int
    /// Start of the time window (by post date), inclusive of the whole period (`2015` means from 1 January).
    public var from: TemporalValue?
    /// End of the time window, inclusive of the whole period (`2015` means to 31 December).
    public var to: TemporalValue?
    /// The entity types to keep.
    public var types: Set<EntityType>
    /// Add the heaviest events with a kept participant, and their `participates_in` links.
    public var includeEvents: Bool
    /// Leave out mentions and edges that only reader comments support.
    public var excludeComments: Bool
    /// Each entity keeps at most this many of its strongest co-occurrence links (nil: all; 0: none).
    public var coOccurrencePerNode: Int?

    public init(top: Int? = 40, minWeight: Int = 1, focus: String? = nil, depth: Int = 1,
                from: TemporalValue? = nil, to: TemporalValue? = nil,
                types: Set<EntityType> = Set(EntityType.allCases), includeEvents: Bool = false,
                excludeComments: Bool = false, coOccurrencePerNode: Int? = 5,
                focusMostConnected: EntityType? = nil) {
        self.top = top
        self.minWeight = minWeight
        self.focus = focus
        self.depth = depth
        self.from = from
        self.to = to
        self.types = types
        self.includeEvents = includeEvents
        self.excludeComments = excludeComments
        self.coOccurrencePerNode = coOccurrencePerNode
        self.focusMostConnected = focusMostConnected
    }

    /// Checks the query on its own (before any graph): counts and depth not negative, a window that is not empty.
    public func validate() throws(SubgraphQueryError) {
        if let top, top < 0 { throw .invalidOption("top must not be negative") }
        if depth < 0 { throw .invalidOption("depth must not be negative") }
        if minWeight < 0 { throw .invalidOption("min-weight must not be negative") }
        if let from, let to, from.start > to.end { throw .emptyWindow(from: from.value, to: to.value) }
    }
}

/// Why a selection could not be made.
public enum SubgraphQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No entity has the focus as id, name or alias (the error carries the closest names there are, maybe none).
    case unknownFocus(UnknownEntity)
    /// The focus entity exists but the time window or comment filter leaves none of its mentions.
    case focusOutsideSelection(String)
    /// `from` is after `to`.
    case emptyWindow(from: String, to: String)
    /// A negative count or depth.
    case invalidOption(String)
    /// `focusMostConnected` found no entity of this type linked to another.
    case noConnectedEntity(String)

    public var description: String {
        switch self {
        case .unknownFocus(let error): return error.description
        case .focusOutsideSelection(let name):
            return "'\(name)' is not mentioned in the selected period or without comments"
        case .emptyWindow(let from, let to): return "the window is empty: \(from) is after \(to)"
        case .invalidOption(let message): return message
        case .noConnectedEntity(let type): return "no \(type) is linked to any other entity in the selection"
        }
    }
}
