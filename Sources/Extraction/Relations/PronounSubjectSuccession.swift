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
                if let m = RelationReader.trailingDate.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
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
