import Foundation
import HindsightSupport

/// Owners, investors, sponsors and clients named by a noun rather than a verb:
/// - `Eastside Energy owner Harbour Group`, `Harbour Group, the Eastside Energy owner`, `Harbour Group, Eastside
///   Energy's owner` → Harbour Group owns Eastside Energy;
/// - `Eastside's biggest investors include the pension fund Harbour and Kestrel` → each owns Eastside;
/// - `Harbour was a sponsor of the Eastside Games`, `Harbour sponsors Eastside Care` → Harbour funds it;
/// - `Kestrel advised the Ministry on the sale`, `Kestrel runs the Tracker system for the Ministry` → Kestrel is
///   the Ministry's partner (an adviser or contractor and its client);
/// - `Harbour's development arm, Eastside Homes` → Eastside Homes is part of Harbour.
///
/// Negated, planned and asked statements give nothing (``RelationModality``).
extension RelationReader {
    /// `'s biggest investors include the pension fund`: the names after are owners of the name before.
    static let investorsInclude = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s|, whose) (?:[a-z]+ ){0,2}(?:investors|shareholders|owners|backers) (?:include|included|are|were|now include|then included)(?: (?:the|a|an)(?: [a-z-]+){0,4})?$")
    /// `was a sponsor of the`, `, the main sponsor of`, `sponsors the`: the name before funds the one after.
    static let sponsorOf = try! NSRegularExpression(pattern:
        "^(?:,? ?(?:which|that) )?(?:(?:is|was|has been|had been|became|remains|remained|were|are|, ) ?)?(?:(?:a|an|the) )?(?:(?:main|official|headline|lead|principal|major|title|founding|chief|biggest|largest|long-time|longtime) )?sponsors? of(?: the)?$|^(?:,? ?(?:which|that) )?(?:sponsors|sponsored|has sponsored|had sponsored)(?: the)?$")
    /// `'s development arm,`, `'s housebuilding subsidiary,`: the name after the comma is a unit of the name before.
    static let possessedUnit = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s)(?: [a-z-]+){0,2} (?:arm|division|subsidiary|unit|branch|offshoot|wing),$")

    /// `'s Care and Custody business has run the`: a unit of the name before runs the name after, so it does.
    static let unitRuns = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s)(?: [A-Za-z&-]+){0,4} (?:business|division|arm|subsidiary|unit) (?:(?:has|had|have|now|also|still|then) )*(runs|ran|run|operates|operated|manages|managed)(?: the)?$")
    /// `Its development arm, `: a unit of the body the pronoun stands for, named after the comma.
    static let itsUnit = try! NSRegularExpression(pattern:
        "^its(?: [a-z-]+){0,2} (?:arm|division|subsidiary|unit|branch|offshoot|wing|foundation|business),$")
    /// `for the`, `system for`, `service for the`: the client after what a contractor runs.
    static let forClient = try! NSRegularExpression(pattern: "^(?:[a-z-]+ ){0,2}for(?: the)?$")
    /// `'s household supply arm,`: what is bought is named after the possessor, in apposition.
    static let possessedApposition = try! NSRegularExpression(pattern: "^(?:'s|\u{2019}s)(?: [a-z-]+){0,3},$")

    func ownerDescriptions(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        let org = { (k: Int) -> Bool in s.type(k) == .organization && !RelationReader.isGeneric(s, k) && !RelationReader.isParty(s.mentions[k].mention.text) }
        // `Harbour grew fast. Its development arm, Eastside Homes, builds for sale.`: at the sentence's start, the
        // pronoun stands for the organization the previous sentence opened with
        if n >= 1, org(0), !s.isQuestion {
            let head = s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowercased().trimming(" ")
            if RelationReader.itsUnit.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)) != nil,
               let parent = pronounAntecedent(s, context, before: s.range.lowerBound, atStart: true), parent != s.mentions[0].index {
                out.append(Found(predicate: "part_of", subject: s.mentions[0].index, object: parent, offset: s.mentions[0].mention.utf8Range.lowerBound))
            }
        }
        for k in 0..<n where org(k) {
            let asked = s.asks(after: s.mentions[k].mention.utf8Range.upperBound)
            // `Harbour's Care and Custody business has run Eastside Centre since 2014`: Harbour runs it
            if k + 1 < n, s.type(k + 1) == .organization || s.type(k + 1) == .programme, !RelationReader.isGeneric(s, k + 1) {
                let g = s.between(k, k + 1).trimming(" ")
                if let m = RelationReader.unitRuns.firstMatch(in: g, range: NSRange(g.startIndex..., in: g)),
                   RelationModality.isFactual(g, question: asked) {
                    let verb = Range(m.range(at: 1), in: g).map { String(g[$0]) } ?? ""
                    out.append(found("operates", s, subject: k, object: k + 1, qualifier: ["ran", "operated", "managed"].contains(verb) ? "former" : nil))
                }
            }
            // `Harbour, which bought Westside's care arm, Eastside Homes, in 2020`: Harbour owns Eastside Homes
            if k + 2 < n, org(k + 2), s.type(k + 1) == .organization {
                let p = s.between(k + 1, k + 2).lowercased().trimming(" ")
                var verb = s.between(k, k + 1).lowercased().trimming(" ,")
                for lead in ["which ", "that ", "has ", "had ", "also ", "then ", "later "] where verb.hasPrefix(lead) { verb = String(verb.dropFirst(lead.count)) }
                if RelationReader.possessedApposition.firstMatch(in: p, range: NSRange(p.startIndex..., in: p)) != nil,
                   RelationReader.ownVerbs.contains(verb) || RelationReader.runVerbs.contains(verb),
                   RelationModality.isFactual(s.between(k, k + 1), question: asked) {
                    out.append(found(RelationReader.ownVerbs.contains(verb) ? "owns" : "operates", s, subject: k, object: k + 2))
                }
            }
            if k + 1 < n, org(k + 1), s.mentions[k].mention.canonicalName != s.mentions[k + 1].mention.canonicalName {
                let gap = s.between(k, k + 1)
                let t = gap.lowercased().trimming(" ")
                let range = NSRange(t.startIndex..., in: t)
                let ownerAfter = s.after(k + 1, 20).lowercased()
                // `Eastside Energy owner Harbour Group`
                if [" owner ", " owners ", " parent ", " parent company "].contains(gap.lowercased()),
                   RelationModality.isFactual(s.before(k, 30), question: asked) {
                    out.append(found("owns", s, subject: k + 1, object: k))
                }
                // `Harbour Group, the Eastside Energy owner`; `Harbour Group, Eastside Energy's owner`
                if [", the", ", now the", ", then the", ", the former", ", its", ","].contains(t),
                   let own = [" owner", " owners", "'s owner", "\u{2019}s owner", "'s owners", "\u{2019}s owners", "'s former owner", "\u{2019}s former owner",
                        "'s parent company", "\u{2019}s parent company", "'s parent", "\u{2019}s parent"]
                       .first(where: { ownerAfter.hasPrefix($0) }),
                   !(ownerAfter.dropFirst(own.count).first.map { $0.isLetter } ?? false),
                   t != "," || own.hasPrefix("'") || own.hasPrefix("\u{2019}"),
                   RelationModality.isFactual(s.before(k, 30), question: asked) {
                    out.append(found("owns", s, subject: k, object: k + 1, qualifier: t.fastContains("former") || own.fastContains("former") ? "former" : nil))
                }
                // `Eastside's biggest investors include the pension fund Harbour and Kestrel`
                if RelationReader.investorsInclude.firstMatch(in: t, range: range) != nil {
                    out.append(found("owns", s, subject: k + 1, object: k))
                    var j = k + 2
                    while j < n, org(j) {
                        let g = s.between(j - 1, j).lowercased().trimming(" ")
                        guard RelationReader.describedMember.firstMatch(in: g, range: NSRange(g.startIndex..., in: g)) != nil, g != "with" else { break }
                        out.append(found("owns", s, subject: j, object: k))
                        j += 1
                    }
                }
                // `Harbour's development arm, Eastside Homes`
                if RelationReader.possessedUnit.firstMatch(in: t, range: range) != nil, RelationModality.isFactual(t, question: asked) {
                    out.append(found("part_of", s, subject: k + 1, object: k))
                }
                // `Kestrel runs the Tracker system for the Ministry`: a contractor and its client
            }
            // `Harbour was a sponsor of the Eastside Games`, `Harbour sponsors Eastside Care`
            if k + 1 < n, s.type(k + 1) == .organization || s.type(k + 1) == .programme, !RelationReader.isGeneric(s, k + 1) {
                let t = s.between(k, k + 1).lowercased().trimming(" ")
                if RelationReader.sponsorOf.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                   RelationModality.isFactual(t, question: asked) {
                    out.append(found("funds", s, subject: k, object: k + 1))
                }
            }
            // `Kestrel advised the Ministry`, `Kestrel has advised the department on the sale`
            let after = s.after(k, 60).lowercased()
            var words = after.lowerWords
            while let w = words.first, ["also", "has", "had", "then", "later", "formally"].contains(w) { words.removeFirst() }
            if after.hasPrefix(" "), words.first == "advised" || words.first == "advises",
               RelationModality.isFactual(s.before(k, 30), question: asked), RelationModality.isFactual(String(after.prefix(30))) {
                let cueEnd = s.mentions[k].mention.utf8Range.upperBound + (after.fastRange(of: "advise").map { after.utf8.distance(from: after.startIndex, to: $0.upperBound) + 1 } ?? 0)
                if k + 1 < n, org(k + 1), s.slice(cueEnd, s.mentions[k + 1].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ ["d", "s", "the"].contains($0) }) {
                    out.append(found("partner_of", s, subject: k, object: k + 1))
                } else if words.count >= 3, words[1] == "the", DefiniteDescription.heads.subtracting(DefiniteDescription.plainHeads).contains(words[2]),
                          k + 1 >= n || s.mentions[k + 1].mention.utf8Range.lowerBound > cueEnd + 6 + words[2].utf8.count,
                          let client = context.definite([words[2]], before: s.mentions[k].mention.utf8Range.lowerBound, in: s),
                          client != s.mentions[k].index {
                    out.append(Found(predicate: "partner_of", subject: s.mentions[k].index, object: client, offset: s.mentions[k].mention.utf8Range.lowerBound))
                }
            }
            // `Kestrel still runs the Tracker system for the Ministry under contract`
            if k + 2 < n, s.type(k + 1) == .organization || s.type(k + 1) == .programme, org(k + 2),
               RelationReader.runVerbs.contains(RelationReader.passiveCore(s.between(k, k + 1).lowercased().trimming(" ")).replacingOccurrences(of: " the", with: "")),
               // (`runs Tracker for the Council`, `runs the Tracker system for the Council`)
               RelationReader.forClient.firstMatch(in: s.between(k + 1, k + 2).lowercased().trimming(" "),
                                                   range: NSRange(location: 0, length: (s.between(k + 1, k + 2).lowercased().trimming(" ") as NSString).length)) != nil,
               RelationModality.isFactual(s.between(k, k + 1), question: asked) {
                out.append(found("partner_of", s, subject: k, object: k + 2))
            }
        }
        return out
    }
}
