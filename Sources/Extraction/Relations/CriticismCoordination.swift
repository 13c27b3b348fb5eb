import Foundation
import HindsightSupport

/// Critics a criticism verb's own clause does not name, because the verb stands in a second verb phrase or
/// after a document:
/// - a verb phrase coordinated with an earlier one of the same subject, however long the apposition and the
///   first phrase (`Ann Reed, the union's president, has welcomed the review the council ordered, and has
///   repeatedly condemned Harbour Homes`);
/// - a document as the subject (`Their report last spring was scathing about Harbour Homes`, `Her final review
///   in 2019 attacked the trust`), its author the pronoun's: `their` after two bodies named together as a
///   subject (`The Audit Committee, chaired by Tom Vale, and the Health Committee held a joint inquiry.`) is
///   both of them;
/// - a document a named subject published (`The Audit Committee published a report that condemned the
///   trust`, `the union followed up with a review which attacked the scheme`).
/// The coordinated phrases must be alike (both with `has`, or both a verb in the past), so that a subordinate
/// clause's subject is not mistaken for the sentence's (`Ann Reed said the board had ignored warnings and had
/// attacked the auditors` gives no edge from Ann Reed).
extension RelationReader {
    /// The subjects of the verb at UTF-8 offset `v` when it opens a verb phrase coordinated by `and` with an
    /// earlier one of the actor that opens the sentence; `and` is where the coordinated phrase starts.
    func coordinatedSubjects(_ s: Sentence, verbAt v: Int) -> (subjects: [Int], and: Int)? {
        let head = s.slice(s.range.lowerBound, v)
        guard let r = head.fastRange(of: " and ", options: .backwards) else { return nil }
        let andAt = s.range.lowerBound + head.utf8.distance(from: head.startIndex, to: r.lowerBound)
        let tail = head[r.upperBound...].lowerWords
        guard tail.allSatisfy({ Self.subjectAdverbs.contains($0) || Self.auxiliaries.contains($0) }) else { return nil }
        let aux = tail.first.flatMap { ["has", "have", "had"].contains($0) ? $0 : nil }
        // the actor opening the sentence (after lead-ins only), not governed by a preposition
        // (a party in a post before the name is no actor of its own: `the Conservative home secretary, Tom Vale,`)
        guard var k = s.mentions.indices.first(where: { s.isActor($0) }) else { return nil }
        if RelationReader.isParty(s.mentions[k].mention.canonicalName), let next = s.mentions.indices.first(where: { $0 > k && s.isActor($0) }) {
            let gap = s.between(k, next).trimming(" ")
            // (a post after the party, `Labour home secretary, Tom Vale,`; not a list of parties, `Labour, the Greens`)
            if gap.hasSuffix(","), gap.lowerWords.count <= 4, RoleTitle.isRole(String(gap.dropLast())) { k = next }
        }
        guard s.mentions[k].mention.utf8Range.upperBound < andAt else { return nil }
        let leadText = s.before(k, 60)
        let lead = leadText.lowerWords
        // or a post that the name stands in apposition to, after a fronted time adverbial (`In 1995 the home
        // secretary, Tom Vale, ...`): ``subjects(_:before:)`` below decides whether the name is the subject
        let post = Self.afterFrontedTime(lead)
        let postOpening = leadText.trimming(" ").hasSuffix(",") && post.first == "the"
            && RoleTitle.isRole(post.joined(separator: " ")) && s.mentions[k].mention.utf8Range.lowerBound - s.range.lowerBound < 60
        guard postOpening || lead.allSatisfy({ RelationContext.leadIns.contains($0) || $0.allSatisfy(\.isNumber) }),
              !(lead.last.map { RelationContext.governing.contains($0) } ?? false) else { return nil }
        // the first verb phrase: the first word of the coordinated phrase's form whose subject is that actor
        let from = s.mentions[k].mention.utf8Range.upperBound
        let stretch = s.slice(from, andAt)
        guard !stretch.contains(";"), stretch.utf8.count <= 320 else { return nil }
        func alike(_ w: String) -> Bool {
            if let aux { return w == aux }
            return VerbLexicon.isPast(w)
        }
        var cursor = stretch.startIndex
        var words: [(word: String, at: Int)] = []
        for w in stretch.split(separator: " ", omittingEmptySubsequences: true) {
            guard let wr = stretch.range(of: w, range: cursor..<stretch.endIndex) else { break }
            cursor = wr.upperBound
            let at = from + stretch.utf8.distance(from: stretch.startIndex, to: wr.lowerBound)
            if let word = String(w).lowerWords.first { words.append((word, at)) }
        }
        for (n, w) in words.enumerated() where alike(w.word) {
            let subj = subjects(s, before: w.at)
            guard subj.contains(k) else { continue }
            // no second phrase of that form between, with a subject of its own (`..., said the board had
            // ignored warnings and had attacked`)
            let later = words[(n + 1)...]
            if later.contains(where: { alike($0.word) }) && aux != nil { return nil }
            if aux == nil, later.contains(where: { x in alike(x.word) && s.mentions.contains { m in
                m.mention.utf8Range.lowerBound > w.at && m.mention.utf8Range.upperBound <= x.at
                    && s.slice(m.mention.utf8Range.upperBound, x.at).lowerWords.allSatisfy { Self.subjectAdverbs.contains($0) } } }) {
                return nil
            }
            return (subj, andAt)
        }
        return nil
    }

    /// Words that may follow a document before its verb: `Their report last July`, `Her review, published in
    /// May,`.
    static let documentTimeWords: Set<String> = RelationContext.leadIns.union(["published", "of", "issued", "released", "same", "day", "that", "final", "annual"])

    /// The authors of the document that is the subject of the verb at `v`, or of the document a named subject
    /// published right before it (see the type's comment); empty when there is none.
    func documentAuthors(_ s: Sentence, _ context: RelationContext, before v: Int) -> [(index: Int, mention: EntityMention)] {
        guard !s.isQuestion else { return [] }
        if let published = publishedDocumentAuthors(s, before: v) { return published.map { s.mentions[$0] } }
        var start = clauseStart(s, before: v)
        var words = s.slice(start, v).lowerWords
        while let l = words.last, Self.auxiliaries.contains(l) || Self.subjectAdverbs.contains(l) { words.removeLast() }
        var coordinated = false
        if words.isEmpty, start > s.range.lowerBound, s.slice(max(s.range.lowerBound, start - 5), start).lowerWords.last == "and" {
            start = s.range.lowerBound
            words = s.slice(start, v).lowerWords
            coordinated = true
        }
        // the clause names nobody: its subject is the document
        guard !s.mentions.contains(where: { [.person, .organization].contains($0.mention.type)
            && $0.mention.utf8Range.lowerBound >= start && $0.mention.utf8Range.upperBound <= v }) else { return [] }
        while let f = words.first, !["his", "her", "its", "their"].contains(f), RelationContext.leadIns.contains(f) || f.allSatisfy(\.isNumber) {
            words.removeFirst()
        }
        guard let owner = words.first, ["his", "her", "its", "their"].contains(owner),
              let d = words.prefix(4).firstIndex(where: { Self.documentNouns.contains($0) }), d >= 1,
              words[1..<d].allSatisfy({ !RelationContext.governing.contains($0) }) else { return [] }
        var rest = words[(d + 1)...].drop { Self.documentTimeWords.contains($0) || $0.allSatisfy(\.isNumber) }
        if coordinated {
            // the first phrase's verb right after the document: `Their report last May described ... and`
            guard let verb = rest.first, VerbLexicon.isPast(verb) || verb == "was" || verb == "is" else { return [] }
            rest = []
        }
        guard rest.isEmpty else { return [] }
        switch owner {
        case "his", "her":
            return context.person(male: owner == "his", at: start, in: s).map { [$0] } ?? []
        case "their":
            let joint = jointBodies(s, context)
            if joint.count >= 2 { return joint }
            return context.organization(at: start, in: s).map { [$0] } ?? []
        default:
            return context.organization(at: start, in: s).map { [$0] } ?? []
        }
    }

    /// `The Audit Committee published a damning report that condemned`, `followed up with a review which
    /// attacked`: the subjects of the verb that publishes the document right before the verb at `v`.
    func publishedDocumentAuthors(_ s: Sentence, before v: Int) -> [Int]? {
        let lead = s.slice(max(s.range.lowerBound, v - 120), v)
        var words = lead.lowerWords
        while let l = words.last, Self.auxiliaries.contains(l) || Self.subjectAdverbs.contains(l) { words.removeLast() }
        guard let rel = words.last, ["that", "which"].contains(rel), words.count >= 3 else { return nil }
        words.removeLast()
        guard let noun = words.last, Self.documentNouns.contains(noun) || (noun.hasSuffix("s") && Self.documentNouns.contains(String(noun.dropLast()))) else { return nil }
        // back over the determiner and up to two adjectives: `a damning report`, `its final review`
        guard let det = words.suffix(4).lastIndex(where: { ["a", "an", "its", "their", "his", "her", "the"].contains($0) }) else { return nil }
        var k = det - 1
        while k >= 0, ["with", "up", "out", "in"].contains(words[k]) { k -= 1 }
        guard k >= 0, VerbLexicon.isPast(words[k]) || ["issues", "publishes"].contains(words[k]) else { return nil }
        // the verb's offset: its last occurrence in the lead
        let lower = lead.lowercased()
        guard let r = lower.fastRange(of: " " + words[k] + " ", options: .backwards) else { return nil }
        let at = v - lead.utf8.count + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound) + 1
        let subj = subjects(s, before: at)
        return subj.isEmpty ? nil : subj
    }

    /// The bodies the sentence before names together as its subject (`The Audit Committee, chaired by Tom Vale,
    /// and the Health Committee held ...`), when there are two or more, in the same paragraph.
    func jointBodies(_ s: Sentence, _ context: RelationContext) -> [(index: Int, mention: EntityMention)] {
        let lo = max(0, s.range.lowerBound - 1200)
        let (starts, paragraphs) = RelationContext.layout(s.text, from: lo, to: s.range.lowerBound)
        guard let prevStart = starts.last(where: { $0 < s.range.lowerBound }),
              !paragraphs.contains(where: { $0 > prevStart && $0 <= s.range.lowerBound }) else { return [] }
        let prev = Sentence(text: s.text, range: prevStart..<s.range.lowerBound,
                            mentions: context.before.filter { $0.mention.utf8Range.lowerBound >= prevStart && $0.mention.utf8Range.upperBound <= s.range.lowerBound })
        for k in prev.mentions.indices where prev.isActor(k) {
            let after = prev.after(k, 30)
            guard let w = after.lowerWords.first, VerbLexicon.isPast(w) || ["has", "have", "had"].contains(w),
                  !after.hasPrefix(",") else { continue }
            let at = prev.mentions[k].mention.utf8Range.upperBound + (after.utf8.count - after.drop(while: { $0 == " " }).utf8.count)
            let subj = subjects(prev, before: at)
            let bodies = subj.filter { prev.type($0) == .organization }
            return bodies.count >= 2 ? bodies.reversed().map { prev.mentions[$0] } : []
        }
        return []
    }
}
