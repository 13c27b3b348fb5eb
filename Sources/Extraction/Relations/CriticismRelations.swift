import Foundation

/// Criticism (`criticised`): a person or organization attacking another, or a programme.
extension RelationReader {
    /// Verbs whose subject criticises their object: `the union slammed the council`, `Ann Reed attacked the plan`.
    static let criticismVerbs = ["slammed", "slams", "condemned", "condemns", "criticised", "criticises", "criticized",
                                 "criticizes", "attacked", "attacks", "blasted", "blasts", "lambasted", "lambasts",
                                 "denounced", "denounces", "savaged", "savages", "castigated", "rebuked", "censured",
                                 "derided", "ridiculed", "hit out at", "hits out at", "rounded on", "accused",
                                 "accuses", "took aim at", "takes aim at", "tore into", "laid into", "berated",
                                 "warned against", "railed against", "rails against", "spoke out against",
                                 "has criticised", "has condemned", "has attacked", "has slammed", "mocked",
                                 "was scathing about", "is scathing about",
                                 "was critical of", "is critical of", "has been critical of", "a critic of",
                                 "a fierce critic of", "a vocal critic of", "a longstanding critic of", "blamed", "blames"]
    /// Passive forms: `the plan was condemned by Ann Reed` → Ann Reed criticised the plan.
    static let passiveCriticism = ["was criticised by", "was condemned by", "was slammed by", "was attacked by",
                                   "were criticised by", "were condemned by", "has been criticised by",
                                   "criticised by", "condemned by", "slammed by", "attacked by", "was blasted by",
                                   "came under fire from", "has come under fire from", "under fire from",
                                   "drew criticism from", "has drawn criticism from"]

    func criticismRelations(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        let target = { (k: Int) -> Bool in s.isActor(k) || s.type(k) == .programme }
        for i in 0..<n where target(i) {
            guard let j = (i + 1..<n).first(where: { target($0) }) else { continue }
            let between = s.between(i, j)
            guard between.utf8.count <= 100 else { continue }
            let t = between.lowercased().trimming(" ,")
            let words = t.lowerWords.joined(separator: " ")
            guard RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            // The verb must follow the subject closely (`Ann Reed, the union leader, slammed`), and the object
            // the verb (`slammed the council's plan` → the council).
            func verb(_ list: [String]) -> String? {
                list.first { v in
                    guard let r = words.range(of: v) else { return false }
                    let lead = words[..<r.lowerBound].split(separator: " ").count
                    let trail = words[r.upperBound...].split(separator: " ").count
                    let okBefore = r.lowerBound == words.startIndex || words[words.index(before: r.lowerBound)] == " "
                    let okAfter = r.upperBound == words.endIndex || words[r.upperBound] == " "
                    return okBefore && okAfter && lead <= 6 && trail <= 4
                }
            }
            if verb(RelationReader.passiveCriticism) != nil {
                if s.isActor(j) { out.append(found("criticised", s, subject: j, object: i)) }
            } else if s.isActor(i), verb(RelationReader.criticismVerbs) != nil {
                // `Ann Reed, chief executive of Harbour Group, slammed ...`: the person, not her organization
                var subject = i
                if t.hasPrefix(",") || between.hasPrefix(","), i > 0, s.type(i - 1) == .person {
                    let app = s.between(i - 1, i)
                    if app.hasPrefix(","), app.lowerWords.count <= 8, !app.lowerWords.contains("and") { subject = i - 1 }
                }
                // not the object of a preposition (`his letter to the minister, Ann Reed, blamed ...`)
                let lead = s.before(subject, 50).lowerWords.suffix(4)
                if lead.contains(where: { ["to", "of", "for", "with", "from", "by", "about", "against", "and"].contains($0) }) { continue }
                out.append(found("criticised", s, subject: subject, object: j))
            }
            // `Ann Reed's criticism of the council`
            if s.isActor(i), t.hasPrefix("'s criticism of") || t.hasPrefix("\u{2019}s criticism of") || t.hasPrefix("'s attack on") || t.hasPrefix("\u{2019}s attack on") {
                out.append(found("criticised", s, subject: i, object: j))
            }
        }
        out += assessments(s)
        return out
    }

    /// Words of a damning assessment.
    static let damning: Set<String> = ["failing", "failed", "failure", "failures", "flawed", "inadequate", "shambles",
                                       "disaster", "disastrous", "reckless", "chaotic", "chaos", "unacceptable",
                                       "incompetent", "incompetence", "damning", "broken", "mess", "omnishambles",
                                       "scandal", "scandalous", "abject", "dangerous", "unsafe", "woeful", "dire",
                                       "shameful", "appalling", "botched", "fiasco", "irresponsible", "negligent"]
    /// Verbs that introduce what someone said or found.
    static let sayingVerbs: Set<String> = ["said", "says", "warned", "warns", "argued", "argues", "claimed", "claims",
                                           "found", "finds", "concluded", "concludes", "described", "describes",
                                           "called", "calls", "told", "wrote", "writes", "declared", "branded", "brands",
                                           "judged", "judges", "rated", "rates", "labelled", "dubbed"]

    /// `Ann Reed said Harbour Homes was failing`; `inspectors branded Eastside Trust inadequate`; `the union
    /// described the plan as a shambles`: a damning judgement of what the clause names, by its speaker.
    func assessments(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.isActor(i) {
            guard let j = (i + 1..<n).first(where: { s.isActor($0) || s.type($0) == .programme }) else { continue }
            let between = s.between(i, j)
            let words = between.lowerWords
            // the speaking verb right after the speaker (an apposition may stand between)
            guard words.count <= 10, let v = words.lastIndex(where: { RelationReader.sayingVerbs.contains($0) }),
                  words[(v + 1)...].allSatisfy({ ["that", "the", "a", "an", "it", "its", "as", "to", "of"].contains($0) }),
                  RelationModality.isFactual(between, question: s.isQuestion) else { continue }
            // a damning word soon after the object, before the next name
            let objectEnd = s.mentions[j].mention.utf8Range.upperBound
            let nextStart = (j + 1 < n) ? s.mentions[j + 1].mention.utf8Range.lowerBound : s.range.upperBound
            let tail = s.slice(objectEnd, min(objectEnd + 90, nextStart))
            guard tail.lowerWords.contains(where: { RelationReader.damning.contains($0) }),
                  RelationModality.isFactual(tail) || tail.lowerWords.contains("failed") else { continue }
            var subject = i
            if i > 0, s.type(i - 1) == .person, s.type(i) == .organization {
                let app = s.between(i - 1, i)
                if app.hasPrefix(","), app.lowerWords.count <= 8, !app.lowerWords.contains("and") { subject = i - 1 }
            }
            let lead = s.before(subject, 50).lowerWords.suffix(3)
            if lead.contains(where: { ["to", "of", "for", "with", "from", "by", "about", "against"].contains($0) }) { continue }
            out.append(found("criticised", s, subject: subject, object: j))
        }
        return out
    }
}
