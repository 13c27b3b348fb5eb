import Corpus
import Extraction
import GraphModel

/// The ordered events of a knowledge graph that a ``TimelineQuery`` selects: a value that renderers turn into
/// text, markdown, CSV or JSON.
public struct EventTimeline: Sendable, Hashable {
    /// The events shown, in timeline order (see ``TimelineEntry/precedes(_:_:)``).
    public let entries: [TimelineEntry]
    /// How many events matched before the limit.
    public let matching: Int
    /// How many distinct posts tell the events shown.
    public let postCount: Int
    /// The query that selected them.
    public let query: TimelineQuery

    /// A timeline from entries given directly (they are put in timeline order).
    public init(entries: [TimelineEntry], matching: Int? = nil, query: TimelineQuery = TimelineQuery()) {
        self.entries = entries.sorted(by: TimelineEntry.precedes)
        self.matching = max(matching ?? entries.count, entries.count)
        self.postCount = Set(entries.flatMap { $0.sources.map(\.post) }).count
        self.query = query
    }

    /// Selects and orders the events of `graph`.
    ///
    /// - Throws: ``TimelineError/unknownEntity(_:)`` (with close names) when an entity asked for is not in the
    ///   graph, and the errors of ``TimelineQuery/validate()``.
    public init(graph: KnowledgeGraph, query: TimelineQuery = TimelineQuery()) throws(TimelineError) {
        try query.validate()
        var wanted: [String] = []
        for name in query.entities {
            let e: Entity
            do { e = try graph.lookUpEntity(name) } catch { throw .unknownEntity(error) }
            if !wanted.contains(e.id) { wanted.append(e.id) }
        }
        let source = query.excludeComments ? graph.excludingComments() : graph
        var participantCache: [String: TimelineParticipant] = [:]
        func participant(_ id: String) -> TimelineParticipant {
            if let p = participantCache[id] { return p }
            let p = graph.entity(id: id).map(TimelineParticipant.init(entity:))
                ?? TimelineParticipant(id: id, name: id, type: nil, forms: [])
            participantCache[id] = p
            return p
        }
        var posts: [String: PostNode] = [:]
        for d in graph.documents { for p in d.posts { posts[p.id] = p } }
        var entries: [TimelineEntry] = []
        for event in source.events where !event.sources.isEmpty && query.inWindow(event.shownDate) {
            if let k = query.minSources, Set(event.sources.map(\.post)).count < k { continue }
            if !wanted.isEmpty {
                let ids = Set(event.participants)
                let ok = query.entityMatch == .any ? wanted.contains(where: ids.contains) : wanted.allSatisfy(ids.contains)
                if !ok { continue }
            }
            let participants = event.participants.map(participant)
            if !query.types.isEmpty, !participants.contains(where: { $0.type.map(query.types.contains) ?? false }) {
                continue
            }
            // The post the summary comes from: the first source of the best kind.
            let post = event.summarySource.flatMap { posts[$0.post] }
            entries.append(TimelineEntry(id: event.id, date: event.shownDate, summary: event.summary,
                                         trigger: event.trigger, participants: participants,
                                         sources: event.sources.sorted(), sentence: event.sentence,
                                         inferred: event.inferred, importance: event.importance,
                                         reasons: event.reasons, title: post?.title, url: post?.url))
        }
        let matching = entries.count
        if let top = query.top {
            // Most important first; ties go to the earlier event, so the choice is stable.
            // One line per happening: a sentence with two dates that tells one happening ("announced today that
            // the contracts end in 2020") shows under its most important date only; one that tells two shows
            // twice (see `tellTwoHappenings`).
            entries.sort { a, b in a.importance != b.importance ? a.importance > b.importance : TimelineEntry.precedes(a, b) }
            func prospective(_ e: TimelineEntry) -> Bool {
                e.sources.allSatisfy { s in posts[s.post]?.published.map { $0 < e.date.start } ?? false }
            }
            var kept: [TimelineEntry] = []
            // Sentences kept, by where they stand and their length; compared whole only on a match.
            var seen: [SentencePlace: [TimelineEntry]] = [:]
            for e in entries where kept.count < top {
                let place = SentencePlace(document: e.source?.document ?? "", length: e.sentence.utf8.count)
                let same = seen[place]?.filter { $0.sentence == e.sentence } ?? []
                if !same.allSatisfy({ Self.tellTwoHappenings($0, e, prospective: prospective) }) { continue }
                seen[place, default: []].append(e)
                kept.append(e)
            }
            entries = kept
        }
        entries.sort(by: TimelineEntry.precedes)
        if let limit = query.limit { entries = Array(entries.prefix(limit)) }
        self.init(entries: entries, matching: matching, query: query)
    }

    /// The first and last dates shown.
    public var first: TemporalValue? { entries.first?.date }
    public var last: TemporalValue? { entries.last?.date }

    /// The entries grouped under their years (or decades), in order.
    public var groups: [(heading: String, entries: [TimelineEntry])] {
        var out: [(heading: String, entries: [TimelineEntry])] = []
        for e in entries {
            if out.last?.heading == e.group { out[out.count - 1].entries.append(e) } else { out.append((e.group, [e])) }
        }
        return out
    }

    /// One line saying what is shown: `12 events, 2013 May 09 to 2022 Jul 02, from 8 posts` (or `5 of 12 events`
    /// when limited; `No events.` when none).
    public var headline: String {
        guard let first, let last else {
            return matching == 0 ? "No events." : "0 of \(matching) events."
        }
        let count = entries.count == matching
            ? "\(entries.count) event\(entries.count == 1 ? "" : "s")"
            : query.top != nil ? "\(entries.count) most important of \(matching) events"
            : "\(entries.count) of \(matching) events"
        let from = TimelineDateLabel.label(first)
        let to = TimelineDateLabel.label(last)
        let span = from == to ? from : from + " to " + to
        return "\(count), \(span), from \(postCount) post\(postCount == 1 ? "" : "s")"
    }

    private struct SentencePlace: Hashable { var document: String; var length: Int }

    /// Whether two events of one sentence, `kept` shown already and `other` less important, tell two happenings
    /// rather than one at two dates, so that `--top` shows both: their dates differ, each has a verb of a
    /// happening (not a reporting verb: "said last October" reports), both had happened when the sentence was
    /// written (a plan inside the announcement of it, "announced today that the contracts end in 2020", is the
    /// announcement's content), and either they name different people and bodies ("she arrived in March
    /// 2016, and the new agency took over from the old one in April 2017") or their verbs are of different kinds
    /// (``TriggerKind``: "the plan was announced in 2013 and the service split in June 2014"). "Yesterday, 1 June
    /// 2014, the trusts were dissolved" is one happening, and so is "today's report recalls what she published
    /// last October" (two publications, one told).
    static func tellTwoHappenings(_ kept: TimelineEntry, _ other: TimelineEntry,
                                  prospective: (TimelineEntry) -> Bool) -> Bool {
        guard kept.date.value != other.date.value, let a = kept.trigger, let b = other.trigger,
              TriggerKind(a) != .reporting, TriggerKind(b) != .reporting, !prospective(kept), !prospective(other) else { return false }
        let x = Set(kept.participants.map(\.id)), y = Set(other.participants.map(\.id))
        return (!x.isEmpty && !y.isEmpty && x.isDisjoint(with: y)) || TriggerKind(a) != TriggerKind(b)
    }

    /// What the `~` before a date means, when some date shown is inferred; empty otherwise.
    public var inferredNote: String {
        entries.contains(where: \.inferred) ? " (~ date inferred: the post has no dateline)" : ""
    }
}
