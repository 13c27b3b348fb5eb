import Foundation

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

    /// Whether an organization's name is a party's.
    static func isParty(_ name: String) -> Bool {
        let l = name.lowercased()
        return l.hasSuffix(" party") || ["labour", "conservatives", "tories", "liberal democrats", "lib dems", "snp", "plaid cymru"].contains(l)
    }

    func membershipRelations(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            // `Labour MP Ann Reed`, `Conservative councillor Tom Vale`, `the Tory peer Ann Reed`.
            let before = s.before(i, 50)
            let bw = before.lowerWords
            if bw.count >= 2, let last = bw.last, NameLexicon.roleNouns.contains(last) {
                for k in 2...min(4, bw.count) {
                    guard let party = RelationReader.party(in: bw.suffix(k).joined(separator: " ")) else { continue }
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
                let between = s.between(i, j).lowercased()
                let trimmed = between.trimming(" ,(")
                if between.utf8.count <= 40,
                   ["a member of", "member of", "who joined", "joined", "who sits on", "sits on", "a trustee of", "trustee of",
                    "who is a member of", "is a member of", "was a member of", "on the board of", "a board member of",
                    "who serves on", "serves on", "served on", "sat on", "who sat on", "used to be on"].contains(where: { trimmed.hasPrefix($0) && trimmed.count <= $0.count + 5 }),
                   RelationModality.isFactual(between, question: s.isQuestion) {
                    let past = trimmed.hasPrefix("was") || trimmed.hasPrefix("served") || trimmed.hasPrefix("sat") || trimmed.hasPrefix("used") || trimmed.hasPrefix("who sat")
                    out.append(found("member_of", s, subject: i, object: j, qualifier: past ? "former" : nil))
                }
                let after = s.after(j, 12).lowerWords
                if (trimmed == "a" || trimmed == "an"), after.first == "member" {
                    out.append(found("member_of", s, subject: i, object: j))
                }
            }
        }
        return out
    }

    /// The position of a mention of this party in the sentence, if it is named there.
    func partyMention(_ s: Sentence, _ party: String) -> Int? {
        s.mentions.indices.first { j in
            s.type(j) == .organization && (s.mentions[j].mention.canonicalName == party || RelationReader.party(in: s.mentions[j].mention.text + " party") == party)
        }
    }
}
