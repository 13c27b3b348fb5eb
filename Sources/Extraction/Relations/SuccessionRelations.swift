import Foundation
import HindsightSupport

/// Succession (`successor_of`): a person replacing another in a post, an organization renamed, merged into or
/// taking over from another.
extension RelationReader {
    /// Words between A and B that make A the successor of B: `Harbour Care, successor to Westside Care`;
    /// `Tom Vale, who replaced Ann Reed`; `Tom Vale took over from Ann Reed`.
    static let successorCues = ["successor to", "the successor to", "successor of", "which replaced", "who replaced", "replaced",
                                "has replaced", "which succeeded", "who succeeded", "succeeded", "has succeeded",
                                "which took over from", "who took over from", "took over from", "taking over from",
                                "replacing", "succeeding", "taken over from", "having taken over from", "having replaced", "having succeeded", "formerly", "formerly known as", "previously known as",
                                "once known as", "the new name of", "the new name for", "absorbed", "which absorbed",
                                "has absorbed", "who took over as", "the replacement for", "replacement for", "replaces",
                                "succeeds", "takes over from", "to replace", "set up to replace", "created to replace",
                                "which took over the work of", "took over the work of", "in place of",
                                // `Tom Vale became chief executive in succession to Ann Reed`
                                "in succession to"]
    /// Words between B and A that make A the successor of B: `Westside Care became Harbour Care`; `Westside
    /// Care was renamed Harbour Care`; `Ann Reed was replaced by Tom Vale`; `Westside merged into Harbour`.
    static let predecessorCues = ["became", "was renamed", "renamed", "was renamed as", "is now", "now", "now called",
                                  "has become", "was replaced by", "replaced by", "was succeeded by", "succeeded by",
                                  "merged into", "was merged into", "was absorbed into", "was folded into",
                                  "collapsed and its contracts went to", "its contracts went to", "contracts went to",
                                  "rebranded as", "was rebranded as", "gave way to", "handed over to", "transferred to",
                                  "was taken over by", "were transferred to", "was replaced with", "replaced with",
                                  "began trading as", "started trading as", "now trading as", "relaunched as",
                                  "was relaunched as", "was reconstituted as", "reconstituted as", "was turned into",
                                  "folded into", "was abolished and replaced by", "abolished and replaced by"]
    /// Verbs of one body taken in by another that are a succession only as the whole words between the two names
    /// (`the Grants Office was swallowed by the Funding Agency`, `Westside Care, absorbed by Harbour Care in 2015,`):
    /// after more words they are said of something else (`Westside's losses were absorbed by Harbour`).
    static let swallowedCues: Set<String> = ["was swallowed by", "was swallowed up by", "swallowed up by", "was absorbed by",
                                             "absorbed by", "was subsumed into", "subsumed into", "was subsumed by", "has been absorbed by",
                                             "had been absorbed by", "was formally absorbed by"]
    /// `Westside Care collapsed in 2019 and its three homes went to Harbour Care`; `Westside, its licensing work
    /// passing to Harbour`; `Westside has closed and its work has passed to a new agency, Harbour Standards` (a
    /// perfect tense, and up to three words describing the heir after `a`, `an` or `the`): the body that took over
    /// another's work, contracts or duties succeeds it.
    static let handOver = try! NSRegularExpression(pattern:
        "(^|\\s)its( [\\w'-]+){0,4} (work|functions|duties|contracts|responsibilities|powers|staff|cases|role|business|schools|homes|services|franchise|franchises|crcs|trusts|companies|centres|clinics|hospitals|prisons|budget|budgets) (?:(?:has|have|had) )?(?:been )?(went|gone|passed|passing|were passed|was passed|transferred|were transferred|was transferred|moved|were moved|handed|were handed|was handed|going) (over )?to(?: (?:a|an|the)(?: (?!and\\b|or\\b|but\\b|by\\b|with\\b|from\\b|then\\b|of\\b|in\\b|at\\b)[\\w'-]+){1,3})?$")

    /// Whether `words` close on a hand-over (``handOver``) of work, not on spending or a move: `its budget went to`,
    /// `its staff moved to` and a share (`most of its budget went to`) hand nothing over; `its budget was
    /// transferred to`, `its work went to` do.
    static func handsOver(_ words: String) -> Bool {
        guard let m = handOver.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)),
              let noun = Range(m.range(at: 3), in: words), let verb = Range(m.range(at: 4), in: words) else { return false }
        let before = words[..<noun.lowerBound].lowerWords
        if let its = before.lastIndex(of: "its"), its >= 2, before[its - 1] == "of", shareWords.contains(before[its - 2]) { return false }
        let moved = ["went", "gone", "moved", "were moved", "going"].contains(String(words[verb]))
        return !(moved && ["budget", "budgets", "staff", "cases"].contains(String(words[noun])))
    }

    /// Words of a company bought outright rather than a holding taken on: `Harbour took over aquaflow from
    /// Westside` (one bare name after the verb, the company's owner after `from`) is a change of owner, not a
    /// succession; `took over the contract from`, `took over responsibility from` are successions.
    static func takesNamedCompany(_ ws: [String]) -> Bool {
        guard let v = ws.firstIndex(where: { ["over", "won", "wins", "inherited", "bought"].contains($0) }) else { return false }
        let object = ws[(v + 1)...].dropLast()
        guard object.count == 1, let w = object.first else { return false }
        let holdings: Set<String> = ["responsibility", "responsibilities", "control", "management", "running", "operation", "operations",
                                     "ownership", "funding", "services", "duties", "functions", "work", "contracts", "franchises", "it", "them",
                                     "power", "powers", "everything", "provision", "delivery", "oversight", "leadership", "again", "later"]
        // (an adverb or an activity is no company: `took over temporarily from`, `took over inspections from`)
        let notNames: Set<String> = ["yesterday", "today", "tomorrow", "there", "here", "now", "then", "soon"]
        return !holdings.contains(w) && !RelationReader.monthWords.contains(w) && !w.allSatisfy(\.isNumber)
            && !notNames.contains(w) && !w.hasSuffix("ly") && !w.hasSuffix("ing") && !w.hasSuffix("ions")
    }

    /// The subject of a passive whose agent is mention `agent`, when the words after the agent (`tail`, lower
    /// case) go on with a participle after a comma: `A was set up by B, replacing C` → A. `-1` when the passive's
    /// subject is no mention of the agent's type (the participle then says nothing of the agent); nil when the
    /// agent is no passive's (`B, replacing C`: B's own participle).
    static func passiveSubject(_ s: Sentence, agent: Int, participleAfter tail: String) -> Int? {
        let lead = s.before(agent, 60).lowercased()
        guard [" by ", " by the ", " by a ", " by an "].contains(where: { lead.hasSuffix($0) }),
              let comma = tail.lastIndex(of: ","), !tail[..<comma].contains(where: { ";:()".contains($0) }),
              let verb = tail[tail.index(after: comma)...].lowerWords.first, verb.hasSuffix("ing"), verb.count > 4 else { return nil }
        guard let f = s.mentions.indices.first(where: { $0 < agent && s.type($0) == s.type(agent) }),
              [" was ", " were ", " been ", " is "].contains(where: { (" " + s.between(f, agent).lowercased() + " ").fastContains($0) })
        else { return -1 }
        return f
    }

    func successionRelations(_ s: Sentence, previousOrganization: Int? = nil) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.isActor(i) {
            guard let j = (i + 1..<n).first(where: { s.type($0) == s.type(i) }) else { continue }
            out += organizationHandOverPastClass(s, i, j)
            // `Tom Vale, formerly head of Westside Care, took over from Ann Reed`: an apposition naming a body
            if s.type(i) == .person, let f = successionPastApposition(s, i, j) {
                out.append(f)
                continue
            }
            let between = s.between(i, j)
            // `Tom Vale became chair of the trust at the start of the year, replacing Ann Reed`: a participle after
            // a comma may end a longer clause (which may name the body)
            if s.type(i) == .person, between.utf8.count <= 200, let f = participleSuccession(s, i, j, between) {
                out.append(f)
                continue
            }
            // only when no other actor stands between them
            guard !(i + 1..<j).contains(where: { s.isActor($0) }) else { continue }
            guard between.utf8.count <= 80 else { continue }
            let t = between.lowercased().trimming(" ,()")
            // `Ann Reed is to be succeeded by Tom Vale`, `Westside will be replaced by Harbour`: a succession still
            // to come is no fact yet
            guard RelationModality.isFactual(t, question: s.isQuestion), !RelationModality.isFuture(t) else { continue }
            // `The Kelby Design Agency was set up in 1999 by the Labour government, taking over from the Harbour Arts
            // Commission`: a participle after a comma says what the clause's subject did, not what the passive's
            // agent did; the succession is the subject's, or nobody's when the subject is no body of this type
            if s.type(i) == .organization, let f = RelationReader.passiveSubject(s, agent: i, participleAfter: between.lowercased()) {
                if f >= 0, f != j { out.append(found("successor_of", s, subject: f, object: j)) }
                continue
            }
            // `Ann Reed left when Tom Vale arrived and was replaced by Sam Cole`: the passive continues the main
            // clause, whose subject is the one replaced (read by ``replacedAtTheEnd(_:)``), not the `when` clause's
            if s.type(i) == .person, t.fastContains("and was replaced by") || t.fastContains("and was succeeded by"),
               mainClauseSubject(s, before: i) != nil { continue }
            var words = t.lowerWords.joined(separator: " ")
            if s.type(i) == .organization { words = RelationReader.withoutAdverbs(words) }
            // `to replace much of the Agency`: the object's quantifier is no part of the cue
            for tail in [" much of the", " most of the", " part of the", " much of", " most of", " part of", " the"] where words.hasSuffix(tail) {
                words = String(words.dropLast(tail.count))
                break
            }
            // `Harbour, which is owned by Eastside, took over ... from Westside`: the clause's subject takes over
            var i = i
            if between.hasPrefix(","), i > 0, s.type(i - 1) == s.type(i) {
                let rel = s.between(i - 1, i).lowercased()
                if rel.hasPrefix(", which ") || rel.hasPrefix(", who ") || rel.hasPrefix(" (which ") { i = i - 1 }
            }
            // `Meg Hale, the Labour MP for Leeds North and Otley, who took over from Tom Vale`: a `who` after an
            // apposition is said of the one the apposition describes
            if between.hasPrefix(", who "), s.type(i) == .person, let head = personDescribed(s, byAppositionHolding: i) { i = head }
            if s.type(i) == .organization, words.split(separator: " ").count <= 16,
               RelationReader.handsOver(words) {
                out.append(found("successor_of", s, subject: j, object: i))
                continue
            }
            // `Eastside Trust takes over Westside's licensing duties`
            let afterJ = s.after(j, 40).lowercased()
            if s.type(i) == .organization, ["took over", "takes over", "has taken over", "inherited", "inherits", "assumed", "assumes", "absorbed", "absorbs"].contains(where: { words.hasSuffix($0) || words.hasSuffix($0 + " the") || words.hasSuffix($0 + " all") || words.hasSuffix($0 + " all of the") || words.hasSuffix($0 + " both the") }),
               afterJ.hasPrefix("'s ") || afterJ.hasPrefix("\u{2019}s ") || afterJ.hasPrefix("' "),
               ["work", "functions", "duties", "contracts", "responsibilities", "powers", "role", "regulatory", "statutory", "disciplinary", "ownership", "assets", "liabilities"].contains(where: { afterJ.lowerWords.prefix(3).contains($0) }) {
                out.append(found("successor_of", s, subject: i, object: j))
                continue
            }
            // `Tom Vale, who was appointed in May 2020 to replace Ann Reed`: allow a few words before the cue
            let ws = words.split(separator: " ").map(String.init)
            if ws.count <= 10, ws.last == "from", ["took", "taken", "won", "inherited", "takes", "wins", "take"].contains(where: ws.contains),
               !RelationReader.takesNamedCompany(ws) {
                // `Harbour took over the contract from Westside`, `won the franchise from`
                out.append(found("successor_of", s, subject: i, object: j))
            } else if ws.count <= 8, ws.last == "by", ["replaced", "succeeded", "superseded"].contains(where: ws.contains) {
                // `Westside, replaced in 2013 by Harbour`
                out.append(found("successor_of", s, subject: j, object: i))
            } else if (t == "" || t == "," || t == "the" && s.type(i) == .organization),
                      ["'s successor", "\u{2019}s successor", "' successor", "'s replacement", "\u{2019}s replacement", "' replacement"].contains(where: { s.after(j, 16).lowercased().hasPrefix($0) }) {
                // `Tom Vale, Ann Reed's successor`; `the Homes Agency, the Housing Corporation's replacement`
                out.append(found("successor_of", s, subject: i, object: j))
            } else if (t == "" || t == ","), ["'s predecessor", "\u{2019}s predecessor", "' predecessor"].contains(where: { s.after(j, 18).lowercased().hasPrefix($0) }) {
                // `Ann Reed, Tom Vale's predecessor`
                out.append(found("successor_of", s, subject: j, object: i))
            } else if RelationReader.isPossessiveSuccessor(t) {
                // `Ann Reed's successor, Tom Vale`; `Ann Reed's interim replacement as chair, Tom Vale`
                out.append(found("successor_of", s, subject: j, object: i))
            } else if s.type(i) == .person, RelationReader.isFollowedAs(words, after: s.after(j, 60)) {
                // `Ann Reed, who followed Tom Vale as chair`: `followed` is a succession only with the post after
                out.append(found("successor_of", s, subject: i, object: j))
            } else if RelationReader.successorCues.contains(where: { words == $0 || words.hasSuffix(" " + $0) && words.split(separator: " ").count <= 14 }) {
                out.append(found("successor_of", s, subject: i, object: j))
            } else if s.type(i) == .organization, s.type(j) == .organization, RelationReader.swallowedCues.contains(words) {
                out.append(found("successor_of", s, subject: j, object: i))
            } else if RelationReader.predecessorCues.contains(where: { words == $0 || (words.hasSuffix(" " + $0) && words.split(separator: " ").count <= 6 && !words.fastContains("not")) }) {
                // `is now`/`now` only between two organizations (`Westside Care, now Harbour Care`)
                if (words == "now" || words == "is now") && s.type(i) != .organization { continue }
                // (`Westside is now Harbour's partner`: what follows the possessive is what it is now)
                if ["now", "is now", "became", "has become"].contains(words), ["'s ", "\u{2019}s ", "' "].contains(where: { s.after(j, 4).hasPrefix($0) }) { continue }
                if words.hasSuffix("transferred to") && s.type(i) == .person { continue }
                // (`Its three companies, A, B and C, were transferred to Harbour`: the last of a list of units handed to
                // a new owner is no body the owner replaced)
                if ["were transferred", "were handed", "were passed", "were sold", "were moved"].contains(where: { words.hasPrefix($0) }),
                   i > 0, s.type(i - 1) == s.type(i), ["and", "and the"].contains(s.between(i - 1, i).lowercased().trimming(" ,")) { continue }
                // (`Westside was taken over by Harbour`: a change of owner, read with the owners, not a successor)
                if words.hasSuffix("taken over by") && s.type(i) == .organization { continue }
                out.append(found("successor_of", s, subject: j, object: i))
            }
        }
        // `Harbour Care, formed from the merger of Eastside Care, Westside Care and Northgate Care`; `Eastside and
        // Westside merged to form Harbour Care`: the new body succeeds each.
        let whole = s.lower
        for cue in ["merger of ", "amalgamation of ", "merging of "] where s.mayHold(cue: cue) {
            guard let r = whole.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.upperBound)
            guard let heir = (0..<n).first(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at - cue.utf8.count }),
                  RelationModality.isFactual(s.slice(s.mentions[heir].mention.utf8Range.upperBound, at), question: s.isQuestion) else { continue }
            var last = at
            for k in 0..<n where s.mentions[k].mention.utf8Range.lowerBound >= at {
                let gap = s.slice(last, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ")
                guard ["", "the", ",", ", the", "and", "and the", ", and the", ", and", "&"].contains(gap) else { break }
                if s.type(k) == .organization { out.append(found("successor_of", s, subject: heir, object: k)) }
                last = s.mentions[k].mention.utf8Range.upperBound
            }
        }
        for cue in [" merged to form ", " merged to create ", " were merged into ", " merged into ", " combined to form "] where s.mayHold(cue: cue) {
            guard let r = whole.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.lowerBound)
            let after = at + cue.utf8.count
            guard let heir = (0..<n).first(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.lowerBound >= after && s.mentions[$0].mention.utf8Range.lowerBound <= after + 6 }) else { continue }
            let parts = (0..<n).filter { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at }
            // (`..., and in 2011 they were merged to form X`: a pronoun subject stands for bodies the plural
            // and pronoun readers resolve, not for every name before it)
            let subjectWords = whole[..<r.lowerBound].lowerWords.suffix(3)
            if subjectWords.contains(where: { ["they", "it"].contains($0) }) { continue }
            guard (1...5).contains(parts.count), RelationModality.isFactual(s.slice(s.range.lowerBound, at), question: s.isQuestion) else { continue }
            for k in parts { out.append(found("successor_of", s, subject: heir, object: k)) }
        }
        // `the Act folds Westside Care into Harbour Care`: the second succeeds the first.
        for i in 0..<n where s.type(i) == .organization && i + 1 < n && s.type(i + 1) == .organization {
            let lead = s.before(i, 30).lowercased()
            guard s.between(i, i + 1).lowercased().trimming(" ") == "into",
                  ["folds ", "folded ", "merges ", "merged ", "absorbs ", "absorbed ", "folding ", "merging "].contains(where: { lead.hasSuffix($0) || lead.hasSuffix($0 + "the ") }),
                  RelationModality.isFactual(s.slice(s.range.lowerBound, s.mentions[i].mention.utf8Range.lowerBound), question: s.isQuestion) else { continue }
            out.append(found("successor_of", s, subject: i + 1, object: i))
        }
        // `Harbour Care was formed in 2016 when Eastside Care and Westside Care merged`
        for cue in [" was formed ", " was created ", " came into being ", " was born ", ", formed ", ", created "] where s.mayHold(cue: cue) {
            guard let r = whole.fastRange(of: cue), let w = whole.fastRange(of: " when ", range: r.upperBound..<whole.endIndex),
                  let m = ["merged", "combined", "joined forces", "amalgamated"].compactMap({ whole.fastRange(of: " " + $0, range: w.upperBound..<whole.endIndex) }).first else { continue }
            let at = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.lowerBound)
            let from = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: w.upperBound)
            // `when Eastside merged with Westside`: the partners stand on both sides of the verb, up to the clause's end
            let clauseEnd = whole[m.upperBound...].firstIndex(ofAnyASCII: ";.") ?? whole.endIndex
            let mergedWith = whole[m.upperBound...].hasPrefix(" with ")
            let to = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: mergedWith ? clauseEnd : m.lowerBound)
            guard let heir = (0..<n).last(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at }),
                  s.slice(s.mentions[heir].mention.utf8Range.upperBound, at).lowerWords.count <= 3 else { continue }
            let parts = (0..<n).filter { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.lowerBound >= from && s.mentions[$0].mention.utf8Range.upperBound <= to }
            guard (2...5).contains(parts.count), RelationModality.isFactual(s.slice(s.range.lowerBound, to), question: s.isQuestion) else { continue }
            for k in parts { out.append(found("successor_of", s, subject: heir, object: k)) }
        }
        // `Westside Agency was split into Harbour Agency and Eastside Agency`; `its work was split between A and B`
        // (its: the organization the previous sentence is about): each part succeeds the whole.
        var splits: [(cue: String, r: Range<String.Index>)] = []
        for cue in [" was split into ", " was split between ", " were split between ", " was divided between ", " was divided into ", " was broken up into "] where s.mayHold(cue: cue) {
            if let r = whole.fastRange(of: cue) { splits.append((cue, r)) }
        }
        // `Westside Power split itself in two in 2000, into Harbour Power and Eastside Energy`; `was split in two: A and
        // B`: a split with its count (and a time) before the parts
        if whole.fastContains("split") || whole.fastContains("divided") || whole.fastContains("broke") {
            for m in RelationReader.countedSplit.matches(in: whole, range: NSRange(whole.startIndex..., in: whole)) {
                if let r = Range(m.range, in: whole), !splits.contains(where: { $0.r.overlaps(r) }) { splits.append((" was split into ", r)) }
            }
        }
        for (cue, r) in splits {
            let at = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.lowerBound)
            let after = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.upperBound)
            let head = whole[..<r.lowerBound]
            var whole0: Int? = (0..<n).last(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at && s.slice(s.mentions[$0].mention.utf8Range.upperBound, at).lowerWords.count <= 1 }).map { s.mentions[$0].index }
            // (the body split is the clause's subject, not a body after a preposition: `the contract with Westside was split`)
            if let w = whole0, let k = (0..<n).first(where: { s.mentions[$0].index == w }),
               let prev = s.before(k, 20).lowercased().lowerWords.last(where: { $0 != "the" }),
               ["with", "of", "for", "from", "to", "by", "at", "in", "on", "under", "between", "about", "against"].contains(prev) { continue }
            // (`its work was split between A and B`: read by ``workSplitBetween(_:_:)``, which takes the body, not a
            // building, of the previous sentence)
            if whole0 == nil, !cue.hasSuffix(" between "), ["its work", "its functions", "its duties", "its responsibilities", "its staff", "its role", "its remit"].contains(where: { head.hasSuffix($0) }),
               head.lowerWords.count <= 4 {
                whole0 = previousOrganization
            }
            guard let predecessor = whole0, RelationModality.isFactual(String(head), question: s.isQuestion) else { continue }
            var last = after
            var first = true
            for k in 0..<n where s.mentions[k].mention.utf8Range.lowerBound >= after {
                let gap = s.slice(last, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ")
                defer { first = false }
                guard ["", "the", ",", ", the", "and", "and the", ", and the", ", and"].contains(gap)
                        || first && Self.isCountedSuccessorClass(gap) else { break }
                if s.type(k) == .organization {
                    out.append(Found(predicate: "successor_of", subject: s.mentions[k].index, object: predecessor, offset: s.mentions[k].mention.utf8Range.lowerBound))
                }
                last = s.mentions[k].mention.utf8Range.upperBound
            }
        }
        // `a replacement for Ann Reed`, `the successor to Ann Reed` with the subject named earlier in the sentence
        // (`Tom Vale stepped in as the replacement for Ann Reed`).
        for j in 0..<n where s.type(j) == .person {
            let before = s.before(j, 40).lowercased()
            guard before.hasSuffix("replacement for ") || before.hasSuffix("successor to ") || before.hasSuffix("successor of ") else { continue }
            guard let i = (0..<j).last(where: { s.type($0) == .person && s.mentions[$0].mention.canonicalName != s.mentions[j].mention.canonicalName }),
                  !out.contains(where: { $0.subject == s.mentions[i].index && $0.object == s.mentions[j].index }) else { continue }
            let words = s.between(i, j)
            guard RelationModality.isFactual(words, question: s.isQuestion) else { continue }
            out.append(found("successor_of", s, subject: i, object: j))
        }
        return out
    }

    /// A counted class of independent bodies before the colon that lists the parts of a body broken up (`was split
    /// into three regional co-operatives: A, B and C`, `was broken up into two companies: A and B`): each listed body
    /// succeeds the whole. A class of internal units (`three divisions:`, `two agencies:`) is left to
    /// ``UnitPlacements``, which reads the listed units as parts of the body.
    static func isCountedSuccessorClass(_ gap: String) -> Bool {
        var g = gap
        if g.hasSuffix(": the") { g = String(g.dropLast(4)).trimming(" ") }
        guard g.hasSuffix(":") else { return false }
        let words = g.dropLast().lowerWords
        guard (2...4).contains(words.count), let count = words.first,
              countValues[count] != nil || count.allSatisfy(\.isNumber),
              let noun = words.last, noun.hasSuffix("s") else { return false }
        return successorClassNouns.contains(noun)
    }

    /// A split told with its count, and perhaps a time, before the parts: ` split itself in two in 2000, into `,
    /// ` was split in two: `, ` broke itself up into `, ` was divided three ways: `.
    static let countedSplit = try! NSRegularExpression(pattern:
        #" (?:was |were |had been |has been )?(?:split|divided|broken up|broke up|split up)(?: itself| themselves)?(?: up)?(?: in (?:two|three|four|half)| (?:two|three|four|five|six) ways)?(?: in (?:19|20)[0-9]{2})?(?:,? into|:) "#)

    /// Plural nouns of independent bodies a body can be broken up into (none of ``UnitPlacements``'s unit nouns).
    static let successorClassNouns: Set<String> = ["co-operatives", "cooperatives", "companies", "firms", "businesses", "trusts",
                                                   "organisations", "organizations", "regulators", "authorities", "corporations",
                                                   "charities", "mutuals", "operators"]
}

/// Succession stated with a pronoun for the one replaced.
extension RelationReader {
    /// `Tom Vale stepped down in May. Ann Reed replaced him.`; `Ann Reed, the new chair, has replaced her`;
    /// `Tom Vale and Sam Cole ran it until Ann Reed replaced them`; `His successor as chair, Ann Reed, starts
    /// today`: the one replaced is the person the pronoun stands for, a person named before in the sentence, or
    /// else the first person of the previous sentence (mostly its subject).
    /// Verbs of taking a person's post, read after an apposition or a participle's comma.
    static let personSuccessionVerbs = ["took over from", "has taken over from", "had taken over from", "takes over from",
                                        "replaced", "has replaced", "had replaced", "succeeded", "has succeeded", "had succeeded",
                                        "later replaced", "later succeeded"]

    /// `Tom Vale, formerly head of Westside Care, took over from Ann Reed as chair`; `Ann Reed, a director at
    /// Harbour Homes, replaced Tom Vale in May`: the apposition between commas may name bodies; the verb after it
    /// is the first person's, and the person right after the verb is the one replaced.
    func successionPastApposition(_ s: Sentence, _ i: Int, _ j: Int) -> Found? {
        guard s.type(j) == .person, (i + 1..<j).contains(where: { s.isActor($0) }) else { return nil }
        let between = s.between(i, j)
        guard between.hasPrefix(","), between.utf8.count <= 160 else { return nil }
        let inner = between.dropFirst()
        guard let close = inner.lastIndex(of: ",") else { return nil }
        let apposition = inner[..<close]
        // the apposition holds no verb of its own clause
        guard !apposition.contains(";"), apposition.lowerWords.count <= 12,
              !apposition.lowerWords.contains(where: { ["who", "which", "said", "says"].contains($0) }) else { return nil }
        let verb = inner[inner.index(after: close)...].lowerWords.filter { !["sir", "dame", "lord", "lady", "baroness", "dr", "mr", "mrs", "ms"].contains($0) }.joined(separator: " ")
        guard RelationReader.personSuccessionVerbs.contains(verb), RelationModality.isFactual(between, question: s.isQuestion),
              s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { return nil }
        return found("successor_of", s, subject: i, object: j)
    }

    /// `Tom Vale became chair at the start of the year, replacing Ann Reed`; `Ann Reed returned to the trust
    /// last May when Tom Vale left, succeeding Sam Cole`: a participle after a comma is said of the clause's
    /// subject (the sentence's first name when a `when`/`after`/`as` clause stands between), and its object is the
    /// person right after it.
    func participleSuccession(_ s: Sentence, _ i: Int, _ j: Int, _ between: String) -> Found? {
        let l = between.lowercased()
        guard let cue = [", replacing ", ", succeeding ", ", taking over from "].first(where: { l.hasSuffix($0) }) else { return nil }
        let clause = String(l.dropLast(cue.count))
        guard !clause.contains(";"), !clause.contains(","), clause.lowerWords.count <= 30,
              RelationModality.isFactual(clause, question: s.isQuestion), !RelationModality.isFuture(clause) else { return nil }
        var subject = i
        // `Ann Reed came back when Tom Vale became chair, replacing Sam Cole`: Ann Reed, the main clause's subject
        if let first = s.mentions.indices.first, first < i, s.type(first) == .person,
           !(first + 1..<i).contains(where: { s.type($0) == .person }) {
            let gap = s.between(first, i).lowercased()
            if [" when ", " after ", " as ", " while ", " once "].contains(where: { gap.fastContains($0) }), !gap.contains(",") { subject = first }
        }
        guard s.mentions[subject].mention.canonicalName != s.mentions[j].mention.canonicalName else { return nil }
        return found("successor_of", s, subject: subject, object: j)
    }

    /// `to replace him` / `to succeed her` in the text after a name: the words before it, and the pronoun's sex.
    func replacePhrase(_ after: String) -> (lead: String, male: Bool)? {
        let l = after.lowercased()
        for (cue, male) in [(" to replace him", true), (" to replace her", false), (" to succeed him", true), (" to succeed her", false)] {
            guard let r = l.fastRange(of: cue) else { continue }
            let tail = l[r.upperBound...]
            guard tail.first.map({ !$0.isLetter }) ?? true else { continue }
            return (String(l[..<r.lowerBound]), male)
        }
        return nil
    }

    /// The verbs of `X replaced him`, `X has taken over from her`, as words (split once, not at every name).
    static let pronounSuccessionCues: [[String]] = [
        "replaced", "has replaced", "had replaced", "replaces", "succeeded", "has succeeded", "succeeds",
        "took over from", "takes over from", "has taken over from", "is replacing", "was replacing", "followed",
    ].map { $0.split(separator: " ").map(String.init) }

    func pronounSuccession(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        func antecedents(before p: Int, plural: Bool, male: Bool?) -> [Int] {
            let earlier = s.mentions.indices.filter { $0 < p && s.type($0) == .person
                && s.mentions[$0].mention.canonicalName != s.mentions[p].mention.canonicalName }
            if plural {
                // the people named together just before: `Tom Vale and Sam Cole ran it until Ann Reed replaced them`
                guard var k = earlier.last else { return [] }
                var group = [k]
                while let prev = earlier.last(where: { $0 < k }),
                      ["and", ",", ", and", "&"].contains(s.between(prev, k).trimming(" ")) {
                    group.append(prev)
                    k = prev
                }
                return group.count >= 2 ? group.map { s.mentions[$0].index } : []
            }
            // `He resigned rather than serve under Sam Cole, and Ann Reed replaced him`: the sentence opens with a `he`
            // of the pronoun's sex and the newcomer opens a clause of its own: the one replaced is who that `he` is, not
            // a name inside the first clause
            if let male {
                let lead = Sentence.plainSpaces(s.slice(s.range.lowerBound, s.mentions[p].mention.utf8Range.lowerBound))
                if lead.lowerWords.first == (male ? "he" : "she"), lead.hasSuffix(", and ") || lead.hasSuffix("; "),
                   let prev = context.person(male: male, at: s.range.lowerBound, in: s, sameSentence: false, subjectPronoun: true,
                                             excluding: [s.mentions[p].mention.canonicalName]) {
                    return [prev.index]
                }
            }
            // one whose name tells the pronoun's sex before one whose name does not (`Tom Vale sacked Mrs Reed and
            // brought in Sam Cole to replace her`: Mrs Reed, not Tom Vale, whatever order they come in)
            func sex(_ k: Int) -> Bool? { RelationContext.sex(s.mentions[k].mention) }
            if let male, let first = earlier.first(where: { sex($0) == male }) {
                return [s.mentions[first].index]
            }
            if let first = earlier.first(where: { male == nil || sex($0) != !male! }) {
                return [s.mentions[first].index]
            }
            // the person the pronoun stands for in the sentences before (``PronounResolver``: through its paragraph and
            // the one before, a tie refused)
            if let male, let prev = context.person(male: male, at: s.range.lowerBound, in: s, sameSentence: false,
                                                   excluding: [s.mentions[p].mention.canonicalName]) {
                return [prev.index]
            }
            if let prev = context.previousSubject(text: s.text, male: male), prev.mention.canonicalName != s.mentions[p].mention.canonicalName { return [prev.index] }
            // `Ann Reed ran the trust from 2015. She left in 2020. Her successor, Tom Vale, ...`: the last person
            // of that sex the paragraph names, when the sentence before names nobody
            if let prev = context.paragraphPerson(text: s.text, male: male), prev.mention.canonicalName != s.mentions[p].mention.canonicalName { return [prev.index] }
            return []
        }
        for i in s.mentions.indices where s.type(i) == .person {
            // `X replaced him`, `X, the new chair, has replaced her`
            var rest = Substring(s.after(i, 160))
            if rest.hasPrefix(","), let close = rest.dropFirst().firstIndex(of: ",") {
                let apposition = rest[rest.index(after: rest.startIndex)..<close]
                if apposition.lowerWords.count <= 12, !s.mentions.contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound > s.mentions[i].mention.utf8Range.upperBound && $0.mention.utf8Range.lowerBound < s.mentions[i].mention.utf8Range.upperBound + apposition.utf8.count + 1 }) {
                    // `Tom Vale, who replaced her in May 2019, cut the budget`: a relative clause of the name is read
                    // for the succession, not passed over as an apposition
                    let aw = apposition.lowerWords
                    if aw.count >= 3, aw[0] == "who", ["him", "her", "them"].contains(where: { aw.prefix(5).contains($0) }) {
                        rest = apposition.drop { $0 == " " }.dropFirst(3)
                    } else {
                        rest = rest[rest.index(after: close)...]
                    }
                }
            }
            // `Tom Vale has since replaced her`, `later succeeded him`: an adverb before the verb is no part of it
            var words = rest.lowerWords
            var k = 0
            while k < min(3, words.count) {
                if ["since", "later", "then", "eventually", "subsequently", "duly", "soon", "now", "recently", "swiftly"].contains(words[k]) { words.remove(at: k) } else { k += 1 }
            }
            // `Tom Vale was sent to Leeds to replace her`, `brought in Ann Reed, the finance director, to replace him`:
            // `to replace` within a few words of the name, with no other name between
            if !s.isQuestion, let hit = replacePhrase(s.after(i, 200)) {
                let end = s.mentions[i].mention.utf8Range.upperBound
                let lead = hit.lead
                let blocked = lead.lowerWords.contains { ["not", "never", "would", "could", "might", "may", "should", "refused", "declined",
                                                          "failed", "plans", "planned", "hoped", "wanted", "expected", "likely", "if"].contains($0) }
                let between = s.mentions.contains { $0.mention.type == .person && $0.mention.utf8Range.lowerBound > end
                    && $0.mention.utf8Range.lowerBound < end + lead.utf8.count }
                if !blocked, !between, lead.lowerWords.count <= 14, !lead.contains(";"), !lead.fastContains(" and ") {
                    for a in antecedents(before: i, plural: false, male: hit.male) {
                        out.append(Found(predicate: "successor_of", subject: s.mentions[i].index, object: a,
                                         offset: s.mentions[i].mention.utf8Range.lowerBound))
                    }
                }
            }
            for c in RelationReader.pronounSuccessionCues {
                guard words.count > c.count, words.starts(with: c) else { continue }
                let pronoun = words[c.count]
                guard ["him", "her", "them"].contains(pronoun), !s.isQuestion else { break }
                // `followed him as chair`: with the post after it, or with nothing but a time after it (`Ann Reed
                // took the post in 1995. Jo Vale followed her in 2001.`); not `followed him into the hall`
                let after = Array(words[(c.count + 1)...])
                let timed = after.first != "as" && RelationReader.endsOrDates(after)
                if c == ["followed"], !timed, !(words.count > c.count + 2 && words[c.count + 1] == "as" && RelationReader.isRole(words[(c.count + 2)...].prefix(4).joined(separator: " "))
                    || words.count > c.count + 3 && words[c.count + 1] == "as" && RelationReader.isRole(words[(c.count + 2)...].prefix(2).joined(separator: " "))) { break }
                for a in antecedents(before: i, plural: pronoun == "them", male: pronoun == "them" ? nil : pronoun == "him") {
                    out.append(Found(predicate: "successor_of", subject: s.mentions[i].index, object: a,
                                     offset: s.mentions[i].mention.utf8Range.lowerBound))
                }
                break
            }
            // `Tom Vale, her successor as chair, cut the budget`: the apposition after the name
            let appos = s.after(i, 90).lowercased()
            if !s.isQuestion, let lead = [", his successor", ", her successor", ", his replacement", ", her replacement"].first(where: { appos.hasPrefix($0) }),
               let close = appos.dropFirst(lead.count).firstIndex(ofAnyASCII: ",;.)") {
                let tail = appos.dropFirst(lead.count)[..<close]
                let words = tail.lowerWords
                if words.isEmpty || words.first == "as" && (2...6).contains(words.count) {
                    let title = words.dropFirst().joined(separator: " ")
                    let posts = !title.isEmpty && RelationReader.isRole(title) && lead.hasSuffix("successor")
                        ? roleEdges(s, person: i, title: title).filter { $0.predicate == "holds_role" } : []
                    for a in antecedents(before: i, plural: false, male: lead.hasPrefix(", his")) {
                        out.append(Found(predicate: "successor_of", subject: s.mentions[i].index, object: a,
                                         offset: s.mentions[i].mention.utf8Range.lowerBound))
                    }
                    out += posts
                }
            }
            // `His predecessor, Ann Reed, ...`; `Her predecessor Tom Vale left in May`: the one the pronoun stands
            // for succeeded the one named
            // (`his interim replacement`, `her eventual successor`: a word of the post's term is no part of the cue)
            let before = RelationReader.withoutSuccessorAdjectives(s.before(i, 80).lowercased())
            for lead in ["his predecessor", "her predecessor"] {
                guard let r = before.fastRange(of: lead, options: .backwards) else { continue }
                let tail = before[r.upperBound...]
                let words = tail.lowerWords
                guard tail == ", " || tail == " " || words.first == "as" && words.count <= 6 && tail.hasSuffix(", ") && !tail.dropLast(2).contains(","),
                      !s.isQuestion else { break }
                let title = words.first == "as" ? words.dropFirst().joined(separator: " ") : ""
                let post = !title.isEmpty && RelationReader.isRole(title)
                let posts = post ? roleEdges(s, person: i, title: title).filter { $0.predicate == "holds_role" } : []
                for a in antecedents(before: i, plural: false, male: lead.hasPrefix("his")) {
                    out.append(Found(predicate: "successor_of", subject: a, object: s.mentions[i].index,
                                     offset: s.mentions[i].mention.utf8Range.lowerBound))
                    for p in posts {
                        var now = p
                        now.subject = a
                        out.append(now)
                    }
                }
                for p in posts {
                    var held = p
                    held.qualifier = "former"
                    out.append(held)
                }
                break
            }
            // `His successors Ann Reed, Tom Vale and Sam Cole all ...`: each of the people listed succeeded him
            if let lead = ["his successors ", "his successors, ", "her successors ", "her successors, "].first(where: { before.hasSuffix($0) }), !s.isQuestion {
                var group = [i]
                while let last = group.last, last + 1 < s.mentions.count, s.type(last + 1) == .person,
                      ["and", ",", ", and", "&"].contains(s.between(last, last + 1).trimming(" ")) { group.append(last + 1) }
                for a in antecedents(before: i, plural: false, male: lead.hasPrefix("his")) {
                    for k in group {
                        out.append(Found(predicate: "successor_of", subject: s.mentions[k].index, object: a,
                                         offset: s.mentions[k].mention.utf8Range.lowerBound))
                    }
                }
            }
            // `His successor as chair, Ann Reed,`; `her replacement, Ann Reed`
            for lead in ["his successor", "her successor", "his replacement", "her replacement"] {
                guard let r = before.fastRange(of: lead, options: .backwards) else { continue }
                var tail = before[r.upperBound...]
                // `Her successor at Westside Care is Tom Vale`: the body named after `at` is no part of the cue
                if tail.hasPrefix(" at "), i > 0, s.type(i - 1) == .organization,
                   let o = tail.fastRange(of: s.mentions[i - 1].mention.text.lowercased()),
                   ["at", "at the"].contains(tail[..<o.lowerBound].lowerWords.joined(separator: " ")) {
                    tail = tail[o.upperBound...]
                } else if tail.hasPrefix(" at the "), let w = tail.dropFirst(8).lowerWords.first, DefiniteDescription.heads.contains(w) {
                    // `His replacement at the ministry is Tom Vale`: a body described, not named
                    tail = tail.dropFirst(8 + w.utf8.count)
                }
                guard tail.hasSuffix(", ") || tail.hasSuffix(" "), tail.lowerWords.count <= 6,
                      tail.lowerWords.first.map({ $0 == "as" }) ?? true
                        // `Her replacement is Ann Reed`, `his successor will be Ann Reed`
                        || tail.lowerWords.allSatisfy({ ["is", "was", "will", "be", "has", "been", "named", "as"].contains($0) }) && !tail.contains(","),
                      !tail.dropLast(2).contains(",") else { continue }
                // `his successor as chair, Ann Reed`: she holds the post, and he held it before
                let words = tail.lowerWords
                let title = words.first == "as" ? words.dropFirst().prefix { !["is", "was", "will", "be", "has", "been", "named"].contains($0) }.joined(separator: " ") : ""
                let post = !title.isEmpty && RelationReader.isRole(title) && title.split(separator: " ").count <= 6 && lead.hasSuffix("successor")
                let posts = post ? roleEdges(s, person: i, title: title).filter { $0.predicate == "holds_role" } : []
                for a in antecedents(before: i, plural: false, male: lead.hasPrefix("his")) {
                    out.append(Found(predicate: "successor_of", subject: s.mentions[i].index, object: a,
                                     offset: s.mentions[i].mention.utf8Range.lowerBound))
                    // the one replaced held the same post, at the same organization
                    for p in posts {
                        var held = p
                        held.subject = a
                        held.qualifier = "former"
                        out.append(held)
                    }
                }
                out += posts
                break
            }
        }
        return out + untilTakeOver(s) + pronounSubjectSuccession(s, context) + pronounObjectSuccession(s, context) + successionPastClause(s)
            + workPassedOn(s, context) + pluralBodySuccession(s, context) + pronounMergers(s, context) + splitIntoNewBodies(s) + possessiveWorkTaken(s)
    }
}

/// A person's succession verb read past a relative clause or an apposition that names others: `Sam Cole, who
/// came from the insurer Northgate Mutual, succeeded Tom Vale in 2004`; `Sam Cole, a senior official at the Home
/// Office before he left, arrived in June 2019 to succeed Ann Reed`. The subject is the verb's
/// (``subjects(_:before:)``: the actor whose apposition or clause closes before it), the one replaced the person
/// right after the verb. A negated, planned or asked succession, or a possessive after the name (`succeeded Tom
/// Vale's deputy`), gives nothing.
extension RelationReader {
    /// Verbs of succeeding a person, right before the one succeeded.
    static let succeededPerson = [" succeeded ", " had succeeded ", " has succeeded ", " replaced ", " had replaced ",
                                  " has replaced ", " took over from ", " had taken over from ", " has taken over from "]
    /// A verb of arriving, a time and `to succeed`/`to replace`: `arrived in June 2019 to succeed `.
    static let arrivedToSucceed = try! NSRegularExpression(pattern:
        "\\s(?:arrived|was appointed|was brought in|was named|came in|returned|was chosen|was recruited)(?: [a-z0-9,]+){0,4} to (?:succeed|replace) $")

    func successionPastClause(_ s: Sentence) -> [Found] {
        guard !s.isQuestion, s.mentions.count >= 3 else { return [] }
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .person && j >= 2 {
            let lead = s.before(j, 80).lowercased()
            var verbAt: Int?
            if let cue = RelationReader.succeededPerson.first(where: { lead.hasSuffix($0) }) {
                verbAt = s.mentions[j].mention.utf8Range.lowerBound - cue.utf8.count + 1
            } else if let m = RelationReader.arrivedToSucceed.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)),
                      let r = Range(m.range, in: lead) {
                verbAt = s.mentions[j].mention.utf8Range.lowerBound - lead.utf8.distance(from: r.lowerBound, to: lead.endIndex) + 1
            }
            guard let v = verbAt else { continue }
            let after = s.after(j, 4)
            guard !["'s ", "\u{2019}s ", "' "].contains(where: { after.hasPrefix($0) }) else { continue }
            let subjects = subjects(s, before: v).filter { s.type($0) == .person }
            // (an adjacent subject is read by the pair rules; here only one past a clause naming others)
            guard subjects.count == 1, let i = subjects.first, i < j, (i + 1..<j).contains(where: { s.isActor($0) }),
                  s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            let span = s.slice(s.mentions[i].mention.utf8Range.upperBound, s.mentions[j].mention.utf8Range.lowerBound)
            guard RelationModality.isFactual(span, question: false), !RelationModality.isFuture(span) else { continue }
            out.append(found("successor_of", s, subject: i, object: j))
        }
        return out
    }
}

extension RelationContext {
    /// The last person named in the paragraph before the sentence, of the pronoun's sex when the name tells it
    /// (`male`: `he`, `him`, `his`), for a pronoun whose sentence before names nobody.
    func paragraphPerson(text: String, male: Bool? = nil) -> (index: Int, mention: EntityMention)? {
        before.last { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= paragraphStart
            && (male == nil || RelationContext.sex($0.mention) != !male!) }
    }
}

extension RelationReader {
    /// Whether the words between two people (`followed`, `who followed`, `who had followed`) and the text after the
    /// second (` as chair in 2018`) state a succession: `Ann Reed, who followed Tom Vale as chief executive,`. Without
    /// a post after `as`, `followed` is no succession (`Ann Reed followed Tom Vale into the hall`).
    static func isFollowedAs(_ words: String, after: String) -> Bool {
        guard ["followed", "who followed", "who had followed", "had followed", "has followed", "later followed", "who later followed"].contains(words)
        else { return false }
        let a = after.lowerWords
        guard a.first == "as", a.count >= 2 else { return false }
        // the post: the longest opening run of up to six words that reads as one
        return (1...min(6, a.count - 1)).contains { RelationReader.isRole(a[1...$0].joined(separator: " ")) }
    }
}

/// Descriptions of the one who took a person's post: `Ann Reed's successor`, `his interim replacement`.
extension RelationReader {
    /// Words of a post's term that may stand before `successor` or `replacement` (`his interim replacement`).
    static let successorAdjectives = ["interim", "eventual", "permanent", "acting", "immediate", "new", "temporary"]

    /// `before` (lower-case) with each ``successorAdjectives`` word after `his`/`her` and before `successor`,
    /// `replacement` or `predecessor` left out: `his interim replacement as chair, ` → `his replacement as chair, `.
    static func withoutSuccessorAdjectives(_ before: String) -> String {
        guard before.fastContains("his ") || before.fastContains("her ") else { return before }
        var out = before
        for poss in ["his ", "her "] {
            for adj in successorAdjectives {
                for noun in ["successor", "replacement", "predecessor"] where out.fastContains(poss + adj + " " + noun) {
                    out = out.replacingOccurrences(of: poss + adj + " " + noun, with: poss + noun)
                }
            }
        }
        return out
    }

    /// Whether the words between two people (lower-case, trimmed of spaces and commas) name the second the first
    /// one's successor: `'s successor`, `'s replacement`, with a word of the term before the noun (`'s interim
    /// replacement`) and the post after it (`'s successor as chief executive`).
    static func isPossessiveSuccessor(_ t: String) -> Bool {
        var rest: Substring
        if t.hasPrefix("'s ") { rest = t.dropFirst(3) } else if t.hasPrefix("\u{2019}s ") { rest = t.dropFirst(3) } else { return false }
        if let adj = successorAdjectives.first(where: { rest.hasPrefix($0 + " ") }) { rest = rest.dropFirst(adj.count + 1) }
        guard let noun = ["successor", "replacement"].first(where: { rest.hasPrefix($0) }) else { return false }
        rest = rest.dropFirst(noun.count)
        if rest.isEmpty { return true }
        // `as chief executive`: a post of up to six words, with nothing after it
        let words = rest.lowerWords
        guard rest.hasPrefix(" as "), (2...7).contains(words.count), !rest.contains(",") else { return false }
        return RelationReader.isRole(words.dropFirst().joined(separator: " "))
    }

    /// The person an apposition before position `i` describes, when `i` is a name inside it: `Meg Hale, the
    /// Labour MP for Leeds North and Otley` (`i`: Otley) → Meg Hale. The apposition opens with a determiner or a
    /// possessive after the comma, holds no other comma and no other person, and `i` is a one-word name after a
    /// preposition or `and` (a place or a surname alone read as a person, not the apposition's own head).
    func personDescribed(_ s: Sentence, byAppositionHolding i: Int) -> Int? {
        guard i > 0, s.mentions[i].mention.text.lowerWords.count == 1 else { return nil }
        guard let k = (0..<i).last(where: { s.type($0) == .person }), !(k + 1..<i).contains(where: { s.type($0) == .person }) else { return nil }
        let gap = s.between(k, i)
        guard gap.hasPrefix(", "), !gap.dropFirst().contains(","), !gap.contains(";") else { return nil }
        let words = gap.lowerWords
        guard (3...14).contains(words.count), ["the", "a", "an", "his", "her", "its", "their"].contains(words[0]),
              ["for", "of", "in", "at", "and"].contains(words.last ?? "") else { return nil }
        return k
    }
}
