import Foundation
import HindsightSupport

/// The organization a passage is about at a point of it, its discourse topic, for the pronouns and descriptions
/// that no clause subject nearby explains: `its` opening a paragraph (`Harbour Water was set up in 2004. It took
/// over the work of the old board, and by 2010 the company supplied half the county.` then, in a new paragraph,
/// `Its first chair was Ann Reed.` → Harbour Water), a description far from any name of its kind (`the trust`
/// three paragraphs on), a post with no body named (`she chaired a smaller commission from 2012`).
///
/// The policy (precision first):
/// - The passage is read clause by clause (sentence starts, and `; `, `, and `, `, but `, `, while ` inside a
///   sentence, ``RelationReader/clauseStarts(in:separators:)``) from up to ``topicWindow`` bytes before the point
///   (and no further back than the mentions ``RelationContext`` keeps, at most 120), and each body gains weight as it goes: a
///   clause's subject gains ``subjectWeight``, a body named in passing (an object, after a preposition, in a list,
///   a possessive subject: `the trust's staff` is about the staff) only ``passingWeight``; each new sentence keeps
///   ``sentenceDecay`` of the weights, each new paragraph ``paragraphDecay`` more, so that recent subjects count
///   most and a change of subject moves the topic.
/// - A subject is a body named after lead-in words only (`In May the trust ...`, `From today Kelby Water ...`); a
///   description (`The council admitted ...`, `the organisation was spending ...`) whose noun fits the body
///   leading at that point (``DefiniteDescription/fitsSubject(_:names:)``, or a noun any body may be called,
///   ``topicNouns``), else the body ``DefiniteDescription`` resolves it to; or a subject pronoun (`It took over
///   ...`, `When it opened, ...`: a chain), which adds to the body leading then.
/// - A body a clause creates when no body is its subject (`The 2007 Act created the Kelby Water Agency`) gains
///   ``subjectWeight``; a body named inside a person's aside (`Ann Reed, a former director of Kelby Museum,`,
///   ``isInPersonAside(_:among:text:depth:)``) gains nothing: it describes that person.
/// - Two bodies coordinated as the subject (`Harbour and the union said ...`) gain only a passing weight each.
///   A party (`Labour`) gains nothing.
/// - The subject of the passage's first clause, or the first body it names (``pageBody(_:from:in:)``), the page's
///   own subject, keeps ``pageWeight`` throughout, when the passage's start lies within the window: the fallback
///   of later paragraphs about people.
/// - The topic is the body of most weight, when it has at least 1 and half as much again as the next: two bodies
///   equally likely refuse, and so does a body only ever named in passing.
///
/// Why (measured on the regression sets A–N): the readers each fell back on the first organization of the
/// sentence or paragraph before, which is often a body named in passing (`it took over the Further Education
/// Funding Council and the Training and Enterprise Councils.` then `Its first chairman ...` placed the chairman at
/// the funding council), and the clause-subject resolver (``PronounResolver``) refused at a paragraph's start.
extension RelationContext {
    /// How far back (UTF-8 bytes) the topic is read from.
    static let topicWindow = 8000

    /// Nouns a text may call the body it is about by, whatever that body's kind (`the organisation`, `the body`).
    static let topicNouns: Set<String> = ["organisation", "organization", "body", "quango"]

    /// The organization the passage is about at UTF-8 offset `offset` of sentence `s` (see the extension's
    /// overview), or nil.
    ///
    /// Read once per point: the readers of a sentence (and its second reading, ``TransparentPhrases``) ask at the
    /// same few points, and each answer is kept in ``memo`` for the sentence's context.
    func topic(at offset: Int, in s: RelationReader.Sentence) -> (index: Int, mention: EntityMention)? {
        // (a sentence holding stand-ins, ``RelationReader/standInBase``, is read afresh: its mention count is no
        // key, and its answer may be a stand-in no other reading knows)
        let stands = s.mentions.contains { $0.index >= RelationReader.standInBase }
        let key = TopicMemo.Key(offset: offset, text: stands ? 0 : TopicMemo.identity(of: s.text), mentions: s.mentions.count)
        if key.text != 0, let known = memo.answers[key] { return known }
        let answer = readTopic(at: offset, in: s)
        if key.text != 0 { memo.answers[key] = .some(answer) }
        return answer
    }

    /// ``topic(at:in:)`` read afresh.
    private func readTopic(at offset: Int, in s: RelationReader.Sentence) -> (index: Int, mention: EntityMention)? {
        let lo = max(0, offset - Self.topicWindow)
        let known = mentions(before: offset, in: s).filter { $0.mention.utf8Range.lowerBound >= lo }
        guard known.contains(where: { $0.mention.type == .organization }) else { return nil }
        let (allSentences, paragraphs) = RelationContext.layout(s.text, from: lo, to: offset)
        let sentences = allSentences.filter { $0 < offset }
        let paragraphStarts = Set(paragraphs)
        var clauses: [Int] = []
        for (n, st) in sentences.enumerated() {
            clauses.append(st)
            let end = n + 1 < sentences.count ? sentences[n + 1] : offset
            let t = RelationReader.Sentence.slice(s.text, st, end)
            clauses += RelationReader.clauseStarts(in: t).map { st + $0 }
        }
        clauses.sort()
        let sentenceStarts = Set(sentences)
        var score: [String: Double] = [:]
        var byKey: [String: (index: Int, mention: EntityMention)] = [:]
        func add(_ m: (index: Int, mention: EntityMention), _ w: Double) {
            score[m.mention.canonicalName, default: 0] += w
            byKey[m.mention.canonicalName] = m
        }
        // the page's own subject: the subject of the passage's first clause (after an opening phrase, `As of today,
        // Kelby Council ...`), keeps a little weight throughout (set once that clause is read)
        var page: (index: Int, mention: EntityMention)?
        func leader() -> (index: Int, mention: EntityMention)? {
            var all = score
            if let page { all[page.mention.canonicalName, default: 0] += Self.pageWeight; byKey[page.mention.canonicalName] = page }
            let ranked = all.sorted { $0.value > $1.value }
            guard let top = ranked.first, top.value >= 1, ranked.count < 2 || top.value >= 1.5 * ranked[1].value else { return nil }
            return byKey[top.key]
        }
        for (n, c) in clauses.enumerated() {
            let end = min(n + 1 < clauses.count ? clauses[n + 1] : offset, offset)
            guard c < end else { continue }
            if sentenceStarts.contains(c) {
                let f = paragraphStarts.contains(c) ? Self.sentenceDecay * Self.paragraphDecay : Self.sentenceDecay
                for k in score.keys { score[k]! *= f }
            }
            let inClause = known.filter { $0.mention.utf8Range.lowerBound >= c && $0.mention.utf8Range.upperBound <= end }
            let firstActor = inClause.first { $0.mention.type == .person || $0.mention.type == .organization }
            let leadEnd = firstActor?.mention.utf8Range.lowerBound ?? end
            let lead = RelationReader.Sentence.slice(s.text, c, leadEnd).lowerWords
            var subject: Int?   // the mention index the clause is about, when named
            defer {
                if n == 0, lo == 0 {
                    page = subject == -1 ? nil : inClause.first { $0.index == subject } ?? Self.pageBody(inClause, from: c, in: s.text)
                }
                // a body named in passing (an object, after a preposition, in a list) adds a little
                // (not one inside a person's aside, `Ann Reed, a former director of Kelby Museum,`: it describes her)
                for m in inClause where m.mention.type == .organization && m.index != subject && !RelationReader.isParty(m.mention.text)
                    && !Self.isInPersonAside(m, among: known, text: s.text) {
                    add(m, Self.passingWeight)
                }
            }
            // a pronoun subject (`It took over ...`, `When it opened, ...`): a chain, about the topic
            if let w = lead.first, ["it", "its"].contains(w)
                || lead.count >= 2 && ["it", "its"].contains(lead[1]) && (RelationContext.leadIns.contains(w) || RelationReader.adverbialOpeners.contains(w)) {
                if let t = leader() { add(t, Self.subjectWeight) }
                continue
            }
            // a described subject: `The council admitted ...`, `By then the organisation's debts ...`
            let bare = lead.prefix(7).map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
            if let h = bare.indices.first(where: { $0 > 0 && bare[$0 - 1] == "the"
                && (DefiniteDescription.heads.contains(bare[$0]) || Self.topicNouns.contains(bare[$0])) }),
               bare[..<(h - 1)].allSatisfy(RelationContext.isLeadIn),
               !(h >= 2 && RelationContext.governing.contains(bare[h - 2])) {
                let head = bare[h]
                // `The successor company, Kelby Rail, bought ...`: the name in the apposition is the subject
                if let a = firstActor, h == lead.count - 1,
                   RelationContext.isRenamedDescription(lead, bare: bare, head: h, actor: a, from: c, text: s.text) {
                    add(a, Self.subjectWeight)
                    subject = a.index
                    continue
                }
                if let t = leader(), Self.topicNouns.contains(head)
                    || DefiniteDescription.fitsSubject(head, names: [t.mention.canonicalName, t.mention.text]) {
                    add(t, Self.subjectWeight)
                } else if let r = describedOrganization([head], at: c, in: s, orTopic: false), r.mention.type == .organization {
                    add(r, Self.subjectWeight)
                }
                continue
            }
            // a body the clause creates (`The 2007 Act created the Kelby Water Agency`): the text goes on about it
            if let a = firstActor, a.mention.type == .organization, !RelationReader.isParty(a.mention.text), Self.createsBody(lead) {
                add(a, Self.subjectWeight)
                subject = a.index
                continue
            }
            // a named subject after lead-in words only (not a possessive: `the trust's staff` is about the staff)
            guard let a = firstActor, a.mention.type == .organization, lead.count <= 8,
                  lead.allSatisfy(RelationContext.isLeadIn),
                  !(lead.last.map { RelationContext.governing.contains($0) } ?? false),
                  !RelationReader.isParty(a.mention.text) else { continue }
            let after = RelationReader.Sentence.slice(s.text, a.mention.utf8Range.upperBound, min(a.mention.utf8Range.upperBound + 3, end))
            if after.hasPrefix("'s") || after.hasPrefix("\u{2019}") { continue }
            let keys = RelationContext.coordinated(a, of: .organization, in: inClause, text: s.text)
            // two bodies as one subject: either may be meant, and neither gains on the other
            if Set(keys.map(\.mention.canonicalName)).count > 1 {
                subject = -1   // (each gains the passing weight below)
                continue
            }
            // `A was replaced by B`: the text goes on about B
            if let b = inClause.first(where: { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= a.mention.utf8Range.upperBound }),
               Self.isReplacedBy(RelationReader.Sentence.slice(s.text, a.mention.utf8Range.upperBound, b.mention.utf8Range.lowerBound)) {
                add(b, Self.subjectWeight)
                subject = b.index
                continue
            }
            add(a, Self.subjectWeight)
            subject = a.index
        }
        return leader()
    }

    /// The body the passage's first clause names when no body is its subject (`Ann Reed, who has run Kelby Water
    /// since May, was confirmed ...`, `As of today, Kelby Council no longer exists`): its first organization, not
    /// after a preposition and not one of a list (`visited Kelby Water and Marsh Rivers` is about neither).
    static func pageBody(_ inClause: [(index: Int, mention: EntityMention)], from c: Int, in text: String) -> (index: Int, mention: EntityMention)? {
        let orgs = inClause.filter { $0.mention.type == .organization }
        guard let m = orgs.first, !RelationReader.isParty(m.mention.text) else { return nil }
        if RelationReader.Sentence.slice(text, c, m.mention.utf8Range.lowerBound).lowerWords.last.map({ governing.contains($0) }) ?? false { return nil }
        if orgs.count > 1 {
            let gap = RelationReader.Sentence.slice(text, m.mention.utf8Range.upperBound, orgs[1].mention.utf8Range.lowerBound).lowercased().trimming(" ")
            if ["and", "and the", "&", "or", ",", "or the", ", and", ", and the"].contains(gap) { return nil }
        }
        return m
    }

    /// What a clause adds to a body's weight as its subject, and as a body named in passing; what a sentence, and a
    /// paragraph, keep of the weights before; the weight the page's first body keeps throughout.
    static let subjectWeight = 2.0, passingWeight = 0.5, sentenceDecay = 0.8, paragraphDecay = 0.5, pageWeight = 1.0

    /// The topic (``topic(at:in:)``) when a description's noun `head` may name it again (`the council` for the
    /// Kelby Borough Council the passage is about, `the organisation` for any body), else nil. A noun too plain to
    /// stand alone (``DefiniteDescription/plainHeads``: `the union`, `the service`) never does.
    func topic(describedAs head: String, at offset: Int, in s: RelationReader.Sentence) -> (index: Int, mention: EntityMention)? {
        // (a noun too plain to stand alone, `the union`, `the service`, names the topic no more than a body of its kind)
        guard !DefiniteDescription.plainHeads.contains(head), let t = topic(at: offset, in: s), !RelationReader.isParty(t.mention.text),
              Self.topicNouns.contains(head) || DefiniteDescription.fitsSubject(head, names: [t.mention.canonicalName, t.mention.text])
        else { return nil }
        // a description after its own sentence names the topic is another body (`Harbour bought a stake after the
        // regulator fined the company`: not Harbour)
        if s.mentions.contains(where: { $0.mention.canonicalName == t.mention.canonicalName && $0.mention.utf8Range.upperBound <= offset }) { return nil }
        return t
    }
}

/// The topics a sentence's context has read (``RelationContext/topic(at:in:)``), by point: a context lives for
/// one sentence's reading, on one thread.
final class TopicMemo {
    struct Key: Hashable {
        /// The UTF-8 offset asked at.
        var offset: Int
        /// Where the text read lies in memory (the passage, or a sentence's second reading of it), 0 when it cannot
        /// be told (nothing is then kept).
        var text: Int
        /// How many names the sentence holds.
        var mentions: Int
    }
    var answers: [Key: (index: Int, mention: EntityMention)?] = [:]

    /// The address of `text`'s UTF-8 storage, 0 when it has none of its own (a short string is kept inline, and
    /// the address handed out for it tells nothing).
    static func identity(of text: String) -> Int {
        guard text.utf8.count > 15 else { return 0 }
        return text.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } ?? 0
    }
}
