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
        for (i, m) in mentions.enumerated() {
            mentionsByPassage[PassageKey(post: m.post, passage: m.passage), default: []].append(i)
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
        for (p, post) in document.posts.enumerated() {
            var recentPersons: [Int] = []   // the people named in the post so far, for pronouns
            var recentOrganizations: [Int] = []  // the organizations named in the post so far, for `the trust`
            var previousSubject: Int?        // the organization that opened the sentence before, for `it`
            var lastSentencePersons: [Int] = []  // the people of the last sentence that named any
            var labelOrganization: Int?      // an organization the sentence before named alone (`Harbour Trust.`)
            var voice: Voice?                // who speaks as `we` and `I` in quoted material
            var introVoice: Voice?           // the voice a passage ending in `:` introduces
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
                    defer {
                        let people = ms.filter { mentions[$0].mention.type == .person }
                        recentPersons += people
                        recentOrganizations += ms.filter { mentions[$0].mention.type == .organization }
                        if !people.isEmpty { lastSentencePersons = people }
                        let first = ms.first { [.person, .organization].contains(mentions[$0].mention.type) }
                        previousSubject = first.flatMap { mentions[$0].mention.type == .organization ? $0 : nil }
                        labelOrganization = Self.labelOrganization(sentence, ms: ms, mentions: mentions, start: range.lowerBound)
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
                            let found = takingPart(sentence, date: (x.lowerBound - range.lowerBound)..<(x.upperBound - range.lowerBound),
                                                   value: value, names: names, ms: ms,
                                                   mentions: mentions, recentPersons: recentPersons,
                                                   lastSentencePersons: lastSentencePersons,
                                                   recentOrganizations: recentOrganizations,
                                                   organizationsByName: organizationsByName,
                                                   previousSubject: previousSubject, passage: k, passageStarts: passageStarts,
                                                   sentenceStart: range.lowerBound,
                                                   voice: voice, relations: found,
                                                   otherDates: others, label: labelOrganization)
                            taking += found.mentions.filter { !taking.contains($0) }
                            implied += found.implied.filter { !implied.contains($0) }
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
        found += RoleInheritance.inherited(found, mentions: mentions)
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
    func personName(_ m: LocatedMention) -> String {
        if let id = m.mention.knowledgeID, let r = knowledge.record(id: id) { return r.name }
        return m.mention.canonicalName
    }

    /// The names that take part in the event of the date at `date` (bytes of `sentence`): those of the date's
    /// clause (``EventClause``), the people its pronouns stand for, the organization `it` stands for, the body
    /// of a post `Entities/` knows for a person of it when the sentence names the post apart from the name, the voice of quoted material for
    /// `we` and `I`, and the holder of a post it names by title alone. Returns mention indices and implied names.
    func takingPart(_ sentence: Substring, date: Range<Int>, value: TemporalValue, names: [EventClause.Name], ms: [Int],
                    mentions: [LocatedMention], recentPersons: [Int], lastSentencePersons: [Int],
                    recentOrganizations: [Int] = [], organizationsByName: [String: Int] = [:], previousSubject: Int?,
                    passage: Int = 0, passageStarts: [Int] = [], sentenceStart: Int = 0,
                    voice: Voice?, relations: [RelationCandidate] = [], otherDates: [Int] = [],
                    label: Int? = nil) -> (mentions: [Int], implied: [String]) {
        let reading = EventClause.read(sentence, date: date, names: names, otherDates: otherDates)
        var parts = reading.takingPart.map { ms[$0] }
        var implied: [String] = []
        func isPerson(_ m: Int) -> Bool { mentions[m].mention.type == .person }
        let clauseStart = reading.clause.lowerBound
        let before = ms.enumerated().filter { names[$0.offset].range.upperBound <= clauseStart && isPerson($0.element) }.map(\.element)
        var pronounPerson: Int?
        // (no one named before: the person named after, `Given his report, Ann Reed said`)
        let after = ms.enumerated().filter { names[$0.offset].range.lowerBound >= reading.clause.upperBound && isPerson($0.element) }.map(\.element)
        // (a clause opening with `he` / `she` takes the subject of the last sentence that named people before the
        // person named last: `Ann Reed hired Tom Vale. She left in 2019` is Ann Reed)
        // (one whose title says another sex is passed over: `Dame Ann Reed` is no `he`)
        let sex = EventParticipants.pronounSex(clauseText: sentence, clause: reading.clause)
        func fits(_ m: Int) -> Bool { EventParticipants.fits(mentions[m].mention.text, sex: sex) }
        let opening = EventClause.words(Array(sentence.utf8)).first { reading.clause.contains($0.range.lowerBound) }?.lower
        // (a clause that opens with a possessive, `Her review in May 2019 found …`, is read the same way: the owner is
        // the subject of the last sentence that named people)
        let subjectFirst = ["he", "she", "his", "her"].contains(opening ?? "")
        if reading.subjectPronoun, let person = before.last(where: fits) ?? (subjectFirst ? lastSentencePersons.first(where: fits) : nil)
            ?? recentPersons.last(where: fits) ?? after.first(where: fits) {
            pronounPerson = person
            if !parts.contains(where: { personName(mentions[$0]) == personName(mentions[person]) }) { parts.append(person) }
        }
        // `replaced him`: the subject of the sentence, else of the last sentence that named people, else the person
        // last named
        if reading.objectPronoun {
            let taken = Set(parts.filter(isPerson).map { personName(mentions[$0]) })
            if let person = (before + lastSentencePersons + recentPersons.reversed()).first(where: { !taken.contains(personName(mentions[$0])) }) {
                parts.append(person)
            }
        }
        if reading.itSubject {
            let orgsBefore = ms.enumerated().filter {
                names[$0.offset].range.upperBound <= clauseStart && mentions[$0.element].mention.type == .organization
            }.map(\.element)
            if let org = orgsBefore.last ?? previousSubject, !parts.contains(org) { parts.append(org) }
        }
        // an organization the clause names by a definite description (`the trust paid`, ``DefiniteReference``)
        for ref in DefiniteReference.find(in: sentence, within: reading.clause, names: names.map(\.range)) {
            let here = ms.enumerated().filter {
                names[$0.offset].range.upperBound <= ref.range.lowerBound && mentions[$0.element].mention.type == .organization
            }.map(\.element)
            // (bytes back from the description through the post: a body named a few paragraphs before is in reach,
            // as far as ``DefiniteDescription/window`` allows)
            let at = sentenceStart + ref.range.lowerBound
            func distance(_ m: Int) -> Int {
                let x = mentions[m]
                if x.passage == passage { return at - x.mention.utf8Range.upperBound }
                guard x.passage < passage, passage < passageStarts.count else { return Int.max }
                return passageStarts[passage] + at - passageStarts[x.passage] - x.mention.utf8Range.upperBound
            }
            let candidates = (Array(here.reversed()) + recentOrganizations.reversed()).map { m in
                DefiniteDescription.Candidate(id: m, names: [mentions[m].mention.canonicalName, mentions[m].mention.text],
                                              distance: distance(m))
            }
            // (a lone business noun with no body of its kind in reach: the business that opened the sentence before)
            func candidate(_ m: Int) -> DefiniteDescription.Candidate {
                DefiniteDescription.Candidate(id: m, names: [mentions[m].mention.canonicalName, mentions[m].mention.text], distance: 0)
            }
            let sentenceBytes = Array(sentence.utf8)
            var b = ref.range.lowerBound - 1
            while b >= 0, sentenceBytes[b] == 0x20 { b -= 1 }
            let inApposition = b >= 0 && sentenceBytes[b] == 0x2C && names.contains { $0.isActor && $0.range.upperBound == b }
            if let m = DefiniteReference.resolve(ref, among: candidates) ?? (ref.words.count > 1 ? organizationsByName[ref.words.joined(separator: " ")] : nil)
                ?? DefiniteReference.business(ref, subject: previousSubject.map(candidate), here: here.map(candidate), inApposition: inApposition),
               !parts.contains(where: { mentions[$0].mention.canonicalName == mentions[m].mention.canonicalName }) {
                parts.append(m)
            }
        }
        let utf8 = sentence.utf8
        let c = reading.clause.clamped(to: 0..<utf8.count)
        let clauseText = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: c.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: c.upperBound)],
                                as: UTF8.self)
        // the body of a role the sentence names for one of its people, away from the name (`stepping into the
        // chief inspector role`, `resigned as health secretary`; not `Ann Reed, the health secretary`)
        // (in the clause when the person stands in it, else anywhere in the sentence)
        // (a long run of text is read only near the date, as the clause is)
        let near = max(0, date.lowerBound - EventClause.window)..<min(utf8.count, date.upperBound + EventClause.window)
        var lo = near.lowerBound, hi = near.upperBound
        func byte(_ i: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: i)] }
        while lo < hi, byte(lo) & 0xC0 == 0x80 { lo += 1 }
        while hi > lo, hi < utf8.count, byte(hi) & 0xC0 == 0x80 { hi -= 1 }
        let text = sentence[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)]
        func shift(_ r: Range<Int>) -> Range<Int> { max(0, r.lowerBound - lo)..<max(0, r.upperBound - lo) }
        for (j, m) in ms.enumerated() where parts.contains(m) && isPerson(m) && names[j].range.lowerBound >= lo {
            let within = reading.clause.contains(names[j].range.lowerBound) ? shift(reading.clause) : 0..<(hi - lo)
            implied += participants.titledOrganizations(of: personName(mentions[m]), in: text, awayFrom: shift(names[j].range),
                                                        within: within, dateAt: date.lowerBound - lo, on: value)
        }
        if let v = voice {
            if reading.firstPersonPlural {
                implied += v.organizations
                for person in v.people { implied += participants.organizations(of: person, on: value) }
                if v.labelled { implied += v.people }
            }
            if reading.firstPersonSingular { implied += v.people }
        }
        if !parts.contains(where: isPerson) {
            implied += participants.implied(by: clauseText[...], on: value)
        }
        // a report or an inspection is its author's body's (`his annual report came out in May`): the organization
        // a person of the clause worked for then, by `Entities/`
        for owner in Self.reportOwners(in: sentence, clause: c, names: ms.indices.filter { isPerson(ms[$0]) }.map { names[$0].range },
                                       pronoun: pronounPerson != nil) {
            let person = owner.map { ms.filter(isPerson)[$0] } ?? pronounPerson
            if let person, parts.contains(person) || person == pronounPerson {
                implied += participants.organizations(of: personName(mentions[person]), on: value)
            }
        }
        // a change of post in a body the clause does not name (``RoleChangeParticipants``): the body of the post
        // stated for the person nearest before the change word in the sentence (else the pronoun's person)
        let clauseWords = EventClause.words(Array(utf8)).filter { reading.clause.contains($0.range.lowerBound) }
        let lowerWords = clauseWords.map(\.lower)
        // (the posts are read from the relations only when the clause tells of a post: a run of thousands of dated
        // sentences must not read them all for each date)
        lazy var posts = relations.compactMap { r -> RoleChangeParticipants.Post? in
            guard r.predicate == "holds_role" || r.predicate == "leads", r.subject < mentions.count else { return nil }
            guard let org = r.object.map({ mentions[$0].mention.canonicalName }) ?? r.objectName else { return nil }
            return RoleChangeParticipants.Post(person: personName(mentions[r.subject]), organization: org, title: r.label,
                                               past: RoleChangeParticipants.isPast(r.qualifier, label: r.label))
        }
        // (when the clause names no organization of its own, a post of that title stated for someone else before, or
        // a body named alone as a label just before, `Harbour Trust. Ann Reed has been chief executive since 2019.`)
        // (only a body the text named counts there: a minister's department by convention is no party to what the
        // minister does)
        let namesOrganization = parts.contains { mentions[$0].mention.type == .organization }
        lazy var namedPosts = relations.compactMap { r -> RoleChangeParticipants.Post? in
            guard r.predicate == "holds_role" || r.predicate == "leads", r.subject < mentions.count, let o = r.object else { return nil }
            return RoleChangeParticipants.Post(person: personName(mentions[r.subject]), organization: mentions[o].mention.canonicalName,
                                               title: r.label, past: RoleChangeParticipants.isPast(r.qualifier, label: r.label))
        }
        func bodyOfTitle(_ title: Set<String>, person: Int) -> String? {
            guard !namesOrganization, RoleChangeParticipants.isOfficeOfABody(title) else { return nil }
            if let l = label { return mentions[l].mention.canonicalName }
            return RoleChangeParticipants.organization(ofTitle: title, among: namedPosts, except: personName(mentions[person]))
        }
        // (a change told near the date: `Ann Reed, who became chair in May, spoke today` is no change of today)
        // (nor one told in a relative clause after the date: `Yesterday Ann Reed, who took over in May, said`)
        var changed: Int?
        if let k = RoleChangeParticipants.changeIndex(lowerWords),
           abs(clauseWords[k].range.lowerBound - date.lowerBound) <= RoleChangeParticipants.reach,
           !clauseWords[..<k].contains(where: { $0.range.lowerBound > date.lowerBound && EventClause.relativeWords.contains($0.lower) }) {
            let at = clauseWords[k].range.lowerBound
            let near = ms.indices.filter { isPerson(ms[$0]) && parts.contains(ms[$0]) && names[$0].range.upperBound <= at }
                .max { names[$0].range.lowerBound < names[$1].range.lowerBound }.map { ms[$0] }
            if let m = near ?? pronounPerson {
                changed = m
                let named = RoleChangeParticipants.namedPost(lowerWords)
                let run = RoleChangeParticipants.postRuns(Array(lowerWords[(k + 1)...].prefix(5))).first
                let own = relations.filter { $0.subject < mentions.count && personName(mentions[$0.subject]) == personName(mentions[m])
                    && $0.predicate == "holds_role" && $0.object == nil && $0.objectName == nil && $0.qualifier != "former" }
                    .compactMap(\.label).last.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
                if let org = RoleChangeParticipants.organization(of: personName(mentions[m]), among: posts, named: named)
                    ?? bodyOfTitle(run ?? own ?? [], person: m) {
                    implied.append(org)
                }
            }
        }
        // a post the clause names for one of its people (`Its chief executive, Ann Reed, had been in post since
        // 2019`, `Tom Vale was chair during the strikes`): the body of that post as stated for them before
        for run in RoleChangeParticipants.postRuns(lowerWords) where RoleChangeParticipants.isOfficeOfABody(run) {
            let people = ms.indices.filter { isPerson(ms[$0]) && parts.contains(ms[$0]) && reading.clause.contains(names[$0].range.lowerBound) }
                .map { ms[$0] } + (pronounPerson.map { [$0] } ?? [])
            for m in people where m != changed {
                if let org = RoleChangeParticipants.organization(of: personName(mentions[m]), among: namedPosts, named: run)
                    ?? bodyOfTitle(run, person: m) {
                    implied.append(org)
                }
            }
        }
        // `Its first chair, Ann Reed, …`: the organization the sentence before opened with
        if RoleChangeParticipants.opensWithOwnedPost(clauseWords.map(\.lower)), let org = previousSubject, !parts.contains(org) {
            parts.append(org)
        }
        // a party that only labels a person (`Ann Reed, the Harbour Party MP for Leeds`, `a Harbour Party peer`,
        // `she is a Harbour Party member`) takes no part; a party that acts (`the Harbour Party won`) does
        lazy var sentenceWords = EventClause.words(Array(utf8))
        var labels: Set<String> = []
        for (j, m) in ms.enumerated() where Self.isParty(mentions[m].mention.canonicalName) {
            let r = names[j].range
            let next = sentenceWords.first { $0.range.lowerBound >= r.upperBound }
            let before = sentenceWords.last { $0.range.upperBound <= r.lowerBound }
            if let next, next.range.lowerBound - r.upperBound <= 1 {
                if Self.partyLabels.contains(next.lower) { labels.insert(mentions[m].mention.canonicalName); continue }
                // (`a Harbour Party government` is the party in power; its `leader` leads it)
                if ["government", "administration", "leader", "leadership"].contains(next.lower) { continue }
            }
            if ["a", "an"].contains(before?.lower ?? "") { labels.insert(mentions[m].mention.canonicalName) }
        }
        // (nor as the body of the person's post: `peer` is no post in the party)
        parts.removeAll { labels.contains(mentions[$0].mention.canonicalName) }
        implied.removeAll { labels.contains($0) }
        // (nor a body named only as someone's past: `Tom Vale, previously chief executive of Harbour Trust, took over
        // as chair in March` is no happening of Harbour Trust's, whatever post of his is known there)
        // (the body as written: `formerly head of Harbour TV Studios` read as Harbour TV leaves Harbour TV's own posts)
        let background = Set(reading.background.filter { $0 < ms.count }.map { ms[$0] }
            .filter { mentions[$0].mention.text == mentions[$0].mention.canonicalName }.map { mentions[$0].mention.canonicalName })
        implied.removeAll { background.contains($0) }
        var seen = Set(parts.map { personName(mentions[$0]) })
        implied = implied.filter { seen.insert($0).inserted }
        return (parts.sorted(), implied)
    }

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

    /// Whether an organization's name is a political party's (`Labour Party`, `Liberal Democrats`).
    static func isParty(_ name: String) -> Bool {
        name.hasSuffix(" Party") || ["Liberal Democrats", "Conservatives", "Labour", "Conservative"].contains(name)
    }

    /// Words after a party's name that make it a label of the person (`Labour MP`, `Conservative peer`; not
    /// `leader`: the party's leader speaks for it).
    static let partyLabels: Set<String> = ["mp", "mps", "peer", "peers", "councillor", "councillors", "member", "members",
                                           "mep", "msp", "minister", "secretary", "chancellor", "mayor", "candidate", "whip",
                                           "politician", "backbencher", "chair", "chairman", "spokesman", "spokeswoman", "spokesperson",
                                           "transport", "health", "education", "home", "justice", "work", "business", "culture",
                                           "environment", "foreign", "defence", "housing", "energy"]

    /// Nouns of a report, whose author's body takes part.
    static let reportWords: Set<String> = ["report", "reports", "inspection", "inspections"]

    /// The owners of a report the clause `clause` (UTF-8 bytes of `sentence`) tells of: a person named with a
    /// possessive (`Ann Reed's annual report`, an index into `people`, their UTF-8 ranges) or a possessive pronoun
    /// (`her latest report`, nil), at most three words before the report's noun.
    static func reportOwners(in sentence: Substring, clause: Range<Int>, names people: [Range<Int>], pronoun: Bool) -> [Int?] {
        let bytes = Array(sentence.utf8)
        let words = EventClause.words(bytes)
        /// Whether `possessive` (the byte after a possessive) stands at most three words before a report's noun.
        func beforeReport(_ from: Int) -> Bool {
            guard let k = words.firstIndex(where: { $0.range.lowerBound >= from }) else { return false }
            return words[k..<min(words.count, k + 4)].contains { clause.contains($0.range.lowerBound) && reportWords.contains($0.lower) }
        }
        var out: [Int?] = []
        for (p, r) in people.enumerated() where clause.contains(r.lowerBound) {
            // `Ann Reed's` or `Ann Reed’s`
            let e = r.upperBound
            let straight = e + 1 < bytes.count && bytes[e] == 0x27 && bytes[e + 1] | 0x20 == 0x73
            let curly = e + 3 < bytes.count && bytes[e] == 0xE2 && bytes[e + 1] == 0x80 && bytes[e + 2] == 0x99 && bytes[e + 3] | 0x20 == 0x73
            if straight && beforeReport(e + 2) || curly && beforeReport(e + 4) { out.append(p) }
        }
        if pronoun {
            for w in words where clause.contains(w.range.lowerBound) && (w.lower == "his" || w.lower == "her") && beforeReport(w.range.upperBound) {
                out.append(nil)
                break
            }
        }
        return out
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
            found = relations.read(passage: passage.text, sentence: sentence, mentions: ms, all: mentions)
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
