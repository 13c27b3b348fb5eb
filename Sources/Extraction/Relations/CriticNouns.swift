import Foundation
import HindsightSupport

/// Criticism stated by the noun `critic` rather than a verb: the subject of a copula (or the name an apposition
/// describes) is a critic of what the noun phrase names, after `of` or before it as a possessive.
/// - `The tenants' union has been the loudest critic of Harbour Homes.`
/// - `Ann Reed is one of Eastside Trust's sharpest critics.`
/// - `She has long been among the fiercest critics of the scheme.` (a pronoun's person, a description's body)
/// - `Tom Vale, the council's most persistent critic, spoke first.` (an apposition)
///
/// Nothing is read when the statement is negated, hedged or asked (`is no critic of`, `could become a critic`),
/// when no one is said to be the critic (`Harbour Homes answered its critics`), or when the critic and the
/// target are the same.
extension RelationReader {
    /// Words that may qualify `critic`: `loudest`, `most persistent`, `long-standing`, `fierce`.
    static let criticQualifiers: Set<String> = [
        "most", "more", "fierce", "vocal", "loud", "sharp", "harsh", "persistent", "outspoken", "staunch", "trenchant",
        "consistent", "bitter", "strong", "frequent", "prominent", "constant", "vociferous", "implacable", "keen",
        "fervent", "leading", "chief", "main", "big", "great", "severe", "longstanding", "long-standing", "longtime",
        "long-time", "veteran", "early", "fiercest", "relentless", "tireless", "influential", "public", "noisy",
        "principal", "foremost", "best-known", "well-known", "forthright", "unsparing", "stern", "steady", "regular",
    ]
    /// Copulas that make their subject what the noun phrase says: `has been`, `is`, `became`.
    static let criticCopulas: Set<String> = ["is", "was", "are", "were", "been", "became", "become", "becomes", "remains", "remained", "remain"]
    /// Adverbs that may stand in or after a copula: `has long been`, `is now`, `was once`.
    static let criticAdverbs: Set<String> = ["has", "have", "had", "long", "always", "also", "now", "once", "consistently", "perhaps",
                                             "probably", "arguably", "often", "still", "since", "then", "already", "emerged", "as"]

    func criticNouns(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let text = s.slice(s.range.lowerBound, s.range.upperBound)
        let lower = Array(text.lowercased().utf8)
        guard lower.count == text.utf8.count, ByteSearch.firstOffset(of: Array(" critic".utf8), in: lower) != nil else { return [] }
        // the words of the sentence with their offsets in the passage (punctuation kept on the word)
        var tokens: [(word: String, a: Int, b: Int)] = []
        var start: Int?
        for (k, byte) in lower.enumerated() {
            if byte == 32 || byte == 9 || byte == 10 {
                if let a = start { tokens.append((String(decoding: lower[a..<k], as: UTF8.self), s.range.lowerBound + a, s.range.lowerBound + k)) }
                start = nil
            } else if start == nil { start = k }
        }
        if let a = start { tokens.append((String(decoding: lower[a...], as: UTF8.self), s.range.lowerBound + a, s.range.lowerBound + lower.count)) }
        func bare(_ w: String) -> String { w.trimming(",.;:()\"'\u{201C}\u{201D}") }

        var out: [Found] = []
        for (c, tok) in tokens.enumerated() where c > 0 && ["critic", "critics"].contains(bare(tok.word)) {
            // the target: `critic of Harbour Homes`, `critic of the department`
            var targets: [(index: Int, mention: EntityMention)] = []
            if !tok.word.hasSuffix(","), !tok.word.hasSuffix("."), c + 1 < tokens.count, tokens[c + 1].word == "of" {
                let v = tokens[c + 1].b
                targets = objects(s, after: v).map { s.mentions[$0] }
                if targets.isEmpty, let o = definiteTarget(s, context, after: v + 1) { targets = [o] }
            }
            // back over the qualifiers: `the agency's most persistent`
            var k = c - 1
            while k >= 0, !tokens[k].word.hasSuffix(","), Self.criticQualifiers.contains(tokens[k].word) || tokens[k].word.hasSuffix("est") || tokens[k].word.hasSuffix("ly") {
                k -= 1
            }
            // a possessive target: `Harbour Homes's`, `the agency's`
            if k >= 0, targets.isEmpty, tokens[k].word.hasSuffix("'s") || tokens[k].word.hasSuffix("\u{2019}s") {
                let end = tokens[k].b - (tokens[k].word.hasSuffix("'s") ? 2 : 4)
                if let m = s.mentions.firstIndex(where: { $0.mention.utf8Range.upperBound == end }), s.isActor(m) || s.type(m) == .programme {
                    targets = [s.mentions[m]]
                    k = (tokens.lastIndex { $0.b <= s.mentions[m].mention.utf8Range.lowerBound }) ?? -1
                } else if k >= 1, bare(tokens[k - 1].word) == "the", let o = definiteTarget(s, context, after: tokens[k - 1].a) {
                    targets = [o]
                    k -= 2
                } else { continue }
            } else if k >= 0, ["the", "a", "an"].contains(tokens[k].word) {
                k -= 1
            } else { continue }
            guard !targets.isEmpty else { continue }
            // the critic named after a copula: `the agency's fiercest critic was Tom Vale`
            if let named = criticAfterCopula(s, tokens.map { ($0.word, $0.b) }, after: c, opening: k) {
                for o in targets {
                    for a in named where a.mention.canonicalName != o.mention.canonicalName {
                        out.append(Found(predicate: "criticised", subject: a.index, object: o.index, offset: a.mention.utf8Range.lowerBound))
                    }
                }
                continue
            }
            // `one of the`, `among the`
            if k >= 1, tokens[k].word == "of", tokens[k - 1].word == "one" { k -= 2 } else if k >= 0, tokens[k].word == "among" { k -= 1 }
            guard k >= 0 else { continue }
            // the critic: an apposition's name (`Tom Vale, the council's loudest critic,`), else the copula's subject
            var critics: [(index: Int, mention: EntityMention)] = []
            var clauseFrom = tokens[k].a
            if tokens[k].word.hasSuffix(","), let m = s.mentions.firstIndex(where: { $0.mention.utf8Range.upperBound == tokens[k].b - 1 }), s.isActor(m) {
                critics = [s.mentions[m]]
                clauseFrom = s.mentions[m].mention.utf8Range.lowerBound
            } else {
                // the copula, with its auxiliaries and adverbs: `has long been`, `is now`
                var sawCopula = false
                while k >= 0, !tokens[k].word.hasSuffix(","), Self.criticCopulas.contains(tokens[k].word) || Self.criticAdverbs.contains(tokens[k].word) {
                    if Self.criticCopulas.contains(tokens[k].word) { sawCopula = true }
                    k -= 1
                }
                guard sawCopula else { continue }
                let v = k + 1 < tokens.count ? tokens[k + 1].a : tok.a
                clauseFrom = v
                critics = subjects(s, before: v).map { s.mentions[$0] }
                if critics.isEmpty, let p = unnamedSubject(s, context, before: v) { critics = [p] }
            }
            guard !critics.isEmpty,
                  RelationModality.isFactual(s.slice(clauseStart(s, before: clauseFrom), tok.b), question: s.isQuestion) else { continue }
            for o in targets {
                for a in critics where a.mention.canonicalName != o.mention.canonicalName {
                    let inside = a.mention.utf8Range.lowerBound >= s.range.lowerBound
                    out.append(Found(predicate: "criticised", subject: a.index, object: o.index,
                                     offset: inside ? a.mention.utf8Range.lowerBound : tok.a))
                }
            }
        }
        return out
    }

    /// The critics named after a copula that follows `critic` (the token at `c`): `the agency's fiercest critic was
    /// Tom Vale`, `the scheme's loudest critics have been the Carers Union and Shelter`. The phrase must open its
    /// clause (the token at `opening`, before its determiner, ends a clause or is a lead-in) and the name follow the
    /// copula at once (`the` or a post of at most four words between, `was the Labour MP Tom Vale`); nil otherwise,
    /// and for a denial (`was not Tom Vale`).
    func criticAfterCopula(_ s: Sentence, _ tokens: [(word: String, end: Int)], after c: Int, opening k: Int) -> [(index: Int, mention: EntityMention)]? {
        guard c + 1 < tokens.count, !tokens[c].word.hasSuffix(","), !tokens[c].word.hasSuffix(".") else { return nil }
        var v = c + 1
        if ["has", "have", "had"].contains(tokens[v].word), v + 1 < tokens.count, tokens[v + 1].word == "been" { v += 1 }
        guard ["was", "is", "were", "are", "remains", "remained", "been"].contains(tokens[v].word) else { return nil }
        if k >= 0 {
            let w = tokens[k].word
            guard w.hasSuffix(",") || w.hasSuffix(";") || w.hasSuffix(":") || RelationContext.leadIns.contains(w) || ["that", "and", "but"].contains(w) else { return nil }
        }
        let copulaEnd = tokens[v].end
        // (a party in the post is passed over: `was the Labour MP Ann Reed`)
        guard let m = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= copulaEnd
                  && !RelationReader.isParty(s.mentions[$0].mention.canonicalName) }), s.isActor(m) else { return nil }
        let gap = s.slice(copulaEnd, s.mentions[m].mention.utf8Range.lowerBound)
        let words = gap.lowerWords
        guard !gap.contains(","), words.count <= 4, words.isEmpty || words.first == "the",
              RelationModality.isFactual(gap, question: s.isQuestion) else { return nil }
        // the names listed with it (`the Carers Union and Ann Reed`), not an apposition (`Tom Vale, the Labour MP`)
        var named = [m]
        for k in objects(s, after: s.mentions[m].mention.utf8Range.lowerBound).dropFirst() {
            guard s.isActor(k), !RelationReader.isParty(s.mentions[k].mention.canonicalName), let last = named.last,
                  ["and", "and the", ",", ", and", ", and the"].contains(s.between(last, k).lowercased().trimming(" ")) else { break }
            named.append(k)
        }
        return named.map { s.mentions[$0] }
    }
}
