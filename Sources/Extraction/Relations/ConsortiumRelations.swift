import Foundation
import HindsightSupport

/// Who leads a partnership, a consortium or a joint venture, and who is in it, when the text says so with a
/// modifier or a clause rather than a plain `X, a consortium led by A`:
/// - `Harbour Homes, the Kestrel-led partnership`; `the Kestrel-led Harbour Homes` → Kestrel leads Harbour Homes;
/// - `Kestrel, the company behind Harbour Homes` → Kestrel leads Harbour Homes;
/// - `Harbour Homes is led by Kestrel`; `Harbour Homes, which was led by Kestrel until 2019` → the same;
/// - `Harbour Homes is led by Kestrel, with Eastside Care and Westside Trust among its partners` → both are
///   partners of Harbour Homes;
/// - `Harbour Rail, an Eastside and Westside joint venture` → each is part of Harbour Rail, and they are partners.
///
/// Negated, planned and asked statements give nothing (``RelationModality``).
extension RelationReader {
    /// Nouns naming a body made of several partners.
    static let groupingNouns: Set<String> = ["partnership", "consortium", "joint", "alliance", "coalition", "collaboration", "venture"]

    /// `, the company behind`, `, a firm behind the`: the name before leads the one after.
    static let behindCue = try! NSRegularExpression(pattern:
        "^, (?:the|a|an)(?: [a-z-]+){0,2} (?:company|firm|group|business|organisation|organization|consortium|charity) behind(?: the)?$")

    /// `is led by`, `, which was led by the`, `has been led by the American firm`: the name after leads the one before.
    static let ledByClause = try! NSRegularExpression(pattern:
        "^(?:, ?(?:which|that) )?(?:is|was|has been|had been|is now|was then|is still) (?:jointly )?led by(?: (?:the|a|an)(?: [a-z-]+){0,3})?$")

    /// `, the Kestrel-led partnership`: a name glued to `-led`, which the name finder may not have read.
    static let ledModifier = try! NSRegularExpression(pattern:
        "(?:^|[,(] ?)(?:the|a|an) ([A-Z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*){0,3})-led (?:partnership|consortium|joint venture|alliance|coalition|group)\\b")

    func consortiumRelations(_ s: Sentence, all: [LocatedMention]) -> [Found] {
        var out: [Found] = []
        // `Harbour Homes, the Kestrel-led partnership` with `Kestrel` not read as a name here: the organization of
        // that name in the passage
        let text = s.slice(s.range.lowerBound, s.range.upperBound)
        // (the pattern's `-led ` is looked for byte by byte first: most sentences hold none)
        for m in ByteSearch.contains(text, "-led ") ? RelationReader.ledModifier.matches(in: text, range: NSRange(text.startIndex..., in: text)) : [] {
            guard let whole = Range(m.range, in: text), let name = Range(m.range(at: 1), in: text) else { continue }
            let at = s.range.lowerBound + text.utf8.distance(from: text.startIndex, to: whole.lowerBound)
            let nameAt = s.range.lowerBound + text.utf8.distance(from: text.startIndex, to: name.lowerBound)
            let leaderName = String(text[name])
            guard !s.mentions.contains(where: { $0.mention.utf8Range.lowerBound == nameAt }),
                  let x = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at }),
                  s.type(x) == .organization, !RelationReader.isGeneric(s, x), s.slice(s.mentions[x].mention.utf8Range.upperBound, at).trimming(" ").isEmpty,
                  RelationModality.isFactual(s.before(x, 40), question: s.isQuestion) else { continue }
            let named = all.indices.filter { all[$0].mention.type == .organization && (all[$0].mention.text == leaderName || all[$0].mention.canonicalName == leaderName
                || all[$0].mention.canonicalName.hasPrefix(leaderName + " ")) }
            guard let leader = named.min(by: { abs(all[$0].mention.utf8Range.lowerBound - at) < abs(all[$1].mention.utf8Range.lowerBound - at) }),
                  all[leader].mention.canonicalName != s.mentions[x].mention.canonicalName else { continue }
            out.append(Found(predicate: "leads", subject: leader, object: s.mentions[x].index, offset: s.mentions[x].mention.utf8Range.lowerBound))
        }
        let n = s.mentions.count
        let org = { (k: Int) -> Bool in s.type(k) == .organization && !RelationReader.isGeneric(s, k) }
        for k in 0..<n where org(k) {
            let after = s.after(k, 40).lowercased()
            // `the Kestrel-led partnership`, `the Kestrel-led Harbour Homes`
            if after.hasPrefix("-led ") || after.hasPrefix("\u{2011}led ") {
                let next = after.dropFirst(5).lowerWords.first ?? ""
                if k + 1 < n, org(k + 1), ["-led ", "-led the "].contains(s.between(k, k + 1).lowercased()) {
                    if RelationModality.isFactual(s.before(k, 40), question: s.isQuestion) { out.append(found("leads", s, subject: k, object: k + 1)) }
                } else if RelationReader.groupingNouns.contains(next), k > 0, org(k - 1),
                          [", the", ", a", ", an", ", then the", ", now the", "(the", "(a"].contains(s.between(k - 1, k).lowercased().trimming(" ")),
                          RelationModality.isFactual(s.before(k, 60), question: s.isQuestion) {
                    out.append(found("leads", s, subject: k, object: k - 1))
                }
            }
            guard k + 1 < n, org(k + 1) else { continue }
            let gap = s.between(k, k + 1).lowercased()
            let t = gap.trimming(" ")
            let range = NSRange(t.startIndex..., in: t)
            // `Kestrel, the company behind Harbour Homes`
            if RelationReader.behindCue.firstMatch(in: t, range: range) != nil, RelationModality.isFactual(t, question: s.isQuestion) {
                out.append(found("leads", s, subject: k, object: k + 1))
            }
            // `Harbour Homes is led by Kestrel`, `Harbour Homes, which was led by Kestrel until 2019`
            if RelationReader.ledByClause.firstMatch(in: t, range: range) != nil,
               RelationModality.isFactual(t, question: s.asks(after: s.mentions[k].mention.utf8Range.upperBound)) {
                out.append(found("leads", s, subject: k + 1, object: k))
            }
            // `Harbour Rail, an Eastside and Westside joint venture`: both are in it and partners
            if k > 0, org(k - 1), ["and", "&", "-", "/"].contains(t),
               [", a", ", an", ", the", ", then a", ", then the", ", now a", ", once a", ", formerly a"].contains(s.between(k - 1, k).lowercased().trimming(" ")),
               RelationReader.groupingNouns.contains(s.after(k + 1, 24).lowerWords.first ?? ""),
               RelationModality.isFactual(s.before(k, 40), question: s.isQuestion) {
                out.append(found("part_of", s, subject: k, object: k - 1))
                out.append(found("part_of", s, subject: k + 1, object: k - 1))
                out.append(found("partner_of", s, subject: k, object: k + 1))
            }
        }
        out += partnersAmong(s)
        out += partnerOfSubject(s)
        return out
    }

    /// `Harbour, whose chief executive is Ann Reed, won the contract to run the helpline, in partnership with the
    /// call-centre firm Kestrel`: a partnership cue far from the sentence's subject still joins the two, when the
    /// sentence opens with that organization and names no other body before the partner.
    func partnerOfSubject(_ s: Sentence) -> [Found] {
        let n = s.mentions.count
        guard n >= 2, s.type(0) == .organization, !RelationReader.isGeneric(s, 0),
              s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.count <= 2 else { return [] }
        for b in 1..<n where s.type(b) == .organization {
            // (another body before the partner may be the one in partnership: nothing is read)
            guard !(1..<b).contains(where: { (s.type($0) == .organization || s.type($0) == .programme) && !RelationReader.isGeneric(s, $0) }) else { return [] }
            var lead = s.before(b, 80).lowercased()
            lead = lead.replacingOccurrences(of: RelationReader.partnerDescription.replacingOccurrences(of: "$", with: " $"), with: " ", options: .regularExpression)
            if lead.hasSuffix(" the ") { lead = String(lead.dropLast(4)) }
            guard [" in partnership with ", " in a partnership with ", " in collaboration with ", " in a joint venture with "].contains(where: { lead.hasSuffix($0) }),
                  !s.slice(s.mentions[0].mention.utf8Range.upperBound, s.mentions[b].mention.utf8Range.lowerBound).contains(";"),
                  RelationModality.isFactual(s.slice(s.mentions[0].mention.utf8Range.upperBound, s.mentions[b].mention.utf8Range.lowerBound), question: s.isQuestion),
                  s.mentions[b].mention.canonicalName != s.mentions[0].mention.canonicalName else { continue }
            return [found("partner_of", s, subject: 0, object: b)]
        }
        return []
    }

    /// `Harbour Homes is led by Kestrel, with Eastside Care and Westside Trust among its partners`; `..., with
    /// Eastside Care as its partner`: the names listed after `with` are partners (or, for `among its members`,
    /// parts) of the body the sentence opened with.
    func partnersAmong(_ s: Sentence) -> [Found] {
        let n = s.mentions.count
        guard n >= 2, s.type(0) == .organization, !RelationReader.isGeneric(s, 0),
              s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.count <= 2 else { return [] }
        var out: [Found] = []
        for last in 1..<n where s.type(last) == .organization {
            let tail = s.after(last, 30).lowercased()
            guard let cue = [" among its partners", " as its partners", " as its partner", " among its members", " as partners",
                             " among the partners", " among its partner"].first(where: { tail.hasPrefix($0) }) else { continue }
            var first = last
            while first - 1 > 0, s.type(first - 1) == .organization,
                  ["and", ",", ", and", "&"].contains(s.between(first - 1, first).lowercased().trimming(" ")) { first -= 1 }
            let lead = s.before(first, 30).lowercased().trimming(" ")
            guard lead.hasSuffix(" with") || lead.hasSuffix(", with") || lead.hasSuffix(" with the") || lead == "with",
                  RelationModality.isFactual(s.slice(s.mentions[0].mention.utf8Range.upperBound, s.mentions[last].mention.utf8Range.upperBound), question: s.isQuestion) else { continue }
            for m in first...last where s.type(m) == .organization && !RelationReader.isGeneric(s, m) && s.mentions[m].index != s.mentions[0].index {
                out.append(found(cue.fastContains("member") ? "part_of" : "partner_of", s, subject: m, object: 0))
            }
        }
        return out
    }
}
