import Foundation
import HindsightSupport

/// A relation between organizations read to the first name of a list carries to every name listed with it:
/// `Harbour Care, which took over from Westside Council, the Eastside Trust and Northgate Council`;
/// `in partnership with the housing charity Eastside, the youth charity Northgate and Westside Care`;
/// `Harbour Group owns four trusts: Eastside Trust; Westside Trust; Northgate Trust; and Southgate Trust`;
/// `the Schools Agency replaced the Exams Board (EB) and the Tests Council (TC)`.
///
/// A list is read to the right of the relation's object, name by name, over a comma, `and`, `;` (only in a
/// list opened by a colon), a description of the next name (`, the housing charity`), a bracketed short name
/// (`(EB)`), and a place that only locates a name (`Eastside Trust in Leeds and Westside Trust`). It ends at
/// the name after the first `and` (the last of the list), at a name that opens a clause of its own
/// (`..., and Westside Council, which takes over from ...`; `Eastside and Harbour sold ...`), and at anything
/// else between two names.
extension RelationReader {
    /// The predicates whose object may be the first of a list, and which carry to the rest.
    static let listedPredicates: Set<String> = ["successor_of", "replaced", "partner_of", "owns", "operates"]

    func listedOrganizations(_ found: [Found], _ s: Sentence) -> [Found] {
        guard s.mentions.count >= 3 else { return [] }
        var out: [Found] = []
        var position: [Int: Int] = [:]
        for (k, m) in s.mentions.enumerated() where position[m.index] == nil { position[m.index] = k }
        var done = Set<String>()
        for f in found where RelationReader.listedPredicates.contains(f.predicate) {
            guard let o = f.object, let k = position[o], let subj = position[f.subject], subj < k,
                  s.type(subj) == .organization, s.type(k) == .organization || (f.predicate == "operates" && s.type(k) == .programme),
                  done.insert("\(f.predicate)|\(f.subject)|\(o)").inserted else { continue }
            // (`Harbour's Eastside Care, Westside Care and Northgate`: the possessive holds only the name it stands
            // before; the others are listed beside that holding, not held)
            if k == subj + 1, ["'s ", "\u{2019}s "].contains(s.between(subj, k)) { continue }
            for j in listMembers(s, after: k) where s.mentions[j].index != f.subject {
                var g = f
                g.object = s.mentions[j].index
                out.append(g)
            }
        }
        return out
    }

    /// The names listed after the one at position `k` (positions in `s.mentions`), by the rules above.
    func listMembers(_ s: Sentence, after k: Int) -> [Int] {
        let n = s.mentions.count
        let kind = s.type(k) == .programme ? EntityType.programme : EntityType.organization
        // a list opened by a colon right before the first name may go on over semicolons
        var opened = s.before(k, 40).trimming(" ").hasSuffix(":")
        var members: [Int] = []
        var last = k
        var j = k + 1
        while j < n {
            var gap = s.between(last, j)
            // a bracketed short name of the last one (`the Exams Board (EB)`) is the same name
            if gap.trimming(" ") == "(", j + 1 < n, s.between(j, j + 1).hasPrefix(")") {
                last = j
                j += 1
                continue
            }
            if gap.hasPrefix(")"), s.before(last, 2).hasSuffix("(") { gap = String(gap.dropFirst()) }
            // a place that only locates the last one: `Eastside Trust in Leeds and ...`
            if s.type(j) == .place, ["in", "in the", "across", "across the", "of", "for"].contains(gap.lowercased().trimming(" ")) {
                last = j
                j += 1
                continue
            }
            guard s.type(j) == kind || (kind == .organization && s.type(j) == .organization) else { break }
            let g = gap.lowercased().trimming(" ")
            // `owns five trusts: A; B and C` after the class name the verb took
            if g == ":", members.isEmpty, last == k, RelationReader.isGeneric(s, k) {
                opened = true
                members.append(j)
                last = j
                j += 1
                continue
            }
            let plain: Set<String> = [",", "and", ", and", ", the", "and the", ", and the", "&", "as well as", ", as well as"]
            let semicolon: Set<String> = [";", "; and", ";and", "; and the", "; the"]
            guard plain.contains(g) || (opened && semicolon.contains(g)) || RelationReader.describedName(gap, coordinated: true),
                  !RelationReader.opensOwnClause(s, j),
                  // (`Eastside Agency, the Ministry unit that ...`: a name before a unit noun describes the one before)
                  !(g.hasSuffix("the") && RelationReader.unitWords.union(["agency", "body", "team"]).contains(s.after(j, 16).lowerWords.first ?? "")) else { break }
            let closes = g.lowerWords.contains("and") || g.contains("as well as")
            members.append(j)
            last = j
            j += 1
            if closes { break }
        }
        return members
    }

    /// Whether the name at `j` starts a clause of its own: a verb right after it (`Westside sold ...`), or a
    /// relative clause with its own verb of taking over or running after a comma (`Westside Council, which takes
    /// over from ...`).
    static func opensOwnClause(_ s: Sentence, _ j: Int) -> Bool {
        let after = s.after(j, 40)
        let words = after.lowerWords
        if after.hasPrefix(" "), let w = words.first {
            let verbs: Set<String> = ["has", "had", "have", "is", "was", "were", "are", "said", "says", "took", "takes",
                                      "runs", "ran", "owns", "owned", "bought", "sold", "won", "lost", "replaced",
                                      "will", "would", "could", "did", "does", "became", "becomes", "announced"]
            if verbs.contains(w) || (w.hasSuffix("ed") && w.count > 4) { return true }
        }
        if after.hasPrefix(", which ") || after.hasPrefix(", who ") || after.hasPrefix(", that ") {
            let rest = words.dropFirst().prefix(3).joined(separator: " ")
            return ["takes over", "took over", "replaces", "replaced", "runs", "ran", "owns", "owned", "covers", "will"].contains(where: { rest.hasPrefix($0) })
        }
        return false
    }
}

/// A list of organizations that each run or own their own holdings of one class: `Harbour, Kestrel's Eastside
/// Care, Westside Trust and the rest will keep running their homes until the contracts end`; `other areas had
/// Harbour, Kestrel or Westside running their helplines`. Each listed organization runs (or owns) that class or
/// service; a possessor before a listed name (`Kestrel's`) is no member of the list.
extension RelationReader {
    /// A verb of running or owning, then `their` (`will keep running their `, `still owned their own `).
    static let theirHoldings = try! NSRegularExpression(pattern:
        "(?:^|\\s)(keep running|kept running|continue running|continued running|continue to run|continued to run|running|run|runs|ran|operate|operated|operating|manage|managed|managing|own|owned|owning|held|hold|holding) their (?:own )?$")
    /// Words that may stand between the last listed name and the verb: `and the rest will keep`.
    static let listTailWords: Set<String> = ["and", "or", "the", "rest", "others", "other", "all", "will", "would", "have",
                                             "had", "are", "were", "still", "been", "of", "them", "firms", "companies"]

    func listedHolders(_ s: Sentence) -> [Found] {
        let n = s.mentions.count
        guard n >= 3, !s.isQuestion else { return [] }
        var out: [Found] = []
        for o in 0..<n where (s.type(o) == .organization && RelationReader.isGeneric(s, o) && !RelationReader.isSingularClass(s, o)) || s.type(o) == .programme {
            let lead = s.before(o, 50).lowercased()
            guard let m = RelationReader.theirHoldings.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)),
                  let verb = Range(m.range(at: 1), in: lead) else { continue }
            let verbAt = s.mentions[o].mention.utf8Range.lowerBound - lead.utf8.distance(from: verb.lowerBound, to: lead.endIndex)
            guard let last = (0..<o).last(where: { s.mentions[$0].mention.utf8Range.upperBound <= verbAt }), s.type(last) == .organization,
                  !RelationReader.isGeneric(s, last) else { continue }
            let tail = s.slice(s.mentions[last].mention.utf8Range.upperBound, verbAt).lowerWords
            guard tail.count <= 7, tail.allSatisfy({ RelationReader.listTailWords.contains($0) }),
                  RelationModality.isFactual(s.slice(s.mentions[last].mention.utf8Range.upperBound, s.mentions[o].mention.utf8Range.lowerBound)) else { continue }
            var members = [last]
            var k = last
            while k > 0 {
                let g = s.between(k - 1, k).lowercased().trimming(" ")
                if ["'s", "\u{2019}s"].contains(g), k - 1 > 0 {
                    // `Kestrel's Eastside Care`: the possessor is passed over
                    let g2 = s.between(k - 2, k - 1).lowercased().trimming(" ")
                    guard [",", "and", ", and", "or", ", or", "&"].contains(g2), s.type(k - 2) == .organization else { break }
                    k -= 2
                } else if [",", "and", ", and", "or", ", or", "&"].contains(g), s.type(k - 1) == .organization {
                    k -= 1
                } else { break }
                guard !RelationReader.isGeneric(s, k) else { break }
                members.append(k)
            }
            guard members.count >= 2 else { continue }
            let verbText = String(lead[verb])
            let predicate = ["own", "owned", "owning", "held", "hold", "holding"].contains(verbText) ? "owns" : "operates"
            for member in members.reversed() { out.append(found(predicate, s, subject: member, object: o)) }
        }
        return out
    }
}
