import Corpus
import Extraction

/// Merges event candidates that tell the same happening: compatible dates (one within the other), at least one
/// participant in common, and the same trigger (or one of them without a trigger). Candidates from the same
/// post and line never merge with each other, so that two different happenings on one date stay apart unless
/// the evidence joins them.
///
/// A candidate merges into the earliest pending event that qualifies. Pending events are indexed by (year of
/// their first date, trigger, participant), so a candidate is compared only with events that share its year,
/// its trigger and one of its participants, never with every event of the corpus.
struct EventMerger {
    private struct Pending {
        var date: TemporalValue
        var summary: String
        var trigger: String?
        var participants: [String: Int]
        var sources: [SourceRef]
        /// The posts of `sources`.
        var posts: Set<String>
        /// Every source so far is a reader comment.
        var onlyComments: Bool
        /// The year the event is filed under: that of the first candidate's date.
        var year: Int
    }

    private struct IndexKey: Hashable {
        var year: Int
        var trigger: String
        var participant: String
    }

    private var pending: [Pending] = []
    /// Pending events (ascending indices in `pending`) with a trigger, by year, trigger and participant.
    private var index: [IndexKey: [Int]] = [:]
    /// The post of the latest candidate, and the number of pending events when its run of candidates began:
    /// every pending event from that index on was started by this post, so none can take its candidates.
    private var currentPost: String?
    private var currentPostStart = 0

    mutating func add(date: TemporalValue, summary: String, trigger: String?, participants: [String], source: SourceRef) {
        let year = date.start.year
        if source.post != currentPost {
            currentPost = source.post
            currentPostStart = pending.count
        }
        if let trigger, !participants.isEmpty, let i = earliestMatch(date: date, year: year, trigger: trigger,
                                                                     participants: participants, post: source.post) {
            var p = pending[i]
            // Keep the finer date and the summary from a post body over a comment.
            if date.precision < p.date.precision { p.date = date }
            if source.kind != .comment && p.onlyComments { p.summary = summary }
            p.onlyComments = p.onlyComments && source.kind == .comment
            for x in participants {
                if p.participants[x] == nil { insertSorted(i, into: IndexKey(year: p.year, trigger: trigger, participant: x)) }
                p.participants[x, default: 0] += 1
            }
            p.sources.append(source)
            p.posts.insert(source.post)
            pending[i] = p
            return
        }
        var counts: [String: Int] = [:]
        for x in participants { counts[x, default: 0] += 1 }
        let i = pending.count
        if let trigger {
            for x in counts.keys { index[IndexKey(year: year, trigger: trigger, participant: x), default: []].append(i) }
        }
        pending.append(Pending(date: date, summary: summary, trigger: trigger, participants: counts, sources: [source],
                               posts: [source.post], onlyComments: source.kind == .comment, year: year))
    }

    /// The first pending event (lowest index) filed under `year` with this trigger, one of `participants`, a
    /// date compatible with `date`, and no source in `post`.
    private func earliestMatch(date: TemporalValue, year: Int, trigger: String, participants: [String],
                               post: String) -> Int? {
        var best = Int.max
        var seen = Set<String>()
        for x in participants where seen.insert(x).inserted {
            guard let list = index[IndexKey(year: year, trigger: trigger, participant: x)] else { continue }
            for i in list {
                if i >= best || i >= currentPostStart { break }
                let p = pending[i]
                guard date.isWithin(p.date) || p.date.isWithin(date), !p.posts.contains(post) else { continue }
                best = i
                break
            }
        }
        return best == Int.max ? nil : best
    }

    /// Files pending event `i` under `key`, keeping the list in ascending order.
    private mutating func insertSorted(_ i: Int, into key: IndexKey) {
        var list = index.removeValue(forKey: key) ?? []
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        if lo == list.count || list[lo] != i { list.insert(i, at: lo) }
        index[key] = list
    }

    /// The merged events in date order, with stable ids.
    func events(mentionCounts: [String: Int]) -> [Event] {
        var out: [Event] = []
        out.reserveCapacity(pending.count)
        var used: [String: Int] = [:]
        var slugs: [String: String] = [:]
        for p in pending {
            // Most named first, then most mentioned in the corpus, then by id.
            let ranked = p.participants.map { (id: $0.key, count: $0.value, mentions: mentionCounts[$0.key] ?? 0) }
                .sorted { ($0.count, $0.mentions, $1.id) > ($1.count, $1.mentions, $0.id) }
            let first = p.sources[0]
            let slug = slugs[first.document] ?? EntityType.slug(first.document)
            slugs[first.document] = slug
            var id = "event:\(p.date.value)-\(slug)-\(first.line)"
            used[id, default: 0] += 1
            if used[id]! > 1 { id += "-\(used[id]!)" }
            out.append(Event(id: id, date: p.date, summary: p.summary, trigger: p.trigger,
                             participants: ranked.map(\.id), sources: p.sources))
        }
        // Date order, then first source (as `(TemporalValue, SourceRef) <` orders them), on precomputed keys:
        // documents and passage kinds by their rank in string order. A stable sort of indices: ties keep the
        // order in which the events were found.
        let documents = Set(out.map { $0.sources[0].document }).sorted()
        let documentRank = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
        let kindRank = Dictionary(uniqueKeysWithValues: PassageKind.allCases.sorted { $0.rawValue < $1.rawValue }
            .enumerated().map { ($1, $0) })
        let keys = out.map { e in
            OrderKey(start: e.date.start, precision: e.date.precision.rank, value: e.date.value,
                     document: documentRank[e.sources[0].document]!, line: e.sources[0].line,
                     kind: kindRank[e.sources[0].kind]!)
        }
        let order = keys.indices.sorted { keys[$0].precedes(keys[$1]) }
        return order.map { out[$0] }
    }

    /// An event's place in the output order.
    private struct OrderKey {
        var start: CalendarDay
        var precision: Int
        var value: String
        var document: Int
        var line: Int
        var kind: Int

        /// Earlier start first; for the same start the coarser date first; then the value, then the source.
        func precedes(_ o: OrderKey) -> Bool {
            if start != o.start { return start < o.start }
            if precision != o.precision { return precision > o.precision }
            if value != o.value { return value < o.value }
            if document != o.document { return document < o.document }
            if line != o.line { return line < o.line }
            return kind < o.kind
        }
    }
}
