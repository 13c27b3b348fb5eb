import Corpus
import Foundation
import HindsightSupport

/// The extraction stage for one document: a pure function of the document and the knowledge base, so that
/// documents can be extracted in parallel.
///
/// It tags dates in every passage against its post's date (inferring the date of a post with no dateline from
/// the latest absolute date it states, dates in URL paths included), finds entity mentions, splits sentences,
/// and reads event candidates (a sentence with a resolved date) and stated relations.
public struct DocumentExtractor: Sendable {
    public let knowledge: KnowledgeBase
    let tagger = TemporalTagger()
    let recognizer: EntityRecognizer
    let splitter = SentenceSplitter()
    let triggers = EventTriggers()
    let relations: RelationReader
    let participants: EventParticipants

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.recognizer = EntityRecognizer(knowledge: knowledge)
        self.relations = RelationReader(knowledge: knowledge)
        self.participants = EventParticipants(knowledge: knowledge)
    }

    /// Extracts one document.
    public func extract(_ input: Document) -> DocumentExtraction {
        var document = input
        var dates: [LocatedDate] = []
        for p in document.posts.indices {
            if document.posts[p].published == nil, let inferred = inferDate(document.posts[p]) {
                document.posts[p].published = inferred
                document.posts[p].publishedInferred = true
            }
            dates += tagPost(document.posts[p], index: p)
        }
        let mentions = recognizer.recognize(document)

        // Sentences, and the mentions and dates in each.
        var sentences: [SentenceSpan] = []
        var sentenceMentions: [[Int]] = []
        var mentionsByPassage: [PassageKey: [Int]] = [:]
        var mentionsByPost: [Int: [Int]] = [:]   // each post's mentions in order, for the post's whole topic
        for (i, m) in mentions.enumerated() {
            mentionsByPassage[PassageKey(post: m.post, passage: m.passage), default: []].append(i)
            mentionsByPost[m.post, default: []].append(i)
        }
        var datesByPassage: [PassageKey: [Int]] = [:]
        for (i, d) in dates.enumerated() {
            if let passage = d.passage { datesByPassage[PassageKey(post: d.post, passage: passage), default: []].append(i) }
        }
        var events: [EventCandidate] = []
        var found: [RelationCandidate] = []
        // the organizations of the whole document by their lower-case names, for a name written in lower case
        // (`the probation service`); the first mention of each
        var organizationsByName: [String: Int] = [:]
        for (i, m) in mentions.enumerated() where m.mention.type == .organization {
            let key = DefiniteReference.key(m.mention.canonicalName)
            if organizationsByName[key] == nil { organizationsByName[key] = i }
        }
        let titleOrganizations = Set(mentions.filter { $0.mention.type == .organization }.map(\.mention.canonicalName))
        for (p, post) in document.posts.enumerated() {
            var recentPersons: [Int] = []   // the people named in the post so far, for pronouns
            var recentOrganizations: [Int] = []  // the organizations named in the post so far, for `the trust`
            var previousSubject: Int?        // the organization that opened the sentence before, for `it`
            var lastSentencePersons: [Int] = []  // the people of the last sentence that named any
            var previousOrganizations: [Int] = []  // the organizations of the sentence before, for `it`
            var labelOrganization: Int?      // an organization the sentence before named alone (`Harbour Trust.`)
            var voice: Voice?                // who speaks as `we` and `I` in quoted material
            var introVoice: Voice?           // the voice a passage ending in `:` introduces
            var topic = PostTopic()          // the body the post's running text names most so far
            topic.addTitle(post.title, organizations: titleOrganizations)
            // the body the whole post is about, for a `we` that speaks for it (``BodyVoice``)
            let postTopic = PostTopic.whole(title: post.title, titleOrganizations: titleOrganizations,
                                            mentions: mentions, inPost: mentionsByPost[p] ?? [])
            var commenter: Int?              // the person a comment's byline just named (`Ann Reed said...`)
            // where each passage starts in the post (UTF-8 bytes, passages one byte apart), for the distance back to
            // a body named in an earlier passage (`the agency` two paragraphs after `Harbour Payments Agency`)
            var passageStarts: [Int] = []
            var total = 0
            for passage in post.allPassages { passageStarts.append(total); total += passage.text.utf8.count + 1 }
            for (k, passage) in post.allPassages.enumerated() {
                let key = PassageKey(post: p, passage: k)
                let inPassage = mentionsByPassage[key] ?? []
                let datesHere = datesByPassage[key] ?? []
                let utf8 = passage.text.utf8
                if passage.kind == .quoted {
                    if let v = introVoice { voice = v }
                } else {
                    voice = nil
                }
                introVoice = nil
                // Mentions and dates by position, walked once alongside the sentences (a filter per sentence
                // would be quadratic in a long passage); each sentence's lists keep the original order.
                var mentionCursor = OffsetCursor(inPassage) { mentions[$0].mention.utf8Range.lowerBound }
                var dateCursor = OffsetCursor(datesHere) { dates[$0].expression.utf8Range.lowerBound }
                let sentenceRanges = splitter.sentences(in: passage.text)
                var lastTaken: Int?   // the last mention of the passage so far, for a sentence that names nobody
                for (sn, range) in sentenceRanges.enumerated() {
                    let line = passage.line(atUTF8Offset: range.lowerBound)
                    sentences.append(SentenceSpan(post: p, passage: k, kind: passage.kind, line: line, utf8Range: range))
                    let ms = mentionCursor.take(range)
                    sentenceMentions.append(ms)
                    // a transcript's speaker label (`Ann Reed: Thank you.`) changes who speaks
                    if passage.kind == .quoted, let label = speakerLabel(passage.text, at: range.lowerBound) {
                        let people = ms.filter { mentions[$0].mention.type == .person && mentions[$0].mention.utf8Range.upperBound <= label }
                        voice = people.isEmpty ? nil : Voice(people: people.map { personName(mentions[$0]) }, organizations: [], labelled: true)
                    }
                    let ds = dateCursor.take(range)
                    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                    let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
                    let sentence = passage.text[start..<end]
                    let stated = readRelations(ms, mentions: mentions, passage: passage, post: p, sentence: range,
                                               dates: ds.map { dates[$0] }, anchor: lastTaken)
                    if let m = ms.max() { lastTaken = max(lastTaken ?? m, m) }
                    found += stated
                    if sn == sentenceRanges.count - 1, passage.kind == .body, Self.introducesQuote(sentence) {
                        let actors = Array(ms.filter { [.person, .organization].contains(mentions[$0].mention.type) }.prefix(1))
                        var v = Voice(people: actors.filter { mentions[$0].mention.type == .person }.map { personName(mentions[$0]) },
                                      organizations: actors.filter { mentions[$0].mention.type == .organization }.map { mentions[$0].mention.canonicalName },
                                      labelled: false)
                        if actors.isEmpty, let day = post.published {
                            let named = participants.implied(by: sentence, on: .day(day))
                            if let person = named.first { v.people = [person]; v.organizations = Array(named.dropFirst()) }
                        }
                        if !v.people.isEmpty || !v.organizations.isEmpty { introVoice = v }
                    }
                    // the body a definite description opening the sentence stands for (`The commission fined Harbour
                    // Water in May.`), read by the events below: the sentence's subject for `it` in the next one
                    var describedSubject: Int?
                    defer {
                        let people = ms.filter { mentions[$0].mention.type == .person }
                        recentPersons += people
                        recentOrganizations += ms.filter { mentions[$0].mention.type == .organization }
                        if !people.isEmpty { lastSentencePersons = people }
                        let first = ms.first { [.person, .organization].contains(mentions[$0].mention.type) }
                        previousSubject = describedSubject ?? first.flatMap { mentions[$0].mention.type == .organization ? $0 : nil }
                        // (a sentence that also names a bill, an Act or a scheme leaves `it` unsure: the law may be what `it` is)
                        previousOrganizations = ms.contains { mentions[$0].mention.type == .programme }
                            ? [] : ms.filter { mentions[$0].mention.type == .organization }
                        labelOrganization = Self.labelOrganization(sentence, ms: ms, mentions: mentions, start: range.lowerBound)
                        if passage.kind == .body {
                            for m in ms where mentions[m].mention.type == .organization { topic.add(mentions[m].mention.canonicalName, mention: m) }
                        }
                        commenter = CommentDateline.isByline(sentence) ? ms.first { mentions[$0].mention.type == .person } : nil
                    }
                    guard !ds.isEmpty else { continue }
                    let names = ms.map { m -> EventClause.Name in
                        let x = mentions[m].mention
                        return EventClause.Name(range: (x.utf8Range.lowerBound - range.lowerBound)..<(x.utf8Range.upperBound - range.lowerBound),
                                                isActor: x.type == .person || x.type == .organization, isPerson: x.type == .person)
                    }
                    // One event per value in a sentence: `Yesterday, 1 June 2014, …` is one happening.
                    var valuesHere: Set<TemporalValue> = []
                    // Where the other dates of the sentence stand, so that each date takes its own trigger.
                    let dateOffsets = ds.map { dates[$0].expression.utf8Range.lowerBound - range.lowerBound }
                    let sentenceText = String(sentence)  // shared by the sentence's events
                    let cueReader = EventCues.Reader(sentence)
                    let triggerScan = triggers.scan(sentence)
                    let valueOf = ds.map { dates[$0].expression.value }
                    // Whether every date of each value is relative (`yesterday` alone, not `yesterday, 1 June`).
                    var allRelative: [TemporalValue: Bool] = [:]
                    for di in ds {
                        if let v = dates[di].expression.value {
                            allRelative[v] = (allRelative[v] ?? true) && dates[di].expression.isRelative
                        }
                    }
                    for di in ds {
                        guard let value = dates[di].expression.value, valuesHere.insert(value).inserted else { continue }
                        let e = dates[di].expression
                        let offset = e.utf8Range.lowerBound - range.lowerBound
                        let dateRange = offset..<(e.utf8Range.upperBound - range.lowerBound)
                        // Dates of another value are other happenings; the same value told twice
                        // ("yesterday, 1 June 2014") is this one, explicit if any of its forms is.
                        var others: [Int] = []
                        for (j, o) in dateOffsets.enumerated() where valueOf[j] != value { others.append(o) }
                        let relative = allRelative[value] ?? true
                        let summary = EventSummary.clause(of: sentence, around: offset)
                        // every clause that tells this value takes part (`merged in 2016, and … formed the same year`;
                        // the first four, in a run of text that repeats it)
                        var taking: [Int] = [], implied: [String] = []
                        for dj in ds.filter({ dates[$0].expression.value == value }).prefix(4) {
                            let x = dates[dj].expression.utf8Range
                            let found = participants.takingPart(sentence, date: (x.lowerBound - range.lowerBound)..<(x.upperBound - range.lowerBound),
                                                   value: value, names: names, ms: ms,
                                                   mentions: mentions, recentPersons: recentPersons,
                                                   lastSentencePersons: lastSentencePersons,
                                                   recentOrganizations: recentOrganizations,
                                                   organizationsByName: organizationsByName,
                                                   previousSubject: previousSubject, previousOrganizations: previousOrganizations,
                                                   passage: k, passageStarts: passageStarts,
                                                   sentenceStart: range.lowerBound,
                                                   voice: voice, relations: found,
                                                   otherDates: others, label: labelOrganization, topic: topic.mention,
                                                   passageText: passage.text, postTopic: postTopic)
                            taking += found.mentions.filter { !taking.contains($0) }
                            if describedSubject == nil { describedSubject = found.describedSubject }
                            implied += found.implied.filter { !implied.contains($0) }
                        }
                        // a comment's dateline is its writer's (`Ann Reed said...` then `2 May 2019 at 10:15`)
                        if let c = commenter, !taking.contains(c),
                           CommentDateline.isDateOnly(sentence, dates: ds.map { dates[$0].expression.utf8Range }.map {
                               ($0.lowerBound - range.lowerBound)..<($0.upperBound - range.lowerBound) }) {
                            taking.append(c)
                        }
                        taking.sort()
                        var candidate = EventCandidate(
                            post: p, passage: k, kind: passage.kind, line: dates[di].line, date: value,
                            dateText: e.text, summary: summary,
                            trigger: triggerScan.trigger(near: offset, otherDates: others),
                            participants: taking,
                            sentence: EventSummary.sentence(sentence, around: offset) ?? sentenceText,
                            sentenceIndex: sentences.count - 1,
                            dateIsRelative: relative, dateInferred: relative && e.referenceInferred,
                            cues: cueReader.cues(date: dateRange, dateText: e.text))
                        candidate.impliedParticipants = implied
                        candidate.dateIsYearModifier = ds.allSatisfy { dates[$0].expression.value != value || dates[$0].expression.isYearModifier }
                        events.append(candidate)
                    }
                }
            }
        }
        // a successor takes over the post of the one replaced, stated sentences before
        // (the passages' texts, for the words after a holder's name: `Ann Reed, a former chief executive of ...`)
        var passageTexts: [Int: [String]] = [:]
        found += RoleInheritance.inherited(found, mentions: mentions, text: { p, k in
            if passageTexts[p] == nil { passageTexts[p] = document.posts[p].allPassages.map(\.text) }
            return passageTexts[p]![k]
        })
        return DocumentExtraction(document: document, dates: dates, mentions: mentions, sentences: sentences,
                                  sentenceMentions: sentenceMentions, events: events, relations: found)
    }

    struct PassageKey: Hashable { var post: Int; var passage: Int }

    // MARK: Participants

    /// Who speaks in quoted material: the people and organizations of the sentence that introduces it (`The
    /// trust's chair wrote to staff:`), or the speaker of a transcript's label (`Ann Reed: We ...`).
    struct Voice {
        var people: [String]
        var organizations: [String]
        /// A speaker named by a label speaks for themself and their body (`we` is both).
        var labelled: Bool
    }

    /// Whether a sentence ends by introducing quoted material (`... and this is what she said:-`).
    /// Its speaker is the sentence's first name, and it must say that someone speaks or writes.
    static func introducesQuote(_ sentence: Substring) -> Bool {
        // (only a sentence whose last visible byte is a colon, a hyphen or part of a non-ASCII character can end so:
        // a cheap test before Foundation's trim)
        guard let last = ByteSearch.lastByteAboveSpace(sentence.utf8), last >= 0x80 || last == 0x3A || last == 0x2D else { return false }
        let t = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasSuffix(":") || t.hasSuffix(":-") else { return false }
        let words = t.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { speechVerbs.contains(String($0)) }
    }

    /// Verbs that say someone speaks or writes what follows.
    static let speechVerbs: Set<String> = ["say", "says", "said", "write", "writes", "wrote", "told", "tells", "state",
                                           "states", "stated", "explains", "explained", "adds", "added", "publishes",
                                           "published", "reports", "reported", "announced", "announces", "argues",
                                           "argued", "responded", "replied", "comments", "commented", "statement"]

    /// The end (UTF-8 offset in `text`) of a speaker's label opening the sentence at `offset` (`Ann Reed:`,
    /// `Q12 Tom Vale:`): at most five words, then a colon.
    func speakerLabel(_ text: String, at offset: Int) -> Int? {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let bytes = Array(utf8[start...].prefix(60))
        guard let colon = bytes.firstIndex(of: 0x3A), colon > 0, colon + 1 == bytes.count || [0x20, 0x0A].contains(bytes[colon + 1])
        else { return nil }
        let head = bytes[..<colon]
        guard head.allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0x27 || $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }),
              head.split(separator: 0x20).count <= 5 else { return nil }
        return offset + colon
    }

    /// The name a person mention stands for in `Entities/` when it matched a record, else its canonical name.
    func personName(_ m: LocatedMention) -> String { participants.personName(m) }

    /// The organization a sentence names alone, as a label for what follows (`Harbour Trust.`, `The Carers
    /// Union:`): its only name, with nothing but `the` and punctuation around it.
    static func labelOrganization(_ sentence: Substring, ms: [Int], mentions: [LocatedMention], start: Int) -> Int? {
        guard ms.count == 1, mentions[ms[0]].mention.type == .organization else { return nil }
        let r = mentions[ms[0]].mention.utf8Range
        let bytes = Array(sentence.utf8)
        let words = EventClause.words(bytes).filter { w in
            !(r.lowerBound - start..<r.upperBound - start).contains(w.range.lowerBound) && w.lower != "the"
        }
        return words.isEmpty ? ms[0] : nil
    }

    /// Indices of items ordered by their UTF-8 offset, handed out range by range (sentences in order) in one pass.
    struct OffsetCursor {
        private let items: [(offset: Int, index: Int)]
        private var next = 0

        init(_ indices: [Int], offset: (Int) -> Int) {
            items = indices.map { (offset($0), $0) }.sorted { ($0.offset, $0.index) < ($1.offset, $1.index) }
        }

        /// The indices whose offsets fall in `range`, in index order; those before it are passed over.
        mutating func take(_ range: Range<Int>) -> [Int] {
            var out: [Int] = []
            while next < items.count, items[next].offset < range.upperBound {
                if items[next].offset >= range.lowerBound { out.append(items[next].index) }
                next += 1
            }
            return out.sorted()
        }
    }

    // MARK: Dates

    private func tagPost(_ post: Post, index p: Int) -> [LocatedDate] {
        var out: [LocatedDate] = []
        if let line = post.datelineLine, let text = post.datelineText, let day = post.published, !post.publishedInferred {
            out.append(LocatedDate(post: p, passage: nil, kind: .body, line: line,
                                   expression: TemporalExpression(text: text, utf8Range: 0..<text.utf8.count,
                                                                  value: .day(day), isRelative: false),
                                   isDateline: true))
        }
        out += tagTitle(post, index: p)
        var introDay: CalendarDay?   // a day the body states just before quoted material
        var previousURLDays: [CalendarDay] = []
        var updateDay: CalendarDay?  // the day of the latest update note, which what follows speaks from
        for (k, passage) in post.allPassages.enumerated() {
            let isComment = passage.kind == .comment
            let base = isComment ? post.published : (updateDay ?? post.published)
            let reference = passage.kind == .quoted ? (introDay ?? base) : base
            let inferred = post.publishedInferred && reference == post.published
            let shifts = isComment ? [] : ReferenceShift.find(in: passage.text, quoted: passage.kind == .quoted, tagger: tagger)
            var expressions = tagShifted(passage.text, reference: reference, inferred: inferred, shifts: shifts)
            if let last = shifts.last(where: \.persists) { updateDay = last.day }
            URLDates.completeYears(&expressions, in: passage.text, nearby: previousURLDays)
            previousURLDays = URLDates.mentionsHTTP(passage.text) ? URLDates.days(in: passage.text) : []
            for e in expressions {
                out.append(LocatedDate(post: p, passage: k, kind: passage.kind,
                                       line: passage.line(atUTF8Offset: e.utf8Range.lowerBound),
                                       expression: e, isDateline: false))
            }
            if passage.kind == .body { introDay = quoteReference(expressions, published: post.published) }
        }
        return out
    }

    /// The dates a post's title states ("Ten years after the 2014 sell-off", "What changed in March 2019"), read
    /// against the post's day like its body. A title read apart from the body (the line beside a dateline) is in
    /// no passage, so it is tagged here; the dates are located on the title's line and attached to no sentence, so
    /// they become dates of the post but no timeline events of their own (the body tells those happenings). A
    /// title that is itself a passage line, or that is the dateline's line, is left to the passage tagging.
    private func tagTitle(_ post: Post, index p: Int) -> [LocatedDate] {
        guard let title = post.title, let line = post.titleLine, line != post.datelineLine,
              !post.allPassages.contains(where: { $0.firstLine <= line && line <= $0.lastLine }) else { return [] }
        return tagger.tag(title, reference: post.published, referenceInferred: post.publishedInferred).map {
            LocatedDate(post: p, passage: nil, kind: .body, line: line, expression: $0, isDateline: false)
        }
    }

    /// Tags `text` against `reference`, each stretch after a ``ReferenceShift`` against the shift's day.
    private func tagShifted(_ text: String, reference: CalendarDay?, inferred: Bool,
                            shifts: [ReferenceShift]) -> [TemporalExpression] {
        guard !shifts.isEmpty else { return tagger.tag(text, reference: reference, referenceInferred: inferred) }
        var out: [TemporalExpression] = []
        let utf8 = Array(text.utf8)
        var bounds = [(0, reference, inferred)]
        for s in shifts { bounds.append((s.offset, s.day, false)) }
        for (n, (start, day, inf)) in bounds.enumerated() {
            let end = n + 1 < bounds.count ? bounds[n + 1].0 : utf8.count
            guard end > start else { continue }
            let segment = String(decoding: utf8[start..<end], as: UTF8.self)
            for var e in tagger.tag(segment, reference: day, referenceInferred: inf) {
                e.utf8Range = (e.utf8Range.lowerBound + start)..<(e.utf8Range.upperBound + start)
                out.append(e)
            }
        }
        return out
    }

    /// Quoted material (a transcript, an article) is often written on a day the text introducing it names:
    /// "On 3rd March the panel heard from the regulator, whose words follow:-". Deictic words inside the quote
    /// ("this morning", "today") then mean that day. The latest such day of the introducing passage is used
    /// when it lies within two months before the post.
    private func quoteReference(_ expressions: [TemporalExpression], published: CalendarDay?) -> CalendarDay? {
        guard let published else { return nil }
        let days = expressions.compactMap { e -> CalendarDay? in
            guard let v = e.value, v.precision == .day, v.start <= published,
                  v.start.dayNumber >= published.dayNumber - 62 else { return nil }
            return v.start
        }
        return days.max()
    }

    /// The latest absolute day or month the post states, in its text or in the paths of its URLs.
    func inferDate(_ post: Post) -> CalendarDay? {
        var latest: CalendarDay?
        func consider(_ d: CalendarDay) {
            if latest == nil || d > latest! { latest = d }
        }
        for passage in post.allPassages {
            for e in tagger.tag(passage.text, reference: nil) where !e.isRelative {
                if let v = e.value, v.precision == .day || v.precision == .month { consider(v.start) }
            }
            for d in URLDates.days(in: passage.text) { consider(d) }
        }
        return latest
    }

    // MARK: Relations

    private func readRelations(_ ms: [Int], mentions: [LocatedMention], passage: Passage, post: Int,
                               sentence: Range<Int>, dates: [LocatedDate], anchor: Int? = nil) -> [RelationCandidate] {
        let found: [RelationReader.Found]
        if ms.isEmpty {
            // a sentence that names nobody may state a criticism by pronouns (`He also attacked the trust.`)
            guard let anchor else { return [] }
            found = relations.readUnnamed(passage: passage.text, sentence: sentence, after: anchor, all: mentions)
        } else {
            found = relations.read(passage: passage.text, sentence: sentence, mentions: ms, all: mentions,
                                   dates: dates.filter { !$0.isDateline }.map(\.expression))
        }
        guard !found.isEmpty else { return [] }
        return found.map { f in
            var region: Range<Int>?
            if let o = f.object {
                let a = mentions[f.subject].mention.utf8Range, b = mentions[o].mention.utf8Range
                region = min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
            }
            let span = RelationSpan.read(passage.text, sentence: sentence, dates: dates, region: region)
            var c = RelationCandidate(predicate: f.predicate, subject: f.subject, object: f.object, objectName: f.objectName,
                                      label: f.label, qualifier: f.qualifier, start: span.start, end: span.end, post: post,
                                      kind: passage.kind, line: passage.line(atUTF8Offset: f.offset))
            c.objectCandidates = f.objectCandidates
            return c
        }
    }

    /// The role alone, without the organization it names (`general secretary of Napo`, `Napo's general
    /// secretary` → `general secretary`).
    static func roleTitle(_ role: String, organization: String) -> String {
        RelationReader.roleTitle(role, organization: organization)
    }
}
