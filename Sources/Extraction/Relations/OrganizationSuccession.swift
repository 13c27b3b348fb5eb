import Foundation

/// Succession between organizations that the pair rules of ``successionRelations`` do not reach on their own:
/// a cue with adverbs inside it, and a hand-over whose words name the class of what was handed over.
extension RelationReader {
    /// Adverbs that may stand inside a succession cue between two organizations without changing it:
    /// `Westside Care was later absorbed entirely into Harbour Care`, `was itself merged into`.
    static let successionAdverbs: Set<String> = ["later", "itself", "subsequently", "eventually", "entirely",
                                                 "fully", "formally", "finally", "effectively", "officially",
                                                 "quietly", "largely", "wholly", "duly", "swiftly", "quickly"]

    /// `words` (lower-case, space-separated) without the adverbs of ``successionAdverbs``.
    static func withoutAdverbs(_ words: String) -> String {
        words.split(separator: " ").filter { !successionAdverbs.contains(String($0)) }.joined(separator: " ")
    }

    /// `Westside Care collapsed in 2019 and its three Care Trusts went to Harbour Care`: the names of what was
    /// handed over (`Care Trusts`, `CRCs`, a class of bodies, not one body) stand between the two organizations,
    /// so the pair rule would pair Westside Care with them. When the organization right after `i` is such a
    /// class name (`j`), the next organization that is not is read as the heir.
    func organizationHandOverPastClass(_ s: Sentence, _ i: Int, _ j: Int) -> [Found] {
        guard s.type(i) == .organization, RelationReader.isGeneric(s, j),
              let heir = (j + 1..<s.mentions.count).first(where: { s.type($0) == .organization }),
              !(j + 1..<heir).contains(where: { s.isActor($0) }), !RelationReader.isGeneric(s, heir) else { return [] }
        // the class name reads as `services`, a noun the hand-over cue knows (`its three ICBs went to`)
        let between = s.between(i, j) + " services " + s.between(j, heir)
        guard between.utf8.count <= 110 else { return [] }
        let t = between.lowercased().trimming(" ,()")
        guard RelationModality.isFactual(t, question: s.isQuestion) else { return [] }
        var words = RelationReader.withoutAdverbs(t.lowerWords.joined(separator: " "))
        if words.hasSuffix(" the") { words = String(words.dropLast(4)) }
        guard words.split(separator: " ").count <= 16,
              RelationReader.handOver.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)) != nil else { return [] }
        return [found("successor_of", s, subject: heir, object: i)]
    }
}
