import Foundation
import HindsightSupport

/// Succession stated with a pronoun (or a description) for the subject, the one named after the verb being the
/// other party:
/// - a body: `The Water Board was abolished in 2012. It was replaced by the Rivers Agency.`; `It swallowed the
///   Crime Squad and the Intelligence Service whole` (each body of the list); `the Arts Office was
///   set up in 1990, and the office was renamed Harbour Arts in 2004`; `It replaced the old Canal Trust`. `it` or
///   a description (`the office`, `the agency`) stands for the body the clause or the previous sentence opened
///   with (``pronounOrDescription(_:_:_:before:atStart:)``);
/// - a person: `She succeeds Ann Reed, who chaired the trust from 2015.`; `He takes over from Tom Vale next
///   month.` The `he` or `she` opening the sentence stands for the person ``RelationContext`` reads it as.
///
/// A negated, planned or asked succession gives nothing (`It is to be replaced by`, `She hopes to succeed`,
/// `Did it become Harbour Arts?`).
extension RelationReader {
    /// Verb phrases after the pronoun that make the body named after them its successor: `it was replaced by`.
    static let pronounPredecessorCues: Set<String> = [
        "was replaced by", "was succeeded by", "was superseded by", "was renamed", "was renamed as",
        "was rebranded", "was rebranded as", "renamed itself", "rebranded itself as", "rebranded as",
        "was merged into", "was absorbed into", "was folded into", "was turned into", "gave way to",
        "was reconstituted as", "was relaunched as", "became", "changed its name to", "become",
        "was swallowed by", "was swallowed up by", "was absorbed by", "was subsumed into", "was subsumed by",
    ]
    /// Verb phrases after the pronoun that make the body named after them its predecessor: `it replaced`.
    static let pronounSuccessorCues: Set<String> = [
        "replaced", "has replaced", "succeeded", "has succeeded", "absorbed", "swallowed", "swallowed up", "took over the work of",
        "took over the functions of", "took over the duties of", "took over the responsibilities of",
    ]
    /// Words opening a time clause whose pronoun subject stands for a body named before in the sentence: `Ann Reed
    /// ran the Water Board until it was replaced by the Rivers Agency`.
    static let timeClauseOpeners = ["before", "after", "until", "till", "when"]
    /// A time adverbial with a year or a month at the end of the words before the pronoun: `, and in April 2012`.
    static let trailingDate = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:in|on|from|by|during|since)(?: [a-z]+)?(?: [a-z]+)? (?:1[89]|20)[0-9]{2},?$")
    /// Words that may close the verb phrase before the body's name: `was replaced by the`, `became a new`.
    static let bodyDeterminers = [" a new", " the new", " a single", " the", " a"]

    func pronounSubjectSuccession(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, !s.mentions.isEmpty else { return [] }
        return pronounBodySuccession(s, context) + pronounNewcomer(s, context)
    }

    /// `It was replaced by the Rivers Agency`: see the type's comment.
    func pronounBodySuccession(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let n = s.mentions.count
        let lower = s.lower
        var out: [Found] = []
        for (pronoun, cue, words) in RelationReader.organizationPronounCues {
            guard s.mayHold(words) else { continue }
            var from = lower.startIndex
            while let r = lower.fastRange(of: cue, range: from..<lower.endIndex) {
                from = r.upperBound
                // a clause's start: the sentence's, or after `;`, `:`, `and`, `, and`, `but`
                var trimmed = lower[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                // (`, and in April 2012 it was replaced by`: a dated adverbial before the pronoun)
                // (the pattern ends on a year, an optional comma and the end, which `$` also finds before a closing
                // line break of up to three bytes: no digit among the last six bytes, no match)
                if trimmed.utf8.suffix(6).contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                   let m = RelationReader.trailingDate.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
                   let mr = Range(m.range, in: trimmed) {
                    trimmed = String(trimmed[..<mr.lowerBound]).trimmingCharacters(in: .whitespaces)
                }
                let atStart = trimmed.isEmpty
                guard atStart || trimmed.hasSuffix(":") || trimmed.hasSuffix(";") || trimmed.hasSuffix(" and")
                        || trimmed.hasSuffix(", but") || RelationReader.timeClauseOpeners.contains(where: { trimmed.hasSuffix(" " + $0) })
                else { continue }
                let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                guard let k = (0..<n).first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= at }),
                      s.type(k) == .organization else { continue }
                var core = s.slice(at, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ,")
                guard RelationModality.isFactual(core), !RelationModality.isFuture(core) else { continue }
                // (`it was later renamed`, `it was in turn replaced by`: adverbs anywhere in the verb phrase)
                // (`it changed its name again, to Harbour Roads`: `again` and the comma are no part of the cue)
                core = core.lowerWords.filter { !RelationReader.pronounAdverbs.contains($0) && $0 != "again" }.joined(separator: " ")
                for d in RelationReader.bodyDeterminers where core.hasSuffix(d) {
                    core = String(core.dropLast(d.count))
                    break
                }
                // (`it became Harbour's partner`: what follows the possessive is what it became)
                let afterK = s.after(k, 4)
                guard !["'s ", "\u{2019}s ", "' "].contains(where: { afterK.hasPrefix($0) }) else { continue }
                // (`the council replaced Kestrel Cleaning with an in-house team`: a supplier swapped, not a body succeeded)
                guard !RelationReader.replacedWith(s, k) else { continue }
                let heirNamed = RelationReader.pronounPredecessorCues.contains(core)
                guard heirNamed || RelationReader.pronounSuccessorCues.contains(core),
                      let subject = pronounOrDescription(pronoun, s, context, before: at - pronoun.utf8.count - 1, atStart: atStart),
                      subject != s.mentions[k].index else { continue }
                let offset = s.mentions[k].mention.utf8Range.lowerBound
                if heirNamed {
                    out.append(Found(predicate: "successor_of", subject: s.mentions[k].index, object: subject, offset: offset))
                } else {
                    // `It swallowed the Crime Squad and the Intelligence Service`: each body of the list
                    for p in listPastRelativeClauses(s, from: k) where s.mentions[p].index != subject {
                        out.append(Found(predicate: "successor_of", subject: subject, object: s.mentions[p].index, offset: s.mentions[p].mention.utf8Range.lowerBound))
                    }
                }
            }
        }
        return out
    }

    /// Whether `with` follows the name at `j` (`replaced Kestrel Cleaning with an in-house team`): the replacing
    /// names a swap of what the subject uses, not a succession of the subject.
    static func replacedWith(_ s: Sentence, _ j: Int) -> Bool {
        let tail = s.after(j, 10).lowercased()
        return tail.hasPrefix(" with ")
    }

    /// Verb phrases after a sentence's opening `he`/`she` that make the person named next the one replaced.
    static let newcomerVerbs: Set<String> = [
        "succeeds", "succeeded", "has succeeded", "replaces", "replaced", "has replaced", "takes over from",
        "took over from", "has taken over from", "is succeeding", "is replacing",
    ]
    /// Adverbs that may stand between the pronoun and its verb (`She formally succeeds`).
    static let newcomerAdverbs: Set<String> = ["later", "then", "now", "duly", "formally", "officially", "eventually",
                                               "subsequently", "also", "effectively"]

    /// `She succeeds Ann Reed`: see the type's comment. The pronoun opens the sentence, and only adverbs stand
    /// between it and the verb, and between the verb and the name.
    func pronounNewcomer(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard let first = s.mentions.indices.first, s.type(first) == .person else { return [] }
        let lead = s.slice(s.range.lowerBound, s.mentions[first].mention.utf8Range.lowerBound)
        guard !lead.contains(","), !lead.contains(";") else { return [] }
        var ws = lead.lowerWords
        guard ws.count >= 2, ws.count <= 7, ws[0] == "he" || ws[0] == "she" else { return [] }
        let male = ws[0] == "he"
        ws.removeFirst()
        ws.removeAll { RelationReader.newcomerAdverbs.contains($0) }
        // (`He replaced Tom Vale's advisers with his own`: what follows the possessive is what was replaced)
        let afterName = s.after(first, 4)
        guard !["'s ", "\u{2019}s ", "' "].contains(where: { afterName.hasPrefix($0) }), !RelationReader.replacedWith(s, first),
              RelationReader.newcomerVerbs.contains(ws.joined(separator: " ")),
              let newcomer = context.person(male: male, at: s.range.lowerBound, in: s, sameSentence: false, subjectPronoun: true,
                                            excluding: [s.mentions[first].mention.canonicalName]) else { return [] }
        return [Found(predicate: "successor_of", subject: newcomer.index, object: s.mentions[first].index,
                      offset: s.mentions[first].mention.utf8Range.lowerBound)]
    }
}

/// Succession stated with a pronoun or a description for the one replaced, after the verb, the heir being the
/// body named as the verb's subject:
/// - `it`, `them`: `The Youth Grants Office ran the scheme until the Skills Agency took over from it in 2012`; `The
///   old rail card closed in 2019, by which time the Travel Pass Agency had effectively replaced it`; `The Park
///   Board and the Canal Board were wound up, and the Waterways Trust replaced them`. The pronoun stands for the
///   body named last before the heir in the sentence (`them`: with the bodies coordinated with it), when that body
///   is a clause's subject (it opens the sentence or a clause, or a `which` clause follows it) and no person is
///   named between; with no body before the heir in the sentence, for the body the previous sentence opened with
///   (``pronounAntecedent(_:_:before:atStart:)``).
/// - a description (`the old board`, `the commission`, `the former agency`): `In 1996 the Compensation Authority
///   took over from the old board`; `Audit Appointments Ltd took over the audit contracts from the commission`:
///   the body the description stands for (``RelationContext/describedOrganization(_:at:in:orTopic:)``).
///
/// The heir succeeds it (`successor_of`). Nothing when the heir is a person, when the pronoun is followed by
/// `with` (`replaced it with an in-house team`: a thing swapped) or a possessive, or when the taking over is
/// negated, planned or asked (`the agency will take over from it`).
extension RelationReader {
    /// The verb and what may follow it before the one replaced: `replaced`, `took over from`, `took over the audit
    /// contracts from` (up to four words of what was taken); group 1 is the pronoun or the description's words.
    static let objectSuccession = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:replaced|superseded|succeeded|(?:took|takes|taken|taking) over(?: (?:the|its|all|their)(?: [a-z0-9-]+){1,4})? from|inherited(?: (?:the|its|their)(?: [a-z0-9-]+){1,4}) from) (it|them|the(?: (?:old|former|previous|original|existing|defunct|outgoing|abolished))? [a-z]+)(?=[ ,.;:)]|$)")
    /// Words of a pronoun or description's tail that make it no object of its own: `it with`, `the board's`.
    static let objectSuccessionStops = [" with ", "'s ", "\u{2019}s ", " of "]
    /// Auxiliaries and adverbs that may stand between the heir and the verb: `had effectively replaced it`.
    static let objectSuccessionAuxiliaries: Set<String> = ["has", "had", "have", "then", "later", "effectively", "formally",
                                                           "soon", "eventually", "itself", "duly", "largely", "finally", "quickly", "also"]

    func pronounObjectSuccession(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let lower = s.lower
        guard !s.isQuestion, s.mentions.contains(where: { $0.mention.type == .organization }),
              lower.fastContains("replaced") || lower.fastContains("over") || lower.fastContains("succeeded")
                || lower.fastContains("superseded") || lower.fastContains("inherited") else { return [] }
        var out: [Found] = []
        let ns = lower as NSString
        for m in RelationReader.objectSuccession.matches(in: lower, range: NSRange(location: 0, length: ns.length)) {
            guard let whole = Range(m.range, in: lower), let obj = Range(m.range(at: 1), in: lower) else { continue }
            let verbAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: whole.lowerBound)
            let objAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: obj.lowerBound)
            let objEnd = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: obj.upperBound)
            let tail = String(lower[obj.upperBound...].prefix(8))
            guard !RelationReader.objectSuccessionStops.contains(where: { tail.hasPrefix($0) }) else { continue }
            // the heir: the verb's subject, a body
            // (`had effectively replaced it`: auxiliaries and adverbs may stand between the subject and the verb)
            // (`the Rail Agency (RA), based in Leeds, took over`: a bracket and an apposition closed by a comma too)
            let near = s.mentions.indices.last { (s.isActor($0) || s.type($0) == .programme) && s.mentions[$0].mention.utf8Range.upperBound <= verbAt }
            let auxiliary = near.map { RelationReader.onlyAuxiliaries(s.slice(s.mentions[$0].mention.utf8Range.upperBound, verbAt)) } ?? false
            guard let h = auxiliary ? near : subjects(s, before: verbAt + 1).last, s.type(h) == .organization || s.type(h) == .programme,
                  !RelationReader.isGeneric(s, h) else { continue }
            let kind = s.type(h)
            // (the heir's own name and its short form, `the Rail Agency (RA)`, are no one it replaced)
            let heirName = s.mentions[h].mention.canonicalName
            // the clause from the heir to the one replaced states it as done
            let clause = s.slice(s.mentions[h].mention.utf8Range.upperBound, objEnd).lowercased()
            guard RelationModality.isFactual(clause), !RelationModality.isFuture(clause) else { continue }
            let heir = s.mentions[h].index
            let words = String(lower[obj]).lowerWords
            var predecessors: [Int] = []
            if words == ["it"] || words == ["them"] {
                let heirStart = s.mentions[h].mention.utf8Range.lowerBound
                if let k = s.mentions.indices.last(where: { $0 < h && s.type($0) == kind && !RelationReader.isGeneric(s, $0)
                    && s.mentions[$0].index != heir && s.mentions[$0].mention.canonicalName != heirName
                    && !RelationReader.isParty(s.mentions[$0].mention.text) }) {
                    // a clause's subject, with no person between it and the heir
                    guard !(k + 1..<h).contains(where: { s.type($0) == .person }), opensClause(s, k) else { continue }
                    let group = words == ["them"] ? coordinatedBodies(s, endingAt: k, after: false) : [k]
                    guard words == ["it"] || group.count >= 2 else { continue }
                    predecessors = group.map { s.mentions[$0].index }
                } else if !s.mentions.indices.contains(where: { $0 < h && s.isActor($0) }), words == ["it"],
                          s.slice(s.range.lowerBound, heirStart).lowerWords.count <= 4,
                          let a = pronounAntecedent(s, context, before: s.range.lowerBound, atStart: true) {
                    predecessors = [a]
                }
            } else if kind == .organization, let head = words.last, DefiniteDescription.heads.contains(head),
                      let d = context.describedOrganization([head], at: objAt, in: s) {
                predecessors = [d.index]
            }
            for p in predecessors where p != heir && !(s.mentions.contains { $0.index == p && $0.mention.canonicalName == heirName }) {
                out.append(Found(predicate: "successor_of", subject: heir, object: p, offset: verbAt))
            }
        }
        return out
    }

    /// Whether the words between a subject and its verb are only auxiliaries and adverbs
    /// (``objectSuccessionAuxiliaries``), once a bracket (`(RA)`) and an apposition between commas that names no
    /// one (`, based in Leeds,`; at most eight words) are left out.
    static func onlyAuxiliaries(_ gap: String) -> Bool {
        var rest = gap
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") { rest.removeSubrange(open...close) }
        let t = rest.trimming(" ")
        if t.hasPrefix(",") {
            // (`Harbour Care, which runs the Tagging Scheme, took over`: the scheme is no subject)
            guard let close = t.dropFirst().lastIndex(of: ","), t[t.index(after: t.startIndex)..<close].lowerWords.count <= 8 else { return false }
            rest = String(t[t.index(after: close)...])
        }
        return rest.lowerWords.allSatisfy { objectSuccessionAuxiliaries.contains($0) }
    }

    /// Whether the body at position `k` is the subject of a clause: it opens the sentence (after at most a dated
    /// adverbial and a determiner: `In 2010 the`), a clause (after `, and`, `;`, `when`, `until`), or a `which` or
    /// `, which` clause, or a verb, follows it.
    func opensClause(_ s: Sentence, _ k: Int) -> Bool {
        let after = s.after(k, 12).lowercased()
        if after.hasPrefix(", which ") || after.hasPrefix(" which ") || after.hasPrefix(" (") { return true }
        let before = s.slice(s.range.lowerBound, s.mentions[k].mention.utf8Range.lowerBound).lowercased()
        var ws = before.lowerWords
        if ws.last == "the" { ws.removeLast() }
        if ws.isEmpty { return true }
        let trimmed = before.trimming(" ")
        // (`Harbour Care, the Westside Trust and ...`: a name after a comma that follows another is in a list or an
        // apposition, no subject)
        if trimmed.hasSuffix(",") || trimmed.hasSuffix(";") {
            return !(k > 0 && s.isActor(k - 1) && s.between(k - 1, k).lowerWords.allSatisfy { $0 == "the" })
        }
        return ["and", "when", "until", "after", "before", "while", "since"].contains(ws.last ?? "")
            || ws.count <= 3 && ws.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) })
    }
}
