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
        guard postOpening || lead.allSatisfy(RelationContext.isLeadIn),
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
        let byAuthors = documentByAuthors(s, before: v)
        if !byAuthors.isEmpty { return byAuthors.map { s.mentions[$0] } }
        if let k = possessiveDocumentAuthor(s, before: v) { return [s.mentions[k]] }
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

    /// The author (a position in `s`) of a document written with its author's name as a possessive that is the
    /// subject of the verb at `v`: `The Audit Office's report later that year criticised the agency`, `Lady Reed's
    /// inquiry, published in May, was scathing about the trust`, `In 2019 the regulator Ofwat's final review
    /// condemned ...`. The name opens the clause (after lead-in words only), the document noun follows its `'s`
    /// within three words with no preposition between, and after it only words of the document's publication
    /// (`published that spring`, `last year`) or an apposition closed by a comma that names no one and opens with
    /// a participle or such a word; nil otherwise (`Ann Reed's letter to the council blamed`: the letter's words
    /// go on with a preposition).
    func possessiveDocumentAuthor(_ s: Sentence, before v: Int) -> Int? {
        let start = clauseStart(s, before: v)
        guard let k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= start }),
              s.isActor(k), s.mentions[k].mention.utf8Range.upperBound < v,
              !RelationReader.isParty(s.mentions[k].mention.text) else { return nil }
        let lead = s.slice(start, s.mentions[k].mention.utf8Range.lowerBound).lowerWords
        guard lead.count <= 8, lead.allSatisfy(RelationContext.isLeadIn) else { return nil }
        let rest = s.slice(s.mentions[k].mention.utf8Range.upperBound, v)
        guard rest.hasPrefix("'s ") || rest.hasPrefix("\u{2019}s "),
              !s.mentions.contains(where: { $0.mention.utf8Range.lowerBound > s.mentions[k].mention.utf8Range.upperBound
                  && $0.mention.utf8Range.upperBound <= v && ($0.mention.type == .person || $0.mention.type == .organization) }) else { return nil }
        // the document, then what may follow it
        let body = rest.drop { $0 != " " }
        var parts = body.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let head = parts.removeFirst().lowerWords
        guard let d = head.prefix(4).firstIndex(where: { Self.authoredDocumentNouns.contains($0) }),
              head[..<d].allSatisfy({ !RelationContext.governing.contains($0) && !Self.auxiliaries.contains($0) }) else { return nil }
        let time = { (w: String) in Self.publicationWords.contains(w) || Self.documentTimeWords.contains(w) || w.allSatisfy(\.isNumber)
            || Self.auxiliaries.contains(w) || Self.subjectAdverbs.contains(w) }
        guard head[(d + 1)...].allSatisfy(time) else { return nil }
        // an apposition closed by a comma: `, published that December,`, `, commissioned by the minister,`
        if !parts.isEmpty {
            guard parts.count == 2, let first = parts[0].lowerWords.first,
                  VerbLexicon.isPast(first) || Self.publicationWords.contains(first),
                  parts[1].lowerWords.allSatisfy(time) else { return nil }
        }
        return k
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

/// Critics named as the authors of a document that is itself the subject of the finding or the attack: the
/// document is written `a review by A`, `a joint report by A and B`, `the inquiry by A`, and the authors, not the
/// document, are the critics:
/// - `A review by Sir Tom Vale, commissioned by the minister, Ann Reed, and published in May, found that the
///   trust had made serious mistakes` → Tom Vale (the apposition's names are not the authors);
/// - `In 2017 a joint report by the Schools Inspectorate and the Audit Office concluded that the agency was
///   failing` → both bodies;
/// - `a review by Tom Vale published that spring found that warnings had been missed and criticised the
///   council's handling of the scheme` → Tom Vale (a second verb phrase of the same subject);
/// - `The joint inspection was published today by the Water Inspectorate and the Rivers Board, and it is
///   scathing about Harbour Water` → both bodies: `it`, opening the clause coordinated with the first, is the
///   document the first clause says they published.
/// The document must open its clause (after a fronted time adverbial at most), and nothing but an apposition
/// closed by a comma, or words of its publication (`published that spring`), may stand between its authors and
/// the verb; otherwise (`a letter to Tom Vale`, `the report by Tom Vale was welcomed by the union, which
/// attacked`) no author is read.
extension RelationReader {
    /// Nouns of a document whose authors are named after `by` (``documentNouns`` and the inquiries that write them).
    static let authoredDocumentNouns: Set<String> = documentNouns.union(["inquiry", "inspection", "study", "analysis", "reviews", "reports"])
    /// Words that may stand between a document's authors and its verb, of its publication: `published that spring`,
    /// `released last year`.
    static let publicationWords: Set<String> = RelationContext.leadIns.union(["published", "released", "issued", "that", "this", "spring",
                                                                             "summer", "autumn", "winter", "month", "year", "week"])

    /// The authors (mention indices of `s`) of the document, written with `by`, that is the subject of the verb at
    /// UTF-8 offset `v` (see the type's comment); empty when there is none.
    func documentByAuthors(_ s: Sentence, before v: Int) -> [Int] {
        guard !s.isQuestion, v > s.range.lowerBound else { return [] }
        let head = s.slice(s.range.lowerBound, v).lowercased()
        // each ` by ` after a document noun, the last first
        var from = head.endIndex
        while let r = head.fastRange(of: " by ", options: .backwards, range: head.startIndex..<from) {
            from = r.lowerBound
            let byEnd = s.range.lowerBound + head.utf8.distance(from: head.startIndex, to: r.upperBound)
            let lead = head[..<r.lowerBound].lowerWords
            // `a (joint) report`, `the independent review`: a determiner, at most three modifiers, the noun
            guard let noun = lead.last, Self.authoredDocumentNouns.contains(noun),
                  let det = lead.suffix(5).dropLast().lastIndex(where: { ["a", "an", "the"].contains($0) }),
                  lead[(det + 1)..<(lead.count - 1)].allSatisfy({ !RelationContext.governing.contains($0) && !Self.sayingVerbs.contains($0)
                      && !VerbLexicon.isPast($0) && $0.allSatisfy { $0.isLetter || $0 == "-" } }) else { continue }
            // the document opens its clause: the sentence's start (after a fronted time adverbial), or `, and`, `;`
            let opening = Array(lead[..<det])
            let afterTime = Self.afterFrontedTime(opening)
            let before = s.slice(s.range.lowerBound, s.range.lowerBound + head.utf8.distance(from: head.startIndex, to: r.lowerBound))
            guard afterTime.isEmpty || opening.allSatisfy(RelationContext.isLeadIn)
                    || ["and", "but"].contains(opening.last ?? "") && (before.range(of: ", and ", options: .backwards) != nil || before.contains(";"))
                    && !opening.contains("that") else { continue }
            // the authors: the actors listed right after `by`
            let authors = objects(s, after: byEnd).filter { s.isActor($0) }
            guard let last = authors.last, s.mentions[authors[0]].mention.utf8Range.lowerBound - byEnd <= 12 else { continue }
            let end = s.mentions[last].mention.utf8Range.upperBound
            guard end < v else { continue }
            let gap = s.slice(end, v)
            let trimmed = gap.trimming(" ")
            var words = gap.lowerWords
            while let l = words.last, Self.auxiliaries.contains(l) || Self.subjectAdverbs.contains(l) { words.removeLast() }
            if trimmed.hasPrefix(",") {
                // an apposition, closed by its last comma, then the verb: `, commissioned by ..., and published in May,`
                guard let lastComma = gap.lastIndex(of: ","), gap.utf8.count <= 220, !gap.contains(";"), !gap.contains("("),
                      String(gap[gap.index(after: lastComma)...]).lowerWords.allSatisfy({ Self.auxiliaries.contains($0) || Self.subjectAdverbs.contains($0) }),
                      let first = String(gap[..<lastComma]).lowerWords.first,
                      VerbLexicon.isPast(first) || ["which", "who"].contains(first) else { return [] }
            } else if !words.allSatisfy({ Self.publicationWords.contains($0) || $0.allSatisfy(\.isNumber) }) {
                // a second verb phrase of the document: `found that warning signs had been missed and criticised`
                guard let f = words.firstIndex(where: { Self.findingVerbs.contains($0) }),
                      words[..<f].allSatisfy({ Self.publicationWords.contains($0) || $0.allSatisfy(\.isNumber) }),
                      words.last == "and", !gap.contains(","), !gap.contains(";"),
                      !s.mentions.contains(where: { $0.mention.utf8Range.lowerBound >= end && $0.mention.utf8Range.upperBound <= v }) else { return [] }
            }
            guard RelationModality.isFactual(gap, question: s.isQuestion) else { return [] }
            return authors
        }
        return publishedByAuthors(s, before: v)
    }

    /// `The joint inspection was published today by A and B, and it is scathing about ...`: the publishers of the
    /// document the clause before `, and it` opens with, for the verb at `v` whose subject is that `it`.
    func publishedByAuthors(_ s: Sentence, before v: Int) -> [Int] {
        let head = s.slice(s.range.lowerBound, v)
        guard let r = head.fastRange(of: ", and ", options: .backwards) else { return [] }
        var tail = String(head[r.upperBound...]).lowerWords
        while let l = tail.last, Self.auxiliaries.contains(l) || Self.subjectAdverbs.contains(l) || ["is", "was", "are", "were"].contains(l) { tail.removeLast() }
        guard tail == ["it"] else { return [] }
        let first = String(head[..<r.lowerBound])
        let words = first.lowerWords
        guard let det = words.first, ["the", "a", "an", "their", "its"].contains(det) || RelationContext.leadIns.contains(det),
              let noun = words.prefix(6).firstIndex(where: { Self.authoredDocumentNouns.contains($0) }),
              let was = words.firstIndex(where: { ["was", "were"].contains($0) }), was > noun,
              was + 1 < words.count, ["published", "released", "issued", "produced", "carried"].contains(words[was + 1]),
              let by = words.lastIndex(of: "by"), by > was + 1,
              words[(was + 2)..<by].allSatisfy({ Self.publicationWords.contains($0) || $0 == "out" || $0.allSatisfy(\.isNumber) }),
              RelationModality.isFactual(first, question: s.isQuestion),
              let br = first.fastRange(of: " by ", options: .backwards) else { return [] }
        let byEnd = s.range.lowerBound + first.utf8.distance(from: first.startIndex, to: br.upperBound)
        let authors = objects(s, after: byEnd).filter { s.isActor($0) }
        // the authors close the first clause
        guard let last = authors.last, s.slice(s.mentions[last].mention.utf8Range.upperBound, s.range.lowerBound + first.utf8.count).trimming(" ").isEmpty else { return [] }
        return authors
    }
}
