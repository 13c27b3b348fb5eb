import Foundation
import HindsightSupport

/// Membership (`member_of`) stated by a clause rather than by a title before a name:
/// - a party as what someone is: `Ann Reed is a Conservative`, `Tom Vale, who was a Labour councillor,`,
///   `the Conservative Ann Reed`, `Labour's Tom Vale`, `Ann Reed sits in the Lords as a Labour peer`,
///   `He was elected as a Liberal Democrat in 2010` (a pronoun's person);
/// - a chamber sat in: `she sits in the Lords` (the House of Lords);
/// - the members a body lists: `the Care Alliance, whose members include Harbour Trust and the Carers Union`;
/// - a board joined: `Ann Reed was appointed to the board of Harbour Homes`, `Tom Vale was named to its board`;
/// - an employer: `Ann Reed worked for Harbour Homes`, `a former Eastside manager who later worked for Harbour
///   Homes`; one left: `Tom Vale left the Carers Union years ago` (a former member).
///
/// Negated, hedged and asked statements give nothing (``RelationModality``): `is not a Conservative`, `might
/// join the board of`, `Did she work for Harbour Homes?`.
extension RelationReader {
    /// Nouns that may follow a party word and keep it a membership: `a Labour peer`, `a Conservative member`.
    static let partyMemberNouns: Set<String> = ["member", "members", "peer", "peers", "mp", "mps", "councillor", "councillors",
                                                "politician", "candidate", "activist", "backbencher", "minister", "leader",
                                                "mayor", "msp", "mep", "am", "ms", "grandee", "loyalist", "moderate",
                                                "veteran", "figure", "colleague", "commissioner", "pcc", "peer,", "deputy"]

    /// The party the words `words` (lower case) open with, when what follows keeps it a membership: nothing
    /// (`is a Conservative.`), a member noun (`a Labour peer`), or a clause word (`a Conservative who`).
    static func partyOpening(_ words: ArraySlice<String>, needNoun: Bool = false) -> String? {
        var w = Array(words)
        while let f = w.first, ["former", "lifelong", "long-standing", "longstanding", "senior", "leading", "prominent", "veteran",
                                "backbench", "committed", "loyal", "staunch", "local", "fellow"].contains(f) { w.removeFirst() }
        for (pw, name) in parties where pw.count <= w.count && Array(w.prefix(pw.count)) == pw {
            if ["con", "lab", "ld"].contains(pw.first!) { return nil }
            let next = w.dropFirst(pw.count).first
            if pw == ["green"], !(next.map { partyMemberNouns.contains($0) || $0 == "party" } ?? false) { return nil }
            let noun = next.map { partyMemberNouns.contains($0) || NameLexicon.roleNouns.contains($0) } ?? false
            if needNoun && !noun { return nil }
            guard noun || next.map({ $0 == "party" || ["who", "and", "since", "for", "in", "from", "until"].contains($0) }) ?? true else { return nil }
            return name
        }
        return nil
    }

    func membershipClauses(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            out += partyOfPerson(s, position: i)
        }
        out += listedMembers(s, context)
        out += employers(s, context)
        out += pronounMemberships(s, context)
        out += partyDescriptions(s)
        out += boardMemberships(s, context)
        return out
    }

    /// A found membership of the party named `party` (its mention in the sentence if any).
    func partyFound(_ s: Sentence, subject: Int, party: String, offset: Int, former: Bool = false) -> Found {
        let m = partyMention(s, party)
        return Found(predicate: "member_of", subject: subject, object: m.map { s.mentions[$0].index },
                     objectName: m == nil ? party : nil, qualifier: former ? "former" : nil, offset: offset)
    }

    /// `Ann Reed is a Conservative`, `Ann Reed, who was a Labour councillor,`, `the Conservative Ann Reed`,
    /// `Labour's Tom Vale`, `Ann Reed sits in the Lords as a Labour peer`.
    func partyOfPerson(_ s: Sentence, position i: Int) -> [Found] {
        var out: [Found] = []
        let who = s.mentions[i].index
        let at = s.mentions[i].mention.utf8Range.lowerBound
        // before the name: `the Conservative Ann Reed`, `Labour's Tom Vale`
        let bw = s.before(i, 40).lowerWords
        for (pw, name) in Self.parties where !["con", "lab", "ld"].contains(pw.first!) {
            let possessive = bw.count >= pw.count && Array(bw.suffix(pw.count).dropLast()) == Array(pw.dropLast()) && bw.last == pw.last! + "'s"
            let plain = bw.count > pw.count && Array(bw.suffix(pw.count)) == pw && bw[bw.count - pw.count - 1] == "the" && pw != ["green"]
            if possessive || plain {
                out.append(partyFound(s, subject: who, party: name, offset: at))
                break
            }
        }
        // after the name: a copula or an apposition, then the party
        var after = s.after(i, 140).lowercased()
        if let stop = after.firstIndex(ofAnyASCII: ".;:?!") { after = String(after[..<stop]) }
        // (no other person's clause after: `Ann Reed said Tom Vale is a Conservative`)
        let nextPerson = (i + 1..<s.mentions.count).first { s.type($0) == .person }
        if let p = nextPerson {
            let limit = s.mentions[p].mention.utf8Range.lowerBound - s.mentions[i].mention.utf8Range.upperBound
            if limit < after.utf8.count { after = String(decoding: Array(after.utf8).prefix(max(0, limit)), as: UTF8.self) }
        }
        var words = after.lowerWords
        let apposition = after.hasPrefix(",")
        if apposition, words.first == "who" { words.removeFirst() }
        let copulas: [[String]] = [["is"], ["was"], ["has", "been"], ["had", "been"], ["became"], ["remains"], ["is", "now"], ["was", "then"],
                                   ["has", "always", "been"], ["is", "still"]]
        var former = false
        var matched = false
        for c in copulas where words.starts(with: c) {
            words.removeFirst(c.count)
            former = c.first == "was" || c == ["had", "been"]
            matched = true
            break
        }
        // (an apposition must name a member noun: `Ann Reed, a Labour councillor,`)
        if !matched, apposition, let f = words.first, ["a", "an"].contains(f), Self.partyOpening(words.dropFirst(), needNoun: true) != nil {
            matched = true
        }
        let head = Array(after.lowerWords.prefix(12))
        if matched, let f = words.first, ["a", "an"].contains(f), let party = Self.partyOpening(words.dropFirst()),
           RelationModality.isFactual(head.prefix(while: { $0 != f }).joined(separator: " ")) {
            out.append(partyFound(s, subject: who, party: party, offset: at, former: former || words.dropFirst().first == "former"))
        }
        // `sits in the Lords as a Labour peer`, `was elected as a Conservative`, `stood as a Green Party candidate`
        let aw = after.lowerWords.prefix(16)
        if let asAt = aw.indices.first(where: { aw[$0] == "as" && $0 + 1 < aw.endIndex && ["a", "an"].contains(aw[$0 + 1]) }),
           let party = Self.partyOpening(aw[(asAt + 2)...]),
           !Self.describedAs(aw[..<asAt]),
           aw[..<asAt].contains(where: { ["sits", "sat", "elected", "re-elected", "stood", "stands", "served", "serves", "sit", "entered", "joined", "won", "returned", "selected"].contains($0) }),
           RelationModality.isFactual(aw[..<asAt].joined(separator: " ")) {
            out.append(partyFound(s, subject: who, party: party, offset: at))
        }
        // `sits in the Lords` with no name of the chamber read: the House of Lords
        if let chamber = Self.chamberSatIn(Array(aw)), !s.mentions.contains(where: { $0.mention.canonicalName == chamber }),
           RelationModality.isFactual(aw.prefix(6).joined(separator: " ")) {
            out.append(Found(predicate: "member_of", subject: who, object: nil, objectName: chamber, offset: at))
        }
        return out
    }

    /// Whether the words before `as a` make the party someone else's view of another: `described him as`,
    /// `saw Tom Vale as`, `ran against her as`.
    static func describedAs(_ words: ArraySlice<String>) -> Bool {
        words.contains { ["described", "regarded", "seen", "saw", "sees", "branded", "dismissed", "painted", "against", "portrayed", "called"].contains($0) }
            || words.suffix(2).contains { ["him", "her", "them", "it", "us", "me"].contains($0) }
    }

    /// The chamber `words` say someone sits in, near their start: `sits in the Lords` → House of Lords.
    static func chamberSatIn(_ words: [String]) -> String? {
        for (k, w) in words.prefix(10).enumerated() where ["sits", "sat", "sit", "seat"].contains(w) && k + 3 < words.count + 1 {
            let rest = words.dropFirst(k + 1).prefix(5)
            guard let inAt = rest.firstIndex(of: "in"), inAt - (k + 1) <= 1 else { continue }
            let tail = Array(words.dropFirst(inAt + 1).prefix(4))
            let t = tail.first == "the" ? Array(tail.dropFirst()) : tail
            if t.first == "lords" || t.starts(with: ["house", "of", "lords"]) { return "House of Lords" }
            if t.first == "commons" || t.starts(with: ["house", "of", "commons"]) { return "House of Commons" }
        }
        return nil
    }

    /// `the Care Alliance, whose members include Harbour Trust and the Carers Union`; `the alliance's members
    /// include ...`: each listed name belongs to the body before the cue. `Its members include ...`, `Its other
    /// members are ...` at a sentence's start: the body is the one the sentence before opened with (`The Care
    /// Alliance was set up in 2019. Its members include Harbour Trust.`).
    func listedMembers(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        let lower = s.lower.replacingPresent("\u{2019}", with: "'")
        for cue in [" members include ", " members included ", " membership includes ", " members now include ", " members are "] where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue) else { continue }
            let cueStart = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let cueEnd = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound) - 1
            guard RelationModality.isFactual(s.slice(cueStart, cueEnd), question: s.isQuestion) else { continue }
            // the body: right before, with `, whose` or `'s` between; or the one `its` stands for
            let body: Int
            let leadWords = s.slice(s.range.lowerBound, cueStart).lowerWords
            if leadWords == ["its"] || leadWords == ["its", "other"] || leadWords == ["its", "founding"] || leadWords == ["its", "current"] {
                guard let b = pronounAntecedent(s, context, before: cueStart, atStart: true) else { continue }
                body = b
            } else {
                guard let b = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueStart }),
                      s.type(b) == .organization else { continue }
                let gap = s.slice(s.mentions[b].mention.utf8Range.upperBound, cueStart).lowercased().replacingPresent("\u{2019}", with: "'").trimming(" ")
                guard [", whose", "whose", "'s", "', whose", ", whose other", "'s other"].contains(gap) else { continue }
                body = s.mentions[b].index
            }
            for m in objects(s, after: cueEnd) where s.isActor(m) && s.mentions[m].index != body {
                out.append(Found(predicate: "member_of", subject: s.mentions[m].index, object: body, offset: s.mentions[m].mention.utf8Range.lowerBound))
            }
        }
        return out
    }

    /// Cues before an organization that make the one who did it a member of it: `worked for`, `was appointed to
    /// the board of`, `left`. The flag says the membership is past.
    static let employerCues: [(words: [String], former: Bool)] = [
        (["worked", "for"], true), (["worked", "at"], true), (["works", "for"], false), (["works", "at"], false),
        (["work", "for"], false), (["working", "for"], false), (["worked", "in"], true),
        (["appointed", "to", "the", "board", "of"], false), (["named", "to", "the", "board", "of"], false),
        (["elected", "to", "the", "board", "of"], false), (["joined", "the", "board", "of"], false),
        (["co-opted", "onto", "the", "board", "of"], false), (["left"], true), (["quit"], true),
        (["joined"], false), (["came", "from"], true), (["career", "at"], true), (["career", "with"], true),
    ]

    /// Words between `spent` and `career at`: `spent most of his career at Harbour Bank`, `spent her whole career with`.
    static let careerFillers: Set<String> = ["most", "much", "all", "part", "of", "his", "her", "their", "whole", "early", "entire",
                                             "the", "rest", "first", "half", "working", "professional"]

    /// `Ann Reed worked for Harbour Homes`; `Tom Vale, who worked at the Carers Union,`; `a former Eastside
    /// manager who later worked for Harbour Homes`; `Ann Reed was appointed to the board of Harbour Homes`;
    /// `Tom Vale left the Carers Union years ago`.
    func employers(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .organization && !RelationReader.isParty(s.mentions[j].mention.text) {
            var lead = s.before(j, 90).lowerWords
            if lead.last == "the" { lead.removeLast() }
            // a description of the body before its name: `came from the newspaper group Harbour Media` (lower-case words after `the`)
            var described = 0
            if !Self.employerCues.contains(where: { lead.count > $0.words.count && Array(lead.suffix($0.words.count)) == $0.words }) {
                let orig = s.before(j, 60).split(separator: " ").map(String.init)
                var k = 0
                while k < 2, k < orig.count, let w = orig.dropLast(k).last, w.allSatisfy({ $0.isLowercase }), w != "the" { k += 1 }
                if k > 0, orig.dropLast(k).last == "the", lead.count > k + 1 {
                    described = k + 1
                    lead.removeLast(k + 1)
                }
            }
            guard let cue = Self.employerCues.first(where: { lead.count > $0.words.count && Array(lead.suffix($0.words.count)) == $0.words }) else { continue }
            // (a described body only after a cue of coming from or working for: `left the union Unison` is rare)
            if described > 0 && (cue.words == ["left"] || cue.words == ["quit"] || cue.words == ["joined"]) { continue }
            // `joined` only as a membership: not `joined Harbour Homes as chief executive` (a post) or `joined Unison in calling for`
            if cue.words == ["joined"] {
                let nw = s.after(j, 30).lowerWords
                let next = s.after(j, 30)
                if nw.first == "as" || nw.first == "in" && (nw.dropFirst().first?.hasSuffix("ing") ?? false) || nw.first == "to"
                    || next.hasPrefix("'s") || next.hasPrefix("\u{2019}s") { continue }
            }
            // `left Harbour Homes, where she was chief executive`: the post is what is said
            if cue.words == ["left"] || cue.words == ["quit"] {
                let next = s.after(j, 30).lowercased()
                if [", where he was", ", where she was", ", where he had been", ", where she had been", ", which he had led", ", which she had led",
                    ", which he led", ", which she led"].contains(where: { next.hasPrefix($0) }) { continue }
            }
            // `left` only with the leaving itself next: `left the union in 2019`, `left Harbour Homes years ago`
            if cue.words == ["left"] || cue.words == ["quit"] {
                let next = s.after(j, 30)
                let nw = next.lowerWords
                let ends = next.trimming(" ").isEmpty || ".,;".contains(next.trimming(" ").first!)
                guard ends || ["in", "years", "last", "after", "for", "and", "when", "early", "earlier", "this", "before", "on", "a", "two", "three",
                               "several", "some", "shortly", "soon", "recently", "over", "at"].contains(nw.first ?? "") else { continue }
                if nw.first == "for", j + 1 < s.mentions.count, s.type(j + 1) != .organization { continue }
            }
            // the one who did it: the nearest actor before, with only auxiliaries, an apposition or `who` between
            guard let p = s.mentions.indices.last(where: { $0 < j && s.type($0) == .person }),
                  !(p + 1..<j).contains(where: { s.type($0) == .person }) else { continue }
            let gapText = s.between(p, j).lowercased()
            var gap = gapText.lowerWords
            if gap.last == "the" { gap.removeLast() }
            if described > 0, gap.count >= described { gap.removeLast(described) }
            guard gap.count >= cue.words.count else { continue }
            gap.removeLast(cue.words.count)
            // `spent most of his career at`: only with `spent` before it
            if cue.words.first == "career" {
                while let l = gap.last, Self.careerFillers.contains(l) { gap.removeLast() }
                guard gap.last == "spent" else { continue }
                gap.removeLast()
            }
            let aux: Set<String> = ["has", "had", "have", "also", "later", "then", "once", "previously", "briefly", "since", "was", "is",
                                    "been", "went", "on", "to", "himself", "herself", "subsequently", "eventually", "first"]
            var g = gap
            while let l = g.last, aux.contains(l) { g.removeLast() }
            // `Ann Reed, a former Eastside manager who later worked for`: the relative clause of the name
            let relative = g.last == "who" && gapText.trimming(" ").hasPrefix(",") && g.count <= 12 && !g.dropLast().contains("who")
            guard g.isEmpty && !gapText.contains(",") || relative else { continue }
            // (`went on to` only before `work`: `went on to work for`)
            guard RelationModality.isFactual(gap.joined(separator: " "), question: s.isQuestion) else { continue }
            out.append(found("member_of", s, subject: p, object: j, qualifier: cue.former ? "former" : nil))
        }
        return out
    }

    /// `He sits in the Lords as a Labour peer.`, `She is a Conservative.`, `He was named to its board.`: the
    /// membership of the person (or the body, for `its board`) a pronoun opening the clause stands for.
    func pronounMemberships(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let text = s.slice(s.range.lowerBound, s.range.upperBound)
        let words = text.lowerWords
        guard let first = words.first, first == "he" || first == "she" else { return [] }
        // the pronoun's clause names no person of its own before the cue
        guard let p = context.person(male: first == "he", at: s.range.lowerBound, in: s, subjectPronoun: true) else { return [] }
        var out: [Found] = []
        let head = Array(words.prefix(18))
        let offset = s.range.lowerBound
        // `He is a Conservative`, `She was a Labour councillor`
        let rest = Array(head.dropFirst())
        for c in [["is"], ["was"], ["has", "been"], ["had", "been"], ["became"]] where rest.starts(with: c) {
            let after = rest.dropFirst(c.count)
            if let f = after.first, ["a", "an"].contains(f), let party = Self.partyOpening(after.dropFirst()) {
                out.append(Found(predicate: "member_of", subject: p.index, object: nil, objectName: party,
                                 qualifier: c.first == "was" || after.dropFirst().first == "former" ? "former" : nil, offset: offset))
            }
            break
        }
        // `... sits in the Lords as a Labour peer`
        if let asAt = head.indices.first(where: { head[$0] == "as" && $0 + 1 < head.count && ["a", "an"].contains(head[$0 + 1]) }),
           let party = Self.partyOpening(head[(asAt + 2)...]),
           !Self.describedAs(head[..<asAt]),
           head[..<asAt].contains(where: { ["sits", "sat", "elected", "re-elected", "stood", "stands", "served", "serves", "entered", "returned"].contains($0) }) {
            out.append(Found(predicate: "member_of", subject: p.index, object: nil, objectName: party, offset: offset))
        }
        if let chamber = Self.chamberSatIn(Array(head)) {
            let named = s.mentions.first { $0.mention.canonicalName == chamber }
            out.append(Found(predicate: "member_of", subject: p.index, object: named?.index, objectName: named == nil ? chamber : nil, offset: offset))
        }
        guard RelationModality.isFactual(head.prefix(10).joined(separator: " ")) else { return [] }
        return out
    }

    /// A sentence that names nobody: only its pronoun memberships.
    func unnamedMemberships(_ s: Sentence, _ context: RelationContext) -> [Found] {
        pronounMemberships(s, context)
    }
}
