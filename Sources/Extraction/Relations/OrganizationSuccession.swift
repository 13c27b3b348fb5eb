import Foundation
import HindsightSupport

/// Succession between organizations that the pair rules of ``successionRelations`` do not reach on their own:
/// a cue with adverbs inside it, and a hand-over whose words name the class of what was handed over.
extension RelationReader {
    /// Adverbs that may stand inside a succession cue between two organizations without changing it:
    /// `Westside Care was later absorbed entirely into Harbour Care`, `was itself merged into`.
    static let successionAdverbs: Set<String> = ["later", "itself", "subsequently", "eventually", "entirely",
                                                 "fully", "formally", "finally", "effectively", "officially",
                                                 "quietly", "largely", "wholly", "duly", "swiftly", "quickly",
                                                 // `Westside Care is now simply Harbour Care`
                                                 "simply"]

    /// `words` (lower-case, space-separated) without the adverbs of ``successionAdverbs``.
    static func withoutAdverbs(_ words: String) -> String {
        words.split(separator: " ").filter { !successionAdverbs.contains(String($0)) }.joined(separator: " ")
    }

    /// `Westside Care collapsed in 2019 and its three Care Trusts went to Harbour Care`: the names of what was
    /// handed over (`Care Trusts`, `CRCs`, a class of bodies, not one body) stand between the two organizations,
    /// so the pair rule would pair Westside Care with them. When the organization right after `i` is such a
    /// class name (`j`), the next organization that is not is read as the heir.
    func organizationHandOverPastClass(_ s: Sentence, _ i: Int, _ j: Int) -> [Found] {
        guard s.type(i) == .organization, RelationReader.isGeneric(s, j),
              let heir = (j + 1..<s.mentions.count).first(where: { s.type($0) == .organization }),
              !(j + 1..<heir).contains(where: { s.isActor($0) }), !RelationReader.isGeneric(s, heir) else { return [] }
        // the class name reads as `services`, a noun the hand-over cue knows (`its three ICBs went to`)
        let between = s.between(i, j) + " services " + s.between(j, heir)
        guard between.utf8.count <= 110 else { return [] }
        let t = between.lowercased().trimming(" ,()")
        guard RelationModality.isFactual(t, question: s.isQuestion) else { return [] }
        var words = RelationReader.withoutAdverbs(t.lowerWords.joined(separator: " "))
        if words.hasSuffix(" the") { words = String(words.dropLast(4)) }
        guard words.split(separator: " ").count <= 16,
              RelationReader.handsOver(words) else { return [] }
        return [found("successor_of", s, subject: heir, object: i)]
    }
}

/// Contracts and holdings that pass from one organization to another.
extension RelationReader {
    /// Words before the organization a holding passes from: `the franchise passed from Westside Rail`.
    static let passedFrom = ["passed from ", "transferred from ", "moved from ", "went from ", "switched from ",
                             "was transferred from ", "were transferred from ", "changed hands from "]
    /// Words after the one that takes a contract over: `..., when Harbour took over the contract`.
    static let tookOver = [" took over", " took it over", " took on the contract", " won the contract", " takes over",
                           " won it", " took them over", " won the new contract"]

    /// `the Leeds franchise passed from Westside Rail, a Harbour subsidiary, to Eastside Rail` (Eastside succeeds
    /// Westside); `Westside Care ran the Leeds Centre from 2009 until 2020, when Harbour Care took over the
    /// contract` (Harbour succeeds Westside and runs the centre).
    func organizationTransfers(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        guard !s.isQuestion else { return [] }
        for i in 0..<n where s.type(i) == .organization {
            let lead = s.before(i, 60).lowercased()
            guard let cue = RelationReader.passedFrom.first(where: { lead.hasSuffix($0) || lead.hasSuffix($0 + "the ") }),
                  RelationModality.isFactual(String(lead.dropLast(cue.count))) else { continue }
            // the next organization after ` to `, within a short apposition of the first
            for j in (i + 1)..<min(n, i + 4) where s.type(j) == .organization {
                let gap = s.between(i, j).lowercased()
                guard gap.utf8.count <= 80, !gap.fastContains(" from ") else { break }
                if gap.hasSuffix(" to ") || gap.hasSuffix(" to the ") || gap.hasSuffix(",to ") {
                    if RelationModality.isFactual(gap) { out.append(found("successor_of", s, subject: j, object: i)) }
                    break
                }
            }
        }
        // `A ran B (for C) (from 2009) until 2020, when D took over (the contract)`
        guard n >= 3, s.type(0) == .organization, s.type(1) == .organization || s.type(1) == .programme else { return out }
        let verb = s.between(0, 1).lowercased().trimming(" ,")
        guard ["ran", "operated", "managed", "had run", "had operated", "ran the", "held", "had"].contains(verb) || verb == "owned",
              RelationModality.isFactual(verb) else { return out }
        for z in 2..<n where s.type(z) == .organization && s.mentions[z].index != s.mentions[0].index {
            let before = s.before(z, 30).lowercased()
            let after = s.after(z, 40).lowercased()
            guard [", when ", " when ", " until ", " before ", ", then "].contains(where: { before.hasSuffix($0) }),
                  RelationReader.tookOver.contains(where: { after.hasPrefix($0) }),
                  RelationModality.isFactual(s.slice(s.mentions[1].mention.utf8Range.upperBound, s.mentions[z].mention.utf8Range.lowerBound)) else { continue }
            out.append(found("successor_of", s, subject: z, object: 0))
            out.append(found("operates", s, subject: z, object: 1))
            break
        }
        return out
    }
}

/// A body that takes over another's work: `In 2013 the Care Board took over the functions of the Health Trust`
/// (any one word may qualify the noun of work: `the investment role of`, `the licensing functions of`);
/// `Harbour Care had taken over its work in April, together with that of Westside Care`; `the trusts were
/// abolished and 40 care boards took over their budgets and staff`; `it then took on the old Westside Care
/// contracts`. The heir succeeds each body whose work it took (`successor_of`).
extension RelationReader {
    /// Verbs of taking over work, and the nouns of what is taken.
    static let takeOverWork = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:took|takes|take|has taken|had taken|have taken|taking|inherited|inherits|absorbed|assumed|assumes|took on|takes on|picked up) (?:over |on )?(?:(all of the|all of its|all of their|all the|most of the|most of its|most of their|much of the|much of its|some of its|part of its|its|their|the|all)(?: (?:old|former|remaining|statutory|regulatory|main|inspection|day-to-day|core|[a-z-]+(?: [a-z-]+)?(?= (?:work|functions|duties|responsibilities|powers|remit|role|roles|budgets|budget|caseload)\\b)))?(?: (work|functions|duties|responsibilities|powers|remit|role|roles|budgets|budget|caseload|cases|contracts|staff|areas|services))?)")
    /// `together with the land and grants work of`, `as well as the regulatory duties of`: a second body's work.
    static let togetherWithWork = try! NSRegularExpression(pattern:
        "(?:together with|along with|as well as|and) (?:the|its) (?:[a-z-]+ ){0,4}(?:work|functions|duties|responsibilities|powers|role|remit) of (?:the )?")
    /// Nouns after a name used as a modifier that make it a holding: `the old Westside Care contracts`.
    static let takenHoldings: Set<String> = ["work", "functions", "duties", "responsibilities", "contracts", "areas",
                                             "caseload", "cases", "services", "franchise", "franchises", "staff", "patch"]

    func workTakenOver(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let lower = s.lower
        guard lower.fastContains("took") || lower.fastContains("take") || lower.fastContains("inherit") || lower.fastContains("absorb")
                || lower.fastContains("assum") || lower.fastContains("picked up") else { return mergers(s) }
        var out: [Found] = []
        let ns = lower as NSString
        for m in RelationReader.takeOverWork.matches(in: lower, range: NSRange(location: 0, length: ns.length)) {
            guard let whole = Range(m.range, in: lower) else { continue }
            let cueStart = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: whole.lowerBound)
            let cueEnd = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: whole.upperBound)
            let determiner = Range(m.range(at: 1), in: lower).map { String(lower[$0]) } ?? ""
            let noun = Range(m.range(at: 2), in: lower).map { String(lower[$0]) }
            // (the words of the cue's own clause: `Westside failed in May, and Harbour took over its work` states the
            // take-over as a fact)
            let window = s.slice(max(s.range.lowerBound, cueStart - 60), cueEnd)
            let clause = RelationReader.clauseStarts(in: window).last.map { Sentence.slice(window, $0, window.utf8.count) } ?? window
            guard !s.asks(after: cueStart), RelationModality.isFactual(clause) else { continue }
            // the heir: the subject of the verb, or the organization a pronoun stands for
            var heirs = subjects(s, before: cueStart + 1).filter { s.type($0) == .organization }.map { s.mentions[$0].index }
            let leadWords = s.slice(s.range.lowerBound, cueStart + 1).lowerWords
            if heirs.isEmpty, let p = leadWords.last.flatMap({ ["it", "they"].contains($0) ? $0 : nil }) ?? (leadWords.suffix(2).first.flatMap { ["it", "they"].contains($0) && ["then", "later", "also", "soon", "itself"].contains(leadWords.last ?? "") ? $0 : nil }) {
                _ = p
                let at = cueStart - 3
                if let a = pronounAntecedent(s, context, before: at, atStart: leadWords.count <= 2) { heirs = [a] }
            }
            guard !heirs.isEmpty else { continue }
            var predecessors: [Int] = []
            let afterCue = s.slice(cueEnd, min(s.range.upperBound, cueEnd + 160))
            if determiner.hasSuffix("its") || determiner.hasSuffix("their") {
                guard noun != nil else { continue }
                // `the trusts were abolished and the boards took over their budgets`: the body named before the
                // heir in the sentence; else the one the sentence before opened with
                let heirStart = s.mentions.first(where: { $0.index == heirs[0] })?.mention.utf8Range.lowerBound ?? cueStart
                if let k = s.mentions.indices.last(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= heirStart
                    && !heirs.contains(s.mentions[$0].index) }) {
                    // `A and B were abolished, and C took over their work`: every body coordinated there
                    let group = determiner.hasSuffix("their") ? coordinatedBodies(s, endingAt: k) : [k]
                    predecessors += (group.isEmpty ? [k] : group).map { s.mentions[$0].index }.filter { !heirs.contains($0) }
                } else if let p = context.previousSentenceOrganization, !heirs.contains(p.index) {
                    predecessors.append(p.index)
                }
            } else {
                // `the functions of the Health Trust`, `the old Westside Care contracts`
                let targets = objects(s, after: cueEnd).filter { s.type($0) == .organization }
                if let t = targets.first {
                    let gap = s.slice(cueEnd, s.mentions[t].mention.utf8Range.lowerBound).lowerWords
                    let tail = s.after(t, 30).lowerWords.first ?? ""
                    if noun != nil, gap.allSatisfy({ ["of", "the", "at"].contains($0) }), gap.contains("of") {
                        predecessors += targets.map { s.mentions[$0].index }
                    } else if noun == nil, gap.allSatisfy({ ["the", "old", "former", "remaining"].contains($0) }), RelationReader.takenHoldings.contains(tail) {
                        predecessors.append(s.mentions[t].index)
                    }
                }
            }
            // `, together with that of Westside Care and Eastside Care`, `and those of Westside Care`
            let extra = afterCue.lowercased()
            for cue in ["together with that of ", "together with those of ", "and that of ", "and those of ", "as well as that of ", "along with that of "] {
                guard let r = extra.fastRange(of: cue), extra.utf8.distance(from: extra.startIndex, to: r.lowerBound) <= 60 else { continue }
                let at = cueEnd + extra.utf8.distance(from: extra.startIndex, to: r.upperBound)
                predecessors += objects(s, after: at - 1).filter { s.type($0) == .organization }.map { s.mentions[$0].index }
                break
            }
            // `, together with the land and grants work of Westside Homes`: a second body's work named in full
            if let m = RelationReader.togetherWithWork.firstMatch(in: extra, range: NSRange(extra.startIndex..., in: extra)),
               let r = Range(m.range, in: extra), extra.utf8.distance(from: extra.startIndex, to: r.lowerBound) <= 80 {
                let at = cueEnd + extra.utf8.distance(from: extra.startIndex, to: r.upperBound)
                if let k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= at }),
                   s.mentions[k].mention.utf8Range.lowerBound - at <= 4, s.type(k) == .organization, !RelationReader.isGeneric(s, k) {
                    predecessors.append(s.mentions[k].index)
                }
            }
            for h in heirs {
                for p in predecessors where p != h {
                    out.append(Found(predicate: "successor_of", subject: h, object: p, offset: cueStart))
                }
            }
        }
        return out + mergers(s)
    }
}

/// Bodies formed by a merger succeed each body merged: `the Carers Union, created in 2017 by the merger of the
/// Home Carers Association and Care Workers United`; `Harbour Group was formed in 2016 when Eastside Care and
/// Westside Care combined`; `Harbour Group, formed when Eastside Care merged with Westside Care`.
extension RelationReader {
    func mergers(_ s: Sentence) -> [Found] {
        let lower = s.lower
        guard lower.fastContains("merg") || lower.fastContains("combined") || lower.fastContains("amalgamat") else { return [] }
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        let n = s.mentions.count
        func offset(_ i: String.Index) -> Int { s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: i) }
        /// The body formed (``formedBody(_:before:)``).
        func formed(before at: Int) -> Int? { RelationReader.formedBody(s, before: at) }
        // `by the merger of A and B`
        for cue in ["by the merger of ", "from the merger of ", "through the merger of ", "by merging "] where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue), let heir = formed(before: offset(r.lowerBound)) else { continue }
            for p in objects(s, after: offset(r.upperBound) - 1) where s.type(p) == .organization && p != heir {
                out.append(found("successor_of", s, subject: heir, object: p))
            }
        }
        // `created by merging five regulators, among them A, B and C`: a counted class, then the names
        if let r = lower.fastRange(of: "by merging "), let heir = formed(before: offset(r.lowerBound)),
           let m = RelationReader.countedMerger.firstMatch(in: lower, options: .anchored, range: NSRange(r.upperBound..<lower.endIndex, in: lower)),
           let listStart = Range(m.range, in: lower)?.upperBound {
            for p in objects(s, after: offset(listStart) - 1) where s.type(p) == .organization && p != heir {
                out.append(found("successor_of", s, subject: heir, object: p))
            }
        }
        out += mergedToForm(s, lower)
        // `when A and B merged`, `when A merged with B`
        if let r = lower.fastRange(of: " when "), let heir = formed(before: offset(r.lowerBound) + 1) {
            let parts = (0..<n).filter { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.lowerBound >= offset(r.upperBound) }
            if let a = parts.first, a + 1 < n, s.type(a + 1) == .organization, heir != a {
                let gap = s.between(a, a + 1).lowercased().trimming(" ")
                let after = s.after(a + 1, 30).lowercased()
                let merged = (gap == "and" && [" merged", " combined", " joined forces", " came together"].contains(where: { after.hasPrefix($0) }))
                    || ["merged with", "merged with the", "combined with", "combined with the"].contains(gap)
                if merged {
                    out.append(found("successor_of", s, subject: heir, object: a))
                    out.append(found("successor_of", s, subject: heir, object: a + 1))
                }
            }
        }
        return out
    }
}

/// Mergers that form a new body: `Westside Care merged with the county's own trust in 2016 to form Harbour
/// Care`; `Eastside Care, merged with Westside Care in 2019 to create Harbour Care`. The new body succeeds the
/// subject of `merged` (the organization just before it) and any organization named between `with` and `to
/// form`. `plans to merge with ... to form`, `would merge` and questions give nothing.
extension RelationReader {
    /// `five regulators, among them`, `three trusts, including`: a counted class before the merged names.
    static let countedMerger = try! NSRegularExpression(pattern:
        "^(?:the |its |their )?(?:[a-z0-9-]+ ){1,3}(?:[a-z-]+s),? (?:among them|including|namely) (?:the )?")
    static let mergedToFormCue = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:merged|merging|was merged|were merged|combined|amalgamated) with ([^.;:]{1,100}?) to (?:form|create|become|make) (?:the |a new |the new )?")

    func mergedToForm(_ s: Sentence, _ lower: String) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        func offset(_ i: String.Index) -> Int { s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: i) }
        for m in RelationReader.mergedToFormCue.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)) {
            guard let whole = Range(m.range, in: lower), let with = Range(m.range(at: 1), in: lower) else { continue }
            let cueAt = offset(whole.lowerBound), end = offset(whole.upperBound)
            guard RelationModality.isFactual(s.slice(max(s.range.lowerBound, cueAt - 40), end), question: s.asks(after: cueAt)),
                  !RelationModality.isFuture(s.slice(max(s.range.lowerBound, cueAt - 40), end)) else { continue }
            // the new body: a name right after `to form`
            guard let heir = (0..<n).first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= end }),
                  s.mentions[heir].mention.utf8Range.lowerBound - end <= 2, s.type(heir) == .organization else { continue }
            var parts: [Int] = []
            // the subject: the nearest organization before `merged`, with no verb of its own between but a short
            // clause (`Westside Care itself disappeared, merged with`)
            if let k = (0..<n).last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueAt }), s.type(k) == .organization,
               !RelationReader.isGeneric(s, k) {
                let gap = s.slice(s.mentions[k].mention.utf8Range.upperBound, cueAt).lowerWords
                if gap.count <= 5, !gap.contains(where: { ["with", "and", "to", "by", "from", "of", "that", "which"].contains($0) }) { parts.append(k) }
            }
            let withFrom = offset(with.lowerBound), withTo = offset(with.upperBound)
            parts += (0..<n).filter { s.type($0) == .organization && !RelationReader.isGeneric(s, $0)
                && s.mentions[$0].mention.utf8Range.lowerBound >= withFrom && s.mentions[$0].mention.utf8Range.upperBound <= withTo
                && !RelationReader.isMergerAside(s, $0) }
            for p in parts where s.mentions[p].mention.canonicalName != s.mentions[heir].mention.canonicalName {
                out.append(found("successor_of", s, subject: heir, object: p))
            }
        }
        return out
    }
}

extension RelationReader {
    /// Whether the organization at position `k`, inside a list of bodies merged, is no party to the merger but a
    /// body a partner is described by: `the Kelby Lifeboat Agency, the parent of the Kelby Rescue Service,`; `the port staff of
    /// the Revenue`; `a unit of the Home Office`. The name follows `of` (or `of the`) inside its own phrase.
    static func isMergerAside(_ s: Sentence, _ k: Int) -> Bool {
        let lead = s.before(k, 40).lowercased()
        return lead.hasSuffix(" of ") || lead.hasSuffix(" of the ")
    }
}

/// A body that hands its work on: `Westside Care pulled out in 2006, handing its two regions to Harbour Care`;
/// `Westside Trust transferred its remaining contracts to Harbour Trust`; `passing its duties to the new Agency`.
/// The one handed the work succeeds the one that handed it (`successor_of`); a sale (`sold its homes to`) is
/// an ownership change and is read with the owners.
extension RelationReader {
    static let handingOn = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:handing|handed|passing|passed|transferring|transferred|giving|gave|ceding|ceded) (?:over )?(?:its|their)(?: [\\w'-]+){0,3} (?:regions|areas|contracts|contract|work|functions|duties|responsibilities|powers|caseload|cases|services|franchise|franchises|schools|homes|prisons|hospitals|trusts|crcs|patch|patches|sites|role) (?:over )?to(?: the)?$")

    func handingOn(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.type(i) == .organization && !RelationReader.isGeneric(s, i) {
            guard let j = (i + 1..<n).first(where: { s.isActor($0) }), s.type(j) == .organization, !RelationReader.isGeneric(s, j) else { continue }
            let between = s.between(i, j)
            guard between.utf8.count <= 120, !between.contains(";") else { continue }
            let t = between.lowercased().trimming(" ,")
            let words = RelationReader.withoutAdverbs(t.lowerWords.joined(separator: " "))
            guard words.split(separator: " ").count <= 16,
                  RelationReader.handingOn.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)) != nil,
                  RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            out.append(found("successor_of", s, subject: j, object: i))
        }
        return out
    }
}

/// A body's work shared out among others: `The Care Board was abolished in 2013. Its work was split between
/// Harbour Agency and the Eastside Agency.`; `Westside Council closed and its duties were divided between A and
/// B`. Each body named after the cue succeeds the one whose work it was: the organization the sentence names
/// before the cue, or, when the cue opens the sentence, the first organization of the previous sentence whose
/// name ends in a word for a public body or company (`Agency`, `Council`, `Trust`, ...; not a building or a
/// place that happens to be named first).
extension RelationReader {
    static let workSplit = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:its|their)(?: [\\w'-]+){0,3} (?:work|functions|duties|responsibilities|powers|remit|services|caseload|budget|budgets|staff) (?:was|were|is|are|has been|have been) (?:then |later |eventually |quickly |now )?(?:split|divided|shared|parcelled out|spread|carved up) (?:between|among|amongst|across)(?: (?:two|three|four|five|several|the two|the three) (?:successors|bodies|new bodies|agencies|new agencies|organisations|organizations))?(?: the)?$")
    /// Last words of a name that make it a body whose work can be shared out.
    static let bodyNouns: Set<String> = ["agency", "council", "commission", "authority", "board", "service", "trust", "office",
                                         "executive", "department", "ministry", "company", "group", "inspectorate", "institute",
                                         "foundation", "committee", "corporation", "body", "fund", "regulator", "directorate"]
    /// The nouns a description of a body may end on when it stands for one named before (`the panel`, `the
    /// commission's`): ``bodyNouns`` and a few kinds of smaller body.
    static let describedBodyNouns: Set<String> = bodyNouns.union(["panel", "unit", "tribunal"])

    func workSplitBetween(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        // (the pattern needs `between`, `among` or `across`: an ASCII sentence without them cannot match)
        guard s.whole.utf8.contains(where: { $0 >= 0x80 }) || s.lower.fastContains("between") || s.lower.fastContains("among") || s.lower.fastContains("across") else { return [] }
        let n = s.mentions.count
        for k in 0..<n where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            let lead = s.slice(s.range.lowerBound, s.mentions[k].mention.utf8Range.lowerBound)
            let words = lead.lowerWords.joined(separator: " ")
            guard let m = RelationReader.workSplit.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)),
                  let r = Range(m.range, in: words), RelationModality.isFactual(words) else { continue }
            // no other name between the cue and the first heir
            guard !(0..<k).contains(where: { s.mentions[$0].mention.utf8Range.lowerBound > s.range.lowerBound + words.utf8.distance(from: words.startIndex, to: r.lowerBound) && s.isActor($0) }) else { return [] }
            let predecessor: Int?
            if let p = (0..<k).first(where: { s.type($0) == .organization && !RelationReader.isGeneric(s, $0) }) {
                predecessor = s.mentions[p].index
            } else if String(words[..<r.lowerBound]).trimming(" ").isEmpty {
                predecessor = context.before.first(where: {
                    $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= context.previousSentenceStart
                        && RelationReader.bodyNouns.contains($0.mention.canonicalName.lowerWords.last ?? "") && !RelationReader.isParty($0.mention.text)
                        // (the words used must say so too: `Brook House`, short for a centre's longer name, is no body)
                        && ($0.mention.text == $0.mention.text.uppercased() || RelationReader.bodyNouns.contains($0.mention.text.lowerWords.last ?? ""))
                        // (or an abbreviation standing as its own name: `The LSC had been set up in 2001. Its work ...`)
                        || $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= context.previousSentenceStart
                        && !RelationReader.isParty($0.mention.text) && (2...6).contains($0.mention.text.count) && $0.mention.text.allSatisfy({ $0.isUppercase || $0 == "&" }) && $0.mention.canonicalName == $0.mention.text
                })?.index
            } else {
                predecessor = nil
            }
            guard let old = predecessor else { return [] }
            let listed = [k] + listMembers(s, after: k)
            let heirs = listed.count >= 2 ? listed : listPastRelativeClauses(s, from: k)
            return heirs.filter { s.mentions[$0].index != old }.map {
                Found(predicate: "successor_of", subject: s.mentions[$0].index, object: old, offset: s.mentions[$0].mention.utf8Range.lowerBound)
            }
        }
        return []
    }
}

extension RelationReader {
    /// The bodies listed from position `k` on when a relative clause may follow each (`the Adult Agency, which
    /// funds colleges, and the Youth Agency, which pays councils`): after a clause opened by `, which`/`, who`/`,
    /// whose` and closed by the next comma, the list goes on with the next name (`and`, `the` before it); a plain
    /// `,` or `and` joins as in any list. The list ends after the name that `and` brings in.
    func listPastRelativeClauses(_ s: Sentence, from k: Int) -> [Int] {
        let n = s.mentions.count
        var out = [k]
        var last = k
        while out.count < 8 {
            // (an abbreviation in brackets is the same name: `the Adult Agency (AA), which`)
            if last + 1 < n, s.mentions[last + 1].mention.canonicalName == s.mentions[last].mention.canonicalName,
               s.between(last, last + 1).trimming(" ") == "(" { last += 1 }
            var after = Substring(s.after(last, 220))
            if after.hasPrefix(")") { after = after.dropFirst() }
            let offset = s.mentions[last].mention.utf8Range.upperBound + (s.after(last, 220).utf8.count - after.utf8.count)
            var next: Int?
            var closes = false
            if after.hasPrefix(", which ") || after.hasPrefix(", who ") || after.hasPrefix(", whose ") {
                guard let comma = after.dropFirst().firstIndex(of: ","), !after[..<comma].contains(";") else { break }
                let at = offset + after.utf8.distance(from: after.startIndex, to: comma) + 1
                guard let m = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= at }) else { break }
                let g = s.slice(at, s.mentions[m].mention.utf8Range.lowerBound).lowercased().trimming(" ")
                guard ["", "the", "and", "and the"].contains(g) else { break }
                next = m
                closes = g.hasPrefix("and")
            } else if last + 1 < n {
                let g = s.slice(offset, s.mentions[last + 1].mention.utf8Range.lowerBound).lowercased().trimming(" ")
                guard [",", "and", ", and", "and the", ", and the", ", the"].contains(g) else { break }
                next = last + 1
                closes = g.contains("and")
            }
            // (`Westside Care and Harbour Homes took ...`: a name with a verb of its own opens a clause)
            guard let m = next, s.type(m) == .organization, !RelationReader.isGeneric(s, m),
                  !(closes && !s.after(m, 2).hasPrefix(",") && RelationReader.opensOwnClause(s, m)) else { break }
            out.append(m)
            last = m
            if closes { break }
        }
        return out
    }
}

/// Succession between two organizations named one after the other, stated by a change of name or of form that
/// the cue lists of ``successionRelations`` do not read:
/// - a modifier of the predecessor after the verb: `the Care Board itself replaced the old Health Council`,
///   `Harbour Care took over from the former Westside Trust`;
/// - a beginning under another name: `Harbour Care started life as the Westside Trust`, `the agency began as
///   the Westside Board and only took the name Harbour Agency in 2013`, `Westside Care changed its name to
///   Harbour Care`;
/// - the earlier name with its end: `the Harbour Office was the Westside Office until 2015`, `Harbour Care, the
///   charity that used to be called Westside Care`.
/// Each gives the later body `successor_of` the earlier one; a negated, planned or asked one gives nothing (`did
/// not take the name`, `may be renamed`).
extension RelationReader {
    /// Modifiers of the predecessor that may follow the cue: `replaced the old`.
    static let predecessorModifiers = ["the old", "the former", "the original", "the previous", "its old", "its former",
                                       "the now-defunct", "the defunct", "the discredited", "the much-criticised"]
    /// Cues after which the second name is the first one's earlier name: `started life as`.
    static let earlierNameCues = ["started life as", "began life as", "began as", "started as", "started out as",
                                  "was originally", "was originally called", "was first called", "originally called",
                                  "that used to be called", "which used to be called", "used to be called",
                                  "that used to be known as", "which used to be known as", "used to be known as",
                                  "was once called", "once called",
                                  // `the Schools Department, which was renamed from the Education Office in 2010`
                                  "which was renamed from", "was renamed from", "renamed from", "which had been renamed from"]
    /// Cues after which the second name is the first one's later name: `took the name`.
    static let laterNameCues = ["took the name", "adopted the name", "changed its name to", "was given the name",
                                "renamed itself", "rebranded itself as", "re-emerged as", "was reborn as", "turned into",
                                "was turned into", "was converted into", "was transformed into", "became known as"]
    /// Words before a later-name cue that keep it: `and only took the name`, `and then changed its name to`.
    static let renameLeads: Set<String> = ["and", "only", "then", "later", "eventually", "finally", "again", "also", "in", "when",
                                           "formally", "officially", "subsequently", "it",
                                           // `it was the Canal Board that was turned into the Waterways Trust`
                                           "that", "which"]

    static let monthWords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"]

    func organizationRenamings(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<max(0, n - 1) where s.type(i) == .organization && s.type(i + 1) == .organization {
            let j = i + 1
            guard !RelationReader.isGeneric(s, i), !RelationReader.isGeneric(s, j),
                  s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            let raw = RelationReader.gap(s, i, j)
            guard raw.utf8.count <= 80 else { continue }
            let t = raw.lowercased().trimming(" ,")
            guard RelationModality.isFactual(t, question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)) else { continue }
            var words = RelationReader.withoutAdverbs(t.lowerWords.joined(separator: " "))
            // `changed its name to the` : the article before the name is no part of the cue
            if words.hasSuffix(" the") { words = String(words.dropLast(4)) }
            // `the Harbour Office was the Westside Office until 2015`
            let afterJ = s.after(j, 12).lowercased()
            if ["was", "was called", "was known as", "was still", "was still called"].contains(words),
               afterJ.hasPrefix(" until ") || afterJ.hasPrefix(" till ") {
                out.append(found("successor_of", s, subject: i, object: j))
                continue
            }
            // `replaced the old Westside Trust`
            if let modifier = RelationReader.predecessorModifiers.first(where: { words.hasSuffix(" " + $0) }) {
                let cue = String(words.dropLast(modifier.count + 1))
                if ["replaced", "has replaced", "which replaced", "replacing", "succeeded", "which succeeded", "took over from",
                    "which took over from", "taking over from", "was set up to replace", "set up to replace", "created to replace",
                    "to replace", "absorbed", "which absorbed", "took over the work of", "took over the functions of"].contains(cue) {
                    out.append(found("successor_of", s, subject: i, object: j))
                } else if ["merged into", "was merged into", "was absorbed into", "was folded into", "folded into"].contains(cue) {
                    out.append(found("successor_of", s, subject: j, object: i))
                }
                continue
            }
            // (`Harbour Care, the charity that used to be called Westside Care`: a description before the relative)
            let described = RelationReader.earlierNameCues.contains { cue in
                guard cue.hasPrefix("that ") || cue.hasPrefix("which "), words.hasSuffix(" " + cue) else { return false }
                let lead = words.dropLast(cue.count).split(separator: " ")
                return lead.count <= 5 && ["the", "a", "an"].contains(lead.first.map(String.init) ?? "")
            }
            if RelationReader.earlierNameCues.contains(words) || described {
                out.append(found("successor_of", s, subject: i, object: j))
                continue
            }
            // `and only took the name`: the leading words before the cue are conjunctions, adverbs or a date
            if let cue = RelationReader.laterNameCues.first(where: { words == $0 || words.hasSuffix(" " + $0) }) {
                let lead = words.dropLast(cue.count).split(separator: " ").map(String.init)
                if lead.allSatisfy({ RelationReader.renameLeads.contains($0) || $0.allSatisfy(\.isNumber) || RelationReader.monthWords.contains($0) }) {
                    out.append(found("successor_of", s, subject: j, object: i))
                }
            }
        }
        return out
    }
}

/// What was another body's, named by `former` or `old` before that body's name: `Harbour Care took over 40 of
/// the former Westside homes`; `Harbour, which already ran two trusts, had been running the three former
/// Westside areas since 2019`; `Kestrel took on the old Westside contracts in 2020`. The subject of the verb
/// (of taking, winning, buying or running) succeeds that body there (`successor_of`).
extension RelationReader {
    /// Nouns of what one body can take from another: `the former Westside homes`.
    static let formerHoldingNouns: Set<String> = ["areas", "homes", "contracts", "contract", "crcs", "sites", "schools",
                                                  "franchise", "franchises", "patch", "patches", "regions", "services",
                                                  "hospitals", "prisons", "centres", "clinics", "customers", "estates",
                                                  "routes", "caseload", "trusts", "academies", "practices", "stores"]
    /// A verb of taking or running, then up to four words (`the three`, `241 of the`), then `former`/`old`.
    static let takesFormer = try! NSRegularExpression(pattern:
        "(?:^|\\s)(took over|took on|taken over|taken on|taking over|taking on|takes over|takes on|inherited|inherits|been running|running|ran|runs|won|wins|bought|buys|acquired|absorbed|picked up|operates|operated|managed|manages)(?: [a-z0-9,-]+){0,4} (?:former|old) $")

    func formerHoldings(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            guard RelationReader.formerHoldingNouns.contains(s.after(k, 20).lowerWords.first ?? "") else { continue }
            let lead = s.before(k, 60).lowercased()
            guard lead.hasSuffix(" former ") || lead.hasSuffix(" old "),
                  let m = RelationReader.takesFormer.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)),
                  let verb = Range(m.range(at: 1), in: lead) else { continue }
            let verbAt = s.mentions[k].mention.utf8Range.lowerBound - lead.utf8.distance(from: verb.lowerBound, to: lead.endIndex)
            guard !s.asks(after: verbAt),
                  RelationModality.isFactual(s.slice(max(s.range.lowerBound, verbAt - 40), s.mentions[k].mention.utf8Range.lowerBound)) else { continue }
            // the subject: the organization the sentence opens with when an apposition follows it (`Harbour, a
            // company formed by A and B, took over ...`), else the verb's subject
            let opener = s.type(0) == .organization && s.between(0, min(1, s.mentions.count - 1)).hasPrefix(",")
                && s.mentions[0].mention.utf8Range.upperBound < verbAt
                && s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.count <= 2
            // (`It ran Eastside Care, then took on the old Westside areas`: a name right after a verb is its object)
            let objectOfVerb = { (h: Int) -> Bool in
                let w = s.before(h, 20).lowerWords.last ?? ""
                return (RelationReader.ownVerbs + RelationReader.runVerbs + RelationReader.holdingVerbs).contains(w)
            }
            for heir in (opener ? [0] : subjects(s, before: verbAt)) where s.type(heir) == .organization && !RelationReader.isGeneric(s, heir) && !objectOfVerb(heir)
                && s.mentions[heir].mention.canonicalName != s.mentions[k].mention.canonicalName {
                out.append(found("successor_of", s, subject: heir, object: k))
            }
        }
        return out
    }
}

/// One scheme, benefit, grant or programme replacing another: `Jobseeker's Credit came in for new claims in
/// 2015, replacing Income Support`; `the Warm Homes Grant replaced the Boiler Allowance`; `the Boiler
/// Allowance was replaced in 2019 by the Warm Homes Grant`; `the Family Fund was relaunched as Family Start`.
/// The pair rules of ``successionRelations`` read people and organizations only; a programme's own cues are
/// fewer (no `became` or `now`, which name a stage: `the Bill became the Act`).
extension RelationReader {
    /// Cues between A and B that make A the successor of B, at the end of the words between them: the shared
    /// ``successorCues`` that fit a programme (not those of a person, `who replaced`, nor of a body's name,
    /// `formerly known as`). The longest that ends the words is read (`which replaced`, not `replaced`).
    static let programmeSuccessorCues = successorCues.filter {
        ["replaced", "has replaced", "which replaced", "replacing", "to replace", "set up to replace", "replaces", "succeeded",
         "which succeeded", "took over from", "in place of", "the successor to", "successor to", "the replacement for"].contains($0)
    }
    /// Cues between B and A that make A the successor of B: the shared ``predecessorCues`` that fit a programme
    /// (not `became` or `now`, which name a stage: `the Bill became the Act`), and the plural passives of two
    /// programmes (`the Boiler and Loft grants were folded into the Warm Homes Grant`).
    static let programmePredecessorCues = predecessorCues.filter {
        ["was replaced by", "replaced by", "was succeeded by", "was renamed", "renamed", "was relaunched as", "relaunched as",
         "was rebranded as", "rebranded as", "was folded into", "folded into", "was merged into", "merged into",
         "was absorbed into", "gave way to", "was abolished and replaced by"].contains($0)
    } + ["were replaced by", "were folded into"]

    func programmeSuccession(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        guard !s.isQuestion else { return [] }
        for i in 0..<n where s.type(i) == .programme {
            guard i + 1 < n, s.type(i + 1) == .programme,
                  s.mentions[i + 1].mention.canonicalName != s.mentions[i].mention.canonicalName else { continue }
            let between = s.between(i, i + 1)
            guard between.utf8.count <= 90, !between.contains(";"), !between.contains("(") else { continue }
            let t = between.lowercased().trimming(" ,")
            guard RelationModality.isFactual(t) else { continue }
            var words = RelationReader.withoutAdverbs(t.lowerWords.joined(separator: " "))
            for tail in [" a new", " the new", " the", " a", " an"] where words.hasSuffix(tail) {
                words = String(words.dropLast(tail.count))
                break
            }
            let count = words.split(separator: " ").count
            // `A replaced B`, `A came in in 2013, replacing B` (a participle after a comma may end a longer clause)
            if let cue = RelationReader.programmeSuccessorCues.filter({ words == $0 || words.hasSuffix(" " + $0) }).max(by: { $0.count < $1.count }) {
                let lead = words.dropLast(cue.count)
                if lead.isEmpty || (cue.hasSuffix("ing") ? t.contains(",") && count <= 14 : count <= cue.split(separator: " ").count + 3) {
                    out.append(found("successor_of", s, subject: i, object: i + 1))
                }
                continue
            }
            // `B was replaced by A`, `B was replaced in 2019 by A`, `B was folded into A`
            var passive = RelationReader.passiveCore(words)
            if let m = RelationReader.programmeDatedBy.firstMatch(in: passive, range: NSRange(passive.startIndex..., in: passive)),
               let r = Range(m.range(at: 1), in: passive) {
                passive = String(passive[r]) + " by"
            }
            if RelationReader.programmePredecessorCues.contains(where: { passive == $0 || words == $0 || words.hasSuffix(" " + $0) && count <= $0.split(separator: " ").count + 3 }) {
                out.append(found("successor_of", s, subject: i + 1, object: i))
            }
        }
        return out
    }

    /// `replaced in 2019 by`, `succeeded from April by`: a dated passive of replacing.
    static let programmeDatedBy = try! NSRegularExpression(pattern:
        "^(replaced|succeeded)(?: (?:in|on|from|during|that|last)(?: [a-z0-9]+){1,3}) by$")
}

/// Two or more bodies made into one, and one body broken up, stated with the old bodies first:
/// - `the Water Board and the Canal Trust were merged into a single body, Waterways England`; `Eastside College
///   and Westside College merged last August into one group, Harbour Colleges`; `Eastside Care and Westside Care
///   became a single Harbour Care`: the new body succeeds every body of the coordinated subject (a single
///   subject, `A was merged into B`, is read by the pair cues of ``successionRelations``);
/// - `Harbour Arts was created in 1994, when the Arts Board was broken up`; `Harbour Police was formed when
///   Eastside Police and Westside Police were abolished`: the body formed succeeds each body broken up or
///   abolished in the clause after `when`.
///
/// Only organizations take part (never people); a merger still to come (`are to be merged`, `would merge`), a
/// negated one or a question gives nothing.
extension RelationReader {
    /// The words between the last old body and the new one: a verb of merging in the past, an optional time,
    /// `into`, and an optional description of the new body (`a single body,`).
    static let mergedIntoOne = try! NSRegularExpression(pattern:
        "^(?:(?:were|have been|had been|have|had|then|later|eventually|formally|finally|both) )*(?:merged|combined|amalgamated|folded|brought together|joined)(?: [a-z0-9]+){0,3}? into(?: (?:a|one|the)(?: (?:single|new|combined|unified|merged|larger|bigger))*(?: (?!with\\b|under\\b|for\\b|alongside\\b|and\\b|by\\b|of\\b)[a-z-]+){0,2},?)?(?: the)?$|^(?:(?:then|later|eventually|formally|finally|both) )*became (?:a single|one|a new|a single new|one new|a unified)(?: (?!with\\b|under\\b|for\\b|alongside\\b|and\\b|by\\b|of\\b)[a-z-]+){0,2}?,?(?: the)?$")
    /// What may stand between two bodies of one coordinated list (`A, B and C`, `A and the B`).
    static let coordinationGaps: Set<String> = [",", "and", ", and", "and the", ", and the", ", the", "&"]
    /// What is said after an old body's name, in the clause after `when`, that ends it: `was broken up`.
    static let endedBodies = [" was broken up", " were broken up", " was split up", " were split up", " was split into",
                              " was abolished", " were abolished", " was dissolved", " were dissolved", " was wound up",
                              " were wound up", " was disbanded", " were disbanded", " was carved up", " was divided",
                              " were merged", " merged"]

    /// The organization just before UTF-8 offset `at` when only a participle of forming and a time stand between
    /// (`created on 1 September by`, `was formed in 2016 when`): the body a merger or a break-up formed (not one
    /// still to be formed: `will be formed next year by merging`).
    static func formedBody(_ s: Sentence, before at: Int) -> Int? {
        guard let k = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at }), s.type(k) == .organization else { return nil }
        let gap = s.slice(s.mentions[k].mention.utf8Range.upperBound, at).lowercased()
        let words = gap.lowerWords
        guard words.count <= 9, words.contains(where: { ["formed", "created", "born", "established", "set", "founded", "made"].contains($0) }),
              RelationModality.isFactual(gap), !RelationModality.isFuture(gap) else { return nil }
        return k
    }

    func organizationRestructurings(_ s: Sentence) -> [Found] {
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        let n = s.mentions.count
        let body = { (k: Int) -> Bool in s.type(k) == .organization && !RelationReader.isGeneric(s, k) }
        // `A and B were merged into a single body, C`
        for j in 1..<max(1, n) where body(j) && body(j - 1) {
            let t = s.between(j - 1, j).lowercased().trimming(" ")
            let parts = coordinatedBodies(s, endingAt: j - 1, after: false)
            guard parts.count >= 2, t.utf8.count <= 90, !t.contains(";"),
                  RelationReader.mergedIntoOne.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                  RelationModality.isFactual(s.before(parts[0], 30) + " " + t) else { continue }
            for p in parts where s.mentions[p].mention.canonicalName != s.mentions[j].mention.canonicalName {
                out.append(found("successor_of", s, subject: j, object: p))
            }
        }
        // `X was created in 1994, when A was broken up`
        let lower = s.lower
        if let r = lower.fastRange(of: " when ") {
            let whenAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            if let heir = RelationReader.formedBody(s, before: whenAt + 1),
               let a = (0..<n).first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= whenAt + 6 }), body(a),
               s.slice(whenAt + 6, s.mentions[a].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ $0 == "the" }) {
                var olds = [a]
                while let last = olds.last, last + 1 < n, body(last + 1),
                      RelationReader.coordinationGaps.contains(s.between(last, last + 1).lowercased().trimming(" ")) {
                    olds.append(last + 1)
                }
                let after = s.after(olds[olds.count - 1], 30).lowercased()
                if RelationReader.endedBodies.contains(where: { after.hasPrefix($0) }), RelationModality.isFactual(String(after.prefix(24))) {
                    for o in olds where o != heir && s.mentions[o].mention.canonicalName != s.mentions[heir].mention.canonicalName {
                        out.append(found("successor_of", s, subject: heir, object: o))
                    }
                }
            }
        }
        return out
    }
}

/// An actor replacing one body with another: `The Care Act 2014 replaced the old Care Board with a new Care
/// Commission`; `ministers replaced the committee with a freestanding Boundary Office`; `the Water Act, which
/// replaced the river boards with the new authority, ...`. The body after `with` succeeds the body before it
/// (`successor_of`). Each side is a name (after `the`, `its`, `old`, `a new`, ...) or a description of a body
/// named before (`the committee`, `the new office`: ``RelationContext/describedOrganization(_:at:in:orTopic:)``).
/// Anything else on either side gives nothing (`replaced the boiler with a heat pump`, `replaced the board of
/// commissioners with a single Director General`, two people), nor does a replacement planned, negated or asked
/// (`plans to replace the board with`).
extension RelationReader {
    static let replacedWithCue = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:replaced|replacing|has replaced|had replaced|have replaced) ")
    /// Words that may stand before the old body's name or noun: `replaced the old`.
    static let replacedOldLeads: Set<String> = ["the", "its", "their", "old", "former", "existing", "original", "two", "three", "several"]
    /// Words that may stand before the new body's name or noun: `with a freestanding`.
    static let replacedNewLeads: Set<String> = ["the", "a", "an", "new", "single", "freestanding", "free-standing", "independent",
                                                "separate", "unified", "national", "statutory", "stand-alone", "standalone", "one"]

    func replacedWith(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let lower = s.lower
        guard !s.isQuestion, lower.fastContains("replac"), lower.fastContains(" with ") else { return [] }
        let base = s.range.lowerBound
        var out: [Found] = []
        for m in RelationReader.replacedWithCue.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)) {
            guard let whole = Range(m.range, in: lower) else { continue }
            let cueAt = base + lower.utf8.distance(from: lower.startIndex, to: whole.lowerBound)
            let cueEnd = base + lower.utf8.distance(from: lower.startIndex, to: whole.upperBound)
            let rest = s.slice(cueEnd, min(s.range.upperBound, cueEnd + 140)).lowercased()
            guard let w = rest.fastRange(of: " with "), !rest[..<w.lowerBound].contains(where: { ",;:()".contains($0) }) else { continue }
            let withAt = cueEnd + rest.utf8.distance(from: rest.startIndex, to: w.lowerBound)
            let withEnd = withAt + 6
            let window = s.slice(max(base, cueAt - 40), withEnd)
            guard RelationModality.isFactual(window), !RelationModality.isFuture(window),
                  let old = replacedSide(s, context, from: cueEnd, to: withAt, leads: RelationReader.replacedOldLeads),
                  let heirEnd = rest[w.upperBound...].firstIndex(where: { ",;:.()".contains($0) }).map({ withEnd + rest[w.upperBound...].utf8.distance(from: w.upperBound, to: $0) })
                    ?? Optional(min(s.range.upperBound, cueEnd + rest.utf8.count)),
                  let heir = replacedSide(s, context, from: withEnd, to: heirEnd, leads: RelationReader.replacedNewLeads, clipped: true),
                  heir != old else { continue }
            out.append(Found(predicate: "successor_of", subject: heir, object: old, offset: withEnd))
        }
        return out
    }

    /// The body named from UTF-8 offset `from` to `to` (a passage index): one organization's name after words of
    /// `leads` only, or `leads` words and one noun of a body named before. With `clipped`, words may follow the name
    /// (`with a freestanding Boundary Office and gave it`): the side ends at the name.
    private func replacedSide(_ s: Sentence, _ context: RelationContext, from: Int, to: Int, leads: Set<String>, clipped: Bool = false) -> Int? {
        guard to > from else { return nil }
        if let k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= from && s.mentions[$0].mention.utf8Range.lowerBound < to }) {
            let r = s.mentions[k].mention.utf8Range
            guard s.type(k) == .organization, !RelationReader.isGeneric(s, k), !RelationReader.isParty(s.mentions[k].mention.text),
                  s.slice(from, r.lowerBound).lowerWords.allSatisfy({ leads.contains($0) }),
                  clipped || r.upperBound >= to || s.slice(r.upperBound, to).trimming(" ").isEmpty else { return nil }
            return s.mentions[k].index
        }
        var words = s.slice(from, to).lowerWords
        while let f = words.first, leads.contains(f) { words.removeFirst() }
        if clipped, words.count > 1 { words = Array(words.prefix(1)) }
        guard words.count == 1, RelationReader.describedBodyNouns.contains(words[0]),
              s.slice(from, to).lowerWords.first.map({ ["the", "its", "their"].contains($0) }) ?? false else { return nil }
        return context.describedOrganization(words, at: from, in: s)?.index
    }
}

/// A body replaced or renamed with a relative clause between it and its verb: `The Arts Board, whose last chair
/// was Ann Reed, was wound up that spring and replaced by a unitary Arts England`; `The Canal Trust, which had
/// run the waterways since 1962, was renamed the Waterways Office`. The pair rules of ``successionRelations``
/// stop at the name inside the clause; here the clause (opened by `, which`, `, whose`, `, that` and closed by the
/// next comma) is passed over, and the words after it are read as a passive of replacing (`was replaced by`, a
/// few words before it allowed: `was abolished in 2012 and replaced by`) or a change of name (`was renamed`,
/// `became`). The body after them, after an article and at most one adjective (`a unitary`), succeeds the first
/// (`successor_of`). A change to come, negated or asked gives nothing.
extension RelationReader {
    /// The verb phrase after the clause, closing on the new body (with an optional article and adjective).
    static let replacedPastClause = try! NSRegularExpression(pattern:
        "^(?:was|were|had been|has been)(?: [a-z0-9-]+){0,6}? (?:(?:and|then) )?(?:(replaced|succeeded|superseded) by|(renamed|renamed as|rebranded as|relaunched as|folded into|merged into|absorbed into))(?: (?:a|an|the)(?: [a-z-]+)?)?$|^(?:later |then |eventually )?(became|was renamed|was rebranded as)(?: (?:the|a new))?$")

    func replacedPastRelativeClause(_ s: Sentence) -> [Found] {
        guard !s.isQuestion else { return [] }
        let n = s.mentions.count
        var out: [Found] = []
        for i in 0..<n where s.type(i) == .organization && !RelationReader.isGeneric(s, i) {
            // (the clause's close is measured on the text as written: ``Sentence/after(_:_:)`` makes a no-break
            // space, two bytes, one)
            let end = s.mentions[i].mention.utf8Range.upperBound
            let written = s.slice(end, min(s.range.upperBound, end + 200))
            let after = Sentence.plainSpaces(written)
            guard after.hasPrefix(", which ") || after.hasPrefix(", whose ") || after.hasPrefix(", that "),
                  let close = written.dropFirst().firstIndex(of: ","), !written[..<close].contains(";") else { continue }
            let closeAt = end + written.utf8.distance(from: written.startIndex, to: close) + 1
            guard let j = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= closeAt }),
                  s.type(j) == .organization, !RelationReader.isGeneric(s, j),
                  s.mentions[j].mention.canonicalName != s.mentions[i].mention.canonicalName else { continue }
            let t = s.slice(closeAt, s.mentions[j].mention.utf8Range.lowerBound).lowercased().trimming(" ")
            guard t.utf8.count <= 70, !t.contains(","), RelationModality.isFactual(t), !RelationModality.isFuture(t) else { continue }
            let words = RelationReader.withoutAdverbs(t.lowerWords.joined(separator: " "))
            guard RelationReader.replacedPastClause.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)) != nil else { continue }
            // (`, which Ann Reed chaired, became a charity in`: the body named right after is the new one only when
            // it stands at the clause's end, not a possessive: `became Harbour's partner`)
            guard !["'s ", "\u{2019}s "].contains(where: { s.after(j, 4).hasPrefix($0) }) else { continue }
            out.append(found("successor_of", s, subject: j, object: i))
        }
        return out
    }
}
