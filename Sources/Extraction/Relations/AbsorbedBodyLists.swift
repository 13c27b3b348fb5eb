import Foundation
import HindsightSupport

/// A body that takes in a counted class of bodies and then names them:
/// - the heir first: `The Clean Air Agency absorbed three older watchdogs: the Smoke Board, the Emissions Office
///   and the Noise Council`; `It replaced four local services – A, B, C and D – together with E`; `Harbour Trust,
///   swallowing two smaller charities, Eastside Care and Westside Care, ...`; `the Water Agency was formed from
///   three bodies: A, B and C`;
/// - the class first: `Three organisations went into it: the whole of A; the grants side of B; and the estates
///   work of C`; `Two councils were merged to form Harbour Council: A and B`.
///
/// The heir is the verb's subject (a name, `it`, `which` after a name, or a description such as `the agency`);
/// the bodies are those named in the list after a colon, between dashes or in brackets (`A, B and C`, each may be
/// a part of a body: `the grants side of B`), or, after a plain comma, the coordinated names right after it.
/// The heir succeeds each body listed (`successor_of`), and each body added right after the list (`together
/// with E`, `as well as E`). A list holding more bodies than the count, a class that is no kind of body (`three
/// schemes`, `two posts`), a plan, a negation or a question gives nothing.
extension RelationReader {
    /// Counts before the class of bodies taken in.
    static let absorbedCounts = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?)"
    /// Plural nouns naming a class of public bodies: `watchdogs`, `forces`, `trusts` (not of businesses, `firms`,
    /// `companies`, `banks`: a company taking in three firms buys them).
    static let absorbedClassNouns: Set<String> = [
        "agencies", "authorities", "bodies", "boards", "councils", "commissions", "corporations", "departments",
        "directorates", "executives", "forces", "funds", "groups", "inspectorates", "institutes", "ministries",
        "offices", "organisations", "organizations", "quangos", "regulators", "services", "trusts", "watchdogs", "units",
        "charities", "associations", "colleges", "constabularies", "partnerships", "predecessors", "committees", "panels",
        "tribunals", "foundations", "societies", "unions"]
    /// The shortest and longest of ``absorbedClassNouns``.
    static let absorbedClassNounLengths = absorbedClassNouns.map(\.utf8.count).min()!...absorbedClassNouns.map(\.utf8.count).max()!
    /// The verb of taking in (or of being formed from), optional determiners, the count, up to three words and the
    /// class noun (group 1), up to the list's opener.
    static let absorbsCounted = try! NSRegularExpression(pattern:
        "(?:^|\\s)(?:absorbed|absorbing|absorbs|swallowed|swallowing|swallowed up|swallowing up|replaced|replacing|replaces|took over|taking over|takes over|subsumed|subsuming|merged|merging|combined|combining|amalgamated|amalgamating|brought together|bringing together|incorporated|incorporating|took in|taking in|folded in|(?:formed|created|made|built|put together|assembled) (?:from|out of|by merging|by combining|by amalgamating|by bringing together))(?: (?:all|the|its|their))* " + absorbedCounts + " (?:[a-z&-]+ ){0,3}?([a-z-]+s)(?= ?[:,(\u{2013}\u{2014}]| - )")
    /// The count and class first, the verb, then the heir: `three organisations went into`.
    static let countedWentInto = try! NSRegularExpression(pattern:
        "(?:^|\\s)" + absorbedCounts + " (?:[a-z&-]+ ){0,3}?([a-z-]+s) (?:(?:were|had been|have been|then|later|eventually|all|finally|formally) )*(?:went into|were folded into|folded into|merged into|were merged into|were absorbed into|came together in|came together as|were brought together in|were brought together as|combined into|were combined into|merged to form|merged to create|combined to form|were merged to form|were merged to create|were replaced by) (?:(?:the|a|a new|the new|a single|one) )?")
    /// Words that may stand between a verb and its subject: auxiliaries, adverbs (`had quietly absorbed`).
    static let absorbedSubjectGap: Set<String> = ["has", "have", "had", "was", "were", "been", "then", "later", "also", "itself",
                                                   "quickly", "soon", "eventually", "formally", "effectively", "in", "turn", "duly",
                                                   "finally", "gradually", "already", "simply", "thereby"]

    func absorbedBodyLists(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let lower = s.lower
        // (a count needs a digit or a number word: a cheap test before the patterns)
        guard lower.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || RelationReader.countCues.contains(where: { lower.fastContains($0) }) else { return [] }
        // (and both patterns need a class noun as a word of its own, ``absorbedClassNouns``: the test spares the
        // patterns, most of this reader's cost, in sentences without one)
        guard ByteSearch.containsLowercaseWord(s.lowerBytes, in: RelationReader.absorbedClassNouns,
                                               lengths: RelationReader.absorbedClassNounLengths) else { return [] }
        let base = s.range.lowerBound
        func offset(_ i: String.Index) -> Int { base + lower.utf8.distance(from: lower.startIndex, to: i) }
        let all = NSRange(lower.startIndex..., in: lower)
        var out: [Found] = []
        // the heir first: `X absorbed three watchdogs: A, B and C`
        for m in RelationReader.absorbsCounted.matches(in: lower, range: all) {
            guard let whole = Range(m.range, in: lower), let noun = Range(m.range(at: 1), in: lower),
                  RelationReader.absorbedClassNouns.contains(String(lower[noun])) else { continue }
            let cueAt = offset(whole.lowerBound) + (lower[whole].first == " " ? 1 : 0)
            let window = s.slice(max(base, cueAt - 50), offset(whole.upperBound))
            guard RelationModality.isFactual(window, question: false), !RelationModality.isFuture(window),
                  let heir = absorbingHeir(s, context, before: cueAt),
                  let count = RelationReader.countValue(String(lower[whole])) else { continue }
            for p in absorbedList(s, from: offset(whole.upperBound), count: count) where p != heir {
                out.append(Found(predicate: "successor_of", subject: heir, object: p, offset: cueAt))
            }
        }
        // the class first: `Three organisations went into it: A; B; and C`
        for m in RelationReader.countedWentInto.matches(in: lower, range: all) {
            guard let whole = Range(m.range, in: lower), let noun = Range(m.range(at: 1), in: lower),
                  RelationReader.absorbedClassNouns.contains(String(lower[noun])) else { continue }
            let start = offset(whole.lowerBound), end = offset(whole.upperBound)
            let window = s.slice(max(base, start - 40), end)
            guard RelationModality.isFactual(window, question: false), !RelationModality.isFuture(window),
                  let count = RelationReader.countValue(String(lower[whole])) else { continue }
            let heir: Int
            var listFrom: Int
            let rest = lower[whole.upperBound...]
            if rest.hasPrefix("it") && (rest.dropFirst(2).first.map { !$0.isLetter } ?? true) {
                guard let b = bodyPronounStandsFor(s, context, at: end) else { continue }
                heir = b.index
                listFrom = end + 2
            } else if let k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= end }),
                      s.mentions[k].mention.utf8Range.lowerBound == end, s.type(k) == .organization, !RelationReader.isGeneric(s, k) {
                heir = s.mentions[k].index
                listFrom = s.mentions[k].mention.utf8Range.upperBound
            } else {
                continue
            }
            // (the list opens right after the heir)
            let opener = s.slice(listFrom, min(s.range.upperBound, listFrom + 3))
            guard opener.hasPrefix(":") || opener.hasPrefix(" \u{2013}") || opener.hasPrefix(" \u{2014}") || opener.hasPrefix(" - ") else { continue }
            listFrom = listFrom + (opener.hasPrefix(":") ? 0 : 1)
            for p in absorbedList(s, from: listFrom, count: count) where p != heir {
                out.append(Found(predicate: "successor_of", subject: heir, object: p, offset: start))
            }
        }
        return out
    }

    /// The number words a count may be written in (those of ``absorbedCounts``), with their values.
    static let countValues = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                              "eleven": 11, "twelve": 12]

    /// ``countValues``' words with the space after them, as searched for.
    static let countCues = countValues.keys.sorted().map { $0 + " " }

    /// The count a cue holds: `three` (3), `8` (8).
    static func countValue(_ cue: String) -> Int? {
        for w in cue.lowerWords {
            if let v = countValues[w] { return v }
            if let v = Int(w), (1...99).contains(v) { return v }
        }
        return nil
    }

    /// The body that takes the counted class in, from the words before the verb at UTF-8 offset `at`: `it` (the
    /// body it stands for), `which` after a name (that name), a description (`the agency`), or the verb's subject
    /// (a name with only auxiliaries and adverbs between, or an apposition: ``subjects(_:before:)``); a participle
    /// after a comma (`, swallowing`) takes the body the sentence opens with. A passage index.
    func absorbingHeir(_ s: Sentence, _ context: RelationContext, before at: Int) -> Int? {
        var words = s.slice(s.range.lowerBound, at).lowerWords
        while let l = words.last, RelationReader.absorbedSubjectGap.contains(l) { words.removeLast() }
        let pronounAt = at - 1
        if words.last == "it" {
            return bodyPronounStandsFor(s, context, at: pronounAt)?.index
        }
        if words.count >= 2, ["the", "that", "this"].contains(words[words.count - 2]),
           let last = words.last, RelationReader.describedBodyNouns.contains(last) {
            return context.describedOrganization([last], at: pronounAt, in: s)?.index
        }
        if words.last == "which" {
            let head = s.slice(s.range.lowerBound, at)
            guard let k = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at }),
                  s.type(k) == .organization, !RelationReader.isGeneric(s, k),
                  s.slice(s.mentions[k].mention.utf8Range.upperBound, at).trimming(" ").hasPrefix(", which"), !head.isEmpty else { return nil }
            return s.mentions[k].index
        }
        // the nearest body before, with only auxiliaries and adverbs between
        if let k = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= at && s.isActor($0) }),
           s.type(k) == .organization, !RelationReader.isGeneric(s, k), !RelationReader.isParty(s.mentions[k].mention.text) {
            let gap = s.slice(s.mentions[k].mention.utf8Range.upperBound, at)
            if !gap.contains(","), !gap.contains("("), gap.lowerWords.allSatisfy({ RelationReader.absorbedSubjectGap.contains($0) }) {
                return s.mentions[k].index
            }
        }
        if let h = subjects(s, before: at).first, s.type(h) == .organization, !RelationReader.isGeneric(s, h),
           !RelationReader.isParty(s.mentions[h].mention.text) {
            return s.mentions[h].index
        }
        // `Harbour Trust grew fast in the 1990s, swallowing two smaller charities`
        let head = s.slice(s.range.lowerBound, at).trimming(" ")
        let verb = s.slice(at, min(s.range.upperBound, at + 14)).lowerWords.first ?? ""
        if verb.hasSuffix("ing"), head.hasSuffix(","), s.mentions.first.map({ $0.mention.utf8Range.upperBound <= at }) ?? false,
           s.type(0) == .organization, !RelationReader.isGeneric(s, 0), !RelationReader.isParty(s.mentions[0].mention.text),
           s.slice(s.range.lowerBound, s.mentions[0].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ ["the", "in", "by", "then"].contains($0) || $0.allSatisfy(\.isNumber) }) {
            return s.mentions[0].index
        }
        return nil
    }

    /// Words that may come before `of` in a listed item naming a part of a body: `the grants side of`.
    static let listedPartNouns: Set<String> = ["side", "arm", "half", "wing", "branch", "division", "work", "functions",
                                              "duties", "whole", "bulk", "part", "parts", "staff", "operations", "remnant",
                                              "remains", "unit", "directorate"]

    /// The bodies listed from UTF-8 offset `from` (at the list's opener) as passage indices: after `:` up to the
    /// sentence's end; between dashes (and what `together with` adds after the closing dash); in brackets; after a
    /// plain comma, the names coordinated right after it. Empty when more bodies are listed than `count`.
    func absorbedList(_ s: Sentence, from: Int, count: Int) -> [Int] {
        let rest = s.slice(from, s.range.upperBound)
        let opener = rest.first(where: { $0 != " " })
        let n = s.mentions.count
        var members: [Int] = []
        guard let first = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= from }) else { return [] }
        if opener == "," {
            // `two councils, Eastshire and Westshire,`: the coordinated names right after the comma
            guard s.type(first) == .organization, !RelationReader.isGeneric(s, first),
                  s.slice(from, s.mentions[first].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ $0 == "the" }) else { return [] }
            var last = first
            while last + 1 < n, s.type(last + 1) == .organization, !RelationReader.isGeneric(s, last + 1),
                  RelationReader.coordinationGaps.contains(s.between(last, last + 1).lowercased().trimming(" ")) { last += 1 }
            // (all the class named: `two councils, A and B`, not `two councils, A among them`)
            guard last - first + 1 == count else { return [] }
            return (first...last).map { s.mentions[$0].index }
        }
        // the list's end: the sentence's, a closing dash or bracket
        var end = s.range.upperBound
        var dashed = false
        if let o = opener, "(\u{2013}\u{2014}-".contains(o), let at = rest.firstIndex(of: o) {
            let inner = rest[rest.index(after: at)...]
            let closer: Character = o == "(" ? ")" : o
            if let c = inner.firstIndex(of: closer) ?? (o == "-" ? nil : inner.firstIndex(of: o == "\u{2013}" ? "\u{2014}" : "\u{2013}")) {
                end = from + rest.utf8.distance(from: rest.startIndex, to: c)
                dashed = true
            }
        } else if opener != ":" {
            return []
        }
        var inClause = false
        var lastEnd = from
        for k in first..<n where s.mentions[k].mention.utf8Range.upperBound <= end {
            let r = s.mentions[k].mention.utf8Range
            let gap = s.slice(lastEnd, r.lowerBound)
            lastEnd = r.upperBound
            // (a relative clause after a listed name is passed over to its closing comma)
            if inClause { if gap.contains(",") || gap.contains(";") { inClause = false } else { continue } }
            if gap.contains(", which ") || gap.contains(", who ") || gap.contains(", whose ") {
                if let c = gap.range(of: ", wh"), !gap[c.upperBound...].contains(",") { inClause = true; continue }
            }
            guard s.type(k) == .organization, !RelationReader.isGeneric(s, k), !RelationReader.isParty(s.mentions[k].mention.text) else { continue }
            // (an abbreviation in brackets is the same name)
            if k > first, s.mentions[k].mention.canonicalName == s.mentions[k - 1].mention.canonicalName { continue }
            // the words of the item before the name: `the`, or a part of a body (`the grants side of`); not another
            // preposition (`run by the Home Office`, `based in Leeds`)
            var lead = gap.split(whereSeparator: { ",;".contains($0) }).last.map { String($0).lowerWords } ?? []
            while let f = lead.first, ["and", "the", "or"].contains(f) { lead.removeFirst() }
            if !lead.isEmpty {
                guard lead.last == "of" || lead.last == "the" && lead.dropLast().last == "of",
                      lead.contains(where: { RelationReader.listedPartNouns.contains($0) }), lead.count <= 8 else { continue }
            }
            members.append(s.mentions[k].index)
        }
        // `– A, B and C – together with D`
        if dashed, let k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound > end }),
           s.type(k) == .organization, !RelationReader.isGeneric(s, k) {
            let gap = s.slice(end + 1, s.mentions[k].mention.utf8Range.lowerBound).lowercased().trimming(" ,\u{2013}\u{2014}-")
            if ["together with", "together with the", "as well as", "as well as the", "along with", "along with the", "and", "and the"].contains(gap) {
                guard members.count <= count else { return [] }
                members.append(s.mentions[k].index)
                return members
            }
        }
        return members.count <= count ? members : []
    }
}
