import Foundation
import HindsightSupport

/// What the sentences just before a sentence name, for the relations a sentence states about names it does not
/// repeat: the person a pronoun stands for (`Tom Vale led the trust for six years. Ann Reed replaced him in
/// May.`) and the organization a post belongs to when the sentence names none (`It has been a hard year for
/// Harbour Homes. Its chair, Ann Reed, quit in May; Tom Vale, the chief executive, stays.`).
///
/// Only the same passage counts (a comment never reaches back into the post), and only the previous sentence
/// (for a pronoun) or the few sentences of the same paragraph (for an organization).
struct RelationContext {
    /// Mentions before the sentence in its passage, nearest last.
    let before: [(index: Int, mention: EntityMention)]
    /// The UTF-8 offset where the previous sentence starts.
    let previousSentenceStart: Int
    /// The UTF-8 offset where the sentence's paragraph starts.
    let paragraphStart: Int
    /// The passage's text, and where the sentence starts in it (for ``topic``).
    let text: String
    let sentenceStart: Int
    /// The topics already read for this sentence (``topic(at:in:)``).
    let memo = TopicMemo()

    /// `anchor`, for a sentence that names nobody (`ms` empty): the last mention of the passage before it.
    init(text: String, sentence: Range<Int>, mentions ms: [Int], all: [LocatedMention], anchor: Int? = nil) {
        self.text = text
        sentenceStart = sentence.lowerBound
        let reference = ms.min() ?? anchor ?? 0
        let first = ms.min() ?? (reference + 1)
        let post = all[reference].post, passage = all[reference].passage
        var found: [(index: Int, mention: EntityMention)] = []
        var k = first - 1
        while k >= 0, first - k <= 120, all[k].post == post {
            if all[k].passage == passage, all[k].mention.utf8Range.upperBound <= sentence.lowerBound {
                found.append((k, all[k].mention))
            }
            k -= 1
        }
        before = found.sorted { $0.mention.utf8Range.lowerBound < $1.mention.utf8Range.lowerBound }
        // The previous sentence: back from this one's start to the end of the one before it, within a window (a
        // long line of text is read in linear time).
        let lo = max(0, sentence.lowerBound - 1200)
        (previousSentenceStart, paragraphStart) = RelationContext.withBytes(of: text, from: lo, to: sentence.lowerBound) { bytes in
            var start = bytes.count - 1
            while start > 0, bytes[start] == 32 || bytes[start] == 10 || bytes[start] == 9 { start -= 1 }   // spaces before this sentence
            var p = max(0, start)
            while p > 0 {
                let c = bytes[p - 1]
                if (c == 46 || c == 63 || c == 33) && p < bytes.count && (bytes[p] == 32 || bytes[p] == 10) && p < start { break }
                if c == 10 && p >= 2 && bytes[p - 2] == 10 { break }
                p -= 1
            }
            var q = bytes.count
            while q > 1, !(bytes[q - 1] == 10 && bytes[q - 2] == 10) { q -= 1 }
            return (lo + p, lo + (q <= 1 ? 0 : q))
        }
    }

    /// `body` run on the UTF-8 bytes `lo..<hi` of `text` where they lie (a copy only for a string without
    /// contiguous UTF-8): every sentence read looks back up to 1,200 bytes, and a pronoun up to 6,000, and copying
    /// them byte by byte was a fiftieth of an export.
    static func withBytes<R>(of text: String, from lo: Int, to hi: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }) { return r }
        let u = text.utf8
        let bytes = Array(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)])
        return bytes.withUnsafeBufferPointer(body)
    }

    /// The person a pronoun stands for: the first person named in the last clause of the previous sentence that
    /// names one (its subject, mostly: `Tom Vale left, and Ann Reed took over` → Ann Reed), of the pronoun's sex
    /// when the name tells it (`male`: `he`, `him`, `his`).
    func previousSubject(text: String, male: Bool? = nil) -> (index: Int, mention: EntityMention)? {
        let people = before.filter { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= previousSentenceStart
            && (male == nil || RelationContext.sex($0.mention) != !male!) }
        guard let first = people.first else { return nil }
        // the last `, and` or `;` before a later person starts a new clause with its own subject
        var best = first
        for p in people.dropFirst() {
            let gap = RelationReader.Sentence.slice(text, best.mention.utf8Range.upperBound, p.mention.utf8Range.lowerBound)
            if gap.fastContains(", and ") || gap.fastContains("; ") || gap.fastContains(", but ") { best = p }
        }
        return best
    }

    /// The first organization of the previous sentence, in this paragraph or the one before (`its`, opening a
    /// paragraph, is mostly the organization the last one ended on).
    var previousSentenceOrganization: (index: Int, mention: EntityMention)? {
        before.first { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= previousSentenceStart && !RelationReader.isParty($0.mention.text) }
    }

    /// The first organization of the paragraph before the sentence (a party is no employer): what the paragraph
    /// is about, for `has chaired the board`; past one named in a person's aside (``contextBody(from:)``).
    var paragraphFirstOrganization: (index: Int, mention: EntityMention)? {
        contextBody(from: paragraphStart)
    }

    /// The organization the previous sentence is about, for a post with none named: its first organization, in
    /// the same paragraph (a party is no employer), past one named in a person's aside (``contextBody(from:)``).
    ///
    /// When the sentence before, in the same paragraph, names no body, the body its subject stands for: a
    /// description or a pronoun (`Kelby Rail has had many chairs. The company's chairs changed often. Ann Reed
    /// became chair in 2014.` → Kelby Rail; ``organization(at:in:depth:)``, which reads the clause subjects of the
    /// two sentences before).
    var paragraphOrganization: (index: Int, mention: EntityMention)? {
        if let m = contextBody(from: max(paragraphStart, previousSentenceStart)) ?? paragraphTopic { return m }
        guard previousSentenceStart >= paragraphStart, previousSentenceStart < sentenceStart,
              !before.contains(where: { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= previousSentenceStart }),
              opensWithDescribedSubject(from: previousSentenceStart) else { return nil }
        let here = RelationReader.Sentence(text: text, range: sentenceStart..<sentenceStart, mentions: [])
        return organization(at: sentenceStart, in: here).flatMap { RelationReader.isParty($0.mention.text) ? nil : $0 }
    }

    /// The body the text before the sentence, from UTF-8 offset `from`, is about, for a post that names none: its
    /// first organization (not a party). A body named inside a person's aside (``isInPersonAside(_:)``: `She was
    /// followed by Tom Vale, a lawyer at Harbour Legal.`) describes that person, not what the text is about: then a
    /// body after it that is a clause's subject (`..., and Kelby Water took over`), else the paragraph's topic,
    /// else the passage's (``topic(at:in:)``); when there is none, the aside's body as before. A sentence that
    /// speaks of a successor keeps the aside's body (``speaksOfSuccession``: `Ann Reed, then chief inspector at
    /// Kelby Schools, retired. Her successor as chief inspector ...`: her post's body is the one meant).
    func contextBody(from: Int) -> (index: Int, mention: EntityMention)? {
        let bodies = before.filter { m in
            m.mention.type == .organization && m.mention.utf8Range.lowerBound >= from && !RelationReader.isParty(m.mention.text)
        }
        guard let first = bodies.first else { return nil }
        guard isInPersonAside(first), !speaksOfSuccession else { return first }
        if let m = bodies.first(where: { !isInPersonAside($0) && isClauseSubject($0) }) { return m }
        if let t = paragraphTopic, t.mention.utf8Range.lowerBound >= from { return t }
        let here = RelationReader.Sentence(text: text, range: sentenceStart..<sentenceStart, mentions: [])
        if let t = topic(at: sentenceStart, in: here), !RelationReader.isParty(t.mention.text) { return t }
        return first
    }

    /// Whether the sentence's first words speak of one person following another (`His successor as chief
    /// inspector, Ann Reed, ...`, `..., who replaced him`): the post is then the one the person before held, whose
    /// body an aside of theirs names (`Tom Vale, then chief inspector at Kelby Schools, retired.`).
    var speaksOfSuccession: Bool {
        // (the sentence's own words: up to its first full stop, question or exclamation mark before a space or a line end)
        let end = RelationContext.withBytes(of: text, from: sentenceStart, to: min(sentenceStart + 160, text.utf8.count)) { b -> Int in
            var i = 0
            while i + 1 < b.count, !([46, 63, 33].contains(b[i]) && [32, 10, 13].contains(b[i + 1])) { i += 1 }
            return i
        }
        let words = RelationReader.Sentence.slice(text, sentenceStart, sentenceStart + end).lowerWords
        return words.contains { ["successor", "predecessor", "replacement", "succeeded", "succeeding", "replaced", "replacing"].contains($0) }
    }

    /// Whether mention `m` (of ``before``) opens a clause as its subject: only lead-in words before it from the
    /// start of its sentence or clause (``RelationReader/clauseStarts(in:separators:)``), the last governing
    /// nothing, and no possessive after it.
    func isClauseSubject(_ m: (index: Int, mention: EntityMention)) -> Bool {
        let at = m.mention.utf8Range.lowerBound
        let lo = max(0, at - 1200)
        guard let st = RelationContext.layout(text, from: lo, to: at).sentences.last(where: { $0 <= at }) else { return false }
        let t = RelationReader.Sentence.slice(text, st, at)
        let c = st + (RelationReader.clauseStarts(in: t).last ?? 0)
        let lead = RelationReader.Sentence.slice(text, c, at).lowerWords
        guard lead.count <= 8, lead.allSatisfy(RelationContext.isLeadIn),
              !(lead.last.map { RelationContext.governing.contains($0) } ?? false),
              !before.contains(where: { $0.mention.utf8Range.lowerBound >= c && $0.mention.utf8Range.upperBound <= at
                                        && ($0.mention.type == .person || $0.mention.type == .organization) }) else { return false }
        let after = RelationReader.Sentence.slice(text, m.mention.utf8Range.upperBound, min(m.mention.utf8Range.upperBound + 3, text.utf8.count))
        return !(after.hasPrefix("'s") || after.hasPrefix("\u{2019}"))
    }

    /// Whether mention `m` (of ``before``) is named inside a person's apposition or relative clause, which
    /// describes that person and not what the sentence is about: `Ann Reed, the former director of Kelby
    /// Museum, ...`, `Tom Vale, who had run Harbour Water, ...`, `Sam Cole, a lawyer at Marsh Legal and a former
    /// chair of Kelby Shelter, ...`, `(then at Harbour Homes)`. The words between the person and the body open
    /// with a comma or a bracket and a word in lower case (not `and`, `or`, `but`, nor a verb of saying) and hold no
    /// other comma, bracket or full stop; a body after such a body, joined by `and` or its own apposition (`the
    /// Kelby Lab, part of the Ministry`), is in the aside too.
    func isInPersonAside(_ m: (index: Int, mention: EntityMention)) -> Bool {
        RelationContext.isInPersonAside(m, among: before, text: text)
    }

    /// ``isInPersonAside(_:)`` among `known` (the mentions before `m` in its passage, in order).
    static func isInPersonAside(_ m: (index: Int, mention: EntityMention), among known: [(index: Int, mention: EntityMention)],
                                text: String, depth: Int = 0) -> Bool {
        let start = m.mention.utf8Range.lowerBound
        guard depth < 4, let p = known.last(where: {
            $0.mention.utf8Range.upperBound <= start && ($0.mention.type == .person || $0.mention.type == .organization)
        }) else { return false }
        let gap = RelationReader.Sentence.slice(text, p.mention.utf8Range.upperBound, start)
        guard gap.utf8.count <= 120 else { return false }
        func closed(_ t: Substring) -> Bool { t.contains { ",;:.()!?\n".contains($0) } }
        var opensAside = false
        if gap.hasPrefix(", ") || gap.hasPrefix(" (") {
            let rest = gap.dropFirst(2)
            if let c = rest.first, c.isLowercase, !closed(rest),
               !["and", "or", "but", "said", "says", "told", "while", "which", "where", "when"].contains(rest.lowerWords.first ?? "") {
                opensAside = true
            }
        }
        if p.mention.type == .person { return opensAside }
        // a body after a body in an aside, in the same aside: joined without a comma (`a lawyer at Marsh Legal and a
        // former chair of Kelby Shelter`), or by the body's own apposition (`the Kelby Lab, part of the Ministry`; not
        // the aside's close, `a lawyer at Marsh Legal, sued Harbour`)
        let joined = gap.hasPrefix(" ") && !closed(Substring(gap))
            || opensAside && ["a", "an", "the", "part", "one", "its", "itself"].contains(gap.lowerWords.first ?? "")
        guard joined else { return false }
        return isInPersonAside(p, among: known, text: text, depth: depth + 1)
    }

    /// The organization that opens the paragraph, its topic (`Harbour Homes told the council it would close. Its
    /// tenants were not told. The chief executive, Ann Reed, says ...`): named within its first few bytes.
    var paragraphTopic: (index: Int, mention: EntityMention)? {
        guard let m = before.first(where: { m in
            m.mention.type == .organization && m.mention.utf8Range.lowerBound >= paragraphStart && !RelationReader.isParty(m.mention.text)
        }), m.mention.utf8Range.lowerBound - paragraphStart <= 6 else { return nil }
        return m
    }

    /// The organization a definite description (`the trust`, [`trust`]) at UTF-8 offset `offset` of sentence `s`
    /// stands for: ``DefiniteDescription`` over the organizations named before it in the sentence and its
    /// passage (a party is no body of these kinds).
    func definite(_ words: [String], before offset: Int, in s: RelationReader.Sentence) -> Int? {
        let named = s.mentions.filter { $0.mention.utf8Range.upperBound <= offset } + before
        let candidates = named.filter { $0.mention.type == .organization && !RelationReader.isParty($0.mention.text) }.map {
            DefiniteDescription.Candidate(id: $0.index, names: [$0.mention.canonicalName, $0.mention.text],
                                          distance: offset - $0.mention.utf8Range.upperBound)
        }
        if let id = DefiniteDescription.resolve(words, among: candidates, topic: { self.topic(at: offset, in: s)?.mention.canonicalName }) { return id }
        // no body of the kind named near, or two: the passage's topic, when the noun fits it
        guard words.count == 1, let head = words.first else { return nil }
        if let t = topic(describedAs: head, at: offset, in: s) { return t.index }
        // nor that: the body the whole page is about, when the noun fits it (``pageTopic(before:in:)``)
        guard !DefiniteDescription.plainHeads.contains(head), let t = pageTopic(before: offset, in: s),
              Self.topicNouns.contains(head) || DefiniteDescription.fitsSubject(head, names: [t.mention.canonicalName, t.mention.text])
        else { return nil }
        return t.index
    }
}

/// The pronoun resolver's view of the passage: where sentences, clauses and paragraphs start before a
/// pronoun, and the names there as ``PronounResolver/Candidate``s.
extension RelationContext {
    /// Words whose `.` ends no sentence (`Mr. Vale`, `St. Mary's`).
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "prof", "rev", "gen", "col", "sgt", "jr", "sr", "vs", "etc"]

    /// Sentence and paragraph starts in `text` between `lo` and `hi` (UTF-8 offsets), in order.
    static func layout(_ text: String, from lo: Int, to hi: Int) -> (sentences: [Int], paragraphs: [Int]) {
        let u = text.utf8
        guard lo < hi, hi <= u.count else { return ([], []) }
        let b = Array(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)])
        var sentences: [Int] = [], paragraphs: [Int] = []
        if lo == 0 { sentences.append(0); paragraphs.append(0) }
        func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 }
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 10 {
                var j = i
                var newlines = 0
                while j < b.count, isSpace(b[j]) { if b[j] == 10 { newlines += 1 }; j += 1 }
                if j < b.count {
                    sentences.append(lo + j)
                    if newlines >= 2 { paragraphs.append(lo + j) }
                }
                i = j
                continue
            }
            if c == 46 || c == 63 || c == 33 {   // . ? !
                var j = i + 1
                while j < b.count, [34, 39, 41].contains(b[j]) || (b[j] == 0xE2 && j + 2 < b.count && b[j + 1] == 0x80 && [0x99, 0x9D].contains(b[j + 2])) {
                    j += b[j] == 0xE2 ? 3 : 1
                }
                guard j < b.count, b[j] == 32 else { i += 1; continue }
                while j < b.count, b[j] == 32 { j += 1 }
                guard j < b.count, (b[j] >= 65 && b[j] <= 90) || (b[j] >= 48 && b[j] <= 57) || b[j] == 34 || b[j] == 0xE2 else { i += 1; continue }
                if c == 46 {
                    // the word before the full stop: an abbreviation or an initial ends no sentence
                    var k = i
                    while k > 0, (b[k - 1] >= 65 && b[k - 1] <= 90) || (b[k - 1] >= 97 && b[k - 1] <= 122) { k -= 1 }
                    let word = String(decoding: b[k..<i], as: UTF8.self)
                    if abbreviations.contains(word.lowercased()) || (word.count == 1 && word.uppercased() == word) { i += 1; continue }
                }
                sentences.append(lo + j)
                i = j
                continue
            }
            i += 1
        }
        return (sentences, paragraphs)
    }

    /// Every mention known before `offset` in the sentence and its passage, in order.
    func mentions(before offset: Int, in s: RelationReader.Sentence) -> [(index: Int, mention: EntityMention)] {
        (before + s.mentions.filter { $0.mention.utf8Range.upperBound <= offset })
            .sorted { $0.mention.utf8Range.lowerBound < $1.mention.utf8Range.lowerBound }
    }

    /// The organization a description (`the committee`, [`committee`]) at `offset` stands for, among the
    /// organizations named before it (``DefiniteDescription``).
    /// `orTopic`: with no body resolved, the passage's topic when the noun fits it (``topic(describedAs:at:in:)``).
    func describedOrganization(_ words: [String], at offset: Int, in s: RelationReader.Sentence,
                               orTopic: Bool = true) -> (index: Int, mention: EntityMention)? {
        let named = mentions(before: offset, in: s).filter { $0.mention.type == .organization && !RelationReader.isParty($0.mention.text) }
        let candidates = named.map {
            DefiniteDescription.Candidate(id: $0.index, names: [$0.mention.canonicalName, $0.mention.text],
                                          distance: offset - $0.mention.utf8Range.upperBound)
        }
        // (the topic breaks a choice between bodies of the kind only when it may answer: the topic's own reading
        // asks with `orTopic: false`)
        guard let id = DefiniteDescription.resolve(words, among: candidates,
                                                   topic: orTopic ? { self.topic(at: offset, in: s)?.mention.canonicalName } : nil) else {
            // no body of the kind named near, or two: the passage's topic, when the noun fits it
            guard orTopic, words.count == 1, let head = words.first else { return nil }
            return topic(describedAs: head, at: offset, in: s)
        }
        return named.first { $0.index == id }
    }

    /// A person's sex by title or given name (`true`: male), as written here first (`Mrs Reed`), else by the
    /// canonical name: the one test every pronoun reader of this passage uses.
    static func sex(_ m: EntityMention) -> Bool? {
        GivenNames.isMale(m.text) ?? GivenNames.isMale(m.canonicalName)
    }

    /// The person `he`/`him`/`his` (`male`) or `she`/`her` at `offset` of sentence `s` stands for
    /// (``PronounResolver/person(male:among:)``). `sameSentence: false` (an object, `criticised him`) reads only
    /// the sentences before; `excluding` names people it cannot be (the clause's subject).
    func person(male: Bool, at offset: Int, in s: RelationReader.Sentence, sameSentence: Bool = true, subjectPronoun: Bool = false,
                excluding: Set<String> = [], depth: Int = 0) -> (index: Int, mention: EntityMention)? {
        let lo = max(0, offset - 6000)
        let (sentences, paragraphs) = RelationContext.layout(s.text, from: lo, to: offset)
        let sStart = min(offset, s.range.lowerBound)
        let starts = (sentences + [sStart]).filter { $0 <= sStart }
        func sentenceIndex(_ p: Int) -> Int { p >= sStart ? 0 : 1 + starts.filter { $0 > p && $0 < sStart }.count }
        func paragraphIndex(_ p: Int) -> Int { paragraphs.filter { $0 > p && $0 <= offset }.count }
        let known = mentions(before: offset, in: s).filter { $0.mention.utf8Range.lowerBound >= lo }
        var candidates: [PronounResolver.Candidate] = []
        var byID: [Int: (index: Int, mention: EntityMention)] = [:]
        for m in known where m.mention.type == .person && !excluding.contains(m.mention.canonicalName) {
            let p = m.mention.utf8Range.lowerBound
            let k = sentenceIndex(p)
            if k == 0 && !sameSentence { continue }
            // the subject of its sentence: only lead-in words and no other name before it
            let st = starts.last { $0 <= p } ?? lo
            let lead = RelationReader.Sentence.slice(s.text, st, p).lowerWords
            let opens = lead.count <= 6 && lead.allSatisfy(RelationContext.isLeadIn)
                && !(lead.last.map { RelationContext.governing.contains($0) } ?? false)
                && !known.contains { $0.mention.utf8Range.lowerBound >= st && $0.mention.utf8Range.upperBound <= p && [.person, .organization].contains($0.mention.type) }
            candidates.append(.init(id: m.index, key: m.mention.canonicalName, person: true, male: Self.sex(m.mention),
                                    sentence: k, paragraph: paragraphIndex(p), subject: opens))
            byID[m.index] = m
        }
        // a sentence that names nobody but opens with a pronoun of this sex passes on what it stands for
        if depth < 2 {
            let pronouns: Set<String> = male ? ["he", "his"] : ["she", "her"]
            for st in Set(starts) where st < sStart && paragraphIndex(st) <= 1 {
                let k = sentenceIndex(st)
                guard !known.contains(where: { $0.mention.type == .person && sentenceIndex($0.mention.utf8Range.lowerBound) == k }),
                      let first = RelationReader.Sentence.slice(s.text, st, min(st + 12, offset)).lowerWords.first,
                      pronouns.contains(first) else { continue }
                let inner = RelationReader.Sentence(text: s.text, range: st..<sStart, mentions: [])
                if let r = person(male: male, at: st, in: inner, subjectPronoun: true, excluding: excluding, depth: depth + 1) {
                    candidates.append(.init(id: r.index, key: r.mention.canonicalName, person: true, male: male,
                                            sentence: k, paragraph: paragraphIndex(st), subject: true))
                    byID[r.index] = r
                }
            }
        }
        return PronounResolver.person(male: male, among: candidates, subjectPronoun: subjectPronoun).flatMap { byID[$0] }
    }

    /// `a` and the names of `type` coordinated with it in `clause` (`Harbour and the union said`: both), in order:
    /// each joined to the one before by `and`, `and the`, `&` or `or` alone.
    static func coordinated(_ a: (index: Int, mention: EntityMention), of type: EntityType,
                            in clause: [(index: Int, mention: EntityMention)], text: String) -> [(index: Int, mention: EntityMention)] {
        var keys = [a]
        for m in clause where m.index != a.index && m.mention.type == type {
            let gap = RelationReader.Sentence.slice(text, keys.last!.mention.utf8Range.upperBound, m.mention.utf8Range.lowerBound)
                .lowercased().trimming(" ")
            if ["and", "and the", "&", "or"].contains(gap) { keys.append(m) } else { break }
        }
        return keys
    }

    /// Whether the words of a clause before its first name (`lead`, lower case), a name that is no person's,
    /// create that body: `the 2007 Act created the`, `ministers set up a new`, `Parliament established`, with no
    /// negation, modal or relative word among them (`would have created`, `which set up`). The text then goes on
    /// about the new body (`..., and it began work in 1997. Its first chair ...`).
    static func createsBody(_ lead: [String]) -> Bool {
        var w = lead[...]
        while let l = w.last, ["the", "a", "an", "new", "separate", "single", "national"].contains(l) { w = w.dropLast() }
        let verb: Int
        if w.last == "up", w.dropLast().last == "set" { verb = 2 }
        else if let l = w.last, ["created", "established", "founded", "formed", "launched"].contains(l) { verb = 1 }
        else { return false }
        let before = w.dropLast(verb)
        return !before.isEmpty && before.count <= 8
            && !before.contains { ["not", "never", "would", "will", "could", "might", "may", "should", "to", "which", "who", "that",
                                   "was", "were", "been", "be", "and", "or", "if", "whether"].contains($0) || $0.hasSuffix("n't") }
    }

    /// Whether the sentence at UTF-8 offset `start` opens, after lead-in words only, with a pronoun for a body
    /// (`It`, `Its`) or a description of one (`The company's chairs ...`, `In May the new agency ...`): a subject
    /// that stands for a body without naming it. (`The sale was agreed ...`, `Ann Reed ...`: no.)
    func opensWithDescribedSubject(from start: Int) -> Bool {
        let words = RelationReader.Sentence.slice(text, start, min(start + 120, sentenceStart)).lowerWords
            .prefix(10).map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
        guard let k = words.firstIndex(where: { !RelationContext.leadIns.contains($0) && !$0.allSatisfy(\.isNumber) || $0 == "the" }) else { return false }
        if ["it", "its"].contains(words[k]) { return true }
        guard words[k] == "the", !(k > 0 && RelationContext.governing.contains(words[k - 1])) else { return false }
        return words[(k + 1)...].prefix(3).contains { DefiniteDescription.heads.contains($0) || RelationContext.topicNouns.contains($0) }
    }

    /// Whether a clause's subject is a description renamed at once by the body's name in an apposition: `The
    /// successor company, Kelby Rail, bought the depot`, `The new regulator, the Water Board, said ...` (`lead`: the
    /// clause's words before its first name `actor`, from UTF-8 offset `from`; `bare`: them without `'s`; `h`: the
    /// description's head noun, the last of them, no possessive). The name then is the subject: a comma after the
    /// description, and one or a bracket after the name (not a list, `The regulator, Ofwat and the CMA ...`).
    static func isRenamedDescription(_ lead: [String], bare: [String], head h: Int, actor a: (index: Int, mention: EntityMention),
                                     from: Int, text: String) -> Bool {
        guard a.mention.type == .organization, h == lead.count - 1, lead[h] == bare[h], !RelationReader.isParty(a.mention.text) else { return false }
        let gap = RelationReader.Sentence.slice(text, from, a.mention.utf8Range.lowerBound).trimming(" ")
        guard gap.hasSuffix(","), !gap.dropLast().contains(",") else { return false }
        let end = a.mention.utf8Range.upperBound
        let after = RelationReader.Sentence.slice(text, end, min(end + 2, text.utf8.count))
        return after.hasPrefix(",") || after.hasPrefix(" (")
    }

    /// Words that, ending the words before a name, make it no clause's subject (`a letter to Harbour`).
    static let governing: Set<String> = ["to", "of", "for", "with", "from", "by", "about", "against", "at", "into", "under", "than",
                                         "as", "like", "between", "over", "on", "in", "onto", "within", "through", "including",
                                         "via", "and", "or", "that", "which", "who", "whose", "said", "says", "told", "according", "'s"]

    /// Whether a lower-case word may stand before a clause's subject: one of ``leadIns`` or a number (`In 2019 the`).
    static func isLeadIn(_ w: String) -> Bool { leadIns.contains(w) || w.allSatisfy(\.isNumber) }

    /// Words that may open a clause before its subject: `In May 2019 the ...`, `Last month, ...`, `But then ...`.
    static let leadIns: Set<String> = ["the", "then", "but", "and", "so", "yet", "meanwhile", "now", "today", "yesterday", "last",
                                       "this", "next", "month", "week", "year", "autumn", "spring", "summer", "winter", "in", "on",
                                       "by", "early", "late", "later", "earlier", "also", "however", "both", "since", "at", "time",
                                       "january", "february", "march", "april", "may", "june", "july", "august", "september",
                                       "october", "november", "december", "instead", "still", "eventually", "finally", "only", "from",
                                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Whether `gap`, the words between a body and the one named after it, says the second took the first's
    /// place (`was replaced by the`, `, superseded by`): a later `its` is then about the new body. A whole gap,
    /// unlike ``RelationReader/replacedBy(_:)``, which finds the cue at the end of a clause.
    static func isReplacedBy(_ gap: String) -> Bool {
        let lower = gap.lowercased()
        return replacedByGap.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)) != nil
    }

    private static let replacedByGap = try! NSRegularExpression(pattern:
        "^,? (?:(?:was|were|has been|have been|had been) )?(?:replaced|superseded|succeeded) by (?:the |a |an |its )?$")

    /// The organization `it`/`its` (or `they`/`their` for a body) at `offset` of sentence `s` stands for: the
    /// subject of the nearest clause before (``PronounResolver/organization(among:)``).
    func organization(at offset: Int, in s: RelationReader.Sentence, depth: Int = 0) -> (index: Int, mention: EntityMention)? {
        let lo = max(0, offset - 3000)
        let (sentences, paragraphs) = RelationContext.layout(s.text, from: lo, to: offset)
        let sStart = min(offset, s.range.lowerBound)
        let starts = Array(Set(sentences.filter { $0 <= sStart } + [sStart])).sorted()
        func sentenceIndex(_ p: Int) -> Int { p >= sStart ? 0 : 1 + starts.filter { $0 > p && $0 < sStart }.count }
        func paragraphIndex(_ p: Int) -> Int { paragraphs.filter { $0 > p && $0 <= offset }.count }
        let known = mentions(before: offset, in: s).filter { $0.mention.utf8Range.lowerBound >= lo }
        // clause starts: sentence starts, and `; `, `, and `, `, but ` inside a sentence
        var clauses: [Int] = []
        for (n, st) in starts.enumerated() where sentenceIndex(st) <= PronounResolver.organizationReach && paragraphIndex(st) == 0 {
            clauses.append(st)
            let end = n + 1 < starts.count ? starts[n + 1] : offset
            let text = RelationReader.Sentence.slice(s.text, st, end)
            clauses += RelationReader.clauseStarts(in: text).map { st + $0 }
        }
        clauses.sort()
        var candidates: [PronounResolver.Candidate] = []
        var byID: [Int: (index: Int, mention: EntityMention)] = [:]
        for (n, c) in clauses.enumerated() where c < offset {
            let end = min(n + 1 < clauses.count ? clauses[n + 1] : offset, offset)
            let k = sentenceIndex(c), para = paragraphIndex(c)
            // clauses of the same sentence after this one, before the pronoun
            let later = clauses[(n + 1)...].filter { $0 < offset && sentenceIndex($0) == k }.count
            let inClause = known.filter { $0.mention.utf8Range.lowerBound >= c && $0.mention.utf8Range.upperBound <= end }
            let firstActor = inClause.first { $0.mention.type == .person || $0.mention.type == .organization }
            let leadEnd = firstActor?.mention.utf8Range.lowerBound ?? end
            let lead = RelationReader.Sentence.slice(s.text, c, leadEnd).lowerWords
            // `It ...`, `They ...`, `Its chair ...`: a chain (a clause whose subject is the body's post is about the body)
            if let w = lead.first, ["it", "they", "its", "their"].contains(w), depth < 2 {
                let inner = RelationReader.Sentence(text: s.text, range: c..<c, mentions: [])
                if let r = organization(at: c, in: inner, depth: depth + 1) {
                    candidates.append(.init(id: r.index, key: r.mention.canonicalName, person: false, sentence: k, paragraph: para, subject: true, clause: later))
                    byID[r.index] = r
                } else {
                    candidates.append(.init(id: -1, key: "?", person: false, sentence: k, paragraph: para, subject: true, clause: later))
                }
                continue
            }
            if lead.first == "he" || lead.first == "she" {
                candidates.append(.init(id: -1, key: "?", person: true, sentence: k, paragraph: para, subject: true, clause: later))
                continue
            }
            // `The committee, chaired by ..., said`, `The trust's chair ...`, `Today the council is chaired by ...`: a
            // description (after lead-in words only, the last of them governing nothing: not `In the trust's view`)
            let bare = lead.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
            let the = lead.prefix(5).firstIndex(of: "the") ?? -1
            if the >= 0, lead.count >= the + 2,
               lead[..<the].allSatisfy(RelationContext.isLeadIn),
               !(the > 0 && RelationContext.governing.contains(lead[the - 1])),
               let h = ((the + 1)..<min(lead.count, the + 4)).first(where: { DefiniteDescription.heads.contains(bare[$0]) }),
               lead[(the + 1)..<h].allSatisfy({ !RelationContext.governing.contains($0) }) {
                // `The successor company, Kelby Rail, bought ...`: the description renamed at once by its apposition
                if let a = firstActor, Self.isRenamedDescription(lead, bare: bare, head: h, actor: a, from: c, text: s.text) {
                    candidates.append(.init(id: a.index, key: a.mention.canonicalName, person: false, sentence: k, paragraph: para, subject: true, clause: later))
                    byID[a.index] = a
                } else if let r = describedOrganization([bare[h]], at: c, in: s, orTopic: h == the + 1) {   // (`the new regulator` is no topic)
                    candidates.append(.init(id: r.index, key: r.mention.canonicalName, person: false, sentence: k, paragraph: para, subject: true, clause: later))
                    byID[r.index] = r
                } else {
                    candidates.append(.init(id: -1, key: "?", person: false, sentence: k, paragraph: para, subject: true, clause: later))
                }
                continue
            }
            // `The 1995 Act created the Review Commission, and it began work in 1997`: a clause whose subject is no
            // body (a law, ministers) but that creates one is about the new body
            if let a = firstActor, a.mention.type == .organization, Self.createsBody(lead) {
                candidates.append(.init(id: a.index, key: a.mention.canonicalName, person: false, sentence: k, paragraph: para, subject: true, clause: later))
                byID[a.index] = a
                continue
            }
            guard let a = firstActor, lead.count <= 8, lead.allSatisfy(RelationContext.isLeadIn),
                  !(lead.last.map { RelationContext.governing.contains($0) } ?? false) else { continue }
            let after = RelationReader.Sentence.slice(s.text, a.mention.utf8Range.upperBound, min(a.mention.utf8Range.upperBound + 3, s.text.utf8.count))
            if after.hasPrefix("'s") || after.hasPrefix("\u{2019}") { continue }
            if a.mention.type == .organization && RelationReader.isParty(a.mention.text) { continue }
            // the bodies coordinated with it share the clause: `Harbour and the union said`
            var keys = RelationContext.coordinated(a, of: a.mention.type, in: inClause, text: s.text)
            // `A was replaced by B`: what follows is about the new body (`The old board was replaced by the
            // Harbour Water Authority. Its first chair ...` → the authority)
            if a.mention.type == .organization,
               let b = inClause.first(where: { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= a.mention.utf8Range.upperBound }) {
                if Self.isReplacedBy(RelationReader.Sentence.slice(s.text, a.mention.utf8Range.upperBound, b.mention.utf8Range.lowerBound)) { keys = [b] }
            }
            for m in keys {
                candidates.append(.init(id: m.index, key: m.mention.canonicalName, person: m.mention.type == .person,
                                        male: m.mention.type == .person ? Self.sex(m.mention) : nil, sentence: k, paragraph: para, subject: true,
                                        clause: later))
                byID[m.index] = m
            }
        }
        // no clause subject in reach, and no body named in the paragraph before the pronoun (a paragraph's first
        // sentence, or one about people only): the passage's topic
        let paragraphStart = paragraphs.filter { $0 <= offset }.max() ?? lo
        if candidates.isEmpty, paragraphStart > lo || lo == 0,
           !known.contains(where: { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= paragraphStart }) {
            return topic(at: offset, in: s).flatMap { RelationReader.isParty($0.mention.text) ? nil : $0 }
        }
        return PronounResolver.organization(among: candidates).flatMap { byID[$0] }
    }
}
