import Foundation
import HindsightSupport

/// Posts stated once over several people, or over a person named with their party's possessive.
///
/// - A plural post after coordinated names: `Ann Reed and Tom Vale, the co-founders of the housing charity
///   Harbour Homes, ...` gives each person the post (singular) at the body named after `of`.
/// - A post shared by the people named after a joint cue: `the Flood Recovery Board, co-chaired by Ann Reed, the
///   Environment Secretary, and Tom Vale, the Transport Secretary` gives each `co-chair` of the body just named.
/// - A post before a party possessive and a name: `The mayor, Labour's Ann Reed, opened the depot` gives Ann Reed
///   the post `mayor` (her party is read by ``RelationReader/membershipRelations(_:)``).
///
/// Every rule wants the names right next to each other (only `and`, commas or a short appositive between them),
/// and nothing is read in a negated or questioned clause.
enum CoordinatedRoles {
    /// Plural posts and the post each holder has.
    static let pluralPosts: [String: String] = [
        "co-founders": "co-founder", "founders": "co-founder", "co-chairs": "co-chair", "joint chairs": "co-chair",
        "co-directors": "co-director", "co-leaders": "co-leader", "joint leaders": "co-leader",
        "joint chief executives": "joint chief executive", "co-owners": "co-owner",
    ]
    /// Cues after a body's name for a post its people share: `co-chaired by`.
    static let jointCues: [String: String] = [
        "co-chaired by": "co-chair", "jointly chaired by": "co-chair", "co-led by": "co-leader", "jointly led by": "co-leader",
    ]

    /// Whether the words between two coordinated names join them: `and`, a comma, `, and`.
    static func joins(_ gap: String) -> Bool {
        let w = gap.lowerWords
        let t = gap.trimmingCharacters(in: .whitespaces)
        return w.isEmpty ? t == "," : w == ["and"] && !t.hasPrefix("and,")
    }
}

extension RelationReader {
    /// The rules of ``CoordinatedRoles``.
    func coordinatedRoles(_ s: Sentence) -> [Found] {
        guard s.types.contains(.person) else { return [] }
        return pluralPostHolders(s) + jointPostHolders(s) + partyPossessivePosts(s)
    }

    /// `Ann Reed and Tom Vale, the co-founders of the bakery chain Crumbs`: each holds `co-founder` at Crumbs.
    func pluralPostHolders(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < s.mentions.count {
            guard s.type(i) == .person else { i += 1; continue }
            var people = [i]
            while let last = people.last, last + 1 < s.mentions.count, s.type(last + 1) == .person,
                  CoordinatedRoles.joins(s.between(last, last + 1)) { people.append(last + 1) }
            defer { i = people.last! + 1 }
            guard people.count > 1, let last = people.last, last + 1 < s.mentions.count, s.type(last + 1) == .organization,
                  !s.isClassName(last + 1) else { continue }
            let gap = Sentence.plainSpaces(s.between(last, last + 1)).lowercased()
            guard gap.hasPrefix(", the ") else { continue }
            let rest = String(gap.dropFirst(6))
            guard let (plural, post) = CoordinatedRoles.pluralPosts.first(where: { rest.hasPrefix($0.key + " of ") }) else { continue }
            // nothing, or `the` and a few plain words, between `of` and the body (`the restaurant chain`)
            let tail = String(rest.dropFirst(plural.count + 4)).lowerWords
            guard tail.isEmpty || tail.first == "the" && tail.count <= 4
                    && !tail.contains(where: { CoordinatedRoles.notPlainWords.contains($0) }),
                  RelationModality.isFactual(s.before(people[0], 80) + gap, question: s.isQuestion) else { continue }
            for p in people { out.append(found("holds_role", s, subject: p, object: last + 1, label: post)) }
        }
        return out
    }

    /// `the Flood Recovery Board, co-chaired by Ann Reed, the Environment Secretary, and Tom Vale, ...`: each named
    /// after the cue holds `co-chair` of the body right before it.
    func jointPostHolders(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = s.lower
        for (cue, post) in CoordinatedRoles.jointCues where s.mayHold(cue: cue) && lower.fastContains(cue) {
            var from = lower.startIndex
            while let r = lower.fastRange(of: " " + cue + " ", range: from..<lower.endIndex) {
                from = r.upperBound
                let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let end = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                guard let org = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at }),
                      s.type(org) == .organization, !s.isClassName(org),
                      s.slice(s.mentions[org].mention.utf8Range.upperBound, at).trimmingCharacters(in: .whitespaces) == ",",
                      let first = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= end }),
                      s.type(first) == .person, s.slice(end, s.mentions[first].mention.utf8Range.lowerBound).lowerWords.isEmpty,
                      RelationModality.isFactual(s.before(first, 120), question: s.isQuestion) else { continue }
                var people = [first]
                while let last = people.last, last + 1 < s.mentions.count, s.type(last + 1) == .person {
                    let gap = Sentence.plainSpaces(s.between(last, last + 1))
                    // `and`, or the first one's post in apposition then `, and` (`, the Environment Secretary, and`)
                    let joined = CoordinatedRoles.joins(gap)
                        || gap.hasPrefix(", ") && gap.hasSuffix(", and ") && gap.lowerWords.count <= 8
                            && RoleTitle.isRole(String(gap.dropFirst(2).dropLast(6)))
                    guard joined else { break }
                    people.append(last + 1)
                }
                guard people.count > 1 else { continue }
                for p in people { out.append(found("holds_role", s, subject: p, object: org, label: post)) }
            }
        }
        return out
    }

    /// `The mayor, Labour's Ann Reed, opened the depot`: the post before the party possessive is the person's.
    func partyPossessivePosts(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices.dropFirst() where s.type(i) == .person && s.type(i - 1) == .organization {
            guard CoordinatedRoles.possessive.contains(s.between(i - 1, i)),
                  RelationReader.isParty(s.mentions[i - 1].mention.text) else { continue }
            // a comma after the name (the appositive closes)
            guard s.after(i, 3).hasPrefix(",") else { continue }
            let lead = s.before(i - 1, 80)
            guard lead.hasSuffix(", ") else { continue }
            let head = lead.dropLast(2)
            let clause = String(head.split(whereSeparator: { ",;:(".contains($0) }).last ?? head[...])
            let words = clause.lowerWords
            guard let the = words.lastIndex(of: "the"), words.count - the - 1 >= 1, words.count - the - 1 <= 4 else { continue }
            let title = words[(the + 1)...].joined(separator: " ")
            // the clause must open with the post (`The mayor`) or put only a short phrase before it
            guard the <= 4, RoleTitle.isRole(title), !RoleTitle.isRole(words[..<the].joined(separator: " ")),
                  RelationModality.isFactual(clause, question: s.isQuestion) else { continue }
            var f = found("holds_role", s, subject: i, object: nil, label: title)
            f.objectCandidates = RoleTitle.organizationNames(for: title)
            out.append(f)
        }
        return out
    }
}

extension CoordinatedRoles {
    /// Words that make the words between `of` and the body more than a plain description (`a rival to`).
    static let notPlainWords: Set<String> = ["of", "to", "for", "with", "against", "and", "or", "not", "former", "formerly", "rival", "parent"]
    /// A possessive between a party and a name.
    static let possessive: Set<String> = ["'s ", "\u{2019}s "]
}
