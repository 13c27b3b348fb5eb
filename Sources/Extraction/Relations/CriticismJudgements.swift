import Foundation
import HindsightSupport

/// Criticism stated as a judgement on a name rather than by a verb of attack: `the Harbour Homes fiasco`,
/// `the reckless Eastside scheme`, `the council's botched rollout`, `the problems caused by the Tenancy Act`,
/// `Eastside Trust is failing`, `inspectors rated Northgate Care Trust as 'inadequate'`.
///
/// A judgement criticises only when someone makes it, so the critic must be found:
/// - the speaker of the sentence (`Ann Reed said the problem with the reckless Eastside scheme ...`;
///   `According to Ann Reed, ...`), or
/// - the voice of a quotation the passage introduces (`Ann Reed, the union's leader, said:` then a paragraph
///   opening with a quotation mark), or
/// - the person who signs the passage (a reader's comment or quoted letter ending with a line that is only a
///   name, perhaps followed by a line for the role or organization).
/// With no critic, a judgement (the blogger's own, unsigned) gives no edge. Negated, questioned and hedged
/// judgements (`is not a disaster`, `could be a fiasco`) give none either (``RelationModality``); praise never
/// matches, since only words of condemnation are cues.
extension RelationReader {
    /// Adjectives of condemnation that, right before a name or its possessive's noun, judge it:
    /// `the reckless Eastside scheme`, `the council's botched rollout`.
    static let condemningAdjectives: Set<String> = [
        "reckless", "misguided", "disastrous", "ridiculous", "shambolic", "botched", "flawed", "failed", "failing",
        "woeful", "incompetent", "appalling", "shameful", "disgraceful", "ill-conceived", "ill-fated", "discredited",
        "calamitous", "catastrophic", "useless", "dreadful", "awful", "hopeless", "inept", "hapless", "dysfunctional",
        "chaotic", "scandalous", "abject", "negligent", "irresponsible", "dangerous", "damaging", "cruel",
        "heartless", "toxic", "unfit", "ludicrous", "absurd", "pointless", "wasteful", "doomed", "sham", "broken",
    ]
    /// Nouns of condemnation that, right after a name, judge it: `the Eastside fiasco`, `the TA mess`.
    static let condemningNouns: Set<String> = [
        "mess", "fiasco", "shambles", "debacle", "disaster", "farce", "omnishambles", "scandal", "failure",
        "failures", "failings", "chaos", "folly", "catastrophe", "calamity", "nightmare", "car-crash",
    ]
    /// Nouns of condemnation followed by what they judge: `the embarrassment of the Tenancy Act`, `the problem
    /// with Harbour Homes`, `the damage caused by the cuts`.
    static let condemningHeads: [String] = [
        "embarrassment of", "failures of", "failings of", "fiasco of", "shambles of", "folly of", "mess of",
        "debacle of", "disaster of", "scandal of", "mistakes of", "problem with", "problems with", "trouble with",
        "problems caused by", "problem caused by", "damage caused by", "damage done by", "harm caused by",
        "chaos caused by", "mess created by", "mess made by", "failures by", "failings by", "failures at",
        "failings at", "concerned about", "concerns about", "concern about", "worried about",
    ]
    /// ``condemningHeads`` each with its form followed by `the` (`problem with the`), made once.
    static let condemningHeadsThe: [(String, String)] = condemningHeads.map { ($0, $0 + " the") }
    /// Copulas after a name that a judgement may follow (`Eastside Trust is failing`, `... remains a mess`).
    static let judgementCopulas: Set<String> = ["is", "are", "was", "were", "been", "remains", "remain", "became", "looks", "seems", "proved"]
    /// Words between such a copula and the judgement (`is utterly failing`, `is nothing short of a disaster`).
    static let judgementIntensifiers: Set<String> = [
        "a", "an", "utterly", "deeply", "very", "so", "totally", "completely", "frankly", "systematically", "persistently",
        "seriously", "badly", "grossly", "truly", "fundamentally", "irredeemably", "little", "more", "than", "just",
        "quite", "extremely", "wholly", "simply", "nothing", "short", "of", "both",
    ]
    /// Words that, after a copula, judge the name before it: `Eastside Trust is failing`, `the plans announced by
    /// the minister are concerning`.
    static let condemningPredicates: Set<String> = [
        "failing", "failure", "flawed", "inadequate", "shambles", "disaster", "disastrous", "reckless", "chaotic",
        "unacceptable", "incompetent", "broken", "mess", "fiasco", "scandal", "scandalous", "woeful", "dire",
        "shameful", "appalling", "botched", "misguided", "concerning", "worrying", "damaging", "dangerous",
        "unsafe", "unfit", "dysfunctional", "farce", "ill-conceived", "unworkable", "deplorable", "disgraceful", "dishonest",
    ]
    /// Ratings an inspectorate gives that are verdicts of failure.
    static let failingRatings = ["inadequate", "requires improvement", "requiring improvement", "poor",
                                 "unsatisfactory", "failing", "weak", "special measures"]

    /// Judgements on the names of a sentence, each with its critic.
    func criticismJudgements(_ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        let n = s.mentions.count
        let target = { (k: Int) -> Bool in s.isActor(k) || s.type(k) == .programme }
        var critic: (index: Int, offset: Int)?? = .none   // found once, when first needed
        for k in 0..<n where target(k) {
            guard let cueAt = judgement(s, k) else { continue }
            // the speaker in the sentence first, then the quotation's voice or the passage's signature
            if let a = speaker(s, before: min(cueAt, s.mentions[k].mention.utf8Range.lowerBound), excluding: k) {
                if s.mentions[a].mention.canonicalName != s.mentions[k].mention.canonicalName {
                    out.append(found("criticised", s, subject: a, object: k))
                }
                // in a quotation, its voice makes the judgement too (`Ann Reed said: "The union warned of the
                // council's reckless plan."`)
                if let v = quotationVoice(s, context), all[v.index].mention.canonicalName != s.mentions[k].mention.canonicalName {
                    out.append(Found(predicate: "criticised", subject: v.index, object: s.mentions[k].index,
                                     offset: s.mentions[k].mention.utf8Range.lowerBound))
                }
                continue
            }
            // `The inquiry found that Harbour Homes Ltd had been dishonest`: the organization the words stand for
            if let d = definiteSpeaker(s, context, before: min(cueAt, s.mentions[k].mention.utf8Range.lowerBound)) {
                if d.mention.canonicalName != s.mentions[k].mention.canonicalName {
                    out.append(Found(predicate: "criticised", subject: d.index, object: s.mentions[k].index,
                                     offset: s.mentions[k].mention.utf8Range.lowerBound))
                }
                continue
            }
            if critic == nil { critic = .some(quotationVoice(s, context) ?? signature(s, all: all)) }
            guard let c = critic!, all[c.index].mention.canonicalName != s.mentions[k].mention.canonicalName else { continue }
            out.append(Found(predicate: "criticised", subject: c.index, object: s.mentions[k].index,
                             offset: s.mentions[k].mention.utf8Range.lowerBound))
        }
        // `we rated it as 'inadequate'`: the organization the sentence before is about, by the voice or signer
        out += ratedIt(s, context, all: all)
        out += namingVerdicts(s, context)
        return out
    }

    /// Where the judgement on mention `k` stands (a UTF-8 offset), or nil when none is made.
    func judgement(_ s: Sentence, _ k: Int) -> Int? {
        let m = s.mentions[k].mention.utf8Range
        let before = s.before(k, 60)
        let lead = before.lowerWords
        let afterText = s.after(k, 80)
        let next = (k + 1 < s.mentions.count) ? s.mentions[k + 1].mention.utf8Range.lowerBound : s.range.upperBound
        let tail = s.slice(m.upperBound, min(next, m.upperBound + 80)).lowerWords
        // `the reckless Eastside scheme`, `ridiculous Harbour Homes`
        if let last = lead.last, Self.condemningAdjectives.contains(last), !before.hasSuffix("\n") { return m.lowerBound }
        // `the embarrassment of the Tenancy Act`, `the problems caused by Harbour Homes`
        let leadText = lead.suffix(4).joined(separator: " ")
        for (h, ht) in Self.condemningHeadsThe where leadText.hasSuffix(h) || leadText.hasSuffix(ht) { return m.lowerBound }
        // `the council's botched rollout`, `the Tories' reckless sell-off`
        let t = afterText.replacingPresent("\u{2019}", with: "'")
        if t.hasPrefix("'s ") || t.hasPrefix("' ") {
            let words = t.lowerWords.filter { $0 != "s" }.prefix(3)
            if let w = words.first(where: { Self.condemningAdjectives.contains($0) }), words.firstIndex(of: w)! <= 1
                || (words.count >= 2 && Self.condemningAdjectives.contains(words[words.startIndex + 1])) {
                return m.upperBound
            }
        }
        // `the Eastside fiasco`, `the TA mess`
        if let w = tail.first, Self.condemningNouns.contains(w) { return m.upperBound }
        // `Eastside Trust is failing`; `... are concerning`; `has been rated 'inadequate'`
        let copulas = Self.judgementCopulas
        if let c = tail.prefix(3).firstIndex(where: { copulas.contains($0) }), tail[..<c].allSatisfy({ ["has", "have", "had", "now", "still"].contains($0) }) {
            let rest = Array(tail[(c + 1)...].prefix(5))
            let intensifiers = Self.judgementIntensifiers
            var i = 0
            while i < rest.count, intensifiers.contains(rest[i]) { i += 1 }
            if i < rest.count, Self.condemningPredicates.contains(rest[i]) { return m.upperBound }
            // `was rated 'inadequate'`
            if rest.first == "rated" || (rest.first == "again" && rest.dropFirst().first == "rated") {
                let r = rest.drop { $0 != "rated" }.dropFirst().drop { $0 == "as" }.joined(separator: " ")
                if Self.failingRatings.contains(where: { r.hasPrefix($0) }) { return m.upperBound }
            }
        }
        // `our inspection of Eastside Trust ... rated as 'inadequate'`: an inspection's failing verdict in the sentence
        if let w = lead.suffix(4).lastIndex(where: { ["inspection", "inspections", "report", "reports", "review"].contains($0) }),
           lead.suffix(from: w).dropFirst().allSatisfy({ ["of", "for", "into", "on", "at", "results", "the"].contains($0) }),
           lead.suffix(from: w).count >= 2 {
            let sentence = s.lower
            if let r = ["inadequate", "requires improvement", "requiring improvement", "special measures"].first(where: { sentence.contains($0) }),
               RelationModality.isFactual(sentence.components(separatedBy: r)[0].lowerWords.suffix(4).joined(separator: " ")) {
                return m.lowerBound
            }
        }
        // `rated Eastside Trust as 'inadequate'`, `rated Eastside Trust inadequate`
        if lead.last == "rated" {
            let r = tail.drop { $0 == "as" }.joined(separator: " ")
            if Self.failingRatings.contains(where: { r.hasPrefix($0) }) { return m.lowerBound }
        }
        return nil
    }

    /// The speaker of the sentence before offset `v`: the subject of the last saying verb there (`Ann Reed, the
    /// union's leader, said ...`; `the union and its members warned ...`), or the name after `According to`.
    func speaker(_ s: Sentence, before v: Int, excluding k: Int) -> Int? {
        let head = s.slice(s.range.lowerBound, v)
        let lower = head.lowercased()
        // `According to Ann Reed, ...`
        if let r = lower.fastRange(of: "according to ") {
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            if let a = s.mentions.indices.first(where: { s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= at
                && s.mentions[$0].mention.utf8Range.lowerBound <= at + 12 }), a != k,
               s.mentions[a].mention.utf8Range.upperBound <= v, RelationModality.isFactual(s.slice(s.mentions[a].mention.utf8Range.upperBound, v)) {
                return a
            }
        }
        // the last saying verb before the judgement
        let bytes = Array(lower.utf8)
        var best: Int?
        for verb in Self.sayingVerbs {
            let p = Array((" " + verb + " ").utf8)
            var from = 0
            while let at = ByteSearch.firstOffset(of: p, in: bytes, from: from) {
                best = max(best ?? at, at)
                from = at + p.count
            }
        }
        guard let at = best else { return nil }
        let verbAt = s.range.lowerBound + at + 1
        let clause = s.slice(verbAt, v)
        guard RelationModality.isFactual(clause) else { return nil }
        if let a = subjects(s, before: verbAt).first, a != k { return a }
        // `Ann Reed and other campaigners warned ...`: the sentence's first name, opening it, with no verb between
        guard let a = s.mentions.indices.first(where: { s.isActor($0) }), a != k,
              s.mentions[a].mention.utf8Range.upperBound <= verbAt else { return nil }
        let lead = s.before(a, 40).lowerWords
        let gap = s.slice(s.mentions[a].mention.utf8Range.upperBound, verbAt).lowerWords
        guard lead.allSatisfy({ ["the", "as", "and", "but"].contains($0) }), gap.count <= 8,
              !gap.contains(where: { $0.hasSuffix("ed") || ["is", "are", "was", "were", "who", "which", "that"].contains($0) }),
              !s.mentions.indices.contains(where: { $0 > a && s.isActor($0) && s.mentions[$0].mention.utf8Range.upperBound <= verbAt })
        else { return nil }
        return a
    }

    /// `The inquiry found that ...`, `The committee said ...` opening the sentence: the organization named
    /// before in the passage with that word in its name (`Eastside Housing Inquiry`), when only one is.
    func definiteSpeaker(_ s: Sentence, _ context: RelationContext, before v: Int) -> (index: Int, mention: EntityMention)? {
        let head = s.slice(s.range.lowerBound, v).lowerWords
        guard head.count >= 3, head[0] == "the", let verb = head.firstIndex(where: { Self.sayingVerbs.contains($0) }),
              verb == 2 || verb == 3, Self.organizationHeads.contains(head[verb - 1]),
              RelationModality.isFactual(head[verb...].joined(separator: " ")) else { return nil }
        let noun = head[verb - 1]
        // (an inquiry or a commission may have been read as a programme)
        let pick = context.before.filter { [.organization, .programme].contains($0.mention.type) && $0.mention.canonicalName.lowerWords.contains(noun)
            && $0.mention.utf8Range.lowerBound >= s.range.lowerBound - 1500 }
        guard let last = pick.last, Set(pick.map(\.mention.canonicalName)).count == 1 else { return nil }
        return last
    }

    /// The voice of a quotation paragraph: the sentence's line opens with a quotation mark, and the paragraphs
    /// back to one ending in `:` after a saying verb (`Ann Reed, the union's leader, said:`) are quotation too.
    /// Returns the first person of that introducing line (else its first organization).
    func quotationVoice(_ s: Sentence, _ context: RelationContext) -> (index: Int, offset: Int)? {
        let u = Array(s.utf8)
        func lineStart(_ p: Int) -> Int { var i = p; while i > 0, u[i - 1] != 10 { i -= 1 }; return i }
        func opensQuote(_ a: Int) -> Bool {
            var i = a
            while i < u.count, u[i] == 32 || u[i] == 9 { i += 1 }
            return i < u.count && (u[i] == 0x22 || (i + 2 < u.count && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x9C))
        }
        var start = lineStart(min(s.range.lowerBound, u.count))
        guard opensQuote(start) else { return nil }
        // back over the quotation's paragraphs (and blank lines) to the line that introduces it
        var steps = 0
        while start > 0, steps < 12 {
            steps += 1
            let prevEnd = start - 1
            let prevStart = lineStart(prevEnd)
            let line = Sentence.slice(s.text, prevStart, prevEnd).trimming(" \t")
            start = prevStart
            if line.isEmpty || opensQuote(prevStart) { continue }
            guard line.hasSuffix(":") || line.hasSuffix(":-") else { return nil }
            guard line.lowerWords.contains(where: { Self.sayingVerbs.contains($0) || NameLexicon.speechVerbs.contains($0) }) else { return nil }
            let inLine = context.before.filter { $0.mention.utf8Range.lowerBound >= prevStart && $0.mention.utf8Range.upperBound <= prevEnd }
            if let p = inLine.first(where: { $0.mention.type == .person }) ?? inLine.first(where: { $0.mention.type == .organization }) {
                return (p.index, p.mention.utf8Range.lowerBound)
            }
            return nil
        }
        return nil
    }

    /// The person who signs the sentence's passage: a line after the sentence that is only a person's name
    /// (`Ann Reed`, `- Ann Reed`), either among the passage's last three lines (links such as `Reply` left out)
    /// with at most two short lines after it, or followed by a short title-case line naming a role or an
    /// organization (`Chief Inspector of Care`), as a letter or statement quoted with its sign-off ends.
    func signature(_ s: Sentence, all: [LocatedMention]) -> (index: Int, offset: Int)? {
        guard let first = s.mentions.first?.index, let last = s.mentions.last?.index else { return nil }
        let post = all[first].post, passage = all[first].passage
        var lines: [(range: Range<Int>, text: String)] = []
        var offset = 0
        for l in s.text.lineSlices() {
            let n = l.utf8.count
            // (only the lines after the sentence are trimmed and kept)
            if offset >= s.range.upperBound {
                let t = l.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty, !["Delete", "Reply", "ReplyDelete", "Replies"].contains(t) {
                    lines.append((offset..<(offset + n), t))
                }
            }
            offset += n + 1
        }
        // the people named after the sentence in its passage, by position
        var people: [Int] = []
        var i = last + 1
        while i < all.count, all[i].post == post, all[i].passage == passage {
            if all[i].mention.type == .person { people.append(i) }
            i += 1
        }
        guard !people.isEmpty else { return nil }
        func isRoleLine(_ t: String) -> Bool {
            let words = t.split(separator: " ")
            guard !words.isEmpty, words.count <= 8, !t.hasSuffix("."), !t.hasSuffix("?"), !t.hasSuffix(":") else { return false }
            let capital = words.filter { $0.first?.isUppercase ?? false }.count
            return capital * 3 >= words.count * 2 && words.first?.first?.isUppercase == true
        }
        for (j, line) in lines.enumerated() {
            let bare = line.text.trimming(" '\"-\u{2013}\u{2014}~*\u{2018}\u{2019}.,")
            guard !bare.isEmpty, bare.lowerWords.count <= 4, bare.first?.isUppercase == true else { continue }
            let after = lines.dropFirst(j + 1)
            let closing = lines.count - j <= 3 && after.allSatisfy { $0.text.lowerWords.count <= 8 && !$0.text.hasSuffix(".") && !$0.text.hasSuffix("?") }
            guard closing || after.first.map({ isRoleLine($0.text) }) == true else { continue }
            if let p = people.first(where: { all[$0].mention.utf8Range.lowerBound >= line.range.lowerBound
                && all[$0].mention.utf8Range.upperBound <= line.range.upperBound && all[$0].mention.text == bare }) {
                return (p, all[p].mention.utf8Range.lowerBound)
            }
        }
        return nil
    }

    /// Verbs that name a verdict on their object: `called the scheme a failure`, `described the trust as failing`.
    static let verdictVerbs: [[UInt8]] = ["called", "calls", "branded", "brands", "described", "describes", "labelled",
                                          "dubbed", "deemed", "declared", "pronounced"].map { Array((" " + $0 + " ").utf8) }

    /// `Ann Reed called the whole scheme irredeemably flawed`; `She branded the Tenancy Act a failure`: a verdict
    /// of condemnation on the object of a naming verb, by its subject (a name, or a pronoun's person), the object
    /// being a name right after the verb or a description standing for one named before (`the scheme`).
    func namingVerdicts(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = s.lowerBytes
        var out: [Found] = []
        for pattern in Self.verdictVerbs {
            var from = 0
            while let at = ByteSearch.firstOffset(of: pattern, in: lower, from: from) {
                from = at + pattern.count
                let vStart = s.range.lowerBound + at + 1, vEnd = s.range.lowerBound + at + pattern.count - 1
                // the object: a name right after the verb, else a description standing for one
                var object: (index: Int, mention: EntityMention)?
                var objectEnd = vEnd
                if let j = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= vEnd }),
                   s.isActor(j) || s.type(j) == .programme,
                   s.slice(vEnd, s.mentions[j].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ ["the", "whole", "entire", "its", "their"].contains($0) }) {
                    object = s.mentions[j]
                    objectEnd = s.mentions[j].mention.utf8Range.upperBound
                    // `the Reed reforms`: a person's name used for their programme, when one is named before
                    if s.type(j) == .person, let w = s.after(j, 30).lowerWords.first, Self.programmeHeads.contains(w) {
                        let named = context.before.filter { $0.mention.type == .programme && $0.mention.utf8Range.lowerBound >= s.range.lowerBound - 1500 }
                            + s.mentions.filter { $0.mention.type == .programme && $0.mention.utf8Range.upperBound <= vStart }
                        // (with none named, the verdict is on a programme the text does not name: no edge)
                        guard let p = named.last else { continue }
                        object = p
                        objectEnd += 1 + w.utf8.count
                    }
                } else if let o = definiteTarget(s, context, after: vEnd) {
                    object = o
                    // past the description's words (`the whole model`)
                    let words = s.slice(vEnd, min(vEnd + 40, s.range.upperBound))
                    var skip = 0, count = 0
                    for w in words.split(separator: " ", omittingEmptySubsequences: false) {
                        skip += w.utf8.count + 1
                        if !w.isEmpty { count += 1 }
                        if Self.programmeHeads.contains(w.lowercased()) || Self.organizationHeads.contains(w.lowercased()) || count >= 4 { break }
                    }
                    objectEnd = vEnd + skip
                }
                guard let o = object else { continue }
                // the verdict: words of condemnation soon after the object, before any other name
                let next = s.mentions.first { $0.mention.utf8Range.lowerBound >= objectEnd }?.mention.utf8Range.lowerBound ?? s.range.upperBound
                let tail = s.slice(objectEnd, min(next, objectEnd + 60))
                let tw = tail.lowerWords.prefix(6)
                guard tw.contains(where: { Self.condemningPredicates.contains($0) || Self.condemningAdjectives.contains($0) || Self.condemningNouns.contains($0) }),
                      !tw.contains(where: { ["for", "on", "upon"].contains($0) }) || tw.first.map({ !["for", "on", "upon"].contains($0) }) == true,
                      RelationModality.isFactual(tail) else { continue }
                var critics: [Int] = subjects(s, before: vStart).map { s.mentions[$0].index }
                if critics.isEmpty { critics = documentByAuthors(s, before: vStart).map { s.mentions[$0].index } }
                if critics.isEmpty, let p = unnamedSubject(s, context, before: vStart) { critics = [p.index] }
                guard !critics.isEmpty, RelationModality.isFactual(s.slice(vStart - 1, vEnd)) else { continue }
                for c in critics where c != o.index {
                    out.append(Found(predicate: "criticised", subject: c, object: o.index, offset: vStart))
                }
            }
        }
        return out
    }

    /// `Our last inspection of Eastside Trust was in May. We rated it as 'requires improvement'.`: an
    /// inspection's verdict, in the sentence after, on the one organization this sentence names, by the
    /// quotation's voice or the passage's signer (the verdict's own sentence names no one, so it is read here).
    func ratedIt(_ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        let orgs = s.mentions.indices.filter { s.type($0) == .organization }
        guard let org = orgs.first, Set(orgs.map { s.mentions[$0].mention.canonicalName }).count == 1 else { return [] }
        // the next sentence: up to its full stop, within the line
        let u = Array(s.utf8)
        var end = s.range.upperBound
        while end < u.count, end - s.range.upperBound < 300, u[end] != 10, !(u[end] == 46 && end > s.range.upperBound + 2) { end += 1 }
        let next = Sentence.slice(s.text, s.range.upperBound, end).lowercased()
            .replacingPresent("\u{2018}", with: "'").replacingPresent("\u{2019}", with: "'")
        guard let r = next.fastRange(of: "we rated it ") ?? next.fastRange(of: "we have rated it ") ?? next.fastRange(of: "we again rated it ") else { return [] }
        var verdict = next[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
        if verdict.hasPrefix("as ") { verdict = String(verdict.dropFirst(3)).trimmingCharacters(in: CharacterSet(charactersIn: " '\"")) }
        guard Self.failingRatings.contains(where: { verdict.hasPrefix($0) }),
              RelationModality.isFactual(String(next[..<r.lowerBound])) else { return [] }
        guard let c = quotationVoice(s, context) ?? signature(s, all: all),
              all[c.index].mention.canonicalName != s.mentions[org].mention.canonicalName else { return [] }
        return [Found(predicate: "criticised", subject: c.index, object: s.mentions[org].index, offset: s.range.upperBound)]
    }
}
