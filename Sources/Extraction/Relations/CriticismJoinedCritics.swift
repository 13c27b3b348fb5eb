import Foundation
import HindsightSupport

/// Critics who join an attack the clause before them makes, in the same sentence: `The Cyclists' Alliance
/// fought the bypass for years, and the Ramblers joined in`; `the charity gathered signatures against the
/// closure, and it was joined by the Carers Union and by Age Concern`; `Unison struck against the plan, and
/// the GMB followed suit`. Each joining critic criticises the targets of the first clause. Only a join that
/// is stated (`did not join in`, `refused to follow suit`, `may be joined by` give nothing), and only right
/// after the first clause (no `;` or `but` between, within a short reach of its verb).
extension RelationReader {
    /// What a critic named right before says to join the attack: `the Ramblers joined in`, `the GMB followed
    /// suit`.
    static let joiningCues = [" joined in", " followed suit", " did likewise", " did the same", " joined the criticism",
                              " joined the protests", " joined the protest", " joined the campaign", " joined the attack",
                              " joined the opposition", " joined the chorus"]
    /// The passive of a join, whose agents are the joining critics: `it was joined by the Carers Union`.
    static let joinedByCues = [", and it was joined by ", " and it was joined by ", ", and they were joined by ",
                               " and they were joined by ", ", and was joined by ", " and was joined by "]

    /// The critics who join the attack whose verb (or target) ends at UTF-8 offset `v` (see the type's note).
    func joinedCritics(_ s: Sentence, after v: Int) -> [Int] {
        let reach = s.slice(v, min(s.range.upperBound, v + 160))
        let lower = reach.lowercased()
        var out: [Int] = []
        /// Whether the stretch from `v` to a cue leaves the first clause's attack standing.
        func open(_ upTo: String.Index) -> Bool {
            let before = lower[..<upTo]
            return !before.contains(";") && !before.contains(". ") && !before.contains(" but ")
                && !String(before).lowerWords.contains(where: RelationModality.negations.contains)
        }
        // `..., and it was joined by the Carers Union and by Age Concern`
        if let r = Self.joinedByCues.compactMap({ lower.fastRange(of: $0) }).first, open(r.lowerBound) {
            var at = v + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            var names = objects(s, after: at).filter { s.isActor($0) }
            // `and by Age Concern`, `and by local campaigns such as Save Our Fields`
            while let last = names.last, let next = s.mentions.indices.first(where: { $0 > last }), s.isActor(next) {
                let gap = s.between(last, next).lowercased().trimming(" ").lowerWords
                guard gap.count >= 2, gap[0] == "and", gap[1] == "by",
                      gap.count == 2 || gap.last == "the" && gap.count == 3 || Array(gap.suffix(2)) == ["such", "as"] && gap.count <= 6 else { break }
                at = s.mentions[next].mention.utf8Range.lowerBound
                names += objects(s, after: at).filter { s.isActor($0) }
            }
            out += names
        }
        // `..., and the Ramblers joined in`: the names right before the cue, after `and`
        for cue in Self.joiningCues {
            guard let r = lower.fastRange(of: cue), open(r.lowerBound) else { continue }
            // (`joined in` closes its clause, or the attack's noun follows it: not `joined in the talks`)
            if cue == " joined in" {
                let next = lower[r.upperBound...].lowerWords.prefix(2)
                let after = lower[r.upperBound...].first
                guard after.map({ ".,;".contains($0) }) ?? true || ["too", "soon", "later", "quickly", "at", "from", "with", "in"].contains(next.first ?? "")
                    || next.first == "the" && ["criticism", "attack", "attacks", "protests", "protest", "campaign", "opposition", "condemnation", "chorus", "calls"].contains(next.dropFirst().first ?? "") else { continue }
            }
            let cueAt = v + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            // the last name before the cue, with only adverbs between (`the RAC soon joined in`)
            guard let k = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueAt }), s.isActor(k),
                  s.mentions[k].mention.utf8Range.lowerBound >= v,
                  s.slice(s.mentions[k].mention.utf8Range.upperBound, cueAt).lowerWords.allSatisfy({ ["too", "soon", "quickly", "later", "also", "promptly", "duly", "then"].contains($0) })
            else { continue }
            // opened by `and` (a list of names may stand before it: `and the RAC and the GMB joined in`)
            var first = k
            while first > 0, s.isActor(first - 1), s.mentions[first - 1].mention.utf8Range.lowerBound >= v,
                  ["and", "and the", ",", ", the"].contains(s.between(first - 1, first).lowercased().trimming(" ")) { first -= 1 }
            let lead = s.slice(v, s.mentions[first].mention.utf8Range.lowerBound).lowercased()
            let leadWords = lead.lowerWords
            guard let and = leadWords.lastIndex(of: "and"), leadWords[(and + 1)...].allSatisfy({ ["the", "then", "soon"].contains($0) }) else { continue }
            out += Array(first...k).filter { s.isActor($0) }
        }
        return out
    }
}

/// A critic who echoes the criticism of the sentence before, in the same paragraph: `Tom Vale, the union's
/// leader, attacked Harbour Care over the closures. Ann Reed made much the same point.`; `The Carers Union
/// condemned the Care Plan. The GMB followed suit.` The echoing critic (named as the subject of the echo)
/// criticises every target the sentence before criticises (read by ``criticismRelations(_:_:all:)``); a sentence
/// before without criticism (`Tom Vale praised the trust. Ann Reed made the same point.`), an echo denied or
/// hedged (`did not make the same point`, `may say the same`) and a question give nothing.
extension RelationReader {
    /// The words of an echo, after its subject.
    static let echoCues = [" made the same point", " made much the same point", " made a similar point", " made the same complaint",
                           " made much the same complaint", " made a similar complaint", " made the same criticism",
                           " said much the same", " said the same", " saying the same", " saying much the same", " says the same",
                           " says much the same", " joined in", " followed suit", " did the same", " echoed the criticism",
                           " echoed that criticism", " echoed those criticisms", " joined the criticism"]

    /// A word every one of ``echoCues`` holds.
    static let echoCueWords = ["same", "similar", "suit", "joined", "echoed"]

    func echoedCriticism(_ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        guard !s.isQuestion, !s.mentions.isEmpty else { return [] }
        let lower = s.lower
        // (every echo cue holds one of these words: a cheap test before the twenty searches)
        guard Self.echoCueWords.contains(where: { lower.fastContains($0) }),
              let r = Self.echoCues.compactMap({ lower.fastRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return [] }
        let cueAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
        guard RelationModality.isFactual(s.slice(s.range.lowerBound, cueAt + lower.utf8.distance(from: r.lowerBound, to: r.upperBound))) else { return [] }
        // the echo's subject, opening the sentence's clause (not a name in the clause after `and`: `..., and
        // Ann Reed joined in` is read by ``joinedCritics(_:after:)``)
        let critics = subjects(s, before: cueAt + 1)
        guard !critics.isEmpty, clauseStart(s, before: cueAt) == s.range.lowerBound else { return [] }
        // the sentence before, in the same paragraph
        let prevStart = context.previousSentenceStart
        guard prevStart < s.range.lowerBound, prevStart >= context.paragraphStart else { return [] }
        let prevMentions = context.before.filter { $0.mention.utf8Range.lowerBound >= prevStart }
        guard !prevMentions.isEmpty else { return [] }
        let prev = Sentence(text: s.text, range: prevStart..<s.range.lowerBound, mentions: prevMentions)
        let prevContext = RelationContext(text: s.text, sentence: prev.range, mentions: prevMentions.map(\.index), all: all)
        let targets = Set(criticismRelations(prev, prevContext, all: all).filter { $0.predicate == "criticised" }.compactMap(\.object))
        var out: [Found] = []
        for c in critics {
            let name = s.mentions[c].mention.canonicalName
            for o in targets.sorted() where all[o].mention.canonicalName != name {
                out.append(Found(predicate: "criticised", subject: s.mentions[c].index, object: o, offset: s.mentions[c].mention.utf8Range.lowerBound))
            }
        }
        return out
    }
}
