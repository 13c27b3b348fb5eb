import Foundation
import HindsightSupport

/// The body a whole page is about, for a post inside one organization that no sentence nearby places: a page
/// about Kelby Water that opens `Kelby Water was sold in 1990 ...`, names the company a dozen times and, many
/// paragraphs on, after a paragraph about the regulator, says `In 1996 the chief executive, Ann Reed, took a pay
/// rise.` means Kelby Water's chief executive, not the regulator's.
///
/// The page's topic is the body named more often before the point than any other: at least ``minimumCount``
/// times, and ``margin`` times as often as the next (a party or a department of state is not counted). When two
/// bodies are named about as often, there is no topic and no edge. It is asked last: for a post inside one
/// organization (``RelationReader/isOrganizationPost(_:)``) that no body named before the person, no `its`, no
/// clause subject nearby and no paragraph places (an apposition, `Ann Reed, the chief executive,`; a post as the
/// subject, `The chief executive at the time was Ann Reed`), and for a one-word description (`the airline`) that
/// no body of its kind named nearby explains, when its noun fits the topic.
///
/// Why (measured on the development sets, with and without `Entities/`): a post in a paragraph about something
/// else (`The pay row came next.`, a list of holders) was left as a role alone or dropped. Counting from two
/// mentions placed posts at bodies the page had moved on from (a chairman at the agency a company replaced); at
/// half as often again as the next body (not twice) it placed posts at a supplier named three times beside two.
/// Asking that the topic also be the first body the page names placed fewer right posts (the first body is often
/// one named in passing: the hospital a company built). At three mentions and twice as often: six more right
/// posts, two wrong (a BBC Trust chairman at the BBC).
extension RelationContext {
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
