import Corpus
import Extraction

/// A post as a node of the graph.
public struct PostNode: Hashable, Sendable, Identifiable {
    public var id: String
    public var document: String
    public var title: String?
    public var published: CalendarDay?
    public var publishedInferred: Bool
    public var firstLine: Int
    public var lastLine: Int
    public var commentCount: Int
    /// Who wrote the post, when the page says.
    public var author: String?
    /// The post's address, when the input gives it.
    public var url: String?

    public init(id: String, document: String, title: String?, published: CalendarDay?, publishedInferred: Bool,
                firstLine: Int, lastLine: Int, commentCount: Int, author: String? = nil, url: String? = nil) {
        self.url = url
        self.id = id
        self.document = document
        self.title = title
        self.published = published
        self.publishedInferred = publishedInferred
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.commentCount = commentCount
        self.author = author
    }
}

/// A document (input file) as a node of the graph, with its posts.
public struct DocumentNode: Hashable, Sendable, Identifiable {
    public var id: String
    public var path: String
    public var duplicatePaths: [String]
    public var format: String
    public var lineCount: Int
    public var posts: [PostNode]

    public init(id: String, path: String, duplicatePaths: [String], format: String, lineCount: Int, posts: [PostNode]) {
        self.id = id
        self.path = path
        self.duplicatePaths = duplicatePaths
        self.format = format
        self.lineCount = lineCount
        self.posts = posts
    }
}

/// One mention of an entity in the text. 40 bytes (the source compact, the day packed): a graph holds one per
/// mention of the corpus.
public struct MentionRecord: Hashable, Sendable {
    public var text: String
    public var source: SourceRef
    /// The day of the post it stands in, if known.
    public var postDate: CalendarDay? {
        get { day.day }
        set { day = PackedDay(newValue) }
    }
    private var day: PackedDay

    public init(text: String, source: SourceRef, postDate: CalendarDay?) {
        self.text = text
        self.source = source
        self.day = PackedDay(postDate)
    }
}

/// A role an entity holds, as stated in the text or taken from `Entities/`.
public struct RoleRecord: Hashable, Sendable {
    public var title: String
    /// The organization's entity id, when it is known.
    public var organization: String?
    public var from: String?
    public var to: String?
    /// `true` when the role comes from the curated knowledge rather than the corpus.
    public var fromKnowledge: Bool

    public init(title: String, organization: String?, from: String?, to: String?, fromKnowledge: Bool) {
        self.title = title
        self.organization = organization
        self.from = from
        self.to = to
        self.fromKnowledge = fromKnowledge
    }
}

/// A person, organization, place or programme, resolved across the corpus.
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: String
    public var type: EntityType
    public var name: String
    /// Every other surface form seen, and those the knowledge base lists that the corpus used.
    public var aliases: [String]
    public var mentions: [MentionRecord]
    public var knowledgeID: String?
    public var roles: [RoleRecord]
    /// The first and last post days it is mentioned on.
    public var firstSeen: CalendarDay?
    public var lastSeen: CalendarDay?

    /// How important the entity is in the corpus: its number of mentions.
    public var weight: Int { mentions.count }

    public init(id: String, type: EntityType, name: String, aliases: [String], mentions: [MentionRecord], knowledgeID: String?, roles: [RoleRecord], firstSeen: CalendarDay?, lastSeen: CalendarDay?) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.knowledgeID = knowledgeID
        self.roles = roles
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}

/// A temporal expression found in the corpus, with its resolved value.
public struct DateRecord: Hashable, Sendable {
    public var text: String
    public var value: TemporalValue?
    public var source: SourceRef
    public var isRelative: Bool
    public var referenceInferred: Bool

    public init(text: String, value: TemporalValue?, source: SourceRef, isRelative: Bool, referenceInferred: Bool) {
        self.text = text
        self.value = value
        self.source = source
        self.isRelative = isRelative
        self.referenceInferred = referenceInferred
    }
}

/// A dated happening read from the text.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var date: TemporalValue
    /// The clause that tells it.
    public var summary: String {
        get { text.summary }
        set { text = EventText(summary: newValue, sentence: text.sentence) }
    }
    /// The word or phrase that marks the happening (`announced`, `went on strike`), if one was found.
    public var trigger: String?
    /// Entity ids, most mentioned first.
    public var participants: [String]
    /// Every place it is told, first first.
    public var sources: [SourceRef]
    /// The whole sentence that tells it (from the same source as `summary`), never cut.
    public var sentence: String {
        get { text.sentence }
        set { text = EventText(summary: text.summary, sentence: newValue) }
    }
    /// The summary and sentence, stored as ranges into a text store shared by the graph's events.
    private var text: EventText
    /// Whether its date rests on an inferred post date (a relative date in a post with no dateline): it is then
    /// only as precise as the inference (see ``Event/shownDate``).
    public var inferred: Bool
    /// How much it matters to the story, from the evidence in ``reasons`` (see ``EventImportance``).
    public var importance: Int
    /// Why it scores what it does: one short phrase per signal, with its points (`told in 3 posts +16`).
    public var reasons: [String] {
        get { reasonStore.list }
        set { reasonStore = ReasonStore(newValue) }
    }
    private var reasonStore: ReasonStore

    public init(id: String, date: TemporalValue, summary: String, trigger: String?, participants: [String],
                sources: [SourceRef], sentence: String? = nil, inferred: Bool = false, importance: Int = 0,
                reasons: [String] = []) {
        self.init(id: id, date: date, text: EventText(summary: summary, sentence: sentence ?? summary), trigger: trigger,
                  participants: participants, sources: sources, inferred: inferred, importance: importance, reasons: reasons)
    }

    /// An event whose summary and sentence are ranges of a store shared with other events (``EventTextStore``).
    init(id: String, date: TemporalValue, text: EventText, trigger: String?, participants: [String],
         sources: [SourceRef], inferred: Bool = false, importance: Int = 0, reasons: [String] = []) {
        self.id = id
        self.date = date
        self.text = text
        self.trigger = trigger
        self.participants = participants
        self.sources = sources
        self.inferred = inferred
        self.importance = importance
        self.reasonStore = ReasonStore(reasons)
    }

    /// The source its summary and sentence come from (see `EventMerger`); the first source when not set.
    public var summarySource: SourceRef? {
        get { sentenceSource ?? sources.first }
        set { sentenceSource = newValue }
    }
    private var sentenceSource: SourceRef?

    /// The date at the precision its evidence supports: an inferred date is shown no finer than its month (the
    /// post's date was guessed from the latest date it states, so "yesterday" there names a day only roughly).
    public var shownDate: TemporalValue {
        guard inferred, date.precision < .month else { return date }
        return TemporalValue.month(year: date.start.year, month: date.start.month) ?? date
    }
}

/// An event's reasons in one string (a graph holds several per event, each else a string and an allocation of
/// its own): joined by a separator no reason holds (U+001F, the unit separator), or kept as a list when one does.
struct ReasonStore: Hashable, Sendable {
    private static let separator: UInt8 = 0x1F
    private var joined: String
    private var count: Int
    private var fallback: [String]?

    init(_ list: [String]) {
        count = list.count
        if list.contains(where: { $0.utf8.contains(ReasonStore.separator) }) {
            joined = ""
            fallback = list
        } else {
            joined = list.joined(separator: "\u{1F}")
            fallback = nil
        }
    }

    var list: [String] {
        if let fallback { return fallback }
        guard count > 0 else { return [] }
        return joined.utf8.split(separator: ReasonStore.separator, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}

/// The kinds of edge.
public enum EdgeType: String, Hashable, Sendable, Codable, CaseIterable {
    case mentions
    case participatesIn = "participates_in"
    case coOccurs = "co_occurs"
    case holdsRole = "holds_role"
    case successorOf = "successor_of"
    case operates
    case owns
    case memberOf = "member_of"
    case partOf = "part_of"
    case leads
    case partnerOf = "partner_of"
    case criticised
    case funds

    /// Relations stated between two entities (as opposed to co-occurrence and provenance edges).
    public var isRelation: Bool {
        switch self {
        case .holdsRole, .successorOf, .operates, .owns, .memberOf, .partOf, .leads, .partnerOf, .criticised, .funds: return true
        case .mentions, .participatesIn, .coOccurs: return false
        }
    }
}

/// A typed, weighted, sourced edge.
public struct Edge: Hashable, Sendable {
    public var source: String
    public var target: String
    public var type: EdgeType
    /// How often it is seen (mentions, sentences, statements).
    public var weight: Int
    /// The role for `holds_role`; otherwise `nil`.
    public var label: String?
    /// The first and last post days it is seen on.
    public var firstSeen: CalendarDay? {
        get { first.day }
        set { first = PackedDay(newValue) }
    }
    public var lastSeen: CalendarDay? {
        get { last.day }
        set { last = PackedDay(newValue) }
    }
    public var sources: [SourceRef]
    /// `true` when the edge comes from `Entities/` knowledge rather than the corpus.
    public var fromKnowledge: Bool
    /// `former`, `interim`, `acting`, `shadow`: how the text qualifies the relation (a `former` role was no
    /// longer held on the day of the post that states it).
    public var qualifier: String? {
        get { details?.qualifier }
        set { details = details.with(qualifier: newValue) }
    }
    /// When the relation held: from the text (`since May 2015`, `appointed in 2016`) or, for a relation known
    /// only from `Entities/`, the record's `from`/`to`. ISO values at their own precision (`2015-04`).
    public var start: String? {
        get { details?.start }
        set { details = details.with(start: newValue) }
    }
    public var end: String? {
        get { details?.end }
        set { details = details.with(end: newValue) }
    }
    // Stored compactly (a graph holds many edges): the days packed, the rare details boxed.
    private var first: PackedDay
    private var last: PackedDay
    private var details: EdgeDetails?

    /// Whether the corpus states it (with sources), as opposed to knowing it only from `Entities/`.
    public var stated: Bool { !fromKnowledge }

    /// The days the relation held, widest reading: `start`/`end` when known, otherwise open. A stated edge with
    /// no dates held at least from its first to its last sighting (unless it was stated as `former`).
    public var validity: (from: CalendarDay?, to: CalendarDay?) {
        let from = start.flatMap { TemporalValue.parse($0)?.start }
        let to = end.flatMap { TemporalValue.parse($0)?.end }
        return (from, to)
    }

    /// Whether the relation held at some day between `from` and `to` (either open). Co-occurrence and mention
    /// edges hold when they were seen in the window.
    public func holds(from: CalendarDay?, to: CalendarDay?) -> Bool {
        let v = validity
        if let f = from, let e = v.to, e < f { return false }
        if let t = to, let s = v.from, s > t { return false }
        return true
    }

    /// Whether every source of the edge is a reader comment.
    public var onlyInComments: Bool { !sources.isEmpty && sources.allSatisfy { $0.kind == .comment } }

    public init(source: String, target: String, type: EdgeType, weight: Int, label: String?, firstSeen: CalendarDay?, lastSeen: CalendarDay?, sources: [SourceRef], fromKnowledge: Bool,
                qualifier: String? = nil, start: String? = nil, end: String? = nil) {
        self.details = EdgeDetails.make(qualifier: qualifier, start: start, end: end)
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.label = label
        self.first = PackedDay(firstSeen)
        self.last = PackedDay(lastSeen)
        self.sources = sources
        self.fromKnowledge = fromKnowledge
    }
}

/// Counts over the whole corpus.
public struct CorpusStatistics: Hashable, Sendable {
    public var documents: Int
    public var posts: Int
    public var comments: Int
    public var bytes: Int
    public var entities: Int
    public var dates: Int
    public var events: Int
    public var edges: Int
    /// The earliest and latest post days.
    public var firstPost: CalendarDay?
    public var lastPost: CalendarDay?

    public init(documents: Int, posts: Int, comments: Int, bytes: Int, entities: Int, dates: Int, events: Int, edges: Int, firstPost: CalendarDay?, lastPost: CalendarDay?) {
        self.documents = documents
        self.posts = posts
        self.comments = comments
        self.bytes = bytes
        self.entities = entities
        self.dates = dates
        self.events = events
        self.edges = edges
        self.firstPost = firstPost
        self.lastPost = lastPost
    }
}

/// The knowledge graph of a corpus: documents and posts, entities, dates, events and edges. A value: queries
/// return new graphs or lists and never change it.
public struct KnowledgeGraph: Sendable {
    public let documents: [DocumentNode]
    public let entities: [Entity]
    public let dates: [DateRecord]
    public let events: [Event]
    public let edges: [Edge]
    public let statistics: CorpusStatistics
    private let entityIndex: [String: Int]

    public init(documents: [DocumentNode], entities: [Entity], dates: [DateRecord], events: [Event], edges: [Edge],
                statistics: CorpusStatistics) {
        self.documents = documents
        self.entities = entities
        self.dates = dates
        self.events = events
        self.edges = edges
        self.statistics = statistics
        self.entityIndex = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The entity with this id.
    public func entity(id: String) -> Entity? {
        entityIndex[id].map { entities[$0] }
    }
}
