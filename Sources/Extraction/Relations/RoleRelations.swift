import Foundation
import HindsightSupport

/// Roles (`holds_role`) and leadership (`leads`): a person and the post they hold, with the organization when
/// the sentence names it or the title implies it.
extension RelationReader {
    /// Words that make a phrase a role, beyond the name recogniser's role nouns.
    static let extraRoleNouns: Set<String> = ["candidate", "interviewer", "soldier", "nurse", "midwife",
                                              "social", "worker", "caseworker", "inspector", "governor",
                                              // occupations a writer gives in apposition (`Tom Vale, a former banker,`)
                                              "banker", "cook", "painter", "decorator", "student", "physician", "surgeon",
                                              "pharmacist", "accountant", "engineer", "scientist", "keyworker", "paramedic",
                                              "firefighter", "chaplain", "servant", "employee", "volunteer", "carer",
                                              "statistician", "curator", "librarian",
                                              // trades a page names a person by (`Tom Vale, a former diplomat,`, `a former
                                              // racing driver`, `a carpet retailer`, `the caretaker at Leeds School`)
                                              "diplomat", "stockbroker", "retailer", "caretaker"]
    /// Words before `driver` that make it a trade (`a former racing driver`, `a bus driver`), not the cause of
    /// something (`the main driver of demand`, `a key driver`).
    static let driverTrades: Set<String> = ["racing", "bus", "lorry", "taxi", "train", "tube", "van", "delivery", "ambulance",
                                            "tram", "coach", "hgv", "cab", "rally", "formula"]

    /// Whether `before` (the words right before a name) ends in `role` and a conjunction: the post closes the
    /// clause before, whose subject holds it, and the name opens a gapped clause with its verb left out
    /// (`Ann Reed is now Health Secretary and Tom Vale the care minister`: Tom Vale is no Health Secretary).
    static func endsGappedClause(_ before: String, role: String) -> Bool {
        let b = before.lowercased().trimming(" ,")
        let r = role.lowercased()
        return [" and", " &", " while", " but"].contains { b.hasSuffix(r + $0) }
    }

    /// Past participles not ending in `-ed` that may follow `was` (`was told by MPs`, `was made chair`): no post
    /// title opens with one.
    static let participlesAfterCopula: Set<String> = ["told", "made", "given", "sent", "put", "seen", "known", "taken", "held", "shown",
                                                    "left", "brought", "kept", "paid", "sold", "won", "chosen", "thrown", "forced", "driven"]
    /// Nouns of a span of time, which no post title contains (`spent last month telling MPs`).
    static let timeSpanNouns: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years"]

    /// Participles a clause puts right before a post (`was appointed chief executive`, `was named chair`): the
    /// post starts after them, so a phrase starting with one is no title.
    static let titleVerbs: Set<String> = ["appointed", "reappointed", "re-appointed", "named", "made", "promoted", "installed",
                                          "confirmed", "chosen", "hired", "recruited", "sacked", "fired", "replaced",
                                          "succeeded"]

    /// Whether a phrase reads as a role title: at most ten words whose head (the words before a first
    /// preposition, brackets left out) ends in a role noun: `chief executive of Leeds Trust`, `Shadow Minister
    /// (Transport)`, `Chief Secretary to the Treasury`; not `an attack on the Chancellor`, `chairs the inquiry`.
    /// Words that make a phrase a clause rather than a title (``isRole(_:)``): auxiliaries (an agent's `by` after a
    /// participle is tested apart: `by then chair` is a title with a time word).
    static let clauseWords: Set<String> = ["was", "were", "is", "are", "been", "being"]
    /// Past-tense verbs of running a body that open a clause, never a title: `who had chaired the water board`
    /// gives no post called `chaired the water board` (the body is its object, read by the leadership rules).
    static let leadingClauseVerbs: Set<String> = ["chaired", "led", "headed", "ran", "founded", "co-founded", "joined", "left"]

    static func isRole(_ phrase: String) -> Bool {
        // `DPP`, `the CMO`: post initials read as the title they stand for (``RoleTitle/acronymTitles``)
        let expanded = RoleTitle.expandingAcronyms(phrase)
        if expanded != phrase { return isRole(expanded) }
        var plain = ""
        var depth = 0
        for ch in phrase {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { plain.append(ch) }
        }
        let words = plain.lowerWords
        guard (1...10).contains(words.count) else { return false }
        // a verb is never part of a title: `was appointed chief executive` gives `chief executive`, and
        // `appointed chief executive` alone is no post (`elected mayor` is: an elected mayor is a kind of mayor)
        guard let first = words.first, !RelationReader.titleVerbs.contains(first), !leadingClauseVerbs.contains(first) else { return false }
        let stops: Set<String> = ["of", "for", "to", "at", "on", "in", "with", "as", "since", "until", "from", "during",
                                  "over", "who", "which", "that", "whose", "when", "after", "before"]
        var head = words.prefix { !stops.contains($0) }
        // `the minister responsible for probation`, `the councillor responsible for housing`: a post named by its
        // brief, the role noun before `responsible`
        if head.count >= 2, head.last == "responsible", words.count > head.count, words[head.count] == "for" { head = head.dropLast() }
        guard var last = head.last else { return false }
        // a post names one post, never a span of time or a number of holders: `spent last month telling MPs`,
        // `has been through three chairs in five years` end in a role noun but state no post
        // nor a clause: an auxiliary, or an agent's `by` after a participle, in the head (`were questioned by MPs`, `commissioned by the
        // then attorney general`) makes the role noun at its end the object of a verb, not a post held
        guard !head.contains(where: { clauseWords.contains($0) }),
              !zip(head, head.dropFirst()).contains(where: { $0.hasSuffix("ed") && $1 == "by" }) else { return false }
        // nor a verb with its object: a word in `-ed` before an article or a possessive pronoun (`who had criticised
        // the chair of Leeds Trust`, `praised its chief executive`); a title's own `-ed` word stands before a noun
        // (`registered nurse`, `retired judge`)
        guard !zip(head, head.dropFirst()).contains(where: { $0.hasSuffix("ed") && ["the", "a", "an", "its", "his", "her", "their"].contains($1) })
        else { return false }
        // nor a post denied: `Ann Reed, who was not chair of Leeds Trust,` (`not chair`, `never chair`) holds none
        guard !head.contains(where: { RelationModality.negations.contains($0) || $0.hasSuffix("n't") }) else { return false }
        guard !head.contains(where: { OrganizationLexicon.countWords.contains($0) || timeSpanNouns.contains($0) }),
              !["through", "throughout", "between", "against", "among", "despite", "via", "across", "into"].contains(first)
        else { return false }
        if last.hasSuffix("'s") { last = String(last.dropLast(2)) }
        func isNoun(_ w: String) -> Bool { NameLexicon.roleNouns.contains(w) || extraRoleNouns.contains(w) }
        if last == "driver", head.count >= 2, driverTrades.contains(head[head.endIndex - 2]) { return true }
        // an office named by its remit (`the Berkshire coroner`, `Lord Chief Justice`): RoleTitle.isOfficeHead (OfficeRelations)
        if RoleTitle.isOfficeHead(Array(head), words: words, phrase: plain) { return true }
        return isNoun(last) || last.contains("-") && last.split(separator: "-").contains { isNoun(String($0)) }
    }

    func roleRelations(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            // 1. A role the name recogniser read next to the name: `Health Secretary Ann Reed`,
            //    `Ann Reed, the chief nurse`, `the Trust's chief executive Ann Reed`.
            if let role = s.mentions[i].mention.role, !RelationReader.endsGappedClause(s.before(i, role.utf8.count + 12), role: role) {
                var edges = roleEdges(s, person: i, title: role)
                // `Ann Reed, previously head of Westside Care,`: a role after a time word of the past is one held before
                let next = s.after(i, 40 + role.utf8.count)
                if let m = RelationReader.pastLead.firstMatch(in: next, range: NSRange(next.startIndex..., in: next)),
                   let r = Range(m.range, in: next), next[r.upperBound...].lowercased().hasPrefix(role.lowercased()) {
                    edges = edges.map { e in var e = e; if e.predicate == "holds_role" || e.predicate == "leads" { e.qualifier = "former" }; return e }
                }
                out += edges
            }
            do {
                let role = s.mentions[i].mention.role ?? s.between(max(0, i - 1), i)
                // `Harbour Homes chairman Ann Reed`, `the union's chair Ann Reed`: the organization right before the post
                if i > 0, s.type(i - 1) == .organization, !RelationReader.isParty(s.mentions[i - 1].mention.text) {
                    var gap = s.between(i - 1, i)
                    for p in ["'s ", "\u{2019}s ", "' "] where gap.hasPrefix(p) { gap = " " + gap.dropFirst(p.count) }
                    let title = gap.trimming(" ")
                    if gap.hasPrefix(" "), gap.hasSuffix(" "), !title.contains(","), (1...4).contains(title.lowerWords.count),
                       RelationReader.isRole(title), RoleTitle.words(title).isSubset(of: RoleTitle.words(role)) {
                        out.append(found("holds_role", s, subject: i, object: i - 1, label: RoleTitle.clean(title), qualifier: RoleTitle.qualifier(title)))
                        if RelationReader.isLeaderTitle(title) { out.append(found("leads", s, subject: i, object: i - 1)) }
                    }
                }
            }
            let after = s.after(i)
            let before = s.before(i, 60)
            // 2. `Ann Reed MP`, `the MP Ann Reed`: a member of parliament.
            let afterWords = after.lowerWords
            if afterWords.first == "mp" && (after.hasPrefix(" MP") || after.hasPrefix(" mp")) {
                out.append(found("holds_role", s, subject: i, object: nil, label: "MP"))
            }
            if let last = before.lowerWords.last, last == "mp" || last == "mps", before.hasSuffix("MP ") {
                out.append(found("holds_role", s, subject: i, object: nil, label: "MP"))
            }
            // 3. An apposition after the name: `Ann Reed, chief nurse of Leeds Trust,`; `Ann Reed, Leeds Trust's
            //    chief nurse`; `Ann Reed (chief nurse, Leeds Trust)`; `Tom Vale, Schools Minister (Education)`.
            out += appositionRoles(s, person: i, after: after)
            // 4. A copula: `Ann Reed is a former chief nurse`, `was the chief executive of Leeds Trust`.
            out += copulaRoles(s, person: i, after: s.after(i, 240))
            // 4b. A title right before the name that the recogniser left: `HMI Ann Reed`, `Chief Nurse Dame Ann Reed`.
            if s.mentions[i].mention.role == nil { out += titleBefore(s, person: i, before: before) } else { out += whoseTitle(s, person: i, before: before) }
            // 4c. A title and a comma before the name: `the Schools Minister, Tom Vale,`.
            out += titleCommaBefore(s, person: i)
            // 4d. A signature: the name on its own line, the post on the next (`Ann Reed` / `Chief Nurse, Leeds Trust`).
            out += signatureRole(s, person: i)
            // 5. Leadership verbs: `Ann Reed, who chairs the board`, `Ann Reed runs Leeds Trust`.
            out += leadership(s, person: i, after: after)
            out += chairsTheBoard(s, person: i, after: after)
        }
        // 5b. `Ann Reed (its chair)`, `Ann Reed, its chief executive,`: the post at the organization the clause is about.
        for i in s.mentions.indices where s.type(i) == .person {
            let after = s.after(i, 60)
            for lead in [" (its ", ", its ", " (their ", ", their "] where after.hasPrefix(lead) {
                let phrase = after.dropFirst(lead.count).prefix(beforeAnyASCII: ",;:.)")
                guard RelationReader.isRole(String(phrase)),
                      let j = s.mentions.indices.first(where: { s.type($0) == .organization }), j < i else { continue }
                out.append(found("holds_role", s, subject: i, object: j, label: RoleTitle.clean(String(phrase)), qualifier: RoleTitle.qualifier(String(phrase))))
                if RelationReader.isLeaderTitle(String(phrase)) { out.append(found("leads", s, subject: i, object: j)) }
            }
        }
        // 6. `as a ward nurse at Leeds Trust`, `was appointed chief executive of Leeds Trust`: the role of the
        //    person the clause is about (the nearest person named before it).
        out += asRoles(s)
        // 7. `the review being led by Ann Reed`, `Leeds Trust, headed by Ann Reed`.
        out += ledBy(s)
        // 8. `stepping into the chief nurse role`, `took up the post of chief nurse`.
        out += postTaken(s)
        // 9. `the plan Ann Reed drew up when she was health secretary`.
        out += whenTheyWere(s)
        // 10. `set up the Westside Inquiry under Dame Ann Reed`.
        out += bodyUnder(s)
        // 11. `Harbour Homes' chief executive at the time was Ann Reed`, `The chair of Leeds Trust is Tom Vale`.
        out += postThenHolder(s)
        // 12. `two former Harbour Homes executives, Tom Vale and Ann Reed,`: one post, each person of the list.
        out += sharedTitle(s)
        // 13. `left Harbour Homes to run the Coastal Trust`, `who was already running Harbour Homes`.
        out += leadershipClauses(s)
        return out
    }

    /// `Harbour Homes' chief executive at the time was Ann Reed` / `The chair of Leeds Trust since 2019 has been Tom
    /// Vale`: the post, named with its organization, is the subject and the holder follows the copula.
    static let postCopula = try! NSRegularExpression(pattern:
        #"^"# + RelationReader.timeAdjunct + #"\s+(is|was|became|has been|had been|remains|remained|is now|was then)\s+"# + RelationReader.honorifics + #"$"#,
        options: [.caseInsensitive])

    func postThenHolder(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person && i > 0 {
            // the organization and the words between it and the person
            guard let j = s.mentions.indices.last(where: { $0 < i && s.type($0) == .organization }),
                  !((j + 1)..<i).contains(where: { s.isActor($0) }), !RelationReader.isParty(s.mentions[j].mention.text) else { continue }
            let gap = Sentence.plainSpaces(s.between(j, i))
            var title = "", tail = ""
            if let apos = ["'s ", "\u{2019}s ", "' ", "\u{2019} "].first(where: { gap.hasPrefix($0) }) {
                // `Harbour Homes' chief executive at the time was`: the post after the possessive
                let rest = String(gap.dropFirst(apos.count))
                let words = rest.split(separator: " ").map(String.init)
                // the shortest opening run of words that reads as a post with only a time phrase and a copula after it
                for n in stride(from: 1, through: min(6, words.count), by: 1) {
                    let t = words.prefix(n).joined(separator: " ")
                    let r = " " + words.dropFirst(n).joined(separator: " ") + " "
                    if RelationReader.isRole(t), !t.contains(","), matchesCopula(r) { title = t; tail = r; break }
                }
                // `Harbour Homes' chief executive` must open the clause (not `... met Harbour Homes' chair, who was`)
                let lead = s.before(j, 40).lowerWords
                guard lead.isEmpty || ["the", "and", "but", "so", "while", "meanwhile", "today", "then", "now"].contains(lead.last!)
                        || s.before(j, 3).hasSuffix(". ") || s.before(j, 3).hasSuffix(", ") else { continue }
            } else if matchesCopula(gap) {
                // `The chair of Leeds Trust was`: the post before the organization, opening the sentence
                let lead = Sentence.plainSpaces(s.slice(s.range.lowerBound, s.mentions[j].mention.utf8Range.lowerBound))
                for joiner in [" of the ", " at the ", " of ", " at "] where lead.lowercased().hasSuffix(joiner) {
                    var words = lead.dropLast(joiner.count).split(separator: " ").map(String.init)
                    guard let first = words.first, ["the", "its", "their"].contains(first.lowercased()) || first.first?.isUppercase == true else { break }
                    if ["the"].contains(first.lowercased()) { words.removeFirst() }
                    let t = words.joined(separator: " ")
                    if (1...5).contains(words.count), RelationReader.isRole(t), !t.contains(",") { title = t; tail = gap }
                    break
                }
            }
            guard !title.isEmpty else { continue }
            // `Ann Reed` must end the clause's subject: the holder is not the start of a list (`was Ann Reed and ...` is fine)
            guard RelationModality.isFactual(tail, question: s.isQuestion) else { continue }
            let q = RoleTitle.qualifier(title)
            let label = RoleTitle.clean(title)
            out.append(found("holds_role", s, subject: i, object: j, label: label, qualifier: q))
            if RelationReader.isLeaderTitle(label) { out.append(found("leads", s, subject: i, object: j, qualifier: q)) }
        }
        return out
    }

    /// `Two former Harbour Homes executives, Tom Vale and Ann Reed, were charged`, `Labour councillors Ann Reed and
    /// Tom Vale`: a plural post right before a list of two or more people is each one's post.
    func sharedTitle(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < s.mentions.count {
            defer { i += 1 }
            guard s.type(i) == .person, i == 0 || s.type(i - 1) != .person || !["and", ",", ", and"].contains(s.between(i - 1, i).trimming(" ")) else { continue }
            // the people listed together
            var people = [i]
            while let last = people.last, last + 1 < s.mentions.count, s.type(last + 1) == .person,
                  [",", "and", ", and", "&"].contains(s.between(last, last + 1).trimming(" ")) { people.append(last + 1) }
            guard people.count >= 2 else { continue }
            var before = s.before(i, 90)
            if before.hasSuffix(", ") { before = String(before.dropLast(2)) + " " }
            guard before.hasSuffix(" ") || before.isEmpty else { continue }
            var words = before.split(separator: " ").map(String.init)
            guard let plural = words.last?.lowercased(), plural.count > 3, plural.hasSuffix("s"), !plural.hasSuffix("ss"),
                  RelationReader.isRole(String(plural.dropLast())) || NameLexicon.roleNouns.contains(plural) else { continue }
            words[words.count - 1] = String(words[words.count - 1].dropLast())
            // the post's words back to an article, a number or a clause break
            var title: [String] = []
            let stops: Set<String> = ["the", "two", "three", "four", "five", "both", "several", "some", "many", "by", "and", "with", "from",
                                      "of", "to", "as", "were", "are", "was", "is", "said", "says", "including", "among", "its", "their"]
            for w in words.reversed() {
                if stops.contains(w.lowercased()) || w.hasSuffix(",") || w.hasSuffix(".") || w.hasSuffix(":") || title.count >= 6 { break }
                // a lowercase word is a post's word (`former`, `senior`, `executive`), not a verb (`met ministers`)
                let l = w.lowercased()
                if w.first?.isLowercase ?? true, !(NameLexicon.roleNouns.contains(l) || NameLexicon.roleModifiers.contains(l)
                    || RelationReader.extraRoleNouns.contains(l) || RoleTitle.qualifiers[l] != nil) { break }
                title.insert(w, at: 0)
            }
            let t = title.joined(separator: " ")
            guard !title.isEmpty, RelationReader.isRole(t) else { continue }
            // not `... who met ministers Ann Reed and Tom Vale` when the post words are a verb's object after a name
            let lead = s.before(i, 90).lowercased()
            guard RelationModality.isFactual(lead, question: s.isQuestion) else { continue }
            for p in people {
                out += roleEdges(s, person: p, title: t).map { e in
                    var e = e
                    e.offset = s.mentions[p].mention.utf8Range.lowerBound
                    return e
                }
            }
        }
        return out
    }

    func matchesCopula(_ text: String) -> Bool {
        RelationReader.postCopula.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Words that end the name of a body someone is put at the head of: an inquiry, a review, a commission.
    static let ledBodies: Set<String> = ["commission", "review", "inquiry", "committee", "taskforce", "panel", "board",
                                         "investigation", "council", "tribunal"]

    /// `the Westside Inquiry under Dame Ann Reed`, `a review of the Act under Tom Vale`: the person leads the
    /// inquiry, review, commission or panel named right before `under`. A body of any other kind is led by the
    /// person only when `under` joins the two names with nothing else between (`the Department for Rural Affairs
    /// under Tom Vale cut grants`, `Harbour Water, under Dame Ann Reed, has published…`): a verb between makes
    /// `under` a time (`the trust grew under Tom Vale`, `kept the job under Ann Reed`), and a party or a company is
    /// led by no one this way (`Labour under Tom Vale`, `rents at Harbour Homes Ltd under Tom Vale` name a period).
    func bodyUnder(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person && i > 0 {
            let lead = s.before(i, 40)
            guard let r = lead.fastRange(of: " under ", options: .backwards) else { continue }
            // a title may stand between (`under former judge Sir Ann Reed`)
            let title = String(lead[r.upperBound...])
            guard title.trimming(" ").isEmpty || title.lowerWords.count <= 4 && RelationReader.isRole(title) else { continue }
            let j = i - 1
            guard s.type(j) == .organization || s.type(j) == .programme, let last = s.mentions[j].mention.text.lowerWords.last else { continue }
            let gap = s.between(j, i)
            if RelationReader.ledBodies.contains(last) {
                guard gap.hasPrefix(" under ") else { continue }
            } else {
                // any other body: `Body under Name` or `Body, under Name,` (the name closing the aside or the clause),
                // not a party, a class of bodies or a possessive (`under Tom Vale's plan`)
                guard s.type(j) == .organization, gap.hasPrefix(" under ") || gap.hasPrefix(", under "),
                      !RelationReader.isParty(s.mentions[j].mention.text), !s.isClassName(j),
                      !DefiniteDescription.companySuffixes.contains(last) else { continue }
                let next = s.after(i, 3)
                guard !next.hasPrefix("'"), !next.hasPrefix("\u{2019}"), !gap.hasPrefix(", ") || next.isEmpty || next.hasPrefix(",") else { continue }
            }
            // the sentence states it as done (`will be set up under` is a plan)
            guard RelationModality.isFactual(s.slice(s.range.lowerBound, s.mentions[i].mention.utf8Range.lowerBound), question: s.isQuestion) else { continue }
            out.append(found("leads", s, subject: i, object: j))
        }
        return out
    }

    /// `the reform pushed through by Tom Vale when he was the Labour health secretary`, `Ann Reed, who knew the
    /// trust well from when she was its chief executive`: a post held in the past by the person the pronoun
    /// stands for (the last one named before it, of the pronoun's sex when the name tells it).
    func whenTheyWere(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = Sentence.plainSpaces(s.whole).lowercased()
        for cue in [" when he was ", " when she was ", " while he was ", " while she was ", " when he served as ", " when she served as "] where s.mayHold(cue: cue) {
            var from = lower.startIndex
            while let r = lower.fastRange(of: cue, range: from..<lower.endIndex) {
                from = r.upperBound
                let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let male = cue.fastContains(" he ")
                guard let p = s.mentions.indices.last(where: { s.type($0) == .person && s.mentions[$0].mention.utf8Range.upperBound <= at }),
                      RelationContext.sex(s.mentions[p].mention) != !male,
                      s.slice(s.mentions[p].mention.utf8Range.upperBound, at).lowerWords.count <= 14 else { continue }
                var words: [String] = []
                for raw in lower[r.upperBound...].split(separator: " ").prefix(9) {
                    let w = String(raw)
                    if ["and", "but", "who", "which", "in", "from", "until", "during", "that", "he", "she"].contains(w) { break }
                    words.append(w.trimming(",;:.()\"\u{201C}\u{201D}"))
                    if w.hasSuffix(",") || w.hasSuffix(".") || w.hasSuffix(";") { break }
                }
                while let f = words.first, ["the", "a", "an"].contains(f) { words.removeFirst() }
                // the title as written (capitals kept), from the passage
                let start = at + cue.utf8.count
                let written = Sentence.plainSpaces(s.slice(start, min(s.range.upperBound, start + 200))).split(separator: " ")
                    .drop { ["the", "a", "an"].contains($0.lowercased()) }.prefix(words.count).map { String($0).trimming(",;:.()\"\u{201C}\u{201D}") }
                let title = written.joined(separator: " ")
                guard !title.isEmpty, RelationReader.isRole(title) else { continue }
                var edges = roleEdgesWithin(s, person: p, phrase: title)
                if edges.isEmpty { edges = roleEdges(s, person: p, title: title) }
                out += edges.map { e in
                    var e = e
                    if e.predicate == "holds_role" || e.predicate == "leads" { e.qualifier = "former" }
                    return e
                }
            }
        }
        return out
    }

    /// `Ann Reed stepped into the chief nurse role in May`, `took up the post of chief nurse at Leeds Trust`: the
    /// post of the person named before.
    func postTaken(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = s.lower
        for cue in ["into the ", "took up the ", "taken up the ", "took on the ", "assumed the ", "was given the ", "accepted the "] where s.mayHold(cue: cue) {
            var from = lower.startIndex
            while let r = lower.fastRange(of: cue, range: from..<lower.endIndex) {
                from = r.upperBound
                let rest = lower[r.upperBound...]
                var title: String?
                // `the chief nurse role|post|job`
                for noun in [" role", " post", " job", " position"] {
                    if let e = rest.fastRange(of: noun), rest[..<e.lowerBound].split(separator: " ").count <= 5 {
                        let t = String(rest[..<e.lowerBound])
                        if RelationReader.isRole(t) { title = t }
                        break
                    }
                }
                // `the post of chief nurse`, `the role of chief nurse`
                for lead in ["post of ", "role of ", "job of ", "position of "] where rest.hasPrefix(lead) {
                    let t = rest.dropFirst(lead.count).prefix(beforeAnyASCII: ",;.").split(separator: " ").prefix(6)
                        .prefix { !["in", "on", "at", "from", "since", "after", "before", "when", "and", "a"].contains(String($0)) }
                        .joined(separator: " ")
                    if RelationReader.isRole(t) { title = t }
                }
                guard let title else { continue }
                let cueOffset = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                guard let p = s.mentions.indices.last(where: { s.type($0) == .person && s.mentions[$0].mention.utf8Range.upperBound <= cueOffset }) else { continue }
                let prefix = s.slice(s.mentions[p].mention.utf8Range.upperBound, cueOffset)
                guard prefix.lowerWords.count <= 12, RelationModality.isFactual(prefix, question: s.isQuestion) else { continue }
                out += roleEdges(s, person: p, title: title)
            }
        }
        return out
    }

    /// In `Tom Vale replaced Ann Reed as chief nurse` (or `took the chief nurse post as a replacement for Ann Reed`),
    /// the one replaced held the post before: her edges, marked `former`.
    func predecessorsPosts(_ found: [Found], _ s: Sentence) -> [Found] {
        var out: [Found] = []
        for f in found where f.predicate == "successor_of" {
            // only `replaced Ann Reed as chief nurse`: the post follows the one replaced
            guard let o = f.object, let k = s.mentions.firstIndex(where: { $0.index == o }), s.type(k) == .person,
                  s.after(k, 4).hasPrefix(" as ") || ["replacement for ", "successor to ", "successor of "].contains(where: s.before(k, 30).lowercased().hasSuffix)
            else { continue }
            // only the post the `as` phrase after the one replaced names (`replaced Ann Reed as chair of Leeds
            // Trust in 2010, becomes the first chief executive of ...`: the chair, not the new post)
            let asPhrase = s.after(k, 120).lowercased().prefix(beforeAnyASCII: ",;")
            for r in found where r.subject == f.subject && r.predicate == "holds_role" && r.qualifier != "former"
                && (!asPhrase.hasPrefix(" as ") || asPhrase.contains((r.label ?? "").lowercased()) || r.object.map { o in
                    s.mentions.first { $0.index == o }.map { asPhrase.contains($0.mention.text.lowercased()) } ?? false } ?? false) {
                var e = r
                e.subject = o
                e.qualifier = "former"
                out.append(e)
            }
        }
        return out
    }

    func titleBefore(_ s: Sentence, person i: Int, before: String) -> [Found] {
        let whose = whoseTitle(s, person: i, before: before)
        if !whose.isEmpty { return whose }
        return titleRightBefore(s, person: i, before: before)
    }

    /// `Leeds Trust, whose chief executive Ann Reed ...`: the post at the organization named before `whose`.
    func whoseTitle(_ s: Sentence, person i: Int, before: String) -> [Found] {
        if let w = before.lowercased().fastRange(of: ", whose ", options: .backwards) {
            var title = String(before[w.upperBound...]).trimming(" ")
            // `Leeds Trust, whose chief executive is Ann Reed`
            for copula in [" is", " was", " has been", " is now"] where title.lowercased().hasSuffix(copula) {
                title = String(title.dropLast(copula.count))
                break
            }
            let whoseAt = s.mentions[i].mention.utf8Range.lowerBound - before.utf8.count + before.utf8.distance(from: before.startIndex, to: w.lowerBound)
            if RelationReader.isRole(title), let j = s.mentions.indices.last(where: { s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= whoseAt }),
               s.slice(s.mentions[j].mention.utf8Range.upperBound, whoseAt).lowerWords.count <= 3 {
                var out = [found("holds_role", s, subject: i, object: j, label: RoleTitle.clean(title), qualifier: RoleTitle.qualifier(title))]
                if RelationReader.isLeaderTitle(title) { out.append(found("leads", s, subject: i, object: j)) }
                return out
            }
        }
        return []
    }

    func titleRightBefore(_ s: Sentence, person i: Int, before: String) -> [Found] {
        var words = before.split(separator: " ").map(String.init)
        while let last = words.last, NameLexicon.honorifics.contains(last.lowercased()) { words.removeLast() }
        var title: [String] = []
        while let last = words.last, title.count < 5 {
            let l = last.lowercased()
            guard l.first?.isLetter ?? false, !last.hasSuffix(","), NameLexicon.roleNouns.contains(l) || NameLexicon.roleModifiers.contains(l) || l == "hmi" || l == "hmcip" else { break }
            title.insert(last, at: 0)
            words.removeLast()
        }
        while let f = title.first, ["the", "a", "an", "of", "for", "and", "to"].contains(f.lowercased()) { title.removeFirst() }
        guard let last = title.last, NameLexicon.roleNouns.contains(last.lowercased()) || ["hmi", "hmcip"].contains(last.lowercased()) else { return [] }
        let t = title.joined(separator: " ")
        if t.lowercased() == "hmi" || t.lowercased() == "hmcip" { return roleEdges(s, person: i, title: "HM Chief Inspector") }
        guard title.count >= 1, RelationReader.isRole(t), title.contains(where: { $0.first?.isUppercase ?? false }) || title.count >= 2 else { return [] }
        return roleEdges(s, person: i, title: t)
    }

    func titleCommaBefore(_ s: Sentence, person i: Int) -> [Found] {
        // a no-break space (web pages put one before a name) reads as a space
        let before = s.before(i, 90).replacingPresent("\u{00A0}", with: " ")
        guard before.hasSuffix(", ") else { return [] }
        // the person must be followed by a comma or the clause end (an apposition, not a list)
        let after = s.after(i, 3)
        guard after.isEmpty || after.hasPrefix(",") || after.hasPrefix(".") || after.hasPrefix(" (") else { return [] }
        var words = before.dropLast(2).split(separator: " ").map(String.init)
        var title: [String] = []
        let stops: Set<String> = ["was", "is", "were", "are", "by", "said", "and", "but", "so", "too", "when", "with", "that", "as", "says", "told", "from", "said:"]
        while let last = words.last, title.count < 9 {
            // `the work and pensions secretary`: `and` between two lowercase words of the title stays
            let inTitleAnd = last.lowercased() == "and" && !title.isEmpty && title[0].first?.isLowercase == true
                && (words.dropLast().last.map { $0.first?.isLowercase == true && !$0.hasSuffix(",") && !stops.contains($0.lowercased()) } ?? false)
            if (stops.contains(last.lowercased()) && !inTitleAnd) || last.hasSuffix(",") || last.hasSuffix(".") || last.hasSuffix(":") { break }
            title.insert(last, at: 0)
            words.removeLast()
        }
        // the longest tail that reads as a title: `a letter to the Prime Minister` → `the Prime Minister`; from its
        // `the` when it has one (`Yesterday the health secretary` → `the health secretary`)
        let isTitle = { (k: Int) -> Bool in RelationReader.isRole(title[k...].joined(separator: " ")) }
        guard let from = title.indices.first(where: { title[$0].lowercased() == "the" && isTitle($0) }) ?? title.indices.first(where: { k in
            let f = title[k]
            return (f.first?.isUppercase ?? false || f.lowercased() == "the") && isTitle(k)
        }) else { return [] }
        title = Array(title[from...])
        let t = title.joined(separator: " ")
        guard title.count >= 2, let lastWord = title.last?.lowercased(),
              NameLexicon.roleNouns.contains(lastWord) || title.contains(where: { ["of", "to", "for"].contains($0.lowercased()) }) else { return [] }
        // not a list of people: no other person named in the title
        let start = s.mentions[i].mention.utf8Range.lowerBound - 2 - t.utf8.count
        // (a lone word the recogniser took for a name inside the title, `Transport` in `The Transport Secretary,`,
        // is the title's field, not a person)
        if s.mentions[..<i].suffix(12).contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= start
            && !(!$0.mention.text.contains(" ") && title.contains($0.mention.text) && title.last != $0.mention.text) }) { return [] }
        return roleEdgesWithin(s, person: i, phrase: t, before: true).nonEmpty ?? roleEdges(s, person: i, title: t)
    }

    func signatureRole(_ s: Sentence, person i: Int) -> [Found] {
        let r = s.mentions[i].mention.utf8Range
        // the name alone on its line
        let lineStart = RelationReader.Sentence.slice(s.text, max(0, r.lowerBound - 12), r.lowerBound)
        let indent = lineStart.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        guard r.lowerBound == 0 || indent.allSatisfy({ $0 == " " || $0 == "\t" }) && (lineStart.contains("\n") || r.lowerBound <= 12 && lineStart.utf8.count == r.lowerBound) else { return [] }
        let rest = RelationReader.Sentence.slice(s.text, r.upperBound, min(s.utf8.count, r.upperBound + 120))
        guard rest.hasPrefix("\n") else { return [] }
        let next = rest.dropFirst().prefix { $0 != "\n" }
        let words = next.lowerWords
        let head = next.split(separator: ",", maxSplits: 1).first.map(String.init) ?? String(next)
        guard (1...10).contains(words.count), RelationReader.isRole(head),
              next.first?.isUppercase ?? false, !next.contains(".") || next.hasSuffix(".") == false else { return [] }
        let line = String(next)
        // `Chief Nurse, Leeds Trust`: the organization after a comma
        var title = line
        var orgName: String?
        if let comma = line.firstIndex(of: ",") {
            title = String(line[..<comma])
            orgName = String(line[line.index(after: comma)...]).trimming(" ")
        }
        var out = roleEdges(s, person: i, title: title)
        if let orgName, !orgName.isEmpty, orgName.lowerWords.count <= 6 {
            out = out.map { f in
                var f = f
                if f.predicate == "holds_role", f.object == nil { f.objectName = orgName }
                return f
            }
        }
        return out
    }

    /// The holds_role edge(s) of a stated title: to an organization named in the title or the sentence, to the
    /// organization a known role of the person (or the only organization that title belongs to in `Entities/`)
    /// implies, or else the role alone.
    func roleEdges(_ s: Sentence, person i: Int, title raw: String) -> [Found] {
        let qualifier = RoleTitle.qualifier(raw)
        var title = RoleTitle.clean(RoleTitle.expandingAcronyms(raw))
        guard RelationReader.isRole(title) else { return [] }
        let lower = title.lowercased()
        // The organization named inside the title (`general secretary of Napo`, `Napo's general secretary`).
        let at = s.mentions[i].mention.utf8Range.lowerBound
        for j in max(0, i - 12)..<min(s.mentions.count, i + 12) where j != i && s.type(j) == .organization
            && abs(s.mentions[j].mention.utf8Range.lowerBound - at) < 300 {   // a title is short: near names only
            let name = s.mentions[j].mention.text
            let nl = name.lowercased()
            // (a name that reads as a post, `Care Ombudsman`, is the office only when it is the whole title)
            guard nl.count >= 2, containsWord(lower, nl), !RoleTitle.isRole(name) || lower == nl && name.first?.isUppercase == true else { continue }
            if lower == nl { return [found("holds_role", s, subject: i, object: j, label: name, qualifier: qualifier)] }
            // `the Labour health secretary`: the party word is a membership, the post is the rest (read below)
            if RelationReader.isParty(name) || RelationReader.party(in: name + " party") != nil, lower.hasPrefix(nl + " "),
               RelationReader.party(in: title) != nil, !RelationReader.isPartyPost(title) { continue }
            let label = RoleTitle.clean(RelationReader.roleTitle(title, organization: name))
            var out = [found("holds_role", s, subject: i, object: j, label: label, qualifier: qualifier)]
            if RelationReader.isParty(name) { out.append(found("member_of", s, subject: i, object: j)) }
            // `chief executive of Leeds Trust`: the head of it
            else if RelationReader.isLeaderTitle(label) { out.append(found("leads", s, subject: i, object: j, qualifier: qualifier)) }
            return out
        }
        // A party word in the title (`Labour's shadow minister`, `Conservative member`).
        var out: [Found] = []
        if let party = RelationReader.party(in: title) {
            let m = partyMention(s, party)
            out.append(found("member_of", s, subject: i, object: m, objectName: m == nil ? party : nil))
            // `Labour MP` is an MP: the party word is the membership, not the post
            var words = title.split(separator: " ").map(String.init)
            if words.count >= 2, let f = words.first, RelationReader.party(in: f + " member") != nil || RelationReader.party(in: f) != nil {
                words.removeFirst()
                if words.first?.lowercased() == "dem" || words.first?.lowercased() == "democrat" { words.removeFirst() }
                if RelationReader.isRole(words.joined(separator: " ")) { title = words.joined(separator: " ") }
            }
        }
        if let (org, rest) = RelationReader.leadingOrganization(title),
           s.mentions.contains(where: { $0.mention.type == .person && ($0.mention.text == org || $0.mention.text.hasSuffix(" " + org)) }) {
            // `who had been Straw's policy adviser`, `as David Cameron's adviser`: a post held for a person named in
            // the sentence, at no body: the post alone
            out.append(found("holds_role", s, subject: i, object: nil, label: rest, qualifier: qualifier))
        } else if let (org, rest) = RelationReader.leadingOrganization(title), impliedOrganization(person: s.mentions[i].mention, title: title) == nil {
            // `Harbour Homes chief executive`, `the Trust's medical director`: the organization named before the post
            out.append(found("holds_role", s, subject: i, object: nil, objectName: org, label: rest, qualifier: qualifier))
            if RelationReader.isLeaderTitle(rest) { out.append(found("leads", s, subject: i, object: nil, objectName: org)) }
        } else if let org = impliedOrganization(person: s.mentions[i].mention, title: title) {
            out.append(found("holds_role", s, subject: i, object: nil, objectName: org, label: title, qualifier: qualifier))
        } else {
            var f = found("holds_role", s, subject: i, object: nil, label: title, qualifier: qualifier)
            f.objectCandidates = RoleTitle.organizationNames(for: title)
            out.append(f)
        }
        return out
    }

    /// The organization a title implies for this person: one of the person's known roles with that title, or
    /// the only organization `Entities/` gives that title (`Justice Secretary` → the justice ministry).
    func impliedOrganization(person: EntityMention, title: String) -> String? {
        if let kid = person.knowledgeID {
            for role in knowledge.roles(of: kid) where RoleTitle.matches(stated: title, known: role.title) {
                if let org = role.organization { return org }
            }
        }
        // `Secretary of State for Education`, `Health Secretary`: the department of that name, when known. Only a
        // minister's title names a department this way: in `a Harbour inspector` or `a Met officer` the word is
        // the body the person serves, not the first word of an office that shares it (`Met Office`).
        let ministerial = title.lowerWords.contains { ["secretary", "minister", "ministers", "under-secretary"].contains($0) }
        for w in title.split(separator: " ") where ministerial && (w.first?.isUppercase ?? false) {
            let l = w.lowercased()
            guard !NameLexicon.roleNouns.contains(l), !NameLexicon.roleModifiers.contains(l) || ["justice", "home", "foreign"].contains(l),
                  !["state", "parliamentary", "under-secretary", "the", "of", "for", "hm"].contains(l) else { continue }
            let name = w.prefix(1).uppercased() + w.dropFirst().lowercased()
            for candidate in ["Ministry of \(name)", "Department for \(name)", "Department of \(name)", "\(name) Office", "Department of \(name) and Social Care"] {
                if let r = knowledge.records(named: candidate).first(where: { $0.type == .organization }) { return r.name }
            }
        }
        let stated = RoleTitle.words(title)
        // a post every organization has (`non-executive director`, `chief executive`) names no one organization;
        // nor does a grade every department has (`a former permanent secretary`, `a senior civil servant`): only a
        // title with a word of its own field (`chief medical officer`, `director of public prosecutions`) does
        guard stated.count >= 2, !RelationReader.isOrganizationPost(title),
              !stated.isSubset(of: RelationReader.genericGradeWords) else { return nil }
        // (the union of the organizations of every known title holding all the stated words, in any order)
        var orgs = Set<String>()
        let rarest = stated.min { (titleEntriesByWord[$0]?.count ?? 0, $0) < (titleEntriesByWord[$1]?.count ?? 0, $1) }!
        for k in titleEntriesByWord[rarest] ?? [] where stated.isSubset(of: titleEntries[k].words) {
            orgs.formUnion(titleEntries[k].organizations)
            if orgs.count > 1 { return nil }
        }
        return orgs.first
    }

    /// `, until today a justice minister`, `, previously chief executive of`, `, at the time the Health Secretary`: a
    /// post held before, written with a time word before the title.
    static let pastLead = try! NSRegularExpression(pattern:
        "^, (?:until (?:today|yesterday|recently|now|last (?:week|month|year|summer|spring|autumn|winter)|this (?:week|month|year)|[a-z]+ [0-9]{4}|[0-9]{4})|previously|formerly|once|earlier|at (?:the|that) (?:time|point)|by then|by that time) (?=[a-z])",
        options: [.caseInsensitive])

    /// `, currently the chief executive of`, `, now chair of`, `, also a trustee of`: a post held now, written with a
    /// time word before the title.
    static let presentLead = try! NSRegularExpression(pattern: "^, (?:currently|now|also|still|at present) (?=[a-z])", options: [.caseInsensitive])

    func appositionRoles(_ s: Sentence, person i: Int, after: String) -> [Found] {
        // the time words are blanked (same length: offsets stay), and the edges marked `former`
        // (both leads open with `, `: other texts are not handed to the patterns)
        let lead = after.utf8.starts(with: [0x2C, 0x20])
        if lead, let m = RelationReader.presentLead.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
           let r = Range(m.range, in: after) {
            let blanked = ", " + String(repeating: " ", count: after[r].utf8.count - 2) + after[r.upperBound...]
            return appositionRolesAfter(s, person: i, after: blanked)
        }
        var blanked = after
        if lead, let m = RelationReader.pastLead.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
           let r = Range(m.range, in: after) {
            blanked = ", " + String(repeating: " ", count: after[r].utf8.count - 2) + after[r.upperBound...]
            return appositionRolesAfter(s, person: i, after: blanked).map { f in
                var f = f
                if f.predicate == "holds_role" || f.predicate == "leads" { f.qualifier = "former" }
                return f
            }
        }
        return appositionRolesAfter(s, person: i, after: after)
    }

    func appositionRolesAfter(_ s: Sentence, person i: Int, after: String) -> [Found] {
        let t = after
        var rest = Substring(t)
        // skip a post-nominal ` MP`
        for postNominal in [" MP", " KC", " QC", " MSP", " MEP", " AM", " MS", " OBE", " CBE", " MBE"] where rest.hasPrefix(postNominal + " (") || rest.hasPrefix(postNominal + ",") {
            rest = rest.dropFirst(postNominal.count)
            break
        }
        let opensParen = rest.hasPrefix(" (")
        // `Ann Reed the chief nurse of Leeds Trust`: an apposition without commas, introduced by `the`
        let bareThe = rest.hasPrefix(" the ") || rest.hasPrefix(" The ")
        guard rest.hasPrefix(",") || opensParen || bareThe else { return [] }
        rest = rest.dropFirst(opensParen ? 2 : 1)
        // The phrase up to the next clause break.
        var phrase = ""
        var depth = opensParen ? 1 : 0
        for ch in rest {
            if ch == "(" { depth += 1 }
            if ch == ")" {
                if depth == 0 { break }
                depth -= 1
                if depth == 0 && opensParen { break }
            }
            if depth == 0 && (ch == "," || ch == ";" || ch == ":" || ch == "." || ch == "\u{2013}" || ch == "\"" || ch == "\u{201C}") { break }
            phrase.append(ch)
        }
        // `Ann Reed, their leader and the deputy prime minister,`: two posts; the second is read here, the first below
        var secondPost: [Found] = []
        for joiner in [" and the ", " and a ", " and an ", " and also ", " and then the ", " and then ", " and later the ", " and later "] {
            guard let r = phrase.range(of: joiner) else { continue }
            let first = String(phrase[..<r.lowerBound]), second = String(phrase[r.upperBound...])
            guard RelationReader.isRole(first), RelationReader.isRole(second), second.lowerWords.count <= 7 else { break }
            secondPost = roleEdgesWithin(s, person: i, phrase: second).nonEmpty ?? roleEdges(s, person: i, title: second)
            phrase = first
            break
        }
        let phraseStart0 = s.mentions[i].mention.utf8Range.upperBound + (t.utf8.count - rest.utf8.count)
        var words = phrase.lowerWords
        var nameWords = 0
        if words.count > 10, let org = s.mentions.first(where: {
            $0.mention.type == .organization && $0.mention.utf8Range.lowerBound > phraseStart0 && $0.mention.utf8Range.upperBound <= phraseStart0 + 120
                && [" of ", " at ", " for ", " of the ", " at the ", " for the ", " employed by ", " employed by the "]
                    .contains(where: s.slice($0.mention.utf8Range.lowerBound - 16, $0.mention.utf8Range.lowerBound).lowercased().hasSuffix)
        }) {
            // `Ann Reed the long-serving Labour member of the Health Committee has said ...`: up to the organization
            phrase = s.slice(phraseStart0, org.mention.utf8Range.upperBound)
            words = phrase.lowerWords
            // a long name counts as one word (`the new chief executive of Her Majesty's Prison and Probation Service`)
            nameWords = max(0, org.mention.text.lowerWords.count - 1)
        }
        guard !words.isEmpty, words.count - nameWords <= 10 else { return secondPost + [] }
        // `Ann Reed, the MP who chairs the Health Committee,`: the post is the words before `who` (the clause after it
        // is read by ``leadership(_:person:after:)``), never a post at the body the clause names
        if words.count > 2, let w = phrase.fastRange(of: " who "), RelationReader.isRole(String(phrase[..<w.lowerBound])) {
            phrase = String(phrase[..<w.lowerBound])
            words = phrase.lowerWords
        }
        // A verb right after the comma is a new clause, not an apposition.
        if let first = words.first, ["said", "says", "who", "which", "and", "but", "told", "added", "argued", "has", "had", "is", "was"].contains(first) { return secondPost + [] }
        let phraseStart = s.mentions[i].mention.utf8Range.upperBound + (t.utf8.count - rest.utf8.count)
        let phraseEnd = phraseStart + phrase.utf8.count
        // An organization named in it: `chief nurse of Leeds Trust`, `Leeds Trust's chief nurse`, `(Leeds Trust)`.
        var out: [Found] = []
        var orgInside: Int?
        for j in (i + 1)..<max(i + 1, min(s.mentions.count, i + 12)) where s.type(j) == .organization {
            let r = s.mentions[j].mention.utf8Range
            if r.lowerBound >= phraseStart && r.upperBound <= phraseEnd + 40 && !RoleTitle.isRole(s.mentions[j].mention.text)
                && RoleTitle.acronymTitles[s.mentions[j].mention.text] == nil {
                // `, Schools Minister (Education Department)`: the organization may follow in brackets
                let gap = s.slice(phraseEnd, r.lowerBound)
                if r.lowerBound >= phraseEnd && !(gap.trimming(" ,(").isEmpty) { continue }
                // prefer the organization after `of`/`at`/`for` (`the Labour member of the Health Committee`)
                let lead = s.slice(max(phraseStart, r.lowerBound - 8), r.lowerBound).lowercased()
                let governed = [" of ", " at ", " for ", " of the ", " at the ", " for the ", " to the ", " to "].contains { lead.hasSuffix($0) }
                if orgInside == nil || governed { orgInside = j }
                if governed { break }
            }
        }
        var title = phrase
        if let j = orgInside {
            let name = s.mentions[j].mention.text
            title = RelationReader.roleTitle(phrase, organization: name)
            // `Tom Vale, a custody officer employed by Harbour Security,`: the employer named after a participle
            for joiner in RelationReader.employerJoiners where title.lowercased().hasSuffix(joiner) {
                title = String(title.dropLast(joiner.count))
                break
            }
            for joiner in [" at", " of", " for", " with", " in"] where title.lowercased().hasSuffix(joiner) {
                title = String(title.dropLast(joiner.count))
            }
            if title.hasSuffix(" (") { title = String(title.dropLast(2)) }
            title = title.trimming(" ,(")
            title = title.trimming(" ,()")
            // `Tom Vale, the young Tory,`: a party member
            if !RelationReader.isRole(title), words.count <= 4, !bareThe, RelationReader.isParty(name) || RelationReader.party(in: name + " party") != nil,
               s.mentions[j].mention.utf8Range.upperBound >= phraseEnd - 1 {
                return secondPost + [found("member_of", s, subject: i, object: j)]
            }
            guard RelationReader.isRole(title) else { return secondPost + [] }
            // `Ann Reed, the Conservative leader of the council,`: the party word is her party, the post is at the
            // body after `of` (the council), not at the party
            if RelationReader.isParty(name), s.mentions[j].mention.utf8Range.upperBound < phraseEnd,
               let of = title.lowercased().range(of: " of "), !title[..<of.lowerBound].contains(" ") || title.lowerWords.count <= 6 {
                return secondPost + [found("member_of", s, subject: i, object: j)] + roleEdges(s, person: i, title: title).filter { $0.predicate != "member_of" }
            }
            out.append(found("holds_role", s, subject: i, object: j, label: RoleTitle.clean(title),
                             qualifier: RoleTitle.qualifier(title)))
            if RelationReader.isParty(name) { out.append(found("member_of", s, subject: i, object: j)) }
            // `the Labour member of the Health Committee`: the party too
            if let party = title.lowerWords.lazy.compactMap({ RelationReader.party(in: $0 + " member") }).first {
                let m = partyMention(s, party)
                out.append(found("member_of", s, subject: i, object: m, objectName: m == nil ? party : nil))
            }
            if RelationReader.isLeaderTitle(title) { out.append(found("leads", s, subject: i, object: j, qualifier: RoleTitle.qualifier(title))) }
            return secondPost + out + secondRole(s, person: i, after: phraseEnd, bare: bareThe)
        }
        // No organization: the role alone (with an organization the title implies).
        guard RelationReader.isRole(phrase), phrase.first.map({ $0 != "(" }) ?? false else {
            // `Tom Vale, the tiny Tory`: a party member
            if words.count <= 4, !bareThe, let w = words.last, let party = RelationReader.party(in: w), w != "green" {
                return secondPost + [found("member_of", s, subject: i, object: nil, objectName: party)]
            }
            return secondPost + []
        }
        // Not another name list: `Ann Reed, Tom Vale and ...`
        if s.mentions[(i + 1)...].prefix(12).contains(where: { $0.mention.utf8Range.lowerBound >= phraseStart && $0.mention.utf8Range.lowerBound < phraseEnd && $0.mention.type == .person }) { return secondPost + [] }
        // A byline's bracketed department stays in the role: `Shadow Minister (Transport)`.
        var full = phrase
        let tail = s.slice(phraseEnd, min(phraseEnd + 40, s.range.upperBound))
        if !opensParen, tail.hasPrefix(" ("), let close = tail.firstIndex(of: ")") {
            full += String(tail[..<tail.index(after: close)])
        }
        return secondPost + roleEdges(s, person: i, title: full) + secondRole(s, person: i, after: phraseEnd, bare: bareThe)
    }

    /// Participles that name a post's employer after the title (`a nurse employed by Leeds Trust`, `an engineer working
    /// for Harbour Rail`): cut from the title like `of`.
    /// (``roleTitle(_:organization:)`` has already cut `for the`, `at` with the name: `working`, `employed` are left.)
    static let employerJoiners = [" employed by", " hired by", " contracted by", " working for", " working at", " employed at",
                                  " employed in", " based at", " working", " employed", " based"]

    /// A byline may list a second post: `Tom Vale, Whip (Treasury), The Minister for Schools`.
    func secondRole(_ s: Sentence, person i: Int, after phraseEnd: Int, bare bareThe: Bool) -> [Found] {
        var edges: [Found] = []
        let next = s.slice(phraseEnd, min(phraseEnd + 160, s.range.upperBound))
        if !bareThe, let comma = next.firstIndex(of: ","), next[..<comma].lowerWords.count <= 3 {
            var second = String(next[next.index(after: comma)...])
            if let stop = second.firstIndex(where: { ",;:.\n\"\u{201C}".contains($0) }) { second = String(second[..<stop]) }
            let sw = second.lowerWords
            if (1...10).contains(sw.count), !["said", "who", "which", "and", "but"].contains(sw.first ?? ""), RelationReader.isRole(second),
               !s.mentions[(i + 1)...].prefix(16).contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound > phraseEnd && $0.mention.utf8Range.lowerBound < phraseEnd + 160 && second.contains($0.mention.text) }) {
                edges += roleEdges(s, person: i, title: second)
            }
        }
        return edges
    }

    func copulaRoles(_ s: Sentence, person i: Int, after: String) -> [Found] {
        var out: [Found] = []
        // Each `is/was (a|an|the) ROLE` in the clause after the name, joined by `and`.
        let clause = after.split(whereSeparator: { $0 == ";" || $0 == "." || $0 == ":" }).first.map(String.init) ?? ""
        var words = clause.splitASCII(separator: " ").map(String.init)
        // the bytes of the clause already read (words removed from the front), for offsets
        var consumed = 0
        var k = 0
        while k < words.count {
            let w = words[k].lowercased()
            // `is a/the ...`; `became chief executive` needs no article
            let becomes = ["became", "becomes", "become", "remains", "remained", "been"].contains(w)
            // `Ann Reed was chief executive of Leeds Trust`: a post with no article, read when its words make a title
            // (not a participle, `was told by MPs`, nor a time word before the post, `was still chair`, `was then chair`)
            let next = k + 1 < words.count ? words[k + 1].lowercased() : ""
            let bare = ["is", "was"].contains(w) && !next.isEmpty
                && !["a", "an", "the", "its", "their", "not", "never", "no", "still", "then", "also", "once"].contains(next)
                && !next.hasSuffix("ed") && !RelationReader.participlesAfterCopula.contains(next)
                && (1...min(6, words.count - k - 1)).contains { n in
                    let t = words[(k + 1)...(k + n)].joined(separator: " ").trimming(",")
                    // (five or six words only for a title holding a remit list: `is now the prisons and probation minister`)
                    return !t.lowerWords.contains("by") && (n <= 4 || t.lowerWords.contains("and")) && RelationReader.isRole(t)
                }
            guard ["is", "was", "been", "became", "becomes", "become", "remains", "remained"].contains(w),
                  k + 1 < words.count, ["a", "an", "the", "its", "their"].contains(words[k + 1].lowercased()) || becomes || bare else { k += 1; continue }
            // Only when the copula belongs to this name: nothing but `and`/commas before it (or `, who`).
            var lead = words[..<k].joined(separator: " ").lowerWords
            // `who had earlier been`, `who has also become`: a time adverb after the auxiliary is no subject of its own
            if w == "been" || w == "become" {
                while lead.count >= 2, RelationReader.perfectAdverbs.contains(lead[lead.count - 1]),
                      ["has", "had", "have"].contains(lead[lead.count - 2]) || RelationReader.perfectAdverbs.contains(lead[lead.count - 2]) {
                    lead.removeLast()
                }
            }
            if w == "become" {
                // `who had become chair of X` (a post taken, held on), `left in 2009 to become X`, `quit to become X` (a
                // change of post: the new one); not `wants to become`, `was expected to become`, `could become`
                if let last = lead.last, ["has", "had", "have"].contains(last) {
                    lead.removeLast()
                } else if RelationReader.leftToTakePost(lead), RelationModality.isFactual(lead.joined(separator: " "), question: s.isQuestion) {
                    lead = lead.first == "who" ? ["who"] : []
                } else { k += 1; continue }
            }
            // `Ann Reed, who had been the trust's finance director, ...`: a post held before (`had been`), read like
            // `was`; `who has been` like `is`
            var pastPerfect = false
            if w == "been", let last = lead.last, ["has", "had", "have"].contains(last) { pastPerfect = last == "had"; lead.removeLast() }
            if lead == ["who"] { lead = [] }
            // `Amy Fox, a planner who had been a director at Network Rail, ...`: the relative clause of the name's own
            // apposition (an article first, no comma inside) is hers
            let leadText = words[..<k].joined(separator: " ")
            if lead.last == "who", (3...9).contains(lead.count), ["a", "an", "the", "former"].contains(lead[0]),
               leadText.hasPrefix(","), !leadText.dropFirst().contains(",") {
                lead = []
            }
            // `Tom Vale, Ann Reed's successor, has been ...`: an apposition between commas belongs to the name
            var rawLead = words[..<k].joined(separator: " ")
            for aux in [" has", " had", " have"] where rawLead.hasSuffix(aux) { rawLead = String(rawLead.dropLast(aux.count)) }
            // (a relative clause may be longer: `Ann Reed, who took over from Tom Vale as chair in 2010, becomes ...`)
            let apposition = rawLead.hasPrefix(",") && rawLead.hasSuffix(",") && (lead.count <= 8 || rawLead.hasPrefix(", who ") && lead.count <= 16)
                && rawLead.dropFirst().dropLast().firstIndex(of: ",") == nil
            if !lead.isEmpty && !apposition && !(lead.count <= 8 && (lead.contains("and") || k == 0)) { break }
            var phrase: [String] = []
            var m = ["a", "an", "the"].contains(words[k + 1].lowercased()) ? k + 2 : k + 1   // `its` stays: the clause's organization
            while m < words.count {
                let raw = words[m]
                let l = raw.lowercased().trimming(",")
                // `became prisons and probation minister`, `has been Essex's police, fire and crime commissioner`: a remit
                // list inside the title (the words so far no post yet), read through to its role noun
                if l == "and", let e = RelationReader.remitListEnd(phrase, words, from: m) {
                    phrase += words[m...e].map { $0.trimming(",") }
                    m = e + 1
                    continue
                }
                if ["and", "who", "which", "that", "said", "when", "but", "with", "after", "before", "because", "since", "until", "during",
                    "last", "yesterday", "today", "earlier", "recently", "later", "then", "briefly", "temporarily", "that", "this"].contains(l) { break }
                // `became chair in 2023`, `on 1 May`: a date is no part of the title
                if ["in", "on", "from"].contains(l), m + 1 < words.count, RelationReader.startsDate(words[m + 1]) { break }
                // `became chair at the start of the year`, `by the end of May`: a time phrase is no part of it either
                if ["at", "by", "in", "from", "until", "towards"].contains(l), m + 2 < words.count, ["the", "this", "that"].contains(words[m + 1].lowercased()),
                   ["start", "end", "beginning", "time", "turn", "height", "close", "middle", "age"].contains(words[m + 2].lowercased().trimming(",")) { break }
                // `had become chair of the commission the previous autumn`: a time phrase ends the post (as in ``asRoles``)
                // (a capitalised word is part of a name, not of a time phrase: `chief executive of the Early Years Alliance`)
                if !phrase.isEmpty, m + 1 < words.count, raw.first?.isLowercase ?? false,
                   RelationReader.startsTimePhrase(l, words[m + 1].lowercased()) { break }
                phrase.append(raw.trimming(","))
                if raw.hasSuffix(","), let e = RelationReader.remitListEnd(phrase, words, from: m + 1) {
                    phrase += words[(m + 1)...e].map { $0.trimming(",") }
                    m = e + 1
                    continue
                }
                // (the word that closes the post with its comma is read: `who had been its chair, became ...` goes on
                // with the clause after the comma, whose verb is the name's)
                if raw.hasSuffix(",") { m += 1; break }
                m += 1
            }
            var text = phrase.joined(separator: " ")
            if !RelationReader.isRole(text), let cut = phrase.firstIndex(where: { ["at", "during", "since", "from", "until", "on", "under"].contains($0.lowercased()) }) {
                // (`had been transport secretary under Gordon Brown`: the prime minister served is no part of the post)
                text = phrase[..<cut].joined(separator: " ")
            }
            // `became the first person to carry the title of National Statistician`: the title named after it
            if let named = RelationReader.firstHolderTitle(text) { text = named }
            // another person named before the copula owns it (`X leads it, and Y has been its chair`)
            let leadEnd = s.mentions[i].mention.utf8Range.upperBound + consumed + words[..<k].joined(separator: " ").utf8.count + 1
            let otherPerson = (i + 1..<min(s.mentions.count, i + 12)).contains { s.type($0) == .person && s.mentions[$0].mention.utf8Range.lowerBound < leadEnd }
            if otherPerson && !apposition { break }
            if RelationReader.isRole(text), !RelationModality.blockers.contains(w) {
                var edges = roleEdgesWithin(s, person: i, phrase: text)
                let possessive = ["its", "their"].contains(text.split(separator: " ").first?.lowercased() ?? "")
                if edges.isEmpty, possessive, let j = s.mentions.indices.first(where: { s.type($0) == .organization }), j < i {
                    // `Harbour Homes ... and Ann Reed is its chair`: the organization the clause is about
                    let title = RoleTitle.clean(String(text.split(separator: " ").dropFirst().joined(separator: " ")))
                    edges = [found("holds_role", s, subject: i, object: j, label: title, qualifier: RoleTitle.qualifier(text))]
                    if RelationReader.isLeaderTitle(title) { edges.append(found("leads", s, subject: i, object: j)) }
                }
                if edges.isEmpty { edges = roleEdges(s, person: i, title: text) }
                // `had been a director at Network Rail and then chief executive of the Canal & River Trust`: a second
                // post joined by `and` (`and then`, `and later`), held the same way
                if m < words.count, words[m].lowercased() == "and" {
                    var n = m + 1
                    while n < words.count, ["then", "later", "also", "subsequently", "eventually", "afterwards"].contains(words[n].lowercased()) { n += 1 }
                    if n < words.count, ["a", "an", "the"].contains(words[n].lowercased()) { n += 1 }
                    var second: [String] = []
                    var e = n
                    while e < words.count, second.count < 10 {
                        let raw = words[e]
                        let l = raw.lowercased().trimming(",")
                        // (an `and` between capitalised words is inside a body's name: `of the Canal and River Trust`)
                        if l == "and", second.last?.first?.isUppercase ?? false, !(second.last?.hasSuffix(",") ?? true),
                           e + 1 < words.count, words[e + 1].first?.isUppercase ?? false {
                            second.append(raw)
                            e += 1
                            continue
                        }
                        if ["and", "who", "which", "that", "said", "when", "but", "with", "after", "before", "because", "since", "until",
                            "during", "under", "last", "yesterday", "today", "earlier", "recently", "later", "then", "this"].contains(l) { break }
                        if ["in", "on", "from"].contains(l), e + 1 < words.count, RelationReader.startsDate(words[e + 1]) { break }
                        second.append(raw.trimming(","))
                        e += 1
                        if raw.hasSuffix(",") { break }
                    }
                    let secondText = second.joined(separator: " ")
                    // (never a name: `was chief executive and Tom Vale the chair` is Tom Vale's post; nor the second half of
                    // one capitalised title, `Comptroller and Auditor General`)
                    let oneTitle = n == m + 1 && (phrase.last?.first?.isUppercase ?? false) && (second.first?.first?.isUppercase ?? false)
                    if !oneTitle, RelationReader.isRole(secondText),
                       !s.mentions.contains(where: { $0.mention.type == .person && secondText.contains($0.mention.text) }) {
                        var more = roleEdgesWithin(s, person: i, phrase: secondText)
                        if more.isEmpty { more = roleEdges(s, person: i, title: secondText) }
                        edges += more
                        m = e
                    }
                }
                if pastPerfect {
                    edges = edges.map { e in var e = e; if e.predicate == "holds_role" || e.predicate == "leads" { e.qualifier = e.qualifier ?? "former" }; return e }
                }
                out += edges
            } else if let (j, chairs) = firstToLead(s, person: i, phrase: text) {
                // `became the first woman to run the Met Office`
                out.append(found("leads", s, subject: i, object: j, qualifier: pastPerfect ? "former" : nil))
                if chairs { out.append(found("holds_role", s, subject: i, object: j, label: "chair", qualifier: pastPerfect ? "former" : nil)) }
            }
            consumed += words.prefix(m).joined(separator: " ").utf8.count + 1
            words.removeFirst(min(m, words.count))
            k = 0
        }
        return out
    }

    /// Words a remit list inside a title never holds: an article, a possessive pronoun or a relative opens a phrase or a
    /// clause of its own (`became ill and the board ...`).
    static let remitListStops: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "who", "which", "that", "was", "is"]

    /// Where a post whose title holds a list of remits ends: `prisons and probation minister`, `work and pensions
    /// secretary`, `police, fire and crime commissioner`, `culture, media and sport secretary`. `phrase` is the words
    /// read so far (at most three, no post yet: `prisons`, `police`); `words[start...]` goes on with `and` or with the
    /// list's next item. The index of the word that makes the whole a post (its role noun) when the words up to it hold
    /// `and` and nothing that opens a phrase of its own, else nil (`became ill and the board met`, `is famous and rich`).
    static func remitListEnd(_ phrase: [String], _ words: [String], from start: Int) -> Int? {
        guard (1...3).contains(phrase.count), start < words.count, !isRole(phrase.joined(separator: " ")),
              phrase.allSatisfy({ $0.first?.isLetter ?? false }) else { return nil }
        var sawAnd = false
        for e in start..<min(words.count, start + 6) {
            let w = words[e].lowercased().trimming(",")
            guard !w.isEmpty, !remitListStops.contains(w), w.first?.isLetter ?? false else { return nil }
            if w == "and" { sawAnd = true; continue }
            // (at most three words of the list before its `and`: `police, fire and`, `culture, media and`)
            guard sawAnd else {
                if e - start >= 3 { return nil }
                continue
            }
            let candidate = (phrase + words[start...e].map { $0.trimming(",") }).joined(separator: " ")
            if isRole(candidate) { return e }
            if words[e].hasSuffix(",") { return nil }
        }
        return nil
    }

    /// The role edge of a phrase that may name an organization: `chief executive of Leeds Trust`.
    func roleEdgesWithin(_ s: Sentence, person i: Int, phrase: String, before: Bool = false) -> [Found] {
        let lower = phrase.lowercased()
        let near = before ? max(0, i - 12)..<i : (i + 1)..<max(i + 1, min(s.mentions.count, i + 12))
        for j in near where s.type(j) == .organization {
            let name = s.mentions[j].mention.text
            // (post initials the recogniser read as a body, `was DPP`, are the post: ``roleEdges`` writes them out)
            guard containsWord(lower, name.lowercased()), RoleTitle.acronymTitles[name] == nil else { continue }
            // `the Labour health secretary`: a party word before the post is a membership (read by ``roleEdges``)
            if RelationReader.isParty(name), !RelationReader.isPartyPost(phrase),
               lower.drop(while: { !$0.isLetter }).hasPrefix(name.lowercased() + " ") || lower.hasPrefix("the " + name.lowercased() + " ") { return [] }
            var title = RelationReader.roleTitle(phrase, organization: name)
            for joiner in [" at", " of", " for", " with", " in"] where title.lowercased().hasSuffix(joiner) {
                title = String(title.dropLast(joiner.count))
            }
            // `Ann Reed, the Care Ombudsman,`: a post that is also the name of its office is held at that office
            if title.lowerWords.allSatisfy({ ["the", "a", "an", "then", "now", "current", "new"].contains($0) }), RelationReader.isRole(name),
               name.first?.isUppercase ?? false, !RelationReader.isParty(name) {
                return [found("holds_role", s, subject: i, object: j, label: name, qualifier: RoleTitle.qualifier(phrase))]
            }
            guard RelationReader.isRole(title) else { return [] }
            var out = [found("holds_role", s, subject: i, object: j, label: RoleTitle.clean(title), qualifier: RoleTitle.qualifier(phrase))]
            if RelationReader.isLeaderTitle(title) { out.append(found("leads", s, subject: i, object: j, qualifier: RoleTitle.qualifier(phrase))) }
            return out
        }
        return []
    }

    /// The joins between two bodies led one after the other: `who ran the Prison Agency and then the Probation Trust`.
    static let ledBodyJoins: Set<String> = ["and", "and then", "and later", "and subsequently", "and afterwards", "then", "and then the",
                                            "and later the", "and the", "then the", "and subsequently the", "and afterwards the"]

    /// `Tom Vale, who ran the Prison Agency and then the Probation Trust,`: the edges read of a verb of leading and its
    /// first object (`edges`), for each body joined to it by `and`, `and then`, `, then` (an organization, no other name
    /// between, no comma but one before `then`).
    func coordinatedLedBodies(_ s: Sentence, after j: Int, edges: [Found]) -> [Found] {
        var out: [Found] = []
        var k = j
        while k + 1 < s.mentions.count, s.type(k + 1) == .organization, !RelationReader.isParty(s.mentions[k + 1].mention.text) {
            var gap = s.between(k, k + 1)
            if gap.hasPrefix(", then ") || gap.hasPrefix(", and then ") || gap.hasPrefix(", and later ") { gap = String(gap.dropFirst()) }
            guard gap.hasPrefix(" "), gap.hasSuffix(" "), !gap.contains(","),
                  RelationReader.ledBodyJoins.contains(gap.lowerWords.joined(separator: " ")) else { break }
            k += 1
            let object = s.mentions[k].index
            out += edges.filter { $0.object == s.mentions[j].index }.map { e in var e = e; e.object = object; return e }
        }
        return out
    }

    /// Whether an apposition is a plain description of a person, an article and one or two words with no preposition
    /// (`a Canadian`, `the veteran`, `an engineer`): the `who` clause after it is the person's (`Tom Vale, a Canadian who
    /// had run the postal service`); not `the son of a man` (the clause may be the man's), nor `the woman who chairs
    /// it` (a clause that only picks the person out, read as no post).
    static func isPlainDescription(_ phrase: String) -> Bool {
        let words = phrase.lowerWords
        guard (2...3).contains(words.count), ["a", "an", "the"].contains(words[0]) else { return false }
        return words.dropFirst().allSatisfy { w in
            w.allSatisfy(\.isLetter) && !["of", "for", "to", "at", "in", "with", "from", "on", "by", "and", "or", "whose", "people", "family",
                                          "group", "firm", "company", "body", "team", "board", "panel",
                                          // `the woman who chairs the committee` picks her out by the clause (no description of her own)
                                          "man", "woman", "men", "women", "person", "one"].contains(w)
        }
    }

    /// `Ann Reed, who chairs the board of Leeds Trust`; `Ann Reed heads Leeds Trust`.
    func leadership(_ s: Sentence, person i: Int, after: String) -> [Found] {
        guard let j = (i + 1..<s.mentions.count).first(where: { s.type($0) == .organization || s.type($0) == .programme }) else { return [] }
        let direct = leadership(s, person: i, object: j)
        if !direct.isEmpty { return direct + coordinatedLedBodies(s, after: j, edges: direct) }
        // `Sir Ann Reed, a former president of Westside College, chaired the review`: an apposition between
        // commas, naming an organization of its own, stands before the verb
        let rest = s.between(i, j)
        guard rest.hasPrefix(", "), !s.mentions.indices.contains(where: { $0 > i && $0 < j && s.type($0) == .person }) else { return [] }
        for k in (j + 1)..<min(s.mentions.count, j + 4) where s.type(k) == .organization || s.type(k) == .programme {
            let gap = s.between(i, k)
            // `Ann Reed, the Labour MP who chairs the Health Committee,`: the apposition may end at its own `who`
            // (its head a post, the clause after it the post's holder's: read as `Ann Reed, …, who chairs …`)
            let who = gap.dropFirst(2).firstIndex(of: ",") == nil ? gap.fastRange(of: " who ")?.lowerBound : nil
            if let who, who <= gap.index(gap.startIndex, offsetBy: 2) { return [] }
            guard let close = gap.dropFirst(2).firstIndex(of: ",") ?? who,
                  !s.mentions.indices.contains(where: { $0 > i && $0 < k && s.type($0) == .person }) else { return [] }
            if who != nil, !RelationReader.isRole(String(gap[gap.index(gap.startIndex, offsetBy: 2)..<close])) { return [] }
            let apposition = gap[gap.index(gap.startIndex, offsetBy: 2)..<close]
            guard apposition.lowerWords.count <= 12, RelationReader.isRole(String(apposition.prefix { $0 != "," })) || apposition.lowerWords.first.map({ ["a", "an", "the", "former"].contains($0) }) ?? false else { return [] }
            let tail = String(gap[close...])
            let closeAt = s.mentions[i].mention.utf8Range.upperBound + gap.utf8.distance(from: gap.startIndex, to: close)
            // every organization between is inside the apposition
            guard !s.mentions.indices.contains(where: { $0 > j && $0 < k && s.mentions[$0].mention.utf8Range.lowerBound > closeAt && s.isActor($0) }) else { return [] }
            // a name cut short (`the Independent` of `the Independent Review of ...`) is no object
            let next = s.after(k, 3)
            if next.hasPrefix(" "), next.dropFirst().first?.isUppercase ?? false { return [] }
            return leadership(s, person: i, object: k, between: tail)
        }
        return []
    }

    /// Whether a mention names a party however it is written (`the Labour Party`, `Tory`, `the Conservatives`): no
    /// employer of a post the text leaves unplaced.
    static func isPartyMention(_ m: EntityMention) -> Bool {
        isParty(m.text) || isParty(m.canonicalName) || party(in: m.text) != nil
    }

    /// Time adverbs between an auxiliary and `been` or `become` (`who had earlier been`, `has also become`).
    static let perfectAdverbs: Set<String> = ["earlier", "previously", "once", "already", "formerly", "briefly", "also", "long",
                                              "recently", "twice"]

    /// The first few words of a phrase that names a post by its holder's place in a line of them (`first person to
    /// carry the title of`, `only woman to hold the post of`).
    static let firstHolderLead = try! NSRegularExpression(pattern:
        "^(?:first|only|second|third|last|youngest|oldest)(?: [a-z-]+){0,2}? (?:woman|man|person|one|outsider|civil servant|lawyer|scientist|economist|politician|journalist|academic|official) to (?:hold|carry|take|bear|be given|have|occupy) the (?:title|post|office|role|job|position) of (.+)$",
        options: [.caseInsensitive])
    /// `first woman to run`, `only economist to chair`: a body led, named after the verb.
    static let firstLeaderLead = try! NSRegularExpression(pattern:
        "^(?:first|only|second|third|last|youngest|oldest)(?: [a-z-]+){0,2}? (?:woman|man|person|one|outsider|civil servant|lawyer|scientist|economist|politician|journalist|academic|official) to (run|lead|head|chair) (?:the )?(.+)$",
        options: [.caseInsensitive])

    /// The title a phrase names after a holder's place in a line (`first person to carry the title of National
    /// Statistician` → `National Statistician`), or nil.
    static func firstHolderTitle(_ phrase: String) -> String? {
        guard let m = firstHolderLead.firstMatch(in: phrase, range: NSRange(phrase.startIndex..., in: phrase)),
              let r = Range(m.range(at: 1), in: phrase) else { return nil }
        let title = String(phrase[r])
        return isRole(title) ? title : nil
    }

    /// `first woman to run the Met Office`: the body named after the verb (an organization of the sentence whose
    /// name ends the phrase), and whether the verb is `chair`.
    func firstToLead(_ s: Sentence, person i: Int, phrase: String) -> (Int, Bool)? {
        guard let m = RelationReader.firstLeaderLead.firstMatch(in: phrase, range: NSRange(phrase.startIndex..., in: phrase)),
              let v = Range(m.range(at: 1), in: phrase), let r = Range(m.range(at: 2), in: phrase) else { return nil }
        let body = phrase[r].lowercased()
        guard let j = (i + 1..<min(s.mentions.count, i + 8)).first(where: {
            s.type($0) == .organization && !RelationReader.isParty(s.mentions[$0].mention.text)
                && body.hasSuffix(s.mentions[$0].mention.text.lowercased()) && body.count <= s.mentions[$0].mention.text.count + 4
        }) else { return nil }
        return (j, phrase[v].lowercased() == "chair")
    }

    /// Whether the words between two commas after a name are an apposition of a post held before or now
    /// (`formerly chief executive of Leeds Trust`, `a former banker`, `then the trust's chair`): a time word or an
    /// article first, at most twelve words, no clause of its own (no `who`, no `and` opening another clause).
    static func isPastPostAside(_ phrase: Substring) -> Bool {
        let words = phrase.lowerWords
        guard let first = words.first, (1...12).contains(words.count),
              ["formerly", "previously", "once", "then", "until", "a", "an", "the", "former", "now", "currently", "also"].contains(first),
              !words.contains(where: { ["who", "which", "whose", "said", "says"].contains($0) }) else { return false }
        return isRole(String(phrase)) || ["a", "an", "the", "former"].contains(first) && words.count <= 6
    }

    /// Words a clause may put between a person and a verb of leading: `who`, auxiliaries and time adverbs (`who had
    /// earlier run`, `who has also chaired`, `who briefly led`).
    static let leadershipLeadWords: Set<String> = ["who", "now", "also", "currently", "still", "then", "has", "had", "formerly", "once",
                                                   "previously", "used", "to", "earlier", "already", "briefly", "later", "long",
                                                   "jointly", "herself", "himself"]
    /// `took charge of`, `has taken charge of`, `was put in charge of`, `is in charge of`, between a person and a body:
    /// a verb of leading in a few words.
    static let chargeOf = try! NSRegularExpression(pattern:
        " (?:(?:took|takes|has taken|had taken|taking) charge of|(?:was |is |has been |had been )?(?:put |left )?in charge of) (?=(?:the |an? )?$)",
        options: [.caseInsensitive])

    func leadership(_ s: Sentence, person i: Int, object j: Int, between given: String? = nil) -> [Found] {
        let verbs = ["chairs", "chaired", "heads", "headed", "leads", "led", "runs", "ran", "run", "founded", "co-founded", "directs", "directed",
                     "chair", "head", "lead"]
        var between = given ?? s.between(i, j)
        // `Ann Reed, the mayor of Leeds, who chairs the board`: the apposition belongs to the name
        if between.hasPrefix(", "), let w = between.fastRange(of: ", who ") ?? between.fastRange(of: ", which "),
           w.lowerBound > between.index(between.startIndex, offsetBy: 2) {
            let apposition = between[between.index(between.startIndex, offsetBy: 2)..<w.lowerBound]
            if !apposition.contains(","), apposition.lowerWords.count <= 8 { between = String(between[w.lowerBound...]) }
        } else if between.hasPrefix(", "), let w = between.fastRange(of: " who "), w.lowerBound > between.index(between.startIndex, offsetBy: 2) {
            // `Ann Reed, the Labour MP who chairs the Health Committee`: a post whose own `who` clause runs the body;
            // `Tom Vale, a Canadian who had run the postal service`: a plain description of the person
            let apposition = String(between[between.index(between.startIndex, offsetBy: 2)..<w.lowerBound])
            if !apposition.contains(","), apposition.lowerWords.count <= 8,
               RelationReader.isRole(apposition) || RelationReader.isPlainDescription(apposition) { between = String(between[w.lowerBound...]) }
        }
        // `took charge of Leeds Trust`, `was put in charge of the agency`: a post taken (read as `leads`)
        if let r = RelationReader.chargeOf.firstMatch(in: between, range: NSRange(between.startIndex..., in: between)),
           let range = Range(r.range, in: between) {
            between.replaceSubrange(range, with: " leads ")
        }
        let words = between.lowerWords
        guard words.count <= 9, let v = words.firstIndex(where: { verbs.contains($0) }) else { return [] }
        let lead = Array(words[..<v])
        // `who had run the charity Westside Care`, `ran the human rights organisation Kelby`: the body's kind, in up
        // to three lower-case words before its name, is no part of the verb
        let kindPhrase = RelationReader.bodyKindPhrase(words[(v + 1)...])
        guard words.count <= 6 || kindPhrase else { return [] }
        // `used to run`, `used to chair`: a post held before; the bare verbs only after `used to`
        let usedTo = lead.count >= 2 && lead.suffix(2) == ["used", "to"]
        if ["chair", "head", "lead"].contains(words[v]) && !usedTo { return [] }
        guard lead.allSatisfy({ RelationReader.leadershipLeadWords.contains($0) }),
              !lead.contains("to") || usedTo,
              kindPhrase || words[(v + 1)...].allSatisfy({ ["the", "a", "an", "board", "of", "at"].contains($0) }) else { return [] }
        guard RelationModality.isFactual(between, question: s.isQuestion) else { return [] }
        // `who had run Westside Care`: `run` only after `had`/`has` (`who run` is many people)
        // (`having run Westside Care`: a participle's stand-in for its subject, ``participleStandIns(_:_:)``)
        let having = s.slice(s.mentions[i].mention.utf8Range.lowerBound, s.mentions[i].mention.utf8Range.upperBound).lowercased().hasPrefix("having")
        if words[v] == "run", !lead.contains("had"), !lead.contains("has"), !usedTo, !having { return [] }
        let past = ["chaired", "headed", "led", "ran", "directed"].contains(words[v]) || lead.contains("formerly") || lead.contains("once") || lead.contains("previously")
            || words[v] == "run" && lead.contains("had") || usedTo
        var out = [found("leads", s, subject: i, object: j, qualifier: past ? "former" : nil)]
        if ["chairs", "chaired", "chair"].contains(words[v]), s.type(j) == .organization {
            out.append(found("holds_role", s, subject: i, object: j, label: "chair", qualifier: past ? "former" : nil))
        }
        return out
    }

    /// Ordinary nouns of a kind of body, which may stand before its name (`the charity Westside Care`).
    static let bodyKindNouns: Set<String> = ["organisation", "organization", "charity", "company", "firm", "group", "union",
                                             "agency", "regulator", "trust", "body", "think-tank", "consultancy", "watchdog",
                                             "campaign", "network", "business", "association", "lobby", "quango", "insurer",
                                             "retailer", "bank", "council", "authority", "commission"]

    /// Whether the words after a verb of leading and before a name are an article and a body's kind (`the charity`,
    /// `the human rights organisation`, `the Welsh housing association`): an article, at most two words, and a kind noun.
    static func bodyKindPhrase(_ words: ArraySlice<String>) -> Bool {
        guard let first = words.first, ["the", "a", "an"].contains(first), let last = words.last,
              (2...4).contains(words.count), bodyKindNouns.contains(last) else { return false }
        return !words.dropFirst().dropLast().contains(where: { ["of", "and", "which", "that", "who", "its", "their", "his", "her"].contains($0) || bodyKindNouns.contains($0) && $0 != "housing" })
    }

    /// `Ann Reed has chaired the board since 2020`, `Tom Vale, who chairs the trust's board,`, `Ann Reed, who led
    /// the organisation from 2014,`: the chair (or the leader) of the organization the paragraph is about (placed by
    /// ``placeRoles``), when the sentence names none.
    func chairsTheBoard(_ s: Sentence, person i: Int, after given: String) -> [Found] {
        var after = given
        // `Ann Reed, a former judge who has chaired the inquiry since 2018,`: the apposition before `who` is hers
        if after.hasPrefix(", "), let w = after.prefix(90).range(of: " who "), w.lowerBound > after.index(after.startIndex, offsetBy: 2),
           !after[after.index(after.startIndex, offsetBy: 2)..<w.lowerBound].contains(","),
           let first = after.dropFirst(2).lowerWords.first, ["a", "an", "the", "former", "now"].contains(first) {
            after = String(after[w.lowerBound...])
        } else if after.hasPrefix(", "), let close = after.dropFirst(2).prefix(120).firstIndex(of: ","),
                  RelationReader.isPastPostAside(after[after.index(after.startIndex, offsetBy: 2)..<close]) {
            // `Ann Reed, formerly chief executive of Leeds Trust, took charge of the charity`: the apposition between
            // commas is hers, and the verb after it is too
            after = String(after[close...])
        }
        var words = after.lowerWords.prefix(8).map { $0 }
        while let f = words.first, ["who", "has", "had", "have", "now", "also", "currently", "still", "since", "then", "earlier",
                                    "previously", "formerly", "once", "already", "briefly"].contains(f) { words.removeFirst() }
        // `took charge of the charity`: a post taken, read as `leads`
        let spoken = words.first ?? ""
        if words.count >= 4, ["took", "takes", "taken"].contains(words[0]), words[1] == "charge", words[2] == "of" {
            words = ["leads"] + words[3...]
        }
        let leadVerbs = ["leads", "led", "heads", "headed", "runs", "ran"]
        guard let verb = words.first, ["chairs", "chaired"].contains(verb) || leadVerbs.contains(verb), words.count >= 3, words[1] == "the" || words[1] == "its",
              !leadVerbs.contains(verb) || ["organisation", "organization", "company", "charity", "agency", "body", "union", "trust", "regulator", "firm", "group", "airline", "broadcaster",
                                             "inquiry", "review", "commission", "committee", "panel", "investigation", "taskforce"].contains(words[2]),
              ["board", "company", "trust", "charity", "union", "group", "firm", "agency", "body", "authority", "organisation", "airline", "broadcaster",
               "organization", "council", "commission", "regulator", "committee", "inquiry", "review", "panel", "taskforce",
               "investigation"].contains(words[2].hasSuffix("'s") ? String(words[2].dropLast(2)) : words[2]),
              words[2].hasSuffix("'s") ? words.count > 3 && words[3] == "board" : true else { return [] }
        // no organization named after the verb in the clause (`chairs the board of Leeds Trust` is read by
        // ``leadership``); one inside the apposition before it is another post's (`a former High Court judge who
        // has chaired the inquiry`)
        guard let verbAt = after.fastRange(of: verb) ?? (verb == "leads" ? after.fastRange(of: "charge of") : nil) else { return [] }
        let clause = after[..<verbAt.upperBound] + after[verbAt.upperBound...].prefix(beforeAnyASCII: ".;,")
        // (offsets in the sentence: `after` may have lost its apposition)
        let base = s.mentions[i].mention.utf8Range.upperBound + given.utf8.count - after.utf8.count
        let verbEnd = base + after.utf8.distance(from: after.startIndex, to: verbAt.upperBound)
        if s.mentions.indices.contains(where: { $0 > i && s.type($0) == .organization && s.mentions[$0].mention.utf8Range.lowerBound >= verbEnd
            && s.mentions[$0].mention.utf8Range.lowerBound < base + clause.utf8.count }) { return [] }
        let lead = after.lowerWords.prefix(while: { $0 != verb && $0 != spoken })
        guard RelationModality.isFactual(lead.joined(separator: " "), question: s.isQuestion) else { return [] }
        let past = ["chaired", "led", "headed", "ran"].contains(verb) && !lead.contains(where: { ["has", "have"].contains($0) })
        var f = leadVerbs.contains(verb) ? found("leads", s, subject: i, object: nil, qualifier: past ? "former" : nil)
            : found("holds_role", s, subject: i, object: nil, label: "chair", qualifier: past ? "former" : nil)
        f.needsOrganization = true
        return [f]
    }

    /// The body a person was moved to, named right before ` as ` (`cueStart`, its offset in the passage): `Ann Reed
    /// was moved to the Home Office as ...`, `Tom Vale went back to Harbour Water as ...`, `she moved to the Kelby
    /// Trust as ...`; a verb of moving, with no other name, comma or clause word between the person and the body.
    func movedToBody(_ s: Sentence, person p: Int, cueStart: Int) -> Int? {
        guard let b = s.mentions.indices.last(where: { $0 > p && s.mentions[$0].mention.utf8Range.upperBound <= cueStart }),
              s.type(b) == .organization, s.slice(s.mentions[b].mention.utf8Range.upperBound, cueStart).trimming(" ").isEmpty,
              !s.mentions[(p + 1)..<b].contains(where: { [.person, .organization].contains($0.mention.type) }) else { return nil }
        var gap = Substring(s.between(p, b))
        // `Ann Reed, housing minister since last autumn, was moved to`: an apposition between commas is hers
        if gap.hasPrefix(","), let close = gap.dropFirst().firstIndex(of: ",") { gap = gap[gap.index(after: close)...] }
        guard !gap.contains(","), !gap.contains(";") else { return nil }
        let words = gap.lowerWords
        guard words.count <= 7, let to = words.lastIndex(of: "to"), to + 2 >= words.count - 1,
              words[(to + 1)...].allSatisfy({ ["the", "a", "an"].contains($0) }) else { return nil }
        let verb = Array(words[..<to]).filter { !["was", "were", "has", "had", "been", "then", "later", "back", "also", "duly", "quickly", "eventually", "subsequently"].contains($0) }
        guard verb.count == 1, ["moved", "went", "returned", "transferred", "switched", "came", "shifted", "promoted", "sent"].contains(verb[0]),
              RelationModality.isFactual(String(gap), question: s.isQuestion) else { return nil }
        return b
    }

    /// `joined Leeds Trust as a ward nurse`, `serving as a director at Leeds Trust`, `was appointed chief executive
    /// of Leeds Trust in 2016`, `ran a charity before becoming chair of Leeds Trust`, `Tom Vale, who as health
    /// secretary cut the waiting lists`.
    func asRoles(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = s.lower
        for cue in [" as a ", " as an ", " as the ", " as ", " appointed as ", " appointed ", " named as ", " elected as ", " elected ",
                    " was named ", " were named ", " been named ", " was made ", " been made ", " promoted to ",
                    // `ran the Family Trust before becoming Children's Commissioner`: a post taken, in a clause of time
                    " before becoming ", " after becoming ", " on becoming ", " upon becoming ", " since becoming "] where s.mayHold(cue: cue) {
            var from = lower.startIndex
            while let r = lower.fastRange(of: cue, range: from..<lower.endIndex) {
                from = r.upperBound
                let cueOffset = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                // The person: the nearest named before the cue, or the subject of `Tom Vale replaced Ann Reed as
                // chair`, who takes the post.
                guard var p = s.mentions.indices.last(where: { s.type($0) == .person && s.mentions[$0].mention.utf8Range.upperBound <= cueOffset }) else { continue }
                if let q = s.mentions.indices.last(where: { $0 < p && s.type($0) == .person }) {
                    let words = s.between(q, p).lowerWords.joined(separator: " ")
                    if ["replaced", "succeeded", "took over from", "has replaced", "has succeeded", "replaces", "succeeds", "takes over from",
                        "followed"].contains(where: { words.hasSuffix($0) }) { p = q }
                }
                // The role phrase: up to a clause break or a preposition of time.
                let rest = s.slice(cueOffset, s.range.upperBound)
                var phrase: [String] = []
                let restWords = rest.split(separator: " ")
                for (n, raw) in restWords.enumerated() {
                    let l = raw.lowercased()
                    // `as chair of the Competition and Markets Authority`, `of the Department for Culture, Media and
                    // Sport`: a word inside a body's name (not its first) ends nothing
                    let at = cueOffset + rest.utf8.distance(from: rest.startIndex, to: raw.startIndex)
                    if !phrase.isEmpty, let body = s.mentions.first(where: { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound < at && at < $0.mention.utf8Range.upperBound }) {
                        // the name's last word: its punctuation ends the phrase as before (a comma inside the name stays)
                        let last = body.mention.utf8Range.upperBound <= at + raw.utf8.count
                        phrase.append(String(raw).trimming(last ? ",;:.()\"\u{201C}\u{201D}" : ";:.()\"\u{201C}\u{201D}"))
                        if last, [",", ";", ".", ")"].contains(where: { raw.hasSuffix($0) }) { break }
                        continue
                    }
                    // `as home secretary the previous October`, `as chair that year`: a time phrase ends the post
                    if !phrase.isEmpty, n + 1 < restWords.count, RelationReader.startsTimePhrase(l, restWords[n + 1].lowercased()) { break }
                    // `as work and pensions secretary`: an `and` inside a title that is no post yet
                    if l == "and", !phrase.isEmpty, phrase.count <= 3, !RelationReader.isRole(phrase.joined(separator: " ")),
                       phrase.last?.first?.isLetter ?? false, !(phrase.last?.hasSuffix(",") ?? true) {
                        phrase.append("and")
                        continue
                    }
                    if ["in", "on", "from", "since", "until", "and", "but", "who", "which", "when", "after", "before", "to", "-", "\u{2013}",
                        "this", "last", "yesterday", "today", "earlier", "next", "hours", "days"].contains(l) { break }
                    let clean = String(raw).trimming(",;:.()\"\u{201C}\u{201D}")
                    phrase.append(clean)
                    if raw.hasSuffix(",") || raw.hasSuffix(";") || raw.hasSuffix(".") || raw.hasSuffix(")") || phrase.count >= 9 { break }
                }
                // Keep `in London`-style places out; an organization after `at|of|for` stays.
                var phraseText = phrase.joined(separator: " ")
                // `as interim co-chief executives`: a post two people share, written in the plural
                var shared = false
                if !RelationReader.isRole(phraseText), let last = phrase.last, last.count > 3, last.lowercased().hasSuffix("s"),
                   RelationReader.isRole((phrase.dropLast() + [String(last.dropLast())]).joined(separator: " ")) {
                    phrase[phrase.count - 1] = String(last.dropLast())
                    phraseText = phrase.joined(separator: " ")
                    shared = true
                }
                // `quit as chief executive without warning`: the longest opening words that read as a post
                if !RelationReader.isRole(phraseText),
                   let n = (1..<max(1, phrase.count)).reversed().first(where: { RelationReader.isRole(phrase.prefix($0).joined(separator: " ")) }),
                   ["without", "amid", "following", "despite", "over", "within", "because", "ahead", "alongside", "among",
                    "having", "for", "just", "only", "barely", "effective"].contains(phrase[n].lowercased()), n == 1 || phrase[n - 1].first?.isLetter ?? false {
                    phraseText = phrase.prefix(n).joined(separator: " ")
                }
                // `Tom Vale, who as health secretary pushed the reforms through`: the post of a relative clause's `as`
                // ends where the clause's verb starts (the first verb in the past after words that read as a post)
                if cue == " as ", s.slice(s.mentions[p].mention.utf8Range.upperBound, cueOffset).lowerWords == ["who", "as"],
                   let n = (1..<max(1, phrase.count)).first(where: {
                       RelationReader.isClauseVerb(phrase[$0]) && RelationReader.isRole(phrase.prefix($0).joined(separator: " ")) }) {
                    phraseText = phrase.prefix(n).joined(separator: " ")
                }
                guard RelationReader.isRole(phraseText) else { continue }
                let prefix = s.slice(s.mentions[p].mention.utf8Range.upperBound, cueOffset)
                // `stepped down as chair of ...`: a post left
                var leftPost = ["stepped down", "resigned", "retired", "quit", "left", "stood down", "was sacked", "was dismissed"]
                    .contains { prefix.lowercased().contains($0) }
                if !RelationModality.isFactual(prefix, question: s.isQuestion) {
                    // `said she would step down as chief executive`, `plans to retire as chair`: a post left in the
                    // future is held now (not when negated or asked: `never served as`, `did not resign as`)
                    let leaving = ["step down", "stepping down", "resign", "retire", "stand down", "standing down", "quit", "leave"]
                        .contains { prefix.lowercased().contains($0) }
                    let negated = prefix.lowerWords.contains { ["not", "never", "no", "nor", "neither"].contains($0) || $0.hasSuffix("n't") }
                    guard leaving, !negated, !s.isQuestion else { continue }
                    leftPost = false
                }
                var edges = roleEdgesWithin(s, person: p, phrase: phraseText)
                if edges.isEmpty {
                    // the phrase's own words, cut before `at/of` with no organization named
                    var title = phraseText
                    for joiner in [" at ", " of ", " for ", " with "] {
                        if let jr = title.fastRange(of: joiner, options: .caseInsensitive) {
                            let head = String(title[..<jr.lowerBound])
                            if RelationReader.isRole(head) { title = head; break }
                        }
                    }
                    edges = roleEdges(s, person: p, title: title)
                }
                if leftPost { edges = edges.map { e in var e = e; if e.predicate == "holds_role" || e.predicate == "leads" { e.qualifier = "former" }; return e } }
                // `was moved to the Home Office as immigration minister`, `went back to Harbour Water as its chair`: a post
                // taken at the body moved to, named right before `as`
                if cue == " as " || cue == " as its " || cue == " as the ", let b = movedToBody(s, person: p, cueStart: cueOffset - cue.utf8.count) {
                    edges = edges.map { e in
                        var e = e
                        if e.predicate == "holds_role", e.object == nil, e.objectName == nil { e.object = s.mentions[b].index; e.needsOrganization = false }
                        return e
                    }
                    if let t = edges.first(where: { $0.predicate == "holds_role" && $0.object == s.mentions[b].index })?.label, RelationReader.isLeaderTitle(t),
                       !edges.contains(where: { $0.predicate == "leads" && $0.object == s.mentions[b].index }) {
                        edges.append(found("leads", s, subject: p, object: b))
                    }
                }
                out += edges
                // `Ann Reed and Tom Vale ran it as joint chief executives`: the post is each one's
                if shared {
                    var k = p
                    while k > 0, s.type(k - 1) == .person, ["and", ",", ", and", "&"].contains(s.between(k - 1, k).trimming(" ")) {
                        k -= 1
                        out += edges.map { e in var e = e; e.subject = s.mentions[k].index; e.offset = s.mentions[k].mention.utf8Range.lowerBound; return e }
                    }
                }
            }
        }
        return out
    }

    /// Words that end a post read after `who as` (`who as chair cut the budget`) besides a lower-case word in `-ed`:
    /// the common irregular pasts (``VerbLexicon/irregularPast`` and more) and the auxiliaries.
    static let clauseEndingVerbs: Set<String> = VerbLexicon.irregularPast.union([
        "cut", "oversaw", "sold", "bought", "won", "lost", "had", "has", "was", "is", "will", "would", "could", "shut", "left",
        "spent", "drew", "struck", "fought", "sought", "became", "did", "came", "got", "built", "froze"])

    static func isClauseVerb(_ word: String) -> Bool {
        guard let first = word.first, first.isLowercase else { return false }
        let w = word.lowercased().trimming(",")
        return w.hasSuffix("ed") && w.count > 4 || clauseEndingVerbs.contains(w)
    }

    /// `the review being led by Ann Reed`, `Leeds Trust, chaired by Ann Reed`: the person leads the thing named
    /// just before.
    func ledBy(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person && i > 0 {
            // `chaired by Ann Reed and Tom Vale`: the cue stands before the first of the people named together
            var head = i
            while head > 0, s.type(head - 1) == .person, ["and", ",", ", and"].contains(s.between(head - 1, head).trimming(" ")) { head -= 1 }
            var before = s.before(head, 80).lowercased()
            // `chaired by former Harbour boss Ann Reed`, `led by chief executive Ann Reed`: a title may stand between
            // `chaired by Labour's Ann Reed`, `led by the Tories' Tom Vale`: a party's possessive says she is its member
            var partyWord: String?
            // the title written between the cue and the name (`led by chief executive Ann Reed`)
            var titled = false
            // the post written with a comma before the name (`led by the Lord Chief Justice, Lord Thomas`)
            var commaTitle: String?
            if let r = ["led by ", "headed by ", "chaired by ", "run by "].compactMap({ before.fastRange(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                var title = String(before[r.upperBound...])
                // `led by the Lord Chief Justice, Lord Thomas,`: the post in apposition before the name (an honorific
                // of the name's left out), its holder's own post
                for honorific in ["lord ", "lady ", "sir ", "dame ", "dr ", "professor ", "baroness ", "baron ", ""] where title.hasSuffix(", " + honorific) {
                    let post = String(title.dropLast(2 + honorific.count))
                    if !post.contains(","), post.lowerWords.count <= 6, RelationReader.isRole(post) { commaTitle = post; title = post }
                    break
                }
                let ws = title.lowerWords
                if title.isEmpty || title.lowerWords.count <= 5 && (RelationReader.isRole(title) || s.mentions[head].mention.role != nil) {
                    titled = !title.isEmpty
                    before = String(before[..<r.upperBound])
                } else if (1...2).contains(ws.count), let last = ws.last, last.hasSuffix("'s") || title.hasSuffix("' ") || title.hasSuffix("\u{2019} "),
                          let party = RelationReader.party(in: ws.joined(separator: " ").replacingOccurrences(of: "'s", with: "") + " party") {
                    partyWord = party
                    before = String(before[..<r.upperBound])
                }
            }
            guard ["led by ", "headed by ", "chaired by ", "run by ", "fronted by "].contains(where: { before.hasSuffix($0) }) else { continue }
            // the organization led stands before the cue (`chaired by Labour MP Ann Reed`: not Labour)
            let cueAt = s.mentions[head].mention.utf8Range.lowerBound - (s.before(head, 80).utf8.count - before.utf8.count)
            let leadable = { (k: Int) -> Bool in
                // a law is led by nobody, its year after it or not (`the Water Act 2014`)
                let words = s.mentions[k].mention.text.lowerWords
                let last = words.last.map { $0.allSatisfy(\.isNumber) } ?? false ? words.dropLast().last : words.last
                return (s.type(k) == .organization || s.type(k) == .programme)
                    && (!ProgrammeLexicon.lawHeads.contains(last ?? "")
                        // `the Joint Committee on the Draft Water Bill`: a body named after a bill
                        || s.type(k) == .organization && s.mentions[k].mention.text.lowerWords.contains { RelationReader.ledBodies.contains($0) })
            }
            guard var j = s.mentions.indices.last(where: { $0 < head && leadable($0) && s.mentions[$0].mention.utf8Range.upperBound <= cueAt }) else { continue }
            // `Harbour Digital, the Westside Council unit then led by Ann Reed`: an apposition whose head is a common
            // noun describes the name before it, which is the one led (not the body that names the unit's owner)
            if j > 0, leadable(j - 1), [", the ", ", a ", ", an "].contains(s.between(j - 1, j).lowercased()),
               RelationReader.isAppositionHead(Sentence.slice(s.text, s.mentions[j].mention.utf8Range.upperBound, cueAt)) {
                j -= 1
            }
            // `Westside Agency is an executive agency of the Ministry, headed by Ann Reed`; `Eastside Care, a subsidiary
            // of Harbour Group, run by Tom Vale`: the unit is led, not the body it belongs to
            if j > 0, leadable(j - 1), s.between(j, head).hasPrefix(","), s.between(j, head).lowerWords.count <= 6 {
                var unit = s.between(j - 1, j).lowercased().trimming(" ,")
                if unit.hasPrefix("itself ") { unit = String(unit.dropFirst(7)) }
                if !unit.isEmpty, RelationReader.unitOf.firstMatch(in: unit, range: NSRange(unit.startIndex..., in: unit)) != nil { j -= 1 }
            }
            var between = s.between(j, head)
            // `The College, set up in 2012 to replace the Agency, is now led by Ann Reed`: after a comma and a
            // verb of its own, the clause's subject is led, not the name just before.
            // (`..., which was then headed by Ann Reed`: a relative clause is about the name just before it)
            let relative = [", which ", ", whose ", " which "].contains { between.lowercased().hasPrefix($0) }
            if !relative, between.contains(","), between.lowerWords.contains(where: { ["has", "have", "is", "was", "are", "were", "had"].contains($0) }) {
                // (`Harbour Homes was led by Tom Vale, its chair, and run by Ann Reed`: already the subject)
                // The subject of the clause that holds the name before the cue, not of the sentence: in `Ministers
                // passed the Water Act, and the Water Board was set up in Leeds in 2015, chaired by Ann Reed` the
                // board is chaired (a clause starts after `, and `, `; `, `, but `).
                let jAt = s.mentions[j].mention.utf8Range.lowerBound
                let lead = Sentence.slice(s.text, s.range.lowerBound, jAt)
                let clauseStart = [", and ", "; ", ", but "].compactMap { lead.fastRange(of: $0, options: .backwards) }
                    .map { s.range.lowerBound + lead.utf8.distance(from: lead.startIndex, to: $0.upperBound) }.max() ?? s.range.lowerBound
                guard let first = s.mentions.indices.first(where: { leadable($0) && s.mentions[$0].mention.utf8Range.lowerBound >= clauseStart }),
                      first <= j else { continue }
                j = first
                between = s.between(j, head)
                guard between.utf8.count <= 200 else { continue }
            } else {
                guard between.utf8.count <= 60 else { continue }
            }
            guard RelationModality.isFactual(between, question: s.isQuestion) else { continue }
            // `A and B, chaired by Ann Reed and Tom Vale respectively`: in order
            var people = [head]
            while let last = people.last, last + 1 < s.mentions.count, s.type(last + 1) == .person,
                  ["and", ",", ", and"].contains(s.between(last, last + 1).trimming(" ")) { people.append(last + 1) }
            if people.count >= 2, s.after(people.last!, 16).lowerWords.first == "respectively" {
                var orgs = [j]
                while let first = orgs.first, first > 0, s.type(first - 1) == s.type(j),
                      ["and", "and the", ",", ", the", ", and the"].contains(s.between(first - 1, first).lowercased().trimming(" ")) { orgs.insert(first - 1, at: 0) }
                if orgs.count == people.count, let k = people.firstIndex(of: i) { j = orgs[k] }
            }
            out.append(found("leads", s, subject: i, object: j))
            if let partyWord {
                // the party's mention between the cue and the person, else its name
                if let k = s.mentions.indices.first(where: { $0 > j && $0 < head && s.type($0) == .organization && RelationReader.isParty(s.mentions[$0].mention.text) }) {
                    out.append(found("member_of", s, subject: i, object: k))
                } else {
                    out.append(found("member_of", s, subject: i, object: nil, objectName: partyWord))
                }
            }
            if before.hasSuffix("chaired by "), s.type(j) == .organization {
                out.append(found("holds_role", s, subject: i, object: j, label: "chair"))
            }
            // `led by chief executive Ann Reed`: her post is at the organization led (a post written after the name,
            // `chaired by Ann Reed, a former director of Harbour Homes`, is another body's)
            if let commaTitle, i == head {
                out += roleEdges(s, person: i, title: commaTitle)
            } else if titled, let role = s.mentions[i].mention.role, RelationReader.isRole(role) {
                out.append(found("holds_role", s, subject: i, object: j, label: RoleTitle.clean(role), qualifier: RoleTitle.qualifier(role)))
            }
        }
        return out
    }

    /// Whether the words between an organization and `led by` are the head of an apposition about the name before
    /// it: `('s) unit then`, ` body now`, ` agency, which is` (one to three lowercase words, then a time word, `which
    /// is|was` or nothing). `Harbour Digital, the Westside Council unit then led by Ann Reed` → Harbour Digital.
    static func isAppositionHead(_ gap: String) -> Bool {
        var ws = gap.lowerWords
        guard !gap.contains(","), !ws.isEmpty else { return false }
        while let l = ws.last, ["led", "headed", "chaired", "run", "by", "then", "now", "currently", "still", "once", "later", "which", "is", "was", "being"].contains(l) { ws.removeLast() }
        if ws.first == "'s" || ws.first == "s" { ws.removeFirst() }
        guard (1...3).contains(ws.count) else { return false }
        // common nouns only: `unit`, `arm`, `watchdog`, `delivery body`; not a verb or a name
        let firstChar = gap.drop { $0 == " " || $0 == "'" || $0 == "\u{2019}" }.first
        return (firstChar.map { $0.isLowercase } ?? false)
            && ws.allSatisfy { !["has", "had", "have", "is", "was", "were", "are", "and", "or", "but", "not", "to", "of"].contains($0) }
    }

    /// The organization a title names before the post, and the post: `Harbour Homes chief executive`,
    /// `Harbour's medical director` → (`Harbour Homes`, `chief executive`). Only capitalised words that are no role
    /// words, followed by a post of two words or more (or after a possessive), so `Health Secretary` is no
    /// organization called Health.
    static func leadingOrganization(_ title: String) -> (String, String)? {
        let words = title.split(separator: " ").map(String.init)
        var org: [String] = []
        var possessive = false
        for w in words {
            let l = w.lowercased()
            let bare = l.hasSuffix("'s") || l.hasSuffix("\u{2019}s") ? String(l.dropLast(2)) : l
            guard w.first?.isUppercase ?? false, !NameLexicon.roleNouns.contains(bare), !NameLexicon.roleModifiers.contains(bare),
                  RoleTitle.qualifiers[bare] == nil, !(w.first?.isNumber ?? false) else { break }
            if bare != l {
                org.append(String(w.dropLast(2)))
                possessive = true
                break
            }
            org.append(w)
        }
        guard !org.isEmpty, org.count < words.count, !org.contains(where: { isNoOrganizationWord($0) }) else { return nil }
        let rest = words[org.count...].joined(separator: " ")
        guard isRole(rest), possessive || rest.split(separator: " ").count >= 2, !restsOnAClause(rest) else { return nil }
        let name = org.joined(separator: " ")
        guard party(in: name) == nil, party(in: name + " member") == nil else { return nil }
        return (name, rest)
    }

    /// Whether a post's title ends inside an organization's name that the sentence continues with `and` and a
    /// capitalised word: `director of Leeds Water` in `was director of Leeds Water and Drainage until 2019`, `adviser at the Office for
    /// Roads` in `adviser at the Office for Roads and Rail`. The words after the title's last `of` or `at` must
    /// open with a capital in the text and be two words or more (a name, not `of finance and planning`, nor
    /// one of two places, `of Hackney and Barnet`). Only role-alone titles with `of` or
    /// `at` are looked at, so the text search stays rare.
    static func isCutAtNameAnd(_ label: String, in text: String) -> Bool {
        let lower = label.lowercased()
        guard let at = [" of ", " at "].compactMap({ lower.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return false }
        let tailOffset = label.distance(from: label.startIndex, to: at.upperBound)
        var from = text.startIndex
        // the whole title as written, its words after `of`/`at` (past a `the`) opening with a capital
        while let r = text.range(of: label, options: .caseInsensitive, range: from..<text.endIndex) {
            from = r.upperBound
            guard var t = text.index(r.lowerBound, offsetBy: tailOffset, limitedBy: r.upperBound) else { continue }
            if text[t..<r.upperBound].lowercased().hasPrefix("the ") { t = text.index(t, offsetBy: 4) }
            // a name of two words or more (`Hackney and Barnet` are two places, not one body cut short)
            guard t < r.upperBound, text[t].isUppercase, text[t..<r.upperBound].contains(" ") else { continue }
            let after = text[r.upperBound...]
            for conj in [" and ", " & "] where after.hasPrefix(conj) {
                if after.dropFirst(conj.count).first?.isUppercase ?? false { return true }
            }
        }
        return false
    }

    /// Whether a capitalised word before a post can be no organization's name: a month or weekday (`In December
    /// 2006 its director, Ann Reed,` → no body called December), or a pronoun or article opening the sentence
    /// (`It began work under its first chair, Tom Vale` → no body called It).
    static func isNoOrganizationWord(_ word: String) -> Bool {
        let l = word.lowercased()
        return NameLexicon.months.contains(l) || NameLexicon.days.contains(l)
            || ["it", "its", "they", "their", "he", "she", "his", "her", "we", "our", "this", "that", "these", "those",
                "the", "a", "an", "in", "on", "at", "by", "under", "when", "after", "before", "then"].contains(l)
    }

    /// Whether the words after a leading name are more than a post: a year or number first (`2006 its director`),
    /// or a possessive pronoun or preposition that opens another phrase (`began work under its first chair`,
    /// `service's director` read after `Irish`): the capitalised words before them are no organization.
    static func restsOnAClause(_ rest: String) -> Bool {
        if rest.first?.isNumber ?? false { return true }
        let ws = rest.lowerWords
        if let f = ws.first, f.hasSuffix("'s") { return true }
        return ws.contains { ["its", "their", "under"].contains($0) }
    }

    /// Whether a title is a post inside a party (`Labour leader`, `Tory chairman`, `party treasurer`), held at
    /// the party, unlike `Labour health secretary` or `Tory MP`, a post elsewhere held by a party member.
    static func isPartyPost(_ title: String) -> Bool {
        // `Conservative leader of the council`: a post at the body after `of`, held by a party member
        if let of = title.range(of: " of ", options: .caseInsensitive) {
            let body = title[of.upperBound...].lowercased()
            if !body.contains("party"), RelationReader.party(in: String(body)) == nil { return false }
        }
        let w = Set(title.lowerWords)
        if w.contains("minister") || w.contains("mp") || w.contains("councillor") || w.contains("peer") || w.contains("mayor")
            || w.contains("secretary") && !w.contains("general") { return false }
        return w.contains("leader") || w.contains("chair") || w.contains("chairman") || w.contains("chairwoman")
            || w.contains("treasurer") || w.contains("whip") || w.contains("president") || w.contains("secretary")
    }

    /// Verbs of leaving a post that a change of post follows with `to become` (`left in 2009 to become chief executive
    /// of Westside Care`, `stood down to become a judge`).
    static let leavingVerbs: Set<String> = ["left", "quit", "resigned", "retired", "departed", "moved", "stepped", "stood"]
    /// Verbs of a career moving on, read before `to become` only as `went on to`, `returned to`, `came back to`
    /// (`Ann Reed later went on to become chief executive of Harbour Homes`, `returned to become its chair`).
    static let movingOnVerbs: Set<String> = ["went", "returned", "came", "moved"]

    /// Whether the words between a name and `become` are a post left for a new one: an optional `who`, a verb of
    /// leaving first, `to` last, at most eight words (`, who left the trust in 2009 to`, `quit two years later to`).
    static func leftToTakePost(_ lead: [String]) -> Bool {
        var rest = lead.first == "who" ? Array(lead.dropFirst()) : lead
        // `later went on to`, `then returned to`: a time adverb may open the clause
        while let f = rest.first, ["later", "then", "eventually", "subsequently", "afterwards", "soon"].contains(f) { rest.removeFirst() }
        guard let first = rest.first, leavingVerbs.contains(first) || movingOnVerbs.contains(first), rest.last == "to", rest.count <= 8 else { return false }
        // `went on to`, `came back to`, `returned to`: the move is the whole lead (`went to Leeds to` is a journey)
        if movingOnVerbs.contains(first), !(rest == [first, "to"] || rest == [first, "on", "to"] || rest == [first, "back", "to"]) { return false }
        // (`left in 2010 in an attempt to become`: an attempt is no post taken)
        return !rest.dropFirst().contains { ["and", "but", "he", "she", "they", "would", "will", "wants", "hoped", "attempt", "effort",
                                             "bid", "try", "trying", "tried", "seek", "seeking", "sought", "hoping"].contains($0) }
    }

    /// Whether two words open a time phrase rather than a part of a title: `the previous October`, `the following
    /// year`, `that month`, `later that year`, `shortly afterwards`.
    static func startsTimePhrase(_ word: String, _ next: String) -> Bool {
        let n = next.trimming(",.;:")
        let units: Set<String> = ["year", "month", "week", "day", "spring", "summer", "autumn", "winter", "time", "morning",
                                  "evening", "afternoon", "january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december", "decade", "term", "session"]
        switch word {
        case "the": return ["previous", "following", "next", "same", "preceding"].contains(n)
        case "that", "this", "each", "every": return units.contains(n)
        case "later", "earlier", "shortly", "soon", "weeks", "months", "years", "days": return true
        default: return false
        }
    }

    /// Whether a word starts a date: a number or a month's name.
    static func startsDate(_ word: String) -> Bool {
        let l = word.lowercased().trimming(",.;")
        if l.first?.isNumber ?? false { return true }
        return ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                "spring", "summer", "autumn", "winter", "early", "late", "mid"].contains(l)
    }

    /// Whether a title is only an honour, a rank at the bar or an academic title (`QC`, `KC`, `Professor`), which a
    /// person keeps whatever post they hold: no post of its own.
    static func isHonourOnly(_ title: String) -> Bool {
        let w = title.lowerWords
        return !w.isEmpty && w.allSatisfy { ["qc", "kc", "sc", "professor", "prof", "emeritus", "dr", "doctor", "the"].contains($0) }
    }

    /// Whether a title keeps a possessive common noun for its owner (`council's director of public health`,
    /// `the company's chairman`): the owner is an organization named elsewhere, never the title alone.
    static func hasOwnerPossessive(_ title: String) -> Bool {
        title.lowerWords.contains { w in
            guard w.hasSuffix("'s") || w.hasSuffix("s'") else { return false }
            let noun = String(w.dropLast(2))
            return RelationReader.ownerNouns.contains(noun) || RelationReader.ownerNouns.contains(String(w.dropLast(1)))
        }
    }

    /// Whether a title makes its holder the organization's leader.
    static func isLeaderTitle(_ title: String) -> Bool {
        let w = RoleTitle.words(title)
        if w.contains("deputy") || w.contains("vice") || w.contains("assistant") { return false }
        return w == ["chief", "executive"] || w == ["managing", "director"] || w == ["chair"] || w == ["general", "secretary"]
            || w == ["president"] || w == ["leader"] || w == ["head"] || w == ["director"] || w == ["chief", "inspector"]
            || (w.contains("chief") && w.contains("inspector")) || w == ["director", "general"]
    }

    func containsWord(_ haystack: String, _ needle: String) -> Bool {
        guard let r = haystack.fastRange(of: needle) else { return false }
        let beforeOK = r.lowerBound == haystack.startIndex || !haystack[haystack.index(before: r.lowerBound)].isLetter
        let afterOK = r.upperBound == haystack.endIndex || !haystack[r.upperBound].isLetter || haystack[r.upperBound...].hasPrefix("'s") || haystack[r.upperBound...].hasPrefix("\u{2019}s")
        return beforeOK && afterOK
    }

    /// The role alone, without the organization it names (`general secretary of Napo`, `Napo's general
    /// secretary` → `general secretary`).
    public static func roleTitle(_ role: String, organization: String) -> String {
        let lower = role.lowercased(), org = organization.lowercased()
        for joiner in [" of the ", " at the ", " for the ", " of ", " at ", " for ", " "] where lower.hasSuffix(joiner + org) {
            let title = role.dropLast(joiner.count + org.count)
            if !title.isEmpty { return String(title) }
        }
        for possessive in ["'s ", "\u{2019}s ", "' ", "\u{2019} ", " "] where lower.hasPrefix(org + possessive) {
            let title = role.dropFirst(org.count + possessive.count)
            if !title.isEmpty { return String(title) }
        }
        if let r = lower.fastRange(of: org) {
            // `the union's new general secretary`: drop the name wherever it stands
            let a = lower.distance(from: lower.startIndex, to: r.lowerBound)
            let head = role.prefix(a), tail = role.dropFirst(a + org.count)
            let joined = (String(head) + String(tail)).replacingOccurrences(of: "'s ", with: " ")
                .replacingPresent("\u{2019}s ", with: " ")
            let words = joined.split(separator: " ").filter { !["of", "the", "at", "for"].contains($0.lowercased()) || false }
            let t = words.joined(separator: " ").trimming(" ,")
            if !t.isEmpty { return t }
        }
        return role
    }
}

extension Array {
    /// The array, or `nil` when it is empty.
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}

/// Posts whose organization the sentence leaves to its context.
extension RelationReader {
    /// Words of grades and ranks every public body or department has (`permanent secretary`, `deputy director`,
    /// `senior civil servant`, `special adviser`): a title made of them alone names no body.
    static let genericGradeWords: Set<String> = ["permanent", "secretary", "under-secretary", "deputy", "director", "general",
                                                 "senior", "civil", "servant", "official", "adviser", "advisor", "special",
                                                 "policy", "non-executive", "executive", "board", "member", "trustee", "head",
                                                 "chief", "officer", "principal", "private", "assistant", "second", "lead",
                                                 "parliamentary", "clerk", "counsel"]

    /// Whether a title is a post inside one organization (a chief executive, a chair, a director, a founder, a
    /// general secretary, a chief inspector), which belongs to the organization the text is about when it names
    /// none; a minister, an MP or a professor does not.
    static func isOrganizationPost(_ title: String) -> Bool {
        let w = Set(title.lowerWords.flatMap { $0.split(separator: "-").map(String.init) })
        if w.contains("minister") || w.contains("mp") || w.contains("shadow") || w.contains("mayor") { return false }
        if w.contains("secretary") && !w.contains("general") { return false }
        return w.contains("executive") || w.contains("executives") || w.contains("chair") || w.contains("chairman")
            || w.contains("chairwoman") || w.contains("director") || w.contains("founder") || w.contains("boss")
            || w.contains("president") || w.contains("ceo") || (w.contains("general") && w.contains("secretary"))
            || (w.contains("chief") && w.contains("inspector"))
    }

    /// A post with no organization named (`Ann Reed, the chief executive,`; `Tom Vale quit as chair`) is at the
    /// organization the person is said to lead in the same sentence (`Harbour Homes, led by chief executive Ann
    /// Reed`), or else at the nearest organization named before the person in the sentence, or else at the last
    /// one of the paragraph before it (`It has been a hard year for Harbour Homes. Ann Reed quit as chief
    /// executive.`). A role alone that repeats a placed one is dropped.
    func placeRoles(_ found: [Found], _ s: Sentence, _ context: RelationContext) -> [Found] {
        // `its chief executive, Ann Reed`, `the trust's chair`: posts whose possessive names the organization
        var out = mergingPossessiveRoles(found, s, context)
        // `She became chief executive of ...`, `He ... was replaced by Tom Vale`, `Tom Vale was moved ... and replaced by`
        out += pronounRoles(s, context) + replacedLater(s)
        // `At the time she also chaired the Wren Society`: the sentence read with the person named for the pronoun
        out += pronounStandIns(s, context, known: out) + wherePosts(s, context) + reflexiveStandIns(s, context)
        // `Its chair is Ann Reed`, `The chief executive, who runs the trust, is Tom Vale`: the post at the context's body
        out += contextPostHolders(s, context) + bodiesLedBy(s, context, writtenAs: .definite) + bodiesLedBy(s, context, writtenAs: .pronoun) + namedSuccessors(s)
        // `Harbour Homes is run by Ann Reed, with Tom Vale as chair`: the second post at the same body
        out = withAsPosts(out, s)
        // `The authority opened with Ann Reed as its chair and Tom Vale as chief executive`
        out = withAsHolders(out, s, context)
        // `Ann Reed, a former banker, chaired it through its last years`
        out += pronounLeadership(s, context)
        // `Ann Reed, leader of the council,`: the post at the organization the page calls by that noun
        var atDefinite: [Found] = []
        for k in out.indices where out[k].predicate == "holds_role" && out[k].object == nil && out[k].objectName == nil {
            guard let label = out[k].label, let r = label.range(of: " of the ", options: [.backwards, .caseInsensitive]) else { continue }
            let noun = label[r.upperBound...].lowercased()
            let post = String(label[..<r.lowerBound])
            guard RelationReader.ownerNouns.contains(noun), noun != "party", RelationReader.isRole(post),
                  let o = organization(called: noun, before: out[k].offset, s, context) else { continue }
            out[k].object = o
            out[k].label = RoleTitle.clean(post)
            if RelationReader.isLeaderTitle(post) {
                var l = out[k]
                l.predicate = "leads"
                l.label = nil
                atDefinite.append(l)
            }
        }
        out += atDefinite
        // `the housing secretary, Ann Reed` after the page named the housing ministry
        for k in out.indices where out[k].predicate == "holds_role" && out[k].object == nil && out[k].objectName == nil && !out[k].objectCandidates.isEmpty {
            if let d = departmentNamedBefore(out[k].objectCandidates, s, context) { out[k].object = d }
        }
        // `the schools minister, Ann Reed,` on a page about one department: at that department
        // (the departments a title's field word suggests, `Ministry of Employment` for `employment minister`, were
        // looked for just above: what is left is a department whose name the field word does not give)
        for k in out.indices where out[k].predicate == "holds_role" && out[k].object == nil && out[k].objectName == nil
            && out[k].qualifier != "shadow" {
            guard let label = out[k].label, RelationReader.isJuniorMinister(label),
                  let p = s.mentions.firstIndex(where: { $0.index == out[k].subject }) else { continue }
            if let (object, name) = ministersDepartment(out, s, context, person: p, label: label) {
                out[k].object = object
                out[k].objectName = name
            }
        }
        var added: [Found] = []
        // `Ann Reed, who chaired the inquiry,`: the body the description after the verb stands for
        for k in out.indices where out[k].needsOrganization && out[k].object == nil && out[k].objectName == nil {
            guard let p = s.mentions.firstIndex(where: { $0.index == out[k].subject }), let o = describedObject(s, context, person: p) else { continue }
            out[k].object = o
            if out[k].predicate == "holds_role", let label = out[k].label, RelationReader.isLeaderTitle(label),
               !out.contains(where: { $0.predicate == "leads" && $0.subject == out[k].subject && ($0.object == o || $0.object == nil) }) {
                var l = out[k]
                l.predicate = "leads"
                l.label = nil
                added.append(l)
            }
        }
        // `The party's new chair, Ann Reed,`: the party the sentences before name (`Labour lost again. The party's
        // new chair, Ann Reed, ...`); she is a member too.
        for k in out.indices where out[k].predicate == "holds_role" && out[k].object == nil && out[k].objectName == nil {
            guard let label = out[k].label else { continue }
            let l = label.lowercased().replacingPresent("\u{2019}", with: "'")
            guard l.hasPrefix("party's "), let party = contextParty(s, context) else { continue }
            var words = label.split(separator: " ").dropFirst().map(String.init)
            while let f = words.first, RoleInheritance.holderWords.contains(f.lowercased()), words.count > 1 { words.removeFirst() }
            out[k].label = words.joined(separator: " ")
            if let m = party.mention { out[k].object = m } else { out[k].objectName = party.name }
            var member = out[k]
            member.predicate = "member_of"
            member.label = nil
            member.qualifier = nil
            added.append(member)
        }
        // posts written after `its` whose owner cannot be told: dropped (a role alone would say less than the text)
        var unplaceable = Set<Int>()
        for k in out.indices where out[k].predicate == "holds_role" && out[k].object == nil && out[k].objectName == nil {
            let f = out[k]
            // a title that names its own field (`chief inspector of prisons`) or implies a body stays as it is; one
            // whose possessive names the owner (`the company's chairman`) is placed by that owner or not at all
            guard let label = f.label, RelationReader.isOrganizationPost(label), f.qualifier != "shadow", f.objectCandidates.isEmpty,
                  !RelationReader.hasOwnerPossessive(label),
                  !label.lowerWords.contains(where: { ["of", "for", "to", "both", "all"].contains($0) }) else { continue }
            guard let p = s.mentions.firstIndex(where: { $0.index == f.subject }) else { continue }
            var object: Int?
            // an organization another person's post names is theirs (`Tom Vale, a former director of Westside Care`)
            let orgsBefore = s.mentions.indices.filter { j in
                j < p && s.type(j) == .organization && !RelationReader.isParty(s.mentions[j].mention.text)
                    && !found.contains { ($0.predicate == "holds_role" || $0.predicate == "leads") && $0.subject != f.subject && $0.object == s.mentions[j].index }
                    // nor is one the person left before (`Tom Vale, previously head of Westside Care, took over as chair`)
                    && !(f.qualifier != "former" && leftBefore(found, f, at: s.mentions[j].index))
            }
            let poss = pronounBeforeTitle(label, s, after: p)
            if let poss, orgsBefore.isEmpty {
                // `Ann Reed ... became its first chief executive`, with no body named before her: the body `its`
                // stands for, or no post at all (not a body she led before, `who had run Westside`, nor the
                // paragraph's first body: `It was set up in 2009 ...` names no body, and the one the sentence before
                // it names is rarely the one `its` means)
                guard let o = titlePronounOwner(s, context, person: p, pronounAt: poss) else {
                    unplaceable.insert(k)
                    continue
                }
                object = o
            } else if let led = out.first(where: { $0.predicate == "leads" && $0.subject == f.subject && $0.object != nil
                && !(f.qualifier != "former" && leftBefore(found, f, at: $0.object!))
                // `Kate Pym, who had run Leeds Trust, was appointed chief executive`: a body led before, named in an
                // aside the main clause closes, is not where the new post is
                && !(f.qualifier != "former" && $0.qualifier == "former" && isInClosedAside(s, person: p, body: $0.object!))
                // `became chief executive in 2010 after running Canada Post`: nor a body led before the post was taken
                && !(f.qualifier != "former" && $0.qualifier == "former" && isLedAfter(s, body: $0.object!)) }) {
                object = led.object
            } else if !orgsBefore.isEmpty {
                // the nearest before, with no other person between (`Harbour Homes, chaired by Tom Vale, a former
                // director of Westside Care, with Ann Reed as chief executive`: no guess)
                if let j = orgsBefore.last, !(j + 1..<p).contains(where: { s.type($0) == .person }),
                   s.mentions[p].mention.utf8Range.lowerBound - s.mentions[j].mention.utf8Range.upperBound <= 160 {
                    // `A new Water Board is expected to take over, with Ann Reed as its chair`: a post in a plan (a
                    // modal, a negation, a condition between the body and the holder) is no post yet, placed or not
                    guard RelationModality.isFactual(s.between(j, p)) else {
                        unplaceable.insert(k)
                        continue
                    }
                    object = s.mentions[j].index
                }
            } else if f.needsOrganization, let o = context.paragraphFirstOrganization {
                object = o.index
            } else if !(0..<p).contains(where: { k in
                // a person before with a post placed elsewhere may own the context (`Tom Vale, chair of Westside,
                // met Ann Reed, the chief executive`): no guess then
                s.type(k) == .person && found.contains { ($0.predicate == "holds_role" || $0.predicate == "leads") && $0.subject == s.mentions[k].index && ($0.object != nil || $0.objectName != nil) }
                    || s.type(k) == .person && !found.contains { $0.predicate == "holds_role" && $0.subject == s.mentions[k].index }
            }), let o = context.paragraphOrganization.flatMap({ RelationReader.isDepartment($0.mention.canonicalName) || RelationReader.isPartyMention($0.mention) ? nil : $0.index })
                ?? postTopic(s, context, before: p, title: label) {
                object = o
            }
            // the body the whole page is about (``RelationContext/pageTopic(before:in:)``), when nothing nearer places it
            if object == nil, poss == nil, orgsBefore.isEmpty, let t = context.pageTopic(before: s.mentions[p].mention.utf8Range.lowerBound, in: s) {
                object = t.index
            }
            guard let object else { continue }
            out[k].object = object
            if RelationReader.isLeaderTitle(label) || RoleTitle.words(label).isSuperset(of: ["chief", "executive"]),
               !out.contains(where: { $0.predicate == "leads" && $0.subject == f.subject && $0.object == object }) {
                var l = f
                l.predicate = "leads"
                l.object = object
                l.label = nil
                added.append(l)
            }
        }
        out = out.indices.filter { !unplaceable.contains($0) }.map { out[$0] } + added
        // a role alone that another edge of the sentence places (`whose chair Ann Reed`: `chair` at the union)
        for k in out.indices where out[k].predicate == "leads" && out[k].needsOrganization && out[k].object == nil {
            out[k].object = context.paragraphFirstOrganization?.index
        }
        out.removeAll { $0.needsOrganization && $0.object == nil && $0.objectName == nil }
        // `took over as chief executive, having been chief executive of X`: a post held before, read after the
        // bare posts are placed (the body led before is not where the post taken is)
        out += participleStandIns(s, context)
        return out.filter { f in
            guard f.predicate == "holds_role", f.object == nil, f.objectName == nil, let label = f.label else { return true }
            // a bare `secretary` is a title cut short (`the Work and Pensions Secretary`), never a post of its own
            if label.lowercased() == "secretary" { return false }
            // an honour or a degree (`Ann Reed QC`, `Professor Tom Vale`) is no post
            if RelationReader.isHonourOnly(label) { return false }
            // `the council's director of public health` whose council no rule could place: the post is at an
            // organization the text names, but not here; a role alone would be a wrong fact
            if RelationReader.hasOwnerPossessive(label) { return false }
            // a title cut inside a body's name at its `and` (`chief executive of Harbour Water| and Sewerage`):
            // the body is only half named, so the post cannot be placed and a role alone would be a wrong fact
            if Self.isCutAtNameAnd(label, in: s.text) { return false }
            let key = RoleTitle.key(label)
            let words = RoleTitle.words(label)
            // the same post placed, or a shorter form of it (`secretary` beside `pensions secretary` at the department)
            return !out.contains { $0.predicate == "holds_role" && $0.subject == f.subject && ($0.object != nil || $0.objectName != nil)
                && (RoleTitle.key($0.label ?? "") == key || !words.isEmpty && words.isSubset(of: RoleTitle.words($0.label ?? ""))) }
                // nor the whole title of a post placed at the body it names (`first chair of the Pensions Regulator`
                // beside `first chair` at the Pensions Regulator)
                && !out.contains { g in
                    g.predicate == "holds_role" && g.subject == f.subject && !RoleTitle.words(g.label ?? "").isEmpty
                        && RoleTitle.words(g.label ?? "").isSubset(of: words)
                        && (s.mentions.first(where: { $0.index == g.object }).map { containsWord(label.lowercased(), $0.mention.text.lowercased()) } ?? false)
                }
        }
    }
}

extension RelationReader {
    /// Whether the body `body` (a mention index) is the object of `after running`, `after eight years leading` (a body led
    /// before something else the sentence says happened).
    func isLedAfter(_ s: Sentence, body: Int) -> Bool {
        guard let j = s.mentions.firstIndex(where: { $0.index == body }) else { return false }
        var lead = s.before(j, 48).lowerWords
        if lead.last == "the" { lead.removeLast() }
        guard let verb = lead.last, RelationReader.progressiveLeadVerbs.contains(verb) else { return false }
        return lead.suffix(6).contains("after")
    }

    /// Whether the body `body` (a mention index) is named inside an aside between commas after the person at `p`
    /// that closes before the clause goes on: `Kate Pym, who had run Leeds Trust, was appointed …`, `Tom Vale,
    /// formerly of Westside Care, became chair` (not `who ran Leeds Trust as chief executive`, one clause).
    func isInClosedAside(_ s: Sentence, person p: Int, body: Int) -> Bool {
        guard let j = s.mentions.firstIndex(where: { $0.index == body }), j > p else { return false }
        let gap = s.between(p, j)
        guard gap.hasPrefix(", ") || gap.hasPrefix(" (") else { return false }
        let rest = s.after(j, 90)
        guard let close = rest.firstIndex(where: { $0 == "," || $0 == ")" }) else { return false }
        let inside = rest[..<close].lowerWords
        return inside.count <= 8 && !inside.contains("as") && !(gap + rest[..<close]).contains(".")
            && rest[rest.index(after: close)...].lowerWords.count >= 2
    }

    /// Whether the holder of the post `f` had left another post at the body `object` (a `former` post there with
    /// another title): `Tom Vale, previously head of Westside Care, took over as chair` is no chair of Westside Care
    /// (but `ran Westside Care as chief executive from 1990 to 1997` is that post, there).
    func leftBefore(_ found: [Found], _ f: Found, at object: Int) -> Bool {
        let key = RoleTitle.key(f.label ?? "")
        return found.contains { $0.predicate == "holds_role" && $0.subject == f.subject && $0.qualifier == "former" && $0.object == object
            && RoleTitle.key($0.label ?? "") != key }
    }

    /// The body a description after a leadership verb stands for (``DefiniteDescription``): `Ann Reed, a retired
    /// judge who chaired the inquiry,` → the inquiry named before; `Tom Vale has led the agency since 2019` → the
    /// agency. `the board` is the board of the body the text is about, not a body of its own; a description that
    /// resolves to nothing gives nil.
    func describedObject(_ s: Sentence, _ context: RelationContext, person p: Int) -> Int? {
        let after = s.after(p, 160)
        let words = after.lowerWords
        guard let v = words.prefix(16).firstIndex(where: { ["chairs", "chaired", "leads", "led", "heads", "headed", "runs", "ran"].contains($0) }),
              v + 2 < words.count, words[v + 1] == "the" else { return nil }
        let noun = words[v + 2]
        guard noun != "board", DefiniteDescription.heads.contains(noun), !DefiniteDescription.plainHeads.contains(noun) else { return nil }
        // where the description stands: the first `the <noun>` after the verb
        guard let r = after.lowercased().fastRange(of: words[v] + " the " + noun) else { return nil }
        let at = s.mentions[p].mention.utf8Range.upperBound + after.utf8.distance(from: after.startIndex, to: r.lowerBound)
        return context.definite([noun], before: at, in: s)
    }

    /// The organization the post is about when neither the sentence nor its paragraph names one: the one named
    /// most often before the person in the post (`Harbour Homes` four times, `Leeds Trust` once: `Ann Reed became
    /// chief executive in May` is at Harbour Homes), at least twice and more often than any other; a party is no
    /// employer. The mention returned is its last one.
    ///
    /// The passage's discourse topic at the person (``RelationContext/topic(at:in:)``, which weighs clause subjects
    /// over bodies named in passing) is asked too. When the count names another body than the topic, that body
    /// stands only if some clause before was about it (`This month Harbour Water turns forty.`), or if the count
    /// leaves no doubt (three times at least, twice as often as any other): a body only ever
    /// named in passing, however often (a funder, `money from the Harbour Lottery`), is no employer of the one the
    /// page is about, and gives nothing. (The topic alone, when no body leads the count, was tried: on sets A–P it
    /// placed no gold post and two wrong ones.)
    func postTopic(_ s: Sentence, _ context: RelationContext, before p: Int, title: String) -> Int? {
        // an inspector's post is at the inspectorate, not at the bodies the post is about; an organization named
        // after the person may be the post's own (`founder and chief executive of Octopus`)
        // (only for a post a clause gives, `became chief executive`; a title written before the name, `General
        // secretary Ann Reed`, is the writer's label, often for an organization the text leaves to the reader)
        // (a recogniser's `role` that is a clause, `appointed chief executive`, is no label written before the name)
        guard !title.lowerWords.contains("inspector"), s.mentions[p].mention.role.map({ !RelationReader.isRole($0) }) ?? true,
              !s.mentions.indices.contains(where: { j in
                  j > p && s.type(j) == .organization
                      // (not one inside an aside about a post left before: `Tom Vale, formerly chief constable of
                      // Westshire Police, was appointed director general`)
                      && !isInClosedAside(s, person: p, body: s.mentions[j].index)
                      && s.mentions[j].mention.utf8Range.lowerBound - s.mentions[p].mention.utf8Range.upperBound <= 80
                      && [" of ", " at ", " for ", " of the ", " at the ", " for the "].contains { s.slice(s.mentions[j].mention.utf8Range.lowerBound - 9, s.mentions[j].mention.utf8Range.lowerBound).lowercased().hasSuffix($0) }
              }) else { return nil }
        var counts: [String: (n: Int, last: Int)] = [:]
        let named = context.before + s.mentions.prefix(p).map { ($0.index, $0.mention) }
        for m in named where m.mention.type == .organization && !RelationReader.isPartyMention(m.mention)
            && !RelationReader.isDepartment(m.mention.canonicalName) {
            let key = m.mention.canonicalName.lowercased()
            counts[key] = ((counts[key]?.n ?? 0) + 1, m.index)
        }
        let ranked = counts.values.sorted { $0.n > $1.n }
        guard let top = ranked.first, top.n >= 2, ranked.count < 2 || ranked[1].n < top.n else { return nil }
        // the discourse topic at the person, a body a post may be held at
        if let t = context.topic(at: s.mentions[p].mention.utf8Range.lowerBound, in: s), RelationReader.isPostBody(t.mention),
           !RelationReader.isPartyMention(t.mention) {
            let topicName = t.mention.canonicalName, topicKey = topicName.lowercased()
            // (a body named in full and by its acronym is one body: `Kelby Board for Water Safety`, `KBWS`)
            let topName = named.first { $0.index == top.last }?.mention.canonicalName ?? ""
            let topKey = topName.lowercased()
            func acronym(_ short: String, of long: String) -> Bool {
                !short.contains(" ") && long.contains(" ") && PassageScanner.initialsMatch(short, long.splitASCII(separator: " ").map(String.init))
            }
            if topKey != topicKey, !acronym(topName, of: topicName), !acronym(topicName, of: topName) {
                // the count's body stands when a clause was about it (`This month Harbour Water turns forty.`): the
                // topic then is often a body named in the last paragraph's passing; one only ever named in passing
                // is no employer
                // (or when the count leaves no doubt: three times at least, and twice as often as any other)
                if top.n >= 3, ranked.count < 2 || top.n >= 2 * ranked[1].n { return top.last }
                return context.before.contains { $0.mention.canonicalName.lowercased() == topKey && context.isClauseSubject($0) } ? top.last : nil
            }
        }
        return top.last
    }

    /// Whether a title is a minister's post inside a department (`schools minister`, `minister for disabled
    /// people`, `farming minister`), not the head of a government (`prime minister`, `first minister`) nor a
    /// shadow post.
    static func isJuniorMinister(_ title: String) -> Bool {
        let w = title.lowerWords
        return w.contains("minister") && !w.contains("prime") && !w.contains("first") && !w.contains("shadow")
            && !w.contains("chief") && w.count <= 6
    }

    /// The department a minister's post with no organization named is at: the one another person's post in the
    /// sentence names when the title follows `his`/`her` (`the Home Secretary, Ann Reed, and her immigration
    /// minister, Tom Vale` → the Home Office); else the nearest department named before the minister in the
    /// sentence, or in the sentence before it in the paragraph (the last one); else the one the page names most
    /// (twice at least, more than any other). `Tom Vale, then the employment minister,` after `the Department
    /// for Work and Pensions said ...` → that department.
    func ministersDepartment(_ found: [Found], _ s: Sentence, _ context: RelationContext, person p: Int, label: String) -> (Int?, String?)? {
        func isDept(_ m: EntityMention) -> Bool { m.type == .organization && RelationReader.isDepartment(m.canonicalName) }
        let start = s.mentions[p].mention.utf8Range.lowerBound
        let before = s.before(p, 60).lowercased()
        if let r = before.fastRange(of: " " + label.lowercased(), options: .backwards) ?? before.fastRange(of: label.lowercased(), options: .backwards),
           ["his", "her"].contains(before[..<r.lowerBound].lowerWords.last ?? "") {
            for f in found where f.predicate == "holds_role" && f.subject != s.mentions[p].index && (f.object != nil || f.objectName != nil) {
                if let o = f.object, let m = s.mentions.first(where: { $0.index == o }), isDept(m.mention) { return (o, nil) }
                if let n = f.objectName, RelationReader.isDepartment(n) { return (nil, n) }
            }
        }
        if let m = s.mentions.prefix(p).last(where: { isDept($0.mention) }) { return (m.index, nil) }
        if let m = context.before.last(where: { isDept($0.mention) && $0.mention.utf8Range.lowerBound >= max(context.paragraphStart, context.previousSentenceStart) && $0.mention.utf8Range.upperBound <= start }) {
            return (m.index, nil)
        }
        var counts: [String: (n: Int, last: Int)] = [:]
        for m in context.before where isDept(m.mention) {
            let key = m.mention.canonicalName.lowercased()
            counts[key] = ((counts[key]?.n ?? 0) + 1, m.index)
        }
        let ranked = counts.values.sorted { $0.n > $1.n }
        guard let top = ranked.first, top.n >= 2, ranked.count < 2 || ranked[1].n < top.n else { return nil }
        return (top.last, nil)
    }

    /// Whether an organization is a department of state (`Department for Transport`, `Ministry of Defence`,
    /// `Home Office`, `HM Treasury`): a body a chief executive, chair or director general a text names without
    /// an organization is rarely at, so such a post is never placed at one from the context alone (a page
    /// naming `the Department for Transport` eight times and `the Highways Agency` five: `Tom Vale was appointed
    /// chief executive in 2011` is at the agency, or nowhere).
    static func isDepartment(_ name: String) -> Bool {
        let l = name.lowercased()
        if l.hasPrefix("department ") || l.hasPrefix("ministry ") || l.hasPrefix("hm treasury") || l == "treasury" { return true }
        return ["home office", "cabinet office", "foreign office", "foreign and commonwealth office", "scotland office",
                "wales office", "northern ireland office", "foreign, commonwealth and development office",
                "foreign, commonwealth & development office"].contains(l)
    }

    /// The party the sentence or the ones just before it name, last first: a party's name (`the Labour Party`)
    /// or its word (`Tory`, `Conservative`, `Lib Dem`), for `the party's chair`.
    func contextParty(_ s: Sentence, _ context: RelationContext) -> (name: String, mention: Int?)? {
        // a named party in the sentence, or else in the paragraph before it
        for m in s.mentions.reversed() + context.before.reversed() where m.mention.type == .organization
            && m.mention.utf8Range.lowerBound >= min(context.previousSentenceStart, s.range.lowerBound) {
            if RelationReader.isParty(m.mention.text) || RelationReader.party(in: m.mention.text + " party") != nil {
                let name = RelationReader.party(in: m.mention.text + " party") ?? m.mention.canonicalName
                return (name, s.mentions.contains { $0.index == m.index } ? m.index : nil)
            }
        }
        // a party word in the previous sentence
        let before = Sentence.slice(s.text, context.previousSentenceStart, s.range.lowerBound).lowerWords
        for w in before.reversed() {
            let bare = w.hasSuffix("'s") ? String(w.dropLast(2)) : w
            if ["con", "lab", "ld", "green"].contains(bare) { continue }
            if let p = RelationReader.party(in: bare + " party") { return (p, nil) }
        }
        return nil
    }
}
