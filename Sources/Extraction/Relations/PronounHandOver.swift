import Foundation
import HindsightSupport

/// A body's work handed over in the sentence after the one that names the body, `its` standing for it: `The
/// Westside Care Board was wound up in 2010. Its duties went to Northgate Care.`; `The decision to close the
/// Milk Board was taken in 1993. On vesting day its trading role passed to Kelby Dairies, a co-operative.` The
/// body taking the work (each of a coordinated list: `went to Northgate Care and Eastfield Care`) succeeds the
/// one `its` stands for (`successor_of`).
///
/// The hand-over is the one ``RelationReader/handsOver(_:)`` reads (`its work passed to`, `its functions were
/// transferred to`; not `its budget went to`, `most of its staff moved to`); `its` must come before any person
/// or body the sentence names (a body named before it is read in the sentence itself), and it stands for the
/// first name of the previous sentence when that is a body (``pronounAntecedent(_:_:before:atStart:)``; a person
/// there gives nothing here). A hand-over negated, planned or asked gives nothing.
extension RelationReader {
    func pronounHandOver(_ s: Sentence, _ context: RelationContext) -> [Found] {
        let lower = s.lower
        guard !s.isQuestion, lower.fastContains("its ") else { return [] }
        let base = s.range.lowerBound
        for j in s.mentions.indices where s.type(j) == .organization && !RelationReader.isGeneric(s, j) {
            let at = s.mentions[j].mention.utf8Range.lowerBound
            // no person or body before the heir
            guard !(0..<j).contains(where: { s.isActor($0) }) else { return [] }
            var lead = Sentence.slice(lower, 0, at - base).trimming(" ")
            if lead.hasSuffix(",") { lead = String(lead.dropLast()) }
            let words = RelationReader.withoutAdverbs(lead.lowerWords.joined(separator: " "))
            guard words.split(separator: " ").count <= 16, RelationReader.handsOver(words),
                  RelationModality.isFactual(lead, question: false), !RelationModality.isFuture(lead),
                  let r = lower.fastRange(of: "its ") else { return [] }
            let itsAt = base + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            guard let old = pronounAntecedent(s, context, before: itsAt, atStart: true) else { return [] }
            // the heirs: this body and those coordinated after it
            var heirs = [j]
            while let last = heirs.last, last + 1 < s.mentions.count, s.type(last + 1) == .organization, !RelationReader.isGeneric(s, last + 1),
                  ["and", "and the", ", and", ", and the"].contains(s.between(last, last + 1).lowercased().trimming(" ")) {
                heirs.append(last + 1)
            }
            return heirs.filter { s.mentions[$0].index != old }.map {
                Found(predicate: "successor_of", subject: s.mentions[$0].index, object: old, offset: s.mentions[$0].mention.utf8Range.lowerBound)
            }
        }
        return []
    }
}
