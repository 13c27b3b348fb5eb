import Foundation
import HindsightSupport

/// Ownership, operation, units, partnerships and funding stated of a body the sentence names by `it` or by a
/// description (`the agency`, `the company`) instead of its name: `Harbour Water Ltd was set up in 2019. The company
/// is a public body, wholly owned by the Ministry and funded by it.`; `Since then it has been sponsored by the
/// Department of Health.`; `The Ministry continues to fund the agency.`
///
/// The mechanism is one of the whole family, not a rule of its own: each such reference is resolved through the
/// shared ``RelationContext`` (`it` at a clause's start: ``RelationContext/organization(at:in:)``; a description:
/// ``RelationContext/describedOrganization(_:at:in:orTopic:)``; `by it`: the body named just before in the
/// sentence), then put in the sentence as a stand-in name for the body it refers to, and the ownership, unit and
/// funding readers (``ownershipRelations(_:)``, ``ownerDescriptions(_:_:)``, ``operatorClauses(_:)``) read the
/// sentence again. Only what they read with a stand-in as a party is kept, and only of these predicates. A
/// reference the context cannot resolve (two bodies of the kind, or none) stands for nothing.
extension RelationReader {
    /// The predicates read with a stand-in.
    /// (`partner_of` is not: `it runs the line alongside Kestrel` names a partner only by the rule's design for
    /// names, and a stand-in adds no evidence for it.)
    static let referredPredicates: Set<String> = ["owns", "operates", "part_of", "funds"]
    /// Mention indices given to the stand-ins (above any document's mentions), mapped back to the body they stand
    /// for before the relations leave the reader.
    static let standInBase = Int.max / 4
    /// Words after which `it` opens a clause of its own (its subject): `, and it`, `; it`, `when it`.
    static let clauseOpeners: Set<String> = ["and", "but", "so", "when", "after", "until", "since", "because", "though",
                                             "although", "while", "once", "where", "then", "yet"]
    /// Adjectives a description may hold before its noun even when the adjective is itself a kind noun: `the new agency`.
    static let descriptionAdjectives: Set<String> = ["new", "old", "former", "same", "original"]
    /// Words that are no modifier of a description's noun (`the other trust`, `the first company` stand for another
    /// body than the one named before).
    static let nonModifiers: Set<String> = ["other", "another", "first", "second", "third", "next", "last", "previous", "rival",
                                            "parent", "local", "private", "each", "only", "two", "three", "four", "five"]

    func referredOrganizationRelations(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, !s.mentions.isEmpty, s.utf8.count > 0 else { return [] }
        let stands = standIns(s, context)
        guard !stands.isEmpty else { return [] }
        var mentions = s.mentions
        var possessive = Set<Int>()
        for (n, r) in stands.enumerated() {
            // the stand-in is written `It`: the readers that read a name's own words (a unit named after its parent,
            // a class of bodies, a holding noun: `took the company to court`) find nothing in it
            let m = EntityMention(text: "It", utf8Range: r.range, type: .organization,
                                  canonicalName: r.target.mention.canonicalName, knowledgeID: r.target.mention.knowledgeID,
                                  cue: r.target.mention.cue)
            mentions.append((RelationReader.standInBase + n, m))
            let next = Sentence.slice(s.text, r.range.upperBound, min(s.range.upperBound, r.range.upperBound + 3))
            if next.hasPrefix("s ") || next.hasPrefix("'s") || next.hasPrefix("\u{2019}s") { possessive.insert(RelationReader.standInBase + n) }
        }
        let withStandIns = Sentence(text: s.text, range: s.range, mentions: mentions)
        let read = ownershipRelations(withStandIns) + ownerDescriptions(withStandIns, context) + operatorClauses(withStandIns)
        var out: [Found] = []
        for var f in read where RelationReader.referredPredicates.contains(f.predicate) {
            let subjectStand = f.subject >= RelationReader.standInBase
            let objectStand = (f.object ?? 0) >= RelationReader.standInBase
            guard subjectStand || objectStand else { continue }
            // (a possessive stand-in, `its`, `the office's`, gives only the money the body is given: `the office's
            // Hadley Centre` says no more of which is whose than a name's possessive does, and that reading is the
            // name's)
            if possessive.contains(f.subject) || possessive.contains(f.object ?? -1), f.predicate != "funds" { continue }
            if subjectStand { f.subject = stands[f.subject - RelationReader.standInBase].target.index }
            if objectStand, let o = f.object { f.object = stands[o - RelationReader.standInBase].target.index }
            guard f.object != f.subject else { continue }
            out.append(f)
        }
        return out
    }

    /// Verbs of funding after which `it` is what is funded.
    static let fundingVerbsBeforeIt: Set<String> = ["funds", "funded", "fund", "sponsors", "sponsored", "sponsor", "finances", "financed", "finance"]

    /// The body that funds `it` at `offset` in a relative clause right after the body's name: `the Ministry, which
    /// still funds it`, `the Lottery, which has sponsored it since 1997`, `the Treasury, which continues to fund it`
    /// (the relative pronoun, up to three adverbs or auxiliaries, the verb, then `it`). Nil otherwise.
    static func relativeFunder(_ s: Sentence, before offset: Int) -> (index: Int, mention: EntityMention)? {
        guard let m = s.mentions.last(where: { $0.mention.utf8Range.upperBound <= offset }), m.mention.type == .organization else { return nil }
        let gap = Sentence.slice(s.text, m.mention.utf8Range.upperBound, offset).lowercased()
        guard gap.hasPrefix(", which ") || gap.hasPrefix(", that ") || gap.hasPrefix(" (which ") else { return nil }
        var words = Array(gap.lowerWords.dropFirst())
        guard let verb = words.popLast(), fundingVerbsBeforeIt.contains(verb), words.count <= 3,
              words.allSatisfy({ ["still", "also", "now", "has", "had", "have", "always", "continues", "continued", "to", "largely", "mainly", "jointly", "directly"].contains($0) }),
              RelationModality.isFactual(gap, question: s.isQuestion), !RelationModality.isFuture(gap) else { return nil }
        return m
    }

    /// The references to a body in `s` that the context resolves, with the body each stands for: `it` opening a
    /// clause, `by it`, and `the` + a kind noun (`the agency`, `the new company`), none inside a name.
    private func standIns(_ s: Sentence, _ context: RelationContext)
        -> [(range: Range<Int>, target: (index: Int, mention: EntityMention))] {
        var out: [(range: Range<Int>, target: (index: Int, mention: EntityMention))] = []
        let bytes = s.lowerBytes
        let base = s.range.lowerBound
        func insideName(_ r: Range<Int>) -> Bool {
            s.mentions.contains { $0.mention.utf8Range.overlaps(r) }
        }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80 || (b >= 0x30 && b <= 0x39) }
        func usable(_ m: (index: Int, mention: EntityMention)) -> Bool {
            m.mention.type == .organization && !RelationReader.isParty(m.mention.text) && !RelationReader.isClassName(m.mention.text)
        }
        var k = 0
        while k < bytes.count {
            // a word start
            guard k == 0 || !isLetter(bytes[k - 1]) && bytes[k - 1] != 0x27 else { k += 1; continue }
            // `its`: the stand-in covers `it`, and the readers that read a possessive after it see `s`
            // (only the money a body is given reads it: ``moneyFrom``)
            if k + 4 <= bytes.count, bytes[k] == 0x69, bytes[k + 1] == 0x74, bytes[k + 2] == 0x73, bytes[k + 3] == 0x20 {
                let range = (base + k)..<(base + k + 2)
                if !insideName(range), s.mayHold(cue: " grant ") || s.mayHold(cue: " funding ") || s.mayHold(cue: " grants ")
                    || s.mayHold(cue: " money ") || s.mayHold(cue: " subsidy ") || s.mayHold(cue: " income "),
                   let m = context.organization(at: base + k, in: s), usable(m) {
                    out.append((range, m))
                }
                k += 3
                continue
            }
            // `it`
            if k + 2 <= bytes.count, bytes[k] == 0x69, bytes[k + 1] == 0x74,
               k + 2 == bytes.count || [0x20, 0x2E, 0x2C, 0x3B, 0x3A].contains(bytes[k + 2]) {
                let range = (base + k)..<(base + k + 2)
                let lead = s.slice(s.range.lowerBound, base + k).lowercased()
                let words = lead.lowerWords
                let trimmed = lead.trimming(" ")
                if !insideName(range) {
                    if let funder = RelationReader.relativeFunder(s, before: base + k), let m = context.organization(at: base + k, in: s),
                       usable(m), m.mention.canonicalName != funder.mention.canonicalName {
                        // `the Ministry, which still funds it`: what the body named before the relative clause funds
                        out.append((range, m))
                    } else if words.last == "by" {
                        // `owned by the Ministry and funded by it`: the body named just before
                        if let m = s.mentions.last(where: { $0.mention.utf8Range.upperBound <= base + k && $0.mention.type == .organization }),
                           usable(m), Sentence.slice(s.text, m.mention.utf8Range.upperBound, base + k).lowerWords.count <= 6 {
                            out.append((range, m))
                        }
                    } else if trimmed.isEmpty || trimmed.hasSuffix(",") || trimmed.hasSuffix(";") || trimmed.hasSuffix(":")
                                || RelationReader.clauseOpeners.contains(words.last ?? "")
                                || words.allSatisfy(RelationContext.isLeadIn) {
                        // (no name between the clause's start and `it`: it is the clause's subject)
                        // (the resolver alone: the passage's topic as a fallback, when it leaves `it` open, gave as many
                        // wrong bodies as right ones on the regression sets)
                        var rm = context.organization(at: base + k, in: s)
                        // (inside a sentence that names a body before `it`, `it` is one of the bodies it names:
                        // `Westside Care was renamed Eastside Care, although it remains ...` is not about the sentence before)
                        let earlier = s.mentions.filter { $0.mention.utf8Range.upperBound <= base + k && $0.mention.type == .organization }
                        if let r = rm, !earlier.isEmpty, !earlier.contains(where: { $0.mention.canonicalName == r.mention.canonicalName }) { rm = nil }
                        if let m = rm, usable(m) { out.append((range, m)) }
                    }
                }
                k += 2
                continue
            }
            // `the agency`, `the new company`
            if k + 4 < bytes.count, bytes[k] == 0x74, bytes[k + 1] == 0x68, bytes[k + 2] == 0x65, bytes[k + 3] == 0x20 {
                var p = k + 4
                func word(at q: Int) -> (String, Int) {
                    var e = q
                    while e < bytes.count, bytes[e] >= 0x61 && bytes[e] <= 0x7A { e += 1 }
                    return (String(decoding: bytes[q..<e], as: UTF8.self), e)
                }
                var (w, e) = word(at: p)
                // one modifier before the noun, written in lower case (`the new agency`, `the combined authority`;
                // `the Home Office` unrecognised is a name, no description)
                if !DefiniteDescription.heads.contains(w) || RelationReader.descriptionAdjectives.contains(w), e < bytes.count, bytes[e] == 0x20,
                   !w.isEmpty, !RelationReader.nonModifiers.contains(w),
                   let first = Sentence.slice(s.text, base + p, base + p + 1).first, first.isLowercase {
                    let (w2, e2) = word(at: e + 1)
                    if DefiniteDescription.heads.contains(w2) {
                        p = e + 1
                        (w, e) = (w2, e2)
                    }
                }
                let ends = e == bytes.count || !isLetter(bytes[e]) && bytes[e] != 0x2D
                let range = (base + k)..<(base + e)
                if ends, DefiniteDescription.heads.contains(w), !DefiniteDescription.plainHeads.contains(w), !insideName(range) {
                    let after = Sentence.slice(s.text, base + e, min(s.range.upperBound, base + e + 6)).lowercased()
                    // (`the board of Harbour`: a part of a body; `the charity Eastside Care`: the name follows)
                    let named = s.mentions.contains { $0.mention.utf8Range.lowerBound >= base + e && $0.mention.utf8Range.lowerBound <= base + e + 1 }
                    // (`DfT Operator, the company owned by`: a description in apposition to the name before is that
                    // name's, read by the apposition rules)
                    let lead = Sentence.slice(s.text, max(s.range.lowerBound, base + k - 3), base + k)
                    let apposed = lead.hasSuffix(", ") && s.mentions.contains { $0.mention.utf8Range.upperBound == base + k - 2
                        || Sentence.slice(s.text, $0.mention.utf8Range.upperBound, base + k).hasPrefix(" (") && Sentence.slice(s.text, $0.mention.utf8Range.upperBound, base + k).lowerWords.count <= 1 }
                    if !after.hasPrefix(" of "), !after.hasPrefix(" for "), !named, !apposed,
                       let m = context.describedOrganization([w], at: base + k, in: s), usable(m) {
                        out.append((range, m))
                    }
                }
                k = e
                continue
            }
            k += 1
        }
        return out
    }
}
