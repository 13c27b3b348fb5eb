import Foundation
import HindsightSupport

/// Posts held alone: occupations next to a name, and offices that are their own body (a public post named by its
/// remit, such as a coroner, a statistician, an ombudsman or an independent commissioner), read where no body is
/// named for them. Each gives a `holds_role` with the title alone (the graph's `role:` node), or at the body the
/// title's naming convention gives when the page names it (``RoleTitle/organizationNames(for:)``).
///
/// - An occupation before a name, after an article: `the philosopher Ann Reed`, `a retired engineer Tom Vale`,
///   `the architecture critic Sam Ode` (``RoleLexicon/occupationNouns``; the lower-case words before the noun
///   belong to it).
/// - An occupation in an apposition after a name: `Ann Reed, the historian,`, `Tom Vale, a painter and decorator
///   who ...`, `Sam Ode, the surgeon and broadcaster,`.
/// - An office opening the clause whose subject is the holder, no body named: `The first Auditor General was Ann
///   Reed`, `The National Statistician is Tom Vale` (a title written with capitals, never a post only a body has,
///   ``RoleTitle/needsBody(_:)``).
/// - A holder who `became` an office, named or as `He`/`She` opening the sentence: `Tom Vale then became HM Chief
///   Inspector of Schools`, `She moved on to become chief inspector of prisons in 2020`.
///
/// Precision: nothing when the person already holds a post with a word of the title (another reader placed it),
/// when a body's name stands inside the title (`became chief executive of Leeds Trust` is the role readers'), when
/// the clause is negated or planned, or when another person stands between the holder and the title.
extension RelationReader {
    /// The posts alone of sentence `s` (see the extension's overview); `found`: what the other readers found in it.
    func officeRelations(_ s: Sentence, _ context: RelationContext, found: [Found]) -> [Found] {
        guard !s.isQuestion, !s.mentions.isEmpty else { return [] }
        var out: [Found] = []
        func holds(_ subject: Int, _ label: String) -> Bool {
            let w = RoleTitle.words(label)
            return (found + out).contains { $0.predicate == "holds_role" && $0.subject == subject
                && !RoleTitle.words($0.label ?? "").isDisjoint(with: w) }
        }
        for i in s.mentions.indices where s.type(i) == .person {
            let subject = s.mentions[i].index
            let offset = s.mentions[i].mention.utf8Range.lowerBound
            for t in [occupationBefore(s, i), occupationAfter(s, i)].compactMap({ $0 }) where !holds(subject, t) {
                out.append(Found(predicate: "holds_role", subject: subject, object: nil, label: RoleTitle.clean(t),
                                 qualifier: RoleTitle.qualifier(t), offset: offset))
            }
        }
        var offices = officeHolderClauses(s, context) + officeTaken(s, context, found: found)
        for i in s.mentions.indices where s.type(i) == .person {
            if let t = officeNextTo(s, i) { offices.append((s.mentions[i].index, t, s.mentions[i].mention.utf8Range.lowerBound)) }
        }
        for (who, title, offset) in offices where !holds(who, title) {
            var f = Found(predicate: "holds_role", subject: who, object: nil, label: RoleTitle.clean(title),
                          qualifier: RoleTitle.qualifier(title), offset: offset)
            f.objectCandidates = RoleTitle.organizationNames(for: title)
            out.append(f)
        }
        return out
    }

    /// The office title written from UTF-8 offset `tAt` of sentence `s`: up to a comma, a full stop, a colon or a
    /// bracket, without a time or a duration after it (`chief inspector of prisons for three years`), when it is an
    /// office (``isOfficeTitle(_:)``) and names no body inside it (a remit word or an office's own name is no body,
    /// and neither is a posting's country after `to`: `High Commissioner to South Africa`); else nil.
    func officeTitle(after tAt: Int, in s: Sentence) -> String? {
        let rest = s.slice(tAt, min(s.range.upperBound, tAt + 120))
        let title = RelationReader.withoutDuration(RoleTitle.withoutTail(String(rest.prefix(beforeAnyASCII: ",;:.(")).trimming(" ")))
        guard !title.isEmpty, RelationReader.isOfficeTitle(RoleTitle.clean(title)) else { return nil }
        let tEnd = tAt + title.utf8.count
        let toAt = title.fastRange(of: " to ").map { tAt + title.utf8.distance(from: title.startIndex, to: $0.upperBound) } ?? tEnd
        let bodyInside = s.mentions.contains { m in
            m.mention.type == .organization && m.mention.utf8Range.lowerBound >= tAt && m.mention.utf8Range.lowerBound < toAt
                && m.mention.utf8Range.lowerBound < tEnd && !RelationReader.isOfficeTitle(m.mention.text)
                && !RelationReader.isRemitWord(m.mention.text)
        }
        return bodyInside ? nil : title
    }

    /// Words that stop the lower-case words read before an occupation noun: no modifier of a trade.
    static let occupationStops: Set<String> = [
        "of", "in", "on", "at", "by", "for", "with", "to", "and", "or", "but", "who", "that", "which", "as", "from",
        "is", "was", "were", "are", "be", "been", "his", "her", "their", "its", "my", "our", "your", "this", "these",
        "those", "said", "says", "told", "had", "has", "have", "not", "no", "when", "while", "after", "before", "into",
    ]

    /// The lower-case words ending in an occupation noun at the end of `words` (at most three before it), and
    /// where they start; nil when the last word is no occupation.
    static func occupationPhrase(_ words: [Substring]) -> (phrase: [Substring], start: Int)? {
        guard let last = words.last, RoleLexicon.occupationNouns.contains(String(last)),
              last.first?.isLowercase == true else { return nil }
        var k = words.count - 1
        while k > 0, words.count - k <= 3 {
            let w = words[k - 1]
            guard w.first?.isLowercase == true, w.allSatisfy({ $0.isLetter || $0 == "-" }),
                  !RelationReader.occupationStops.contains(String(w)), !["the", "a", "an"].contains(w) else { break }
            k -= 1
        }
        return (Array(words[k...]), k)
    }

    /// `the philosopher Ann Reed`, `a retired engineer Tom Vale`: the occupation right before the name at `i`, after
    /// an article.
    func occupationBefore(_ s: Sentence, _ i: Int) -> String? {
        let before = s.before(i, 80)
        guard before.hasSuffix(" "), !before.hasSuffix("  ") else { return nil }
        let words = before.split(separator: " ")
        guard let (phrase, start) = RelationReader.occupationPhrase(words), start >= 1,
              ["the", "a", "an"].contains(words[start - 1].lowercased()) else { return nil }
        let name = s.mentions[i].mention.text
        // (a word that also names a firm or a thing, `the developer Harbour`, only before a person's full name)
        if RoleLexicon.ambiguousOccupations.contains(String(phrase.last!)), !name.fastContains(" ") { return nil }
        return phrase.joined(separator: " ")
    }

    /// `Ann Reed, the historian,`, `Tom Vale, a painter and decorator who ...`: an occupation (or two joined by `and`)
    /// in an apposition after the name at `i`, ending the apposition.
    func occupationAfter(_ s: Sentence, _ i: Int) -> String? {
        let after = s.after(i, 100)
        guard after.hasPrefix(", ") else { return nil }
        var rest = after.dropFirst(2)
        guard let art = ["the ", "a ", "an "].first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(art.count)
        // the apposition: up to its end (punctuation, or a relative word)
        var words: [Substring] = []
        var ended = false
        for w in rest.split(separator: " ", omittingEmptySubsequences: false) {
            let core = String(w).trimming(",.;:)")
            if ["who", "whose", "from", "turned"].contains(core), !words.isEmpty { ended = true; break }
            guard !core.isEmpty, words.count < 7 else { break }
            words.append(Substring(core))
            if core.utf8.count != w.utf8.count { ended = true; break }
        }
        if !ended, words.count < 7, rest.split(separator: " ").count == words.count { ended = true }
        guard ended, !words.isEmpty else { return nil }
        // `the fertility specialist and broadcaster`: two occupations, each whole
        if let and = words.lastIndex(of: "and"), and > 0 {
            guard RelationReader.occupationPhrase(Array(words[(and + 1)...]))?.start == 0,
                  RelationReader.occupationPhrase(Array(words[..<and]))?.start == 0 else { return nil }
            return words.joined(separator: " ")
        }
        guard let (phrase, start) = RelationReader.occupationPhrase(words), start == 0 else { return nil }
        return phrase.joined(separator: " ")
    }

    /// `the Lord Chief Justice, Ann Reed,`, `Tom Vale, the National Statistician,`: an office title (``isOfficeTitle(_:)``)
    /// after `the` in an apposition before or after the name at `i`, with no body named inside it (a lone capitalised
    /// word of the title the recogniser took for a name, `Appointments`, is no body).
    func officeNextTo(_ s: Sentence, _ i: Int) -> String? {
        let r = s.mentions[i].mention.utf8Range
        func bodyInside(_ a: Int, _ b: Int) -> Bool {
            s.mentions.contains { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= a && $0.mention.utf8Range.upperBound <= b
                // (an office the recogniser took for a body, `National Statistician`, is the title itself)
                && !RelationReader.isOfficeTitle($0.mention.text) && !RelationReader.isRemitWord($0.mention.text) }
        }
        // before: `the TITLE, NAME` and a comma or the clause's end after the name
        let before = s.before(i, 100)
        let after3 = s.after(i, 3)
        if before.hasSuffix(", "), after3.isEmpty || after3.hasPrefix(",") || after3.hasPrefix(".") {
            var words = before.dropLast(2).split(separator: " ").map(String.init)
            var title: [String] = []
            while let last = words.last, title.count < 8, !last.hasSuffix(","), !last.hasSuffix("."), !last.hasSuffix(":") {
                title.insert(last, at: 0)
                words.removeLast()
                if last.lowercased() == "the" { break }
            }
            if title.first?.lowercased() == "the", title.count >= 2 {
                let t = title.dropFirst().joined(separator: " ")
                let start = r.lowerBound - 2 - t.utf8.count
                if RelationReader.isOfficeTitle(t), !bodyInside(start, r.lowerBound) { return t }
            }
        }
        // after: `NAME, the TITLE,`
        let after = s.after(i, 100)
        if after.hasPrefix(", the ") {
            let rest = after.dropFirst(6)
            let t = String(rest.prefix(beforeAnyASCII: ",.;:()")).trimming(" ")
            let end = rest.dropFirst(t.utf8.count).first
            let start = r.upperBound + 6
            if end == "," || end == "." || end == ";" || end == nil, RelationReader.isOfficeTitle(t),
               t.first?.isUppercase == true, !bodyInside(start, start + t.utf8.count) { return t }
        }
        return nil
    }

    /// Whether a body's name read inside an office title is the office's remit, not a body: one capitalised word,
    /// no acronym (`Schools` in `HM Chief Inspector of Schools`; not `Ofsted`'s initials-like names, `NHS`).
    static func isRemitWord(_ name: String) -> Bool {
        !name.fastContains(" ") && name.first?.isUppercase == true && name.dropFirst().allSatisfy { $0.isLowercase } && name.hasSuffix("s")
    }

    /// Words before an office title that leave it the same office (`The first Auditor General`).
    static let officeLeadWords: Set<String> = ["the", "first", "new", "current", "last", "next", "present", "then", "former", "previous"]

    /// Whether a title names an office a reader can place alone: the role readers' title (``isRole(_:)``), no post
    /// only a body has (``RoleTitle/needsBody(_:)``), and written as a proper title: its words (but `of`, `for`,
    /// `the`, `and`, `to`) capitalised, or an office noun (``RoleLexicon/officeNouns``) or `inspector`,
    /// `commissioner`, `ombudsman` with a remit after `of`/`for` (`chief inspector of prisons`).
    static func isOfficeTitle(_ title: String) -> Bool {
        let words = title.split(separator: " ").map(String.init)
        guard (1...8).contains(words.count), RelationReader.isRole(title), !RoleTitle.needsBody(title) else { return false }
        let lower = words.map { $0.lowercased() }
        // a post only a body has, with its remit (`Director of Finance`, `Head of Policy`): not alone; but `Director
        // of Public Prosecutions`, an office of its own
        let head = lower.prefix { !["of", "for", "to", "at", "on", "in"].contains($0) }
        if let h = head.last, RelationReader.bodyOnlyHeads.contains(h),
           !(h == "director" && lower.count > head.count + 1 && lower[head.count + 1] == "public") { return false }
        // an office noun heads it (`the Kent coroner`, `the government statistician`): only a person is one
        if let h = head.last, RoleLexicon.officeNouns.contains(h) { return true }
        let small: Set<String> = ["of", "for", "the", "and", "to", "on", "in"]
        if words.allSatisfy({ small.contains($0) || $0.first?.isUppercase == true }), words.first?.first?.isUppercase == true { return true }
        guard let p = lower.firstIndex(where: { $0 == "of" || $0 == "for" }), p > 0, p + 1 < lower.count else { return false }
        let remitHead = lower[p - 1]
        return RoleLexicon.officeNouns.contains(remitHead) || ["inspector", "commissioner", "ombudsman", "regulator", "registrar", "auditor"].contains(remitHead)
    }

    /// Head nouns of posts that exist only at a body, whatever remit follows (`Director of Finance`, `Head of
    /// Policy`, `Chair of Trustees`).
    static let bodyOnlyHeads: Set<String> = ["director", "directors", "chair", "chairman", "chairwoman", "chairperson", "head",
                                             "manager", "executive", "trustee", "member", "deputy", "president", "founder",
                                             "co-founder", "partner", "principal", "dean", "editor", "leader", "governor", "owner",
                                             "treasurer", "clerk", "fellow", "lecturer", "professor", "researcher", "analyst"]

    /// The holders of offices alone in `s`: (holder's mention index, title, offset).
    func officeHolderClauses(_ s: Sentence, _ context: RelationContext) -> [(Int, String, Int)] {
        var out: [(Int, String, Int)] = []
        // `The first Auditor General was Ann Reed`: the title opening the sentence, a copula, the holder
        // (an office the recogniser took for a body, `the National Statistician`, may stand before the holder)
        if let i = s.mentions.indices.first(where: { s.type($0) == .person }),
           !s.mentions.indices.contains(where: { $0 < i && !RelationReader.isOfficeTitle(s.mentions[$0].mention.text) }) {
            let lead = s.before(i, 120)
            let start = s.mentions[i].mention.utf8Range.lowerBound - lead.utf8.count
            if start == s.range.lowerBound || s.slice(s.range.lowerBound, start).trimming(" \n\t").isEmpty {
                var words = lead.split(separator: " ").map(String.init)
                let copulas: [[String]] = [["was"], ["is"], ["has", "been"], ["had", "been"], ["became"]]
                if let c = copulas.first(where: { words.count > $0.count && Array(words.suffix($0.count)) == $0 }) {
                    words.removeLast(c.count)
                    while let f = words.first, RelationReader.officeLeadWords.contains(f.lowercased()), words.count > 1 { words.removeFirst() }
                    let title = words.joined(separator: " ")
                    if !title.fastContains(","), words.first?.first?.isUppercase == true, RelationReader.isOfficeTitle(title),
                       RelationModality.isFactual(lead) {
                        out.append((s.mentions[i].index, title, s.mentions[i].mention.utf8Range.lowerBound))
                    }
                }
            }
        }
        // `Tom Vale then became HM Chief Inspector of Schools`, `She moved on to become chief inspector of prisons`
        let verbs = ["became ", "to become ", "has become ", "had become "]
        let lower = s.lower
        for v in verbs where lower.fastContains(v) {
            var from = lower.startIndex
            while let r = lower.fastRange(of: v, range: from..<lower.endIndex) {
                from = r.upperBound
                let vAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let tAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                // the title: up to a comma, a full stop or a time after it, no body named inside it
                guard let title = officeTitle(after: tAt, in: s), !title.lowercased().hasPrefix("a "),
                      !title.lowercased().hasPrefix("an ") else { continue }
                // the holder: the nearest person before the verb in its clause, with no other name between
                let clauseStart = s.slice(s.range.lowerBound, vAt)
                guard RelationModality.isFactual(clauseStart), !RelationModality.isFuture(clauseStart) else { continue }
                let lastEnd = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= vAt }).map { s.mentions[$0].mention.utf8Range.upperBound } ?? s.range.lowerBound
                if let who = subjectPronoun(s, context, from: lastEnd, verbAt: vAt, copula: false) {
                    // `..., but she left in 2009 to become ...`: the pronoun opening the verb's clause
                    out.append((who, title, tAt))
                } else if let j = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= vAt }) {
                    guard s.type(j) == .person else { continue }
                    let gap = s.slice(s.mentions[j].mention.utf8Range.upperBound, vAt)
                    guard !gap.fastContains(";"), gap.lowerWords.count <= 8,
                          !gap.lowerWords.contains(where: { ["who", "which", "whose", "that", "when", "after", "before", "while"].contains($0) }) else { continue }
                    out.append((s.mentions[j].index, title, tAt))
                } else {
                    // `He stayed until 2010 and then became ...`: `He`/`She` opening the sentence
                    let opening = s.whole.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                    guard opening == "He" || opening == "She",
                          let who = context.person(male: opening == "He", at: s.range.lowerBound, in: s, sameSentence: false, subjectPronoun: true)
                    else { continue }
                    out.append((who.index, title, tAt))
                }
            }
        }
        // `As Home Secretary she took the bill through`: a capitalised office opening the sentence after `As`, then
        // `he`/`she`, the person it stands for (the post held at the time)
        if s.whole.hasPrefix("As ") {
            let ws = s.whole.split(separator: " ").map(String.init)
            var k = 1
            var tw: [String] = []
            while k < ws.count, k <= 7 {
                let w = ws[k].trimming(",")
                guard w.first?.isUppercase == true || ["of", "for", "the", "and", "to"].contains(w) else { break }
                tw.append(w)
                k += 1
                if ws[k - 1].hasSuffix(",") { break }
            }
            let title = tw.joined(separator: " ")
            if k < ws.count, ["he", "she"].contains(ws[k]), !title.isEmpty, RelationReader.isOfficeTitle(title) {
                let pAt = s.range.lowerBound + ws[..<k].joined(separator: " ").utf8.count + 1
                if let who = context.person(male: ws[k] == "he", at: pAt, in: s, sameSentence: true, subjectPronoun: true) {
                    out.append((who.index, title, s.range.lowerBound + 3))
                }
            }
        }
        // `Ann Reed, the first person to hold the title of Information Commissioner,`, `the first holder of the office of
        // Auditor General was Tom Vale`: the office named after `hold ... of`; its holder the person named before the
        // cue in the sentence (no other between), or else the one named right after it
        for cue in [" hold the title of ", " hold the post of ", " hold the office of ", " held the title of ", " held the post of ",
                    " held the office of ", " holder of the office of ", " holder of the post of ", " holder of the title of "] {
            guard let r = lower.fastRange(of: cue) else { continue }
            let cueAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let tAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            // (the capitalised title: its words up to the first lower-case word but `of`, `for`, `the`, `and`, `to`)
            var tw: [Substring] = []
            for w in s.slice(tAt, min(s.range.upperBound, tAt + 100)).prefix(beforeAnyASCII: ",;:.(").split(separator: " ") {
                guard w.first?.isUppercase == true || ["of", "for", "the", "and", "to"].contains(w) else { break }
                tw.append(w)
            }
            while let l = tw.last, l.first?.isLowercase == true { tw.removeLast() }
            let title = tw.joined(separator: " ")
            let tEnd = tAt + title.utf8.count
            // (`to hold` only after `the first/only/last person to`: not `hoped to hold the post of`)
            if cue.hasPrefix(" hold ") {
                let lead = s.slice(max(s.range.lowerBound, cueAt - 40), cueAt).lowerWords.suffix(4)
                guard lead.last == "to", lead.contains(where: { ["first", "only", "last", "second", "third", "youngest", "oldest"].contains($0) }) else { continue }
            }
            guard !title.isEmpty, title.first?.isUppercase == true, RelationReader.isOfficeTitle(title),
                  RelationModality.isFactual(s.slice(s.range.lowerBound, cueAt)), !RelationModality.isFuture(s.slice(s.range.lowerBound, cueAt)) else { continue }
            if let j = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueAt && s.type($0) == .person }),
               !s.mentions.contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound > s.mentions[j].mention.utf8Range.upperBound && $0.mention.utf8Range.upperBound <= cueAt }),
               s.slice(s.mentions[j].mention.utf8Range.upperBound, cueAt).lowerWords.count <= 10 {
                out.append((s.mentions[j].index, title, tAt))
            } else if let j = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= tEnd && s.type($0) == .person }),
                      s.slice(tEnd, s.mentions[j].mention.utf8Range.lowerBound).lowerWords.count <= 3 {
                out.append((s.mentions[j].index, title, tAt))
            }
            break
        }
        // `After leaving the board she was chief inspector of probation`: `he`/`she` and a copula right before an office
        for cop in ["he was ", "she was ", "he had been ", "she had been ", "he has been ", "she has been "] {
            var from = lower.startIndex
            while let r = lower.fastRange(of: cop, range: from..<lower.endIndex) {
                from = r.upperBound
                guard r.lowerBound == lower.startIndex || lower[lower.index(before: r.lowerBound)] == " " else { continue }
                let pAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let tAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                guard let title = officeTitle(after: tAt, in: s), let f = title.first, f.isLetter,
                      !["a ", "an ", "the "].contains(where: { title.lowercased().hasPrefix($0) }) else { continue }
                let clause = s.slice(s.range.lowerBound, tAt)
                guard RelationModality.isFactual(clause), !RelationModality.isFuture(clause),
                      let who = context.person(male: cop.hasPrefix("he "), at: pAt, in: s, sameSentence: true, subjectPronoun: true) else { continue }
                out.append((who.index, title, tAt))
            }
        }
        return out
    }

    /// A title with a span of time after it cut off: `chief inspector of probation for three years` → `chief
    /// inspector of probation`.
    static func withoutDuration(_ title: String) -> String {
        let words = title.split(separator: " ").map(String.init)
        for (k, w) in words.enumerated() where k > 0 && w.lowercased() == "for" && k + 1 < words.count {
            let n = words[k + 1].lowercased()
            if n.first?.isNumber == true || OrganizationLexicon.countWords.contains(n) || ["a", "several", "many", "some", "most", "over", "nearly", "almost", "more"].contains(n) {
                return words[..<k].joined(separator: " ")
            }
        }
        return title
    }

    /// The person `he`/`she` stands for when it opens the clause of a verb at `verbAt` (after the last name, at
    /// `from`): `..., but she left in 2009 to become`, `and he then became`. At most six words between the pronoun
    /// and the verb, none a relative word.
    func subjectPronoun(_ s: Sentence, _ context: RelationContext, from: Int, verbAt: Int, copula: Bool) -> Int? {
        let gap = s.slice(from, verbAt)
        let words = gap.split(separator: " ").map { String($0).lowercased().trimming(",;:") }
        guard let k = words.lastIndex(where: { $0 == "he" || $0 == "she" }), words.count - k - 1 <= 6,
              !words[(k + 1)...].contains(where: { ["who", "which", "whose", "that", "when", "after", "before", "while", "if"].contains($0) }) else { return nil }
        // the pronoun's offset: its last occurrence as a word in the gap
        let lowerGap = gap.lowercased()
        guard let r = lowerGap.fastRange(of: " " + words[k] + " ", options: .backwards) ?? (lowerGap.hasPrefix(words[k] + " ") ? lowerGap.fastRange(of: words[k]) : nil) else { return nil }
        let at = from + lowerGap.utf8.distance(from: lowerGap.startIndex, to: r.lowerBound)
        if let who = context.person(male: words[k] == "he", at: at, in: s, sameSentence: true, subjectPronoun: true) { return who.index }
        // (the sentence's own subject, the only person named before the pronoun: `Ann Reed, a diplomat, became chief
        // executive, but she left to become ...`)
        let people = s.mentions.filter { $0.mention.type == .person && $0.mention.utf8Range.upperBound <= at }
        guard people.count == 1, let p = people.first, RelationContext.sex(p.mention) != (words[k] != "he"),
              s.slice(s.range.lowerBound, p.mention.utf8Range.lowerBound).lowerWords.allSatisfy({ RelationContext.isLeadIn($0) || NameLexicon.honorifics.contains($0) }) else { return nil }
        return p.index
    }

    /// Clauses that say a person took or held the post in discussion without naming it: `took the post`, `has taken
    /// up the role`, `The first holder was ...`.
    static let officeTakingCues = ["took the post", "took up the post", "took up post", "took up the role", "has taken up the role",
                                   "had taken up the role", "took the job", "took up the job", "has held the post",
                                   "held the post", "filled the post", "was the first holder", "became the first holder"]
    /// Lead words of a sentence whose holder follows a copula: `The first holder was Ann Reed`.
    static let officeHolderLeads = ["the first holder was ", "the first holder of the post was ", "the first holder of the office was ",
                                    "the first to hold the post was ", "the first person to hold the post was "]

    /// The office in discussion before offset `at`: the last office title written with capitals (``isOfficeTitle(_:)``,
    /// headed by an office noun, a `commissioner`, an `inspector` ...) in the ``officeWindow`` bytes before, when every
    /// such title there is the same office (one title's words within the other's: `the Anti-Slavery Commissioner` and
    /// `the Independent Anti-Slavery Commissioner`). Two offices named: none.
    static let officeWindow = 2500
    static let officeHeadWords: Set<String> = RoleLexicon.officeNouns.union(["commissioner", "inspector", "ombudsman", "regulator",
                                                                              "registrar", "auditor", "comptroller", "justice"])
    static func officeInDiscussion(_ text: String, before at: Int) -> String? { officeInDiscussionAt(text, before: at)?.title }

    /// ``officeInDiscussion(_:before:)`` with the offset where the office was last named (the end of its title).
    static func officeInDiscussionAt(_ text: String, before at: Int) -> (title: String, end: Int)? {
        let lo = max(0, at - officeWindow)
        let window = RelationReader.Sentence.slice(text, lo, at)
        let words = window.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        func bare(_ w: String) -> String { w.trimming(",.;:()\"'\u{201C}\u{201D}") }
        func cap(_ w: String) -> Bool { bare(w).first?.isUppercase == true }
        func ends(_ w: String) -> Bool { w.hasSuffix(",") || w.hasSuffix(".") || w.hasSuffix(";") || w.hasSuffix(":") || w.hasSuffix(")") }
        var titles: [String] = []
        var lastEnd = at
        for (k, w) in words.enumerated() where cap(w) && officeHeadWords.contains(bare(w).lowercased()) {
            var a = k
            while a > 0, k - a < 4, cap(words[a - 1]), !ends(words[a - 1]),
                  !["The", "A", "An", "This", "That", "Its", "Our"].contains(bare(words[a - 1])) { a -= 1 }
            var b = k + 1
            var t = Array(words[a...k].map(bare))
            if !ends(w) {
                if b < words.count, ["General", "Royal"].contains(bare(words[b])) { t.append(bare(words[b])); b += 1 }
                if b + 1 < words.count, !ends(words[b - 1]), ["of", "for", "to"].contains(words[b]) {
                    var r: [String] = [words[b]]
                    var c = b + 1
                    if c < words.count, words[c] == "the" { r.append("the"); c += 1 }
                    var got = 0
                    while c < words.count, got < 4, cap(words[c]) || (got > 0 && ["and", "&"].contains(words[c]) && c + 1 < words.count && cap(words[c + 1])) {
                        r.append(bare(words[c]))
                        if cap(words[c]) { got += 1 }
                        if ends(words[c]) { break }
                        c += 1
                    }
                    if got > 0 { t += r }
                }
            }
            let title = t.joined(separator: " ")
            if isOfficeTitle(title) {
                titles.append(title)
                // (its end: the last occurrence of its last word in the window)
                if let r = window.fastRange(of: t.last ?? title, options: .backwards) { lastEnd = lo + window.utf8.distance(from: window.startIndex, to: r.upperBound) }
            }
        }
        guard let last = titles.last else { return nil }
        let lw = RoleTitle.words(last)
        for t in titles {
            let w = RoleTitle.words(t)
            guard w.isSubset(of: lw) || lw.isSubset(of: w) else { return nil }
        }
        return (titles.filter { RoleTitle.words($0).isSuperset(of: lw) }.max { $0.utf8.count < $1.utf8.count } ?? last, lastEnd)
    }

    /// `Ann Reed, a retired judge, took the post in 1995`, `Tom Vale has taken up the role`, `The first holder was Sam
    /// Ode`: the holder of the office in discussion (``officeInDiscussion(_:before:)``).
    func officeTaken(_ s: Sentence, _ context: RelationContext, found: [Found]) -> [(Int, String, Int)] {
        let lower = s.lower
        var out: [(Int, String, Int)] = []
        // `A followed him in 2001`, `She was succeeded in 2010 by B`: a succession between people that names no post,
        // in a sentence that names no body and states no post, hands on the office in discussion
        // (and no other post stated since the office was last named: `Wilshaw stood down as chief inspector. His
        // successor, Spielman, ...` is a succession in that post)
        for f in found where f.predicate == "successor_of" {
            guard let o = f.object, let a = s.mentions.first(where: { $0.index == f.subject }), a.mention.type == .person,
                  s.mentions.contains(where: { $0.index == o && $0.mention.type == .person }) || context.before.contains(where: { $0.index == o && $0.mention.type == .person }),
                  !found.contains(where: { ($0.predicate == "holds_role" || $0.predicate == "leads") && $0.qualifier != "former" && ($0.subject == f.subject || $0.subject == o) }),
                  let (office, end) = RelationReader.officeInDiscussionAt(s.text, before: s.range.lowerBound) else { continue }
            let own = RoleTitle.words(office)
            let since = RelationReader.Sentence.slice(s.text, end, s.range.lowerBound) + " " + s.whole
            guard !since.lowerWords.contains(where: { NameLexicon.roleNouns.contains($0) && !own.contains($0) }) else { continue }
            out.append((f.subject, office, a.mention.utf8Range.lowerBound))
        }
        for lead in RelationReader.officeHolderLeads where lower.hasPrefix(lead) {
            guard let i = s.mentions.indices.first, s.type(i) == .person,
                  s.mentions[i].mention.utf8Range.lowerBound - s.range.lowerBound <= lead.utf8.count + 8,
                  let office = RelationReader.officeInDiscussion(s.text, before: s.range.lowerBound) else { break }
            out.append((s.mentions[i].index, office, s.mentions[i].mention.utf8Range.lowerBound))
            break
        }
        for cue in RelationReader.officeTakingCues {
            guard let r = lower.fastRange(of: cue) else { continue }
            let cueAt = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            // (`took the post of chair at ...`: a post named, the role readers')
            let next = lower[r.upperBound...].prefix(6)
            guard !next.hasPrefix(" of"), !next.hasPrefix(" at"), !next.hasPrefix(" as") else { continue }
            let clause = s.slice(s.range.lowerBound, cueAt)
            guard RelationModality.isFactual(clause), !RelationModality.isFuture(clause) else { continue }
            guard let j = s.mentions.indices.last(where: { s.mentions[$0].mention.utf8Range.upperBound <= cueAt && s.type($0) == .person }),
                  s.slice(s.mentions[j].mention.utf8Range.upperBound, cueAt).lowerWords.count <= 25,
                  !s.slice(s.mentions[j].mention.utf8Range.upperBound, cueAt).fastContains(";"),
                  let office = RelationReader.officeInDiscussion(s.text, before: s.range.lowerBound) else { continue }
            out.append((s.mentions[j].index, office, s.mentions[j].mention.utf8Range.lowerBound))
            break
        }
        return out
    }
}

