import Foundation
import HindsightSupport

/// Ownership, operation and take-overs stated with a pronoun for the organization that acts: `Harbour Homes
/// left the city in 2019: it still runs Eastside Estate and Westside Estate.`; `Harbour Homes grew fast. The
/// company later bought Northgate Housing.`; `It took over the contract from Westside Care in 2015.`
///
/// The pronoun (`it`, `the company`, `the firm`, `the group`, `the charity`, `the operator`) stands for the
/// organization the sentence opened with, when it opened with one; at the start of a sentence, for the
/// organization the previous sentence opened with. A sentence or clause that opens with a person, or a
/// negation, a modal or a question, gives no edge.
extension RelationReader {
    /// Pronouns that can stand for an organization as the subject of a clause: `it`, and a definite description
    /// (`the company`, `the trust`; ``DefiniteDescription``'s heads).
    static let organizationPronouns = ["it"] + DefiniteDescription.heads.sorted().map { "the " + $0 }
    /// Each of ``organizationPronouns`` with the space that follows it in a sentence, and the words the sentence
    /// must hold for it to be there (``cueBits(_:)``), made once.
    static let organizationPronounCues = organizationPronouns.map { ($0, $0 + " ", cueBits($0 + " ")) }
    /// Words that may stand between the pronoun and its verb: `it still runs`, `the company later bought`.
    static let pronounAdverbs: Set<String> = ["still", "also", "now", "later", "then", "already", "subsequently",
                                              "eventually", "soon", "quickly", "recently", "itself", "has", "had",
                                              "in", "turn", "currently", "duly", "promptly"]

    /// Words that open an adverbial clause or phrase before a sentence's subject: `Until the powers were devolved,`,
    /// `In 2015,`, `After the collapse,`.
    static let adverbialOpeners: Set<String> = ["until", "when", "after", "before", "since", "in", "on", "from", "during",
                                                "following", "once", "by", "at", "throughout", "for"]

    /// Whether the words before a description are an opening adverbial that ends with a comma (`Until powers were
    /// devolved in 2010, the board was sponsored by ...`): the description is then the subject of the main clause.
    /// (Only a description, resolved by its noun, is read after one: `it` would need the subject before.)
    static func opensWithAdverbial(_ head: String) -> Bool {
        head.hasSuffix(",") && adverbialOpeners.contains(head.lowerWords.first ?? "") && head.lowerWords.count <= 16
            && !head.dropLast().contains(",")
    }

    func pronounOwnership(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let n = s.mentions.count
        guard n > 0, !s.isQuestion else { return [] }
        let lower = s.lower
        var out: [Found] = []
        for (pronoun, cue, words) in RelationReader.organizationPronounCues {
            guard s.mayHold(words) else { continue }   // (most descriptions are not in the sentence: no search)
            var from = lower.startIndex
            while let r = lower.fastRange(of: cue, range: from..<lower.endIndex) {
                from = r.upperBound
                let head = lower[..<r.lowerBound]
                // a clause's start: the sentence's, or after `:`, `;`, `, and`, `and` (`Harbour left: it still runs`)
                let trimmed = head.trimmingCharacters(in: .whitespaces)
                let atStart = trimmed.isEmpty
                let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                guard atStart || trimmed.hasSuffix(":") || trimmed.hasSuffix(";") || trimmed.hasSuffix(", and")
                        || trimmed.hasSuffix(" and") || trimmed.hasSuffix(", but") || trimmed.hasSuffix("—")
                        || (pronoun != "it" && RelationReader.opensWithAdverbial(trimmed)
                            && !s.mentions.indices.contains { s.isActor($0) && s.mentions[$0].mention.utf8Range.upperBound <= at }) else { continue }
                guard let subject = pronounOrDescription(pronoun, s, context, before: at - pronoun.utf8.count - 1, atStart: atStart) else { continue }
                // the first name after the pronoun, with only adverbs and a verb before it
                guard let k = (0..<n).first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= at }) else { continue }
                var core = s.slice(at, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ,")
                guard RelationModality.isFactual(core) else { continue }
                var words = core.lowerWords
                while let w = words.first, RelationReader.pronounAdverbs.contains(w) { words.removeFirst() }
                core = words.joined(separator: " ")
                func starts(_ list: [String]) -> String? { list.first { core.hasPrefix($0 + " ") || core == $0 } }
                if let v = starts(["took over", "takes over", "has taken over", "won", "inherited", "took"]),
                   words.last == "from", words.count <= 8, s.type(k) == .organization {
                    // `It took over the contract from Westside Care`
                    _ = v
                    out.append(Found(predicate: "successor_of", subject: subject, object: s.mentions[k].index,
                                     offset: s.mentions[k].mention.utf8Range.lowerBound))
                    continue
                }
                // `The company itself was bought by Harbour in 2016`, `It is owned by the Council`, `It is a
                // subsidiary of Harbour Group`: a passive or a unit with the pronoun as its subject
                // (`The company was bought in 2021 by the American group Harbour`: a description of the owner may
                // follow `by`)
                if s.type(k) == .organization, words.count <= 8 || (words.count <= 12 && RelationReader.passiveCore(core).fastContains(" by ")) {
                    let passive = RelationReader.passiveCore(core)
                    if passive.hasPrefix("a subsidiary of") {
                        out.append(Found(predicate: "part_of", subject: subject, object: s.mentions[k].index,
                                         offset: s.mentions[k].mention.utf8Range.lowerBound))
                        continue
                    }
                    if RelationReader.passiveOwn.contains(where: { passive == $0 || passive.hasPrefix($0 + " ") }) {
                        out.append(Found(predicate: "owns", subject: s.mentions[k].index, object: subject,
                                         qualifier: words.first == "was" || words.first == "were" ? "former" : nil,
                                         offset: s.mentions[k].mention.utf8Range.lowerBound))
                        continue
                    }
                    if RelationReader.passiveRun.contains(where: { passive == $0 || passive.hasPrefix($0 + " ") }) {
                        out.append(Found(predicate: "operates", subject: s.mentions[k].index, object: subject,
                                         offset: s.mentions[k].mention.utf8Range.lowerBound))
                        continue
                    }
                    if ["is a subsidiary of", "is part of", "is now part of", "became part of", "is a division of",
                        "is an arm of", "is a unit of", "is now a subsidiary of"].contains(core) || core.hasSuffix(" the") && ["is a subsidiary of the", "is part of the", "became part of the"].contains(core) {
                        out.append(Found(predicate: "part_of", subject: subject, object: s.mentions[k].index,
                                         offset: s.mentions[k].mention.utf8Range.lowerBound))
                        continue
                    }
                }
                if s.type(k) == .organization, words.count <= 10, s.mentions[k].index != subject {
                    let range = NSRange(core.startIndex..., in: core)
                    let offset = s.mentions[k].mention.utf8Range.lowerBound
                    // `it completed its takeover of Eastside Care`
                    if RelationReader.takeoverOf.firstMatch(in: core, range: range) != nil,
                       !words.contains(where: { RelationReader.unmadeTakeover.contains($0) }) {
                        out.append(Found(predicate: "owns", subject: subject, object: s.mentions[k].index, offset: offset))
                        continue
                    }
                    // `It is an executive agency of the Ministry`, `it sat inside the department`
                    if RelationReader.unitOf.firstMatch(in: core, range: range) != nil
                        || ["sat inside", "sits inside", "sat within", "sits within", "sat inside the", "sits inside the",
                            "sat within the", "sits within the"].contains(core) {
                        out.append(Found(predicate: "part_of", subject: subject, object: s.mentions[k].index, offset: offset))
                        continue
                    }
                    // `It is a public body sponsored and funded by the Ministry`
                    // (`it is funded partly by the Ministry and partly by the Lottery`: every funder named; `The charity
                    // was funded partly by the council and partly by the Lottery Fund`: the named one after a description)
                    if RelationReader.fundedBy.firstMatch(in: core, range: range) != nil
                        || RelationReader.fundedInParts.firstMatch(in: core, range: range) != nil {
                        for f in [k] + RelationReader.furtherFunders(s, after: k) where s.mentions[f].index != subject {
                            out.append(Found(predicate: "funds", subject: s.mentions[f].index, object: subject,
                                             offset: s.mentions[f].mention.utf8Range.lowerBound))
                        }
                        continue
                    }
                }
                guard let v = starts(RelationReader.ownVerbs) ?? starts(RelationReader.runVerbs),
                      String(core.dropFirst(v.count)).lowerWords.count <= 4, isObject(s, k),
                      // (`It took over the work of Westside` is a succession, read with the successors)
                      !String(core.dropFirst(v.count)).lowerWords.contains(where: { RelationReader.workNouns.contains($0) }),
                      !["from", "by", "for", "with"].contains(words.last ?? "") else { continue }
                let predicate = RelationReader.ownVerbs.contains(v) ? "owns" : "operates"
                let wasPast = ["ran", "operated", "managed", "owned", "delivered", "provided", "oversaw", "supervised"].contains(v)
                var j = k
                while j < n {
                    if j > k {
                        let gap = s.between(j - 1, j).lowercased().trimming(" ")
                        guard ["", ",", "and", ", and", "including", ", including", "such as", ", such as", "as well as", "&"].contains(gap) else { break }
                    }
                    guard isObject(s, j), s.mentions[j].index != subject, j == k || !RelationReader.startsClause(s, j) else { break }
                    out.append(Found(predicate: predicate, subject: subject, object: s.mentions[j].index,
                                     qualifier: wasPast ? "former" : nil, offset: s.mentions[j].mention.utf8Range.lowerBound))
                    j += 1
                }
            }
        }
        return out
    }

    /// The organization a pronoun at UTF-8 offset `at` stands for: within the sentence, its first name when that
    /// is an organization and no person is named before the pronoun; at the sentence's start, the first person or
    /// organization of the previous sentence when that is an organization (not a party).
    func pronounAntecedent(_ s: Sentence, _ context: RelationContext, before at: Int, atStart: Bool) -> Int? {
        if !atStart {
            let earlier = (0..<s.mentions.count).filter { s.mentions[$0].mention.utf8Range.upperBound <= at && s.isActor($0) }
            guard let first = earlier.first, s.type(first) == .organization,
                  !earlier.contains(where: { s.type($0) == .person }),
                  !RelationReader.isParty(s.mentions[first].mention.text), !RelationReader.isGeneric(s, first) else { return nil }
            return s.mentions[first].index
        }
        // (a sentence before that itself opens with `It` or `They` has that pronoun, not its first name, as subject:
        // `It took over the work of Westside. It is funded by the Ministry.`)
        let opener = Sentence.slice(s.text, context.previousSentenceStart, min(s.range.lowerBound, context.previousSentenceStart + 12)).lowerWords.first
        guard !["it", "they", "its", "their"].contains(opener ?? ""),
              let first = context.before.first(where: {
            $0.mention.utf8Range.lowerBound >= context.previousSentenceStart && ($0.mention.type == .person || $0.mention.type == .organization)
        }), first.mention.type == .organization, !RelationReader.isParty(first.mention.text),
              !(first.mention.text.lowerWords.allSatisfy { RelationReader.holdingNouns.contains($0) }) else { return nil }
        return first.index
    }

    /// The organization `it` or a description (`the company`) at UTF-8 offset `at` stands for: the subject the
    /// sentence or the previous one opened with (``pronounAntecedent``), when a description's noun fits it
    /// (``DefiniteDescription/fits(_:names:)``: `the trust` after `Harbour Trust`, `the company` after `Tolvan
    /// plc`); else the body ``DefiniteDescription`` resolves the noun to.
    func pronounOrDescription(_ pronoun: String, _ s: Sentence, _ context: RelationContext, before at: Int, atStart: Bool) -> Int? {
        let subject = pronounAntecedent(s, context, before: at, atStart: atStart)
        guard pronoun != "it" else { return subject }
        let head = String(pronoun.dropFirst(4))
        if let subject, let m = (s.mentions.first { $0.index == subject } ?? context.before.first { $0.index == subject }),
           DefiniteDescription.fits(head, names: [m.mention.canonicalName, m.mention.text], loose: true) {
            return subject
        }
        return context.definite([head], before: at, in: s)
    }
}
