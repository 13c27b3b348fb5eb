import Foundation
import HindsightSupport

/// Criticism stated through a report or a protest rather than a verb of attack:
/// - a damning report on a body by the one who published it: `the ombudsman published a scathing report on
///   Eastside Trust`, `inspectors issued their report on Northgate Care and rated it inadequate`;
/// - a protest against a body or a programme by the one who holds it: `the nurses' union called a strike against
///   the pay award`, `the second walkout Unison has called against the Care Plan`.
///
/// Negated, hedged and questioned statements give no edge (``RelationModality``); a plain report (`published its
/// annual report on the trust`) criticises only when its verdict is one of failure.
extension RelationReader {
    /// Words before `report` that make the report a criticism.
    static let damningReportWords: Set<String> = ["damning", "devastating", "critical", "scathing", "withering",
                                                  "excoriating", "highly", "hard-hitting", "blistering", "savage", "stinging"]
    /// Verbs of publishing a report.
    static let publishingVerbs: Set<String> = ["published", "publishes", "issued", "issues", "released", "releases",
                                               "produced", "wrote", "delivered", "has", "have", "had", "put", "out"]

    /// `X published a damning report on Y`; `X published its report on Y ... and rated it inadequate`.
    func reportsOn(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let lower = s.lower
        guard lower.fastContains(" report") else { return [] }
        var out: [Found] = []
        for cue in [" report on ", " report into ", " reports on ", " inspection report on ", " verdict on "] {
            var from = lower.startIndex
            while let r = lower.fastRange(of: cue, range: from..<lower.endIndex) {
                from = r.upperBound
                let cueStart = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let cueEnd = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                // the words before `report`: a publishing verb, a determiner, perhaps a damning adjective
                let lead = lower[..<r.lowerBound].lowerWords.suffix(5)
                guard let v = lead.lastIndex(where: { RelationReader.publishingVerbs.contains($0) }) else { continue }
                let described = lead[(v + 1)...]
                guard described.count <= 3,
                      described.allSatisfy({ ["a", "an", "the", "its", "his", "her", "their", "new", "latest", "final"].contains($0) || RelationReader.damningReportWords.contains($0) }) else { continue }
                let damning = described.contains { RelationReader.damningReportWords.contains($0) }
                let targets = objects(s, after: cueEnd - 1).filter { s.isActor($0) || s.type($0) == .programme }
                guard let firstTarget = targets.first else { continue }
                // the verdict later in the sentence: `and rated it inadequate`, `, finding it unsafe`
                let tail = s.slice(s.mentions[firstTarget].mention.utf8Range.upperBound, s.range.upperBound).lowercased()
                    .replacingPresent("\u{2018}", with: "'").replacingPresent("\u{2019}", with: "'")
                let failing = ["rated it ", "rated them ", "rating it ", "judged it ", "found it ", "finding it ", "graded it "].contains { cue in
                    guard let q = tail.fastRange(of: cue) else { return false }
                    var verdict = tail[q.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
                    if verdict.hasPrefix("as ") { verdict = String(verdict.dropFirst(3)).trimmingCharacters(in: CharacterSet(charactersIn: " '\"")) }
                    return (Self.failingRatings + ["unsafe", "failing"]).contains { verdict.hasPrefix($0) }
                }
                // `a report on Eastside Trust last May that was as damning as any`: the verdict in a relative clause
                let tailWords = Array(tail.lowerWords.prefix(12))
                let damningAfter = tailWords.indices.contains { k in
                    ["that", "which"].contains(tailWords[k]) && k + 1 < tailWords.count && ["was", "is", "proved"].contains(tailWords[k + 1])
                        && tailWords.dropFirst(k + 2).prefix(4).contains { RelationReader.damningReportWords.contains($0) || $0 == "damning" }
                        && !tailWords.dropFirst(k + 2).prefix(3).contains { ["not", "hardly", "never", "less"].contains($0) }
                }
                guard damning || failing || damningAfter else { continue }
                // the publisher: the subject before the verb (`Ann Reed, the ombudsman, published`), or `she`
                let beforeCue = lower[..<r.lowerBound]
                guard let vr = (" " + beforeCue).fastRange(of: " " + lead[v] + " ", options: .backwards) else { continue }
                let vStart = s.range.lowerBound + (" " + beforeCue).utf8.distance(from: (" " + beforeCue).startIndex, to: vr.lowerBound)
                guard RelationModality.isFactual(s.slice(s.range.lowerBound, cueStart)),
                      !s.asks(after: cueStart) else { continue }
                var critics = subjects(s, before: vStart).map { s.mentions[$0].index }
                if critics.isEmpty, let p = unnamedSubject(s, context, before: vStart) { critics = [p.index] }
                for c in critics {
                    let name = context.before.first(where: { $0.index == c })?.mention.canonicalName
                        ?? s.mentions.first(where: { $0.index == c })?.mention.canonicalName ?? ""
                    for o in targets where name != s.mentions[o].mention.canonicalName {
                        out.append(Found(predicate: "criticised", subject: c, object: s.mentions[o].index, offset: cueStart))
                    }
                }
            }
        }
        return out
    }

    /// Nouns of a protest that, before `against`, make its holder a critic of what follows.
    static let protestNouns: Set<String> = ["strike", "strikes", "walkout", "walkouts", "campaign", "campaigns",
                                            "protest", "protests", "boycott", "ballot", "action", "challenge",
                                            "review", "petition", "march", "demonstration", "rally",
                                            // `gathered signatures against the closure`, `staged demonstrations against`
                                            "signatures", "petitions", "demonstrations", "marches", "rallies", "pickets", "vigils"]

    /// `Unison called a strike against the Care Plan`; `the walkout the union has called against the Care Plan`;
    /// `the Carers Union's campaign against Harbour Homes`: the one who holds the protest criticises its target.
    func protestsAgainst(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for j in 0..<n where s.isActor(j) || s.type(j) == .programme {
            let lead = s.before(j, 100).lowercased()
            // `against` right before the target (a determiner may stand between)
            var words = lead.lowerWords
            while let l = words.last, ["the", "a", "an", "its", "their", "his", "her", "plans", "plan"].contains(l) { words.removeLast() }
            guard words.last == "against", words.count >= 2 else { continue }
            let clause = Array(words.dropLast().suffix(8))
            guard let noun = clause.lastIndex(where: { RelationReader.protestNouns.contains($0) }) else { continue }
            // (`legal action against`, `industrial action against` are protests; a bare `action` only after `took`)
            if clause[noun] == "action", noun == 0 || !["industrial", "legal", "strike", "took", "take", "taking"].contains(clause[noun - 1]) { continue }
            if clause[noun] == "review", noun == 0 || clause[noun - 1] != "judicial" { continue }
            guard RelationModality.isFactual(clause.joined(separator: " ")), !s.asks(after: s.mentions[j].mention.utf8Range.lowerBound - 1) else { continue }
            // the holder: an organization or person named just before the noun (`Unison's strike`), or right after
            // it (`the walkout Unison has called against`), within the same clause
            let jStart = s.mentions[j].mention.utf8Range.lowerBound
            let holders = (0..<j).filter { k in
                s.isActor(k) && jStart - s.mentions[k].mention.utf8Range.upperBound <= 90
                    && !s.slice(s.mentions[k].mention.utf8Range.upperBound, jStart).contains(";")
                    && !s.slice(s.mentions[k].mention.utf8Range.upperBound, jStart).fastContains(". ")
            }
            guard let k = holders.last else { continue }
            let gap = s.between(k, j).lowercased()
            let gapWords = gap.lowerWords
            let possessive = gap.hasPrefix("'s ") || gap.hasPrefix("\u{2019}s ")
            // `Unison called a strike against`, `Unison's strike against`, `... walkout Unison has called against`
            let holds = possessive && gapWords.count <= 6
                || (gapWords.first.map { ["called", "calls", "has", "have", "had", "launched", "launches", "began", "begins", "started", "staged", "stages", "held", "holds", "organised", "organized", "led", "leads", "brought", "mounted", "took", "is", "was", "were", "are", "gathered", "gathers", "collected", "collects", "delivered", "handed", "submitted", "presented"].contains($0) } ?? false) && gapWords.count <= 8
            guard holds, !gapWords.contains(where: { ["but", "while", "whereas", "not", "never"].contains($0) }) else { continue }
            guard s.mentions[k].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            out.append(found("criticised", s, subject: k, object: j))
            // `..., and it was joined by the Carers Union`: the critics who join the protest
            for c in joinedCritics(s, after: s.mentions[j].mention.utf8Range.upperBound)
                where s.mentions[c].mention.canonicalName != s.mentions[j].mention.canonicalName {
                out.append(found("criticised", s, subject: c, object: j))
            }
        }
        return out
    }
}

/// A finding of failure: `the Audit Office found that the Schools Agency had failed to check the bids`;
/// `Ann Reed concluded in March that Harbour Care was too slow to act`; `Harbour Care, the regulator said, had
/// misled the council`. The one who finds (the subject of `found`, `concluded`, `reported`, `ruled`, or the voice
/// of a parenthetical `X said`) criticises the organization or programme the finding opens with, when the finding
/// states a failure in words of failure. A finding without them (`found that the trust had met its targets`), a
/// negated or hedged verb (`did not find`, `may conclude`) and a question give no edge.
extension RelationReader {
    /// Verbs that introduce a finding, before `that`.
    static let findingVerbs: Set<String> = ["found", "finds", "concluded", "concludes", "reported", "reports", "ruled",
                                            "rules", "judged", "established", "said", "says", "warned", "warns", "showed",
                                            "complained", "complains"]
    /// Finding verbs that are themselves a complaint, so that what follows them criticises whatever it says
    /// (`the committee complained that the ministry had bailed out the companies`): no word of failure is needed.
    static let complaintVerbs: Set<String> = ["complained", "complains"]
    /// Verbs of what a body was expected to do, whose denial in a finding states a failure: `found that the
    /// department had not used the penalties`, `the reforms had not reduced reoffending`.
    static let dutyVerbs: Set<String> = ["used", "met", "reduced", "delivered", "achieved", "improved", "checked", "acted", "followed",
                                         "secured", "provided", "protected", "learned", "learnt", "kept", "demonstrated", "tackled",
                                         "addressed", "fixed", "enforced", "monitored", "consulted", "responded", "listened", "investigated"]
    /// Words of failure that state one only as made: `had made serious mistakes`.
    static let madeFailures: Set<String> = ["mistakes", "misjudgements", "misjudgments", "blunders"]
    /// Words of a finding that state a failure (with ``madeFailures``: `found that the trust had made serious mistakes`).
    static let failureWords: Set<String> = madeFailures.union(["failed", "failing", "failings", "fails", "failure", "failures", "inadequate", "unacceptable",
                                            "unacceptably", "poorly", "deceived", "misled", "mismanaged", "ignored", "neglected",
                                            "negligent", "flawed", "wasted", "overcharged", "overbilled", "unlawful", "unlawfully",
                                            "breached", "botched", "reckless", "recklessly", "inexcusable", "culpable", "complacent",
                                            "incompetent", "misleading", "shortcomings", "mishandled", "lax", "lack", "lacked", "lacking",
                                            "incapable", "unfit", "ineffective", "ineffectual", "dysfunctional", "unsafe", "dishonest",
                                            "irredeemably", "unworkable", "unprepared", "deteriorated", "unconvinced", "rushed", "squandered",
                                            "mismanagement", "underperforming"])

    /// Where `words` (a finding's clause) state a failure: a word of failure, `too` before what is too much
    /// (`had been too cautious`, `was far too slow`; not `the council, too, had met`), or a duty denied (`had not
    /// used the penalties`, `has never met its targets`, `did not act`; ``dutyVerbs`` after `had`/`has`/`have`/
    /// `did` only, so a passive is none: `was not consulted` wrongs its subject; `was not value for money`; and
    /// not a clearing, `had not acted unlawfully`). The denial is the index, so that no other denial may stand
    /// before it. Nil when none.
    static func failureIndex(_ words: [String]) -> Int? {
        // a word of failure denied right before it clears (`had not acted unlawfully`)
        // (`mistakes` only as made: `had made a number of mistakes`; `had never learned from its mistakes` is a duty denied)
        if let at = words.indices.first(where: { k in
            failureWords.contains(words[k]) && !words[max(0, k - 2)..<k].contains(where: { ["not", "never", "no"].contains($0) })
                && (!madeFailures.contains(words[k]) || words[max(0, k - 5)..<k].contains(where: { ["made", "make", "making", "makes"].contains($0) }))
        }) { return at }
        let notAdjective: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "did", "and", "the", "a", "an", "said", "in", "at",
                                         "to", "of", "would", "could", "will", "was", "many", "few", "often"]
        if let at = words.indices.first(where: { words[$0] == "too" && $0 + 1 < words.count && !notAdjective.contains(words[$0 + 1]) }) { return at }
        return words.indices.first { k in
            guard ["not", "never"].contains(words[k]), k >= 1, ["had", "has", "have", "did", "was", "were", "is", "are"].contains(words[k - 1]) else { return false }
            let next = words.dropFirst(k + 1).drop { ["yet", "properly", "fully", "always", "even"].contains($0) }
            guard let w = next.first else { return false }
            if Array(next.prefix(3)) == ["value", "for", "money"] { return true }
            // a duty denied is active (`had not used`); `had not acted unlawfully` clears
            guard ["had", "has", "have", "did"].contains(words[k - 1]), dutyVerbs.contains(w) || dutyVerbs.contains(w + "ed") || dutyVerbs.contains(w + "d") else { return false }
            let after = next.dropFirst().first
            return !["unlawfully", "improperly", "wrongly", "illegally", "unreasonably", "unfairly"].contains(after ?? "")
        }
    }

    /// Whether the name at `b` is listed with the one at `a` as what a finding is about: `Harbour and the Agency`,
    /// `Harbour healthcare and Agency staff` (a noun may follow the first name).
    func listedTarget(_ s: Sentence, _ a: Int, _ b: Int) -> Bool {
        guard s.type(b) == .organization || s.type(b) == .programme, s.type(a) == .organization || s.type(a) == .programme else { return false }
        let g = s.between(a, b).lowercased().trimming(" ")
        let w = g.lowerWords
        return w.count <= 3 && (w.last == "and" || (w.count >= 2 && w[w.count - 2] == "and" && w.last == "the"))
            && !g.contains(",") && w.dropLast(w.last == "the" ? 2 : 1).allSatisfy({ !RelationReader.findingVerbs.contains($0) && !["was", "is", "had", "has"].contains($0) })
    }

    func findings(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let n = s.mentions.count
        guard n >= 1, !s.isQuestion else { return [] }
        var out: [Found] = []
        // (a person too: `found that Ann Reed had made serious mistakes`, `had misled the board`)
        let target = { (k: Int) -> Bool in [.organization, .programme, .person].contains(s.type(k)) }
        /// Whether the clause after the name at `j` states a failure within `limit` words (before the next `;`).
        func fails(after j: Int, limit: Int = 14) -> Bool {
            var rest = s.after(j, 160).lowercased()
            if let semi = rest.firstIndex(of: ";") { rest = String(rest[..<semi]) }
            let words = Array(rest.lowerWords.prefix(limit))
            guard let at = RelationReader.failureIndex(words) else { return false }
            // a person a failure is done to is its victim, not its author (`found that Ann Reed had been failed
            // by the council`, `was misled`)
            if s.type(j) == .person, at > 0, ["been", "was", "were", "being", "be", "is", "are"].contains(words[at - 1]), words[at].hasSuffix("ed") { return false }
            // (`was not failing`, `had never misled`: a denial, no finding of failure)
            return !words[..<at].contains { ["not", "never", "no", "nothing", "hardly"].contains($0) || $0.hasSuffix("n't") }
        }
        for j in 0..<n where target(j) && !RelationReader.isGeneric(s, j) {
            let lead = s.before(j, 120)
            let words = lead.lowerWords
            // `... found (in May) that (the) Harbour Care ...`: `that` right before the name (a determiner between)
            var w = words
            while let l = w.last, ["the", "both"].contains(l) { w.removeLast() }
            // (`found that the rules did not work, and that Harbour Care had failed`: a second finding of the verb)
            let chained = w.last == "that" && w.count >= 2 && w[w.count - 2] == "and"
            let said = w.last.map { ["said", "says", "found", "concluded"].contains($0) } ?? false
            if (w.last == "that" && w.count >= 2) || said, !(j > 0 && listedTarget(s, j - 1, j)) {
                let head = said ? Array(w.suffix(5)) : Array(w.dropLast().suffix(6))
                var verbAt: String? = head.lastIndex(where: { RelationReader.findingVerbs.contains($0) }).flatMap { head.count - $0 <= 4 ? head[$0] : nil }
                var window = lead
                if verbAt == nil, chained {
                    // the verb of the first finding, further back in the sentence: `found that ..., and that`
                    window = s.before(j, 400)
                    let all = window.lowerWords
                    if let k = all.indices.last(where: { RelationReader.findingVerbs.contains(all[$0]) && $0 + 1 < all.count && all[$0 + 1] == "that" }) {
                        verbAt = all[k]
                    }
                }
                guard let verb = verbAt, chained || RelationModality.isFactual(head.joined(separator: " ")),
                      RelationReader.complaintVerbs.contains(verb) || fails(after: j) else { continue }
                // the verb's offset, for its subject
                let lower = window.lowercased()
                guard let r = lower.fastRange(of: " " + verb + " ", options: .backwards) else { continue }
                let vStart = s.mentions[j].mention.utf8Range.lowerBound - lower.utf8.distance(from: r.lowerBound, to: lower.endIndex)
                guard RelationModality.isFactual(s.slice(max(s.range.lowerBound, vStart - 40), vStart + verb.utf8.count + 1)) else { continue }
                // the names listed with the first: `that Harbour Care and the Schools Agency had failed`
                var targets = [j]
                while let last = targets.last, last + 1 < n, listedTarget(s, last, last + 1) { targets.append(last + 1) }
                var critics = subjects(s, before: vStart + 1)
                // `A review by Tom Vale found that ...`: the document's authors
                if critics.isEmpty { critics = documentByAuthors(s, before: vStart + 1) }
                var criticIndices = critics.map { s.mentions[$0].index }
                // `Its report said the Agency had failed`: the report of the organization the sentence before opened with
                // `Its report said the Agency had failed`, `He found that ...`: the one the clause refers to
                if critics.isEmpty, let p = unnamedSubject(s, context, before: vStart) {
                    criticIndices = [p.index]
                }
                critics = []
                for c in criticIndices {
                    let name = context.before.first(where: { $0.index == c })?.mention.canonicalName
                        ?? s.mentions.first(where: { $0.index == c })?.mention.canonicalName ?? ""
                    for o in targets where name != s.mentions[o].mention.canonicalName {
                        out.append(Found(predicate: "criticised", subject: c, object: s.mentions[o].index, offset: s.mentions[o].mention.utf8Range.lowerBound))
                    }
                }
                for c in critics {
                    for o in targets where s.mentions[c].mention.canonicalName != s.mentions[o].mention.canonicalName {
                        out.append(found("criticised", s, subject: c, object: o))
                    }
                }
                continue
            }
            // `Harbour Care, the regulator said, had misled the council`: a parenthetical voice after the name
            let after = s.after(j, 60)
            guard after.hasPrefix(","), j + 1 < n, s.isActor(j + 1) else { continue }
            let inner = s.between(j, j + 1).lowercased().trimming(" ,")
            let tail = s.after(j + 1, 20).lowercased()
            guard ["", "the", "according to", "according to the"].contains(inner),
                  [" said,", " says,", " found,", " concluded,", " ruled,", " alleged,", " claimed,"].contains(where: { tail.hasPrefix($0) }),
                  fails(after: j + 1, limit: 10) else { continue }
            out.append(found("criticised", s, subject: j + 1, object: j))
        }
        return out
    }
}

/// A finding of failure about a body or a programme the finding describes rather than names: `the auditors
/// found that the department had failed to check the bids`, `It said the scheme had been poorly run`, `Tom
/// Vale concluded that the council had ignored the warnings`. The description stands for the body
/// (``DefiniteDescription``) or the programme (the last one named) before it; the finder may be named or
/// referred to (``unnamedSubject(_:_:before:)``). A finding without words of failure, a negated or hedged verb
/// and a question give no edge.
extension RelationReader {
    /// The programme `the scheme` (`the bill`, `the programme`) before UTF-8 offset `v` stands for: the one
    /// programme named in its paragraph or the one before. Two programmes there refuse (the
    /// one named most often was tried: a page names its topic scheme less often than an older one it replaced).
    func describedProgramme(_ s: Sentence, _ context: RelationContext, before v: Int) -> (index: Int, mention: EntityMention)? {
        let paragraphs = RelationContext.layout(s.text, from: max(0, v - DefiniteDescription.window), to: v).paragraphs
        let from = paragraphs.dropLast(paragraphs.last == context.paragraphStart ? 1 : 0).last ?? max(0, v - DefiniteDescription.window)
        let named = context.mentions(before: v, in: s).filter {
            $0.mention.type == .programme && $0.mention.utf8Range.lowerBound >= min(from, context.paragraphStart)
        }
        guard Set(named.map(\.mention.canonicalName)).count == 1 else { return nil }
        return named.last
    }

    func describedFindings(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = s.lower
        var out: [Found] = []
        let verbs = ["found", "concluded", "ruled", "said", "saying", "warned", "reported", "finds", "concludes", "says", "judged",
                     "complained", "complains"]
        // each finding: its verb, where the verb starts and where the description after `that the` starts
        var cues: [(verb: String, r: Range<String.Index>)] = []
        for verb in verbs {
            // (every cue is ` verb ` and more: a sentence without ` verb ` holds none of them)
            guard lower.fastContains(" " + verb + " ") else { continue }
            for joiner in [" that the ", " the ", " (in paraphrase) that the ", " (in paraphrase) the "] {
                var from = lower.startIndex
                while let r = lower.fastRange(of: " " + verb + joiner, range: from..<lower.endIndex) {
                    from = r.upperBound
                    cues.append((verb, r))
                }
            }
        }
        // `found in April 2014 that the department ...`: a date between the verb and `that`
        var from = lower.startIndex
        while let t = lower.fastRange(of: " that the ", range: from..<lower.endIndex) {
            from = t.upperBound
            let lead = lower[..<t.lowerBound].split(separator: " ").suffix(5).map(String.init)
            guard let v = lead.lastIndex(where: { verbs.contains($0) }), v + 1 < lead.count,
                  lead[(v + 1)...].first.map({ ["in", "on", "last", "this", "early", "late", "earlier", "later"].contains($0) }) == true,
                  lead[(v + 1)...].allSatisfy({ ["in", "on", "last", "this", "early", "late", "earlier", "later", "month", "year", "week",
                                                 "spring", "summer", "autumn", "winter"].contains($0) || $0.allSatisfy(\.isNumber)
                                                 || RelationContext.leadIns.contains($0) }),
                  let vr = lower[..<t.lowerBound].fastRange(of: " " + lead[v] + " ", options: .backwards) else { continue }
            cues.append((lead[v], vr.lowerBound..<t.upperBound))
        }
        for (verb, r) in cues {
                do {
                    let vStart = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound) + 1
                    let dStart = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound) - 4   // at `the`
                    // `the [new] scheme had`, `the council was`: the description, then a verb
                    let rest = lower[r.upperBound...].lowerWords.prefix(4)
                    guard let h = rest.prefix(3).firstIndex(where: { Self.programmeHeads.contains($0) || DefiniteDescription.heads.contains($0) }),
                          h + 1 < rest.count, ["had", "has", "was", "were", "is", "are", "could", "would", "did"].contains(rest[h + 1]),
                          rest[..<h].allSatisfy({ $0.allSatisfy(\.isLetter) && !Self.sayingVerbs.contains($0) }) else { continue }
                    // named right there: the findings rule reads it
                    if s.mentions.contains(where: { $0.mention.utf8Range.lowerBound >= dStart && $0.mention.utf8Range.lowerBound <= dStart + 40 }) { continue }
                    let after = lower[r.upperBound...]
                    var clauseWords = Array(after.lowerWords.dropFirst(h + 1).prefix(14))
                    if let semi = clauseWords.firstIndex(where: { $0 == "but" }) { clauseWords = Array(clauseWords[..<semi]) }
                    let complaint = RelationReader.complaintVerbs.contains(verb)
                    guard complaint || RelationReader.failureIndex(clauseWords).map({ at in
                        !clauseWords[..<at].contains(where: { ["not", "never", "no", "nothing", "hardly"].contains($0) || $0.hasSuffix("n't") }) }) == true else { continue }
                    guard RelationModality.isFactual(s.slice(max(s.range.lowerBound, vStart - 40), vStart + verb.utf8.count)) else { continue }
                    guard let target = Self.programmeHeads.contains(rest[h])
                        ? describedProgramme(s, context, before: dStart) : definiteTarget(s, context, after: dStart - 1) else { continue }
                    var critics = subjects(s, before: vStart).map { s.mentions[$0] }
                    if critics.isEmpty { critics = documentByAuthors(s, before: vStart).map { s.mentions[$0] } }
                    if critics.isEmpty, let p = unnamedSubject(s, context, before: vStart) { critics = [p] }
                    // `The union studied the trust, saying that ...`: the actor opening the sentence
                    if critics.isEmpty, verb == "saying", let k = s.mentions.indices.first(where: { s.isActor($0) }),
                       s.mentions[k].mention.utf8Range.upperBound < vStart,
                       s.before(k, 60).lowerWords.allSatisfy(RelationContext.isLeadIn) {
                        critics = [s.mentions[k]]
                    }
                    for c in critics where c.mention.canonicalName != target.mention.canonicalName {
                        out.append(Found(predicate: "criticised", subject: c.index, object: target.index, offset: vStart))
                    }
                }
        }
        return out
    }
}

/// A warning given to a body about its own failure: `Tom Vale warned the Home Office in his reviews that
/// detention was used far too readily`; `the inspectors had warned Harbour Trust that its wards were unsafe`.
/// The one who warns criticises the body (or programme) warned, when what the warning says states a failure in
/// words of failure (``failureIndex(_:)``). A forecast (`warned the council that costs would rise`), a denied or
/// hedged warning (`did not warn`, `may warn`) and a question give no edge; a person warned is left alone (`warned
/// the minister that ...` is advice as often as blame).
extension RelationReader {
    /// The verbs of a warning given to someone named right after them.
    static let warningVerbs: Set<String> = ["warned", "warns", "warning"]

    func warningsTo(_ s: Sentence) -> [Found] {
        guard !s.isQuestion, s.lower.fastContains(" warn") else { return [] }
        var out: [Found] = []
        let n = s.mentions.count
        for j in 0..<n where [.organization, .programme].contains(s.type(j)) && !RelationReader.isGeneric(s, j) {
            // `warned (the) Home Office`: the verb right before the name
            var lead = s.before(j, 40).lowerWords
            if lead.last == "the" { lead.removeLast() }
            guard let verb = lead.last, Self.warningVerbs.contains(verb) else { continue }
            // then `that` within a short reach, the words between no clause of their own (`in his reviews`,
            // `last year`, `repeatedly`)
            let after = s.after(j, 80).lowercased()
            let words = after.lowerWords
            guard let that = words.prefix(8).firstIndex(of: "that") else { continue }
            let between = words[..<that]
            guard !between.contains(where: { ["and", "but", "or", "who", "which", "was", "were", "is", "had", "has", "to"].contains($0) }),
                  !(after.split(separator: " ").prefix(that).joined(separator: " ").contains(",")) else { continue }
            // what the warning says: a failure, not denied before it
            var rest = s.after(j, 220).lowercased()
            if let semi = rest.firstIndex(of: ";") { rest = String(rest[..<semi]) }
            let clause = Array(rest.lowerWords.dropFirst(that + 1).prefix(14))
            guard let at = RelationReader.failureIndex(clause),
                  !clause[..<at].contains(where: { ["not", "never", "no", "nothing", "hardly", "would", "will", "could", "might", "may"].contains($0) || $0.hasSuffix("n't") }) else { continue }
            // the one who warns: the subject of the verb
            let jStart = s.mentions[j].mention.utf8Range.lowerBound
            let lower = s.before(j, 40).lowercased()
            guard let r = lower.fastRange(of: verb, options: .backwards) else { continue }
            let vStart = jStart - lower.utf8.distance(from: r.lowerBound, to: lower.endIndex)
            guard RelationModality.isFactual(s.slice(max(s.range.lowerBound, vStart - 40), vStart + verb.utf8.count)) else { continue }
            let critics = verb == "warning" ? participleSubjects(s, before: vStart) : subjects(s, before: vStart)
            for c in critics where s.mentions[c].mention.canonicalName != s.mentions[j].mention.canonicalName {
                out.append(found("criticised", s, subject: c, object: j))
            }
        }
        return out
    }
}
