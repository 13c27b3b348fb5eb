import Foundation
import HindsightSupport

/// Posts and memberships a writer states in the first person (`I used to sit on the Westside Board`, `I chaired
/// the Carers Union for six years`, `I am the chief executive of Harbour Homes`), given to the writer the passage
/// names: a byline opening it (`By Ann Reed`) or a signature closing it (the name alone on the last line). A
/// quotation is left alone (its `I` is the speaker's), and so is a passage with no writer named.
extension RelationReader {
    /// First-person cues and what they state about the organization named right after them.
    static let firstPersonCues: [(cue: String, predicate: String, former: Bool)] = [
        ("i used to be on the ", "member_of", true), ("i used to be on ", "member_of", true),
        ("i used to sit on the ", "member_of", true), ("i used to sit on ", "member_of", true),
        ("i sat on the ", "member_of", true), ("i sat on ", "member_of", true),
        ("i was on the ", "member_of", true), ("i served on the ", "member_of", true), ("i served on ", "member_of", true),
        ("i sit on the ", "member_of", false), ("i sit on ", "member_of", false),
        ("i serve on the ", "member_of", false), ("i am on the ", "member_of", false), ("i'm on the ", "member_of", false),
        ("i am a member of the ", "member_of", false), ("i am a member of ", "member_of", false),
        ("i'm a member of the ", "member_of", false), ("i'm a member of ", "member_of", false),
        ("i was a member of the ", "member_of", true), ("i was a member of ", "member_of", true),
        ("i chair the ", "leads", false), ("i chaired the ", "leads", true), ("i chair ", "leads", false), ("i chaired ", "leads", true),
        ("i lead the ", "leads", false), ("i led the ", "leads", true), ("i run the ", "leads", false), ("i ran the ", "leads", true),
        ("i head the ", "leads", false), ("i headed the ", "leads", true),
        ("i worked for the ", "member_of", true), ("i worked for ", "member_of", true),
        ("i worked in the ", "member_of", true), ("i worked at the ", "member_of", true), ("i worked at ", "member_of", true),
        ("i work at the ", "member_of", false), ("i work at ", "member_of", false), ("i work in the ", "member_of", false), ("i work for the ", "member_of", false),
        ("i work for ", "member_of", false), ("i joined the ", "member_of", false), ("i joined ", "member_of", false),
    ]

    /// The writer of the passage the sentence is in: `By Ann Reed` opening it, or the name alone on its last
    /// line.
    func passageWriter(_ s: Sentence, _ at: Int, all: [LocatedMention]) -> Int? {
        let here = all[at]
        let same = all.indices.filter { all[$0].post == here.post && all[$0].passage == here.passage && all[$0].mention.type == .person }
        // a signature: the name alone on the passage's last line
        if let last = same.last {
            let r = all[last].mention.utf8Range
            let before = Sentence.slice(s.text, max(0, r.lowerBound - 12), r.lowerBound)
            let indent = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            let after = Sentence.slice(s.text, r.upperBound, s.utf8.count)
            if before.contains("\n"), indent.allSatisfy({ $0 == " " || $0 == "\t" }), after.allSatisfy(\.isWhitespace) { return last }
        }
        // a byline: `By Ann Reed` on the passage's first line
        if let first = same.first {
            let r = all[first].mention.utf8Range
            let lead = Sentence.slice(s.text, 0, r.lowerBound)
            let rest = Sentence.slice(s.text, r.upperBound, min(s.utf8.count, r.upperBound + 80)).prefix { $0 != "\n" }
            if !lead.contains("\n"), lead.trimming(" \t").lowercased() == "by", String(rest).trimming(" \t,").isEmpty || rest.hasPrefix(",") { return first }
        }
        return nil
    }

    func firstPersonRelations(_ s: Sentence, all: [LocatedMention]) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = Sentence.plainSpaces(s.slice(s.range.lowerBound, s.range.upperBound)).lowercased().replacingPresent("\u{2019}", with: "'")
        guard lower.hasPrefix("i ") || lower.fastContains(" i ") || lower.hasPrefix("i'm ") || lower.fastContains(" i'm ") else { return [] }
        var out: [Found] = []
        for (cue, predicate, former) in RelationReader.firstPersonCues where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue), r.lowerBound == lower.startIndex || !lower[lower.index(before: r.lowerBound)].isLetter else { continue }
            let cueEnd = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            // the organization right after the cue
            guard let j = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= cueEnd }),
                  s.type(j) == .organization, s.mentions[j].mention.utf8Range.lowerBound - cueEnd <= 1,
                  let writer = passageWriter(s, s.mentions[j].index, all: all), all[writer].mention.type == .person else { continue }
            // negated or not a fact: `I never sat on`, `I would chair`
            let head = lower[..<r.lowerBound].split(separator: " ").suffix(3).joined(separator: " ")
            guard RelationModality.isFactual(head) else { continue }
            var f = Found(predicate: predicate, subject: writer, object: s.mentions[j].index,
                          qualifier: former ? "former" : nil, offset: s.mentions[j].mention.utf8Range.lowerBound)
            // `I chaired the Carers Union`: the chair too
            if cue.fastContains("chair") { out.append(f); f.predicate = "holds_role"; f.label = "chair" }
            out.append(f)
            break
        }
        return out
    }
}
