import Foundation
import HindsightSupport

/// A post handed over at the end of a term: `Ann Reed ran the trust as acting chair until Tom Vale took over in
/// May` → Tom Vale succeeded Ann Reed.
extension RelationReader {
    /// Verbs that, right after the newcomer (an apposition may stand between), say they took the post.
    static let takingOver = ["took over", "takes over", "replaced", "succeeded", "was appointed", "arrived", "took charge",
                             "stepped in", "took up the post", "was named", "joined"]

    /// `Ann Reed covered as interim chief inspector until Tom Vale, previously at Westside Care, took over in
    /// March`: the person who held the post before `until` (the last named before it, in the same clause) is
    /// succeeded by the one named after it, when that one's verb is a taking over.
    func untilTakeOver(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .person && j > 0 {
            let lead = s.before(j, 12).lowercased()
            guard lead.hasSuffix("until ") || lead.hasSuffix("till ") else { continue }
            // the newcomer's verb, after an apposition between commas
            var rest = Substring(s.after(j, 160))
            if rest.hasPrefix(","), let close = rest.dropFirst().firstIndex(of: ",") { rest = rest[rest.index(after: close)...] }
            let words = rest.lowerWords.prefix(4).joined(separator: " ")
            guard RelationReader.takingOver.contains(where: { words.hasPrefix($0) }) else { continue }
            // the one who held it: the last person before `until`, with no clause break between
            guard let i = s.mentions.indices.last(where: { $0 < j && s.type($0) == .person }),
                  s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            let between = s.between(i, j)
            guard between.lowerWords.count <= 16, !between.contains(";"), !between.fastContains(". "),
                  RelationModality.isFactual(between, question: s.isQuestion) else { continue }
            // `Ann Reed and Sam Cole ran it until ...`: everyone named together
            var group = [i]
            while let first = group.first, first > 0, s.type(first - 1) == .person,
                  ["and", ",", ", and", "&"].contains(s.between(first - 1, first).trimming(" ")) { group.insert(first - 1, at: 0) }
            for k in group { out.append(found("successor_of", s, subject: j, object: k)) }
        }
        return out + replacedAtTheEnd(s)
    }

    /// `Ann Reed resigned in March over the cuts and was replaced by Tom Vale`: the passive at the end of a longer
    /// clause whose subject is the one replaced (no other person or organization between).
    func replacedAtTheEnd(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .person && j > 0 {
            let lead = s.before(j, 40).lowercased()
            guard [" and was replaced by ", " and was succeeded by ", ", and was replaced by ", ", and was succeeded by ",
                   " and has been replaced by ", " and has since been replaced by "].contains(where: { lead.hasSuffix($0) }),
                  var i = s.mentions.indices.last(where: { $0 < j && s.isActor($0) }) else { continue }
            // `Ann Reed, the Green leader of Westside Council, resigned and was replaced by Tom Vale`: bodies inside an
            // apposition right after the subject are no subject of their own
            if s.type(i) != .person, let p = s.mentions.indices.last(where: { $0 < i && s.type($0) == .person }),
               !(p + 1..<j).contains(where: { s.type($0) == .person }) {
                let gap = s.between(p, j)
                if gap.hasPrefix(","), let close = gap.dropFirst().firstIndex(of: ","),
                   !(p + 1..<j).contains(where: { s.mentions[$0].mention.utf8Range.lowerBound > s.mentions[p].mention.utf8Range.upperBound + gap.utf8.distance(from: gap.startIndex, to: close) }) {
                    i = p
                }
            }
            guard s.type(i) == .person else { continue }
            let between = s.between(i, j)
            guard between.lowerWords.count <= 22, !between.contains(";"), RelationModality.isFactual(between, question: s.isQuestion),
                  s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            out.append(found("successor_of", s, subject: j, object: i))
        }
        return out
    }
}
