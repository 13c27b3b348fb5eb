import Corpus
import Extraction
import GraphModel

/// An entity taking part in a timeline event, with the names to highlight it by.
public struct TimelineParticipant: Sendable, Hashable, Identifiable {
    /// The entity id (`person:chris-grayling`).
    public var id: String
    /// The canonical name (the id when the graph does not hold the entity).
    public var name: String
    /// Its type, when the graph holds the entity.
    public var type: EntityType?
    /// Every surface form to highlight in a summary: the name, its aliases and the mention texts, longest first.
    public var forms: [String]

    public init(id: String, name: String, type: EntityType?, forms: [String]) {
        self.id = id
        self.name = name
        self.type = type
        self.forms = forms
    }

    /// A participant for an entity of the graph.
    public init(entity: Entity) {
        var seen: Set<String> = []
        var forms: [String] = []
        for f in [entity.name] + entity.aliases + entity.mentions.map(\.text) where f.count >= 2 && seen.insert(f).inserted {
            forms.append(f)
        }
        forms.sort { ($0.count, $1) > ($1.count, $0) }
        self.init(id: entity.id, name: entity.name, type: entity.type, forms: forms)
    }
}

/// One event of a timeline: its date at its own precision, what happened, who took part, where it is told.
public struct TimelineEntry: Sendable, Hashable, Identifiable {
    /// The event id in the graph.
    public var id: String
    public var date: TemporalValue
    /// The clause that tells it, as extracted (renderers clean it for their medium).
    public var summary: String
    /// The word or phrase marking the happening, if one was found.
    public var trigger: String?
    /// Participants in the graph's order (most mentioned first).
    public var participants: [TimelineParticipant]
    /// Every place it is told, in source order (document path, then line); never empty.
    public var sources: [SourceRef]
    /// The whole sentence that tells it, never cut.
    public var sentence: String
    /// Whether the date rests on an inferred post date (then `date` is no finer than a month).
    public var inferred: Bool
    /// How much it matters to the story (see `EventImportance`), and why.
    public var importance: Int
    public var reasons: [String]
    /// The title and URL of the post the summary comes from, when the input gives them.
    public var title: String?
    public var url: String?

    public init(id: String, date: TemporalValue, summary: String, trigger: String?,
                participants: [TimelineParticipant], sources: [SourceRef], sentence: String? = nil,
                inferred: Bool = false, importance: Int = 0, reasons: [String] = [], title: String? = nil,
                url: String? = nil) {
        self.id = id
        self.date = date
        self.summary = summary
        self.trigger = trigger
        self.participants = participants
        self.sources = sources
        self.sentence = sentence ?? summary
        self.inferred = inferred
        self.importance = importance
        self.reasons = reasons
        self.title = title
        self.url = url
    }

    /// How many distinct posts tell it.
    public var postCount: Int { Set(sources.map(\.post)).count }

    /// The first place it is told.
    public var source: SourceRef? { sources.first }

    /// How many more places tell it (merged events).
    public var extraSources: Int { max(0, sources.count - 1) }

    /// The date as a timeline shows it: `2015 Apr`, `2014 Jun 01`, `2022 spring`, `2019 Q4`; an inferred date
    /// is marked `~2016 Jan`.
    public var dateLabel: String { (inferred ? "~" : "") + TimelineDateLabel.label(date) }

    /// The group it is shown under: its year (`2015`), or its decade (`2010s`) for decade-level dates.
    public var group: String { TimelineDateLabel.group(date) }

    /// `file:line` with the document's base name.
    public var sourceLabel: String {
        guard let s = source else { return "" }
        return TimelineDateLabel.baseName(s.document) + ":" + String(s.line)
    }

    /// The timeline order: by date (start day, then the coarser precision first, so `2015` comes before
    /// `2015-04` before `2015-04-01`), then the first source (document path, then line), then id.
    public static func precedes(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        if a.date != b.date { return a.date < b.date }
        switch (a.source, b.source) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.id < b.id
        }
    }
}
