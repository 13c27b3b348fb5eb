import Foundation
import HindsightSupport

/// Bodies placed inside another by a verb rather than by an apposition (`part_of`, the unit first):
///
/// - a body that belongs to another: `The Coastguard Agency belonged to the Department of Transport for
///   decades`; `Eastside Buses, which ran the city routes until March, now belongs to Harbour Group` (the
///   relative clause between commas is skipped);
/// - a body's work moved into another as a named unit: `its work went back into the Ministry of Housing as the
///   Building Safety Unit`; `the inspectors move into Harbour Health as the new Quality Directorate`;
/// - bodies placed together inside another: `A and B, both brought back inside the Home Office`, `A, B and C,
///   all now part of Harbour Group`;
/// - a unit named after its owner's possessive: `Harbour's home care arm, Eastside Care,`; `the commission's
///   land-managing arm, Forest Estates` (the description resolved to the commission named before);
/// - a body that absorbed another: `Harbour Housing absorbed Eastside Homes in 2017`; `Harbour Housing began work
///   in April, having already absorbed the Tenancy Unit and the Repairs Service` (the absorbed bodies are now its
///   units; the succession this also states is read with the successions).
///
/// A negation, a plan, a modal or a question gives no edge (`should belong to`, `will move into X as Y`,
/// `never absorbed`); neither does a class of bodies (`the trusts belong to the council`), a party, or a
/// passive (`Eastside was absorbed into Harbour`, read with the successions).
extension RelationReader {
    /// `belongs to`, `now belongs to`, `belonged to the`: the words between a body and the one it belongs to.
    static let belongsTo = try! NSRegularExpression(pattern:
        "^(?:(?:now|still|also|then|later|once|already|always|ultimately|has|had|have) )*(?:belongs|belonged|belong) to(?: the)?$")
    /// `has always sat under the`, `was placed under the`, `now sits under`, `were brought under the new`: a verb of
    /// placing, then `under`, between a body and the one it is placed under (the first is part of the second:
    /// `The Weather Office was placed under the Air Ministry`, `The Tenancy Unit sits under the Housing Department`).
    /// Only an article or `new`/`then`/`old`/`former` may follow `under`, so that a noun of its own ends the cue:
    /// `came under pressure from the Treasury`, `sits under the control of` state no unit.
    static let placedUnder = try! NSRegularExpression(pattern:
        "^(?:(?:which|that) )?(?:(?:has|had|have) )?(?:(?:always|long|since|now|still|also|then|later|formally|directly|firmly|itself) )*"
        + "(?:(?:is|was|were|are|been|being|has been|had been|have been) )?"
        + "(?:sits|sat|sit|placed|put|brought|moved|transferred|falls|fell|came|comes)(?: back)? under"
        + "(?: the)?(?: (?:new|newly created|then|old|former))?$")
    /// Last words of a public body's name: such a body is the parent of its units, not their owner.
    static let publicBodyHeads: Set<String> = ["agency", "department", "ministry", "office", "authority", "commission", "council",
                                               "board", "service", "executive", "inspectorate", "directorate", "command"]
    /// Last words of a department of state whose name carries no kind word (`department`, `office`, `ministry`):
    /// the finance ministry's, `HM Treasury`, whose units (`a unit at the Treasury`) are placed like any other's.
    static let kindlessDepartmentEnds: Set<String> = ["treasury"]
    /// Last words of a business's name: a business is owned, even by a public body.
    static let businessEndings: Set<String> = ["ltd", "limited", "plc", "llp", "group", "company", "holdings", "corporation", "inc"]

    /// Whether the body at `parent` is a public body (its name ends in a public body's noun, or opens with
    /// `Department`/`Ministry`) and the one at `child` no business: `the Kelby Lifeboat Agency, the parent of the
    /// Kelby Rescue Service` makes a unit; `Harbour Group, the parent of Eastside Buses Ltd` an owner.
    static func isPublicParent(_ s: Sentence, parent: Int, child: Int) -> Bool {
        let p = s.mentions[parent].mention.canonicalName.lowerWords, c = s.mentions[child].mention.canonicalName.lowerWords
        guard let last = p.last, let childLast = c.last else { return false }
        return (publicBodyHeads.contains(last) || ["department", "ministry"].contains(p.first ?? ""))
            && !businessEndings.contains(childLast) && !isParty(s.mentions[child].mention.text) && !isGeneric(s, child)
    }

    /// The words between a parent and its unit that make the one the other's parent (`which is the parent of`).
    static let parentCues: Set<String> = ["the parent of", "is the parent of", "was the parent of", "the parent body of",
                                          "is the parent body of", "was the parent body of"]

    /// `the Kelby Lifeboat Agency, the parent of the Kelby Rescue Service`; `The Health Ministry is the parent of the Drugs Office`: a
    /// public body is the parent of its unit (``isPublicParent(_:parent:child:)``), so the child is part of it. A
    /// negation, a plan or a question gives nothing; a business parent is an owner, read with the owners.
    private func publicParents(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for x in 0..<(s.mentions.count - 1) where isUnitParty(s, x) && isUnitParty(s, x + 1) {
            var t = s.between(x, x + 1).lowercased().trimming(" ,")
            if t.hasSuffix(" the") { t = String(t.dropLast(4)) }
            for lead in ["which ", "that "] where t.hasPrefix(lead) { t = String(t.dropFirst(lead.count)) }
            guard RelationReader.parentCues.contains(t), RelationReader.isPublicParent(s, parent: x, child: x + 1),
                  RelationReader.nameEndsPhrase(s, x + 1),
                  RelationModality.isFactual(s.before(x, 30) + " " + t, question: s.asks(after: s.mentions[x].mention.utf8Range.upperBound)),
                  !RelationModality.isFuture(s.before(x, 30) + " " + t) else { continue }
            out.append(found("part_of", s, subject: x + 1, object: x))
        }
        return out
    }

    /// Last words of a unit's name (`the Harbour Families Unit`, `the Probation Directorate`), and first words
    /// (`the Office for Civic Groups`).
    static let unitNameEnds: Set<String> = ["unit", "team", "directorate", "division", "command", "secretariat", "taskforce"]
    static let unitNameStarts: Set<String> = ["office", "unit", "directorate"]

    /// A unit named by its kind, placed in a public body by `in`, `at` or `within`: `the Harbour Families Unit at
    /// the Department for Communities`, `a new Probation Directorate in the Home Office`, `the Office for Civic
    /// Groups in the Cabinet Office` → the unit is part of the body. The unit's name ends in a unit's noun (or
    /// opens with `Office`/`Unit`), so that a body of its own (`the Home Office at the Treasury's request`) is no
    /// unit; the body is a public one (``isPublicParent(_:parent:child:)``, or a department named with no kind
    /// word, ``kindlessDepartmentEnds``) and ends its phrase. A negation or a plan gives nothing (`a planned unit at
    /// the Home Office`).
    private func unitsAtDepartments(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for x in 0..<(s.mentions.count - 1) where isUnitParty(s, x) && isUnitParty(s, x + 1) {
            let words = s.mentions[x].mention.text.lowerWords
            guard let last = words.last, let first = words.first,
                  RelationReader.unitNameEnds.contains(last) || (RelationReader.unitNameStarts.contains(first) && words.count >= 3) else { continue }
            let t = s.between(x, x + 1).lowercased()
            let parentWords = s.mentions[x + 1].mention.canonicalName.lowerWords
            guard [" in the ", " at the ", " within the ", " inside the "].contains(t),
                  RelationReader.isPublicParent(s, parent: x + 1, child: x) || parentWords.last.map(RelationReader.kindlessDepartmentEnds.contains) == true,
                  !RelationReader.publicBodyHeads.contains(last) || RelationReader.unitNameEnds.contains(last),
                  RelationReader.nameEndsPhrase(s, x + 1), !s.after(x + 1, 3).hasPrefix("'"), !s.after(x + 1, 3).hasPrefix("\u{2019}"),
                  s.mentions[x].mention.canonicalName != s.mentions[x + 1].mention.canonicalName else { continue }
            let lead = s.before(x, 40)
            guard RelationModality.isFactual(lead, question: s.asks(after: s.mentions[x].mention.utf8Range.upperBound)),
                  !RelationModality.isFuture(lead) else { continue }
            out.append(found("part_of", s, subject: x, object: x + 1))
        }
        return out
    }

    /// Plural nouns of a body's units, counted before a colon that lists them (``countedUnits(_:)``).
    static let unitPlurals = "commands|divisions|directorates|units|agencies|bodies|arms|branches|councils|committees|wings|boards|teams|offices|sections|subsidiaries|parts|inspectorates"
    /// A count of units: `four`, `two main`, `3 regional`.
    static let unitCount = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})(?: (?:main|separate|new|operational|regional|national|distinct|smaller|statutory|executive))?"
    /// `is organised in four commands:`, `was split into three divisions:`, `has two arms:`, `is made up of five
    /// boards:`: the words after a body that count its units, before the colon that lists them.
    static let organisedInUnits = try! NSRegularExpression(pattern:
        "^(?:(?:is|was|are|were|has been|had been|is now|was then|now) )?(?:(?:organised|organized|divided|split|arranged|grouped|structured|broken up|reorganised|reorganized) (?:in|into) |(?:has|had|have|now has|comprises|comprised|consists of|consisted of|is made up of|was made up of|is home to|includes|included|contains|contained) )(?:the )?"
        + unitCount + " (?:" + unitPlurals + ")(?: of its own)?:$")
    /// `two bodies inside the`, `three agencies of the`, `four new units within`: a count of units before the body they
    /// are inside, whose name a colon then follows.
    static let unitsInside = try! NSRegularExpression(pattern:
        "(?:^|\\s)" + unitCount + " (?:" + unitPlurals + ") (?:inside|within|of|in|under)(?: the)?$")
    /// Words before a count of units that make it no fact: a plan, a proposal, a modal.
    static let plannedUnits: Set<String> = ["would", "could", "might", "may", "should", "proposed", "proposes", "propose", "proposal",
                                            "plan", "plans", "planned", "wants", "wanted", "intended", "hoped", "considering", "consider"]

    /// Units listed after a colon, counted by a plural noun of units: `The Crime Agency is organised in four commands:
    /// the Border Command, the Fraud Command and ...`; `the work passes to two bodies inside the Home Office: Visas
    /// Direct and the Enforcement Directorate` → each listed body is part of the body counted as their whole. The
    /// list is read as ``listMembers(_:after:)`` reads lists; the first name must open it, right after the colon.
    /// A negation, a question or a plan before the count gives nothing (`ministers proposed splitting the agency
    /// into two arms: ...`), nor do bodies counted by another noun (`the trust runs three hospitals: ...`).
    private func countedUnits(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for x in 0..<(n - 1) where isUnitParty(s, x) && isUnitParty(s, x + 1) {
            var t = s.between(x, x + 1).lowercased().trimming(" ")
            if t.hasSuffix(": the") { t = String(t.dropLast(4)).trimming(" ") }
            guard t.hasSuffix(":") else { continue }
            var cue: String?
            if RelationReader.organisedInUnits.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil {
                // `The Crime Agency is organised in four commands: A, ...`: the whole named first
                cue = t
            } else if t == ":" {
                // `two bodies inside the Home Office: A and B`: the whole named just before the colon, the count
                // right before it (no other name between)
                let lead = s.before(x, 60).lowercased().trimming(" ")
                if let m = RelationReader.unitsInside.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)),
                   let r = Range(m.range, in: lead),
                   x == 0 || s.mentions[x - 1].mention.utf8Range.upperBound
                       <= s.mentions[x].mention.utf8Range.lowerBound - lead.utf8.distance(from: r.lowerBound, to: lead.endIndex) {
                    cue = String(lead[r])
                }
            }
            guard let c = cue else { continue }
            let lead = s.before(x, 80)
            guard RelationModality.isFactual(c, question: s.isQuestion), !RelationModality.isFuture(c),
                  !lead.lowerWords.contains(where: { RelationReader.plannedUnits.contains($0) }),
                  RelationModality.isFactual(lead.replacingOccurrences(of: " will ", with: " "), question: s.isQuestion) else { continue }
            for k in [x + 1] + listMembers(s, after: x + 1)
            where isUnitParty(s, k) && s.mentions[k].mention.canonicalName != s.mentions[x].mention.canonicalName {
                out.append(found("part_of", s, subject: k, object: x))
            }
        }
        return out
    }

    /// `as the new`, `as a`, `as`: the words between the body a unit moved into and the unit's name.
    static let movedInAs = try! NSRegularExpression(pattern: "^\\)? ?as(?: (?:the|a|an))?(?: (?:new|newly created|renamed|separate|single))?$")
    /// `, both brought back inside the`, `, all now part of`: coordinated bodies placed inside the next one.
    static let placedTogether = try! NSRegularExpression(pattern:
        "^, (?:both|all)(?: (?:now|later|then|still|since|brought|moved|put|placed|folded|taken|back|pulled|returned))* (?:inside|within|into|part of)(?: the)?$")

    /// `'s household supply arm, `, `'s former care division, the`: the words between an owner and its unit's name.
    static let possessiveUnit = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s)((?: [a-z-]+){0,3}) (?:arm|division|subsidiary|business|unit|offshoot|brand|wing|directorate), (?:the )?$")
    /// `the commission's land-managing arm, `: a description of the owner before the unit's name.
    static let describedPossessiveUnit = try! NSRegularExpression(pattern:
        "\\bthe ([a-z]+)(?:'s|\u{2019}s)((?: [a-z-]+){0,3}) (?:arm|division|subsidiary|business|unit|offshoot|brand|wing|directorate), (?:the )?$")

    /// Whether the name at `j` ends its phrase: punctuation, the sentence's end, or `and`/`in`/`on`/`from`/`at`/
    /// `when` after it (`absorbed Eastside Homes in 2017`), not a noun or verb it qualifies or opens (`absorbed the
    /// Eastside Council deficit`, `as the Lottery Fund pulled out`).
    static func nameEndsPhrase(_ s: Sentence, _ j: Int) -> Bool {
        let a = s.after(j, 12)
        if a.isEmpty || a.first.map({ ",.;:)!?\u{2014}\u{2013}".contains($0) }) == true { return true }
        let l = a.lowercased()
        return [" and ", " in ", " on ", " from ", " at ", " when ", " after ", " before ", " - ", " \u{2013} ", " \u{2014} ", " ("]
            .contains { l.hasPrefix($0) }
    }

    func unitPlacements(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.mentions.isEmpty else { return [] }
        var out: [Found] = []
        let lower = s.lower
        // (a unit's owner may be a description, no name: one name is enough)
        if lower.fastContains("'s ") || lower.fastContains("\u{2019}s ") { out += possessiveUnits(s, context) }
        guard s.mentions.count >= 2 else { return out }
        if lower.fastContains("belong") { out += belongings(s) }
        if lower.fastContains(" as"), lower.fastContains("into ") || lower.fastContains("inside ") || lower.fastContains("within ") { out += unitsMovedIn(s) }
        if lower.fastContains(", both ") || lower.fastContains(", all ") { out += unitsPlacedTogether(s) }
        if lower.fastContains("absorb") { out += absorbedUnits(s) }
        if lower.fastContains(": ") { out += countedUnits(s) }
        if lower.fastContains("parent of") { out += publicParents(s) }
        if lower.fastContains(" in the ") || lower.fastContains(" at the ") || lower.fastContains(" within the ") { out += unitsAtDepartments(s) }
        out += describedUnits(s)
        return out
    }

    /// Head nouns of a unit described by what it belongs to: `a new executive agency of the Ministry`, `the team in
    /// the Cabinet Office`, `its operational arm`.
    static let unitHeads: Set<String> = ["agency", "unit", "team", "arm", "division", "directorate", "department", "branch",
                                         "wing", "command", "office", "subsidiary", "committee", "offshoot", "inspectorate"]
    /// `a new executive agency of the `, `the specialist unit within `, `an arm's-length body of `: a unit's description
    /// ending just before the body it belongs to (at most three words between the article and the noun).
    static let unitDescriptionBefore = try! NSRegularExpression(pattern:
        "(?:^|[\\s,(])(?:a|an|the)((?: [a-z'-]+){0,3}) (" + unitHeads.sorted().joined(separator: "|") + ") (?:of|in|within|inside)(?: the)? ?$")
    /// `, its operational arm`, `, its former research unit`: a unit named by the pronoun of the body before it.
    static let itsUnitAfterName = try! NSRegularExpression(pattern:
        "^, its((?: [a-z'-]+){0,2}) (?:arm|division|subsidiary|unit|wing|branch|directorate|offshoot|executive agency|agency)(?:$|[,.;:)])")

    /// A unit named in apposition to a description of what it is a unit of:
    ///
    /// - the description first: `the work passed to a new executive agency of the Ministry of Housing, the Building
    ///   Safety Regulator`; `a specialist unit within the Home Office, the Passport Fraud Unit,` (the name after
    ///   the comma is part of the body named inside the description);
    /// - a pronoun for the body: `The Rail Board was set up in 1994, and the Rail Inspectorate, its enforcement
    ///   arm, a year later` (the unit is part of the body named before it in the sentence, with no other body or
    ///   person between).
    ///
    /// A negation, plan or question before the description gives nothing (`plans for a new agency of the Ministry,
    /// the Housing Regulator`), nor does a party or a class of bodies on either side.
    private func describedUnits(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for y in 0..<n where isUnitParty(s, y) {
            // the description first: `a new executive agency of the X, Y`
            if y > 0, isUnitParty(s, y - 1) {
                var x = y - 1
                var gap = s.between(x, y).lowercased()
                // (`the Ministry of Housing (MHCLG), the Regulator`: the short name in brackets is the same body)
                if x > 0, s.before(x, 2).hasSuffix("("), s.mentions[x - 1].mention.canonicalName == s.mentions[x].mention.canonicalName {
                    x -= 1
                    gap = String(gap.drop(while: { $0 == ")" }))
                }
                let lead = s.before(x, 80).lowercased()
                if [",", ", the"].contains(gap.trimming(" ")), gap.hasPrefix(","),
                   let m = RelationReader.unitDescriptionBefore.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)),
                   let whole = Range(m.range, in: lead), let mods = Range(m.range(at: 1), in: lead),
                   // no name inside the description (`a Harbour agency of the X` is read from the name)
                   x == 0 || s.mentions[x - 1].mention.utf8Range.upperBound
                       <= s.mentions[x].mention.utf8Range.lowerBound - lead.utf8.distance(from: whole.lowerBound, to: lead.endIndex),
                   s.mentions[x].mention.canonicalName != s.mentions[y].mention.canonicalName,
                   RelationReader.nameEndsPhrase(s, y) || [" whose", " which", " that", " who"].contains(where: { s.after(y, 8).lowercased().hasPrefix($0) }),
                   RelationModality.isFactual(lead, question: s.asks(after: s.mentions[y].mention.utf8Range.upperBound)),
                   !RelationModality.isFuture(lead) {
                    let past = lead[mods].lowerWords.contains { $0 == "former" || $0 == "old" }
                    out.append(found("part_of", s, subject: y, object: x, qualifier: past ? "former" : nil))
                    continue
                }
            }
            // a pronoun for the body: `X was set up in 1994, and Y, its enforcement arm, a year later`
            let after = s.after(y, 60).lowercased()
            if after.hasPrefix(", its "), let m = RelationReader.itsUnitAfterName.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
               let mods = Range(m.range(at: 1), in: after),
               let x = (0..<y).last(where: { s.isActor($0) || s.type($0) == .programme }), isUnitParty(s, x),
               s.mentions[x].mention.canonicalName != s.mentions[y].mention.canonicalName {
                let between = s.between(x, y)
                guard !between.contains(";"), !between.contains("("), between.lowerWords.count <= 12,
                      RelationModality.isFactual(between + after[..<mods.upperBound], question: s.isQuestion) else { continue }
                let past = after[mods].lowerWords.contains { $0 == "former" || $0 == "old" }
                out.append(found("part_of", s, subject: y, object: x, qualifier: past ? "former" : nil))
            }
        }
        return out
    }

    /// Whether the mention at `k` can be one side of a unit relation: a named organization, no party, no class.
    private func isUnitParty(_ s: Sentence, _ k: Int) -> Bool {
        s.type(k) == .organization && !RelationReader.isGeneric(s, k) && !RelationReader.isParty(s.mentions[k].mention.text)
    }

    /// `The Met Office belonged to the Ministry of Defence`, `Eastside Buses, which ran the routes, now belongs to
    /// Harbour Group`: the first is part of the second.
    private func belongings(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for a in 0..<(s.mentions.count - 1) where isUnitParty(s, a) && isUnitParty(s, a + 1) {
            var t = RelationReader.gap(s, a, a + 1).lowercased().trimming(" ")
            // (`A, which ran the routes until March, now belongs to B`: the relative clause closes at its last comma)
            if t.hasPrefix(", which ") || t.hasPrefix(", that ") {
                guard let comma = t.lastIndex(of: ","), comma > t.startIndex, t[..<comma].lowerWords.count <= 14 else { continue }
                t = String(t[t.index(after: comma)...]).trimming(" ")
            }
            guard t.utf8.count <= 60, RelationReader.belongsTo.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                  RelationModality.isFactual(s.before(a, 30) + " " + t, question: s.asks(after: s.mentions[a].mention.utf8Range.upperBound)),
                  !RelationModality.isFuture(s.before(a, 30) + " " + t) else { continue }
            out.append(found("part_of", s, subject: a, object: a + 1))
        }
        return out
    }

    /// `its work went back into the Ministry (MoH) as the Building Safety Unit`: the named unit is part of the body
    /// it went into (that body named right after `into`, `inside` or `within`).
    private func unitsMovedIn(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for x in 0..<(s.mentions.count - 1) where isUnitParty(s, x) && isUnitParty(s, x + 1) {
            let t = RelationReader.gap(s, x, x + 1).lowercased().trimming(" ")
            guard RelationReader.movedInAs.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                  RelationReader.nameEndsPhrase(s, x + 1) else { continue }
            // (a bracketed short name, `the Ministry (MoH) as`, is read from the full name before it)
            var parent = x
            if x > 0, s.before(x, 2).hasSuffix("("), s.mentions[x - 1].mention.canonicalName == s.mentions[x].mention.canonicalName { parent = x - 1 }
            let lead = s.before(parent, 60).lowercased()
            guard ["into ", "into the ", "inside ", "inside the ", "within the "].contains(where: { lead.hasSuffix($0) }),
                  RelationModality.isFactual(lead, question: s.isQuestion), !RelationModality.isFuture(lead) else { continue }
            out.append(found("part_of", s, subject: x + 1, object: parent))
        }
        return out
    }

    /// `UK Visas and Immigration and Immigration Enforcement, both brought back inside the Home Office`: each of the
    /// coordinated bodies is part of the last.
    private func unitsPlacedTogether(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for x in 2..<max(2, s.mentions.count) where isUnitParty(s, x) && isUnitParty(s, x - 1) {
            let t = s.between(x - 1, x).lowercased().trimming(" ")
            guard RelationReader.placedTogether.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil,
                  RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            var members = [x - 1]
            var k = x - 1
            while k > 0, members.count < 5, isUnitParty(s, k - 1),
                  ["and", ", and", ",", "&"].contains(s.between(k - 1, k).lowercased().trimming(" ")) {
                k -= 1
                members.append(k)
            }
            guard members.count >= 2, t.hasPrefix(", all") || members.count == 2 else { continue }
            for m in members { out.append(found("part_of", s, subject: m, object: x)) }
        }
        return out
    }

    /// `Harbour Housing absorbed Eastside Homes`, `The agency, which absorbed A and B, ...`: what was absorbed is
    /// part of the body that absorbed it. The absorber opens the sentence (at most two words before it) and no
    /// other person or body stands between it and the verb; the object follows the verb (`absorbed`, `has
    /// absorbed`, `having already absorbed`, with `the`), and is no possessive (`absorbed Eastside's debts`).
    private func absorbedUnits(_ s: Sentence) -> [Found] {
        let n = s.mentions.count
        guard let a = (0..<n).first(where: { s.isActor($0) }), isUnitParty(s, a),
              s.slice(s.range.lowerBound, s.mentions[a].mention.utf8Range.lowerBound).lowerWords.count <= 2 else { return [] }
        var out: [Found] = []
        for b in (a + 1)..<n {
            if s.isActor(b), !isUnitParty(s, b) || s.mentions[b].mention.canonicalName == s.mentions[a].mention.canonicalName { break }
            guard isUnitParty(s, b) else { continue }
            let t = s.between(a, b).lowercased().trimming(" ")
            let words = t.lowerWords
            guard let v = words.lastIndex(where: { $0 == "absorbed" || $0 == "absorbs" }),
                  words[(v + 1)...].allSatisfy({ $0 == "the" }),
                  v == 0 || !["was", "were", "been", "being", "be", "is", "are"].contains(words[v - 1]),
                  !s.after(b, 1).hasPrefix("'"), !s.after(b, 3).hasPrefix("\u{2019}"),
                  words.count <= 24, RelationModality.isFactual(t, question: s.isQuestion), !RelationModality.isFuture(t),
                  RelationReader.nameEndsPhrase(s, b) else { break }
            out.append(found("part_of", s, subject: b, object: a))
            // `absorbed A and B`, `absorbed A, B and C`
            var k = b + 1
            while k < n, isUnitParty(s, k), !RelationReader.startsClause(s, k),
                  ["and", ", and", ",", "&", "and the", ", and the", ", the"].contains(s.between(k - 1, k).lowercased().trimming(" ")) {
                out.append(found("part_of", s, subject: k, object: a))
                k += 1
            }
            break
        }
        return out
    }

    /// `SSE's household supply arm, SSE Energy Services`; `the commission's land-managing arm, Forest Estates`: the
    /// name after the comma is a unit of the possessor (a name right before `'s`, or a description of a body
    /// named before, ``RelationContext/definite(_:before:in:)``). `former`/`old` before the noun make it past;
    /// a plan (`planned`, `proposed`) gives nothing.
    private func possessiveUnits(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where isUnitParty(s, j) {
            let lead = s.before(j, 80).lowercased()
            let range = NSRange(lead.startIndex..., in: lead)
            var owner: Int?
            var modifiers = ""
            // (the possessor may be a description the names read as the body it stands for: `the commission's`)
            if j > 0, s.type(j - 1) == .organization, !RelationReader.isParty(s.mentions[j - 1].mention.text),
               !RelationReader.isGeneric(s, j - 1) || s.mentions[j - 1].mention.canonicalName.lowercased() != s.mentions[j - 1].mention.text.lowercased() {
                let t = s.between(j - 1, j).lowercased()
                if let m = RelationReader.possessiveUnit.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
                   let r = Range(m.range(at: 1), in: t) {
                    owner = s.mentions[j - 1].index
                    modifiers = String(t[r])
                }
            }
            if owner == nil, let m = RelationReader.describedPossessiveUnit.firstMatch(in: lead, range: range),
               let whole = Range(m.range, in: lead), let head = Range(m.range(at: 1), in: lead), let r = Range(m.range(at: 2), in: lead) {
                // the description's offset in the passage; no name inside it (`the Harbour commission's arm` is read
                // from the name)
                let at = s.mentions[j].mention.utf8Range.lowerBound - lead.utf8.distance(from: whole.lowerBound, to: lead.endIndex)
                guard j == 0 || s.mentions[j - 1].mention.utf8Range.upperBound <= at else { continue }
                owner = context.definite([String(lead[head])], before: at, in: s)
                modifiers = String(lead[r])
            }
            // (`After reviewing Harbour Water's business, Ofwat fined it`: a fronted clause, not an apposition: the
            // unit's name ends its own phrase)
            guard let o = owner, o != s.mentions[j].index, RelationModality.isFactual(modifiers),
                  RelationReader.nameEndsPhrase(s, j) else { continue }
            let past = modifiers.lowerWords.contains { $0 == "former" || $0 == "old" }
            out.append(Found(predicate: "part_of", subject: s.mentions[j].index, object: o, qualifier: past ? "former" : nil,
                             offset: s.mentions[j].mention.utf8Range.lowerBound))
        }
        return out
    }
}
