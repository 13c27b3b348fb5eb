import Foundation
import HindsightSupport

/// Ownership and operation (`owns`, `operates`), partnership (`partner_of`), units (`part_of`) and funding
/// (`funds`) between organizations, services and programmes.
extension RelationReader {
    /// Verbs after which the subject owns the object.
    static let ownVerbs = ["owns", "owned", "bought", "buys", "acquired", "acquires", "took over", "takes over",
                           "has taken over", "had taken over", "has bought", "has acquired", "had bought", "purchased",
                           "owner of", "the owner of", "parent company of", "the parent company of", "the parent of",
                           "co-owner of", "majority owner of", "the majority owner of"]
    /// Verbs after which the subject runs the object.
    static let runVerbs = ["runs", "ran", "operates", "operated", "manages", "managed", "delivers", "delivered",
                           "provides", "provided", "has run", "has been running", "is running", "was running", "running",
                           "operating", "had run", "has operated", "has managed",
                           "oversees", "oversaw", "supervises", "supervised", "holds the contract for",
                           "won the contract for", "won the contract to run", "was awarded", "has the contract for",
                           "administers", "has administered", "is responsible for running", "was responsible for running"]
    /// Plain verbs that state ownership only of a holding (`Harbour has Eastside CRC`, `won five trusts`,
    /// `takes London School and Leeds School`): the object must be a class name or end in a holding noun.
    static let holdingVerbs = ["has", "had", "won", "wins", "took", "takes", "got", "gets", "now has", "has won", "held", "holds", "has held",
                               "had won", "inherited", "was left with", "kept", "keeps"]

    /// Verbs of taking over after which `X's holdings` make a succession: `took over Westside's homes`.
    static let takeOverVerbs: Set<String> = ["took over", "takes over", "has taken over", "had taken over", "inherited"]

    /// Whether the words after a name make it the possessor of holdings or work rather than what is held:
    /// `'s three trusts`, `' contracts`, `'s old areas`.
    static func possessedHolding(_ after: String) -> Bool {
        let a = after.lowercased()
        guard a.hasPrefix("'s ") || a.hasPrefix("\u{2019}s ") || a.hasPrefix("' ") || a.hasPrefix("\u{2019} ") else { return false }
        let words = a.lowerWords.drop(while: { $0 == "s" }).prefix(4)
        let nouns = holdingNouns.union(workNouns).union(["areas", "regions", "patches", "caseload", "contract", "contracts", "franchises", "sites", "operations"])
        return words.prefix(3).contains(where: { nouns.contains($0) })
    }

    /// The words between the names at `i` and `j`, a closing bracket first left out when the name at `i` is a
    /// bracketed short name (`Harbour Health Trust (HHT), which runs ...` reads `, which runs` after HHT).
    static func gap(_ s: Sentence, _ i: Int, _ j: Int) -> String {
        let b = s.between(i, j)
        guard b.hasPrefix(")"), s.before(i, 3).hasSuffix("(") else { return b }
        return String(b.dropFirst())
    }

    /// Whether a holding verb `has`/`had` is an auxiliary: the words after it open with something other than a
    /// determiner, a quantifier or a number (`had changed the contracts to pay the trusts`, `has seen the trusts`).
    static func auxiliaryHave(_ verb: String, _ rest: String) -> Bool {
        guard ["has", "had", "now has", "have"].contains(verb), let next = rest.lowerWords.first else { return false }
        let heads: Set<String> = ["the", "a", "an", "its", "their", "all", "both", "most", "some", "several", "many", "only",
                                  "just", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "eleven", "twelve", "another", "other", "more", "half", "his", "her", "our", "these", "those"]
        return !heads.contains(next) && !next.allSatisfy(\.isNumber)
    }

    /// Whether `words` open with a verb of ownership or operation, after adverbs (`now runs`, `has just bought`).
    static func startsWithVerb(_ words: String) -> Bool {
        var w = words
        for _ in 0..<2 {
            for lead in ["now ", "also ", "still ", "already ", "currently ", "just ", "recently ", "then ", "later "] where w.hasPrefix(lead) {
                w = String(w.dropFirst(lead.count))
            }
        }
        w = w.replacingOccurrences(of: " just ", with: " ")
        return (ownVerbs + runVerbs + holdingVerbs).contains { w.hasPrefix($0 + " ") || w == $0 || w.hasPrefix($0 + ":") }
    }

    /// Whether a verb follows the mention at `k`, so that it opens a clause of its own rather than continuing a
    /// list: `Harbour got A and B, Eastside had three`.
    static func startsClause(_ s: Sentence, _ k: Int) -> Bool {
        // (`Harbour, which owns A and B, is growing`: after a comma the verb is the main clause's)
        let after = s.after(k, 24)
        guard after.hasPrefix(" ") else { return false }
        let next = after.lowerWords.first ?? ""
        return ["has", "had", "have", "is", "was", "were", "are", "got", "took", "won", "bought", "owns", "owned",
                "runs", "ran", "operates", "operated", "took", "takes", "kept", "keeps", "said", "says"].contains(next)
    }

    /// Whether the mention at `k` is a holding: a class name (`CRCs`) or a name ending in a holding noun.
    static func holdsHolding(_ s: Sentence, _ k: Int) -> Bool {
        guard k < s.mentions.count, s.type(k) == .organization else { return false }
        return isGeneric(s, k) || holdingNouns.contains(s.mentions[k].mention.text.lowerWords.last ?? "")
    }

    /// The organization that heads an apposition ending just after mention `i`: `Harbour Trust, working with
    /// the charity Eastside Care,` → Harbour Trust (the sentence's first name, followed by a comma, with no other
    /// comma before `i` except between listed names: `Harbour, made up of A, B and C,`).
    func appositionHead(_ s: Sentence, before i: Int) -> Int? {
        guard i > 0, s.type(0) == .organization, !RelationReader.isGeneric(s, 0) else { return nil }
        let open = s.between(0, 1)
        guard open.hasPrefix(", "), !open.dropFirst().contains(","), !open.contains("("),
              s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.count <= 1 else { return nil }
        for k in 1..<i {
            let gap = s.between(k, k + 1)
            guard gap.contains(",") || gap.contains("(") else { continue }
            let g = gap.lowercased().trimming(" ")
            // listed names (`A, B and C`) and a bracketed short name (`Harbour (HG)`) keep the apposition open
            guard [",", ", and", "and", "(", ")", "),", ") ,", ")"].contains(g) || (g.hasPrefix("(") && !g.dropFirst().contains(",")) else { return nil }
        }
        return 0
    }

    /// Last words of a holding that can be handed to a new owner (`the Leeds franchise went to Harbour Rail`).
    static let handedHoldings: Set<String> = ["crc", "franchise", "contract", "prison", "school", "academy", "hospital",
                                              "home", "centre", "clinic", "estate", "practice"]

    /// Passive forms: `X, owned by Y` → Y owns X.
    static let passiveOwn = ["sold to", "was sold to", "were sold to", "owned by", "bought by", "acquired by", "taken over by", "a subsidiary of", "now owned by",
                             "controlled by", "is controlled by", "was controlled by",
                             "purchased by", "is owned by", "was owned by", "was bought by", "was acquired by",
                             "was taken over by", "is now owned by"]
    static let passiveRun = ["run by", "operated by", "managed by", "delivered by", "provided by", "is run by",
                             "was run by", "are run by", "were run by", "is operated by", "being run by", "now run by",
                             "administered by", "is administered by", "was administered by"]
    /// Nouns of a body's work: taking them over is a succession, not an ownership.
    static let workNouns: Set<String> = ["functions", "duties", "responsibilities", "work", "powers", "remit", "role", "roles"]
    /// Conjunctions that open a clause of their own: a name after one is no object of the verb before it
    /// (`Harbour bought a stake in 2021 after the regulator fined Eastside`).
    static let subordinators: Set<String> = ["after", "before", "when", "while", "because", "until", "although", "though", "whereas", "once", "if", "unless"]
    /// The words before a later member of a joint venture or consortium: a conjunction, a relative clause on the
    /// member before, and a description of the member (`A, which held 70 per cent, and the Spanish builder B`).
    static let describedMember = try! NSRegularExpression(pattern:
        "^(?:, (?:(?:which|who|that) )?[^,]{1,50},)? ?(?:,|and|, and|&|with|and with)(?: (?:the|a|an)(?: [a-z][a-z-]*){0,4})?$")

    /// The words between a passive `by` and the first member of the group that did it: `a consortium led by`, `a
    /// joint venture of the American firm`, `the partnership between` (a group noun, then `of`, `between`, `led by`,
    /// `made up of`, and up to four words describing the first member).
    static let groupBeforeMember = try! NSRegularExpression(pattern:
        " by (?:a|an|the)(?: [a-z-]+){0,2} (?:consortium|joint venture|partnership|alliance|coalition)(?: (?:of|between|led by|made up of|formed by))(?: (?:the|a|an)(?: [a-z-]+){0,4})?$")
    /// The words before a later member of such a group that say it belongs to it: `, which also included`, `, which
    /// took in the charity`, `, with`.
    static let includedMember = try! NSRegularExpression(pattern:
        "^(?:, (?:which|that) (?:also )?(?:included|includes|comprised|took in|brought in)|, (?:with|alongside|together with))(?: (?:the|a|an)(?: [a-z][a-z-]*){0,4})?$")

    /// The members of a group after its first one (`first`), when the passive words `core` before the first name the
    /// group: `bought by a consortium led by A, which also included B and C` → B, C; `run by a joint venture of A,
    /// which held 70 per cent, and the Dutch firm B` → B. The members follow one another with a list gap, a member's
    /// description or relative clause (``describedMember``) or an inclusion (``includedMember``). None when `core`
    /// names no group (`owned by A, which also runs B`: B is no owner).
    static func laterGroupMembers(_ s: Sentence, core: String, first: Int) -> [Int] {
        guard groupBeforeMember.firstMatch(in: core, range: NSRange(core.startIndex..., in: core)) != nil else { return [] }
        var out: [Int] = []
        var j = first + 1
        var included = false
        while j < s.mentions.count, s.type(j) == .organization, !isGeneric(s, j), !isParty(s.mentions[j].mention.text) {
            let g = s.between(j - 1, j).lowercased().trimming(" ")
            let r = NSRange(g.startIndex..., in: g)
            if includedMember.firstMatch(in: g, range: r) != nil {
                guard !included else { break }
                included = true
            } else if !["", ",", "and", ", and", "&"].contains(g) && describedMember.firstMatch(in: g, range: r) == nil {
                break
            }
            // (`..., and B bought the rest`: a member followed by its own verb opens a clause)
            guard !startsClause(s, j) else { break }
            out.append(j)
            j += 1
        }
        return out
    }

    /// Whether the member at `k` of a group is said to hold a share of what the group runs: `A, which held 70 per
    /// cent`, `B, which owns the rest`, `C, which holds a minority stake`.
    static func holdsStake(_ s: Sentence, _ k: Int) -> Bool {
        let after = s.after(k, 60).lowercased()
        return stakeClause.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)) != nil
    }
    static let stakeClause = try! NSRegularExpression(pattern:
        "^, (?:which|that) (?:held|holds|owned|owns|had|has) (?:the rest|the remainder|the balance|[0-9]+(?: per cent|%)|(?:a|the|its)(?: [a-z0-9-]+){0,2} (?:stake|share|majority|minority))")

    /// Whether the words between a verb of taking and its object name the work of running it rather than the body:
    /// `the running of`, `the day-to-day management of`, `responsibility for running`: `Harbour took over the running
    /// of Eastside House` → Harbour runs it (it does not own it).
    static func runningOf(_ words: String) -> Bool {
        let w = words.lowerWords
        guard let last = w.last, ["of", "running", "operating", "managing"].contains(last) else { return false }
        return w.contains(where: { ["running", "management", "operation", "operating", "managing"].contains($0) })
    }

    /// Whether the mention at `k` is a class name in the singular (`CRC`, `the trust`): the text names one body
    /// of the class without its name (`the Welsh CRC`), so it stands for no body the graph knows.
    static func isSingularClass(_ s: Sentence, _ k: Int) -> Bool {
        let words = s.mentions[k].mention.text.lowerWords
        return !words.isEmpty && words.allSatisfy { holdingNouns.contains($0) } && !(words.last ?? "").hasSuffix("s")
    }
    /// Words the object of an ownership may be followed by, when a name is used as a modifier: `Harbour's
    /// clinics`, `the Harbour-run clinics`.
    static let holdingNouns: Set<String> = ["crc", "crcs", "company", "companies", "subsidiary", "subsidiaries",
                                            "business", "businesses", "contract", "contracts", "trust", "trusts",
                                            "academy", "academies", "school", "schools", "clinic", "clinics",
                                            "hospital", "hospitals", "prison", "prisons", "home", "homes",
                                            "service", "services", "centre", "centres", "franchise", "franchises"]

    func ownershipRelations(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.type(i) == .organization {
            // Objects after `which runs`, `owns`, ..., with coordination: `Harbour, which owns six trusts
            // including Eastside Trust and Westside Trust`.
            if i + 1 < n {
                let t = RelationReader.gap(s, i, i + 1).lowercased().trimming(" ,(")
                var core = t
                // `Harbour Rail, the Council's operator of last resort, which already owns A`: the head owns A
                var owner = i
                if t.hasPrefix("'s ") || t.hasPrefix("\u{2019}s "), let w = t.fastRange(of: ", which ") ?? t.fastRange(of: ", that "),
                   !t[t.index(t.startIndex, offsetBy: 3)..<w.lowerBound].contains(","), i > 0, s.type(i - 1) == .organization {
                    var gap = s.between(i - 1, i)
                    if gap.hasPrefix(" ("), let close = gap.firstIndex(of: ")") { gap = String(gap[gap.index(after: close)...]) }
                    // (`Harbour Rail (HR), the Council's operator`, read from the short name)
                    if gap.hasPrefix(")"), s.before(i - 1, 3).hasSuffix("(") { gap = String(gap.dropFirst()) }
                    if [",", ", the", ", a", ", an"].contains(gap.lowercased().trimming(" ")) {
                        core = String(t[t.index(w.lowerBound, offsetBy: 2)...])
                        owner = i - 1
                    }
                } else if i > 0, s.type(i - 1) == .organization, !RelationReader.isGeneric(s, i - 1),
                          let m = RelationReader.modifiedKindThat.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
                          let r = Range(m.range, in: t),
                          [", the", ", a", ", an"].contains(RelationReader.gap(s, i - 1, i).lowercased().trimming(" ")) {
                    // `Harbour Buses, the Council company that runs the routes`: the name before the apposition, which
                    // uses the second name as a modifier of its kind noun, is the relative clause's subject
                    core = String(t[r.upperBound...])
                    owner = i - 1
                }
                // `Harbour Trust, working with the charity Eastside Care, now runs A`; `Harbour Trust, a joint venture
                // between A and a group of banks, runs B`; `Harbour Trust, the landlord, has three: A, B and C`:
                // after the apposition closes (its last comma), the verb is the head's
                let raw = RelationReader.gap(s, i, i + 1)
                if owner == i, !raw.contains(";"),
                   let comma = raw.indices.first(where: { raw[$0] == "," && RelationReader.startsWithVerb(String(raw[raw.index(after: $0)...]).lowercased().trimming(" ")) }),
                   !raw[..<comma].dropFirst().contains(",") {
                    if let head = appositionHead(s, before: i) {
                        owner = head
                        core = String(raw[raw.index(after: comma)...]).lowercased().trimming(" ")
                    } else if raw.hasPrefix(","), raw[..<comma].lowerWords.count <= 8 {
                        core = String(raw[raw.index(after: comma)...]).lowercased().trimming(" ")
                    }
                }
                core = core.replacingOccurrences(of: " just ", with: " ").replacingOccurrences(of: " recently ", with: " ")
                // `Eastside in turn was owned by Harbour`: the connective goes
                if core.hasPrefix("in turn ") { core = String(core.dropFirst(8)) }
                // `Eastside Dairy in County Cork, a plant owned by Harbour Foods`: a place that only locates the name
                // goes before its apposition
                if let m = RelationReader.locatedApposition.firstMatch(in: core, range: NSRange(core.startIndex..., in: core)),
                   let r = Range(m.range, in: core) {
                    core = String(core[r.upperBound...])
                }
                for _ in 0..<3 {
                    for lead in ["which ", "that ", "who ", "now ", "also ", "currently ", "still ", "already ", "just ", "recently ", "business ", "division ", "subsidiary ",
                                 "led the consortium that ", "led a consortium that ", "led the consortium which "] where core.hasPrefix(lead) {
                        core = String(core.dropFirst(lead.count))
                    }
                }
                // `was bought in 2022 by`, `was taken over that October by`: the time goes
                if let m = RelationReader.datedPassive.firstMatch(in: core, range: NSRange(core.startIndex..., in: core)),
                   let r1 = Range(m.range(at: 1), in: core), let r2 = Range(m.range(at: 2), in: core) {
                    core = String(core[r1]) + " by" + String(core[r2.upperBound...])
                }
                // `Harbour, the equity firm that owned Eastside`: the description before the relative pronoun goes
                if let m = RelationReader.describedThat.firstMatch(in: core, range: NSRange(core.startIndex..., in: core)),
                   let r = Range(m.range, in: core) {
                    core = String(core[r.upperBound...])
                    // `the company that already owns`, `the firm which now runs`: the adverb after the relative
                    // pronoun goes too
                    for lead in ["already ", "now ", "also ", "still ", "currently ", "just ", "recently "] where core.hasPrefix(lead) {
                        core = String(core.dropFirst(lead.count))
                    }
                }
                // `Eastside Care, a company owned by Harbour`: the noun before the participle goes
                if let m = RelationReader.describedBy.firstMatch(in: core, range: NSRange(core.startIndex..., in: core)),
                   let r = Range(m.range(at: 1), in: core) {
                    core = String(core[r.lowerBound...])
                }
                // `is a public body, wholly owned by`, `remains a charity, run by`: a description of the subject
                // before the participle goes
                core = RelationReader.withoutCopularDescription(core)
                // `has been owned since 2016 by`, `and is now run by`: the auxiliary and adverbs go
                let passive = RelationReader.passiveCore(core)
                if (RelationReader.passiveOwn + RelationReader.passiveRun).contains(where: { passive.hasPrefix($0 + " ") || passive == $0 }) {
                    core = passive
                }
                func starts(_ list: [String]) -> String? { list.first { core.hasPrefix($0 + " ") || core == $0 || core.hasPrefix($0 + ":") } }
                let factual = RelationModality.isFactual(t, question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)) && t.lowerWords.count <= 16
                let past = t.fastContains("was ") || t.fastContains("were ")
                if starts(RelationReader.passiveOwn) != nil {
                    // (a person owns what is `owned by` or `controlled by` them: `controlled by the investor Ann Reed`)
                    let personOwner = s.type(i + 1) == .person && ["owned by", "controlled by", "wholly owned by"].contains(where: { core.hasPrefix($0 + " ") })
                        && (core.fastRange(of: " by").map { String(core[$0.upperBound...]).lowerWords.count <= 4 } ?? false)
                    if factual, owner == i, s.type(i + 1) == .organization || personOwner, !RelationReader.isSingularClass(s, i) {
                        // (`a subsidiary of` states the unit: part of its parent)
                        if core.hasPrefix("a subsidiary of") {
                            out.append(found("part_of", s, subject: i, object: i + 1, qualifier: past ? "former" : nil))
                            continue
                        }
                        out.append(found("owns", s, subject: i + 1, object: i, qualifier: past ? "former" : nil))
                        // `owned by A, B and C`: joint owners
                        var j = i + 2
                        // (`Celotex, owned by Harbour, and Eastside` ends the apposition: Eastside owns nothing)
                        while j < n, s.type(j) == .organization,
                              ["", ",", "and", "&"].contains(s.between(j - 1, j).lowercased().trimming(" ")) {
                            out.append(found("owns", s, subject: j, object: i, qualifier: past ? "former" : nil))
                            j += 1
                        }
                        // `bought by a consortium led by A, which also included B and C`: every member owns it
                        for m in RelationReader.laterGroupMembers(s, core: core, first: i + 1) where m >= j {
                            out.append(found("owns", s, subject: m, object: i, qualifier: past ? "former" : nil))
                        }
                    }
                } else if starts(RelationReader.passiveRun) != nil {
                    if factual, s.type(i + 1) == .organization, !RelationReader.isSingularClass(s, i) {
                        out.append(found("operates", s, subject: i + 1, object: i, qualifier: past ? "former" : nil))
                        // `run jointly by A and B`, `managed by A, B and C`: every body of the list runs it
                        var j = i + 2
                        // (`A is run by B and C by D`: C, followed by its own `by`, is run, not a runner)
                        while j < n, s.type(j) == .organization, !RelationReader.isGeneric(s, j), !RelationReader.startsClause(s, j),
                              !s.after(j, 4).lowercased().hasPrefix(" by "),
                              ["and", "&", "and the", ", and", ", and the"].contains(s.between(j - 1, j).lowercased().trimming(" "))
                                || (j + 1 < n && ["", ","].contains(s.between(j - 1, j).lowercased().trimming(" ")) && s.between(j - 1, j).hasPrefix(",")
                                    && ["and", ", and", "and the", ", and the"].contains(s.between(j, j + 1).lowercased().trimming(" "))) {
                            out.append(found("operates", s, subject: j, object: i, qualifier: past ? "former" : nil))
                            j += 1
                        }
                        // `run by a joint venture of A, which held 70 per cent, and the Dutch firm B, which held the
                        // rest`: every member runs it, and a member said to hold a share of the venture owns it too
                        let members = [i + 1] + RelationReader.laterGroupMembers(s, core: core, first: i + 1).filter { $0 >= j }
                        for m in members {
                            if m > i + 1 { out.append(found("operates", s, subject: m, object: i, qualifier: past ? "former" : nil)) }
                            if members.count > 1, RelationReader.holdsStake(s, m) {
                                out.append(found("owns", s, subject: m, object: i, qualifier: past ? "former" : nil))
                            }
                        }
                    }
                } else if let v = starts(Array(RelationReader.takeOverVerbs)), factual, s.type(i + 1) == .organization,
                          String(core.dropFirst(v.count)).lowerWords.allSatisfy({ ["all", "of", "the"].contains($0) }),
                          RelationReader.possessedHolding(s.after(i + 1, 40)) {
                    // `Harbour took over Westside's three trusts`: what was Westside's passed to Harbour, which
                    // succeeds Westside there (it did not buy Westside itself)
                    out.append(found("successor_of", s, subject: owner, object: i + 1))
                } else if let v = starts(RelationReader.ownVerbs) ?? starts(RelationReader.runVerbs)
                            ?? (RelationReader.holdsHolding(s, i + 1) ? starts(RelationReader.holdingVerbs) : nil),
                          factual, isObject(s, i + 1),
                          // (`took over the audit contracts from the Board`: a succession, read with the successors)
                          core.lowerWords.last(where: { $0 != "the" }) != "from",
                          String(core.dropFirst(v.count)).lowerWords.count <= 6,
                          // (`bought Westside's home care business`: what was bought is Westside's, not Westside)
                          !s.after(i + 1, 3).hasPrefix("'s"), !s.after(i + 1, 4).hasPrefix("\u{2019}s"),
                          // (`bought a stake in 2021 after Ofwat fined it`: a name after a conjunction is no object)
                          !String(core.dropFirst(v.count)).lowerWords.contains(where: { RelationReader.subordinators.contains($0) }),
                          // (`which owned the tower, and the Tenants' Board`: the verb's object came before the comma)
                          !String(core.dropFirst(v.count)).contains(", and"),
                          // (`Eastside, which ran every route until 2019, now belongs to Harbour`: the relative clause
                          // closed at the comma, and the name after it is the main verb's)
                          !RelationReader.relativeClauseClosed(t, String(core.dropFirst(v.count))),
                          // (`ran the helpline alongside Kestrel`: a name after `alongside` is a partner, read with them)
                          String(core.dropFirst(v.count)).lowerWords.last != "alongside",
                          // (`runs four prisons on behalf of the Ministry`, `runs six centres in partnership with
                          // Kestrel`, `provides care to the Trust`: a name governed by a preposition of client or
                          // partner is no object of the verb)
                          !RelationReader.governedByClient(String(core.dropFirst(v.count))),
                          // (`took over the functions of Westside` is a succession, read with the successors)
                          !String(core.dropFirst(v.count)).lowerWords.contains(where: { RelationReader.workNouns.contains($0) }),
                          // (`had changed the contracts to pay the trusts`: `has`/`had` as an auxiliary owns nothing)
                          !RelationReader.auxiliaryHave(v, String(core.dropFirst(v.count))),
                          // (`the Kelby Lifeboat Agency, the parent of the Kelby Rescue Service`: a public body's unit, read in
                          // ``UnitPlacements``)
                          !(v.hasSuffix("parent of") && RelationReader.isPublicParent(s, parent: owner, child: i + 1)) {
                    // (`took over the franchise from Westside` is a succession, read with the successors)
                    // (`took over the running of Eastside House`, `bought the management of`: the work of running it
                    // passed, not the body)
                    let predicate = RelationReader.runVerbs.contains(v) || RelationReader.runningOf(String(core.dropFirst(v.count))) ? "operates" : "owns"
                    let wasPast = ["ran", "operated", "managed", "owned", "delivered", "provided", "oversaw", "supervised"].contains(v)
                    out.append(found(predicate, s, subject: owner, object: i + 1, qualifier: wasPast ? "former" : nil))
                    // coordination after the verb: `, X`, `and X`, `including X`, `such as X`
                    var j = i + 2
                    while j < n {
                        let gap = s.between(j - 1, j).lowercased().trimming(" ")
                        guard ["", ",", "and", ", and", "or", "including", ", including", "such as", ", such as", "as well as", "&"].contains(gap),
                              isObject(s, j), !RelationReader.startsClause(s, j),
                              !RelationReader.holdingVerbs.contains(v) || RelationReader.holdsHolding(s, j) else { break }
                        out.append(found(predicate, s, subject: owner, object: j, qualifier: wasPast ? "former" : nil))
                        j += 1
                    }
                    // `Harbour runs five trusts through Eastside Care`: the one it works through runs them too
                    if predicate == "operates", j < n, s.type(j) == .organization, !RelationReader.isGeneric(s, j),
                       ["through", "via", "through its", "via its"].contains(s.between(j - 1, j).lowercased().trimming(" ")) {
                        for o in (i + 1)..<j where isObject(s, o) { out.append(found("operates", s, subject: j, object: o)) }
                    }
                    // after a relative clause, the main verb: `Harbour, which runs A and B, took over C`
                    if t.hasPrefix("which") || t.hasPrefix("that") || t.hasPrefix("who"), j < n, isObject(s, j) {
                        var main = s.between(j - 1, j).lowercased()
                        guard main.hasPrefix(",") else { continue }
                        main = main.trimming(" ,")
                        for lead in ["has ", "have ", "had ", "also ", "now ", "then ", "recently "] where main.hasPrefix(lead) { main = String(main.dropFirst(lead.count)) }
                        if let v = (RelationReader.ownVerbs + RelationReader.runVerbs).first(where: { main.hasPrefix($0 + " ") || main == $0 }),
                           main.lowerWords.count <= 6, RelationModality.isFactual(main, question: s.isQuestion) {
                            out.append(found(RelationReader.ownVerbs.contains(v) ? "owns" : "operates", s, subject: i, object: j))
                        }
                    }
                }
                // `Sodexo ran six with Nacro`, `runs the clinics jointly with Eastside Care`: a body named after `with`
                // runs the holding together with the subject, as its partner (no object of the verb:
                // ``governedByClient(_:)``)
                if let v = starts(RelationReader.runVerbs), factual, owner == i, s.type(i + 1) == .organization,
                   !RelationReader.isGeneric(s, i + 1), !RelationReader.isParty(s.mentions[i + 1].mention.text),
                   RelationReader.governedByClient(String(core.dropFirst(v.count))),
                   String(core.dropFirst(v.count)).lowerWords.last(where: { $0 != "the" }) == "with",
                   String(core.dropFirst(v.count)).lowerWords.count <= 6, !String(core.dropFirst(v.count)).contains(",") {
                    out.append(found("partner_of", s, subject: i, object: i + 1))
                }
            }
            // `Harbour's clinics`, `Harbour-run clinics`: a name right before another whose head is a holding noun.
            // `Eastside/Harbour Trust`: the second runs the first (the area's trust run by Harbour).
            if i + 1 < n, s.type(i + 1) == .organization {
                let gap = s.between(i, i + 1)
                let head = s.mentions[i + 1].mention.text.lowerWords.last ?? ""
                let nextWord = s.after(i + 1, 20).lowerWords.first ?? ""
                if gap == "/", RelationReader.holdingNouns.contains(nextWord) || RelationReader.holdingNouns.contains(head) {
                    out.append(found("operates", s, subject: i + 1, object: i))
                } else if ["'s ", "\u{2019}s ", " ", "-run ", "-owned ", "-operated ", " run ", " owned "].contains(gap),
                   RelationReader.holdingNouns.contains(head), !RelationReader.isParty(s.mentions[i].mention.text),
                   // `the Eastside/Harbour trust`: Harbour runs Eastside's trust (read above), not a trust of its own
                   !(gap == " " && i > 0 && s.type(i - 1) == .organization && s.between(i - 1, i) == "/"),
                   s.mentions[i + 1].mention.text.lowerWords.count <= 2 {
                    out.append(found("owns", s, subject: i, object: i + 1))
                }
            }
            // `Harbour's Home Care business`, `Harbour's Northern division`: a unit of the company named before it.
            if i + 1 < n, s.type(i + 1) == .organization, ["'s ", "\u{2019}s "].contains(s.between(i, i + 1)),
               !RelationReader.isParty(s.mentions[i].mention.text), !RelationReader.isGeneric(s, i),
               RelationReader.unitWords.contains(s.after(i + 1, 20).lowerWords.first ?? "")
                || RelationReader.unitWords.contains(s.mentions[i + 1].mention.text.lowerWords.last ?? "") {
                out.append(found("part_of", s, subject: i + 1, object: i))
            } else if RelationReader.isNamedHolding(s, i) {
                out.append(found("owns", s, subject: i, object: i + 1))
            }
            // `Harbour's Healthy Homes scheme`: an organization runs the programme it owns.
            if i + 1 < n, s.type(i + 1) == .programme, ["'s ", "\u{2019}s ", "' ", "\u{2019} "].contains(s.between(i, i + 1)) {
                out.append(found("operates", s, subject: i, object: i + 1))
            }
            // `the Harbour Medical Council` beside `Harbour`: a unit named after its parent; `the Rise with Harbour
            // programme`: a programme named after the organization that runs it.
            let parent = s.mentions[i].mention.text
            for j in max(0, i - 8)..<min(n, i + 9) where j != i && (s.type(j) == .organization || s.type(j) == .programme) {
                let child = s.mentions[j].mention.text
                guard parent.utf8.count >= 3, child.utf8.count > parent.utf8.count + 2, child.hasPrefix(parent.prefix(1)) || s.type(j) == .programme else { continue }
                let words = child.lowerWords, pw = parent.lowerWords
                if s.type(j) == .organization, words.count > pw.count, Array(words.prefix(pw.count)) == pw,
                   !["and", "of", "for", "&", "in"].contains(words[pw.count]),
                   let last = words.last, RelationReader.unitNouns.contains(last) {
                    out.append(found("part_of", s, subject: j, object: i))
                } else if s.type(j) == .programme, containsWord(child.lowercased(), parent.lowercased()) {
                    out.append(found("operates", s, subject: i, object: j))
                }
            }
            // `Eastside School went to Harbour Academies`, `the Leeds franchise was awarded to Harbour Rail`: a
            // holding handed to an organization is now its (a trust or a company may go to court: not those)
            if i + 1 < n, s.type(i + 1) == .organization, !RelationReader.isGeneric(s, i),
               RelationReader.handedHoldings.contains(s.mentions[i].mention.text.lowerWords.last ?? ""),
               ["went to", "passed to", "was awarded to", "were awarded to", "was handed to", "were handed to",
                "was given to", "eventually went to", "finally went to", "then went to"].contains(s.between(i, i + 1).lowercased().trimming(" ,").replacingOccurrences(of: " the", with: "")),
               RelationModality.isFactual(s.before(i, 40), question: s.isQuestion) {
                out.append(found("owns", s, subject: i + 1, object: i))
            }
            // `Eastside Trust is now a Harbour business`, `became part of Harbour`.
            if i + 1 < n, s.type(i + 1) == .organization {
                let t = s.between(i, i + 1).lowercased().trimming(" ,")
                let after = s.after(i + 1, 30).lowerWords.first ?? ""
                if ["is now a", "is now an", "became a", "is a", "now a", "has become a"].contains(t),
                   ["business", "company", "subsidiary", "firm", "brand", "operation"].contains(after) {
                    out.append(found("owns", s, subject: i + 1, object: i))
                }
                // `Eastside Rail, formerly a Harbour business,`: owned before
                if ["formerly a", "formerly an", "once a", "previously a", "until then a", "was once a", "was formerly a"].contains(t),
                   ["business", "company", "subsidiary", "firm", "brand", "operation"].contains(after) {
                    out.append(found("owns", s, subject: i + 1, object: i, qualifier: "former"))
                }
                // `Harbour Group, whose Eastside Rail ran the line`: the second is the first's
                if t == "whose", s.between(i, i + 1).hasPrefix(","), !RelationReader.isGeneric(s, i + 1),
                   !RelationReader.isParty(s.mentions[i].mention.text) {
                    out.append(found("part_of", s, subject: i + 1, object: i))
                }
                // `Westside Care is now Harbour's partner`, `became Harbour's delivery partner`
                if ["is", "is now", "now", "became", "has become", "was"].contains(t), RelationModality.isFactual(s.before(i, 30), question: s.isQuestion),
                   ["'s partner", "\u{2019}s partner", "'s delivery partner", "\u{2019}s delivery partner", "'s main partner", "'s junior partner"]
                    .contains(where: { s.after(i + 1, 30).hasPrefix($0) }) {
                    out.append(found("partner_of", s, subject: i, object: i + 1))
                }
                if t.hasSuffix("'s parent company") || t.hasSuffix("\u{2019}s parent company") || t == "'s owner" || t == "\u{2019}s owner" {
                    // `Eastside Care's parent company, Harbour Group`
                    out.append(found("owns", s, subject: i + 1, object: i))
                }
                if let cue = RelationReader.unitCue(t), RelationModality.isFactual(t, question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)) {
                    // `Westside Agency, an executive agency of the Ministry`, `part of the Dutch group Harbour`
                    out.append(found("part_of", s, subject: i, object: i + 1))
                    // `A and B stopped being agencies and became part of the Ministry`: every subject listed
                    // (an apposition after a comma describes only the last name, unless it says `both`/`all`)
                    if !s.between(i, i + 1).hasPrefix(",") || cue.hasPrefix("both ") || cue.hasPrefix("all ") {
                        for k in RelationReader.coordinatedSubjects(s, before: i) { out.append(found("part_of", s, subject: k, object: i + 1)) }
                    }
                } else if ["became part of", "is now part of", "is part of", "now part of", "now a part of", "was folded into", "became a division of", "a division of", "a unit of", "an arm of",
                    "part of", "a part of", "which is part of", "a subsidiary of", "a branch of", "a department of", "an agency of",
                    "within", "an executive agency of", "a directorate of"].contains(t), RelationModality.isFactual(t) {
                    out.append(found("part_of", s, subject: i, object: i + 1))
                } else if RelationReader.unitInside.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil, RelationModality.isFactual(t) {
                    // `the Regulation Committee, a statutory committee inside the agency`
                    out.append(found("part_of", s, subject: i, object: i + 1))
                } else if RelationReader.placedUnder.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                          RelationModality.isFactual(t, question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)),
                          !RelationModality.isFuture(t), RelationReader.nameEndsPhrase(s, i + 1),
                          !RelationReader.isGeneric(s, i), !RelationReader.isGeneric(s, i + 1),
                          !RelationReader.isParty(s.mentions[i + 1].mention.text) {
                    // `The Weather Office was placed under the Air Ministry`, `It has always sat under the Ministry`
                    out.append(found("part_of", s, subject: i, object: i + 1))
                } else if let cue = RelationReader.unitAppositionCue(s, i), RelationModality.isFactual(cue),
                          RelationReader.unitOf.firstMatch(in: cue, range: NSRange(cue.startIndex..., in: cue)) != nil {
                    // `Westside Agency (WA), an executive agency of the Ministry`; `renamed Westside Agency in 2013, an
                    // agency of the Ministry`; `was set up in 1994 as an executive agency of the Ministry`
                    out.append(found("part_of", s, subject: i, object: i + 1))
                }
            }
            // `the North Division of Harbour Health`: a unit named with its parent.
            if let parent = RelationReader.unitParent(s.mentions[i].mention.text) {
                out.append(found("part_of", s, subject: i, object: nil, objectName: parent))
            }
        }
        // `the Carers' Allowance is run by the Pensions Agency`, `the assessment, carried out by Harbour Health`:
        // a programme run by an organization
        for i in 0..<n where s.type(i) == .programme && i + 1 < n && s.type(i + 1) == .organization {
            var t = s.between(i, i + 1).lowercased().trimming(" ,(")
            for lead in ["which ", "that ", "now ", "still "] where t.hasPrefix(lead) { t = String(t.dropFirst(lead.count)) }
            // `is run by the Pensions Agency`: the article before the name is no part of the cue
            if t.hasSuffix(" the") { t = String(t.dropLast(4)) }
            // `is run directly by`, `is managed on the government's behalf by`, `delivered under contract by`: the
            // manner of running is no part of the cue
            t = RelationReader.runManner.stringByReplacingMatches(in: t, range: NSRange(t.startIndex..., in: t), withTemplate: " by")
            guard t.lowerWords.count <= 6, RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            if (RelationReader.passiveRun + ["carried out by", "is carried out by", "are carried out by", "administered by", "is administered by", "delivered on its behalf by"]).contains(where: { t == $0 || t.hasSuffix(" " + $0) && t.lowerWords.count <= 4 }) {
                out.append(found("operates", s, subject: i + 1, object: i))
            }
        }
        out += ownershipAppositions(s)
        out += largestShareholders(s)
        out += unitsAtInstitutions(s)
        out += coordinatedPassives(s)
        out += takeoversAndContracts(s)
        out += partnerships(s)
        out += funding(s)
        return out
    }

    /// A passive cue with its auxiliary, adverbs and a dated phrase taken out, so that the plain cue lists read
    /// it: `has been owned since 2016 by` → `owned by`, `is now run by` → `run by`, `and is currently operated
    /// by` → `operated by`, `was bought in 2022 by` → `bought by`.
    static func passiveCore(_ words: String) -> String {
        var w = words.lowerWords
        if w.first == "and" { w.removeFirst() }
        let aux: Set<String> = ["is", "was", "are", "were", "has", "had", "have", "been", "being", "now", "currently",
                                "still", "also", "itself", "later", "then", "since", "already", "today",
                                // `is wholly owned by`, `was jointly run by`
                                "wholly", "jointly", "partly", "largely", "fully", "ultimately", "mainly", "privately"]
        while let f = w.first, aux.contains(f), w.count > 1 {
            // `since 2016`: the date goes with it
            if f == "since", w.count > 2, w[1].allSatisfy(\.isNumber) { w.removeFirst(2); continue }
            w.removeFirst()
        }
        var t = w.joined(separator: " ")
        // `owned since 2002 by`, `bought in 2022 by`: the time goes
        if let m = datedParticiple.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
           let r1 = Range(m.range(at: 1), in: t), let r2 = Range(m.range(at: 2), in: t) {
            t = String(t[r1]) + " by" + String(t[r2.upperBound...])
        }
        return t
    }
    static let datedParticiple = try! NSRegularExpression(pattern:
        "^((?:bought|acquired|taken over|sold|owned|run|operated|managed|purchased|controlled|administered))(?: (?:in|on|during|that|last|from|since|at|until|for|throughout|under)(?: [a-z0-9']+){1,3}| outright| jointly| directly| privately| locally| centrally| day to day| day-to-day) (by)")

    static let datedPassive = try! NSRegularExpression(pattern:
        "^((?:was|were|is|has been|had been) (?:bought|acquired|taken over|sold|owned|run|operated|managed|purchased))(?: (?:in|on|during|that|last|from|since)(?: [a-z0-9]+){1,3}) (by)")
    static let describedThat = try! NSRegularExpression(pattern: "^(?:a|an|the)(?: [\\w'-]+){0,5}? (?:that|which|who) ")
    /// `agency that `, `arm's-length company which `: a body's kind noun after a name used as its modifier (`the
    /// Ministry agency that runs ...`), then the relative pronoun.
    static let modifiedKindThat = try! NSRegularExpression(pattern:
        "^(?:[a-z'-]+ ){0,2}(?:agency|company|body|firm|operator|subsidiary|arm|department|charity|provider|contractor|business|regulator|unit|division|trust) (?:that|which) ")

    /// `is a non-departmental public body, wholly owned by`, `remains a charity, funded by`, `a single body funded
    /// by`: a verb that describes the subject (or none), its description (up to six words, no name), then a
    /// participle of owning, running or funding. The description goes, so that the plain passive cues read the rest.
    static let copularDescription = try! NSRegularExpression(pattern:
        "^(?:(?:which|that) )?(?:(?:is|was|are|were|remains|remained|became|has become|had become|has been|had been|is now|was then|is still)(?: (?:now|still|also|itself|then))? )?(?:a|an|the)(?: [\\w'-]+){1,6}?,? (?=(?:(?:wholly|jointly|partly|largely|mainly|mostly|fully|directly|ultimately|entirely|publicly|privately) )?(?:owned|controlled|run|operated|managed|funded|financed|sponsored|administered|paid for)(?: and [a-z]+)? (?:by|through)(?: |$))")

    /// ``copularDescription`` taken out of `words` (unchanged when it does not open them).
    static func withoutCopularDescription(_ words: String) -> String {
        guard let m = copularDescription.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)),
              let r = Range(m.range, in: words) else { return words }
        return String(words[r.upperBound...])
    }

    /// `a company owned by`, `the private hospital run by`, `a company based in the Netherlands and owned by`: a
    /// description (with where it is based) before the participle.
    static let describedBy = try! NSRegularExpression(pattern:
        "^(?:a|an|the)(?: [\\w'-]+){0,5}?(?:,? (?:based|registered|headquartered) (?:in|at|near)(?: [\\w'-]+){1,3},?(?: and)?)? ((?:owned|run|operated|managed|bought|acquired|taken over|controlled) by)")
    /// `in county cork, `, `near leeds, `: a place locating a name, before an apposition that opens with an article.
    static let locatedApposition = try! NSRegularExpression(pattern: "^(?:in|at|near)(?: [a-z'-]+){1,3}, (?=(?:a|an|the) )")
    /// `Eastside Care, the British subsidiary of the group Harbour`, `a division of`: the second owns the first.
    static let subsidiaryOf = try! NSRegularExpression(pattern:
        "^(?:now )?(?:a|an|the)(?: [\\w'-]+){0,2} (?:subsidiary|subsidiaries|arm|division|offshoot|unit|business) of(?: the)?(?: [a-z'-]+){0,3}$")
    /// `is an executive agency of the`, `, part of the Dutch group`, `inside the`: the first is a unit of the second;
    /// also with a relative pronoun, `itself` or a verb of placing before it: `which is itself an arm of the`,
    /// `which sits inside the`, `was housed in the`, `is run as part of`.
    static let unitOf = try! NSRegularExpression(pattern:
        "^(?:(?:which|that|itself|although it|though it|but it|while it) )?(?:(?:is|was|are|were|became|become|now|is now|has been|had been|have been|has become|have become|remains|remained|still is) )?(?:(?:itself|also|still|now|then) )?(?:(?:an?|the)(?: [a-z-]+){0,2} (?:(?:agency|division|unit|arm|branch|directorate|department|body|part|subsidiary|member) (?:of|within|inside)|(?:committee|sub-committee|subcommittee|command|team|wing|section) of|(?:team|unit|office|command|committee|directorate|division|department) in)|(?:both|all)(?: [a-z-]+){0,2} (?:agencies|divisions|units|arms|branches|directorates|departments|parts|subsidiaries) (?:of|within|inside)|(?:run as |managed as |operated as |operating as |operates as )?part of|(?:(?:sits|sat|is placed|was placed|is housed|was housed|housed|is based|was based|based|now sits|still sits) )?(?:inside|within)|(?:is |was )?housed in)(?: the)?(?: [a-z'-]+){0,3}$")
    /// `a statutory committee inside the`, `a small team within`: a unit's kind noun and `inside`/`within`, read for
    /// `part_of` only (``unitOf`` is also what makes a later `which was headed by` the unit's, not the body's: `a
    /// team inside the Ministry, which was then headed by` is the Ministry's head, kept so).
    static let unitInside = try! NSRegularExpression(pattern:
        "^(?:an?|the)(?: [a-z-]+){0,2} (?:team|unit|office|command|committee|directorate|division|department) (?:inside|within)(?: the)?(?: [a-z'-]+){0,3}$")

    /// The unit cue in the words between a body and the next (``unitOf``), also after a clause of its own joined
    /// by `and` (no comma in it, at most eight words): `stopped being executive agencies and became part of the`
    /// → `became part of the`. Nil when there is none.
    static func unitCue(_ t: String) -> String? {
        let range = NSRange(t.startIndex..., in: t)
        if unitOf.firstMatch(in: t, range: range) != nil { return t }
        guard let and = t.range(of: " and ", options: .backwards) else { return nil }
        let first = t[..<and.lowerBound], rest = String(t[and.upperBound...])
        let verbs: Set<String> = ["became", "become", "is", "was", "are", "were", "remains", "remained", "sits", "sat", "has", "have", "had", "now"]
        guard !first.contains(","), !first.contains(";"), first.lowerWords.count <= 8,
              verbs.contains(rest.lowerWords.first ?? ""),
              unitOf.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) != nil else { return nil }
        return rest
    }

    /// The bodies listed before the one at `k` as the subjects of one verb, nearest first: `Harbour Care and the
    /// Westside Trust became ...` → Harbour Care for the Westside Trust; `A, B and C were ...` → B, A for C. The
    /// list must open its clause (the sentence's start, or a comma, colon or conjunction before it), and each
    /// listed name must be a body, no party and no class of bodies; none when a name before the list is joined to
    /// it (`Ann Reed hired A and B`).
    static func coordinatedSubjects(_ s: Sentence, before k: Int) -> [Int] {
        var out: [Int] = []
        var j = k
        while j > 0, s.type(j - 1) == .organization, !isGeneric(s, j - 1), !isParty(s.mentions[j - 1].mention.text),
              ["and", "and the", ", and", ", and the", ",", ", the", "&"].contains(s.between(j - 1, j).lowercased().trimming(" ")) {
            j -= 1
            out.append(j)
        }
        guard !out.isEmpty else { return [] }
        // (an article before the list's first name is no part of what opens the clause)
        var lead = s.before(j, 40).lowercased().trimming(" ")
        if lead == "the" || lead.hasSuffix(" the") { lead = String(lead.dropLast(3)).trimming(" ") }
        let opened = lead.isEmpty || [",", ":", ";", "\u{2014}", "\u{2013}"].contains(where: { lead.hasSuffix($0) })
            || ["and", "but", "when", "while", "after", "since", "then", "that", "as", "once", "until"].contains(lead.lowerWords.last ?? "")
        return opened ? out : []
    }

    /// The words between the organization at `i` and the next one, read as a unit's apposition when they are one
    /// after a bracketed short name, a date, or a verb of creation: `Westside Agency (WA), an executive agency of
    /// the` → `an executive agency of the`; `Westside Agency in 2013, an arm of the` → `an arm of the`; `was set up
    /// in 1994 as an executive agency of the` → `an executive agency of the`. Nil when none of these stands
    /// there (the plain apposition is read by ``unitOf`` itself).
    static func unitAppositionCue(_ s: Sentence, _ i: Int) -> String? {
        let plain = s.between(i, i + 1)
        var t = gap(s, i, i + 1)
        // (`Westside Agency (WA), an agency of`, read from the short name: its closing bracket is left out)
        var changed = t != plain
        t = t.lowercased().trimming(" ")
        // a bracketed short name that is no name of its own: `Westside Agency (WA),`
        if t.hasPrefix("("), let close = t.firstIndex(of: ")"), t.distance(from: t.startIndex, to: close) <= 14 {
            t = String(t[t.index(after: close)...]).trimming(" ")
            changed = true
        }
        for pattern in [leadingDate, createdAs] {
            if let m = pattern.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)), let r = Range(m.range, in: t) {
                // (the date's pattern takes the comma that opens the apposition; a verb of creation needs none)
                t = String(t[r.upperBound...])
                changed = true
            }
        }
        guard changed else { return nil }
        let cue = t.trimming(" ,")
        return cue.isEmpty || cue.contains(",") ? nil : cue
    }
    /// `in 2013,`, `on 1 April 2015,`, `since 2019,`: a date between a name and its apposition.
    static let leadingDate = try! NSRegularExpression(pattern:
        "^,? ?(?:in|on|from|since|until)(?: [a-z]+| [0-9]{1,2}){0,2} [0-9]{4} ?,")
    /// `was set up in 1994 as`, `created as`, `which was established as`, `opened in March 2002 as`, `began life
    /// as`: the body was made (or started out as) a unit of what follows.
    static let createdAs = try! NSRegularExpression(pattern:
        "^,? ?(?:which |that )?(?:was |is |had been |has been )?(?:originally |first )?(?:created|set up|established|formed|founded|launched|re-established|reconstituted|relaunched|opened|began life|started life|began work|started work|opened its doors)(?: (?:in|on)(?: [a-z]+| [0-9]{1,2}){0,2} [0-9]{4})? as ")

    /// `Harbour's biggest investors include`: the names after it own Harbour.
    static let investorsOf = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s|whose)(?: [a-z-]+){0,2} (?:investors|shareholders|owners|backers) (?:include|includes|included|are|were)(?: [a-z'-]+){0,5}$")

    /// `Eastside Care, a new brand created by Harbour`, `a subsidiary set up by the`: the first is a unit of the second.
    static let unitCreatedBy = try! NSRegularExpression(pattern:
        "^(?:now )?(?:a|an|the)(?: [\\w'-]+){0,3}? (?:brand|subsidiary|arm|division|unit|offshoot|spin-off|spinout|trading name) (?:created|set up|formed|founded|launched|established|spun out|spun off|registered) by(?: the)?(?: [a-z'-]+){0,3}$")

    /// The subject of a sentence that does something and is then bought or run by another, in a second clause
    /// joined by `and`: `Eastside Care kept its homes open and was later bought by Harbour Group`; `Westside
    /// Trust lost money for years and is now run by the Council`. The subject must open the sentence (no other
    /// name before it), the first clause must be plain (no comma, no other name), and the passive must be a fact.
    func coordinatedPassives(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        guard n >= 2, let i = (0..<n).first(where: { s.isActor($0) }), s.type(i) == .organization,
              i + 1 < n, s.type(i + 1) == .organization, !RelationReader.isGeneric(s, i), !RelationReader.isGeneric(s, i + 1) else { return out }
        let raw = s.between(i, i + 1)
        guard raw.utf8.count <= 110, !raw.contains(";"), !raw.contains("("), !raw.hasPrefix(",") else { return out }
        let t = raw.lowercased().trimming(" ")
        guard let and = t.range(of: " and ", options: .backwards) else { return out }
        let first = t[..<and.lowerBound]
        guard !first.contains(","), first.lowerWords.count >= 2, first.lowerWords.count <= 10 else { return out }
        let passive = RelationReader.passiveCore(String(t[and.lowerBound...]))
        guard RelationModality.isFactual(t, question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)),
              let by = passive.fastRange(of: " by"), passive[by.upperBound...].lowerWords.count <= 4 else { return out }
        let cue = String(passive[..<by.upperBound])
        if RelationReader.passiveOwn.contains(cue), !cue.hasPrefix("a subsidiary") {
            out.append(found("owns", s, subject: i + 1, object: i))
        } else if RelationReader.passiveRun.contains(cue) {
            out.append(found("operates", s, subject: i + 1, object: i))
        }
        return out
    }

    /// `Harbour, Eastside's parent company,`; `Eastside Care, the British subsidiary of Harbour`; `bought Eastside
    /// from Westside` (Westside owned it before); `Harbour's largest shareholders include A and B`.
    func ownershipAppositions(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.type(i) == .organization {
            guard let j = (i + 1..<n).first(where: { s.type($0) == .organization }),
                  !(i + 1..<j).contains(where: { s.isActor($0) }) else { continue }
            let between = RelationReader.gap(s, i, j)
            let t = between.lowercased().trimming(" ,")
            guard RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            let afterJ = s.after(j, 30).lowercased()
            // a bracketed short name first (`Harbour Rail (HR), the ...`) does not count
            var bare = between
            if bare.hasPrefix(" ("), let close = bare.firstIndex(of: ")") { bare = String(bare[bare.index(after: close)...]) }
            if bare.trimming(" ") == "," || bare.lowercased().trimming(" ") == ", the" {
                for noun in ["parent company", "parent", "owner", "holding company", "majority owner"] where afterJ.hasPrefix("'s " + noun) || afterJ.hasPrefix("\u{2019}s " + noun) {
                    out.append(found("owns", s, subject: i, object: j))   // `Harbour, Eastside's parent company`
                    break
                }
                for noun in ["subsidiary", "operator", "arm", "division", "company", "offshoot"] where afterJ.hasPrefix("'s " + noun) || afterJ.hasPrefix("\u{2019}s " + noun) {
                    out.append(found("part_of", s, subject: i, object: j))   // `Eastside, Harbour's subsidiary`
                    break
                }
            }
            // `Eastside Care, the Harbour subsidiary that ran the homes`, `Eastside, a Harbour business,`, `the Schools
            // Agency, the Ministry agency that sets tests`: the name used as a modifier of a unit noun owns the one in
            // apposition
            if [",", ", the", ", a", ", an", ", now a", ", now the", ", now part of the"].contains(bare.lowercased().trimming(" ")) || bare.lowercased().trimming(" ") == ", itself a",
               let noun = afterJ.lowerWords.first, ["subsidiary", "arm", "division", "offshoot", "business", "unit", "brand",
                                                    "agency", "branch", "wing", "directorate"].contains(noun),
               afterJ.hasPrefix(" "), !RelationReader.isGeneric(s, j), !RelationReader.isParty(s.mentions[j].mention.text) {
                out.append(found("part_of", s, subject: i, object: j))
            }
            if RelationReader.unitCreatedBy.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil, bare.hasPrefix(",") {
                out.append(found("part_of", s, subject: i, object: j))   // `Eastside, a brand created by Harbour`
            }
            if RelationReader.subsidiaryOf.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil, between.hasPrefix(",") || between.hasPrefix(" (") {
                out.append(found("part_of", s, subject: i, object: j))
            }
            // `Harbour's biggest investors include A and B`
            if RelationReader.investorsOf.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil {
                var k = j
                out.append(found("owns", s, subject: k, object: i))
                while k + 1 < n, s.type(k + 1) == .organization, ["and", ",", ", and", "&"].contains(s.between(k, k + 1).lowercased().trimming(" ")) {
                    k += 1
                    out.append(found("owns", s, subject: k, object: i))
                }
            }
            // `bought Eastside from Westside in 2006`: Westside owned it before
            let lead = s.before(i, 40).lowercased()
            if t.lowerWords.last == "from", t.lowerWords.count <= 4,
               ["bought ", "acquired ", "purchased ", "took over ", "buying ", "acquiring ", "took "].contains(where: { lead.hasSuffix($0) || lead.hasSuffix($0 + "the ") }),
               RelationModality.isFactual(lead, question: s.isQuestion) {
                out.append(found("owns", s, subject: j, object: i, qualifier: "former"))
            }
        }
        return out
    }

    /// Whether the organization after the one at `i` is named as its holding by a possessive, the held body
    /// standing alone as the head of its phrase: `Harbour's Eastside Care, Westside Care and the rest`, `sold
    /// Harbour's Eastside Care.`, `Harbour's Eastside Care runs ...`. A name used as a modifier (`Harbour's
    /// Eastside Care contract`, `the Council's Harbour decision`) holds nothing, and neither does a party, a class
    /// of bodies or a name owned by itself.
    static func isNamedHolding(_ s: Sentence, _ i: Int) -> Bool {
        let j = i + 1
        guard j < s.mentions.count, s.type(i) == .organization, s.type(j) == .organization,
              ["'s ", "\u{2019}s "].contains(s.between(i, j)),
              !isParty(s.mentions[i].mention.text), !isGeneric(s, i), !isGeneric(s, j),
              s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { return false }
        // (the possessor is no person's `his`/`their`, and no place read as an organization: `Britain's`)
        let after = s.after(j, 16)
        if after.isEmpty || [",", ".", ";", ":", ")", " and ", " or ", " (", " -", " \u{2014}"].contains(where: { after.hasPrefix($0) }) { return true }
        let verbs: Set<String> = ["runs", "ran", "owns", "owned", "operates", "operated", "has", "had", "is", "was", "won",
                                  "took", "takes", "bought", "manages", "managed", "went", "will", "would"]
        return after.hasPrefix(" ") && verbs.contains(after.lowerWords.first ?? "")
    }

    /// Words after `Harbour's X` that make X a unit of Harbour: `Harbour's Home Care business`.
    static let unitWords: Set<String> = ["business", "division", "arm", "unit", "subsidiary", "branch", "brand", "wing",
                                         "directorate", "offshoot"]

    /// Whether the mention at `k` names a class of bodies rather than one body: `the CRCs`, `a trust`, `CRC`,
    /// `the ICBs` (every word a holding noun, all in lower case, or an acronym in the plural).
    static func isGeneric(_ s: Sentence, _ k: Int) -> Bool { s.isClassName(k) }

    /// Whether a name is a class of bodies (`CRCs`, `care trusts`, `the companies`) rather than one body: its
    /// words all holding nouns, all lower case, or a plural acronym.
    static func isClassName(_ text: String) -> Bool {
        let words = text.lowerWords
        let pluralAcronym = text.count >= 3 && text.hasSuffix("s") && text.dropLast().allSatisfy { $0.isUppercase }
        return !words.isEmpty && (words.allSatisfy { holdingNouns.contains($0) } || text == text.lowercased() || pluralAcronym)
    }

    /// Last words of a unit's name.
    static let unitNouns: Set<String> = ["council", "board", "committee", "division", "unit", "team", "foundation",
                                         "institute", "directorate", "branch", "panel", "forum", "academy", "fund",
                                         "trust", "office", "group", "network", "services", "service"]

    /// Whether the words between a relative clause's verb and the next name (`rest`) close the clause: a comma,
    /// then a word that opens the main clause (`which ran every draw until 2019, now belongs to`, `that owned the
    /// site, was sold to`). A list after the comma (`, including`, `, and`) keeps it open. `t` is the whole gap,
    /// which must open with the relative pronoun.
    static func relativeClauseClosed(_ t: String, _ rest: String) -> Bool {
        guard t.hasPrefix("which ") || t.hasPrefix("that ") || t.hasPrefix("who "), let comma = rest.lastIndex(of: ",") else { return false }
        let next = rest[rest.index(after: comma)...].lowerWords.first ?? ""
        return ["now", "is", "was", "are", "were", "has", "had", "became", "belongs", "belonged", "went", "collapsed",
                "then", "later", "still", "itself", "remains", "remained"].contains(next)
    }

    /// Whether the mention at `j` can be owned or run (an organization, a programme or a named service).
    func isObject(_ s: Sentence, _ j: Int) -> Bool { s.type(j) == .organization || s.type(j) == .programme }
    func isOwnable(_ s: Sentence, _ j: Int) -> Bool { s.type(j) == .organization }

    /// The parent named in a unit's name: `North East Division of the Harbour Health Service` → `Harbour Health
    /// Service`.
    static func unitParent(_ name: String) -> String? {
        // `Department of Health` and `Office of Rail` are bodies in their own right: the unit word must follow a
        // qualifier (`North East Division of ...`).
        let units = ["division", "unit", "branch", "directorate", "region", "wing", "arm"]
        let words = name.splitASCII(separator: " ")
        guard let k = words.firstIndex(where: { units.contains($0.lowercased()) }), k > 0, k + 2 < words.count,
              words[k + 1].lowercased() == "of" else { return nil }
        var rest = words[(k + 2)...]
        if rest.first?.lowercased() == "the" { rest = rest.dropFirst() }
        guard rest.count >= 1 else { return nil }
        return rest.joined(separator: " ")
    }

    /// Verbs of serving a client after `appointed to`, `chosen to`: `Kestrel was selected to supply the Council`.
    static let serviceTo = ["supply", "support", "serve", "work with", "advise", "provide services to", "deliver services to",
                            "deliver services for", "provide staff to", "supply staff to"]

    /// How a programme is run, between the participle and `by`: `directly`, `under contract`, `on the
    /// government's behalf`.
    static let runManner = try! NSRegularExpression(pattern:
        "(?: (?:directly|centrally|locally|jointly|day to day|day-to-day|under contract|on (?:the|its|their)(?: [a-z'\u{2019}-]+)? behalf))+ by$")

    /// The words of a partnership gap without the joint bid that names it (`bidding with`, `in a joint bid with`), so
    /// that the modality test reads the rest (a bid is a plan, bidding together a partnership).
    static func withoutJointBid(_ t: String) -> String {
        var w = t
        for cue in ["in a joint bid with", "in a bid with", "bidding with", "bid with"] { w = w.replacingOccurrences(of: cue, with: "with") }
        return w
    }

    /// A description between a partnership cue and the partner's name: `the charity`, `the American firm`.
    static let partnerDescription = " (?:the|a|an|its)(?: [a-z-]+){1,4}$"

    /// `in partnership with`, `a collaboration between A, B and C`, `A and B have joined forces`, `A, B's partner`,
    /// `A was appointed to supply B`.
    func partnerships(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        let actor = { (k: Int) -> Bool in s.type(k) == .organization }
        for i in 0..<n where actor(i) {
            for j in (i + 1)..<max(i + 1, min(n, i + 8)) where actor(j) {   // names close by: linear in long lists
                guard s.mentions[j].mention.utf8Range.lowerBound - s.mentions[i].mention.utf8Range.upperBound <= 100 else { break }
                let between = s.between(i, j).lowercased()
                let t = between.trimming(" ,")
                // (a description of the partner may follow the cue: `working with the charity Eastside Care`)
                var described = t.replacingOccurrences(of: RelationReader.partnerDescription, with: "", options: .regularExpression)
                // (`together with the Carers Trust`: the article is no description)
                if described.hasSuffix(" the") { described = String(described.dropLast(4)) }
                if between.utf8.count <= 80,
                   ["in partnership with", "in a partnership with", "partnered with", "partners with", "teamed up with",
                    "working with", "alongside", "in collaboration with", "jointly with", "in a joint venture with",
                    "with its partner", "and its partner", "bidding with", "bid with", "in a joint bid with", "in a consortium with",
                    "in a bid with", "in alliance with", "in an alliance with", "teaming up with"].contains(where: { t.hasSuffix($0) || described.hasSuffix($0) }),
                   // (a joint bid is a partnership whether or not it wins: `bidding` is no plan here)
                   RelationModality.isFactual(RelationReader.withoutJointBid(t), question: s.isQuestion), !RelationModality.isFuture(t), t.lowerWords.count <= 10,
                   // (`Harbour is one of the big providers, alongside the likes of Kestrel`: peers, not partners)
                   !t.hasSuffix("the likes of"), !t.hasSuffix("such as"), !t.fastContains("one of "),
                   // (`the Ministry, which funds it alongside the Lottery`: co-funders, read with the funding)
                   !(RelationReader.coFunderGaps.contains(where: { described.hasSuffix($0) }) && RelationReader.isFundingVerb(RelationReader.plainFundingVerb(t))),
                   !RelationReader.isGeneric(s, i), !RelationReader.isGeneric(s, j) {
                    out.append(found("partner_of", s, subject: i, object: j))
                } else if between.utf8.count <= 90, t == "together with" || described == "together with"
                            || t.hasSuffix(", together with") || described.hasSuffix(", together with"),
                          RelationModality.isFactual(t, question: s.isQuestion) {
                    // `carried out by Harbour together with Eastside`, `Harbour runs the clinics, including A,
                    // together with the charity Eastside`: partners only when the first is the one acting (the agent
                    // of a passive, or the subject of a verb of running); a plain `A, together with B,` lists two
                    let lead = s.before(i, 30).lowercased().trimming(" ")
                    let agent = lead.hasSuffix(" by") || lead.hasSuffix(" by the") || lead == "by" || lead == "by the"
                    if (agent && (t == "together with" || described == "together with")) || RelationReader.startsWithVerb(t) && RelationReader.runVerbs.contains(where: { t.hasPrefix($0 + " ") }) {
                        out.append(found("partner_of", s, subject: i, object: j))
                    }
                }
                // `A and B have joined forces`
                if t == "and" || t == "&" {
                    let after = s.after(j, 60).lowercased()
                    if ["have joined forces", "joined forces", "have teamed up", "teamed up", "have partnered", "formed a partnership",
                        "have formed a partnership", "are partners", "have signed a partnership", "signed a partnership",
                        "announced a partnership", "have announced a partnership", "formed a joint venture"].contains(where: { after.hasPrefix(" " + $0) || after.contains(", " + $0) }) {
                        out.append(found("partner_of", s, subject: i, object: j))
                    }
                }
                // `A ... to be B's partner`
                if between.utf8.count <= 80, j == i + 1,
                   ["partner", "partners"].contains(s.after(j, 14).lowerWords.drop(while: { $0 == "s" }).first ?? ""),   // `B's partner`
                   between.hasSuffix(" ") && (between.lowercased().hasSuffix("be ") || between.lowercased().hasSuffix("as ") || between.lowercased().hasSuffix("is ")),
                   RelationModality.isFactual(between, question: s.isQuestion) {
                    out.append(found("partner_of", s, subject: i, object: j))
                }
                // `A was appointed to supply B`, `A chosen to support B`, `A has been appointed as a supplier of
                // agency staff to B`
                if between.utf8.count <= 140, j == i + 1, RelationModality.isFactual(t, question: s.isQuestion) {
                    let w = t.lowerWords
                    if w.count <= 16, w.contains(where: { ["appointed", "chosen", "selected", "contracted", "named"].contains($0) }),
                       w.contains(where: { ["supplier", "provider", "partner", "contractor", "subcontractor"].contains($0) }),
                       let last = w.last, ["to", "for", "by"].contains(last) || (w.count >= 2 && w[w.count - 2] == "to" && last == "the") {
                        out.append(found("partner_of", s, subject: i, object: j))
                    } else if w.count <= 8, w.contains(where: { ["appointed", "chosen", "selected", "contracted", "commissioned", "hired", "engaged", "picked"].contains($0) }),
                              RelationReader.serviceTo.contains(where: { t.hasSuffix(" to " + $0) || t.hasSuffix(" to " + $0 + " the") }) {
                        // `A was appointed to supply B`, `A has been chosen to support the B`
                        out.append(found("partner_of", s, subject: i, object: j))
                    }
                }
                if between.utf8.count <= 60, j == i + 1 {
                    let w = t.lowerWords
                    if let f = w.first, ["appointed", "chosen", "selected", "contracted", "commissioned", "hired", "engaged"].contains(f) || (w.count > 1 && ["was", "has", "is", "been"].contains(f) && ["appointed", "chosen", "selected", "contracted", "commissioned"].contains(w[1])),
                       w.contains("to") || w.contains("by"), w.count <= 6, RelationModality.isFactual(t, question: s.isQuestion) {
                        out.append(found("partner_of", s, subject: i, object: j))
                    }
                }
            }
        }
        // `A, a charity, and B, a firm, have joined forces`: every organization before the cue, in its clause.
        let whole = s.lower
        for cue in [" have joined forces", " joined forces", " have teamed up", " have formed a partnership", " have partnered"] where s.mayHold(cue: cue) {
            guard let r = whole.fastRange(of: cue) else { continue }
            let offset = s.range.lowerBound + whole.utf8.distance(from: whole.startIndex, to: r.lowerBound)
            let members = (0..<n).filter { actor($0) && s.mentions[$0].mention.utf8Range.upperBound <= offset }
            guard (2...4).contains(members.count), RelationModality.isFactual(s.slice(s.range.lowerBound, offset), question: s.isQuestion) else { continue }
            for a in 0..<members.count {
                for b in (a + 1)..<members.count { out.append(found("partner_of", s, subject: members[a], object: members[b])) }
            }
            break
        }
        // `X, a collaboration between A, B and C`: pairwise partners, each running X.
        let text = s.lower
        let membership = ["made up of ", "consisting of ", "comprising ", "whose members include ", "whose members are ",
                          "partnership led by ", "consortium led by ", "joint venture led by ", "alliance led by "]
        // (`a new company formed by A and B`: the founders are partners; what they formed is not made of them)
        let founding = ["company formed by ", "venture formed by ", "company set up by ", "body set up by ", "formed jointly by ", "set up jointly by "]
        for cue in ["collaboration between ", "partnership between ", "joint venture between ", "joint venture of ", "consortium of ", "alliance of ", "partnership of "] + membership + founding where s.mayHold(cue: cue) {
            guard let r = text.fastRange(of: cue) else { continue }
            let offset = s.range.lowerBound + text.utf8.distance(from: text.startIndex, to: r.upperBound)
            var members: [Int] = []
            var last = offset
            for k in 0..<n where s.mentions[k].mention.utf8Range.lowerBound >= offset {
                let gap = s.slice(last, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ")
                // the first member may come with a description: `a joint venture between the American firm A and B`
                let describedFirst = members.isEmpty && gap.lowerWords.count <= 4 && ["the", "a", "an"].contains(gap.lowerWords.first ?? "")
                    && !gap.lowerWords.contains("of")
                guard members.isEmpty ? (gap.lowerWords.allSatisfy({ $0 == "the" }) || describedFirst)
                        : ["", ",", "and", ", and", "the", ", the", "and the", ", and the", "&", "with", "with the", "and with"].contains(gap)
                          || RelationReader.describedMember.firstMatch(in: gap, range: NSRange(gap.startIndex..., in: gap)) != nil else { break }
                if actor(k) { members.append(k) }
                last = s.mentions[k].mention.utf8Range.upperBound
            }
            // `Harbour Rail, a joint venture between A and a group of banks`: each member named is part of it
            let x0 = (0..<n).last(where: { s.mentions[$0].mention.utf8Range.upperBound <= offset - cue.utf8.count })
            if let x = x0, s.type(x) == .organization, !members.contains(x), !cue.hasPrefix("collaboration"), !founding.contains(cue),
               // (`Harbour Eastside, a joint venture of Harbour and Eastside` read as two names: the venture is unnamed)
               !(x > 0 && s.type(x - 1) == .organization && s.between(x - 1, x) == " "),
               !members.contains(where: { s.mentions[$0].mention.canonicalName == s.mentions[x].mention.canonicalName }),
               s.slice(s.mentions[x].mention.utf8Range.upperBound, offset - cue.utf8.count).lowerWords.count <= 2 {
                // (`a partnership led by A with B and C`: A leads it, B and C are in it)
                // (`Tallis, a consortium of A, B and C`: a consortium's members are its shareholders, so each owns it)
                let led = cue.hasSuffix("led by ")
                let owners = cue == "consortium of "
                for (k, m) in members.enumerated() { out.append(found(led && k == 0 ? "leads" : owners ? "owns" : "part_of", s, subject: m, object: x)) }
            }
            // (the members of a consortium own it together; they are not each other's partners)
            guard members.count >= 2, !membership.contains(cue), cue != "consortium of " else { continue }
            for a in 0..<members.count {
                for b in (a + 1)..<members.count { out.append(found("partner_of", s, subject: members[a], object: members[b])) }
            }
            // the thing it is: the name just before `, a collaboration between`
            // (an organization is made of its members, read above; a programme or project is run by them)
            if let x = (0..<n).last(where: { s.mentions[$0].mention.utf8Range.upperBound <= offset - cue.utf8.count }),
               s.type(x) == .programme || (s.type(x) == .organization && cue.hasPrefix("collaboration")),
               s.slice(s.mentions[x].mention.utf8Range.upperBound, offset - cue.utf8.count).lowerWords.count <= 2 {
                for m in members { out.append(found("operates", s, subject: m, object: x)) }
            }
        }
        return out
    }

    /// `funded by`, `funded largely by`, `sponsored by`, `funded through`, `funded by and answerable to`, then up to
    /// four words describing the funder.
    static let fundedBy = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:(?:sponsored|owned|controlled|set up|established|created|run|regulated|overseen|supported) and )?(?:funded|financed|paid for|bankrolled|underwritten|backed|sponsored)(?: [a-z]+ly| in part)? (?:by|through)(?: and (?:answerable|accountable|responsible) to)?(?: [\\w'-]+){0,4}$")

    /// `'s grant came directly from`, `'s final £3m grant from`, `'s core funding comes from`: the words between a
    /// body given money and the body that gives it. (An `s` alone opens them after the stand-in for `its`, which
    /// covers `it`: ``referredOrganizationRelations(_:_:)``.)
    static let moneyFrom = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s|'|\u{2019}|s)(?: (?!(?:for|of|to|bid|bids|application|applications|request|requests|plea|hope|hopes|claim|claims|share|loss|cut|cuts)\\b)[\\w\u{00A3}$.,-]+){0,4}? (?:grant|grants|funding|subsidy|subsidies|money|income|grant-in-aid)(?: (?:came|comes|had come|has come|was paid|is paid|was provided|is provided))?(?: (?:directly|largely|mainly|mostly|entirely|chiefly|still|always))? (?:from|through)$")

    /// Whether the sentence opens with an organization (at most two words before it) that the words up to the
    /// mention at `i` describe by a participle of owning or running (`Eastside Rail is a public company, wholly owned
    /// by`, `Eastside Rail, run by`), so that a participle after `i` joined by `and` is about it too.
    static func describedByParticiples(_ s: Sentence, _ i: Int) -> Bool {
        guard i > 0, s.type(0) == .organization, !isGeneric(s, 0),
              s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.count <= 2 else { return false }
        var t = s.between(0, i).lowercased().trimming(" ,")
        if t.hasSuffix(" the") { t = String(t.dropLast(4)) }
        let core = passiveCore(withoutCopularDescription(t))
        return (passiveOwn + passiveRun).contains(core) && RelationModality.isFactual(t, question: s.isQuestion)
    }

    /// Words before a funding verb that leave the funding as it is: `which also funds` → `funds`, `continues to
    /// fund` → `funds`, `still pays for` → `pays for`.
    static func plainFundingVerb(_ t: String) -> String {
        var w = t
        for _ in 0..<3 {
            for lead in ["which ", "that ", "who ", "also ", "still ", "now ", "largely ", "mainly ", "mostly ", "partly ", "jointly ",
                         "directly ", "itself ", "then ", "has ", "had ", "have "] where w.hasPrefix(lead) {
                w = String(w.dropFirst(lead.count))
            }
        }
        for (goOn, verb) in [("continues to fund ", "funds "), ("continued to fund ", "funded "), ("continue to fund ", "funds "),
                             ("continues to pay for ", "pays for "), ("continued to pay for ", "paid for ")] where w.hasPrefix(goOn) || w == goOn.trimming(" ") {
            w = verb + w.dropFirst(min(goOn.count, w.count))
        }
        // (a relative pronoun with nothing of funding after it changes nothing)
        let funding = ["funds", "funded", "finances", "financed", "pays for", "paid for", "bankrolls", "bankrolled", "has funded", "sponsors", "sponsored"]
        return funding.contains(where: { w.hasPrefix($0) }) ? w.trimming(" ") : t
    }

    /// The words before a second funder that share the first's `funded by`: `funded partly by the Council and
    /// partly by the Lottery`, `funded in part by A and in part by B`, `funded by A and also by B`.
    static let furtherFunderGaps: Set<String> = ["and partly by", "and partly by the", "and in part by", "and in part by the",
                                                 "and also by", "and also by the", "and by", "and by the",
                                                 // `funded by the Treasury through the Ministry`: the money passes through both
                                                 "through", "through the", "via", "via the"]
    /// `funded partly by the council and partly by`: a first funder that is no name (a description), then a named one.
    static let fundedInParts = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:funded|financed|paid for) (?:partly|in part) by(?: [\\w'-]+){1,5} and (?:partly|in part) by(?: the)?$")

    /// The funders listed after the one at `k` with ``furtherFunderGaps`` or a plain list before them: `funded
    /// partly by A and partly by B` → B; `funded by A, B and C` → B, C.
    static func furtherFunders(_ s: Sentence, after k: Int) -> [Int] {
        var out: [Int] = []
        var j = k + 1
        while j < s.mentions.count, s.type(j) == .organization, !isGeneric(s, j), !startsClause(s, j) {
            let gap = s.between(j - 1, j).lowercased().trimming(" ")
            // (`funded by the Council, and the Trust pays nothing`: `, and` right after the first funder opens a clause)
            guard furtherFunderGaps.contains(gap) || (j == k + 1 ? ["and", ",", "and the", "&"] : ["and", ", and", ",", "and the", ", and the", "&"]).contains(gap) else { break }
            out.append(j)
            j += 1
        }
        return out
    }

    /// The subject of the sentence when the body at `i` is named inside its predicate or apposition, as the object of
    /// `of` (`Harbour Rail was a subsidiary of the Council, funded by ...`; `Harbour Rail, a branch of the Council,
    /// funded by ...`): an organization opening the sentence (at most two words before it), no other person or body
    /// between it and `i`. Nil otherwise.
    static func fundedApposition(_ s: Sentence, object i: Int) -> Int? {
        guard i > 0, s.type(0) == .organization, !isGeneric(s, 0),
              s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.count <= 2,
              !(1..<i).contains(where: { s.isActor($0) }),
              s.before(i, 10).lowercased().hasSuffix("of ") || s.before(i, 10).lowercased().hasSuffix("of the "),
              RelationModality.isFactual(s.between(0, i), question: s.isQuestion) else { return nil }
        return 0
    }

    /// The words before a co-funder: `alongside the`, `together with`, `jointly with the`.
    static let coFunderGaps: Set<String> = ["alongside", "alongside the", "together with", "together with the",
                                            "jointly with", "jointly with the", "along with", "along with the"]

    /// Whether the body at `partner`, after `alongside` (``coFunderGaps``), is named as a second funder of the one
    /// at `funded`, which the body at `funder` funds by a plain verb: `the Ministry funds it alongside the Lottery`
    /// → true (the Lottery funds it too); nil when the words are not of that shape. False when they are, but the
    /// funding is not stated as a fact (`might fund it alongside`): then no edge at all reads across the three
    /// (the funder does not fund its co-funder).
    static func coFunder(_ s: Sentence, funder: Int, funded: Int, partner: Int) -> Bool? {
        guard funded == funder + 1, partner == funded + 1,
              coFunderGaps.contains(s.between(funded, partner).lowercased().trimming(" ")),
              s.type(partner) == .organization, !isGeneric(s, partner), !isParty(s.mentions[partner].mention.text),
              s.type(funded) == .organization || s.type(funded) == .programme, !isGeneric(s, funded) else { return nil }
        let verb = plainFundingVerb(s.between(funder, funded).lowercased().trimming(" ,"))
        guard isFundingVerb(verb), verb.lowerWords.count <= 2 else { return nil }
        return RelationModality.isFactual(s.between(funder, funded), question: s.isQuestion)
            && !RelationModality.isFuture(s.between(funder, funded))
    }

    /// Whether `words` (after ``plainFundingVerb(_:)``) open with an active verb of funding: `funds`, `pays for it`.
    static func isFundingVerb(_ words: String) -> Bool {
        ["funds", "funded", "finances", "financed", "pays for", "paid for", "sponsors", "sponsored", "bankrolls", "bankrolled"]
            .contains { words == $0 || words.hasPrefix($0 + " ") }
    }

    /// `A funds B`, `B, funded by A`, `A's grants to B`.
    func funding(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        let money: Set<String> = ["money", "monies", "funding", "funds", "grant", "grants", "cash", "budget", "budgets", "subsidy", "subsidies"]
        for i in 0..<n where s.type(i) == .organization || s.type(i) == .programme {
            for j in (i + 1)..<max(i + 1, min(n, i + 4)) where s.type(j) == .organization || s.type(j) == .programme || s.type(j) == .person {
                guard s.mentions[j].mention.utf8Range.lowerBound - s.mentions[i].mention.utf8Range.upperBound <= 80 else { break }
                // `the Ministry funds it alongside the Lottery`, `Harbour pays for the clinic together with Kestrel`: the
                // body after `alongside` funds what the verb funds, and is funded by no one here
                if j > i + 1, let co = RelationReader.coFunder(s, funder: i, funded: j - 1, partner: j) {
                    if co { out.append(found("funds", s, subject: j, object: j - 1)) }
                    continue
                }
                var t = s.between(i, j).lowercased().trimming(" ,")
                if t.hasSuffix(" the") { t = String(t.dropLast(4)) }
                // `is a public body, sponsored and funded by`, `remains a charity, funded by`: the description goes
                t = RelationReader.withoutCopularDescription(t)
                // `which also funds`, `still funds`, `continues to fund`: the relative pronoun, the adverbs and the
                // verb of going on go, leaving the funding verb
                t = RelationReader.plainFundingVerb(t)
                // (`the Ministry, which funds it alongside the Lottery`: the Lottery funds `it` too, and is funded by
                // no one here: ``coFunder(_:funder:funded:partner:)``)
                if RelationReader.isFundingVerb(t), RelationReader.coFunderGaps.contains(where: { t.hasSuffix(" " + $0) }) { continue }
                let w = t.lowerWords
                // `The Carers' Hub was funded partly by the council and partly by the Lottery Fund`: the named funder
                // after `and partly by` (the first, a description, is not a name here)
                if j == i + 1, s.type(j) == .organization, w.count <= 12, RelationModality.isFactual(t, question: s.isQuestion),
                   RelationReader.fundedInParts.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil {
                    out.append(found("funds", s, subject: j, object: i))
                    continue
                }
                // `the council's grant came directly from the Treasury`, `Harbour Trust's £3m grant from the Ministry`:
                // the money a body is given names who gives it
                if j == i + 1, s.type(j) == .organization, s.type(i) == .organization, !RelationReader.isGeneric(s, j),
                   RelationReader.moneyFrom.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                   RelationModality.isFactual(t, question: s.isQuestion) {
                    out.append(found("funds", s, subject: j, object: i))
                    continue
                }
                guard w.count <= 6, RelationModality.isFactual(t, question: s.isQuestion) else { continue }
                let passive = RelationReader.fundedBy.firstMatch(in: t, range: NSRange(t.startIndex..., in: t))
                if passive == nil, s.type(i) == .organization, s.type(j) != .person, ["funds", "funded", "finances", "financed", "pays for", "paid for", "bankrolls", "bankrolled",
                    "sponsors", "has sponsored",
                    "grants to", "grant to", "funding for", "funding to", "money to", "funding of"].contains(where: { t.hasPrefix($0) }) {
                    out.append(found("funds", s, subject: i, object: j))
                } else if j == i + 1, let m = passive,
                          s.type(j) == .organization || s.type(j) == .person {
                    // `the Harbour Trust, funded largely by the Council`, `sponsored by the retailer Ann Reed`;
                    // `Harbour Trust, the body set up to replace Westside Trust and funded by the Council`: after
                    // `and`, what is funded is the name the sentence opened with, in apposition
                    let lead = (Range(m.range, in: t).map { String(t[..<$0.lowerBound]) } ?? "").lowerWords
                    let selfFunded = s.mentions[j].index == s.mentions[i].index
                        || s.mentions[j].mention.canonicalName == s.mentions[i].mention.canonicalName
                        || PassageScanner.initialsMatch(s.mentions[j].mention.text, s.mentions[i].mention.text.splitASCII(separator: " ").map(String.init))
                    if !lead.contains("and"), selfFunded, let head = RelationReader.fundedApposition(s, object: i) {
                        // `Harbour Rail was a subsidiary of the Council, funded jointly by the Council and the Ministry`:
                        // a body funding itself is a misread of the apposition, whose head (the sentence's subject) is
                        // what the list funds
                        out.append(found("funds", s, subject: j, object: head))
                        var k = j + 1
                        while k < n, s.type(k) == .organization, !RelationReader.isGeneric(s, k), !RelationReader.startsClause(s, k),
                              s.mentions[k].index != s.mentions[head].index,
                              (k == j + 1 ? ["and", ",", "and the", ", the", "&"] : ["and", ", and", ",", "and the", ", and the", ", the", "&"])
                                .contains(s.between(k - 1, k).lowercased().trimming(" "))
                                || RelationReader.furtherFunderGaps.contains(s.between(k - 1, k).lowercased().trimming(" ")) {
                            out.append(found("funds", s, subject: k, object: head))
                            k += 1
                        }
                    } else if !lead.contains("and") {
                        out.append(found("funds", s, subject: j, object: i))
                        // `funded jointly by the Council and the Health Trust`: every funder of the list
                        var k = j + 1
                        // (`funded by the Council, and the Trust pays nothing`: `, and` right after the first funder opens
                        // a clause; it ends a list only after a comma: `by A, B, and C`)
                        // (`a subsidiary of Harbour Rail, funded by HR and the Ministry`: a body funding itself is a misread
                        // of the apposition, and so would be the rest of the list)
                        while k < n, s.mentions[j].index != s.mentions[i].index,
                              s.mentions[j].mention.canonicalName != s.mentions[i].mention.canonicalName,
                              !PassageScanner.initialsMatch(s.mentions[j].mention.text, s.mentions[i].mention.text.splitASCII(separator: " ").map(String.init)),
                              s.type(k) == .organization, !RelationReader.isGeneric(s, k), !RelationReader.startsClause(s, k),
                              (k == j + 1 ? ["and", ",", "and the", ", the", "&"] : ["and", ", and", ",", "and the", ", and the", ", the", "&"])
                                .contains(s.between(k - 1, k).lowercased().trimming(" "))
                                || RelationReader.furtherFunderGaps.contains(s.between(k - 1, k).lowercased().trimming(" ")) {
                            out.append(found("funds", s, subject: k, object: i))
                            k += 1
                        }
                    } else if i > 0, s.type(0) == .organization, s.between(0, 1).hasPrefix(","),
                              !(1..<j).contains(where: { s.type($0) == .person }) {
                        out.append(found("funds", s, subject: j, object: 0))
                    } else if i == 1, RelationReader.describedByParticiples(s, i), s.mentions[j].mention.canonicalName != s.mentions[0].mention.canonicalName {
                        // `Eastside Rail is a public company, owned by the Ministry and funded by it`: `and funded by`
                        // goes on describing the sentence's subject
                        out.append(found("funds", s, subject: j, object: 0))
                    }
                } else if j == i + 1, s.type(j) != .person, w.contains(where: { money.contains($0) }),
                          ["awarded to", "paid to", "given to", "granted to", "allocated to", "went to", "handed to"].contains(where: { t.hasSuffix($0) }) {
                    // `the Reform Fund monies were awarded to the trusts`
                    out.append(found("funds", s, subject: i, object: j))
                }
            }
        }
        return out
    }
}

/// Takeovers named by a noun, contracts, and the organization that leads a partnership.
extension RelationReader {
    /// `Harbour's takeover of`, `completed its acquisition of the`: the organization before owns the one after.
    static let takeoverOf = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s|,? ?(?:which |that )?(?:has |had )?(?:completed|finalised|finalized|concluded|sealed) (?:its|the|their))(?: [a-z0-9£$.-]+){0,3}? (?:takeover|acquisition|purchase|buyout|buy-out) of(?: the)?$")
    /// Words that make a takeover named by a noun no fact: `its planned takeover of`, `the failed bid`.
    static let unmadeTakeover: Set<String> = ["attempted", "abandoned", "possible", "potential", "rejected", "blocked", "aborted",
                                              "mooted", "rumoured", "hostile", "rival", "offer", "collapsed"]
    /// `won the contract to build the`, `holds the contract for`: the organization before runs what follows.
    static let contractToRun = try! NSRegularExpression(pattern:
        "^(?:which |that )?(?:also |now |then |later )?(?:won|wins|has won|had won|holds|held|has held|secured|landed|was awarded|has been awarded|were awarded) (?:the|a|an)(?: [a-z-]+){0,2} contracts? (?:to (?:build|run|deliver|operate|provide|manage|supply|maintain|administer|carry out)|for)(?: the)?$")
    /// `ran the tagging contracts for the`, `'s contract with`, `lost its subcontract with`: the two are partners
    /// (a contractor and the body it works for).
    static let contractWith = try! NSRegularExpression(pattern:
        "^(?:(?:which |that )?(?:ran|runs|run|held|holds|has held|had held) the(?: [a-z-]+){0,2} contracts? (?:for|with)|(?:'s|\u{2019}s|(?:which |that )?(?:has|had|signed|lost|won|held|holds) (?:its|their|a|an|the))(?: [a-z0-9-]+){0,2} (?:contract|contracts|subcontract|subcontracts) with)(?: the)?$")
    /// `, the partnership led by`, `, a consortium led by`, `, led by`, `is the lead partner in`: who leads whom.
    static let ledByOrganization = ["led by", "a partnership led by", "the partnership led by", "a consortium led by",
                                    "the consortium led by", "a joint venture led by", "the joint venture led by",
                                    "an alliance led by", "the alliance led by", "which is led by", "is led by"]
    static let leadPartner = ["is the lead partner in", "the lead partner in", "was the lead partner in", "is the lead partner of",
                              "the lead partner of", "was the lead partner of", "leads the consortium", "led the consortium",
                              "leads the partnership", "led the partnership", "heads the consortium", "headed the consortium"]

    func takeoversAndContracts(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.type(i) == .organization && !RelationReader.isGeneric(s, i) {
            guard i + 1 < n else { break }
            let j = i + 1
            let raw = RelationReader.gap(s, i, j)
            guard raw.utf8.count <= 90 else { continue }
            var t = raw.lowercased().trimming(" ,(")
            let asked = s.asks(after: s.mentions[i].mention.utf8Range.upperBound)
            guard RelationModality.isFactual(t, question: asked) else { continue }
            let range = NSRange(t.startIndex..., in: t)
            if s.type(j) == .organization, !RelationReader.isGeneric(s, j) {
                // `Harbour's takeover of Eastside`, `Harbour, which completed its acquisition of Eastside`
                if RelationReader.takeoverOf.firstMatch(in: t, range: range) != nil,
                   !t.lowerWords.contains(where: { RelationReader.unmadeTakeover.contains($0) }) {
                    out.append(found("owns", s, subject: i, object: j))
                }
                // `the takeover of Eastside by Harbour`
                if ["by", "by the"].contains(t) {
                    let lead = s.before(i, 40).lowercased()
                    if ["takeover of ", "acquisition of ", "purchase of ", "buyout of ", "takeover of the ", "acquisition of the ", "purchase of the "].contains(where: { lead.hasSuffix($0) }),
                       !lead.lowerWords.suffix(5).contains(where: { RelationReader.unmadeTakeover.contains($0) }),
                       RelationModality.isFactual(String(lead.suffix(40)), question: s.isQuestion) {
                        out.append(found("owns", s, subject: j, object: i))
                    }
                }
                // `G4S and Serco, which ran the tagging contracts for the Ministry`, `lost its subcontract with`
                if RelationReader.contractWith.firstMatch(in: t, range: range) != nil {
                    out.append(found("partner_of", s, subject: i, object: j))
                    if t.hasPrefix("which") || t.hasPrefix("that"), i > 0, s.type(i - 1) == .organization,
                       ["and", "&"].contains(s.between(i - 1, i).lowercased().trimming(" ")) {
                        out.append(found("partner_of", s, subject: i - 1, object: j))
                    }
                }
                // `Eastside Care, led by Harbour`, `Harbour is the lead partner in Eastside Care`
                if raw.hasPrefix(","), RelationReader.ledByOrganization.contains(t) {
                    out.append(found("leads", s, subject: j, object: i))
                } else if RelationReader.leadPartner.contains(t) {
                    out.append(found("leads", s, subject: i, object: j))
                }
            }
            // `BT won the contract to build the Spine`, `Capita, which holds the PIP contracts`
            if s.type(j) == .organization || s.type(j) == .programme, !RelationReader.isGeneric(s, j) {
                if RelationReader.contractToRun.firstMatch(in: t, range: range) != nil {
                    out.append(found("operates", s, subject: i, object: j))
                } else {
                    for lead in ["which ", "that "] where t.hasPrefix(lead) { t = String(t.dropFirst(lead.count)) }
                    let next = s.after(j, 20).lowerWords.first ?? ""
                    if ["holds the", "held the", "won the", "has the", "had the", "secured the", "kept the", "lost the", "was awarded the", "has won the"].contains(t),
                       ["contract", "contracts", "franchise"].contains(next) {
                        out.append(found("operates", s, subject: i, object: j, qualifier: t.hasPrefix("lost") ? "former" : nil))
                    }
                }
            }
        }
        return out
    }
}

/// Owners, operators and funders named by a description or standing before a pronoun for what they hold.
extension RelationReader {
    /// `, a company wholly owned by the council`, `, run at arm's length by the trust`, `, funded by the
    /// department`: a participle of owning, running or funding and `by the` + a kind noun, right after a name.
    static let byDescription = try! NSRegularExpression(pattern:
        "^,? (?:(?:a|an|the)(?: [\\w'-]+){0,4}? )?(?:(?:is|was|are|were|now|still|also|wholly|jointly|partly|largely|fully|directly|ultimately) )*(owned|controlled|run|operated|managed|funded|financed|sponsored)(?: [a-z0-9'-]+){0,3}? by the ([a-z]+)\\b")

    /// `Eastside Care, a company wholly owned by the council`; `Westside School, run since 2015 by the trust`;
    /// `the Carers' Hub, funded by the charity`: the description (`the council`) stands for the body of that kind
    /// named before (``RelationContext/definite(_:before:in:)``, which refuses when two are equally possible), and
    /// that body owns, runs or funds the name. A name right after `by the` is read by the passive rules instead.
    func describedOwners(_ s: Sentence, _ context: RelationContext) -> [Found] {
        // `The biggest shareholder, the Fenland Fund, ...`: the holder of the body the sentence before is about
        var out: [Found] = contextShareholders(s, context)
        for i in s.mentions.indices where s.type(i) == .organization || s.type(i) == .programme {
            let after = s.after(i, 90)
            let lower = after.lowercased()
            guard lower.hasPrefix(","), let m = RelationReader.byDescription.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)),
                  let whole = Range(m.range, in: lower), let verbRange = Range(m.range(at: 1), in: lower),
                  let nounRange = Range(m.range(at: 2), in: lower), !RelationReader.isGeneric(s, i) else { continue }
            let noun = String(lower[nounRange])
            guard DefiniteDescription.heads.subtracting(DefiniteDescription.plainHeads).contains(noun),
                  RelationModality.isFactual(String(lower[whole]), question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)) else { continue }
            // the description's offset in the passage, and no name right after it (`by the Harbour Trust`)
            let start = s.mentions[i].mention.utf8Range.upperBound
            let nounEnd = start + lower.utf8.distance(from: lower.startIndex, to: nounRange.upperBound)
            if i + 1 < s.mentions.count, s.mentions[i + 1].mention.utf8Range.lowerBound < nounEnd + 2 { continue }
            let theAt = start + lower.utf8.distance(from: lower.startIndex, to: nounRange.lowerBound) - 4
            guard let body = context.definite([noun], before: theAt, in: s), body != s.mentions[i].index else { continue }
            let verb = String(lower[verbRange])
            let predicate = ["owned", "controlled"].contains(verb) ? "owns" : ["funded", "financed", "sponsored"].contains(verb) ? "funds" : "operates"
            guard predicate != "owns" || s.type(i) == .organization else { continue }
            out.append(Found(predicate: predicate, subject: body, object: s.mentions[i].index, offset: s.mentions[i].mention.utf8Range.lowerBound))
        }
        return out
    }

    /// `Medway Centre opened in 1998, and Harbour Care ran it from the start`; `the Eastside Clinic was built by
    /// the council, which runs it now`: an organization that runs or owns `it`, where `it` is the name the
    /// sentence opened with (its subject). Any other name between the two must be a class of bodies (`the
    /// trusts`), so that `it` has one candidate.
    func pronounObjects(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        guard n >= 2, let a = (0..<n).first(where: { s.isActor($0) || s.type($0) == .programme }),
              s.type(a) == .organization || s.type(a) == .programme, !RelationReader.isGeneric(s, a),
              s.slice(s.range.lowerBound, s.mentions[a].mention.utf8Range.lowerBound).lowerWords.count <= 2 else { return out }
        for b in (a + 1)..<n where s.type(b) == .organization && !RelationReader.isGeneric(s, b)
            && s.mentions[b].mention.canonicalName != s.mentions[a].mention.canonicalName {
            guard !((a + 1)..<b).contains(where: { (s.isActor($0) || s.type($0) == .programme) && !RelationReader.isGeneric(s, $0)
                && s.mentions[$0].mention.canonicalName != s.mentions[a].mention.canonicalName }) else { break }
            let after = s.after(b, 40).lowercased()
            var words = after.lowerWords
            guard after.hasPrefix(" ") || after.hasPrefix(", which ") || after.hasPrefix(", that ") else { continue }
            if ["which", "that"].contains(words.first ?? "") { words.removeFirst() }
            while let w = words.first, ["now", "still", "also", "then", "later", "has", "had", "have"].contains(w) { words.removeFirst() }
            guard words.count >= 2, words[1] == "it" else { continue }
            let verb = words[0]
            let predicate: String
            if ["runs", "ran", "run", "operates", "operated", "manages", "managed", "running"].contains(verb) { predicate = "operates" }
            else if ["owns", "owned", "bought", "acquired"].contains(verb), s.type(a) == .organization { predicate = "owns" }
            else { continue }
            guard RelationModality.isFactual(s.slice(s.mentions[b].mention.utf8Range.upperBound, s.mentions[b].mention.utf8Range.upperBound + 30),
                                             question: s.asks(after: s.mentions[b].mention.utf8Range.upperBound)),
                  RelationModality.isFactual(s.before(b, 30)) else { continue }
            out.append(found(predicate, s, subject: b, object: a, qualifier: ["ran", "operated", "managed", "owned"].contains(verb) ? "former" : nil))
            break
        }
        return out
    }
}

/// A centre, institute or unit named with the university or college it belongs to: `Jane Roe, director of the
/// Centre for Risk Studies at Harbour University`; `the Institute for Food Safety at Eastside College` (the
/// first is `part_of` the second). Only a unit's head noun before `at` and a university's or college's name after
/// it count: `the Centre for Policy Studies at the Treasury` or `a strike at Harbour University` give nothing.
extension RelationReader {
    /// Head nouns of a unit of a university or college.
    static let academicUnits: Set<String> = ["centre", "center", "institute", "unit", "school", "laboratory", "lab",
                                             "department", "faculty", "observatory", "programme"]
    /// Words in the name of a university or college.
    static let academicBodies: Set<String> = ["university", "college"]

    func unitsAtInstitutions(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices.dropLast() where s.type(i) == .organization && s.type(i + 1) == .organization {
            guard ["at", "at the"].contains(s.between(i, i + 1).lowercased().trimming(" ")),
                  let head = s.mentions[i].mention.canonicalName.lowerWords.first(where: { !["the"].contains($0) }),
                  RelationReader.academicUnits.contains(head) || RelationReader.academicUnits.contains(s.mentions[i].mention.canonicalName.lowerWords.dropFirst().first ?? ""),
                  s.mentions[i + 1].mention.canonicalName.lowerWords.contains(where: { RelationReader.academicBodies.contains($0) }),
                  !s.mentions[i].mention.canonicalName.lowerWords.contains(where: { RelationReader.academicBodies.contains($0) }),
                  RelationModality.isFactual(s.before(i, 30), question: s.isQuestion) else { continue }
            out.append(found("part_of", s, subject: i, object: i + 1))
        }
        return out
    }
}
