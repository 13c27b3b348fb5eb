import Foundation
import HindsightSupport

/// Party membership stated in what a sentence says of a person after the name: the appositions and relative
/// clauses that describe them, read as one description however many commas it runs over.
/// - an apposition or a later part of it: `Ann Reed, the Labour politician who ...`, `Tom Vale, a crossbench peer
///   and formerly a Liberal Democrat,`, `Sam Cole, then a Plaid Cymru minister,`, `Ann Reed, Lord Marsh, the
///   Conservative who ...` (an alias in between);
/// - a relative clause, after other appositions too: `Tom Vale, then head of Northgate College, who went on to
///   become a Labour MP`, `Ann Reed, a former civil servant who had advised the minister and who later became a
///   Conservative health minister`;
/// - a coordination of people before `both`/`all`: `Ann Reed in Leeds and Tom Vale in Hull, both Labour, ...`.
///
/// The description is the run of comma-separated parts after the name that open as descriptions do (an
/// article, `then`, `formerly`, `who`, an alias): it stops at the first part that does not (`Ann Reed, who chairs
/// the board, said Tom Vale ...`: nothing after `said` is hers). A party word must be followed by a member noun
/// within three words (`a Labour health minister`), by a clause word or by the end of the part, so `a former
/// Labour voter` and `the Conservative government` are no membership; a negated, hedged or planned clause
/// (`who never became a Labour MP`, `who hopes to become ...`) gives nothing.
extension RelationReader {
    /// Words that may open a part of a person's description.
    static let descriptionOpeners: Set<String> = ["a", "an", "the", "then", "now", "formerly", "once", "previously", "later",
                                                 "latterly", "both", "who", "and", "himself", "herself", "until", "since"]
    /// Time words that may stand before `a`/`an` inside a description: `and formerly a Liberal Democrat`.
    static let descriptionTimeWords: Set<String> = ["and", "formerly", "once", "previously", "later", "latterly", "now", "then", "also", "but"]
    /// Words between `who` and the copula of a relative clause: `who later became`, `who went on to become`.
    static let relativeFillers: Set<String> = ["later", "then", "subsequently", "eventually", "also", "had", "has", "have", "now", "once",
                                               "briefly", "himself", "herself", "went", "on", "to", "soon", "quickly", "since", "afterwards"]
    static let relativeCopulas: Set<String> = ["became", "become", "was", "is", "been", "remains", "remained", "turned"]
    /// The posts of a party itself, which `the` makes the party's one holder rather than one of its members.
    static let partyPostNouns: Set<String> = ["leader", "chairman", "chair", "chairwoman", "deputy", "whip", "treasurer", "president"]

    func partyDescriptions(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            for (party, former) in describedParties(s, person: i) {
                out.append(partyFound(s, subject: s.mentions[i].index, party: party, offset: s.mentions[i].mention.utf8Range.lowerBound, former: former))
            }
        }
        out += coordinatedParty(s)
        return out
    }

    /// The parties the description after person `i` names (with whether the membership is past).
    func describedParties(_ s: Sentence, person i: Int) -> [(String, Bool)] {
        var after = s.after(i, 320)
        var start = s.mentions[i].mention.utf8Range.upperBound
        if after.hasPrefix(" too,") || after.hasPrefix(" also,") {
            let kept = String(after.drop { $0 != "," })
            start += after.utf8.count - kept.utf8.count
            after = kept
        }
        guard after.hasPrefix(", ") else { return [] }
        if let stop = after.firstIndex(ofAnyASCII: ".;:?!()") { after = String(after[..<stop]) }
        // (a dash closes the description: `Tom Vale, who left in 2012 - and its chair, the Labour peer ...`)
        for dash in [" \u{2013} ", " \u{2014} ", " - "] { if let r = after.range(of: dash) { after = String(after[..<r.lowerBound]) } }
        var out: [(String, Bool)] = []
        var partStart = start + 2
        for (k, part) in after.dropFirst(2).components(separatedBy: ", ").enumerated() {
            defer { partStart += part.utf8.count + 2 }
            let words = part.lowerWords
            guard let first = words.first else { break }
            // an alias between commas (`John Vale, Lord Marsh, the Conservative who ...`)
            let isAlias = s.mentions.contains { m in
                m.mention.type == .person && m.mention.utf8Range.lowerBound > start && m.mention.text == part.trimming(" ")
            }
            if isAlias { continue }
            // another person named in the part before any `who`, not as a possessive (`the former Labour minister Lord
            // Rooker`): the party is theirs (`the Conservative who had served Tom Vale` is still this person's)
            let partEnd = partStart + (part.range(of: " who ").map { part.utf8.distance(from: part.startIndex, to: $0.lowerBound) } ?? part.utf8.count)
            if s.mentions.contains(where: { m in
                m.mention.type == .person && m.mention.utf8Range.lowerBound >= partStart && m.mention.utf8Range.upperBound <= partEnd
                    && !s.slice(m.mention.utf8Range.upperBound, m.mention.utf8Range.upperBound + 2).hasPrefix("'")
                    && !s.slice(m.mention.utf8Range.upperBound, m.mention.utf8Range.upperBound + 4).hasPrefix("\u{2019}")
            }) { break }
            guard Self.descriptionOpeners.contains(first) || k == 0 && first.hasSuffix("'s") && Self.parties.contains(where: { $0.words == [String(first.dropLast(2))] })
            else { break }
            if let found = Self.partyInDescription(words) { out.append(found) }
        }
        return out
    }

    /// The party one part of a description names: at its start (`the Labour politician who`, `then a Plaid Cymru
    /// minister`, `Labour's shadow minister`), after a time word (`and formerly a Liberal Democrat`), or in a
    /// relative clause's complement (`who went on to become a Labour MP`).
    static func partyInDescription(_ words: [String]) -> (String, Bool)? {
        // `Labour's shadow health secretary`
        if let f = words.first, f.hasSuffix("'s"), words.count >= 2,
           let p = parties.first(where: { $0.words == [String(f.dropLast(2))] }), !["con", "lab", "ld"].contains(p.words[0]),
           words.dropFirst().prefix(4).contains(where: { partyMemberNouns.contains($0) || NameLexicon.roleNouns.contains($0) || $0 == "secretary" }) {
            return (p.name, false)
        }
        for k in words.indices {
            let w = words[k]
            let opensHere: Bool
            let former: Bool
            if k == 0 || k == 1 && descriptionTimeWords.contains(words[0]) {
                opensHere = ["a", "an", "the"].contains(w)
                former = words[0] == "formerly" || words[0] == "once" || words[0] == "previously"
            } else if ["a", "an"].contains(w), descriptionTimeWords.contains(words[k - 1]) {
                opensHere = true
                former = ["formerly", "once", "previously"].contains(words[k - 1])
            } else if ["a", "an"].contains(w), relativeCopulas.contains(words[k - 1]), let who = words[..<k].lastIndex(of: "who"),
                      words[(who + 1)..<(k - 1)].allSatisfy({ relativeFillers.contains($0) || relativeCopulas.contains($0) }),
                      RelationModality.isFactual(words[who..<k].joined(separator: " ")) {
                opensHere = true
                former = words[k - 1] == "was"
            } else { continue }
            guard opensHere, let party = partyWithMemberNoun(words[(k + 1)...]) else { continue }
            // `the Labour leader`, `the Conservative Party chairman`: the party's own post, read as such by the readers of posts
            if w == "the", words.dropFirst(k + 1).prefix(4).contains(where: { partyPostNouns.contains($0) }) { continue }
            return (party.name, former || party.former)
        }
        return nil
    }

    /// The party `words` open with (after `former`, `senior` ...) when a member noun follows within three words
    /// (`Labour health minister`), or a clause word or nothing (`the Conservative who`, `a Liberal Democrat`).
    static func partyWithMemberNoun(_ words: ArraySlice<String>) -> (name: String, former: Bool)? {
        var w = Array(words)
        var former = false
        while let f = w.first, ["former", "lifelong", "long-standing", "longstanding", "senior", "leading", "prominent", "veteran",
                                "backbench", "committed", "loyal", "staunch", "local", "fellow", "serving", "junior"].contains(f) {
            if f == "former" { former = true }
            w.removeFirst()
        }
        for (pw, name) in parties where pw.count <= w.count && Array(w.prefix(pw.count)) == pw {
            if ["con", "lab", "ld"].contains(pw.first!) { return nil }
            let rest = w.dropFirst(pw.count)
            let ends = rest.first.map { ["who", "and", "since", "until", "from", "in", "for"].contains($0) } ?? true
            let noun = rest.prefix(3).prefix(while: { !["who", "and", "of", "in", "for", "at"].contains($0) })
                .contains { partyMemberNouns.contains($0) || $0 == "party" }
            if pw == ["green"] && !noun { return nil }
            guard ends || noun else { return nil }
            return (name, former)
        }
        return nil
    }

    /// `Ann Reed in Leeds and Tom Vale in Hull, both Labour, ...`: each person of the coordination before `, both`
    /// (or `, all`) is a member of the party that follows, when a comma, the sentence's end or a member noun
    /// comes after it (`both Labour and the Greens backed it` names no membership).
    func coordinatedParty(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for cue in [", both ", ", all "] where s.mayHold(cue: cue) {
            let lower = s.lower
            guard let r = lower.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let tail = String(lower[r.upperBound...])
            var tw = tail.lowerWords
            if tw.first == "former" { tw.removeFirst() }
            guard let p = Self.parties.first(where: { $0.words.count <= tw.count && Array(tw.prefix($0.words.count)) == $0.words }),
                  !["con", "lab", "ld", "green"].contains(p.words[0]) else { continue }
            let next = tw.dropFirst(p.words.count).first
            let spelled = p.words.joined(separator: " ")
            guard next.map({ Self.partyMemberNouns.contains($0) }) ?? true || tail.hasPrefix(spelled + ",") || tail.hasPrefix(spelled + ".")
                    || tail.hasPrefix("former " + spelled + ",") else { continue }
            // the people of the stretch before the cue, back to the clause's start
            let lead = s.slice(s.range.lowerBound, at)
            let from = s.range.lowerBound + (lead.lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }).map { lead.utf8.distance(from: lead.startIndex, to: $0) + 1 } ?? 0)
            let people = s.mentions.indices.filter { s.mentions[$0].mention.utf8Range.lowerBound >= from && s.mentions[$0].mention.utf8Range.upperBound <= at }
            guard people.filter({ s.type($0) == .person }).count >= 2,
                  s.slice(from, at).lowerWords.contains("and"),
                  RelationModality.isFactual(s.slice(from, at)) else { continue }
            for q in people where s.type(q) == .person {
                out.append(partyFound(s, subject: s.mentions[q].index, party: p.name, offset: s.mentions[q].mention.utf8Range.lowerBound))
            }
        }
        return out
    }
}
