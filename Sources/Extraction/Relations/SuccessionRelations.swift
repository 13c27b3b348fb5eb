import Foundation

/// Succession (`successor_of`): a person replacing another in a post, an organization renamed, merged into or
/// taking over from another.
extension RelationReader {
    /// Words between A and B that make A the successor of B: `Harbour Care, successor to Westside Care`;
    /// `Tom Vale, who replaced Ann Reed`; `Tom Vale took over from Ann Reed`.
    static let successorCues = ["successor to", "the successor to", "successor of", "which replaced", "who replaced", "replaced",
                                "has replaced", "which succeeded", "who succeeded", "succeeded", "has succeeded",
                                "which took over from", "who took over from", "took over from", "taking over from",
                                "replacing", "succeeding", "taken over from", "having taken over from", "having replaced", "having succeeded", "formerly", "formerly known as", "previously known as",
                                "once known as", "the new name of", "the new name for", "absorbed", "which absorbed",
                                "has absorbed", "who took over as", "the replacement for", "replacement for", "replaces",
                                "succeeds", "takes over from"]
    /// Words between B and A that make A the successor of B: `Westside Care became Harbour Care`; `Westside
    /// Care was renamed Harbour Care`; `Ann Reed was replaced by Tom Vale`; `Westside merged into Harbour`.
    static let predecessorCues = ["became", "was renamed", "renamed", "was renamed as", "is now", "now", "now called",
                                  "has become", "was replaced by", "replaced by", "was succeeded by", "succeeded by",
                                  "merged into", "was merged into", "was absorbed into", "was folded into",
                                  "collapsed and its contracts went to", "its contracts went to", "contracts went to",
                                  "rebranded as", "was rebranded as", "gave way to", "handed over to", "transferred to",
                                  "was taken over by", "were transferred to", "was replaced with", "replaced with"]

    func successionRelations(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.isActor(i) {
            guard let j = (i + 1..<n).first(where: { s.type($0) == s.type(i) }) else { continue }
            // only when no other actor stands between them
            guard !(i + 1..<j).contains(where: { s.isActor($0) }) else { continue }
            let between = s.between(i, j)
            guard between.utf8.count <= 80 else { continue }
            let t = between.lowercased().trimming(" ,()")
            guard RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            let words = t.lowerWords.joined(separator: " ")
            // `Tom Vale, who was appointed in May 2020 to replace Ann Reed`: allow a few words before the cue
            let ws = words.split(separator: " ").map(String.init)
            if ws.count <= 10, ws.last == "from", ["took", "taken", "won", "inherited", "takes", "wins", "take"].contains(where: ws.contains) {
                // `Harbour took over the contract from Westside`, `won the franchise from`
                out.append(found("successor_of", s, subject: i, object: j))
            } else if ws.count <= 8, ws.last == "by", ["replaced", "succeeded", "superseded"].contains(where: ws.contains) {
                // `Westside, replaced in 2013 by Harbour`
                out.append(found("successor_of", s, subject: j, object: i))
            } else if (t == "" || t == ","), ["'s successor", "\u{2019}s successor", "' successor"].contains(where: { s.after(j, 16).lowercased().hasPrefix($0) }) {
                // `Tom Vale, Ann Reed's successor`
                out.append(found("successor_of", s, subject: i, object: j))
            } else if ["'s successor", "\u{2019}s successor", "'s replacement", "\u{2019}s replacement"].contains(t) {
                // `Ann Reed's successor, Tom Vale`
                out.append(found("successor_of", s, subject: j, object: i))
            } else if RelationReader.successorCues.contains(where: { words == $0 || words.hasSuffix(" " + $0) && words.split(separator: " ").count <= 14 }) {
                out.append(found("successor_of", s, subject: i, object: j))
            } else if RelationReader.predecessorCues.contains(where: { words == $0 || (words.hasSuffix(" " + $0) && words.split(separator: " ").count <= 6 && !words.contains("not")) }) {
                // `is now`/`now` only between two organizations (`Westside Care, now Harbour Care`)
                if (words == "now" || words == "is now") && s.type(i) != .organization { continue }
                if words.hasSuffix("transferred to") && s.type(i) == .person { continue }
                out.append(found("successor_of", s, subject: j, object: i))
            }
        }
        // `Harbour Care, formed from the merger of Eastside Care, Westside Care and Northgate Care`; `Eastside and
        // Westside merged to form Harbour Care`: the new body succeeds each.
        let whole = s.slice(s.range.lowerBound, s.range.upperBound).lowercased()
        for cue in ["merger of ", "amalgamation of ", "merging of "] {
            guard let r = whole.range(of: cue) else { continue }
            let at = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.upperBound)
            guard let heir = (0..<n).first(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at - cue.utf8.count }),
                  RelationModality.isFactual(s.slice(s.mentions[heir].mention.utf8Range.upperBound, at), question: s.isQuestion) else { continue }
            var last = at
            for k in 0..<n where s.mentions[k].mention.utf8Range.lowerBound >= at {
                let gap = s.slice(last, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ")
                guard ["", "the", ",", ", the", "and", "and the", ", and the", ", and", "&"].contains(gap) else { break }
                if s.type(k) == .organization { out.append(found("successor_of", s, subject: heir, object: k)) }
                last = s.mentions[k].mention.utf8Range.upperBound
            }
        }
        for cue in [" merged to form ", " merged to create ", " were merged into ", " merged into ", " combined to form "] {
            guard let r = whole.range(of: cue) else { continue }
            let at = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.lowerBound)
            let after = at + cue.utf8.count
            guard let heir = (0..<n).first(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.lowerBound >= after && s.mentions[$0].mention.utf8Range.lowerBound <= after + 6 }) else { continue }
            let parts = (0..<n).filter { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at }
            guard (1...5).contains(parts.count), RelationModality.isFactual(s.slice(s.range.lowerBound, at), question: s.isQuestion) else { continue }
            for k in parts { out.append(found("successor_of", s, subject: heir, object: k)) }
        }
        // `a replacement for Ann Reed`, `the successor to Ann Reed` with the subject named earlier in the sentence
        // (`Tom Vale stepped in as the replacement for Ann Reed`).
        for j in 0..<n where s.type(j) == .person {
            let before = s.before(j, 40).lowercased()
            guard before.hasSuffix("replacement for ") || before.hasSuffix("successor to ") || before.hasSuffix("successor of ") else { continue }
            guard let i = (0..<j).last(where: { s.type($0) == .person && s.mentions[$0].mention.canonicalName != s.mentions[j].mention.canonicalName }),
                  !out.contains(where: { $0.subject == s.mentions[i].index && $0.object == s.mentions[j].index }) else { continue }
            let words = s.between(i, j)
            guard RelationModality.isFactual(words, question: s.isQuestion) else { continue }
            out.append(found("successor_of", s, subject: i, object: j))
        }
        return out
    }
}
