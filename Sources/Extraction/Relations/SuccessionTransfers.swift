import Foundation
import HindsightSupport

/// A body's work passing on to another: `The Water Board closed in May, and its licensing work passed to a new
/// agency of the Department for Transport, the Rivers Agency`; `Its grants work has passed to a new body of its
/// own, Housing Wales`; `its functions were folded into the Marine Authority`; `the remaining work of the Health
/// Boards transfers to the new Care Commission`; `its duties went back into the ministry as the Care Unit`.
///
/// The holder is named by `its`/`their` before a noun of work (``transferNouns``: `work`, `functions`, `staff`,
/// `budget`, ...), or by `the work of X`. `its` stands for the body that opens the sentence, else for the body
/// the clauses before are about (``RelationContext/organization(at:in:depth:)``). The heir is the body named
/// right after the verb (``passedOnCue``), or the one a description names in apposition (`a new agency of the
/// Department, the Rivers Agency`: the Rivers Agency, not the department). The heir succeeds the holder
/// (`successor_of`); a transfer still to come, negated or asked gives nothing (`its staff will move to`).
extension RelationReader {
    /// Nouns of what one body hands on to another.
    static let transferNouns: Set<String> = ["work", "functions", "function", "duties", "responsibilities", "powers", "staff",
                                             "budget", "budgets", "contracts", "caseload", "remit", "assets", "liabilities",
                                             "activities", "operations"]
    /// The nouns of work itself, which alone pass on by `went to` or `moved to`.
    static let workItselfNouns: Set<String> = ["work", "functions", "function", "duties", "responsibilities", "powers", "remit"]
    /// Words for a share of what a body has (`most of its budget`): a share passing on is no succession.
    static let shareWords: Set<String> = ["most", "some", "half", "part", "much", "bulk", "majority", "share", "proportion", "little", "portion"]
    /// A verb of passing on, closing on `to` or `into`: `passed to`, `has been transferred to`, `were folded into`.
    static let passedOnCue = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:(?:has|have|had|was|were|is|are) )?(?:(?:been|then|later|now|also|all|quietly|formally|duly|largely|finally) )*(?:passed|passes|passing|transferred|transfers|transferring|went|goes|gone|moved|moves|handed|folded|absorbed) (?:over |back |across |elsewhere,? )?(?:to|into) ")
    /// A description of the heir before its name, which ends on the body it belongs to: `a new agency of the`.
    static let parentDescription = try! NSRegularExpression(pattern:
        "^(?:a|an|the)(?: new)?(?: [a-z-]+){1,3} (?:of|within|inside|in)(?: the)?$")
    /// A description of the heir before its name, in apposition: `a new body of its own,`, `a new regulator,`.
    static let appositiveDescription = try! NSRegularExpression(pattern:
        "^(?:a|an|the)(?: new)?(?: [a-z-]+){1,3}(?: of its own)?,(?: the)?$")

    func workPassedOn(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = s.lower
        guard ["pass", "transfer", "went", "goes", "gone", "moved", "moves", "handed", "folded", "absorbed"].contains(where: { lower.fastContains($0) }) else { return [] }
        var out: [Found] = []
        let base = s.range.lowerBound
        for m in RelationReader.passedOnCue.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)) {
            guard let r = Range(m.range, in: lower) else { continue }
            let cueAt = base + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let cueEnd = base + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            let lead = String(lower[..<r.lowerBound])
            // `went to`, `moved to` hand on only work itself (`most of its budget went to X` is spending)
            let movedOnly = lower[r].lowerWords.contains { ["went", "goes", "gone", "moved", "moves"].contains($0) }
            guard let holders = transferHolders(s, context, lead: lead, cueAt: cueAt, workOnly: movedOnly), !holders.isEmpty,
                  RelationModality.isFactual(String(lead.suffix(80)) + " " + String(lower[r]), question: false),
                  !RelationModality.isFuture(String(lead.suffix(40)) + " " + String(lower[r])),
                  let heir = heirNamed(s, after: cueEnd) else { continue }
            for h in holders where h != s.mentions[heir].index {
                out.append(Found(predicate: "successor_of", subject: s.mentions[heir].index, object: h, offset: s.mentions[heir].mention.utf8Range.lowerBound))
            }
        }
        return out
    }

    /// The bodies whose work the words before a transfer verb (`lead`, lower case, up to `cueAt`) name: `its
    /// licensing work` (the body `its` stands for), `their staff` (the bodies `their` stands for), `the
    /// remaining work of the Health Boards`. Nil when the words name no work of a body, when a share of it is
    /// meant (`most of its budget`, `some of its staff`), or, with `workOnly`, when the noun is not work itself
    /// (``workItselfNouns``: `its budget went to` is spending, `its staff moved to` a move).
    func transferHolders(_ s: Sentence, _ context: RelationContext, lead: String, cueAt: Int, workOnly: Bool = false) -> [Int]? {
        let words = lead.suffix(120).lowerWords
        // `the (remaining) work of the Health Boards`: a body right before the verb
        if let k = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueAt }),
           s.slice(s.mentions[k].mention.utf8Range.upperBound, cueAt).trimming(" ").isEmpty {
            guard s.type(k) == .organization, !RelationReader.isGeneric(s, k) else { return nil }
            let before = s.before(k, 50).lowerWords
            guard before.last == "of" || before.suffix(2).first == "of" && before.last == "the" else { return nil }
            let head = before.suffix(6)
            guard head.contains(where: { RelationReader.transferNouns.contains($0) }), head.first != "its", head.contains("the") else { return nil }
            return [s.mentions[k].index]
        }
        // `the commission's work`, `Westside Care's licensing duties`
        if let holder = possessiveTransferHolder(s, context, lead: lead, cueAt: cueAt, workOnly: workOnly) { return [holder] }
        // `its (grants and licensing) work (on misconduct)`
        guard let d = words.lastIndex(where: { $0 == "its" || $0 == "their" }), words.count - d <= 9 else { return nil }
        let phrase = Array(words[(d + 1)...])
        guard let p = phrase.lastIndex(where: { RelationReader.transferNouns.contains($0) }), p <= 5,
              !workOnly || RelationReader.workItselfNouns.contains(phrase[p]),
              !(d >= 2 && words[d - 1] == "of" && RelationReader.shareWords.contains(words[d - 2])) else { return nil }
        let tail = phrase[(p + 1)...]
        guard tail.count <= 4, tail.isEmpty || ["on", "in", "for", "of"].contains(tail.first!),
              !phrase.contains(where: { ["which", "who", "that", "was", "were", "is", "are", "has", "had"].contains($0) }) else { return nil }
        // where `its` stands in the sentence
        let itsAt = cueAt - lead.utf8.count + (lead.range(of: "\\b" + words[d] + "\\b", options: [.regularExpression, .backwards]).map { lead.utf8.distance(from: lead.startIndex, to: $0.lowerBound) } ?? lead.utf8.count)
        guard let holder = bodyPronounStandsFor(s, context, at: itsAt) else { return nil }
        if words[d] == "their" {
            let group = holder.position.map { coordinatedBodies(s, endingAt: $0) } ?? []
            return group.count >= 2 ? group.map { s.mentions[$0].index } : nil
        }
        return [holder.index]
    }

    /// A description's possessive before the work handed on: `the commission's work`, `the corporation's
    /// regulatory duties` (`the` and a noun of a body, ``bodyNouns``).
    static let describedPossessiveWork = try! NSRegularExpression(pattern:
        "(?:^|\\s)the ([a-z]+)(?:'s|\u{2019}s)((?: [a-z-]+){1,4})$")

    /// The body whose work a possessive names right before a transfer verb at UTF-8 offset `cueAt` (`lead`, lower
    /// case, up to it): `the commission's work` (the commission named before, ``RelationContext/describedOrganization(_:at:in:orTopic:)``),
    /// `Westside Care's licensing duties` (the name). The possessive's phrase ends on a noun of work
    /// (``transferNouns``; with `workOnly`, ``workItselfNouns``) after at most three modifiers; a share of it
    /// (`most of the board's budget`) is none.
    func possessiveTransferHolder(_ s: Sentence, _ context: RelationContext, lead: String, cueAt: Int, workOnly: Bool) -> Int? {
        func endsOnWork(_ phrase: [String]) -> Bool {
            guard let last = phrase.last, (1...4).contains(phrase.count) else { return false }
            return workOnly ? RelationReader.workItselfNouns.contains(last) : RelationReader.transferNouns.contains(last)
        }
        // a name's possessive: `Westside Care's duties`
        if let k = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueAt }), s.type(k) == .organization,
           !RelationReader.isGeneric(s, k) {
            let gap = s.slice(s.mentions[k].mention.utf8Range.upperBound, cueAt).lowercased()
            if gap.hasPrefix("'s ") || gap.hasPrefix("\u{2019}s ") {
                let before = s.before(k, 30).lowerWords
                guard endsOnWork(gap.dropFirst(2).lowerWords), !(before.last == "of" || before.suffix(2).first == "of") else { return nil }
                return s.mentions[k].index
            }
        }
        // a description's possessive: `the commission's work`
        let tail = String(lead.suffix(80))
        guard let m = RelationReader.describedPossessiveWork.firstMatch(in: tail, range: NSRange(tail.startIndex..., in: tail)),
              let noun = Range(m.range(at: 1), in: tail), let phrase = Range(m.range(at: 2), in: tail),
              RelationReader.describedBodyNouns.contains(String(tail[noun])), endsOnWork(String(tail[phrase]).lowerWords) else { return nil }
        let before = tail[..<noun.lowerBound].lowerWords
        guard !(before.count >= 2 && before[before.count - 2] == "of") else { return nil }
        let at = cueAt - tail.utf8.distance(from: noun.lowerBound, to: tail.endIndex)
        return context.describedOrganization([String(tail[noun])], at: at, in: s)?.index
    }

    /// The body `it`/`its` at UTF-8 offset `at` stands for: the first name of the sentence when it is a body
    /// (a sentence that opens with a person is not about a body: nil), or of its last clause after a `;`; with no
    /// name before it, the body the
    /// clauses before are about (else the first body of the previous sentence). Its index in the passage, and its position in `s.mentions` when the sentence
    /// names it.
    func bodyPronounStandsFor(_ s: Sentence, _ context: RelationContext, at: Int) -> (index: Int, position: Int?)? {
        // (the clause after the last `;` before it: `X did not take it over; that went to Y, which was broken up,
        // its work passing to Z` is about Y)
        let head = s.slice(s.range.lowerBound, at)
        let clauseAt = head.lastIndex(of: ";").map { s.range.lowerBound + head.utf8.distance(from: head.startIndex, to: $0) } ?? s.range.lowerBound
        if let first = s.mentions.indices.first(where: { s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= clauseAt
            && s.mentions[$0].mention.utf8Range.upperBound <= at }) {
            guard s.type(first) == .organization, !RelationReader.isGeneric(s, first),
                  !RelationReader.isParty(s.mentions[first].mention.text) else { return nil }
            return (s.mentions[first].index, first)
        }
        // (when the resolver finds no single body, the first body of the previous sentence)
        guard let o = context.organization(at: at, in: s) ?? context.previousSentenceOrganization,
              !RelationReader.isParty(o.mention.text) else { return nil }
        return (o.index, nil)
    }

    /// The bodies coordinated with the one at position `k` (`A, B and the C`), `k` included: those before it, and
    /// with `after`, those after it too.
    func coordinatedBodies(_ s: Sentence, endingAt k: Int, after: Bool = true) -> [Int] {
        guard s.mentions.indices.contains(k), s.type(k) == .organization else { return [] }
        var first = k
        while first > 0, s.type(first - 1) == .organization, !RelationReader.isGeneric(s, first - 1),
              RelationReader.coordinationGaps.contains(s.between(first - 1, first).lowercased().trimming(" ")) { first -= 1 }
        var last = k
        while after, last + 1 < s.mentions.count, s.type(last + 1) == .organization, !RelationReader.isGeneric(s, last + 1),
              RelationReader.coordinationGaps.contains(s.between(last, last + 1).lowercased().trimming(" ")) { last += 1 }
        return Array(first...last)
    }

    /// The body named as the heir right after UTF-8 offset `end`: `to the Rivers Agency`; `to a new agency of the
    /// Department, the Rivers Agency` (the apposition, not the department); `to a new body of its own, Housing
    /// Wales`; `into the ministry as the Care Unit` (the unit). A position in `s.mentions`.
    func heirNamed(_ s: Sentence, after end: Int) -> Int? {
        guard let m = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= end }),
              s.type(m) == .organization, !RelationReader.isGeneric(s, m) else { return nil }
        let gap = s.slice(end, s.mentions[m].mention.utf8Range.lowerBound).lowercased().trimming(" ")
        let range = NSRange(gap.startIndex..., in: gap)
        var heir = m
        if ["", "the", "a", "an", "a new", "the new", "a single", "one"].contains(gap) {
            heir = m
        } else if RelationReader.parentDescription.firstMatch(in: gap, range: range) != nil {
            // `a new agency of the Department, the Rivers Agency`
            guard m + 1 < s.mentions.count, s.type(m + 1) == .organization, !RelationReader.isGeneric(s, m + 1),
                  [",", ", the", ", a", ", an"].contains(s.between(m, m + 1).lowercased().trimming(" ")) else { return nil }
            heir = m + 1
        } else if RelationReader.appositiveDescription.firstMatch(in: gap, range: range) != nil {
            heir = m
        } else {
            return nil
        }
        // `into the Department (DoW) as the Care Unit`: the unit it became
        var k = heir
        if k + 1 < s.mentions.count, s.mentions[k + 1].mention.canonicalName == s.mentions[k].mention.canonicalName,
           s.between(k, k + 1).trimming(" ") == "(" { k += 1 }
        if k + 1 < s.mentions.count, s.type(k + 1) == .organization, !RelationReader.isGeneric(s, k + 1) {
            let g = s.between(k, k + 1).lowercased().trimming(" )")
            if g == "as" || g == "as the" || g == "as a new" || g == "as the new" { heir = k + 1 }
        }
        return heir
    }
}

/// Bodies named together before and then taken up by a plural: `Until then patients dealt with the Family
/// Committee and the Health Authority. In 1996 the two were brought together in the Health Commission.`; `Ann
/// Reed said the Bus Agency and the Tram Agency would merge, and on Saturday they became a single Transit Agency`;
/// `both bodies were replaced by the Water Council`. The body named after the verb succeeds each body the plural
/// stands for: the bodies coordinated before it in the sentence, else exactly as many bodies as it counts (`the
/// two`: two) named in the previous sentence. `they` with no such list, a count that does not match, a merger
/// still to come or a question gives nothing.
extension RelationReader {
    /// The plural, the verb of merging or replacing, and the words before the new body's name.
    static let pluralMerger = try! NSRegularExpression(pattern:
        "^(they|the two|both|the two bodies|both bodies|the pair|the three|all three|the three bodies|the two agencies|the two organisations|the two organizations|the two councils|the two services)(?: (?:were|have been|had been|then|later|eventually|finally|formally|both|all|duly))* (?:merged into|merged to form|merged to create|combined to form|combined into|came together in|came together as|were brought together in|brought together in|brought together into|brought together as|folded into|absorbed into|replaced by|abolished and replaced by|succeeded by|(became)) (?:(a single|one|a new|a single new|one new|the new|the|a)(?: (?!of\\b|and\\b|with\\b|under\\b)[a-z-]+){0,2},? )?$")

    func pluralBodySuccession(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = s.lower
        guard ["they ", "two ", "both ", "three ", "pair "].contains(where: { lower.fastContains($0) }) else { return [] }
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            let kAt = s.mentions[k].mention.utf8Range.lowerBound
            // the clause the heir closes: after the last `;`, `, and`, `, but`, `:` (or the sentence's start), read
            // from at most 200 bytes back (the merger's words are a few: a long sentence is not lower-cased per name)
            let head = s.slice(max(s.range.lowerBound, kAt - 200), kAt).lowercased()
            let clauseAt = RelationReader.clauseStarts(in: head, separators: RelationReader.clauseSeparators + [": "]).last ?? 0
            let clause = Sentence.slice(head, clauseAt, head.utf8.count)
            let words = RelationReader.afterFrontedTime(clause.lowerWords)
            let text = words.joined(separator: " ") + " "
            guard let m = RelationReader.pluralMerger.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let pr = Range(m.range(at: 1), in: text) else { continue }
            // `became` only with `a single`, `one`, `a new` (`they became partners` is no merger)
            if m.range(at: 2).location != NSNotFound {
                guard let dr = Range(m.range(at: 3), in: text), ["a single", "one", "a new", "a single new", "one new"].contains(String(text[dr])) else { continue }
            }
            guard RelationModality.isFactual(clause, question: false), !RelationModality.isFuture(clause) else { continue }
            let plural = String(text[pr])
            let count: Int? = plural.fastContains("three") ? 3 : plural == "they" ? nil : 2
            let pronounAt = s.range.lowerBound + clauseAt
            var olds: [Int] = []
            // the bodies coordinated before the clause, in the sentence
            if let last = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= pronounAt && s.isActor($0) }),
               s.type(last) == .organization {
                let group = coordinatedBodies(s, endingAt: last).filter { !RelationReader.isParty(s.mentions[$0].mention.text) }
                if group.count >= 2, count == nil || group.count == count { olds = group.map { s.mentions[$0].index } }
            }
            // else as many bodies as counted, named in the previous sentence
            if olds.isEmpty, clauseAt == 0, let count {
                var seen = Set<String>()
                let named = context.before.filter {
                    $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= context.previousSentenceStart
                        && !RelationReader.isParty($0.mention.text) && !RelationReader.isClassName($0.mention.text)
                        && seen.insert($0.mention.canonicalName).inserted
                }
                let people = context.before.contains { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= context.previousSentenceStart }
                if named.count == count, !people { olds = named.map(\.index) }
            }
            for o in olds where o != s.mentions[k].index {
                out.append(Found(predicate: "successor_of", subject: s.mentions[k].index, object: o, offset: kAt))
            }
        }
        return out
    }
}

/// `it` merged with other bodies to form a new one: `The Rail Standards Agency began in 1996. In 2006 it was
/// merged with the Track Safety Unit to form the Rail Safety Authority.` The new body succeeds the body `it`
/// stands for (``RelationReader/bodyPronounStandsFor``; when that body `started life as` another, the earlier
/// name is the one merged) and each body named between `with` and `to form`. (A named subject is read by
/// ``mergedToForm(_:_:)``.)
extension RelationReader {
    /// The subject (group 2: `it`, or a description, `that agency`, `the commission`) after an optional fronted
    /// time or circumstance (`in 2006`, `under the new chancellor, Tom Vale,`), the verb, and the partners (group 1).
    static let pronounMergedToForm = try! NSRegularExpression(pattern:
        "(?:^|, and |; | and )(?:(?:in|on|from|by|under|after|during|following|at) [^.;:]{1,60}?,? |(?:[a-z0-9]+ ){1,3}later,? |then )?(it|(?:the|that|this) [a-z]+) (?:was |had been |has been )?(?:(?:later|then|eventually|subsequently|itself|formally|in turn) )?(?:merged|combined|amalgamated) with ([^.;:]{1,100}?) to (?:form|create|become|make) (?:the |a new |the new )?")
    /// Cues after a body's name that give the name it had before: `started life as`.
    static let startedLifeAs = [" started life as ", " began life as ", " began as ", " started out as ", " was originally "]

    func pronounMergers(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " with ") else { return [] }
        let lower = s.lower
        // (the pattern's verb comes right before `with`: a cheap test before the pattern's lazy scan)
        guard lower.fastContains("merged with") || lower.fastContains("combined with") || lower.fastContains("amalgamated with") else { return [] }
        var out: [Found] = []
        let base = s.range.lowerBound
        for m in RelationReader.pronounMergedToForm.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)) {
            guard let whole = Range(m.range, in: lower), let with = Range(m.range(at: 2), in: lower),
                  let itRange = Range(m.range(at: 1), in: lower) else { continue }
            let end = base + lower.utf8.distance(from: lower.startIndex, to: whole.upperBound)
            let itAt = base + lower.utf8.distance(from: lower.startIndex, to: itRange.lowerBound)
            let itEnd = base + lower.utf8.distance(from: lower.startIndex, to: itRange.upperBound)
            // (the subject is no name's own word: `the Water Board was merged with` is read by ``mergedToForm``)
            guard !s.mentions.contains(where: { $0.mention.utf8Range.lowerBound < itEnd && $0.mention.utf8Range.upperBound > itAt }),
                  RelationModality.isFactual(String(lower[whole]), question: false),
                  let heir = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= end }),
                  s.mentions[heir].mention.utf8Range.lowerBound - end <= 2, s.type(heir) == .organization else { continue }
            let subjectWords = String(lower[itRange]).lowerWords
            let subject: (index: Int, position: Int?)
            if subjectWords == ["it"] {
                // (`Under Ann Reed, the minister, it was merged`: a name in a phrase fronted at the sentence's start is
                // no antecedent; `it` stands for the body the sentence before opened with)
                let fronted = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: whole.lowerBound) == s.range.lowerBound
                    && s.mentions.contains { $0.mention.utf8Range.upperBound <= itAt }
                if fronted {
                    guard let a = pronounAntecedent(s, context, before: itAt, atStart: true) else { continue }
                    subject = (a, nil)
                } else {
                    guard let b = bodyPronounStandsFor(s, context, at: itAt) else { continue }
                    subject = b
                }
            } else {
                // `that agency`, `the commission`: the body of that kind named before
                guard let b = context.describedOrganization([subjectWords[1]], at: itAt, in: s) else { continue }
                subject = (b.index, nil)
            }
            // (a body named before the sentence whose earlier name follows it: `Harbour started life as Westside`)
            var subjectIndex = subject.index
            if subject.position == nil, let named = context.before.firstIndex(where: { $0.index == subjectIndex }) {
                let after = Sentence.slice(s.text, context.before[named].mention.utf8Range.upperBound, min(s.range.lowerBound, context.before[named].mention.utf8Range.upperBound + 24)).lowercased()
                if RelationReader.startedLifeAs.contains(where: { after.hasPrefix($0) || after.hasPrefix($0 + "the ") }),
                   let earlier = context.before[(named + 1)...].first(where: { $0.mention.type == .organization }) {
                    subjectIndex = earlier.index
                }
            }
            let withFrom = base + lower.utf8.distance(from: lower.startIndex, to: with.lowerBound)
            let withTo = base + lower.utf8.distance(from: lower.startIndex, to: with.upperBound)
            let partners = s.mentions.indices.filter { s.type($0) == .organization && !RelationReader.isGeneric(s, $0)
                && s.mentions[$0].mention.utf8Range.lowerBound >= withFrom && s.mentions[$0].mention.utf8Range.upperBound <= withTo
                && !RelationReader.isMergerAside(s, $0) }
            for p in [subjectIndex] + partners.map({ s.mentions[$0].index }) where p != s.mentions[heir].index {
                out.append(Found(predicate: "successor_of", subject: s.mentions[heir].index, object: p, offset: s.mentions[heir].mention.utf8Range.lowerBound))
            }
        }
        return out
    }
}

/// A body split by an actor into new ones: `In 2007 the prime minister split the Department for Health and
/// Housing in two, creating the Department of Health and the Department for Housing`; `the Act divided the Water
/// Board into the Rivers Agency and the Canals Trust`. Each new body succeeds the one split (`successor_of`).
extension RelationReader {
    /// What follows the body split: a count, then a verb of creating (or `into`) and the new bodies' list.
    static let splitCreating = try! NSRegularExpression(pattern:
        "^(?: (?:in|into) (?:two|three|four|half))?,? (?:creating|forming|to create|to form|into|and created|and set up)(?: (?:two|three|four) new (?:bodies|departments|agencies))?:?(?: (?:the|a new|the new))? $")

    func splitIntoNewBodies(_ s: Sentence) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = s.lower
        guard lower.fastContains("split ") || lower.fastContains("divided ") || lower.fastContains("broke up ") else { return [] }
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            let lead = s.before(k, 30).lowercased()
            guard [" split ", " split the ", " divided ", " divided the ", " broke up ", " broke up the "].contains(where: { lead.hasSuffix($0) }),
                  RelationModality.isFactual(s.slice(s.range.lowerBound, s.mentions[k].mention.utf8Range.lowerBound), question: false),
                  !RelationModality.isFuture(String(lead)),
                  let first = s.mentions.indices.first(where: { $0 > k && s.mentions[$0].mention.canonicalName != s.mentions[k].mention.canonicalName }),
                  s.type(first) == .organization, !RelationReader.isGeneric(s, first) else { continue }
            let gap = s.between(k, first).lowercased()
            guard RelationReader.splitCreating.firstMatch(in: gap, range: NSRange(gap.startIndex..., in: gap)) != nil else { continue }
            for h in listPastRelativeClauses(s, from: first) where s.mentions[h].mention.canonicalName != s.mentions[k].mention.canonicalName {
                out.append(found("successor_of", s, subject: h, object: k))
            }
        }
        return out
    }
}

/// A body taking over other bodies' work named by possessives: `the Schools Agency took over both the Teacher
/// Board's work and the Schools Council's disciplinary role`; `the Coal Authority inherited the Coal Board's
/// liabilities`. The verb's subject (``subjects(_:before:)``) succeeds each body whose work it took, the second of
/// two coordinated possessives included.
extension RelationReader {
    /// Nouns after a possessive that name a body's work, besides ``transferNouns``.
    static let possessiveWorkNouns: Set<String> = transferNouns.union(["role", "disciplinary", "regulatory", "statutory", "ownership", "licensing"])
    /// A possessive's noun phrase that ends on a noun of work (`'s functions,`, `'s disciplinary role and`), not one
    /// that goes on (`'s operations were sound`, `'s budget cuts`): at most two words before the noun, then
    /// punctuation, the end, or a word that closes a noun phrase.
    static let possessiveWorkEnds = try! NSRegularExpression(pattern:
        "^(?:'|\u{2019})s (?:[a-z-]+ ){0,2}(?:" + possessiveWorkNouns.sorted().joined(separator: "|")
        + ")(?:[.,;:)]|$| (?:and|in|on|for|to|from|at|as|when|after|before|with|under|until|by|the|a)\\b)")
    /// A verb of taking over, a quantifier, and an optional first possessive conjunct, before a body's name.
    static let takesPossessive = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:took over|takes over|has taken over|had taken over|inherited|inherits|assumed|absorbed)(?: both| all| all of)?(?: the)?(?:(?: [a-z-]+){1,4}(?:'s|\u{2019}s)(?: [a-z-]+){1,3} and(?: the)?)? $")

    func possessiveWorkTaken(_ s: Sentence) -> [Found] {
        guard !s.isQuestion, s.lower.fastContains("'s ") || s.lower.fastContains("\u{2019}s ") else { return [] }
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            let after = s.after(k, 50).lowercased()
            guard after.hasPrefix("'s ") || after.hasPrefix("\u{2019}s "),
                  RelationReader.possessiveWorkEnds.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)) != nil else { continue }
            let lead = s.before(k, 90).lowercased()
            guard let m = RelationReader.takesPossessive.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)),
                  let r = Range(m.range, in: lead) else { continue }
            let verbAt = s.mentions[k].mention.utf8Range.lowerBound - lead.utf8.distance(from: r.lowerBound, to: lead.endIndex) + 1
            guard RelationModality.isFactual(s.slice(max(s.range.lowerBound, verbAt - 40), s.mentions[k].mention.utf8Range.lowerBound), question: false),
                  !RelationModality.isFuture(s.slice(max(s.range.lowerBound, verbAt - 40), verbAt + 12)) else { continue }
            for h in subjects(s, before: verbAt) where s.type(h) == .organization && !RelationReader.isGeneric(s, h)
                && s.mentions[h].mention.canonicalName != s.mentions[k].mention.canonicalName {
                out.append(found("successor_of", s, subject: h, object: k))
            }
        }
        return out
    }
}
