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
        /// Distinct posts telling it (by their number in the merger, see ``EventMerger/number(of:)``).
        var posts = SmallIntSet()
        /// The kinds of passage telling it.
        var kinds = PassageKinds()
        /// Whether some source states the date on its own (not relative to the post's date).
        var explicitDate = false
        /// Whether every source's date rests on an inferred post date.
        var allInferred = true
        /// Cues shared by every source (an anecdote told once and its event told plainly elsewhere is not one).
        var cues: EventCues = [.personalAnecdote, .statistics, .namedInPassing, .periodBound, .forecast]
        /// Whether every source was written before the date it tells: a plan or forecast ("the contracts will
        /// end in 2020"), not yet a happening.
        var prospective = true
        /// The first policy-level noun of a source's sentence (see ``EventWording``), if any names one.
        var policyNoun: String?
        /// Whether every source's sentence names a routine document (a report, an inspection, figures).
        var routineDocument = true
        /// The longest time, in days, between the end of the event's date and the day of a post telling it with
        /// its date stated (a happening still dated years later); 0 when none does.
        var recalledAfterDays = 0
        /// Distinct sentences telling it.
        var sentences = 0
        /// Whether every sentence telling it asks a question ("Will the trust close the ward in May?").
        var allQuestions = true
        /// Whether every source's date is a year used as an adjective ("the 2019 intake", as the tagger reads
        /// it: ``EventCandidate/dateIsYearModifier``).
        var allYearModifiers = true
        /// Distinct posts telling it in their own text (a body or quoted material), not only in reader comments.
        var textPosts = SmallIntSet()
        /// The date of the finer event this one repeats, when the evidence that they are one happening is too
        /// weak to fold them (see ``EventMerger/foldAcrossPrecisions(_:)``): the finer one counts this telling,
        /// and this one scores low. Never taken over by `absorb`.
        var repeatsFiner: TemporalValue?

        /// Both evidences, as one event's.
        mutating func absorb(_ o: Evidence) {
            posts.formUnion(o.posts)
            kinds.formUnion(o.kinds)
            explicitDate = explicitDate || o.explicitDate
            allInferred = allInferred && o.allInferred
            cues.formIntersection(o.cues)
            prospective = prospective && o.prospective
            if policyNoun == nil { policyNoun = o.policyNoun }
            routineDocument = routineDocument && o.routineDocument
            allQuestions = allQuestions && o.allQuestions
            allYearModifiers = allYearModifiers && o.allYearModifiers
            textPosts.formUnion(o.textPosts)
            recalledAfterDays = max(recalledAfterDays, o.recalledAfterDays)
            sentences += o.sentences
        }
    }

    struct Pending {
        var date: TemporalValue
        /// The summary and its sentence, as ranges of the merger's ``EventTextBuffer``.
        var summary: TextRange
        var sentence: TextRange
        var summarySource: SourceRef
        /// How well the summary's sentence tells the event (see ``quality(_:kind:participants:question:)``).
        var summaryQuality: Quality
        var trigger: String?
        var participants: [String: Int]
        var sources: [SourceRef]
        /// Sentences already told (document, sentence index: ``SentenceKey``): never merge two candidates of one
        /// sentence.
        var sentences: SmallIntSet
        var evidence: Evidence

        /// Takes in another telling of the same happening (told at a coarser date): its sources, participants
        /// and evidence; its sentence only when this one's stands in a reader's comment and that one in a post's
        /// own text — the sentence shown should state the date shown. The date stays this one's.
        /// Counts another telling of the same happening that stays an event of its own (see
        /// ``EventMerger/foldAcrossPrecisions(_:)``): its evidence, not its sources.
        mutating func count(_ o: Pending) {
            evidence.absorb(o.evidence)
            sentences.formUnion(o.sentences)
            evidence.sentences = sentences.count
        }

        mutating func absorb(_ o: Pending) {
            if o.summaryQuality.inText > summaryQuality.inText {
                summary = o.summary
                sentence = o.sentence
                summarySource = o.summarySource
                summaryQuality = o.summaryQuality
            }
            if trigger == nil { trigger = o.trigger }
            for (x, n) in o.participants { participants[x, default: 0] += n }
            sources += o.sources
            evidence.absorb(o.evidence)
            sentences.formUnion(o.sentences)
            evidence.sentences = sentences.count
        }
    }

    /// A sentence as one integer: its document's number in the merger (high 32 bits) and its index there.
    typealias SentenceKey = Int64
    struct ParticipantKey: Hashable { var value: String; var participant: String }
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
    /// Documents and posts by number (what the sentence keys and the evidence's sets hold), and the post of the
    /// latest candidate with its two numbers (a post's candidates come one after another).
    private var documentNumbers: [String: Int64] = [:]
    private var postNumbers: [String: Int64] = [:]
    private var lastPlace: (place: SourcePost, document: Int64, post: Int64)?
    private var lastFingerprint: (hash: UInt64, length: Int)?
    /// The wording of the latest candidate's sentence, and its first policy-level noun.
    private var lastWording: (wording: EventWording, noun: String?) = ([], nil)
    /// The pending events' summaries and sentences (see ``Pending/summary``), and the latest sentence stored, by
    /// its key and range.
    private var texts = EventTextBuffer()
    private var lastStored: (key: SentenceKey, range: TextRange)?
    /// The bytes of text stored so far.
    var storedTextBytes: Int { texts.bytes.count }

    /// What the merger reads in a candidate's sentence, once per sentence: its fingerprint and its wording. A pure
    /// function of the sentence, so that a caller can read every sentence on several threads first and then add
    /// the candidates in order (``add(_:participants:source:postDay:reading:)``): the merge is the same.
    struct SentenceReading: Sendable {
        var fingerprint: (hash: UInt64, length: Int)?
        var wording: EventWording
        /// The first policy-level noun, when the wording is policy-level.
        var noun: String?

        init(_ sentence: String) {
            fingerprint = EventMerger.fingerprint(sentence)
            wording = EventWording(sentence)
            noun = wording.contains(.policyLevel) ? EventWording.firstPolicyNoun(sentence) : nil
        }
    }

    /// Adds one candidate, read from sentence `sentenceIndex` of its document. `reading` is its sentence's
    /// ``SentenceReading`` when the caller made it already; it is used only for the first candidate of a sentence
    /// (the candidates of one sentence come one after another), and made here when not given.
    mutating func add(_ c: EventCandidate, participants: [String], source: SourceRef, postDay: CalendarDay?,
                      reading: SentenceReading? = nil) {
        let value = c.date.value
        let numbers = number(of: source.place)
        let sentenceKey: SentenceKey = numbers.document << 32 | Int64(UInt32(truncatingIfNeeded: c.sentenceIndex))
        if sentenceKey != lastSentence {
            lastSentence = sentenceKey
            let r = reading ?? SentenceReading(c.sentence)
            lastFingerprint = r.fingerprint
            lastWording = (r.wording, r.noun)
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
            let quality = Self.quality(c, kind: source.kind, participants: participants.count, question: lastWording.wording.contains(.question))
            if quality.isBetter(than: p.summaryQuality) {
                (p.summary, p.sentence) = store(c, sentence: sentenceKey)
                p.summarySource = source
                p.summaryQuality = quality
            }
            if p.trigger == nil, let t = c.trigger { p.trigger = t }
            for x in participants {
                if p.participants[x] == nil { Self.insertSorted(i, into: &byParticipant[ParticipantKey(value: value, participant: x), default: []]) }
                p.participants[x, default: 0] += 1
            }
            p.sources.append(source)
            if p.sentences.insert(sentenceKey) { p.evidence.sentences += 1 }
            Self.note(c, source: source, post: numbers.post, postDay: postDay, wording: lastWording, in: &p.evidence)
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
        evidence.sentences = 1
        Self.note(c, source: source, post: numbers.post, postDay: postDay, wording: lastWording, in: &evidence)
        let text = store(c, sentence: sentenceKey)
        pending.append(Pending(date: c.date, summary: text.summary, sentence: text.sentence, summarySource: source,
                               summaryQuality: Self.quality(c, kind: source.kind, participants: participants.count, question: lastWording.wording.contains(.question)),
                               trigger: c.trigger, participants: counts, sources: [source], sentences: SmallIntSet(sentenceKey),
                               evidence: evidence))
    }

    /// Stores a candidate's summary and sentence in ``texts`` and returns their ranges: the sentence once for the
    /// candidates of one sentence that carry it whole, the summary not again when it is the sentence's very bytes.
    private mutating func store(_ c: EventCandidate, sentence key: SentenceKey) -> (summary: TextRange, sentence: TextRange) {
        let sentence: TextRange
        if let last = lastStored, last.key == key, texts.holds(c.sentence, at: last.range) {
            sentence = last.range
        } else {
            sentence = texts.append(c.sentence)
            lastStored = (key, sentence)
        }
        return (texts.holds(c.summary, at: sentence) ? sentence : texts.append(c.summary), sentence)
    }

    /// Makes room for `count` candidates' pending events at once (an upper bound on the pending events), so that
    /// the list never grows by doubling (which holds the old and the new list at once, and up to twice the room).
    mutating func reserveCapacity(candidates count: Int) {
        pending.reserveCapacity(count)
    }

    private static func note(_ c: EventCandidate, source: SourceRef, post: Int64, postDay: CalendarDay?,
                             wording: (wording: EventWording, noun: String?), in e: inout Evidence) {
        if !(postDay.map { c.date.start > $0 } ?? false) { e.prospective = false }
        if let postDay, !c.dateInferred {
            e.recalledAfterDays = max(e.recalledAfterDays, postDay.dayNumber - c.date.end.dayNumber)
        }
        if e.policyNoun == nil { e.policyNoun = wording.noun }
        if !wording.wording.contains(.routineDocument) { e.routineDocument = false }
        if !wording.wording.contains(.question) { e.allQuestions = false }
        e.posts.insert(post)
        if source.kind != .comment { e.textPosts.insert(post) }
        if !c.dateIsYearModifier { e.allYearModifiers = false }
        e.kinds.insert(source.kind)
        if !c.dateIsRelative { e.explicitDate = true }
        if !c.dateInferred { e.allInferred = false }
        e.cues.formIntersection(c.cues)
    }

    /// Which sentence of a merged event tells it best, compared in order: the post's text (body or quoted
    /// material) over a reader's comment; a sentence with a trigger of its own (it says what happened); a
    /// statement over a question ("What to make of today's announcement?" asks, "The ministry announced today..."
    /// tells); a post body over quoted material; more participants named; the date stated rather than relative. Ties keep
    /// the first found.
    static func quality(_ c: EventCandidate, kind: PassageKind, participants: Int, question: Bool = false) -> Quality {
        Quality(inText: kind == .comment ? 0 : 1, triggered: c.trigger == nil ? 0 : 1, statement: question ? 0 : 1,
                rank: Int8(-rank(kind)), participants: Int8(min(participants, 5)), explicitDate: c.dateIsRelative ? 0 : 1)
    }

    /// ``quality(_:kind:participants:question:)``'s measures, compared in order (the first that differs decides).
    struct Quality: Sendable {
        var inText: Int8
        var triggered: Int8
        var statement: Int8
        var rank: Int8
        var participants: Int8
        var explicitDate: Int8

        /// Whether this one tells the event better than `o`: greater at the first measure where they differ.
        func isBetter(than o: Quality) -> Bool {
            (inText, triggered, statement, rank, participants, explicitDate)
                > (o.inText, o.triggered, o.statement, o.rank, o.participants, o.explicitDate)
        }
    }

    /// The number of a post's document and of the post, given on first sight.
    private mutating func number(of place: SourcePost) -> (document: Int64, post: Int64) {
        if let last = lastPlace, last.place === place { return (last.document, last.post) }
        let document = documentNumbers[place.document] ?? {
            let n = Int64(documentNumbers.count)
            documentNumbers[place.document] = n
            return n
        }()
        let post = postNumbers[place.post] ?? {
            let n = Int64(postNumbers.count)
            postNumbers[place.post] = n
            return n
        }()
        lastPlace = (place, document, post)
        return (document, post)
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
        if let ascii = asciiFingerprint(s) { return ascii }
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

    /// ``fingerprint(_:)`` of an ASCII sentence, read byte by byte (nil when it is not ASCII): there every byte is
    /// a character (a CR LF pair, one character, is no letter either way), a letter is A–Z or a–z and lower-cases
    /// by itself, a number is 0–9, so the hash and length are the ones the `Character` walk makes.
    private static func asciiFingerprint(_ s: String) -> (hash: UInt64, length: Int)?? {
        var s = s
        return s.withUTF8 { bytes -> (hash: UInt64, length: Int)?? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var length = 0
            var space = false
            for b in bytes {
                if b >= 0x80 { return .none }
                let lower = b | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    if space && length > 0 { hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3; length += 1 }
                    space = false
                    hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? lower : b)) &* 0x0000_0100_0000_01B3
                    length += 1
                } else {
                    space = true
                }
            }
            return .some(length >= 40 ? (hash, length) : nil)
        }
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

    /// Folds events told at a coarser precision into the one finer event of their period that tells the same
    /// happening: "the service was split in June 2014" into "on 1 June 2014 the service was split", then "the
    /// agencies merged in 2021" into "the agencies merged at the end of June 2021".
    ///
    /// A month folds into a day of that month when they share a participant and their triggers are of the same
    /// kind; a year folds into a month of that year only when they share a participant and the very same trigger.
    /// When two or more finer events qualify, the coarse one stays apart (which of them it tells is not known),
    /// and a coarse event with no trigger never folds: "2014" alone says too little to be one happening. Nor do
    /// two dates of one sentence fold together.
    ///
    /// Weaker evidence of a repeat marks the coarse event instead of folding it (it stays an event of its own,
    /// at its own date, but counts for the finer one's importance and loses its own, see
    /// ``Evidence/repeatsFiner``): a coarse event that names no participant ("the two agencies were merged in
    /// 2021", where neither agency is an entity of the corpus) and the one finer event of its period with the
    /// very same trigger, when that trigger marks a turn (``TriggerKind/isMilestone``) — the trigger is all it
    /// says of the happening, so it must be the only one of its period; and a year with the one day of it (when
    /// no month qualifies) sharing a participant and the very same trigger.
    static func foldAcrossPrecisions(_ pending: [Pending]) -> [Pending] {
        var pending = pending
        fold(&pending)
        return pending
    }

    /// ``foldAcrossPrecisions(_:)`` in place (the list is read and changed by index, so it is never copied).
    private static func fold(_ pending: inout [Pending]) {
        var removed = [Bool](repeating: false, count: pending.count)
        for (coarse, fines) in [(DatePrecision.month, [DatePrecision.day]), (.year, [.month, .day])] {
            let periodLength = coarse == .month ? 7 : 4
            // Finer events by their period at the coarse precision and participant, and by period and trigger.
            var targets: [ParticipantKey: [Int]] = [:]
            var byTrigger: [ParticipantKey: [Int]] = [:]
            for i in pending.indices
            where !removed[i] && pending[i].evidence.repeatsFiner == nil && fines.contains(pending[i].date.precision) {
                let p = pending[i]
                guard let t = p.trigger else { continue }
                let period = String(p.date.value.prefix(periodLength))
                for x in p.participants.keys { targets[ParticipantKey(value: period, participant: x), default: []].append(i) }
                byTrigger[ParticipantKey(value: period, participant: t), default: []].append(i)
            }
            for i in pending.indices where !removed[i] && pending[i].date.precision == coarse {
                let c = pending[i]
                guard let t = c.trigger else { continue }
                // Two dates of one sentence tell two happenings ("earlier this year the firm collapsed, and in
                // March the auditors reported"), as in ``add(_:participants:source:postDay:)``.
                func qualifies(_ j: Int) -> Bool {
                    guard let u = pending[j].trigger, pending[j].sentences.isDisjoint(with: c.sentences) else { return false }
                    return coarse == .month && !c.participants.isEmpty ? TriggerKind(u) == TriggerKind(t) : u == t
                }
                var found = Set<Int>()
                if c.participants.isEmpty {
                    guard TriggerKind(t).isMilestone else { continue }
                    for j in byTrigger[ParticipantKey(value: c.date.value, participant: t)] ?? [] where qualifies(j) {
                        found.insert(j)
                    }
                } else {
                    for x in c.participants.keys {
                        for j in targets[ParticipantKey(value: c.date.value, participant: x)] ?? [] where qualifies(j) {
                            found.insert(j)
                        }
                    }
                }
                // A year goes with a month of it first, with a day only when no month qualifies.
                if fines.count > 1 {
                    let first = found.filter { pending[$0].date.precision == fines[0] }
                    if !first.isEmpty { found = first }
                }
                guard found.count == 1, let j = found.first else { continue }
                if c.participants.isEmpty || pending[j].date.precision != fines[0] {
                    pending[j].count(c)
                    pending[i].evidence.repeatsFiner = pending[j].date
                } else {
                    pending[j].absorb(c)
                    removed[i] = true
                }
            }
        }
        // Keep the others in order.
        var w = 0
        for i in pending.indices where !removed[i] {
            if w != i { pending.swapAt(w, i) }
            w += 1
        }
        pending.removeLast(pending.count - w)
    }

    /// The merged events in date order, with stable ids, and the evidence of each.
    func events(mentionCounts: [String: Int]) -> [(event: Event, evidence: Evidence)] {
        var list = pending
        return Self.makeEvents(&list, texts: texts.store(), mentionCounts: mentionCounts)
    }

    /// ``events(mentionCounts:)``, emptying the merger: its indices go first, and each pending event (with its
    /// sets of posts and sentences and its participants' counts) as soon as its event is made, so that the
    /// pending events and the events are never all held at once.
    mutating func takeEvents(mentionCounts: [String: Int]) -> [(event: Event, evidence: Evidence)] {
        byParticipant = [:]
        byText = [:]
        byPost = [:]
        documentNumbers = [:]
        postNumbers = [:]
        lastPlace = nil
        lastStored = nil
        var list = pending
        pending = []
        return Self.makeEvents(&list, texts: texts.freeze(), mentionCounts: mentionCounts)
    }

    /// The events of the pending list (which is empty on return), their texts ranges of `texts`.
    private static func makeEvents(_ pending: inout [Pending], texts: EventTextStore,
                                   mentionCounts: [String: Int]) -> [(event: Event, evidence: Evidence)] {
        fold(&pending)
        var out: [(event: Event, evidence: Evidence)] = []
        out.reserveCapacity(pending.count)
        var used: [String: Int] = [:]
        var slugs: [String: String] = [:]
        // In order, each taken off the list (reversed, so that the first is last) as it is made.
        pending.reverse()
        while let p = pending.popLast() {
            // Most named first, then most mentioned in the corpus, then by id.
            let ranked = p.participants.map { (id: $0.key, count: $0.value, mentions: mentionCounts[$0.key] ?? 0) }
                .sorted { ($0.count, $0.mentions, $1.id) > ($1.count, $1.mentions, $0.id) }
            let first = p.sources[0]
            let slug = slugs[first.document] ?? EntityType.slug(first.document)
            slugs[first.document] = slug
            var id = "event:\(p.date.value)-\(slug)-\(first.line)"
            used[id, default: 0] += 1
            if used[id]! > 1 { id += "-\(used[id]!)" }
            var event = Event(id: id, date: p.date, text: EventText(store: texts, summary: p.summary, sentence: p.sentence),
                              trigger: p.trigger, participants: ranked.map(\.id), sources: p.sources,
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
        // Put in that order in place (following each cycle of the permutation), not copied.
        var placed = [Bool](repeating: false, count: order.count)
        for i in order.indices where !placed[i] {
            var j = i
            while order[j] != i {
                out.swapAt(j, order[j])
                placed[j] = true
                j = order[j]
            }
            placed[j] = true
        }
        return out
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
