import Foundation
import HindsightSupport

/// Membership of a board the sentence does not name, and of a body that brings others together.
/// - `Ann Reed, a lawyer who sat on the board, held the fort`; `Tom Vale also resigned from the board`; `Sam Cole
///   was named to its board`; `Ann Reed resigned from the board of the new regulator`: the person is a member of
///   the body the board is of: the one `its` stands for, the one the page calls by the noun after `of the`, or
///   (`the board` alone) the body the passage is about (``RelationContext/topic(at:in:)``). None found, no edge.
/// - `Ann Reed set up the Food Task Force, bringing together supermarkets including Harbour Foods and Eastside
///   Stores`; `The Care Alliance brings together Harbour Trust and the Carers Union`: each body listed after the cue
///   is a member of the one before it.
///
/// Negated, hedged and planned statements give nothing (`was never on the board`, `hopes to join its board`).
extension RelationReader {
    /// The verbs (with their preposition) that put someone on a board or take them off it, and whether the
    /// membership they state is past.
    static let boardCues: [(cue: String, former: Bool)] = [
        (" sat on the board", true), (" sits on the board", false), (" served on the board", true), (" serves on the board", false),
        (" resigned from the board", true), (" stepped down from the board", true), (" appointed to the board", false),
        (" named to the board", false), (" elected to the board", false), (" joined the board", false), (" left the board", true),
        (" sat on its board", true), (" sits on its board", false), (" served on its board", true), (" serves on its board", false),
        (" resigned from its board", true), (" stepped down from its board", true), (" appointed to its board", false),
        (" named to its board", false), (" elected to its board", false), (" joined its board", false), (" left its board", true),
    ]
    /// Words that may stand between the person and the cue's verb: `was`, `also`, `later`, `had`.
    static let boardGapWords: Set<String> = ["was", "is", "were", "has", "had", "have", "been", "also", "later", "then", "once", "briefly",
                                             "previously", "subsequently", "eventually", "himself", "herself", "too", "who", "already", "since"]

    func boardMemberships(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard s.mayHold(cue: " board") || s.mayHold(cue: " board ") else { return [] }
        let lower = s.lower
        var out: [Found] = []
        for (cue, former) in Self.boardCues where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let end = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            // the board's body: `of` and a name is read by the other rules; `of the regulator`, `its`, or the passage's topic
            let next = s.slice(end, min(s.range.upperBound, end + 60))
            var body: Int?
            let nw = next.lowerWords
            if nw.first == "of" {
                guard nw.dropFirst().first == "the", let noun = nw.dropFirst(2).prefix(3).first(where: { DefiniteDescription.heads.contains($0) }),
                      !s.mentions.contains(where: { $0.mention.utf8Range.lowerBound >= end && $0.mention.utf8Range.lowerBound < end + 30 }),
                      let m = context.topic(describedAs: noun, at: at, in: s) else { continue }
                body = m.index
            } else if next.first.map({ $0.isLetter || $0 == "'" || $0 == "\u{2019}" }) ?? false {
                continue   // `the boardroom`, `the board's`
            } else if cue.hasSuffix("its board") {
                body = context.organization(at: at, in: s)?.index
            } else {
                body = context.topic(at: at, in: s)?.index
            }
            guard let b = body else { continue }
            // the person: the nearest before the cue, with only auxiliaries (or an apposition and `who`) between
            guard let p = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at && s.isActor($0) }),
                  s.type(p) == .person, s.mentions[p].index != b else { continue }
            let gapText = s.slice(s.mentions[p].mention.utf8Range.upperBound, at)
            var gap = gapText.lowerWords
            if gapText.hasPrefix(","), let who = gap.lastIndex(of: "who"), who <= 10 {
                gap = Array(gap[who...])
            } else if gapText.contains(",") { continue }
            guard gap.allSatisfy({ Self.boardGapWords.contains($0) }),
                  RelationModality.isFactual(gapText, question: s.isQuestion) else { continue }
            out.append(Found(predicate: "member_of", subject: s.mentions[p].index, object: b, qualifier: former ? "former" : nil,
                             offset: s.mentions[p].mention.utf8Range.lowerBound))
        }
        out += bodiesBroughtTogether(s)
        return out
    }

    /// `X, bringing together A and B`, `X, which brings together A, B and C`, `X brings together A and B`, with
    /// `including`/`such as` after a class of bodies (`bringing together supermarkets including A and B`).
    func bodiesBroughtTogether(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = s.lower
        for cue in [", bringing together ", ", which brings together ", ", which brought together ", ", which now brings together ",
                    " brings together ", " brought together "] where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            var v = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            guard let b = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at }), s.type(b) == .organization,
                  s.slice(s.mentions[b].mention.utf8Range.upperBound, at).trimming(" ").isEmpty,
                  RelationModality.isFactual(s.slice(s.range.lowerBound, v), question: s.isQuestion) else { continue }
            // a class of bodies before the names: `supermarkets and food businesses including`
            if let first = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= v }) {
                let lead = s.slice(v, s.mentions[first].mention.utf8Range.lowerBound)
                for marker in [" including ", " such as ", " among them "] {
                    if let m = lead.range(of: marker), lead[..<m.lowerBound].lowerWords.count <= 6,
                       lead[..<m.lowerBound] == lead[..<m.lowerBound].lowercased() {
                        v += lead.utf8.distance(from: lead.startIndex, to: m.upperBound)
                        break
                    }
                }
            }
            for m in listedBodies(s, after: v) where m != b {
                out.append(Found(predicate: "member_of", subject: s.mentions[m].index, object: s.mentions[b].index,
                                 offset: s.mentions[m].mention.utf8Range.lowerBound))
            }
        }
        return out
    }

    /// The bodies listed from UTF-8 offset `v` (`Harbour Foods, Eastside Stores and Marsh's`): the first name after
    /// it, with only articles before, then each name joined by a comma or `and` (a possessive `'s` ending a name
    /// kept with it; a place in the list passed over, with no edge).
    func listedBodies(_ s: Sentence, after v: Int) -> [Int] {
        guard var k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= v }),
              s.slice(v, s.mentions[k].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ ["the", "a", "an"].contains($0) }) else { return [] }
        var out: [Int] = []
        while true {
            if s.type(k) == .organization { out.append(k) } else if s.type(k) != .place { break }
            guard k + 1 < s.mentions.count else { break }
            var g = s.between(k, k + 1).lowercased().replacingPresent("\u{2019}", with: "'")
            if g.hasPrefix("'s") { g.removeFirst(2) }
            guard [",", "and", ", and", "and the", ", the", ", and the"].contains(g.trimming(" ")) else { break }
            k += 1
        }
        return out
    }
}
