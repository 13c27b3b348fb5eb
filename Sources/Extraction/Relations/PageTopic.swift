import Foundation
import HindsightSupport

/// The body a whole page is about, for a post inside one organization that no sentence nearby places: a page
/// about Kelby Water that opens `Kelby Water was sold in 1990 ...`, names the company a dozen times and, many
/// paragraphs on, after a paragraph about the regulator, says `In 1996 the chief executive, Ann Reed, took a pay
/// rise.` means Kelby Water's chief executive, not the regulator's.
///
/// The page's topic is the body that both opens the passage (the first body it names, within its first
/// ``openingReach`` bytes: a title or a first sentence) and is named more often before the point than any other,
/// at least ``minimumCount`` times and ``margin`` times as often as the next; a party or a department of state is
/// never one. When either fails (the page opens on one body and goes on about another, or two bodies share it),
/// there is no topic and no edge.
///
/// Why: the fallbacks before it read the sentence and the paragraph (the body named before the person, the clause
/// subject before, the body opening the paragraph, the discourse topic); on pages that tell a body's history
/// paragraph by paragraph, a post in a paragraph about something else (`The pig.`, a list of holders) was either
/// left without a body or placed at the body of the paragraph before.
extension RelationContext {
    /// How far into the passage (UTF-8 bytes) its first body must be named to open it.
    static let openingReach = 400
    /// How often the page's topic must be named before the point, and how many times as often as the next body.
    static let minimumCount = 3, margin = 2.0

    /// The body the page is about at UTF-8 offset `offset` of sentence `s` (see the extension's overview), or nil.
    func pageTopic(before offset: Int, in s: RelationReader.Sentence) -> (index: Int, mention: EntityMention)? {
        let named = before + s.mentions.filter { $0.mention.utf8Range.upperBound <= offset }.map { ($0.index, $0.mention) }
        let bodies = named.filter { $0.mention.type == .organization && !RelationReader.isPartyMention($0.mention) }
        guard !bodies.isEmpty else { return nil }
        var count: [String: Int] = [:]
        for b in bodies where !RelationReader.isDepartment(b.mention.canonicalName) { count[b.mention.canonicalName.lowercased(), default: 0] += 1 }
        guard let (key, n) = count.max(by: { $0.value < $1.value }), n >= Self.minimumCount,
              !count.contains(where: { $0.key != key && Double($0.value) * Self.margin > Double(n) }) else { return nil }
        return bodies.last { $0.mention.canonicalName.lowercased() == key }
    }
}
