import Foundation
import HindsightSupport

/// Criticism (`criticised`): a person or organization attacking another, or a programme.
extension RelationReader {
    /// Verbs whose subject criticises their object: `the union slammed the council`, `Ann Reed attacked the plan`.
    static let criticismVerbs = ["slammed", "slams", "condemned", "condemns", "criticised", "criticises", "criticized",
                                 "criticizes", "attacked", "attacks", "blasted", "blasts", "lambasted", "lambasts",
                                 "denounced", "denounces", "savaged", "savages", "castigated", "rebuked", "censured",
                                 "derided", "ridiculed", "hit out at", "hits out at", "rounded on", "accused",
                                 "accuses", "took aim at", "takes aim at", "tore into", "laid into", "berated",
                                 "warned against", "railed against", "rails against", "spoke out against",
                                 "has criticised", "has condemned", "has attacked", "has slammed", "mocked",
                                 "was scathing about", "is scathing about", "were scathing about", "are scathing about",
                                 "been scathing about",
                                 "was critical of", "is critical of", "has been critical of", "a critic of",
                                 "a fierce critic of", "a vocal critic of", "a longstanding critic of", "blamed", "blames", "fined", "fines", "reprimanded",
                                 // opposition is criticism too: `the union opposed the closures`, `residents fought
                                 // the scheme for years`, `was highly critical of the trust`
                                 "critical of", "opposed", "opposes", "fought", "fights", "campaigned against",
                                 "campaigns against", "protested against", "in dispute with",
                                 "took legal action against", "challenged in court",
                                 // an attack going on: `has been criticising the trust`, `is attacking the scheme`
                                 "criticising", "criticizing", "condemning", "attacking", "lambasting", "denouncing",
                                 // `has been hammering the ministry for years`, `has been opposing the scheme`
                                 "hammering", "hammered", "opposing", "slamming", "savaging", "blasting",
                                 // more verbs of attack: `the charity decried the cuts`, `the panel faulted the trust`,
                                 // `the union lashed out at the board` (not `sued`: a lawsuit is business as often as blame)
                                 "decried", "decries", "deplored", "deplores", "excoriated", "pilloried", "disparaged",
                                 "vilified", "chastised", "scolded", "upbraided", "admonished", "reproached", "faulted",
                                 "rubbished", "assailed", "denigrated", "took to task", "lashed out at",
                                 "lashes out at", "took a swipe at", "takes a swipe at", "poured scorn on", "pours scorn on",
                                 "was damning about", "were damning about", "is damning about", "was withering about",
                                 "complained about", "complains about", "objected to", "objects to",
                                 // a warning about a body or scheme: `the union has warned about Harbour Care for years`
                                 // (not `warned of`, a forecast as often as blame: `warned of delays at the port`)
                                 "warned about", "warns about", "been warning about"]
    /// Words after an opposition verb that make it no attack: `fought for the hospital`, `fought off a rival`,
    /// `fought alongside the council`.
    static let notAgainst: Set<String> = ["off", "for", "alongside", "with", "to", "back", "on", "in", "hard", "over"]
    /// Passive forms: `the plan was condemned by Ann Reed` → Ann Reed criticised the plan.
    static let passiveCriticism = ["was criticised by", "was condemned by", "was slammed by", "was attacked by",
                                   "were criticised by", "were condemned by", "has been criticised by",
                                   "criticised by", "condemned by", "slammed by", "attacked by", "was blasted by",
                                   "came under fire from", "has come under fire from", "under fire from",
                                   "drew criticism from", "has drawn criticism from", "was opposed by", "were opposed by",
                                   "opposed by", "is opposed by", "was fought by",
                                   // a sanction by a regulator: `Harbour was fined by the Energy Regulator`
                                   "was fined by", "were fined by", "has been fined by", "was censured by", "was reprimanded by",
                                   "was rebuked by"]

    func criticismRelations(_ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        let target = { (k: Int) -> Bool in s.isActor(k) || s.type(k) == .programme }
        for i in 0..<n where target(i) {
            guard let j = (i + 1..<n).first(where: { target($0) }) else { continue }
            let between = s.between(i, j)
            guard between.utf8.count <= 100 else { continue }
            let t = between.lowercased().trimming(" ,")
            let words = t.lowerWords.joined(separator: " ")
            guard RelationModality.isFactual(t, question: s.isQuestion) else { continue }
            // The verb must follow the subject closely (`Ann Reed, the union leader, slammed`), and the object
            // the verb (`slammed the council's plan` → the council).
            func verb(_ list: [String]) -> String? {
                list.first { v in
                    guard let r = words.fastRange(of: v) else { return false }
                    let lead = words[..<r.lowerBound].split(separator: " ").count
                    let trail = words[r.upperBound...].split(separator: " ").count
                    let okBefore = r.lowerBound == words.startIndex || words[words.index(before: r.lowerBound)] == " "
                    let okAfter = r.upperBound == words.endIndex || words[r.upperBound] == " "
                    // not the name inside what is criticised (`condemned the decision to hand X the contract`)
                    let governed = words[r.upperBound...].split(separator: " ").contains { $0 == "to" }
                    let next = words[r.upperBound...].split(separator: " ").first.map(String.init) ?? ""
                    return okBefore && okAfter && lead <= 6 && trail <= 4 && !governed && !RelationReader.notAgainst.contains(next)
                }
            }
            // `Harbour was fined £2m by the regulator`: a sanction with its amount between
            let sanctioned = words.hasPrefix("was fined ") || words.hasPrefix("were fined ") || words.hasPrefix("has been fined ") || words.hasPrefix("had been fined ")
            if sanctioned, words.hasSuffix(" by") || words.hasSuffix(" by the"), t.lowerWords.count <= 9, s.isActor(j), s.isActor(i),
               !t.contains(",") {
                out.append(found("criticised", s, subject: j, object: i))
            }
            if verb(RelationReader.passiveCriticism) != nil {
                // `was criticised by the Assembly's audit committee`: the body the possessive owns, named after it
                var agent = j
                if j + 1 < n, s.isActor(j + 1), ["'s", "\u{2019}s"].contains(s.between(j, j + 1).trimming(" ")) { agent = j + 1 }
                if s.isActor(agent) { out.append(found("criticised", s, subject: agent, object: i)) }
            } else if s.isActor(i), verb(RelationReader.criticismVerbs) != nil,
                      // `Ann Reed's committee has slammed`: the committee, not its chair (but `Ann Reed's report
                      // condemned`: the author of her document)
                      !(t.hasPrefix("'s ") || t.hasPrefix("\u{2019}s ")) || t.lowerWords.dropFirst().prefix(3).contains(where: { $0 == "criticism" || Self.documentNouns.contains($0) }) {
                // `Ann Reed, chief executive of Harbour Group, slammed ...`: the person, not her organization
                var subject = i
                if t.hasPrefix(",") || between.hasPrefix(","), i > 0, s.type(i - 1) == .person {
                    let app = s.between(i - 1, i)
                    if app.hasPrefix(","), app.lowerWords.count <= 8, !app.lowerWords.contains("and") { subject = i - 1 }
                }
                // `the Audit Committee under Ann Reed has slammed`: the body, not its chair
                if s.type(subject) == .person, subject > 0, s.type(subject - 1) == .organization,
                   RelationReader.chairCues.contains(s.between(subject - 1, subject).lowercased().trimming(" ")) {
                    subject -= 1
                }
                // not the object of a preposition (`his letter to the minister, Ann Reed, blamed ...`)
                let lead = s.before(subject, 50).lowerWords.suffix(4)
                if lead.contains(where: { ["to", "of", "for", "with", "from", "by", "about", "against", "and"].contains($0) }) { continue }
                out.append(found("criticised", s, subject: subject, object: j))
            }
            // `Ann Reed's criticism of the council`
            if s.isActor(i), t.hasPrefix("'s criticism of") || t.hasPrefix("\u{2019}s criticism of") || t.hasPrefix("'s attack on") || t.hasPrefix("\u{2019}s attack on") {
                out.append(found("criticised", s, subject: i, object: j))
            }
        }
        out += assessments(s)
        out += criticismAroundVerb(s, context)
        out += criticismJudgements(s, context, all: all)
        out += opposition(s)
        out += callsToGo(s)
        out += reportsOn(s, context)
        out += protestsAgainst(s)
        out += warningsTo(s)
        out += echoedCriticism(s, context, all: all)
        out += findings(s, context)
        out += describedFindings(s, context)
        out += criticNouns(s, context)
        return out
    }

    /// Words that may stand between a subject (or its closing apposition) and its verb: `Ann Reed has since
    /// openly attacked`, `the committee, chaired by Tom Vale, later criticised`.
    static let subjectAdverbs: Set<String> = ["has", "have", "had", "been", "long", "also", "repeatedly", "again", "publicly", "then",
                                              "now", "already", "strongly", "later", "subsequently", "recently", "openly", "sharply",
                                              "fiercely", "consistently", "loudly", "bitterly", "twice", "once", "itself", "himself", "herself",
                                              "themselves", "too", "first", "even", "since", "formally", "unanimously", "finally",
                                              "eventually", "quietly"]

    /// Words that open a fronted time adverbial besides ``RelationContext/leadIns`` and numbers: the days of the week.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `words` (lower case) without the time adverbial that fronts them: `in 1995 the home secretary` → `the home
    /// secretary`, `in december 2006 its director` → `its director`, `last year` → nothing. Only words of time
    /// (``RelationContext/leadIns`` but `the`, numbers, weekdays), and at least one that is no bare preposition
    /// or conjunction (`in the report` keeps its `in`); otherwise `words` unchanged.
    static func afterFrontedTime(_ words: [String]) -> [String] {
        let time = words.prefix { $0 != "the" && (RelationContext.leadIns.contains($0) || weekdays.contains($0) || $0.allSatisfy(\.isNumber)) }
        let bare: Set<String> = ["in", "on", "at", "by", "and", "but", "so", "yet", "then", "also", "however", "instead", "still", "only", "both"]
        guard time.contains(where: { !bare.contains($0) }) else { return words }
        return Array(words.dropFirst(time.count))
    }

    /// The actors before position `v` (a UTF-8 offset) that are the subject of the verb there: the nearest actor
    /// right before it (`Ann Reed has slammed`), or one whose apposition or relative clause stands between
    /// (`Ann Reed, who chairs the union, slammed`; `the Health Committee, chaired by Tom Vale, condemned`), with
    /// the actors coordinated with it (`Harbour Trust and the Carers Union condemned`).
    func subjects(_ s: Sentence, before v: Int) -> [Int] {
        let actors = s.mentions.indices.filter { s.isActor($0) && s.mentions[$0].mention.utf8Range.upperBound <= v }
        var subject: Int?
        var chairOpening = false
        for k in actors.reversed() {
            let gap = s.slice(s.mentions[k].mention.utf8Range.upperBound, v)
            var words = gap.lowerWords
            while let l = words.last, ["both", "since", "today", "yesterday"].contains(l) || Self.subjectAdverbs.contains(l) { words.removeLast() }
            if words.isEmpty && !gap.contains(",") && !gap.contains("(") { subject = k; break }
            // an apposition or a relative clause closed by a comma: `Ann Reed, the union's leader, has slammed`
            let t = gap.trimming(" ")
            if (t.hasPrefix(",") || t.hasPrefix("(")), gap.utf8.count <= 220 {
                var rest = t
                while let l = rest.split(separator: " ").last, Self.subjectAdverbs.contains(l.lowercased()) {
                    rest = String(rest.dropLast(l.count)).trimming(" ")
                }
                // an apposition, not a clause of its own: `, described the failures,` is a verb of this actor
                let inner = rest.lowerWords
                let verbFirst = (inner.first.map { $0.hasSuffix("ed") && !["red", "need"].contains($0) } ?? false) && !inner.contains("by")
                let governed = s.before(k, 40).lowerWords.suffix(5).contains { ["to", "of", "for", "with", "from", "by", "about", "against"].contains($0) }
                // `The local MP, Tom Vale, has slammed`: the name is itself the apposition of a description that
                // opens the sentence and names no one else
                let own = s.before(k, 40).split(separator: ",").last.map { $0.lowerWords } ?? []
                // `The Carers Union and its chair, Ann Reed, condemned`: the body (its officer joins it below)
                if rest == ",", s.type(k) == .person, let o = actors.last(where: { $0 < k && s.type($0) == .organization }),
                   Self.bodyAndOfficer(s.between(o, k)) {
                    subject = o
                    break
                }
                // (lazy: read only when a comma follows the name, as the tests below ask)
                lazy var earlier = s.mentions.indices.filter { $0 < k && s.isActor($0) && !RelationReader.isParty(s.mentions[$0].mention.canonicalName) }
                // `Napo's general secretary, Tom Vale,`: the body owning the post, a possessive opening the
                // sentence, is no subject of its own
                lazy var ownerOpens = earlier.count == 1 && s.before(earlier[0], 20).lowerWords.isEmpty
                    && (s.after(earlier[0], 3).hasPrefix("'s ") || s.after(earlier[0], 5).hasPrefix("\u{2019}s "))
                    && !s.between(earlier[0], k).trimming(" ").dropLast().contains(",")
                if rest == ",", !own.contains(where: { RelationContext.governing.contains($0) }), s.mentions[k].mention.utf8Range.lowerBound - s.range.lowerBound <= 120,
                   earlier.isEmpty || ownerOpens {
                    let opening = s.slice(s.range.lowerBound, s.mentions[k].mention.utf8Range.lowerBound)
                    // (`The local MP, Tom Vale,`; `The local MP for Northgate, the Conservative Tom Vale,`): the
                    // opening's head, before any preposition, is a post (`Her letter to the chair, Tom Vale,` is not)
                    // (`In 1995 the home secretary, Tom Vale,`: a fronted time adverbial is passed over)
                    // (but not `In 2006 its director, Tom Vale,`: the body `its` stands for is the one that acts)
                    let openingFirst = opening.split(separator: ",").first.map { $0.lowerWords } ?? []
                    let openingWords = Self.afterFrontedTime(openingFirst)
                    let fronted = openingWords.count < openingFirst.count
                    let openingHead = openingWords.prefix { !RelationContext.governing.contains($0) }
                    if opening.contains(","), own.count <= 3, RoleTitle.isRole(openingHead.joined(separator: " ")), own.isEmpty || own.first == "the", let f = openingWords.first,
                       ownerOpens || (fronted ? ["the", "a", "an"] : ["the", "a", "an", "its", "their", "his", "her"]).contains(f),
                       RelationModality.isFactual(opening) {
                        subject = k
                        break
                    }
                }
                // `Harbour Pharma reacted at once, and its chairman, Tom Vale, attacked ...`: the same for a later
                // clause (after `, and`, `, but`, `; `) that opens with a post, the name its apposition, and names no
                // one else before it
                if rest == ",", s.type(k) == .person, Self.postOpensClause(s, k, from: clauseStart(s, before: s.mentions[k].mention.utf8Range.lowerBound)) {
                    subject = k
                    break
                }
                // `The inquiry chaired by Sir Tom Vale, which reported in 2004, was scathing about`: a body the
                // sentence does not name speaks through its chair, who is read as the subject
                if rest.hasSuffix(","), rest.count >= 3, !verbFirst, earlier.isEmpty {
                    let opening = s.slice(s.range.lowerBound, s.mentions[k].mention.utf8Range.lowerBound)
                    let ow = opening.lowerWords
                    if !opening.contains(","), !opening.contains("("), ow.first == "the",
                       let c = ow.firstIndex(where: { ["chaired", "led", "headed"].contains($0) }), (2...4).contains(c),
                       c + 1 < ow.count, ow[c + 1] == "by", ow.count - (c + 2) <= 3,
                       ow[1..<c].allSatisfy({ !RelationContext.governing.contains($0) && !Self.auxiliaries.contains($0) }) {
                        subject = k
                        chairOpening = true
                        break
                    }
                }
                if rest.hasSuffix(",") || rest.hasSuffix(")"), rest.count >= 3, !verbFirst, !governed {
                    // the actor must open its clause: the sentence start, or after `;`, `and`, `but`, a comma
                    let lead = s.before(k, 40)
                    let leadWords = lead.lowerWords
                    let opens = leadWords.isEmpty || lead.trimming(" ").hasSuffix(";") || lead.trimming(" ").hasSuffix(":")
                        // `In January 2023 Ann Reed, who ..., confirmed`: after a fronted time adverbial only
                        || (Self.afterFrontedTime(leadWords).isEmpty && s.mentions[k].mention.utf8Range.lowerBound - s.range.lowerBound <= 40)
                        || ["the", "and", "but", "while", "meanwhile", "today", "yesterday", "then"].contains(leadWords.last ?? "") || lead.trimming(" ").hasSuffix(",")
                        // `The newly formed Carers Union, ...`: a short lead-in of the sentence's own
                        || (leadWords.first == "the" && leadWords.count <= 3 && s.mentions[k].mention.utf8Range.lowerBound - s.range.lowerBound <= 40
                            && !lead.contains(",") && !lead.contains("("))
                    if opens { subject = k; break }
                }
            }
            // a nearer actor inside an apposition is passed over only when the gap holds a comma
            if !gap.contains(",") && !gap.contains("(") { break }
        }
        guard var k = subject else { return [] }
        // `the Audit Committee under Ann Reed has`, `the committee led by Tom Vale has`: the body, not its chair
        if s.type(k) == .person, let o = actors.last(where: { $0 < k }), s.type(o) == .organization,
           RelationReader.chairCues.contains(s.between(o, k).lowercased().trimming(" ")) {
            k = o
        }
        var out = [k]
        while let prev = actors.last(where: { $0 < k }) {
            let gap = s.between(prev, k).lowercased().trimming(" ")
            if ["and", "and the", ",", ", the", "&"].contains(gap) {
                out.append(prev)
                k = prev
                continue
            }
            // `the Audit Committee, chaired by Ann Reed, and the Health Committee condemned`: the body before the
            // chair's apposition is coordinated too
            if s.type(prev) == .person, [", and", ", and the"].contains(gap), let o = actors.last(where: { $0 < prev }), s.type(o) == .organization,
               RelationReader.chairAppositionCues.contains(s.between(o, prev).lowercased().trimming(" ")) {
                out.append(o)
                k = o
                continue
            }
            break
        }
        // not the object of a preposition (`in a letter to Ann Reed, the minister, ...`)
        let lead = s.before(k, 30).lowerWords.suffix(2)
        if !chairOpening, lead.contains(where: { ["to", "of", "for", "with", "from", "by", "about", "against"].contains($0) }) { return [] }
        // `the union and its general secretary, Ann Reed, condemned`: the officer named with the body speaks too
        for o in out where s.type(o) == .organization {
            guard let p = actors.first(where: { $0 > o && s.mentions[$0].mention.canonicalName != s.mentions[o].mention.canonicalName }),
                  s.type(p) == .person, s.mentions[p].mention.utf8Range.upperBound < v else { continue }
            guard Self.bodyAndOfficer(s.between(o, p)) else { continue }
            let tail = s.slice(s.mentions[p].mention.utf8Range.upperBound, v).trimming(" ")
            guard tail.hasPrefix(","), tail.dropFirst().lowerWords.allSatisfy({ Self.subjectAdverbs.contains($0) }) else { continue }
            out.append(p)
        }
        return out
    }

    /// Whether the clause starting at UTF-8 offset `from` (inside the sentence, after its first clause) opens
    /// with a post whose apposition is the person at `k`: `its chairman, `, `the union's general secretary, `,
    /// `the Labour leader, ` (a determiner, then at most five words holding a role noun and no preposition but
    /// `of`, one comma, no other name but a party's or the owner's before the possessive).
    static func postOpensClause(_ s: Sentence, _ k: Int, from: Int) -> Bool {
        let start = s.mentions[k].mention.utf8Range.lowerBound
        guard from > s.range.lowerBound, from < start else { return false }
        let opening = s.slice(from, start).trimming(" ")
        guard opening.hasSuffix(","), !opening.dropLast().contains(","), !opening.contains("(") else { return false }
        let words = opening.lowerWords
        guard (2...6).contains(words.count), let f = words.first, ["the", "its", "their", "his", "her"].contains(f),
              !words.contains(where: { RelationContext.governing.contains($0) && $0 != "of" }),
              RoleTitle.isRole(words.dropFirst().joined(separator: " ")), RelationModality.isFactual(opening) else { return false }
        // a name inside the opening only as the post's owner or party (`the union's`, `the Labour`)
        return !s.mentions.indices.contains { m in
            m < k && s.mentions[m].mention.utf8Range.lowerBound >= from && s.type(m) == .person
        }
    }

    /// The next name of a list after the relative clause that follows mention `k` (`Harbour, whose parent built
    /// the flats, Eastside ...` → Eastside): the clause ends at the next comma, within a short reach, and the
    /// name follows it at once (or after `and`); nil otherwise.
    func nameAfterRelativeClause(_ s: Sentence, _ k: Int) -> Int? {
        let end = s.mentions[k].mention.utf8Range.upperBound
        let rest = s.slice(end + 1, min(s.range.upperBound, end + 121))
        guard let comma = rest.firstIndex(of: ","), !rest[..<comma].contains(";"), !rest[..<comma].contains("(") else { return nil }
        // a whole clause, with its verb (not `whose chief executive, Tom Vale, ...`, an apposition that goes on)
        let clause = rest[..<comma].lowerWords.dropFirst()
        guard clause.contains(where: { VerbLexicon.isPast($0, shortestEd: 4)
            || ["is", "was", "are", "were", "has", "had", "have", "runs", "owns", "makes", "manages", "supplies", "represents",
                "operates", "employs", "holds", "chairs", "leads", "built", "sold", "won"].contains($0) }) else { return nil }
        let at = end + 1 + rest.utf8.distance(from: rest.startIndex, to: comma) + 1
        guard let m = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= at }),
              s.isActor(m) || s.type(m) == .programme else { return nil }
        let gap = s.slice(at, s.mentions[m].mention.utf8Range.lowerBound).lowercased().trimming(" ")
        guard ["", "the", "and", "and the"].contains(gap) else { return nil }
        // the name must itself be followed by the list going on or ending: `, Eastside and`, `Eastside of`
        let after = s.after(m, 12).lowercased()
        guard after.hasPrefix(" and ") || after.hasPrefix(",") || after.hasPrefix(" of ") || after.hasPrefix(" for ") || after.hasPrefix(".") else { return nil }
        return m
    }

    /// Whether the words between a body and a person name the person as the body's officer, coordinated with
    /// it: ` and its general secretary, ` (an abbreviation in brackets may follow the body: ` (CU) and its chair, `).
    static func bodyAndOfficer(_ between: String) -> Bool {
        var gap = between.lowercased().trimming(" ")
        if gap.hasPrefix("("), let close = gap.firstIndex(of: ")") { gap = String(gap[gap.index(after: close)...]).trimming(" ") }
        let words = gap.lowerWords
        return gap.hasSuffix(",") && words.count >= 3 && words.count <= 6 && words[0] == "and" && ["its", "their"].contains(words[1])
            && !words.dropFirst(2).contains(where: { RelationContext.governing.contains($0) && $0 != "of" })
    }

    /// Words between a body and its chair: `the Audit Committee under Ann Reed`, `the committee led by Tom Vale`.
    static let chairCues = ["under", "led by", "chaired by", "headed by"]
    /// The same as an apposition, after a comma, and with `then` (`the committee, then chaired by Tom Vale,`).
    static let chairAppositionCues = chairCues.map { ", " + $0 } + [", then chaired by", ", then led by"]

    /// The body whose chair mention `p` names in an apposition after it: `the Audit Committee, chaired by the
    /// Labour MP Ann Reed,` → the Audit Committee. Nil when `p` is no such chair.
    func chairedBody(_ s: Sentence, _ p: Int) -> Int? {
        // (a party in the chair's description is passed over: `chaired by the Conservative MP Ann Reed`)
        guard s.type(p) == .person, let o = s.mentions.indices.last(where: { $0 < p && s.isActor($0) && !RelationReader.isParty(s.mentions[$0].mention.text)
                  && !RelationReader.isParty(s.mentions[$0].mention.canonicalName) }),
              s.type(o) == .organization else { return nil }
        let gap = s.between(o, p).lowercased().trimming(" ")
        guard let cue = RelationReader.chairAppositionCues.first(where: { gap.hasPrefix($0) }) else { return nil }
        let rest = gap.dropFirst(cue.count)
        // only a description of the chair between: `the Labour MP`, `Dame`
        guard !rest.contains(","), rest.lowerWords.count <= 5, s.after(p, 3).hasPrefix(",") else { return nil }
        return o
    }

    /// The targets right after position `v`: `slammed Harbour Trust`, `condemned both Harbour and the council`,
    /// `attacked Harbour's board`.
    func objects(_ s: Sentence, after v: Int) -> [Int] {
        let target = { (k: Int) -> Bool in s.isActor(k) || s.type(k) == .programme }
        guard let j = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= v }), target(j) else { return [] }
        let gapText = s.slice(v, s.mentions[j].mention.utf8Range.lowerBound)
        var gap = gapText.lowerWords
        // `the way the council treated tenants`, `the handling of Harbour's accounts`: the named body's conduct
        for conduct in [["the", "way", "that"], ["the", "way", "in", "which"], ["the", "way"], ["the", "handling", "of"],
                        ["the", "conduct", "of"], ["the", "performance", "of"], ["the", "running", "of"]] where gap.starts(with: conduct) {
            gap.removeFirst(conduct.count)
            break
        }
        let plain = gap.allSatisfy({ ["the", "both", "a", "an", "its", "their", "his", "her", "of", "at", "on", "out", "into", "against", "about", "for"].contains($0) }) && gap.count <= 3
        guard plain || Self.describedName(gapText) else { return [] }
        var out = [j]
        var k = j
        while k + 1 < s.mentions.count {
            var between = s.between(k, k + 1).lowercased().trimming(" ")
            // `the British Homes Association (BHA) and ...`: the abbreviation in brackets is the same name
            if between == "(", k + 2 < s.mentions.count, s.between(k + 1, k + 2).trimming(" ").hasPrefix(")") {
                k += 1
                between = String(s.between(k, k + 1).lowercased().trimming(" ").dropFirst()).trimming(" ")
            }
            // `accused Harbour, whose parent built the flats, Eastside and the Carers Union of ...`: a relative
            // clause after a listed name is passed over to the next name of the list
            if between.hasPrefix(", whose ") || between.hasPrefix(", which ") || between.hasPrefix(", who "),
               let m = nameAfterRelativeClause(s, k) {
                k = m
                out.append(k)
                continue
            }
            guard target(k + 1) else { break }
            if ["and", "and the", ",", ", the", "&", "and its", "or"].contains(between) || Self.describedName(between, coordinated: true)
                || Self.repeatsPreposition(between, of: s.slice(max(s.range.lowerBound, v - 12), v)) {
                k += 1
                out.append(k)
            } else { break }
        }
        return out
    }

    /// Whether the words between two names repeat the preposition the verb ends with, as a list does: `was
    /// scathing about the board, about the auditors and, above all, about the regulator`; `critical of the
    /// trust and of the ministry`.
    static func repeatsPreposition(_ between: String, of verbEnd: String) -> Bool {
        guard let p = verbEnd.lowerWords.last, ["about", "of", "at", "against", "on"].contains(p) else { return false }
        var words = between.lowerWords
        if words.last == "the" { words.removeLast() }
        guard words.last == p else { return false }
        words.removeLast()
        let t = between.trimming(" ")
        guard t.hasPrefix(",") || words.first == "and" || words.first == "or" else { return false }
        words.removeAll { ["and", "or"].contains($0) }
        return words.count <= 1 && words.allSatisfy { $0.hasSuffix("ly") || ["also", "even", "too"].contains($0) }
    }

    /// Words that stand for a programme named before: `the bill`, `the scheme`, `the whole model`.
    static let programmeHeads: Set<String> = ["bill", "act", "scheme", "programme", "program", "policy", "reforms",
                                              "reform", "model", "plan", "plans", "legislation", "strategy", "changes"]
    /// The last of `programmes` whose name holds `head` (`scheme` → `the Compensation Scheme`, `act` → `Care Act
    /// 2014`; a plural head by its singular, `plans` → `Harbour Plan`); nil when none does.
    static func programmeNamedBy(_ head: String, among programmes: [(index: Int, mention: EntityMention)]) -> (index: Int, mention: EntityMention)? {
        let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
        return programmes.last { p in
            [p.mention.canonicalName, p.mention.text].contains { $0.lowerWords.contains(head) || $0.lowerWords.contains(singular) }
        }
    }

    /// Words that stand for an organization named before (``DefiniteDescription``'s heads): `the ministry` for the
    /// Ministry of Housing, `the council` for Eastside Borough Council.
    static var organizationHeads: Set<String> { DefiniteDescription.heads }

    /// The name a definite description right after position `v` stands for: `the bill` (optionally `the whole`,
    /// `the new`, `the government's`) is the last programme named before it in the paragraph, `the ministry` the
    /// organization ``DefiniteDescription`` resolves `ministry` to. Nil when there is none.
    func definiteTarget(_ s: Sentence, _ context: RelationContext, after v: Int) -> (index: Int, mention: EntityMention)? {
        let words = s.slice(v, min(v + 60, s.range.upperBound)).lowerWords.prefix(4)
        guard let d = words.first, ["the", "this", "that", "these"].contains(d) else { return nil }
        var rest = words.dropFirst()
        while let w = rest.first, ["whole", "entire", "new", "government's", "ministry's", "minister's", "latest", "proposed"].contains(w) { rest = rest.dropFirst() }
        // `the trust's board`: the trust
        guard let word = rest.first else { return nil }
        let head = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        // what the sentence names before the verb, then the paragraph before it
        let here = s.mentions.filter { $0.mention.utf8Range.upperBound <= v }
        let earlier = context.before.filter { $0.mention.utf8Range.lowerBound >= context.paragraphStart }
        let candidates = earlier + here
        if Self.programmeHeads.contains(head) {
            // the programme named last: in the paragraph, else in the few paragraphs before (a post is mostly
            // about one programme at a time)
            let near = candidates.filter { $0.mention.type == .programme }
            let wider = context.before.filter { $0.mention.type == .programme && $0.mention.utf8Range.lowerBound >= s.range.lowerBound - 1500 }
            // `the scheme` is the last programme whose name holds the noun (`the Compensation Scheme`, not the Act named
            // after it), when one does
            if let named = Self.programmeNamedBy(head, among: near) ?? Self.programmeNamedBy(head, among: wider) { return named }
            return near.last ?? wider.last
        }
        guard Self.organizationHeads.contains(head) else { return nil }
        guard let o = context.definite([head], before: v, in: s) else {
            // `Harbour Water. ... In May the regulator fined the company.`: a business noun for the body the
            // paragraph opens with, whose name says no other kind
            if DefiniteDescription.businessHeads.contains(head), let t = context.paragraphTopic,
               DefiniteDescription.fits(head, names: [t.mention.canonicalName, t.mention.text], loose: true) {
                return t
            }
            return paragraphBody(head, s, context, before: v)
        }
        return s.mentions.first { $0.index == o } ?? context.before.first { $0.index == o }
    }

    /// Nouns a body's name need not hold that stand for the one body of their paragraph they fit (see
    /// ``paragraphBody(_:_:_:before:)``); `the group`, `the service` and `the union` are too plain (a union
    /// is as often a body the paragraph does not name).
    static let paragraphBodyHeads: Set<String> = DefiniteDescription.businessHeads.union(["agency", "charity", "regulator"]).subtracting(["group"])

    /// The body a description by a noun its name need not hold stands for, when ``DefiniteDescription`` finds
    /// none: the one organization named before it in its paragraph that the noun fits
    /// (``DefiniteDescription/fitsSubject(_:names:)``: its name holds no noun of another kind and names no
    /// party; `the regulator` only a regulator's clipped name, `Ofwat`). `Kestrel Water ran the reservoirs.
    /// Anglers accused the company of ...` → Kestrel Water; `Ofwat reviewed the bills. The committee slammed
    /// the regulator's checks` → Ofwat; `Rivers Alive said it. Tom Vale attacked the charity` → Rivers Alive.
    /// Two such bodies in the paragraph, or none, refuse (`Kestrel Water and Fenland Water ... the company` is
    /// neither).
    func paragraphBody(_ head: String, _ s: Sentence, _ context: RelationContext, before v: Int) -> (index: Int, mention: EntityMention)? {
        guard Self.paragraphBodyHeads.contains(head) else { return nil }
        let fitting = context.mentions(before: v, in: s).filter {
            $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= context.paragraphStart
                && !RelationReader.isParty($0.mention.text) && !RelationReader.isParty($0.mention.canonicalName)
                && (head == "regulator" ? [$0.mention.canonicalName, $0.mention.text].contains(where: OrganizationLexicon.isOfRegulatorName)
                    : DefiniteDescription.fitsSubject(head, names: [$0.mention.canonicalName, $0.mention.text]))
        }
        guard Set(fitting.map(\.mention.canonicalName)).count == 1 else { return nil }
        return fitting.last
    }

    /// Whether the words before a name describe it (`the cladding subcontractor`, `its main contractor,`), after
    /// a coordinator when `coordinated` (`, and the architects`, `as well as the council's landlord`): a
    /// determiner then at most three lower-case words, with no verb or preposition among them.
    static func describedName(_ gap: String, coordinated: Bool = false) -> Bool {
        var t = gap.trimming(" ")
        if coordinated {
            guard t.hasPrefix(",") || t.hasPrefix("and ") || t.hasPrefix("as well as ") || t.hasPrefix("or ") else { return false }
            t = t.trimming(" ,")
            for c in ["and ", "as well as ", "or "] where t.hasPrefix(c) { t = String(t.dropFirst(c.count)); break }
        }
        if t.hasSuffix(",") { t = String(t.dropLast()).trimming(" ") }
        let words = t.split(separator: " ").map(String.init)
        guard let d = words.first, ["the", "its", "their", "his", "her"].contains(d.lowercased()), words.count >= 2, words.count <= 4 else { return false }
        // (a second determiner opens a clause of its own: `the scheme the ministry designed` is the scheme's)
        let blocked: Set<String> = ["of", "to", "for", "with", "by", "from", "on", "in", "at", "that", "which", "who", "and", "or", "decision", "plan", "plans", "handling", "way", "failure", "role", "claim", "claims", "report", "letter",
                                    "the", "a", "an", "its", "their", "his", "her"]
        return words.dropFirst().allSatisfy { w in
            w == w.lowercased() && w.allSatisfy({ $0.isLetter || $0 == "-" }) && !blocked.contains(w) && !w.hasSuffix("ed")
        }
    }

    /// The criticism verbs as the byte patterns ``criticismAroundVerb(_:_:)`` looks for (` slammed `), made once.
    static let criticismVerbPatterns: [[UInt8]] = (criticismVerbs + (criticismParticiples + decisionChallenges).filter { !criticismVerbs.contains($0) })
        .filter { !$0.fastContains(" of") || $0.hasSuffix(" of") }
        .map { Array((" " + $0 + " ").utf8) }
    /// Present participles of criticism that open a phrase after the clause whose subject makes the attack:
    /// `The nurses' union has fought the closures all year, accusing the trust of ...`; `Ann Reed welcomed the
    /// plan but criticised ...`, `..., criticising the council for ...`. Read only around the verb (the subject
    /// is the clause's, not the nearest name).
    static let criticismParticiples = ["accusing", "blaming", "criticising", "criticizing", "condemning", "attacking"]
    /// Verbs that criticise only a decision: `the operators challenged that decision in court`.
    static let decisionChallenges = ["challenged", "appealed against"]
    /// The words each of ``criticismVerbPatterns`` spells between spaces, as bits (``cueBits(_:)``): a sentence
    /// without one of them as a word holds no match of the pattern.
    static let criticismVerbPatternBits: [[Int]] = criticismVerbPatterns.map { cueBits(String(decoding: $0, as: UTF8.self)) }

    /// Every criticism verb of the sentence, its subjects and objects read around it, so that names between
    /// (`the Carers Union, founded by Ann Reed and Tom Vale, condemned`) do not hide the subject.
    func criticismAroundVerb(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        // A byte search over the lower-cased sentence (``ByteSearch``): Foundation's `range(of:)` for each verb
        // of every sentence was a sixth of an export.
        let lower = s.lowerBytes
        for (p, pattern) in Self.criticismVerbPatterns.enumerated() where s.mayHold(Self.criticismVerbPatternBits[p]) {
            var from = 0
            while let at = ByteSearch.firstOffset(of: pattern, in: lower, from: from) {
                from = at + pattern.count
                let vStart = s.range.lowerBound + at
                let vEnd = s.range.lowerBound + at + pattern.count - 1
                var subj = subjects(s, before: vStart + 1)
                // `the committee, chaired by Tom Vale, called for a review and criticised ...`: the subject of the
                // verb phrase this one is coordinated with
                if subj.isEmpty {
                    let lead = s.slice(max(s.range.lowerBound, vStart - 120), vStart + 1)
                    if lead.lowerWords.last == "and", let comma = lead.fastRange(of: ", ", options: .backwards) {
                        let at = vStart + 1 - lead.utf8.count + lead.utf8.distance(from: lead.startIndex, to: comma.upperBound)
                        let phrase = s.slice(at, vStart + 1)
                        if phrase.lowerWords.count <= 10, !phrase.contains(";"), let first = phrase.lowerWords.first,
                           VerbLexicon.isPast(first) || first.hasSuffix("s") {
                            subj = subjects(s, before: at)
                        }
                    }
                    // `Harbour Trust took evidence from the council and attacked it`: the actor opening the sentence,
                    // its verb right after it
                    if subj.isEmpty, lead.lowerWords.last == "and", let k = s.mentions.indices.first(where: { s.isActor($0) }),
                       s.mentions[k].mention.utf8Range.upperBound < vStart,
                       s.before(k, 60).lowerWords.allSatisfy(RelationContext.isLeadIn),
                       !(s.before(k, 60).lowerWords.last.map { RelationContext.governing.contains($0) } ?? false) {
                        let phrase = s.slice(s.mentions[k].mention.utf8Range.upperBound, vStart + 1)
                        let ws = phrase.lowerWords
                        if !phrase.contains(","), !phrase.contains(";"), ws.count <= 10, ws.filter({ $0 == "and" }).count == 1,
                           let first = ws.first(where: { !Self.auxiliaries.contains($0) }),
                           VerbLexicon.isPast(first) {
                            subj = [k]
                        }
                    }
                }
                // `Tom Vale, the union's leader, said much the same, welcoming the merger but criticising the
                // board for ...`: a participle's subject is its sentence's
                let verbWord = String(decoding: pattern.dropFirst().dropLast(), as: UTF8.self)
                if subj.isEmpty, Self.criticismParticiples.contains(verbWord) {
                    subj = participleSubjects(s, before: vStart)
                }
                var coordinatedAt: Int?
                if subj.isEmpty, let c = coordinatedSubjects(s, verbAt: vStart + 1) {
                    subj = c.subjects
                    coordinatedAt = c.and
                }
                // `He also criticised Harbour Homes`, `The committee blamed the trust`, `Its report attacked`: the
                // critic the clause refers to
                var critics: [(index: Int, mention: EntityMention)] = subj.map { s.mentions[$0] }
                var from = coordinatedAt ?? subj.last.map { s.mentions[$0].mention.utf8Range.upperBound } ?? vStart
                if critics.isEmpty {
                    critics = documentAuthors(s, context, before: vStart + 1)
                    if !critics.isEmpty { from = max(clauseStart(s, before: vStart + 1), vStart - 60) }
                }
                let subjectEnd = subj.map { s.mentions[$0].mention.utf8Range.upperBound }.max() ?? clauseStart(s, before: vStart + 1)
                if critics.isEmpty {
                    guard let p = unnamedSubject(s, context, before: vStart + 1) else { continue }
                    critics = [p]
                    from = clauseStart(s, before: vStart + 1)
                }
                let clause = s.slice(from, vEnd)
                guard RelationModality.isFactual(clause, question: s.isQuestion) else { continue }
                // `fought for the hospital`, `fought off a rival`: no attack
                let nextWord = s.slice(vEnd, min(vEnd + 20, s.range.upperBound)).lowerWords.first ?? ""
                if RelationReader.notAgainst.contains(nextWord) { continue }
                let decisionOnly = Self.decisionChallenges.contains(verbWord)
                var targets = decisionOnly ? [] : objects(s, after: vEnd).map { s.mentions[$0] }
                // `condemned the decision`: whoever made it
                if targets.isEmpty { targets = decisionMakers(s, context, after: vEnd, before: from) }
                if decisionOnly, targets.isEmpty { continue }
                // `condemned the bill`: the programme (or the organization) named before that the words stand for;
                // `attacked it`, `criticised him`: the one the pronoun stands for
                if targets.isEmpty, let o = definiteTarget(s, context, after: vEnd) { targets = [o] }
                let names = Set(critics.map(\.mention.canonicalName))
                if targets.isEmpty, let o = pronounObject(s, context, after: vEnd, critics: names, from: subjectEnd) { targets = [o] }
                // `Shelter opposed the bill, as did the Carers Union`: the critics the clause adds after
                if !targets.isEmpty { critics += addedCritics(s, after: vEnd).map { s.mentions[$0] } }
                for o in targets {
                    for a in critics where a.mention.canonicalName != o.mention.canonicalName {
                        let inside = a.mention.utf8Range.lowerBound >= s.range.lowerBound
                        out.append(Found(predicate: "criticised", subject: a.index, object: o.index,
                                         offset: inside ? a.mention.utf8Range.lowerBound : vStart))
                    }
                }
            }
        }
        return out
    }

    /// The subjects of the sentence's main clause, before the participle at `v` (a UTF-8 offset): the
    /// subjects of its first finite verb (`Tom Vale, the union's leader, said ..., criticising`; `The Carers
    /// Union, whose chair is Ann Reed, has fought ..., accusing`). Only after a comma, `but` or `and`, and only
    /// when the words between that verb and the participle name no one else as a subject; empty otherwise.
    func participleSubjects(_ s: Sentence, before v: Int) -> [Int] {
        let lead = s.slice(s.range.lowerBound, v)
        let trimmed = lead.trimming(" ")
        guard trimmed.hasSuffix(",") || ["but", "and"].contains(trimmed.lowerWords.last ?? "") else { return [] }
        let finite: Set<String> = ["has", "have", "had", "is", "was", "are", "were", "says", "argues", "warns", "insists"]
        let bytes = Array(lead.utf8)
        var at = 0
        while at < bytes.count {
            // the next word start
            while at < bytes.count, bytes[at] == 32 { at += 1 }
            var end = at
            while end < bytes.count, bytes[end] != 32 { end += 1 }
            let word = String(decoding: bytes[at..<end], as: UTF8.self).lowerWords.first ?? ""
            let offset = s.range.lowerBound + at
            // (a word of a name is no verb: `Tom Reed`, `Ahmed` end in -ed)
            let inName = s.mentions.contains { $0.mention.utf8Range.contains(offset) }
            if !inName, finite.contains(word) || VerbLexicon.isPast(word) {
                let subj = subjects(s, before: offset)
                if !subj.isEmpty {
                    // no other clause between with a subject of its own (`..., said the board had failed,
                    // criticising`)
                    let rest = s.slice(offset, v)
                    let others = s.mentions.indices.contains { s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= offset
                        && s.mentions[$0].mention.utf8Range.upperBound <= v }
                    guard !others, !rest.contains(";"), !rest.lowerWords.contains(where: { ["that", "who", "which", "when", "after", "because", "if"].contains($0) }),
                          RelationModality.isFactual(rest) else { return [] }
                    return subj
                }
                // a verb with no subject found: a clause this reading does not follow
                if s.mentions.indices.contains(where: { s.isActor($0) && s.mentions[$0].mention.utf8Range.upperBound <= offset }) { return [] }
            }
            at = end
        }
        return []
    }

    /// Verbs by which a person or body makes a decision: `the authority decided to go ahead`, `the minister
    /// confirmed that she was dropping ...`.
    static let decidingVerbs: Set<String> = ["decided", "announced", "confirmed", "chose", "voted", "ruled", "agreed",
                                             "approved", "rejected", "refused", "halted", "dropped", "scrapped", "abandoned"]

    /// The maker of the decision named right after position `v` (`condemned the decision`, `challenged that
    /// decision`): the name after `of` or `by` (`the decision of Harbour Trust`), else the subjects of the last
    /// deciding verb (``decidingVerbs``) before `limit` in the sentence, or in the sentence before it in the same
    /// paragraph (`The council decided to close the library. Residents challenged that decision.`). Empty when
    /// the words after `v` are no decision or no maker is found.
    func decisionMakers(_ s: Sentence, _ context: RelationContext, after v: Int, before limit: Int) -> [(index: Int, mention: EntityMention)] {
        let words = s.slice(v, min(s.range.upperBound, v + 40)).lowerWords
        guard words.count >= 2, ["the", "that", "this"].contains(words[0]), words[1] == "decision" else { return [] }
        if words.count >= 3, ["of", "by"].contains(words[2]) {
            // `the decision of the council`, `the decision by Harbour Trust` (not `challenged that decision by
            // judicial review`, the means)
            let after = s.slice(v, min(s.range.upperBound, v + 40)).lowercased()
            guard let r = after.fastRange(of: " " + words[2] + " ") else { return [] }
            let at = v + after.utf8.distance(from: after.startIndex, to: r.upperBound)
            let named = objects(s, after: at).filter { s.isActor($0) }
            if !named.isEmpty || words[2] == "of" { return named.map { s.mentions[$0] } }
        }
        if words.count >= 3, ["to", "not"].contains(words[2]) { return [] }
        func makers(in sentence: Sentence, upTo end: Int) -> [Int]? {
            let lower = sentence.slice(sentence.range.lowerBound, end).lowercased()
            var best: (at: Int, verb: String)?
            for verb in Self.decidingVerbs {
                if let r = lower.fastRange(of: " " + verb + " ", options: .backwards) {
                    let at = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound) + 1
                    if best == nil || at > best!.at { best = (at, verb) }
                }
            }
            guard let b = best else { return nil }
            let at = sentence.range.lowerBound + b.at
            guard RelationModality.isFactual(sentence.slice(sentence.range.lowerBound, min(end, at + b.verb.utf8.count))) else { return [] }
            // `the home secretary, Tom Vale, broke that link and scrapped the requirement`: the subject of the
            // verb phrase the deciding verb is coordinated with
            let own = subjects(sentence, before: at)
            return own.isEmpty ? coordinatedSubjects(sentence, verbAt: at)?.subjects ?? [] : own
        }
        if let here = makers(in: s, upTo: limit) { return here.map { s.mentions[$0] } }
        let prevStart = context.previousSentenceStart
        // (the sentence before may close the paragraph before, when this one opens its own: `The council decided
        // to close the library.` ¶ `The Friends of Eastside Library condemned the decision.`)
        guard prevStart < s.range.lowerBound else { return [] }
        let prev = Sentence(text: s.text, range: prevStart..<s.range.lowerBound,
                            mentions: context.before.filter { $0.mention.utf8Range.lowerBound >= prevStart })
        return (makers(in: prev, upTo: s.range.lowerBound) ?? []).map { prev.mentions[$0] }
    }

    /// Critics a clause adds after its target: `opposed the bill outright, as did Shelter and Crisis`; the
    /// names right after `as did` (or `as has`, `as have`, `as do`) within a short reach of the verb ending at
    /// `v`, before any other clause begins.
    func alsoCritics(_ s: Sentence, after v: Int) -> [Int] {
        let reach = s.slice(v, min(s.range.upperBound, v + 140))
        let lower = reach.lowercased()
        guard let r = [", as did ", ", as has ", ", as have ", ", as do ", ", as does "].compactMap({ lower.fastRange(of: $0) }).first else { return [] }
        let before = lower[..<r.lowerBound]
        guard !before.contains(";"), !before.contains(". "), !before.contains(" but "), !before.contains(", and "),
              !String(before).lowerWords.contains(where: RelationModality.negations.contains) else { return [] }
        let at = v + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
        return objects(s, after: at).filter { s.isActor($0) }
    }

    /// ``alsoCritics(_:after:)`` and the critics who join the attack after it (``joinedCritics(_:after:)``).
    func addedCritics(_ s: Sentence, after v: Int) -> [Int] {
        alsoCritics(s, after: v) + joinedCritics(s, after: v)
    }

    /// `the Act went through against fierce opposition from the Carers Union and Harbour Trust`: the opponents
    /// criticised the programme the sentence names before.
    func opposition(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let lower = s.lower
        for cue in ["opposition from ", "opposed by ", "criticism from ", "protests from ", "objections from ", "condemnation from "] where s.mayHold(cue: cue) {
            guard let r = lower.fastRange(of: cue) else { continue }
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let end = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
            guard let target = s.mentions.indices.last(where: { s.type($0) == .programme && s.mentions[$0].mention.utf8Range.upperBound <= at }),
                  RelationModality.isFactual(s.slice(s.mentions[target].mention.utf8Range.upperBound, at), question: s.isQuestion) else { continue }
            let critics = objects(s, after: end).filter { s.isActor($0) }
            for c in critics { out.append(found("criticised", s, subject: c, object: target)) }
        }
        return out
    }

    /// The words right before the one a call is made on: `called for`, `urged`, `called on`.
    static let callingCues = ["called for ", "calls for ", "demanded that ", "urged ", "urging ", "called on ", "calls on "]
    /// The words right before the one pressed to undo something (only ``rethinkDemands`` follow them: `asked
    /// Tom Vale to go` may be an errand): `asked`, `pressed`.
    static let pressingCues = ["pressed ", "pressing ", "asked ", "asking "]
    /// What a call presses someone to undo, besides going: `urged Harbour Trust to think again`, `called on the
    /// Schools Agency to scrap the tests`, `asked Kestrel Water to reverse the cuts`.
    static let rethinkDemands = ["to think again", "to reconsider", "to rethink", "to reverse", "to scrap", "to abandon",
                                 "to back down", "to change course", "to u-turn", "to drop the", "to drop its", "to drop their"]

    /// `Ann Reed said Tom Vale should resign`; `the union called for Tom Vale to apologise`; `the charity urged
    /// Harbour Trust to think again`: a call for someone to go, apologise or undo what they did criticises them
    /// (`asked Harbour Trust to run the clinic` is no such call, and a call that is denied or only planned,
    /// `did not urge`, gives nothing: ``subjects(_:before:)`` then finds no factual subject).
    func callsToGo(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for j in 0..<n where s.isActor(j) {
            let lead = s.before(j, 30).lowercased()
            let after = s.after(j, 60).lowercased()
            let said = ["said ", "says ", "said that ", "says that ", "insisted ", "argued "].contains(where: { lead.hasSuffix($0) })
            // (`urged the Schools Agency to`: the article before the name)
            let bare = lead.hasSuffix(" the ") ? String(lead.dropLast(4)) : lead
            let called = Self.callingCues.contains(where: { bare.hasSuffix($0) })
            let pressed = Self.pressingCues.contains(where: { bare.hasSuffix($0) })
            let demand = said ? ["should resign", "should apologise", "should apologize", "should go", "should quit", "should step down", "should be sacked", "must resign", "must go", "must apologise", "should consider his position", "should consider her position", "should apologise or consider"]
                : called ? ["to resign", "to apologise", "to apologize", "to go", "to quit", "to step down", "to be sacked"] + Self.rethinkDemands
                : pressed ? Self.rethinkDemands : []
            guard demand.contains(where: { after.hasPrefix(" " + $0) || (!pressed && after.hasPrefix("'s resignation")) }) else { continue }
            let cueWords = ["said", "says", "insisted", "argued", "called", "calls", "demanded", "urged", "urging", "pressed", "asked", "asking"]
            guard let cr = cueWords.compactMap({ lead.fastRange(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            let cueAt = s.mentions[j].mention.utf8Range.lowerBound - lead.utf8.count + lead.utf8.distance(from: lead.startIndex, to: cr.lowerBound)
            for a in subjects(s, before: cueAt) where s.mentions[a].mention.canonicalName != s.mentions[j].mention.canonicalName {
                // `did not urge`, `may ask`: no call made
                guard RelationModality.isFactual(s.slice(s.mentions[a].mention.utf8Range.upperBound, s.mentions[j].mention.utf8Range.lowerBound), question: s.isQuestion) else { continue }
                out.append(found("criticised", s, subject: a, object: j))
            }
        }
        return out
    }

    /// Words of a damning assessment.
    static let damning: Set<String> = ["failing", "failed", "failure", "failures", "flawed", "inadequate", "shambles",
                                       "disaster", "disastrous", "reckless", "chaotic", "chaos", "unacceptable",
                                       "incompetent", "incompetence", "damning", "broken", "mess", "omnishambles",
                                       "scandal", "scandalous", "abject", "dangerous", "unsafe", "woeful", "dire",
                                       "shameful", "appalling", "botched", "fiasco", "irresponsible", "negligent"]
    /// Verbs that introduce what someone said or found.
    static let sayingVerbs: Set<String> = ["said", "says", "warned", "warns", "argued", "argues", "claimed", "claims",
                                           "found", "finds", "concluded", "concludes", "described", "describes",
                                           "called", "calls", "told", "wrote", "writes", "declared", "branded", "brands",
                                           "judged", "judges", "rated", "rates", "labelled", "dubbed", "saying", "warning", "finding",
                                           "concluding"]

    /// Words of doubt a speaker voices about what the clause after them says: `unconvinced`, `sceptical`.
    static let doubtWords: Set<String> = ["unconvinced", "sceptical", "skeptical", "doubtful", "unpersuaded"]

    /// Whether `words`, what follows a saying verb up to the name it is about (a fronted time adverbial left
    /// out), voice the speaker's doubt: `(that) it was unconvinced (that)`, `(that) they remained sceptical
    /// that`. A doubt about what a named body or scheme can do is criticism of it (`The Audit Committee said it
    /// was unconvinced that Harbour Homes could repair the flats in time`; the caller asks for `could` or `can`
    /// right after the name: a doubt that X would or will do something is a forecast, `sceptical that the council
    /// would approve the bid`); `was convinced`, or a doubt about something else, is not.
    static func isDoubt(_ words: [String]) -> Bool {
        var w = words[...]
        if w.first == "that" { w = w.dropFirst() }
        guard let subject = w.first, ["it", "they", "he", "she", "we"].contains(subject) else { return false }
        w = w.dropFirst()
        guard let copula = w.first, ["was", "were", "is", "are", "remained", "remains", "remain"].contains(copula) else { return false }
        w = w.dropFirst()
        while let a = w.first, ["still", "deeply", "very", "also"].contains(a) { w = w.dropFirst() }
        guard let d = w.first, doubtWords.contains(d) else { return false }
        w = w.dropFirst()
        return w.isEmpty || Array(w) == ["that"]
    }

    /// `Ann Reed said Harbour Homes was failing`; `inspectors branded Eastside Trust inadequate`; `the union
    /// described the plan as a shambles`: a damning judgement of what the clause names, by its speaker.
    func assessments(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.isActor(i) {
            guard let j = (i + 1..<n).first(where: { s.isActor($0) || s.type($0) == .programme }) else { continue }
            let between = s.between(i, j)
            let said = between.lowerWords
            // the speaking verb right after the speaker (an apposition may stand between)
            // (`warned in her annual report last year that the`: where it was said may stand between verb and `that`)
            var ws = said
            if let v = ws.lastIndex(where: { RelationReader.sayingVerbs.contains($0) }), v + 1 < ws.count, ws[v + 1] == "in",
               let that = ws.lastIndex(of: "that"), that > v + 1, that - v <= 9,
               ws[(v + 1)..<that].contains(where: { ["report", "review", "letter", "statement", "speech", "evidence", "findings", "submission", "judgment", "ruling"].contains($0) }) {
                ws.removeSubrange((v + 1)..<that)
            }
            let words = ws
            guard words.count <= 12, let v = words.lastIndex(where: { RelationReader.sayingVerbs.contains($0) }),
                  RelationModality.isFactual(between, question: s.isQuestion) else { continue }
            let spoken = Self.afterFrontedTime(Array(words[(v + 1)...]))
            let doubt = Self.isDoubt(spoken)
            guard words.count <= 10 || doubt, doubt || words[(v + 1)...].allSatisfy({ ["that", "the", "a", "an", "it", "its", "as", "to", "of"].contains($0) }) else { continue }
            // a damning word soon after the object, before the next name (after a doubt, what the object can do)
            let objectEnd = s.mentions[j].mention.utf8Range.upperBound
            let nextStart = (j + 1 < n) ? s.mentions[j + 1].mention.utf8Range.lowerBound : s.range.upperBound
            let tail = s.slice(objectEnd, min(objectEnd + 90, nextStart))
            if doubt {
                guard let m = tail.lowerWords.first, ["could", "can"].contains(m) else { continue }
            } else {
                guard tail.lowerWords.contains(where: { RelationReader.damning.contains($0) }),
                      RelationModality.isFactual(tail) || tail.lowerWords.contains("failed") else { continue }
            }
            var subject = i
            if i > 0, s.type(i - 1) == .person, s.type(i) == .organization {
                let app = s.between(i - 1, i)
                if app.hasPrefix(","), app.lowerWords.count <= 8, !app.lowerWords.contains("and") { subject = i - 1 }
            }
            // `the Audit Committee, chaired by the Labour MP Ann Reed, said ...`: the body speaks, not its chair
            if let o = chairedBody(s, subject) { subject = o }
            let lead = s.before(subject, 50).lowerWords.suffix(3)
            if lead.contains(where: { ["to", "of", "for", "with", "from", "by", "about", "against"].contains($0) }) { continue }
            out.append(found("criticised", s, subject: subject, object: j))
        }
        return out
    }
}

/// Criticism whose critic or target the clause does not name but refers to: a pronoun (`He also criticised
/// Harbour Homes`, `It condemned the trust`, `the committee ... attacked it`), a description (`The regulator
/// fined the company`), or the critic's own document (`Her report found that the council had failed`). What
/// the words stand for is ``PronounResolver``'s and ``DefiniteDescription``'s to decide; when they refuse, no
/// edge is made.
extension RelationReader {
    /// Nouns of a document whose author makes its findings: `Its report found ...`, `His letter blamed ...`.
    static let documentNouns: Set<String> = ["report", "review", "letter", "findings", "audit", "investigation", "verdict",
                                             "inspection", "statement", "judgment", "judgement", "ruling", "submission", "assessment"]
    /// Words between a clause's subject and its verb that leave the subject alone: `It has also repeatedly attacked`.
    static let auxiliaries: Set<String> = ["has", "have", "had", "also", "repeatedly", "again", "publicly", "then", "now", "already",
                                           "strongly", "later", "was", "is", "were", "been", "equally", "highly", "deeply", "sharply",
                                           "fiercely", "itself", "themselves", "himself", "herself", "too", "openly", "consistently",
                                           "long", "even", "further", "went"]

    /// The criticism a sentence that names nobody states by pronouns and descriptions (`He also attacked the
    /// trust.`, `It found that the scheme had failed.`): only those readers, and only when the sentence opens
    /// with a word that may refer (`he`, `its`, `the` ...). `anchor` is the last mention of the passage before it.
    public func readUnnamed(passage text: String, sentence range: Range<Int>, after anchor: Int, all: [LocatedMention]) -> [Found] {
        guard anchor >= 0, anchor < all.count,
              let first = Sentence.slice(text, range.lowerBound, min(range.upperBound, range.lowerBound + 24)).lowerWords.first,
              ["he", "she", "it", "they", "his", "her", "its", "their", "the"].contains(first) else { return [] }
        let s = Sentence(text: text, range: range, mentions: [])
        let context = RelationContext(text: text, sentence: range, mentions: [], all: all, anchor: anchor)
        var seen = Set<String>()
        return (criticismAroundVerb(s, context) + describedFindings(s, context) + criticNouns(s, context)
                + unnamedMemberships(s, context)).filter { f in
            guard f.object != f.subject, f.object != nil || f.objectName != nil else { return false }
            return seen.insert("\(f.predicate)|\(f.subject)|\(f.object ?? -1)|\(f.objectName ?? "")").inserted
        }
    }

    /// Where the clause that holds UTF-8 offset `v` starts: the sentence's start, or just after its last `; `,
    /// `, and `, `, but ` or ` and ` before `v`.
    func clauseStart(_ s: Sentence, before v: Int) -> Int {
        let head = s.slice(s.range.lowerBound, v)
        var start = s.range.lowerBound
        for sep in ["; ", ", and ", ", but ", " and ", ": "] {
            if let r = head.fastRange(of: sep, options: .backwards) {
                start = max(start, s.range.lowerBound + head.utf8.distance(from: head.startIndex, to: r.upperBound))
            }
        }
        return start
    }

    /// The clause's subject before the verb at `v` when the clause does not name it: `he`/`she` (a person),
    /// `it`/`they` (a body), `the committee` (a description), or `his report`/`its review` (the document's
    /// author); an apposition after it may stand between (`The committee, chaired by Tom Vale, said`).
    func unnamedSubject(_ s: Sentence, _ context: RelationContext, before v: Int) -> (index: Int, mention: EntityMention)? {
        guard !s.isQuestion else { return nil }
        var start = clauseStart(s, before: v)
        var clause = s.slice(start, v)
        // an apposition closed by a comma before the verb
        var words = clause.lowerWords
        while let l = words.last, Self.auxiliaries.contains(l) { words.removeLast() }
        var fronted = false
        if let comma = clause.firstIndex(of: ",") {
            let tail = String(clause[comma...])
            let afterLast = tail.lastIndex(of: ",").map { String(tail[tail.index(after: $0)...]) } ?? ""
            let closed = afterLast.lowerWords.allSatisfy(Self.auxiliaries.contains)
            if closed {
                clause = String(clause[..<comma])
                words = clause.lowerWords
            } else {
                // a fronted adverbial before the subject: `In her annual review, published in May, she concluded`,
                // `Last year, the committee attacked`
                guard let f = String(clause[..<comma]).lowerWords.first, Self.frontedOpeners.contains(f),
                      afterLast.lowerWords.count <= 5 else { return nil }
                start += clause.utf8.count - afterLast.utf8.count
                clause = afterLast
                words = clause.lowerWords
                while let l = words.last, Self.auxiliaries.contains(l) { words.removeLast() }
                fronted = true
            }
        }
        let subjectEnd = start + clause.utf8.count
        // the subject phrase names nobody
        guard !s.mentions.contains(where: { [.person, .organization].contains($0.mention.type)
            && $0.mention.utf8Range.lowerBound >= start && $0.mention.utf8Range.upperBound <= subjectEnd }) else { return nil }
        // lead-ins: `In May it concluded`, `Last month the committee said`
        while words.count > 1, let f = words.first, f != "the", RelationContext.leadIns.contains(f) || f.allSatisfy(\.isNumber) { words.removeFirst() }
        guard let first = words.first else { return nil }
        let at = start
        if words.count == 1 {
            switch first {
            case "he", "she":
                // inside the sentence (`..., and he was also critical of`), the sentence's own people only
                guard let p = context.person(male: first == "he", at: at, in: s, subjectPronoun: true) else { return nil }
                // (`Her reports were blunt, and she criticised ...`: a sentence that opens with the same person's
                // pronoun is about the person before it)
                let opening = s.slice(s.range.lowerBound, min(s.range.upperBound, s.range.lowerBound + 12)).lowerWords.first ?? ""
                let same = first == "he" ? ["he", "his"].contains(opening) : ["she", "her"].contains(opening)
                return !fronted && !same && start > s.range.lowerBound && p.mention.utf8Range.lowerBound < s.range.lowerBound ? nil : p
            case "it", "they": return context.organization(at: at, in: s)
            default: return nil
            }
        }
        if ["his", "her", "its", "their"].contains(first), words.count <= 3, let last = words.last, Self.documentNouns.contains(last) {
            return first == "his" || first == "her" ? context.person(male: first == "his", at: at, in: s) : context.organization(at: at, in: s)
        }
        if first == "the", words.count <= 3, let head = words.last, DefiniteDescription.heads.contains(head) {
            return context.describedOrganization([head], at: at, in: s)
        }
        // `the auditors`, `the inspectors`: the one body named before whose name says what they work for
        if first == "the", words.count == 2, let stem = Self.staffOf[words[1]] {
            let named = context.mentions(before: at, in: s).filter {
                $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= at - DefiniteDescription.window
                    && $0.mention.canonicalName.lowerWords.contains(where: { $0.hasPrefix(stem) })
            }
            guard Set(named.map(\.mention.canonicalName)).count == 1 else { return nil }
            return named.last
        }
        return nil
    }

    /// Words that open a fronted adverbial before a clause's subject (`In May, she ...`, `After the review, it ...`).
    static let frontedOpeners: Set<String> = ["in", "on", "at", "after", "during", "before", "earlier", "later", "last", "speaking",
                                              "writing", "since", "when", "as", "this", "yesterday", "today", "then", "giving", "asked",
                                              "separately", "meanwhile", "similarly", "likewise", "again", "also", "however"]
    /// The staff of a body, by the word its name holds: `the auditors` work for an audit office, `the inspectors`
    /// for an inspectorate.
    static let staffOf: [String: String] = ["auditors": "audit", "inspectors": "inspectorate", "examiners": "examin"]

    /// The target written as a pronoun right after the verb ending at `v`: `criticised him`, `attacked it`.
    /// `him`/`her` is a person named in the sentences before (not the critic); `it` a body the clause names or
    /// describes between its subject and the verb (`took evidence from the agency and attacked it`).
    func pronounObject(_ s: Sentence, _ context: RelationContext, after v: Int, critics: Set<String>, from subjectEnd: Int) -> (index: Int, mention: EntityMention)? {
        let next = s.slice(v, min(v + 30, s.range.upperBound))
        let words = next.lowerWords
        guard let w = words.first else { return nil }
        let afterWord = words.dropFirst().first ?? ""
        let ends = next.trimming(" ").dropFirst(w.count).first.map { ",.;".contains($0) } ?? true
        let free = ends || ["for", "in", "over", "as", "on", "at", "last", "this", "repeatedly", "publicly", "too", "after", "when", "and", "of", "by"].contains(afterWord)
        guard free else { return nil }
        switch w {
        case "him", "her":
            guard let p = context.person(male: w == "him", at: v, in: s, sameSentence: false, excluding: critics) else { return nil }
            return p
        case "it":
            // what the clause names or describes before the verb, after its subject
            let stretch = s.slice(subjectEnd, v)
            var found: [(index: Int, mention: EntityMention)] = s.mentions.filter {
                $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= subjectEnd && $0.mention.utf8Range.upperBound <= v
                    && !RelationReader.isParty($0.mention.text)
            }
            let sw = stretch.lowerWords
            for (k, word) in sw.enumerated() where word == "the" && k + 1 < sw.count && DefiniteDescription.heads.contains(sw[k + 1]) {
                if let o = context.describedOrganization([sw[k + 1]], at: subjectEnd, in: s) { found.append(o) }
            }
            let keys = Set(found.map(\.mention.canonicalName)).subtracting(critics)
            if keys.isEmpty { return sentenceBodyObject(s, context, before: v, critics: critics) }
            guard keys.count == 1, let o = found.last(where: { keys.contains($0.mention.canonicalName) }) else { return nil }
            return o
        default:
            return nil
        }
    }

    /// The body `it`, the object of a criticism verb at UTF-8 offset `v`, stands for when its own clause names
    /// none: a body the sentence spoke of before the critic's clause, as what a clause was about rather than who
    /// acted in it (`Tom Vale attacked the Harbour Passport Office over the queues, and the union has criticised
    /// it for cutting staff`; `the Audit Office reported that the agency had overspent, and the committee attacked
    /// it as a failure`; `the Kelby Rail Board, scrapped after the minister denounced it as a shambles`). A body
    /// that opens its clause as the subject, one named in a person's aside, one followed by a possessive and a
    /// party are no such body; two different ones refuse. When the sentence names no body at all before the verb,
    /// the pronoun resolver's body (``RelationContext/organization(at:in:depth:)``: `The Fertility Authority has
    /// never lacked critics. ... and Ann Reed has been among the sharpest, attacking it as a drag`).
    func sentenceBodyObject(_ s: Sentence, _ context: RelationContext, before v: Int, critics: Set<String>) -> (index: Int, mention: EntityMention)? {
        let earlier = s.mentions.filter { $0.mention.utf8Range.upperBound <= v }
        let clauses = [s.range.lowerBound] + RelationReader.clauseStarts(in: s.slice(s.range.lowerBound, v)).map { s.range.lowerBound + $0 }
        /// Whether a name or description starting at `at` opens its clause (only lead-in words before it).
        func opensClause(_ at: Int) -> Bool {
            guard let c = clauses.last(where: { $0 <= at }) else { return false }
            let lead = s.slice(c, at).lowerWords
            return lead.count <= 8 && lead.allSatisfy(RelationContext.isLeadIn)
        }
        var found: [(index: Int, mention: EntityMention)] = []
        var bodies = 0
        for m in earlier where m.mention.type == .organization {
            bodies += 1
            let name = m.mention.canonicalName
            guard !critics.contains(name), !RelationReader.isParty(m.mention.text), !RelationReader.isParty(name) else { continue }
            let after = s.slice(m.mention.utf8Range.upperBound, min(m.mention.utf8Range.upperBound + 3, s.range.upperBound))
            if after.hasPrefix("'s") || after.hasPrefix("\u{2019}") { continue }
            if opensClause(m.mention.utf8Range.lowerBound) { continue }
            if RelationContext.isInPersonAside(m, among: earlier.filter { $0.mention.utf8Range.upperBound <= m.mention.utf8Range.lowerBound }, text: s.text) { continue }
            found.append(m)
        }
        // descriptions (`that the agency had overspent`) that do not open their clause
        let stretch = s.slice(s.range.lowerBound, v)
        let lower = stretch.lowercased()
        var from = lower.startIndex
        while let r = lower.fastRange(of: "the ", range: from..<lower.endIndex) {
            from = r.upperBound
            let at = s.range.lowerBound + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            guard r.lowerBound == lower.startIndex || lower[lower.index(before: r.lowerBound)] == " " else { continue }
            guard let head = lower[r.upperBound...].lowerWords.first, DefiniteDescription.heads.contains(head),
                  !DefiniteDescription.plainHeads.contains(head), !opensClause(at),
                  // (`the agency's lawyers`: the owner of something else)
                  !lower[r.upperBound...].hasPrefix(head + "'s"), !lower[r.upperBound...].hasPrefix(head + "\u{2019}s"),
                  // (`the union has criticised it`: the critic's own description)
                  s.mentions.contains(where: { $0.mention.utf8Range.lowerBound == at }) == false,
                  let o = context.describedOrganization([head], at: at, in: s),
                  !critics.contains(o.mention.canonicalName), !RelationReader.isParty(o.mention.text) else { continue }
            found.append(o)
        }
        let keys = Set(found.map(\.mention.canonicalName))
        if keys.count == 1 { return found.last }
        guard keys.isEmpty, bodies == 0 else { return nil }
        guard let o = context.organization(at: clauses.last ?? s.range.lowerBound, in: s), !critics.contains(o.mention.canonicalName),
              !RelationReader.isParty(o.mention.text) else { return nil }
        return o
    }
}
