import Foundation
import HindsightSupport

/// A chain of holders told in one passive: `She was succeeded by Tom Vale and then by Sam Cole`; `The first
/// warden was replaced by Ann Reed, later by her deputy, Jo Hart`; `He was followed by Ann Reed and after her by
/// Tom Vale, the last director`. The first newcomer is the passive's own (another reader gives it its
/// `successor_of`); each newcomer joined after it by `then by`, `later by`, `after him by` (a word of order before
/// `by`) succeeds the one named before it (`successor_of`), who thereby hands the post on along the chain
/// (``RoleInheritance``).
///
/// The chain is read only after a passive of succession (`replaced`, `succeeded`, `followed` with `by` before the
/// first newcomer, with at most a short description of him: `by her deputy, Ann Reed`), factual (not `would be
/// replaced by`), and only with a word of order: `was replaced by Ann Reed and by Tom Vale` (a pair, not an
/// order) gives nothing, nor does a list of anything else (`The talk was followed by questions from Ann Reed and
/// then by Tom Vale`: no passive right before the first name). `followed` counts only where the sentence, or the
/// one before, speaks of a post or of leaving one (``postOrLeavingWords``), or opens with `he` or `she`.
extension RelationReader {
    /// The passive of succession right before the first newcomer: `was replaced in 2004 by`, `succeeded by her
    /// deputy,`.
    static let chainHead = try! NSRegularExpression(pattern:
        #"\b(replaced|succeeded|followed)\b([^;.:,]{0,60}?)\sby\s+(?:(?:his|her|its|the)\s+[a-z][a-z' -]{0,40},\s+)?$"#)
    /// The words joining the next newcomer to the one before: `and then by`, `, later by`, `and after him by`,
    /// after an optional apposition of the one before (`Ann Reed, the finance director, and then by`).
    static let chainLink = try! NSRegularExpression(pattern:
        #"^(?:,[^,;.:]{1,60})?,?\s+(?:and\s+)?(?:then|later|subsequently|afterwards|in turn|after (?:him|her))\s+by\s+(?:(?:his|her|its|the)\s+[a-z][a-z' -]{0,40},\s+)?$"#)

    func chainedSuccessors(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " by "), s.mayHold(cue: " then ") || s.mayHold(cue: " later ") || s.mayHold(cue: " after ")
                || s.mayHold(cue: " subsequently ") || s.mayHold(cue: " afterwards ") || s.mayHold(cue: " turn ") else { return [] }
        let people = s.mentions.indices.filter { s.type($0) == .person }
        guard people.count >= 2 else { return [] }
        var out: [Found] = []
        // the first newcomer of the chain being read, and its passive's verb
        var linked: Set<Int> = []
        for (n, k) in people.enumerated() where n > 0 {
            let a = people[n - 1]
            let between = Sentence.plainSpaces(s.between(a, k)).lowercased()
            let bn = between as NSString
            guard RelationReader.chainLink.firstMatch(in: between, range: NSRange(location: 0, length: bn.length)) != nil else { continue }
            // the one before is itself a newcomer: of the passive right before it, or of a link already read
            if !linked.contains(a) {
                let head = s.before(a, 140).lowercased()
                let hn = head as NSString
                guard let m = RelationReader.chainHead.firstMatch(in: head, range: NSRange(location: 0, length: hn.length)) else { continue }
                let verb = hn.substring(with: m.range(at: 1))
                let middle = hn.substring(with: m.range(at: 2))
                let lead = hn.substring(to: m.range.location)
                guard RelationModality.isFactual(lead + " " + verb + middle), !RelationModality.isFuture(lead + " " + verb + middle),
                      middle.lowerWords.count <= 8 else { continue }
                // no person between the verb and the first newcomer (`replaced the views of Ann Reed by ...`)
                let verbAt = s.mentions[a].mention.utf8Range.lowerBound - head.utf8.count + lead.utf8.count
                guard !people.contains(where: { $0 != a && s.mentions[$0].mention.utf8Range.lowerBound > verbAt
                    && s.mentions[$0].mention.utf8Range.lowerBound < s.mentions[a].mention.utf8Range.lowerBound }) else { continue }
                if verb == "followed" {
                    let said = Sentence.slice(s.lower, 0, verbAt - s.range.lowerBound).lowerWords
                    let before = Sentence.slice(s.text, min(context.previousSentenceStart, s.range.lowerBound), s.range.lowerBound).lowerWords
                    guard said.contains(where: { RelationReader.postOrLeavingWords.contains($0) }) || ["he", "she"].contains(said.first ?? "")
                            || before.contains(where: { RelationReader.postOrLeavingWords.contains($0) }) else { continue }
                }
            }
            guard s.mentions[a].mention.canonicalName != s.mentions[k].mention.canonicalName else { continue }
            linked.insert(k)
            out.append(found("successor_of", s, subject: k, object: a))
        }
        return out
    }
}
