import Foundation
import HindsightSupport

/// What the sentences just before a sentence name, for the relations a sentence states about names it does not
/// repeat: the person a pronoun stands for (`Tom Vale led the trust for six years. Ann Reed replaced him in
/// May.`) and the organization a post belongs to when the sentence names none (`It has been a hard year for
/// Harbour Homes. Its chair, Ann Reed, quit in May; Tom Vale, the chief executive, stays.`).
///
/// Only the same passage counts (a comment never reaches back into the post), and only the previous sentence
/// (for a pronoun) or the few sentences of the same paragraph (for an organization).
struct RelationContext {
    /// Mentions before the sentence in its passage, nearest last.
    let before: [(index: Int, mention: EntityMention)]
    /// The UTF-8 offset where the previous sentence starts.
    let previousSentenceStart: Int
    /// The UTF-8 offset where the sentence's paragraph starts.
    let paragraphStart: Int

    init(text: String, sentence: Range<Int>, mentions ms: [Int], all: [LocatedMention]) {
        let first = ms.min() ?? 0
        let post = all[first].post, passage = all[first].passage
        var found: [(index: Int, mention: EntityMention)] = []
        var k = first - 1
        while k >= 0, first - k <= 120, all[k].post == post {
            if all[k].passage == passage, all[k].mention.utf8Range.upperBound <= sentence.lowerBound {
                found.append((k, all[k].mention))
            }
            k -= 1
        }
        before = found.sorted { $0.mention.utf8Range.lowerBound < $1.mention.utf8Range.lowerBound }
        // The previous sentence: back from this one's start to the end of the one before it, within a window (a
        // long line of text is read in linear time).
        let u = text.utf8
        let lo = max(0, sentence.lowerBound - 1200)
        let bytes = Array(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: sentence.lowerBound)])
        var start = bytes.count - 1
        while start > 0, [32, 10, 9].contains(bytes[start]) { start -= 1 }   // spaces before this sentence
        var p = max(0, start)
        while p > 0 {
            let c = bytes[p - 1]
            if (c == 46 || c == 63 || c == 33) && p < bytes.count && [32, 10].contains(bytes[p]) && p < start { break }
            if c == 10 && p >= 2 && bytes[p - 2] == 10 { break }
            p -= 1
        }
        previousSentenceStart = lo + p
        var q = bytes.count
        while q > 1, !(bytes[q - 1] == 10 && bytes[q - 2] == 10) { q -= 1 }
        paragraphStart = lo + (q <= 1 ? 0 : q)
    }

    /// The person a pronoun stands for: the first person named in the last clause of the previous sentence that
    /// names one (its subject, mostly: `Tom Vale left, and Ann Reed took over` → Ann Reed), of the pronoun's sex
    /// when the name tells it (`male`: `he`, `him`, `his`).
    func previousSubject(text: String, male: Bool? = nil) -> (index: Int, mention: EntityMention)? {
        let people = before.filter { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= previousSentenceStart
            && (male == nil || GivenNames.isMale($0.mention.canonicalName + " " + $0.mention.text) != !male!) }
        guard let first = people.first else { return nil }
        // the last `, and` or `;` before a later person starts a new clause with its own subject
        var best = first
        for p in people.dropFirst() {
            let gap = RelationReader.Sentence.slice(text, best.mention.utf8Range.upperBound, p.mention.utf8Range.lowerBound)
            if gap.fastContains(", and ") || gap.fastContains("; ") || gap.fastContains(", but ") { best = p }
        }
        return best
    }

    /// The first organization of the previous sentence, in this paragraph or the one before (`its`, opening a
    /// paragraph, is mostly the organization the last one ended on).
    var previousSentenceOrganization: (index: Int, mention: EntityMention)? {
        before.first { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= previousSentenceStart && !RelationReader.isParty($0.mention.text) }
    }

    /// The first organization of the paragraph before the sentence (a party is no employer): what the paragraph
    /// is about, for `has chaired the board`.
    var paragraphFirstOrganization: (index: Int, mention: EntityMention)? {
        before.first { m in
            m.mention.type == .organization && m.mention.utf8Range.lowerBound >= paragraphStart && !RelationReader.isParty(m.mention.text)
        }
    }

    /// The organization the previous sentence is about, for a post with none named: its first organization, in
    /// the same paragraph (a party is no employer).
    var paragraphOrganization: (index: Int, mention: EntityMention)? {
        before.first { m in
            m.mention.type == .organization && m.mention.utf8Range.lowerBound >= max(paragraphStart, previousSentenceStart)
                && !RelationReader.isParty(m.mention.text)
        } ?? paragraphTopic
    }

    /// The organization that opens the paragraph, its topic (`Harbour Homes told the council it would close. Its
    /// tenants were not told. The chief executive, Ann Reed, says ...`): named within its first few bytes.
    var paragraphTopic: (index: Int, mention: EntityMention)? {
        guard let m = paragraphFirstOrganization, m.mention.utf8Range.lowerBound - paragraphStart <= 6 else { return nil }
        return m
    }

    /// The organization a definite description (`the trust`, [`trust`]) at UTF-8 offset `offset` of sentence `s`
    /// stands for: ``DefiniteDescription`` over the organizations named before it in the sentence and its
    /// passage (a party is no body of these kinds).
    func definite(_ words: [String], before offset: Int, in s: RelationReader.Sentence) -> Int? {
        let named = s.mentions.filter { $0.mention.utf8Range.upperBound <= offset } + before
        let candidates = named.filter { $0.mention.type == .organization && !RelationReader.isParty($0.mention.text) }.map {
            DefiniteDescription.Candidate(id: $0.index, names: [$0.mention.canonicalName, $0.mention.text],
                                          distance: offset - $0.mention.utf8Range.upperBound)
        }
        return DefiniteDescription.resolve(words, among: candidates)
    }
}
