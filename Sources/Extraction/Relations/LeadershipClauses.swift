import Foundation
import HindsightSupport

/// Leadership stated by a verb that is not the clause's main verb: an infinitive of purpose after a move or an
/// appointment, and an `-ing` form after a relative pronoun, a time conjunction or `and`.
///
/// - **purpose**: `Ann Reed left Harbour Homes in 2019 to run the Coastal Water Board`; `Tom Vale, a retired judge,
///   was appointed in 2020 to chair the Westside Inquiry`; `The minister asked Dame Ann Reed to lead the Rail
///   Review`. The move (`left`, `came`, `returned`) or the appointment (`was appointed`, `asked`, `brought in`)
///   is stated as done, so the post it was made for is hers. A wish or a plan (`wants to run`, `hopes to chair`,
///   `will leave to run`), a refusal or a negation (`declined to chair`, `was not asked to lead`) gives nothing.
/// - **progressive**: `Ann Reed, who was already running the Coastal Water Board and chairing Harbour Homes,`;
///   `Tom Vale, who had spent nine years running Westside Care,`; `became chief executive in 2019 after running
///   Harbour Homes`. The post was held when the sentence speaks of (or before it, `after running`: former).
///
/// - **possessive**: `Ann Reed's Harbour Water cut its prices`, `Tom Vale's Rail Committee had said so`, `Ann Reed's
///   department, the Department for Rural Affairs,`: a body named with a person's possessive is the one they lead.
///   The body's name must end the noun phrase (`Ann Reed's Harbour Water interview` is an interview).
///
/// The first two read the leader as the person named last before the verb with no other person between, so an apposition
/// naming a body of its own may stand between (`Tom Vale, the former chief constable of Kent Police, who came
/// north to lead Harbour Police`).
extension RelationReader {
    /// The verbs of leading in their bare form (after `to`), with what each reads.
    static let purposeLeadVerbs: [String: String] = ["lead": "lead", "head": "head", "run": "run", "chair": "chair"]
    /// Words of a span of time between `after` and a verb of leading (`after eight years running`, `after more than a
    /// decade leading`), with ``timeSpanNouns`` and `decade(s)`.
    static let spanWords: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "fifteen", "twenty", "few", "several", "many", "nearly", "almost", "over",
                                         "more", "than", "just", "under", "some", "decade", "decades", "year", "years", "month", "months"]
    /// The verbs of leading in their `-ing` form.
    static let progressiveLeadVerbs: Set<String> = ["running", "leading", "heading", "chairing"]
    /// Verbs of a move or an appointment, in the past, after which `to lead` says why it was made (`left to run`,
    /// `was appointed to chair`, `asked Ann Reed to lead`).
    static let purposeMoves: Set<String> = ["left", "quit", "came", "returned", "moved", "went", "joined", "appointed", "asked",
                                            "hired", "recruited", "named", "chosen", "chose", "picked", "invited", "drafted",
                                            "brought", "headhunted", "seconded", "installed", "tapped"]
    /// The appointments among ``purposeMoves``, whose object is the one appointed (`asked Ann Reed to lead`).
    static let activeAppointments: Set<String> = ["asked", "appointed", "hired", "named", "chose", "chosen", "picked", "invited",
                                                  "recruited", "installed", "brought", "drafted", "seconded", "headhunted", "tapped"]
    /// Words that make a move or an appointment not (yet) done, beyond ``RelationModality``'s (`will leave to run`,
    /// `is to be appointed to chair`, `was due to leave`).
    static let purposeBlockers: Set<String> = ["will", "shall", "going", "due", "set", "poised", "declined", "wants", "wanted",
                                               "hopes", "hoped", "aims", "aimed", "tried", "sought", "seeks", "offered"]
    /// Words that open another clause between the person and the purpose (`Ann Reed resigned, and the board moved
    /// to run Harbour Homes itself` is the board's move).
    static let purposeClauseBreaks: Set<String> = ["and", "but", "while", "whereas", "so", "because", "when", "although", "though"]

    func leadershipClauses(_ s: Sentence) -> [Found] {
        guard s.types.contains(.person), s.types.contains(.organization) || s.types.contains(.programme) else { return [] }
        return purposeLeadership(s) + progressiveLeadership(s) + possessiveLeaders(s)
    }

    /// Nouns a writer puts between a person's possessive and the body's name (`Tom Vale's department, the Ministry
    /// of Transport`).
    static let ledBodyNouns: Set<String> = ["department", "ministry", "committee", "inquiry", "review", "agency", "company",
                                            "firm", "charity", "union", "trust", "council", "commission", "board", "regulator"]
    /// Words after a body's name that close the noun phrase it ends: an auxiliary, a preposition or a relative
    /// (`Ann Reed's Harbour Water is`, `… under pressure`, `… which`); a verb in the past (`… cut`, `… handed`) is
    /// read by its ending.
    static let phraseClosers: Set<String> = ["is", "was", "has", "had", "have", "were", "are", "would", "will", "could", "did",
                                             "does", "also", "then", "which", "that", "who", "in", "under", "at", "for", "from",
                                             "to", "and", "but", "with", "by", "cut", "put", "set", "said", "made", "took",
                                             "gave", "began", "kept", "sold", "bought", "ran", "got", "went", "came"]

    /// `Ann Reed's Harbour Water`, `Tom Vale's department, the Ministry of Transport`: see the type's comment.
    func possessiveLeaders(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices.dropFirst() where s.type(j) == .organization && !s.isClassName(j) && s.type(j - 1) == .person {
            let gap = s.between(j - 1, j)
            var ok = gap == "'s " || gap == "\u{2019}s " || gap == "' " || gap == "\u{2019} "
            if !ok {
                // `'s department, the `
                let words = gap.lowerWords
                ok = (gap.hasPrefix("'s ") || gap.hasPrefix("\u{2019}s ")) && gap.hasSuffix(" ") && gap.contains(",")
                    && words.count <= 3 && words.count >= 2 && RelationReader.ledBodyNouns.contains(words[1])
                    && (words.count == 2 || words[2] == "the")
            }
            guard ok, !isCutShort(s, j), !RelationReader.isParty(s.mentions[j].mention.text) else { continue }
            // the name ends the noun phrase: punctuation, the sentence's end, or a word that closes it
            let next = s.after(j, 24)
            if let c = next.first, c != " " {
                guard ",.;:)".contains(c) else { continue }
            } else if let w = next.lowerWords.first {
                guard RelationReader.phraseClosers.contains(w) || w.hasSuffix("ed") && w.count > 3 else { continue }
            }
            out.append(found("leads", s, subject: j - 1, object: j))
        }
        return out
    }

    /// Whether mention `j` names one body a person can lead: an organization, or a programme named as an inquiry,
    /// review or commission (`the Rail Review`), not a class of bodies (`CRCs`).
    private func isLedBody(_ s: Sentence, _ j: Int) -> Bool {
        guard !s.isClassName(j) else { return false }
        if s.type(j) == .organization { return true }
        return s.type(j) == .programme && s.mentions[j].mention.text.lowerWords.last.map { RelationReader.ledBodies.contains($0) } ?? false
    }

    /// Whether the name at `j` is cut short: a capitalised word right after it (`NHS` of `NHS Test and Trace` when
    /// the recogniser did not read the whole name).
    private func isCutShort(_ s: Sentence, _ j: Int) -> Bool {
        let next = s.after(j, 3)
        return next.hasPrefix(" ") && (next.dropFirst().first?.isUppercase ?? false)
    }

    /// The person named last before mention `j` (no other person between them).
    private func leaderBefore(_ s: Sentence, _ j: Int) -> Int? {
        s.mentions.indices.last(where: { $0 < j && s.type($0) == .person })
    }

    /// `left to run`, `was appointed to chair`, `asked Ann Reed to lead`: see the type's comment.
    func purposeLeadership(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where isLedBody(s, j) {
            var lead = s.before(j, 24).lowerWords
            if lead.last == "the" { lead.removeLast() }
            guard lead.count >= 2, lead[lead.count - 2] == "to", let verb = RelationReader.purposeLeadVerbs[lead[lead.count - 1]],
                  !isCutShort(s, j), let p = leaderBefore(s, j) else { continue }
            let gap = s.between(p, j)
            let words = gap.lowerWords
            // the words between the person and `to`: the move or the appointment (`left in 2019`, `, who came north`)
            guard let to = words.lastIndex(of: "to"), to <= 16 else { continue }
            let middle = Array(words[..<to])
            let moved: Bool
            if middle.isEmpty {
                // `asked Ann Reed to lead`: the appointment stands right before the person
                let before = s.before(p, 30).lowerWords.suffix(2)
                moved = before.last.map { RelationReader.activeAppointments.contains($0) } ?? false
                guard moved, RelationModality.isFactual(s.before(p, 60), question: s.isQuestion),
                      !before.contains(where: { RelationReader.purposeBlockers.contains($0) }) else { continue }
            } else {
                // a move of the person's own (`left in 2019`, `was appointed`): an active appointment has its own
                // object, the one who leads (`Ann Reed appointed him to chair`, `asked Tom Vale's deputy to run`)
                let own = middle.indices.filter { RelationReader.purposeMoves.contains(middle[$0]) }
                moved = !own.isEmpty && own.allSatisfy { k in
                    !RelationReader.activeAppointments.contains(middle[k]) || k > 0 && ["was", "were", "been", "being", "is"].contains(middle[k - 1])
                }
                guard moved, RelationModality.isFactual(gap, question: s.isQuestion), !gap.contains(";"), !gap.contains(":"),
                      !middle.contains(where: { RelationReader.purposeBlockers.contains($0) || RelationReader.purposeClauseBreaks.contains($0) }),
                      // `asked` only as a passive (`was asked to lead`): `Ann Reed asked Tom Vale to lead` is his post
                      !middle.contains("asked") || middle.contains("was") || middle.contains("been") else { continue }
            }
            out.append(found("leads", s, subject: p, object: j))
            if verb == "chair" { out.append(found("holds_role", s, subject: p, object: j, label: "chair")) }
        }
        return out
    }

    /// `who was already running Harbour Homes and chairing the Westside Trust`, `after running Harbour Homes`: see
    /// the type's comment.
    func progressiveLeadership(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where isLedBody(s, j) {
            var lead = s.before(j, 40).lowerWords
            if lead.last == "the" { lead.removeLast() }
            guard let verb = lead.last, RelationReader.progressiveLeadVerbs.contains(verb), lead.count >= 2,
                  !isCutShort(s, j), let p = leaderBefore(s, j) else { continue }
            let gap = s.between(p, j)
            let words = gap.lowerWords
            guard words.count <= 16, RelationModality.isFactual(gap, question: s.isQuestion) else { continue }
            var opener = lead[lead.count - 2]
            // `after eight years running the Exam Board`, `after a decade leading it`: a span of time between
            if let k = lead.dropLast().lastIndex(where: { !RelationReader.spanWords.contains($0) && Int($0) == nil }), k < lead.count - 2,
               lead[k] == "after", lead[(k + 1)...].contains(where: { RelationReader.timeSpanNouns.contains($0) || $0 == "decade" || $0 == "decades" }) {
                opener = "after"
            }
            var qualifier: String?
            if opener == "after" {
                // `Ann Reed, who sold the firm in 2019 after running Harbour Homes for a decade`; `became chief executive
                // in 2010 after running Harbour Homes`: a post held before
                qualifier = "former"
            } else if opener == "and" {
                // `running Harbour Homes and chairing the Westside Trust`: the second of two, read as the first
                guard let k = s.mentions.indices.last(where: { $0 < j && s.type($0) == .organization }), k > p,
                      s.between(k, j).lowerWords.count <= 3,
                      out.contains(where: { $0.object == s.mentions[k].index && $0.subject == s.mentions[p].index && $0.predicate == "leads" })
                else { continue }
            } else {
                // `who was already running`, `who had been chairing`, `who had spent nine years running`: a relative
                // clause of the person's, nothing but its auxiliaries and adverbs (or a time it took) before the verb
                guard let who = words.lastIndex(of: "who"), let v = words.lastIndex(of: verb), v > who + 1 else { continue }
                let clause = words[(who + 1)..<v]
                let spent = clause.firstIndex(of: "spent")
                let helpers: Set<String> = ["was", "is", "had", "has", "been", "already", "still", "also", "then", "now", "previously",
                                            "currently", "once", "formerly", "earlier", "briefly", "later"]
                guard !clause.isEmpty, clause.allSatisfy({ helpers.contains($0) }) || spent.map({ clause[$0...].count <= 5 && clause[..<$0].allSatisfy { helpers.contains($0) } }) ?? false
                else { continue }
                if clause.contains("had") || clause.contains("previously") || clause.contains("formerly") || clause.contains("once") { qualifier = "former" }
            }
            out.append(found("leads", s, subject: p, object: j, qualifier: qualifier))
            if verb == "chairing" { out.append(found("holds_role", s, subject: p, object: j, label: "chair", qualifier: qualifier)) }
        }
        return out
    }
}

/// A body written `it` as the object of a verb of leading: `Ann Reed, a former banker, chaired it through its last
/// years`; `Tom Vale ran it from 2009`; `Sam Cole, who has led it since 2020, ...`. The pronoun stands for the
/// subject of the clause before (``RelationContext/organization(at:in:depth:)``: a body's name or a description of
/// it, `the commission`); a party or a department of state is not read so, nor a pronoun the resolver cannot place.
/// The verb must follow the person (an apposition or `who` may stand between) and be stated (`would chair it`,
/// `never led it`, a question: nothing). A past verb gives a post held before (`former`), as ``leadership(_:person:after:)``.
extension RelationReader {
    /// Verbs of leading in the present or the past, with whether the past form is used.
    static let pronounLeadVerbs: [String: Bool] = ["chaired": true, "led": true, "headed": true, "ran": true,
                                                   "chairs": false, "leads": false, "heads": false, "runs": false]

    func pronounLeadership(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.lower.fastContains(" it") else { return [] }
        var out: [Found] = []
        for p in s.mentions.indices where s.type(p) == .person {
            let full = s.after(p, 160)
            var rest = Substring(full)
            // `, a former banker,` / `, who`
            if rest.hasPrefix(", who ") {
                rest = rest.dropFirst(6)
            } else if rest.hasPrefix(", ") {
                guard let close = rest.dropFirst(2).firstIndex(of: ","),
                      rest[rest.index(rest.startIndex, offsetBy: 2)..<close].lowerWords.count <= 12 else { continue }
                rest = rest[rest.index(after: close)...]
            }
            let words = rest.split(separator: " ", maxSplits: 8).map { String($0) }
            var k = 0
            var lead: [String] = []
            while k < words.count, ["has", "had", "have", "also", "then", "later", "now", "still", "once", "previously", "formerly"].contains(words[k].lowercased()) {
                lead.append(words[k].lowercased())
                k += 1
            }
            guard k + 1 < words.count, let past = RelationReader.pronounLeadVerbs[words[k].lowercased()],
                  ["it", "it.", "it,", "it;"].contains(words[k + 1]),
                  let cue = rest.range(of: words[k] + " it") else { continue }
            // where `it` stands in the passage
            let personEnd = s.mentions[p].mention.utf8Range.upperBound
            let itAt = personEnd + full.utf8.distance(from: full.startIndex, to: cue.upperBound) - 2
            // no other name between the verb's clause and the pronoun (one inside the apposition is the person's)
            let restStart = personEnd + full.utf8.distance(from: full.startIndex, to: rest.startIndex)
            guard !s.mentions.indices.contains(where: { $0 != p && s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= restStart
                && s.mentions[$0].mention.utf8Range.lowerBound < itAt }),
                  RelationModality.isFactual(s.slice(personEnd, itAt), question: s.isQuestion),
                  // (a person opening the clause is not what `it` stands for: the pronoun is read from the clause's start,
                  // as ``titlePronounOwner(_:_:person:pronounAt:)`` reads `its`)
                  let body = context.organization(at: s.mentions[..<p].contains(where: { $0.mention.type == .organization }) ? itAt : s.range.lowerBound, in: s),
                  body.mention.type == .organization,
                  !RelationReader.isParty(body.mention.text), !RelationReader.isDepartment(body.mention.canonicalName),
                  body.index != s.mentions[p].index,
                  // `ran it past the board`, `headed it off`: no leading
                  !["past", "by", "off", "down", "out"].contains(words.count > k + 2 ? words[k + 2].lowercased() : ""),
                  // `Kelby Council held a public inquiry. Tom Vale chaired it.`: `it` is the thing just introduced
                  body.mention.utf8Range.upperBound > itAt
                    || !RelationReader.introducesUnnamedThing(s.slice(body.mention.utf8Range.upperBound, itAt)) else { continue }
            let former = (past && !lead.contains("has") && !lead.contains("have")) || lead.contains("once") || lead.contains("previously") || lead.contains("formerly")
            let verb = words[k].lowercased()
            let offset = s.mentions[p].mention.utf8Range.lowerBound
            out.append(Found(predicate: "leads", subject: s.mentions[p].index, object: body.index, qualifier: former ? "former" : nil, offset: offset))
            if verb.hasPrefix("chair") {
                out.append(Found(predicate: "holds_role", subject: s.mentions[p].index, object: body.index, label: "chair",
                                 qualifier: former ? "former" : nil, offset: offset))
            }
        }
        return out
    }
}

extension RelationReader {
    /// Whether `text` (between a body and a later `it`) introduces an unnamed thing `it` may stand for instead of
    /// the body: an indefinite noun phrase ending in a noun for an inquiry, a plan or a new body (`held a public
    /// inquiry`, `set up an independent review`, `launched a new scheme`).
    static func introducesUnnamedThing(_ text: String) -> Bool {
        let w = text.lowerWords
        for (i, word) in w.enumerated() where word == "a" || word == "an" {
            if w[(i + 1)..<min(w.count, i + 5)].contains(where: { unnamedThingNouns.contains($0) }) { return true }
        }
        return false
    }

    /// Nouns for a thing a body sets up or holds, which a later `it` may stand for.
    static let unnamedThingNouns: Set<String> = [
        "inquiry", "review", "investigation", "panel", "commission", "taskforce", "task", "study", "programme", "program",
        "scheme", "project", "plan", "campaign", "consultation", "trust", "fund", "company", "body", "group", "board",
        "committee", "unit", "agency", "service", "pilot", "partnership", "team", "working", "forum", "council",
    ]
}
