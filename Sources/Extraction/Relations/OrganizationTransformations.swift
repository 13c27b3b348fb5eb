import Foundation
import HindsightSupport

/// A part of a body that goes on as a new one: `In 2015 the licensing arm was relaunched as Harbour Licensing`;
/// `The regulatory side of the board, which inspects the ports, was renamed the Port Standards Office`; `The
/// research half (the laboratories, the field teams) goes into the Rivers Institute`; `its schools wing moved into
/// the ministry as the new Schools Unit`. The new body succeeds the body the part belonged to (`successor_of`).
///
/// The part is a noun of ``bodyPartNouns`` (`side`, `arm`, `half`, `wing`, ...) after `the` or `its` and up to three
/// modifiers, opening a clause; an interruption may follow it (a relative clause between commas, a bracket, a
/// dash pair). The verb is one of ``bodyPartVerbs``: a change of name (`renamed`, `relaunched as`, `rebranded as`,
/// `became`) before the new body's name, or a move (`goes into`, `passed to`) before a name read as the heir by
/// ``heirNamed(_:after:)`` (`into the ministry as the Schools Unit`: the unit). The body whose part it is: the one
/// `of the <noun>` describes (``RelationContext/describedOrganization(_:at:in:orTopic:)``), the one `its` stands
/// for (``bodyPronounStandsFor(_:_:at:)``); `the <part>` alone names no body (the discourse topic, tried, was
/// too often the body just named: `The research half goes into the Institute. The teaching half moves into ...`
/// is not about the institute). A part sold (`its care arm was sold to`), a change to come (`will be
/// renamed`), a negated or asked one, or a part becoming part of another (`became part of`) gives nothing.
extension RelationReader {
    /// Nouns of a part of a body.
    static let bodyPartNouns = ["side", "arm", "half", "wing", "branch", "division", "directorate", "operation", "operations"]
    /// The part, an optional interruption and the verb, closing the words before the new body's name.
    static let bodyPartChange = try! NSRegularExpression(pattern:
        "(?:^|[,;:] |\\band |\\bwhile |\\bwhen )(?:(?:in|on|from|by|during|since|at|after) [a-z0-9 ]{1,24}?,? )?(the|its) (?:[a-z-]+ (?:and [a-z-]+ )?){0,3}?(?:"
        + bodyPartNouns.joined(separator: "|")
        + ")(?: of (?:the|its) ([a-z-]+))?(?: \\([^)]{1,200}\\)| [\u{2013}\u{2014}-] [^\u{2013}\u{2014}]{1,200} [\u{2013}\u{2014}-]|, which .{1,200}?,)? (?:(?:was|were|has been|had been|is|then|later|formally|quickly|itself|in turn|[a-z]+ly) )*("
        + "renamed|relaunched as|rebranded as|rebranded|reconstituted as|spun off as|became|goes into|went into|has gone into|moved into|moves into|passed to|passes to|has passed to|went to|goes to|transferred to|folded into"
        + ")(?: (?:a|an|the)(?: new| single| separate)?)? ?$")

    func bodyPartChanges(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, RelationReader.bodyPartNouns.contains(where: { s.lower.fastContains($0 + " ") }) else { return [] }
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            let kAt = s.mentions[k].mention.utf8Range.lowerBound
            let head = s.slice(max(s.range.lowerBound, kAt - 320), kAt).lowercased()
            let ns = NSRange(head.startIndex..., in: head)
            guard let m = RelationReader.bodyPartChange.firstMatch(in: head, range: ns),
                  let whole = Range(m.range, in: head), let det = Range(m.range(at: 1), in: head),
                  let verbRange = Range(m.range(at: 3), in: head) else { continue }
            let clause = String(head[whole])
            guard RelationModality.isFactual(clause, question: false), !RelationModality.isFuture(clause) else { continue }
            let verb = String(head[verbRange])
            let wholeAt = kAt - head.utf8.distance(from: whole.lowerBound, to: head.endIndex)
            let detAt = kAt - head.utf8.distance(from: det.lowerBound, to: head.endIndex)
            // the heir: the name after a change of name; after a move, the one `heirNamed` reads (`as the Unit`)
            var heir = k
            if verb.hasSuffix(" into") || verb.hasSuffix(" to") {
                let verbEnd = kAt - head.utf8.distance(from: verbRange.upperBound, to: head.endIndex)
                guard let h = heirNamed(s, after: verbEnd) else { continue }
                heir = h
            }
            // (no name between the part and the verb: `the care arm of Harbour was renamed` names its body, read below)
            guard !s.mentions.indices.contains(where: { s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= wholeAt && $0 < k }) else { continue }
            let holder: Int?
            if let noun = Range(m.range(at: 2), in: head) {
                holder = context.describedOrganization([String(head[noun])], at: detAt, in: s)?.index
            } else if head[det] == "its" {
                holder = bodyPronounStandsFor(s, context, at: detAt)?.index
            } else {
                // `the <part>` alone: the body this sentence or the one before says was split
                holder = splitBody(s, context, before: detAt)
            }
            guard let h = holder, h != s.mentions[heir].index,
                  !RelationReader.isParty(s.mentions[heir].mention.text) else { continue }
            out.append(Found(predicate: "successor_of", subject: s.mentions[heir].index, object: h, offset: s.mentions[heir].mention.utf8Range.lowerBound))
        }
        return out
    }
}

/// A body split, named where its parts are then said to go on as new bodies: `In 2018 the licensing unit was split
/// off from the Kelby Homes Agency to form the Kelby Housing Regulator, while the investment side was rebranded as
/// Kelby Homes`; `The Kelby Games Board was split in two. The northern side became Kelby Sport North.` The part's holder, for
/// ``bodyPartChanges(_:_:)``, is the body named after `split off from` (or `split from`, `carved out of`), or the
/// subject of `was split`, `was broken up`, `was divided`, in this sentence before the part or in the one before.
/// A split to come (`would be split`) names none.
extension RelationReader {
    static let splitFromLeads = ["split off from ", "split off from the ", "split from ", "split from the ", "carved out of ",
                                 "carved out of the ", "hived off from ", "hived off from the "]
    static let splitTails = [" was split", " were split", " was broken up", " was divided", " was carved up"]

    func splitBody(_ s: Sentence, _ context: RelationContext, before at: Int) -> Int? {
        let earlier = context.before.filter { $0.mention.utf8Range.lowerBound >= context.previousSentenceStart }
            + s.mentions.filter { $0.mention.utf8Range.upperBound <= at }
        for c in earlier.reversed() where c.mention.type == .organization && !RelationReader.isParty(c.mention.text)
            && !RelationReader.isClassName(c.mention.text) {
            let r = c.mention.utf8Range
            let lead = Sentence.slice(s.text, max(0, r.lowerBound - 30), r.lowerBound).lowercased()
            let tail = Sentence.slice(s.text, r.upperBound, min(s.text.utf8.count, r.upperBound + 30)).lowercased()
            if RelationReader.splitFromLeads.contains(where: { lead.hasSuffix(" " + $0) })
                || RelationReader.splitTails.contains(where: { tail.hasPrefix($0) }) {
                guard RelationModality.isFactual(lead + tail), !RelationModality.isFuture(lead + tail) else { return nil }
                return c.index
            }
        }
        return nil
    }

    /// `the licensing unit was split off from the Homes Agency to form the Housing Regulator`; `..., hived off from
    /// the Water Board as the Rivers Office`: the body formed succeeds the one it was split from (`successor_of`).
    static let splitOffToForm = try! NSRegularExpression(pattern:
        "^(?: (?:in|on|from) [a-z0-9 ]{1,20}?,?)? (?:to form|to create|to become|as)(?: (?:the|a new|a separate|a stand-alone|a standalone|an independent|the new))? $")

    func splitOffToFormBodies(_ s: Sentence) -> [Found] {
        guard !s.isQuestion, s.lower.fastContains(" off from ") || s.lower.fastContains("split from ") || s.lower.fastContains("carved out of ") else { return [] }
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) && k + 1 < s.mentions.count {
            let lead = s.before(k, 60).lowercased()
            guard RelationReader.splitFromLeads.contains(where: { lead.hasSuffix(" " + $0) }),
                  RelationModality.isFactual(lead), !RelationModality.isFuture(lead) else { continue }
            let j = k + 1
            guard s.type(j) == .organization, !RelationReader.isGeneric(s, j),
                  s.mentions[j].mention.canonicalName != s.mentions[k].mention.canonicalName else { continue }
            let gap = s.between(k, j).lowercased()
            guard RelationReader.splitOffToForm.firstMatch(in: gap, range: NSRange(gap.startIndex..., in: gap)) != nil else { continue }
            out.append(found("successor_of", s, subject: j, object: k))
        }
        return out
    }
}

/// A body turned into another by an act or a government, the old one named by a pronoun or a description: `The
/// Water Act 1989 turned it into the Rivers Agency`; `the 2016 Act turned the commission into the Mobility
/// Commission`; `ministers converted the board into a company, Harbour Water`. The new body succeeds the one `it`
/// or the description stands for (`it`: the body the sentence before opened with,
/// ``pronounAntecedent(_:_:before:atStart:)``; a description: ``RelationContext/describedOrganization(_:at:in:orTopic:)``).
/// A body named as the object is read with the pair cues; a plan (`wants to turn it into`), a negation or a
/// question gives nothing, nor does a non-body (`turned it into a success`: no name follows).
extension RelationReader {
    static let turnedInto = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:turned|converted|transformed|made|remade|reconstituted|recast) (it|the [a-z]+|this [a-z]+|that [a-z]+) into (?:(?:a|an|the)(?: new| single| separate)?(?: [a-z-]+){0,2},? )?$")

    func turnedIntoNewBody(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.lower.fastContains(" into ") else { return [] }
        var out: [Found] = []
        for k in s.mentions.indices where s.type(k) == .organization && !RelationReader.isGeneric(s, k) {
            let kAt = s.mentions[k].mention.utf8Range.lowerBound
            let head = s.slice(max(s.range.lowerBound, kAt - 90), kAt).lowercased()
            guard let m = RelationReader.turnedInto.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)),
                  let obj = Range(m.range(at: 1), in: head), let whole = Range(m.range, in: head) else { continue }
            let wholeAt = kAt - head.utf8.distance(from: whole.lowerBound, to: head.endIndex)
            guard RelationModality.isFactual(s.slice(max(s.range.lowerBound, wholeAt - 50), kAt), question: false),
                  !RelationModality.isFuture(s.slice(max(s.range.lowerBound, wholeAt - 50), kAt)) else { continue }
            let objAt = kAt - head.utf8.distance(from: obj.lowerBound, to: head.endIndex)
            let words = String(head[obj]).lowerWords
            // (`made it into the Lords` is arriving, not remaking: `made` only with a description)
            if words == ["it"], head[..<obj.lowerBound].hasSuffix("made ") { continue }
            let old: Int?
            if words == ["it"] {
                // (the body the sentence before opened with, never the subject of `turned`)
                let subjects = Set(s.mentions.filter { $0.mention.utf8Range.upperBound <= objAt }.map(\.index))
                old = pronounAntecedent(s, context, before: objAt, atStart: true).flatMap { subjects.contains($0) ? nil : $0 }
            } else {
                old = context.describedOrganization([words[1]], at: objAt, in: s)?.index
            }
            guard let o = old, o != s.mentions[k].index, !RelationReader.isParty(s.mentions[k].mention.text) else { continue }
            out.append(Found(predicate: "successor_of", subject: s.mentions[k].index, object: o, offset: kAt))
        }
        return out
    }
}

/// A body formed by a merger, named before the merger's clause or by a pronoun: `It was formed in 1996, when the
/// Statistics Office merged with the Census Office`; `The Rail Authority had been created in 2016 by merging
/// Track UK with the Projects Unit`; `The new board was set up in 2001 through the merger of the Ports Council and
/// the Harbours Trust`. The body formed (``formedBody(_:before:)``, else what `it` stands for,
/// ``pronounAntecedent(_:_:before:atStart:)``) succeeds each body merged: the bodies coordinated after the cue,
/// and one after `with`. A merger to come, negated or asked gives nothing.
extension RelationReader {
    static let formedByMerger = try! NSRegularExpression(pattern:
        "(?:(?:^|\\s)(?:was|were|had been|has been) |, )(?:formed|created|set up|born|established|founded)(?: [a-z0-9]+){0,4},? (?:(when)|by merging|through merging|through the merger of|by the merger of|from the merger of|out of the merger of) (?:the )?")
    /// A counted class before the bodies merged: `by merging the two state airlines, the ...`, `three regional boards:`.
    static let countedMergedClass = try! NSRegularExpression(pattern:
        "^(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){0,2}[a-z]+s[,:]? (?:the )?$")
    /// An abbreviation of the body before it, between commas or in brackets, standing in a list of bodies merged:
    /// `the Northern Ports Corporation, NPC, and the Southern Docks Authority`.
    static let abbreviationGap = try! NSRegularExpression(pattern:
        "^ ?(?:, [A-Z][A-Za-z&]{1,9},|\\([A-Z][A-Za-z&]{1,9}\\),?) (?:and )?(?:the )?$")

    func formedByMergers(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let lower = s.lower
        guard !s.isQuestion, lower.fastContains("merg") else { return [] }
        let base = s.range.lowerBound
        var out: [Found] = []
        for m in RelationReader.formedByMerger.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)) {
            guard let whole = Range(m.range, in: lower) else { continue }
            let cueAt = base + lower.utf8.distance(from: lower.startIndex, to: whole.lowerBound)
            let end = base + lower.utf8.distance(from: lower.startIndex, to: whole.upperBound)
            guard RelationModality.isFactual(s.slice(s.range.lowerBound, end), question: false),
                  !RelationModality.isFuture(s.slice(s.range.lowerBound, end)) else { continue }
            // the body formed: named just before, or `it` opening the clause
            var heir = RelationReader.formedBody(s, before: end).map { s.mentions[$0].index }
            if heir == nil {
                let lead = s.slice(s.range.lowerBound, cueAt + 1).lowerWords
                let leadWords = RelationReader.afterFrontedTime(lead)
                guard leadWords == ["it"] else { continue }
                heir = pronounAntecedent(s, context, before: cueAt - 2, atStart: lead.count == 1)
            }
            guard let h = heir else { continue }
            // the merged bodies: the clause after the cue, up to `;`, `, and` or the end
            let rest = s.slice(end, s.range.upperBound).lowercased()
            // (`, and` after a body's abbreviation, `the Ports Corporation, NPC, and the Docks Authority`, goes on with the list)
            let cased = s.slice(end, s.range.upperBound)
            var andStop: Int?
            var from = rest.startIndex
            while let r = rest.fastRange(of: ", and ", range: from..<rest.endIndex) {
                let at = rest.utf8.distance(from: rest.startIndex, to: r.lowerBound)
                let before = Sentence.slice(cased, max(0, at - 12), at)
                if before.range(of: #", [A-Z][A-Za-z&]{1,9}$"#, options: .regularExpression) == nil { andStop = at; break }
                from = r.upperBound
            }
            let stop = ([";", ", but ", ", while ", ", which "].compactMap { rest.fastRange(of: $0).map { rest.utf8.distance(from: rest.startIndex, to: $0.lowerBound) } } + [andStop].compactMap { $0 }).min()
            let clauseEnd = end + (stop ?? rest.utf8.count)
            let parts = s.mentions.indices.filter { s.type($0) == .organization && !RelationReader.isGeneric(s, $0)
                && s.mentions[$0].mention.utf8Range.lowerBound >= end && s.mentions[$0].mention.utf8Range.upperBound <= clauseEnd }
            guard let first = parts.first else { continue }
            let lead = s.slice(end, s.mentions[first].mention.utf8Range.lowerBound).lowercased()
            guard lead.lowerWords.allSatisfy({ $0 == "the" })
                    || RelationReader.countedMergedClass.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)) != nil else { continue }
            var merged = [first]
            var last = first
            for p in parts.dropFirst() {
                let gap = s.between(last, p).lowercased().trimming(" ")
                let cased = s.between(last, p)
                guard RelationReader.coordinationGaps.contains(gap) || ["with", "with the", "merged with", "merged with the", "and the", "combined with", "combined with the"].contains(gap)
                        || RelationReader.abbreviationGap.firstMatch(in: cased, range: NSRange(cased.startIndex..., in: cased)) != nil else { break }
                merged.append(p)
                last = p
            }
            // `when A merged with B`, `when A and B merged`: a verb of merging in the clause
            if m.range(at: 1).location != NSNotFound {
                let clause = s.slice(end, clauseEnd).lowercased()
                guard merged.count >= 2, ["merged", "combined", "amalgamated", "joined forces"].contains(where: { clause.fastContains($0) }) else { continue }
            }
            for p in merged where s.mentions[p].index != h {
                out.append(Found(predicate: "successor_of", subject: h, object: s.mentions[p].index, offset: s.mentions[p].mention.utf8Range.lowerBound))
            }
        }
        return out
    }
}
