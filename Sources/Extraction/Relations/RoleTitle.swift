import Foundation
import HindsightSupport

/// Role titles normalised, so that one role written several ways is one role: `General Secretary`,
/// `general secretary` and `the union's general secretary` are the same post; `Health Secretary` and
/// `Secretary of State for Health` match; `former`, `ex-`, `outgoing`, `interim`, `acting` and `shadow` are
/// read as a qualifier (`shadow` also stays in the title, since a shadow minister holds a different post).
public enum RoleTitle {
    /// Words that say the role is no longer held, or held for a time.
    static let qualifiers: [String: String] = [
        "former": "former", "ex": "former", "ex-": "former", "outgoing": "former", "then": "former",
        "erstwhile": "former", "previous": "former", "late": "former",
        "interim": "interim", "acting": "acting", "temporary": "interim", "caretaker": "interim",
        "shadow": "shadow",
    ]
    /// Auxiliaries and time adverbs a clause may leave before a title (`who had earlier been the chief nurse`).
    static let leadWords: Set<String> = ["had", "has", "have", "been", "earlier", "previously", "formerly", "once", "briefly",
                                         "already", "who"]
    /// Words that carry no meaning in a title.
    static let filler: Set<String> = ["the", "a", "an", "of", "for", "to", "and", "at", "in", "hm", "her", "his",
                                      "majesty's", "new", "current", "now", "our", "their", "its", "this", "first"]
    /// Abbreviations and synonyms, read as the words they stand for.
    static let synonyms: [String: [String]] = [
        "ceo": ["chief", "executive"], "md": ["managing", "director"], "hmi": ["chief", "inspector"],
        "chairman": ["chair"], "chairwoman": ["chair"], "chairperson": ["chair"], "chairs": ["chair"],
        "cfo": ["finance", "director"], "exec": ["executive"], "mp": ["mp"],
        "boss": ["chief", "executive"], "head": ["head"], "ex-soldier": ["soldier"],
    ]

    /// Posts written as capitalised initials, read as the title they stand for (`was DPP from 2003`, `the CMO,
    /// Dame Ann Reed`): only initials that name a post wherever they are written (not `PCC`, which is also a
    /// body, nor `CSA`).
    static let acronymTitles: [String: String] = [
        "DPP": "Director of Public Prosecutions", "CMO": "Chief Medical Officer", "CNO": "Chief Nursing Officer",
        "CEO": "chief executive", "CFO": "chief financial officer", "COO": "chief operating officer",
        "HMCI": "HM Chief Inspector", "NED": "non-executive director", "SpAd": "special adviser", "SPAD": "special adviser",
    ]

    /// The title with its post initials written out (``acronymTitles``): `former DPP` → `former Director of Public
    /// Prosecutions`; a title with none is returned as it is.
    static func expandingAcronyms(_ title: String) -> String {
        guard title.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return title }
        var changed = false
        let words = title.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            let core = String(w).trimming(",;:.()")
            guard let full = acronymTitles[core] else { return String(w) }
            changed = true
            return String(w).replacingPresent(core, with: full)
        }
        return changed ? words.joined(separator: " ") : title
    }

    /// The qualifier of a title (`former chief inspector` → `former`), if any.
    public static func qualifier(_ title: String) -> String? {
        let words = title.lowerWords
        let head = withoutTail(title).lowerWords
        for w in words.prefix(3) {
            if w.hasPrefix("ex-") { return "former" }
            if isTrade(w, lastWord: head.last) { continue }
            if let q = qualifiers[w] { return q }
        }
        // `had earlier been the chief nurse`, `previously chair`: a post held before
        let lead = words.prefix { leadWords.contains($0) }
        if lead.contains("had") && lead.contains("been") || lead.contains(where: { ["previously", "formerly", "once", "earlier"].contains($0) }) {
            return "former"
        }
        return nil
    }

    /// Words that end a post's title (`chair since 2019`, `chair until May`), for ``withoutTail(_:)``.
    static let tailStops: Set<String> = ["since", "until", "till", "between", "after", "before", "during", "when", "while",
                                         "who", "which", "from"]
    /// The months' names in lower case, for ``withoutTail(_:)``.
    static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                          "october", "november", "december"]

    /// A title read up to a word that starts a time or a clause after it: `prisons minister since last summer` →
    /// `prisons minister`, `director from 2015 until 2019` → `director`. The span is read elsewhere; the post is
    /// the same post whenever it was held.
    static func withoutTail(_ title: String) -> String {
        let stops = tailStops
        // `in 2021`, `in May 2019`, `on 3 May`: a date after the post (`was made chair in 2021` → `chair`)
        let months = monthNames
        func isDate(_ w: Substring?) -> Bool {
            guard let w else { return false }
            let l = w.lowercased().trimming(",.;")
            return months.contains(l) || (l.count == 4 && l.allSatisfy(\.isNumber)) || (1...2).contains(l.count) && l.allSatisfy(\.isNumber)
        }
        var kept: [Substring] = []
        let ws = title.splitASCII(separator: " ", omittingEmptySubsequences: false)
        for (n, w) in ws.enumerated() {
            if stops.contains(w.lowercased()), !kept.isEmpty { break }
            if ["in", "on"].contains(w.lowercased()), !kept.isEmpty, isDate(n + 1 < ws.count ? ws[n + 1] : nil) { break }
            // `chair of the board the previous autumn` (its `of the board the` read off with the body): a time phrase
            if !kept.isEmpty, n + 1 < ws.count {
                let l = w.lowercased(), next = String(ws[n + 1]).lowercased()
                // (only a determiner and its noun of time: an adverb, `had earlier been chief nurse`, comes before the post)
                if ["the", "that", "this", "each", "every"].contains(l) && RelationReader.startsTimePhrase(l, next)
                    || ["previous", "following", "preceding"].contains(l) && RelationReader.startsTimePhrase("that", next) { break }
            }
            kept.append(w)
        }
        return kept.joined(separator: " ")
    }

    /// Whether a qualifier's word is the post itself: `caretaker` is interim before a post (`caretaker chief
    /// executive`) but a trade when it ends the title's head (`the caretaker at Leeds School`, `a school caretaker`).
    static func isTrade(_ word: String, lastWord: String?) -> Bool {
        word == "caretaker" && lastWord == "caretaker"
    }

    /// The title without qualifier and leading articles, as written (`the former Justice Secretary` →
    /// `Justice Secretary`; `shadow` is kept).
    public static func clean(_ title: String) -> String {
        var words = withoutTail(title).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        while let w = words.first {
            let l = w.lowercased()
            if l == "shadow" { break }
            // (a verb a clause put before the post is never part of its title: `became transport secretary`)
            if qualifiers[l] != nil && !isTrade(l, lastWord: words.last?.lowercased()) || ["the", "a", "an", "now", "who", "is", "was", "our", "their", "its", "her", "his", "currently", "also", "still",
                                        "became", "become", "becomes", "becoming"].contains(l)
                || RelationReader.titleVerbs.contains(l) && words.count > 1
                || leadWords.contains(l) && words.count > 1 {
                words.removeFirst()
            } else if l.hasPrefix("ex-"), l.count > 3 {
                words[0] = String(w.dropFirst(3))
            } else {
                break
            }
        }
        return words.joined(separator: " ").trimming(" ,;:-\u{2013}")
    }

    /// The meaningful words of a title, synonyms expanded, qualifiers (but `shadow`) and filler dropped.
    public static func words(_ title: String) -> Set<String> {
        var out = Set<String>()
        for w0 in withoutTail(title).lowerWords {
            var w = w0
            if w.hasSuffix("'s") { w = String(w.dropLast(2)) }
            if w.hasPrefix("ex-"), w.count > 3 { w = String(w.dropFirst(3)) }
            if filler.contains(w) { continue }
            if let q = qualifiers[w], q != "shadow" { continue }
            if w == "state" { continue }   // `Secretary of State for Justice` ~ `Justice Secretary`
            if let s = synonyms[w] { out.formUnion(s) } else { out.insert(w) }
        }
        return out
    }

    /// A title as shown: its cleaned words in lower case, acronyms (`MP`, `CEO`) and bracketed parts kept.
    public static func display(_ title: String) -> String {
        clean(title).split(separator: " ").map { w -> String in
            let letters = w.filter(\.isLetter)
            if letters.count >= 2 && letters.allSatisfy(\.isUppercase) { return String(w) }
            return w.lowercased()
        }.joined(separator: " ")
    }

    /// The names an organization of this title would have by the usual naming conventions of public bodies:
    /// `Chief Inspector of Schools` → `HM Inspectorate of Schools`, `Inspectorate of Schools`; `Health Secretary`,
    /// `Secretary of State for Health`, `Health Minister` → `Ministry of Health`, `Department of Health`,
    /// `Department for Health`; `Chief Secretary to the Treasury` → `HM Treasury`, `Treasury`.
    public static func organizationNames(for title: String) -> [String] {
        let words = clean(title).split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        var out: [String] = []
        func cap(_ w: [String]) -> String { w.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") }
        if let k = lower.firstIndex(where: { $0 == "inspector" }), k + 2 < lower.count, lower[k + 1] == "of" {
            let field = Array(words[(k + 2)...]).filter { $0.lowercased() != "the" }
            out += ["HM Inspectorate of " + cap(field), "Inspectorate of " + cap(field)]
        }
        if let k = lower.firstIndex(where: { $0 == "to" || $0 == "for" || $0 == "of" }), k + 1 < lower.count,
           lower[..<k].contains(where: { ["secretary", "minister", "ministers", "under-secretary"].contains($0) }) {
            let field = Array(words[(k + 1)...]).filter { !["the", "state", "for"].contains($0.lowercased()) }
            if !field.isEmpty {
                let f = cap(field)
                out += ["Ministry of " + f, "Department for " + f, "Department of " + f, "HM " + f, f, f + " Office"]
            }
        }
        if let k = lower.firstIndex(where: { ["secretary", "minister"].contains($0) }), k > 0, lower[k - 1] != "shadow",
           !["chief", "general", "permanent", "prime", "foreign", "home", "deputy", "assistant", "private"].contains(lower[k - 1]),
           !NameLexicon.roleNouns.contains(lower[k - 1]) || lower[k - 1] == "justice" {
            let f = cap([words[k - 1]])
            out += ["Ministry of " + f, "Department for " + f, "Department of " + f]
            // `work and pensions secretary` → `Department for Work and Pensions`: every word of the field before it
            var field: [String] = []
            for w in words[..<k].reversed() {
                let l = w.lowercased()
                if qualifiers[l] != nil && !isTrade(l, lastWord: lower.last) || ["the", "a", "an", "new", "then"].contains(l) { break }
                field.insert(w, at: 0)
            }
            if field.count >= 2, field.contains(where: { ["and", "&"].contains($0.lowercased()) }) {
                let f = field.map { ["and", "&"].contains($0.lowercased()) ? "and" : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                out += ["Department for " + f, "Department of " + f, "Ministry of " + f]
            }
        }
        if lower.count >= 2, lower.last == "secretary", ["home", "foreign"].contains(lower[lower.count - 2]) {
            out += [cap([words[lower.count - 2]]) + " Office"]
        }
        return out
    }

    /// Posts that exist only at a body: a board's `chair`, a `chief executive`, a `director`, a `commissioner`
    /// of some commission. Read with no body (`Ann Reed, who became chair in 2019`, the body unresolved), such a
    /// title tells no post the graph can place or a reader can check, and a role-alone edge for it would stand
    /// as a fact about nothing; a title that names its post whole (`Information Commissioner`, `health
    /// secretary`, `Labour peer`, `director general`) is kept alone. Compared by ``key(_:)``, so `chairman`,
    /// `the first chief executive` and `interim chair` are covered.
    static let bodyBoundPosts: Set<String> = Set([
        "chair", "chief executive", "director", "head", "deputy", "commissioner", "non-executive director",
        "executive director", "managing director", "finance director", "chief regulator", "chair of trustees",
        "deputy chair", "vice chair", "vice-chair", "chief operating officer", "trustee", "board member",
    ].map(key))

    /// Whether a title is a post that exists only at a body (``bodyBoundPosts``): with no body, no edge.
    public static func needsBody(_ title: String) -> Bool { bodyBoundPosts.contains(key(title)) }

    /// A key for merging titles: the sorted meaningful words.
    public static func key(_ title: String) -> String { words(title).sorted().joined(separator: " ") }

    /// Whether the head of a title (its lower-case words before a first preposition) ends in an office named by its
    /// remit: an office noun (``RoleLexicon/officeNouns``: `the Berkshire coroner`, `the National Statistician`),
    /// `justice` after `chief` (`Lord Chief Justice`, `the chief justice`), or `master` with an `of` remit written
    /// with capitals (`Master of the Rolls`). `words`: the whole title's lower-case words; `phrase`: as written.
    static func isOfficeHead(_ head: [String], words: [String], phrase: String) -> Bool {
        guard let last = head.last else { return false }
        if RoleLexicon.officeNouns.contains(last) { return true }
        if last == "justice", head.count >= 2, head[head.count - 2] == "chief" { return true }
        if last == "master", words.count > head.count + 1, words[head.count] == "of", phrase.contains("Master of ") { return true }
        return false
    }

    /// Whether a title stated in the text names a known role: every meaningful word stated is in the known
    /// title (`justice secretary` ⊆ `Secretary of State for Justice`; `chief inspector` ⊆ `HM Chief Inspector
    /// of Probation`), and the stated title has a role noun.
    public static func matches(stated: String, known: String) -> Bool {
        let s = words(stated), k = words(known)
        guard !s.isEmpty, s.contains(where: { NameLexicon.roleNouns.contains($0) }) else { return false }
        return s.isSubset(of: k)
    }

    /// Whether a phrase reads as a role: at most eight words, one of them a role noun.
    public static func isRole(_ phrase: String) -> Bool {
        let w = phrase.lowerWords
        guard (1...8).contains(w.count) else { return false }
        return w.contains { word in
            NameLexicon.roleNouns.contains(word)
                || word.contains("-") && word.split(separator: "-").contains { NameLexicon.roleNouns.contains(String($0)) }
        }
    }
}
