import Corpus
import Extraction

/// Merges event candidates that tell the same happening, so that an event carries every place it is told.
///
/// Two candidates tell the same happening when they have the same date value (the same day, or the same month
/// at month precision…) and either
/// - name at least one participant in common and have the same kind of trigger (``TriggerKind``: "announced"
///   and "published" are both announcements; "sold" and "took over" both change hands), or, on a day-precise
///   date, one of them has no trigger at all; or
/// - are the same sentence (a statement quoted word for word by two posts, at least a few words long); or
/// - stand in the same post (not in comments) on the same day, one of them naming no participant, with
///   compatible triggers.
///
/// Candidates of one sentence never merge with each other: a sentence with two different dates tells two
/// happenings ("the plan was announced in 2013 and carried out in June 2014"). Different happenings on one date
/// stay apart when they share no participant or their triggers are of different kinds ("the companies were
/// sold" and "the new law came into force", on the same day).
///
/// A candidate merges into the earliest pending event that qualifies. Pending events are indexed by (date value,
/// participant) and by (date value, sentence), so a candidate is compared only with events on its own date that
/// share a participant or its words, never with every event of the corpus.
struct EventMerger {
    /// What an event's evidence says, for ``EventImportance``.
    struct Evidence {
        /// Distinct posts telling it.
        var posts: Set<String> = []
        /// The kinds of passage telling it.
        var kinds: Set<PassageKind> = []
        /// Whether some source states the date on its own (not relative to the post's date).
        var explicitDate = false
        /// Whether every source's date rests on an inferred post date.
        var allInferred = true
        /// Cues shared by every source (an anecdote told once and its event told plainly elsewhere is not one).
        var cues: EventCues = [.personalAnecdote, .statistics, .namedInPassing, .periodBound]
        /// Whether every source was written before the date it tells: a plan or forecast ("the contracts will
        /// end in 2020"), not yet a happening.
        var prospective = true
    }

    private struct Pending {
        var date: TemporalValue
        var summary: String
        var sentence: String
        var summarySource: SourceRef
        /// How well the summary's sentence tells the event (see ``quality(_:kind:participants:)``).
        var summaryQuality: [Int]
        var trigger: String?
        var participants: [String: Int]
        var sources: [SourceRef]
        /// Sentences already told (document, sentence index): never merge two candidates of one sentence.
        var sentences: Set<SentenceKey>
        var evidence: Evidence
    }

    private struct SentenceKey: Hashable { var document: String; var index: Int }
    private struct ParticipantKey: Hashable { var value: String; var participant: String }
    /// A sentence by the FNV-1a hash and length of its normalized words (computed once per sentence).
    private struct TextKey: Hashable { var value: String; var hash: UInt64; var length: Int }
    private struct PostKey: Hashable { var value: String; var post: String }

    private var pending: [Pending] = []
    /// Pending events (ascending indices in `pending`) by date value and participant.
    private var byParticipant: [ParticipantKey: [Int]] = [:]
    /// Pending events by date value and normalized sentence.
    private var byText: [TextKey: Int] = [:]
    /// Pending events by day and post (ascending indices): within one post, sentences of one day that name no
    /// participant tell the day's happening together ("What to make of today's announcement?" … "Today the
    /// Government offers…").
    private var byPost: [PostKey: [Int]] = [:]
    /// The fingerprint of the latest candidate's sentence: a sentence's candidates come one after another.
    private var lastSentence: SentenceKey?
    private var lastFingerprint: (hash: UInt64, length: Int)?

    /// Adds one candidate, read from sentence `sentenceIndex` of its document.
    mutating func add(_ c: EventCandidate, participants: [String], source: SourceRef, postDay: CalendarDay?) {
        let value = c.date.value
        let sentenceKey = SentenceKey(document: source.document, index: c.sentenceIndex)
        if sentenceKey != lastSentence {
            lastSentence = sentenceKey
            lastFingerprint = Self.fingerprint(c.sentence)
        }
        let textKey = lastFingerprint.map { TextKey(value: value, hash: $0.hash, length: $0.length) }
        var match: Int?
        if let textKey, let i = byText[textKey], !pending[i].sentences.contains(sentenceKey) { match = i }
        if !participants.isEmpty {
            var seen = Set<String>()
            for x in participants where seen.insert(x).inserted {
                guard let list = byParticipant[ParticipantKey(value: value, participant: x)] else { continue }
                for i in list {
                    if let m = match, i >= m { break }
                    let p = pending[i]
                    guard !p.sentences.contains(sentenceKey),
                          Self.compatible(p.trigger, c.trigger, precision: c.date.precision) else { continue }
                    match = i
                    break
                }
            }
        }
        let postKey = PostKey(value: value, post: source.post)
        // Comments are each a reader's own voice: they never merge this way.
        let byDay = c.date.precision == .day && source.kind != .comment
        if byDay, let list = byPost[postKey] {
            for i in list {
                if let m = match, i >= m { break }
                let p = pending[i]
                guard participants.isEmpty || p.participants.isEmpty, !p.sentences.contains(sentenceKey),
                      Self.compatible(p.trigger, c.trigger, precision: .day) else { continue }
                match = i
                break
            }
        }
        if let i = match {
            var p = pending[i]
            let quality = Self.quality(c, kind: source.kind, participants: participants.count)
            if quality.lexicographicallyPrecedes(p.summaryQuality, by: >) {
                p.summary = c.summary
                p.sentence = c.sentence
                p.summarySource = source
                p.summaryQuality = quality
            }
            if p.trigger == nil, let t = c.trigger { p.trigger = t }
            for x in participants {
                if p.participants[x] == nil { Self.insertSorted(i, into: &byParticipant[ParticipantKey(value: value, participant: x), default: []]) }
                p.participants[x, default: 0] += 1
            }
            p.sources.append(source)
            p.sentences.insert(sentenceKey)
            Self.note(c, source: source, postDay: postDay, in: &p.evidence)
            pending[i] = p
            if let textKey, byText[textKey] == nil { byText[textKey] = i }
            if byDay { Self.insertSorted(i, into: &byPost[postKey, default: []]) }
            return
        }
        var counts: [String: Int] = [:]
        for x in participants { counts[x, default: 0] += 1 }
        let i = pending.count
        for x in counts.keys { byParticipant[ParticipantKey(value: value, participant: x), default: []].append(i) }
        if let textKey, byText[textKey] == nil { byText[textKey] = i }
        if byDay { byPost[postKey, default: []].append(i) }
        var evidence = Evidence()
        Self.note(c, source: source, postDay: postDay, in: &evidence)
        pending.append(Pending(date: c.date, summary: c.summary, sentence: c.sentence, summarySource: source,
                               summaryQuality: Self.quality(c, kind: source.kind, participants: participants.count),
                               trigger: c.trigger, participants: counts, sources: [source], sentences: [sentenceKey],
                               evidence: evidence))
    }

    private static func note(_ c: EventCandidate, source: SourceRef, postDay: CalendarDay?, in e: inout Evidence) {
        if !(postDay.map { c.date.start > $0 } ?? false) { e.prospective = false }
        e.posts.insert(source.post)
        e.kinds.insert(source.kind)
        if !c.dateIsRelative { e.explicitDate = true }
        if !c.dateInferred { e.allInferred = false }
        e.cues.formIntersection(c.cues)
    }

    /// Which sentence of a merged event tells it best, compared in order: the post's text (body or quoted
    /// material) over a reader's comment; a sentence with a trigger of its own (it says what happened); a post
    /// body over quoted material; more participants named; the date stated rather than relative. Ties keep the
    /// first found.
    static func quality(_ c: EventCandidate, kind: PassageKind, participants: Int) -> [Int] {
        [kind == .comment ? 0 : 1, c.trigger == nil ? 0 : 1, -rank(kind), min(participants, 5), c.dateIsRelative ? 0 : 1]
    }

    /// Body first, then quoted material, then comments.
    static func rank(_ k: PassageKind) -> Int {
        switch k {
        case .body: return 0
        case .quoted: return 1
        case .comment: return 2
        }
    }

    /// Triggers of the same kind, or (on a day-precise date) one side without a trigger.
    static func compatible(_ a: String?, _ b: String?, precision: DatePrecision) -> Bool {
        switch (a, b) {
        case let (x?, y?): return TriggerKind(x) == TriggerKind(y)
        case (nil, nil): return precision == .day
        default: return precision == .day
        }
    }

    /// The sentence as a key for word-for-word repeats: the FNV-1a hash and length of its lower-cased letters
    /// and digits with single spaces between words; `nil` when shorter than 40 characters (short sentences
    /// repeat by chance).
    static func fingerprint(_ s: String) -> (hash: UInt64, length: Int)? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        var space = false
        func add(_ c: Character) {
            for b in c.utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            length += 1
        }
        for c in s {
            if c.isLetter || c.isNumber {
                if space && length > 0 { add(" ") }
                space = false
                for l in c.lowercased() { add(l) }
            } else {
                space = true
            }
        }
        return length >= 40 ? (hash, length) : nil
    }

    /// Files pending event `i` in `list`, keeping it in ascending order.
    private static func insertSorted(_ i: Int, into list: inout [Int]) {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        if lo == list.count || list[lo] != i { list.insert(i, at: lo) }
    }

    /// The merged events in date order, with stable ids, and the evidence of each.
    func events(mentionCounts: [String: Int]) -> [(event: Event, evidence: Evidence)] {
        var out: [(event: Event, evidence: Evidence)] = []
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
            var event = Event(id: id, date: p.date, summary: p.summary, trigger: p.trigger,
                              participants: ranked.map(\.id), sources: p.sources, sentence: p.sentence,
                              inferred: p.evidence.allInferred)
            event.summarySource = p.summarySource
            out.append((event, p.evidence))
        }
        // Date order, then first source (as `(TemporalValue, SourceRef) <` orders them), on precomputed keys:
        // documents and passage kinds by their rank in string order. A stable sort of indices: ties keep the
        // order in which the events were found.
        let documents = Set(out.map { $0.event.sources[0].document }).sorted()
        let documentRank = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
        let kindRank = Dictionary(uniqueKeysWithValues: PassageKind.allCases.sorted { $0.rawValue < $1.rawValue }
            .enumerated().map { ($1, $0) })
        let keys = out.map { x in
            let e = x.event
            return OrderKey(start: e.date.start, precision: e.date.precision.rank, value: e.date.value,
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
