import Foundation
import HindsightSupport

/// Membership (`member_of`): a person in a party, a union, a committee or a board.
extension RelationReader {
    /// Party words and the party they name (UK parties; a user's `Entities/` may add others as organizations).
    static let parties: [(words: [String], name: String)] = [
        (["labour"], "Labour Party"), (["conservative"], "Conservative Party"), (["conservatives"], "Conservative Party"),
        (["tory"], "Conservative Party"), (["tories"], "Conservative Party"), (["con"], "Conservative Party"),
        (["lab"], "Labour Party"), (["lib", "dem"], "Liberal Democrats"), (["liberal", "democrat"], "Liberal Democrats"),
        (["liberal", "democrats"], "Liberal Democrats"), (["ld"], "Liberal Democrats"), (["snp"], "Scottish National Party"),
        (["green"], "Green Party"), (["plaid"], "Plaid Cymru"), (["ukip"], "UK Independence Party"),
    ]

    /// The party a phrase names by its first words (`Labour's shadow minister` → Labour Party).
    static func party(in phrase: String) -> String? {
        var words = phrase.lowerWords.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
        while let f = words.first, ["the", "a", "an", "former", "ex", "very", "right", "left", "wing", "veteran", "senior", "leading", "prominent", "backbench"].contains(f) {
            words.removeFirst()
        }
        for (w, name) in parties where w.count <= words.count && Array(words.prefix(w.count)) == w {
            // `Green` only as `Green Party`/`Green MP`, not the colour: a role noun must follow.
            if w == ["green"] && !(words.dropFirst().first.map { NameLexicon.roleNouns.contains($0) || $0 == "party" } ?? false) { return nil }
            if w == ["con"] || w == ["lab"] || w == ["ld"] { return nil }   // only in brackets
            return name
        }
        return nil
    }

    /// `the Liberal Home Secretary, Ann Reed`: the (historical) Liberal Party, read only from words as written, with
    /// the capital (`the liberal reformer Ann Reed` names none), and not the Liberal Democrats.
    static func liberalParty(_ written: ArraySlice<String>) -> String? {
        var w = Array(written)
        while let f = w.first, ["the", "a", "former", "senior", "leading", "veteran"].contains(f.lowercased()) { w.removeFirst() }
        guard w.count >= 2, w[0] == "Liberal", !w[1].lowercased().hasPrefix("dem") else { return nil }
        return "Liberal Party"
    }

    /// Whether an organization's name is a party's.
    static func isParty(_ name: String) -> Bool {
        let l = name.lowercased()
        return l.hasSuffix(" party") || ["labour", "conservatives", "tories", "liberal democrats", "lib dems", "snp", "plaid cymru"].contains(l)
    }

    func membershipRelations(_ s: Sentence) -> [Found] {
        var out: [Found] = bodyMemberships(s)
        for i in s.mentions.indices where s.type(i) == .person {
            // `Labour MP Ann Reed`, `Conservative councillor Tom Vale`, `the Tory peer Ann Reed`.
            let before = s.before(i, 50)
            let bw = before.lowerWords
            if bw.count >= 2, let last = bw.last, NameLexicon.roleNouns.contains(last) {
                let written = before.split(separator: " ").map(String.init)
                for k in 2...min(4, bw.count) {
                    guard let party = RelationReader.party(in: bw.suffix(k).joined(separator: " "))
                            ?? RelationReader.liberalParty(written.suffix(k)) else { continue }
                    let m = partyMention(s, party)
                    out.append(found("member_of", s, subject: i, object: m, objectName: m == nil ? party : nil))
                    break
                }
            }
            // `Ann Reed (Lab)`, `Tom Vale (Con, Devon)`.
            let after = s.after(i, 20)
            if after.hasPrefix(" (") {
                let inside = after.dropFirst(2).prefix { $0 != ")" && $0 != "," }.lowercased()
                let map = ["con": "Conservative Party", "lab": "Labour Party", "ld": "Liberal Democrats", "lib dem": "Liberal Democrats",
                           "snp": "Scottish National Party", "green": "Green Party", "pc": "Plaid Cymru", "conservative": "Conservative Party",
                           "labour": "Labour Party"]
                if let party = map[inside] {
                    let m = partyMention(s, party)
                    out.append(found("member_of", s, subject: i, object: m, objectName: m == nil ? party : nil))
                }
            }
            // `Ann Reed, a member of the Health Committee`, `Ann Reed, who sits on the board of Leeds Trust`,
            // `Ann Reed, a Unison member`.
            if let j = (i + 1..<s.mentions.count).first(where: { s.type($0) == .organization }) {
                var between = s.between(i, j).lowercased()
                // `Tom Vale, who ran the trust for years, sits in the Lords`: a clause between commas belongs to the name
                if between.hasPrefix(", "), let close = between.dropFirst(2).firstIndex(of: ","),
                   between[between.index(between.startIndex, offsetBy: 2)..<close].lowerWords.count <= 10 {
                    let tail = String(between[between.index(after: close)...])
                    if ["sits in", "sat in", "sits on", "sat on", "serves on", "is a member of", "was a member of"].contains(where: { tail.trimming(" ").hasPrefix($0) }) {
                        between = tail
                    }
                }
                let trimmed = between.trimming(" ,(")
                if between.utf8.count <= 40,
                   ["a member of", "member of", "who joined", "joined", "who sits on", "sits on", "a trustee of", "trustee of",
                    "who is a member of", "is a member of", "was a member of", "on the board of", "a board member of",
                    "who serves on", "serves on", "served on", "sat on", "who sat on", "used to be on", "sits in", "who sits in", "sat in",
                    "who sat in"].contains(where: { trimmed.hasPrefix($0) && trimmed.count <= $0.count + 5 }),
                   RelationModality.isFactual(between, question: s.isQuestion) {
                    let past = trimmed.hasPrefix("was") || trimmed.hasPrefix("served") || trimmed.hasPrefix("sat") || trimmed.hasPrefix("used") || trimmed.hasPrefix("who sat")
                    // `sits in` only a chamber or an assembly (`sits in the office` is no membership)
                    if trimmed.fastContains("sits in") || trimmed.fastContains("sat in") {
                        let last = s.mentions[j].mention.text.lowerWords.last ?? ""
                        guard ["lords", "commons", "parliament", "assembly", "senate", "cabinet", "chamber", "council"].contains(last) else { continue }
                    }
                    // `joined the Carers Union's campaign`: what was joined is the body's campaign, not the body
                    if trimmed.fastContains("joined") {
                        let next = s.after(j, 4)
                        if next.hasPrefix("'s") || next.hasPrefix("\u{2019}s") { continue }
                    }
                    // `sat on the OBR's first Budget Committee`: the body is the last of a possessive chain
                    var body = j
                    while body + 1 < s.mentions.count, s.type(body + 1) == .organization {
                        let g = s.between(body, body + 1)
                        guard g.hasPrefix("'s ") || g.hasPrefix("\u{2019}s "), g.lowerWords.count <= 4, !g.contains(",") else { break }
                        body += 1
                    }
                    out.append(found("member_of", s, subject: i, object: body, qualifier: past ? "former" : nil))
                    out += coMembers(s, of: body, past: past)
                }
                let after = s.after(j, 12).lowerWords
                if (trimmed == "a" || trimmed == "an"), after.first == "member" {
                    out.append(found("member_of", s, subject: i, object: j))
                }
            }
        }
        return out
    }

    /// `Ann Reed sat on the panel's Audit Committee with Tom Vale and Mark Cole`: the people named after `with`
    /// (or `alongside`) right after the body sit on it too.
    func coMembers(_ s: Sentence, of body: Int, past: Bool) -> [Found] {
        let next = s.after(body, 16).lowercased()
        guard next.hasPrefix(" with ") || next.hasPrefix(" alongside ") else { return [] }
        var out: [Found] = []
        var k = body + 1
        var gapOK = true
        while k < s.mentions.count, s.type(k) == .person, gapOK {
            out.append(found("member_of", s, subject: k, object: body, qualifier: past ? "former" : nil))
            if k + 1 < s.mentions.count {
                let g = s.between(k, k + 1).lowercased().trimming(" ")
                gapOK = g == "and" || g == "," || g == ", and"
            }
            k += 1
        }
        return out
    }

    /// `Harbour Trust and the Carers Union, both members of the Care Alliance,`; `Harbour Trust, a member of the
    /// alliance`: organizations in a body; `Ann Reed spoke to her fellow members of the 2019 Labour intake`: a
    /// person in the party named after `fellow`.
    func bodyMemberships(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for j in 0..<n where s.type(j) == .organization {
            let lead = s.before(j, 40).lowercased()
            guard let cue = [", both members of the ", ", both members of ", ", all members of the ", ", all members of ",
                             ", a member of the ", ", a member of ", ", members of the ", ", members of "].first(where: { lead.hasSuffix($0) }),
                  j > 0, s.type(j - 1) == .organization,
                  s.between(j - 1, j).lowercased() == cue.dropLast() + " " || s.between(j - 1, j).lowercased() == String(cue) else { continue }
            var k = j - 1
            out.append(found("member_of", s, subject: k, object: j))
            if cue.fastContains("both") || cue.fastContains("all") || cue.fastContains("members") {
                while k > 0, s.type(k - 1) == .organization, ["and", "and the", ",", ", the", ", and"].contains(s.between(k - 1, k).lowercased().trimming(" ")) {
                    k -= 1
                    out.append(found("member_of", s, subject: k, object: j))
                }
            }
        }
        let lower = s.lower
        for cue in ["his fellow ", "her fellow ", "their fellow "] where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let tail = lower[r.upperBound...].split(separator: " ").prefix(7).joined(separator: " ")
            guard let party = tail.split(separator: " ").lazy.compactMap({ RelationReader.party(in: String($0) + " member") }).first,
                  ["members", "mps", "tories", "conservatives", "peers", "councillors", "backbenchers", "ministers"].contains(where: { tail.hasPrefix($0) }),
                  let p = s.mentions.indices.last(where: { s.type($0) == .person && s.mentions[$0].mention.utf8Range.upperBound <= at }),
                  s.slice(s.mentions[p].mention.utf8Range.upperBound, at).lowerWords.count <= 6 else { continue }
            let m = partyMention(s, party)
            out.append(found("member_of", s, subject: p, object: m, objectName: m == nil ? party : nil))
        }
        return out
    }

    /// A signature: the name alone on its line and the organization alone on the next (`Ann Reed` / `Carers
    /// Union`), at the end of a letter or a comment: the writer belongs to it. The two lines are mostly two
    /// sentences, so the organization is looked up among all the passage's names.
    func signatureMembership(_ s: Sentence, all: [LocatedMention]) -> [Found] {
        guard s.mentions.count == 1, s.type(0) == .person else { return [] }
        let m = s.mentions[0]
        let r = m.mention.utf8Range
        // the name is the whole line
        let lineStart = Sentence.slice(s.text, max(0, r.lowerBound - 12), r.lowerBound)
        let indent = lineStart.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        guard indent.allSatisfy({ $0 == " " || $0 == "\t" }), lineStart.contains("\n") || lineStart.utf8.count == r.lowerBound,
              Sentence.slice(s.text, r.upperBound, min(s.utf8.count, r.upperBound + 1)) == "\n" else { return [] }
        let next = Sentence.slice(s.text, r.upperBound + 1, min(s.utf8.count, r.upperBound + 160)).prefix { $0 != "\n" }
        let lead = next.prefix { $0 == " " || $0 == "\t" }.utf8.count
        let k = m.index + 1
        guard k < all.count, all[k].post == all[m.index].post, all[k].passage == all[m.index].passage,
              all[k].mention.type == .organization, all[k].mention.utf8Range.lowerBound == r.upperBound + 1 + lead,
              String(next).trimming(" \t").utf8.count == all[k].mention.utf8Range.count,
              !RelationReader.isParty(all[k].mention.text) else { return [] }
        return [Found(predicate: "member_of", subject: m.index, object: k, offset: r.lowerBound)]
    }

    /// The position of a mention of this party in the sentence, if it is named there.
    /// A mention counts only when its words are the party's own (`Labour`, `the Tories`, `Conservative Party`): a
    /// name that merely opens with a party word (`Conservative Home`, a website) is another body.
    func partyMention(_ s: Sentence, _ party: String) -> Int? {
        s.mentions.indices.first { j in
            guard s.type(j) == .organization else { return false }
            let m = s.mentions[j].mention
            if m.canonicalName == party { return true }
            var words = m.text.lowerWords
            if words.first == "the" { words.removeFirst() }
            if words.last == "party" { words.removeLast() }
            if let l = words.last, l.hasSuffix("'s") { words[words.count - 1] = String(l.dropLast(2)) }
            return RelationReader.parties.contains { $0.words == words && $0.name == party }
        }
    }
}

/// Speakers of a transcript, and founders.
extension RelationReader {
    /// The person whose turn of a transcript the sentence is in: a name at the start of a line, followed by a
    /// colon (`Q12 Ann Reed:`, `Ann Reed:`), before the sentence in its passage or opening it.
    func speaker(_ s: Sentence, _ context: RelationContext) -> (index: Int, question: Bool)? {
        let candidates = context.before.filter { $0.mention.type == .person } + s.mentions.map { ($0.index, $0.mention) }.filter { $0.1.type == .person }
        for (index, m) in candidates.reversed() where m.utf8Range.lowerBound <= s.range.lowerBound + 2 || m.utf8Range.upperBound <= s.range.upperBound {
            let after = Sentence.slice(s.text, m.utf8Range.upperBound, min(s.utf8.count, m.utf8Range.upperBound + 1))
            guard after == ":" else { continue }
            let lineStart = Sentence.slice(s.text, max(0, m.utf8Range.lowerBound - 12), m.utf8Range.lowerBound)
            let lead = lineStart.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? lineStart
            let t = lead.trimming(" \t")
            if t.isEmpty { return (index, false) }
            if t.first == "Q", t.dropFirst().allSatisfy(\.isNumber), t.count >= 2 { return (index, true) }
        }
        return nil
    }

    /// `Q12 Ann Reed: Have you seen ...?` in the transcript of a committee's hearing: the questioner sits on the
    /// committee the post names (when it names one); `in my constituency` in a speaker's turn: an MP.
    func transcriptRoles(_ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        guard let first = s.mentions.first?.index ?? context.before.last?.index else { return [] }
        guard let (who, question) = speaker(s, context) else { return [] }
        var out: [Found] = []
        let lower = s.lower
        if question, s.mentions.contains(where: { $0.index == who }) {
            // the committee of the post: the one name ending in `Committee` it gives
            let post = all[first].post
            let committees = Set(all.filter { $0.post == post && $0.mention.type == .organization && $0.mention.text.lowerWords.last == "committee" }.map(\.mention.canonicalName))
            if committees.count == 1, let c = all.firstIndex(where: { $0.post == post && $0.mention.type == .organization && $0.mention.canonicalName == committees.first! }) {
                out.append(Found(predicate: "member_of", subject: who, object: c, offset: all[who].mention.utf8Range.lowerBound))
            }
        }
        // the turn: from the speaker's colon to the end of its line (a sentence with no name is read with it)
        var turn = lower
        if s.mentions.contains(where: { $0.index == who }) {
            let start = all[who].mention.utf8Range.upperBound
            let rest = Sentence.slice(s.text, start, min(s.utf8.count, start + 4000))
            turn = String(rest.prefix { $0 != "\n" }).lowercased()
        }
        if ["my constituency", "my own constituency", "my constituents", "my own constituents"].contains(where: { turn.contains($0) }) {
            out.append(Found(predicate: "holds_role", subject: who, object: nil, label: "MP", offset: all[who].mention.utf8Range.lowerBound))
        }
        return out
    }

    /// `Harbour Trust, founded in 1998 by Ann Reed and her brother Tom Vale`; `Harbour Energy was set up in 2013
    /// by Ann Reed and Tom Vale`: the founders' post at the organization.
    func founders(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = s.lower
        for cue in ["founded", "co-founded", "set up", "established", "started"] where s.mayHold(cue: " " + cue + " ") {
            var from = lower.startIndex
            while let r = lower.fastRange(of: " " + cue + " ", range: from..<lower.endIndex) {
                from = r.upperBound
                let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                guard let org = s.mentions.indices.last(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= at }) else { continue }
                let lead = s.slice(s.mentions[org].mention.utf8Range.upperBound, at)
                guard lead.lowerWords.count <= 6, !s.mentions.indices.contains(where: { $0 > org && s.isActor($0) && s.mentions[$0].mention.utf8Range.upperBound <= at }),
                      RelationModality.isFactual(lead, question: s.isQuestion) else { continue }
                // `by` within a few words (a place or a date may stand between)
                let afterCue = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                guard let p = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= afterCue && s.isActor($0) }), s.type(p) == .person else { continue }
                let gap = s.slice(afterCue, s.mentions[p].mention.utf8Range.lowerBound).lowerWords
                guard gap.last == "by" || (gap.count >= 2 && gap.suffix(2).first == "by"), gap.count <= 6 else { continue }
                var people = [p]
                while let last = people.last, last + 1 < s.mentions.count, s.type(last + 1) == .person {
                    let g = s.between(last, last + 1).lowerWords
                    guard g.first == "and" || g.isEmpty, g.count <= 4 else { break }
                    people.append(last + 1)
                }
                for q in people {
                    out.append(found("holds_role", s, subject: q, object: org, label: cue == "co-founded" || people.count > 1 ? "co-founder" : "founder"))
                }
            }
        }
        return out
    }
}

/// A person named with the body they speak or work for: `Ann Reed of the Royal College of Nursing warned that
/// ...`; `Tom Vale at Unison has said so for years`; `a review led by Sam Cole of the insurer Harbour Life`.
/// `of`/`at` right after the name (with at most two plain words after `the`) makes the person one of the
/// body's people (`member_of`).
///
/// `at` also names a place where something happened (`Ann Reed met Tom Vale at the Home Office`), so it is read
/// only of a person who opens a clause and whose clause goes on with its verb, a comma or `and` right after the
/// body. Nothing is read of a place, of a class of bodies (`Ann Reed of the trusts`), of a party word, or in a
/// question or a negated clause (`Ann Reed, not of Unison, ...`).
extension RelationReader {
    static let affiliationWords: Set<String> = ["of", "at"]
    /// Words that carry on the clause of `Ann Reed at Unison …` right after the body (its verb, `and`, `who`), so
    /// that `at` names the body she speaks for, not where something happened.
    static let affiliationClauseGoesOn: Set<String> = ["has", "had", "have", "is", "was", "said", "says", "told", "wrote", "writes",
        "warned", "warns", "argued", "argues", "called", "calls", "put", "puts", "made", "makes", "and", "who", "thinks",
        "thought", "believes", "agreed", "agrees", "reported", "reports", "explained", "explains"]

    func affiliationAfterName(_ s: Sentence) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " of ") || s.mayHold(cue: " at ") else { return [] }
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person && i + 1 < s.mentions.count && s.type(i + 1) == .organization {
            let j = i + 1
            let gap = s.between(i, j)
            let words = gap.lowerWords
            // ` of `, ` of the `, ` at the `, ` of the insurer `: plain lower-case words only
            guard gap.hasPrefix(" "), gap.hasSuffix(" "), let w = words.first, RelationReader.affiliationWords.contains(w),
                  !gap.contains(","), gap == gap.lowercased(),
                  words.count == 1 || words[1] == "the" && (words.count == 2 || w == "of" && words.count <= 4) else { continue }
            guard !s.isClassName(j), !RelationReader.isParty(s.mentions[j].mention.text), !RoleTitle.isRole(s.mentions[j].mention.text) else { continue }
            let before = s.before(i, 40).lowercased()
            // `a letter from Unison's Ann Reed of ...`, `the chair of Harbour Trust, Ann Reed of ...`: not after a possessive
            guard !before.hasSuffix("'s "), !before.hasSuffix("\u{2019}s ") else { continue }
            let lead = before.lowerWords
            guard !lead.contains(where: { RelationModality.negations.contains($0) }) || lead.count > 6 else { continue }
            let next = s.after(j, 24)
            if w == "at" {
                // the clause's subject: at its start, after a comma, `and`, `;`, or a time phrase that opens the sentence
                let opens = lead.isEmpty || before.hasSuffix(", ") || before.hasSuffix("; ") || lead.last == "and" || lead.last == "but"
                let nw = next.lowerWords.first ?? ""
                let verbNext = next.hasPrefix(",") || next.hasPrefix(" (") || RelationReader.affiliationClauseGoesOn.contains(nw)
                guard opens, verbNext else { continue }
            }
            out.append(found("member_of", s, subject: i, object: j))
        }
        return out
    }
}
