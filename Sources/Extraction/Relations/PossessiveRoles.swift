import Foundation
import HindsightSupport

/// Posts written with a possessive that stands for an organization named earlier, the way most reports name a
/// post the second time round: `Harbour Homes and its chief executive, Ann Reed, ...`; `Ann Reed, their leader,
/// ...`; `The trust's chair, Tom Vale, ...`; `Tom Vale was Harbour Homes' finance director from 2015`; `Its first
/// chair was Ann Reed`.
///
/// The owner of `its`/`their` is the organization named before it in the sentence, or else the one the previous
/// sentence names, or else the one the paragraph last calls by a common noun (`the council`, `the trust`). The
/// owner of `the trust's` is the body ``DefiniteDescription`` resolves the noun to (`Leeds Hospital Trust`); a
/// noun it resolves to nothing (`the company's chair` after a page that names no company) gives no edge: a post
/// placed at a guessed organization is a wrong fact.
extension RelationReader {
    /// Common nouns a writer uses for an organization already named (``DefiniteDescription``'s heads).
    static var ownerNouns: Set<String> { DefiniteDescription.heads }

    /// The possessive before a title: `its`, `their`, `the trust's`, `the unions'`.
    private static let possessive = #"(its|their|the\s+([A-Za-z]+)(?:'s|\x{2019}s|s'|s\x{2019}))"#
    /// A time phrase a writer may put between a post and its holder (`its chair at the time was Ann Reed`, `the
    /// trust's chief executive since 2019, Tom Vale,`, `Harbour Homes' chair through the strike was Ann Reed`, `the
    /// chief executive for most of the decade was Tom Vale`): optional, and no part of the title.
    /// Honorifics that may stand before a holder's name in the post patterns (`Sir`, `Dame`, `Dr.`, `Cllr` ...),
    /// any number of them, each with its space.
    static let honorifics = #"(?:(?:Sir|Dame|Dr|Lord|Lady|Baroness|Professor|Prof|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)*"#
    static let timeAdjunct = #"(?:,?\s+(?:at\s+the\s+time|at\s+that\s+time|then|now|today|back\s+then|in\s+[0-9]{4}|since\s+[0-9]{4}|from\s+[0-9]{4}(?:\s+(?:to|until)\s+[0-9]{4})?|until\s+[0-9]{4}|between\s+[0-9]{4}\s+and\s+[0-9]{4}|(?:through|during|throughout|for\s+most\s+of|for\s+much\s+of)\s+(?:the|its|this|that|those|these|their)(?:\s+[A-Za-z0-9-]+){1,4}?(?:\s+so\s+far)?))?"#
    /// `... its chief executive, Ann Reed` / `the trust's chair Tom Vale` / `its first chair was Ann Reed` / `its
    /// chair, the Green MP Ann Reed,` (a member's label between): the possessive and title ending right before the
    /// name.
    private static let titleBeforeName = try! NSRegularExpression(pattern:
        #"(?:^|[\s(,;:])"# + possessive + #"\s+((?:[A-Za-z][A-Za-z0-9-]*\s+){0,6}?[A-Za-z][A-Za-z0-9-]*)"# + timeAdjunct + #"(,\s*(?:the\s+(?:[A-Za-z-]+\s+){0,2}(?:MP|MSP|MS|AM|peer|councillor|backbencher)\s+)?|\s+(?:is|was|became|has been|had been)\s+|\s+)"# + RelationReader.honorifics + #"$"#,
        options: [.caseInsensitive])
    /// `Ann Reed, its chief executive,` / `Tom Vale (the union's president)`: the possessive and title after.
    private static let titleAfterName = try! NSRegularExpression(pattern:
        #"^(?:,\s*|\s+\(|\s+(?:who\s+)?(?:is|was|became|has been|had been|remains|remained)\s+)"# + possessive
            + #"\s+([A-Za-z][A-Za-z0-9 '\x{2019}-]{0,80})"#,
        options: [.caseInsensitive])
    /// `Tom Vale, who had run Westside Care for years, was its first chairman`; `Ann Reed, formerly a nurse, was
    /// yesterday confirmed as its chief executive`: an aside (a relative clause or a description, one comma pair)
    /// between the name and the copula or appointing verb before `its`/`their` and the title.
    private static let asideThenPossessive = try! NSRegularExpression(pattern:
        #"^,\s+(?:who|previously|formerly|once|latterly|until\s+then|a|an|the)\s[^,;:()]{2,110},\s+(?:is|was|became|has\s+been|had\s+been|remains|remained|"#
            + #"was\s+(?:later\s+|then\s+|yesterday\s+|formally\s+|duly\s+)?(?:appointed|named|confirmed\s+as|made))\s+(its|their)\s+([A-Za-z][A-Za-z0-9 '\x{2019}-]{0,80})"#,
        options: [.caseInsensitive])
    /// `Tom Vale was Harbour Homes' chief executive`: a copula right before a named organization's possessive.
    private static let copulaLead = try! NSRegularExpression(pattern:
        #"^\s+(?:who\s+)?(?:is|was|became|has been|had been|remains|remained)\s+$"#, options: [.caseInsensitive])

    /// Whether `text` may hold ``possessive`` (`its`, `their` or an apostrophe), checked on its bytes before the
    /// patterns that need it are run: an ASCII text without an apostrophe, `its` or `their` in any case holds none;
    /// any other text (non-ASCII, where case folding reaches further) is handed to the pattern.
    static func mayHoldPossessive(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
            if u.contains(where: { $0 >= 0x80 || $0 == 0x27 }) { return true }
            return ByteSearch.containsFoldingASCII(u, "its") || ByteSearch.containsFoldingASCII(u, "their")
        }
    }

    /// The posts a sentence gives with a possessive owner (see the type's overview).
    func possessiveRoles(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            let at = s.mentions[i].mention.utf8Range
            // 1. Before the name.
            let before = s.before(i, 110)
            let nsb = before as NSString
            if RelationReader.mayHoldPossessive(before), let m = RelationReader.titleBeforeName.firstMatch(in: before, range: NSRange(location: 0, length: nsb.length)) {
                let pos = nsb.substring(with: m.range(at: 1))
                let noun = m.range(at: 2).location == NSNotFound ? nil : nsb.substring(with: m.range(at: 2)).lowercased()
                let title = nsb.substring(with: m.range(at: 3))
                let whole = RelationReader.titleParts(title).first?.title
                let possAt = at.lowerBound - before.utf8.count + nsb.substring(to: m.range(at: 1).location).utf8.count
                let lead = nsb.substring(to: m.range(at: 1).location)
                // not `who replaced its chair Ann Reed`: only a title standing as the clause's subject or apposition
                if whole == title, !s.mentions.indices.contains(where: { $0 < i && s.type($0) == .person && s.mentions[$0].mention.utf8Range.lowerBound >= possAt }),
                   RelationModality.isFactual(lead.lowerWords.suffix(3).joined(separator: " ")) {
                    out += possessiveEdges(s, context, person: i, possessive: pos, noun: noun, title: title, at: possAt)
                }
            }
            // 2. After the name.
            let after = s.after(i, 140)
            let nsa = after as NSString
            if RelationReader.mayHoldPossessive(after), let m = RelationReader.titleAfterName.firstMatch(in: after, range: NSRange(location: 0, length: nsa.length)) {
                let pos = nsa.substring(with: m.range(at: 1))
                let noun = m.range(at: 2).location == NSNotFound ? nil : nsa.substring(with: m.range(at: 2)).lowercased()
                let rest = nsa.substring(with: m.range(at: 3))
                let possAt = at.upperBound + nsa.substring(to: m.range(at: 1).location).utf8.count
                // `its chief executive and its finance director`: each title after `and its` / `and the X's`
                for (k, part) in RelationReader.titleParts(rest).enumerated() {
                    if k == 0 {
                        out += possessiveEdges(s, context, person: i, possessive: pos, noun: noun, title: part.title, at: possAt)
                    } else if let p = part.possessive {
                        out += possessiveEdges(s, context, person: i, possessive: p.word, noun: p.noun, title: part.title, at: possAt)
                    }
                }
            }
            // 2b. After an aside: `Tom Vale, who had run Westside Care, was its first chairman`. `its` is read from
            // before the name (the aside's bodies are his past, not the pronoun's owner): the sentence's first body
            // before him, else the subject of the clause before (``RelationContext/organization(at:in:depth:)``);
            // never a guess from the first body the sentence before names, which is often another holder's aside
            // (`Ann Reed, who had run Westside Care, was its chair. Tom Vale, ..., was its first director.`).
            // (the pattern opens with a comma and holds `its`/`their`: checked first, as the person loop is hot)
            if after.hasPrefix(","), RelationReader.mayHoldPossessive(after),
               let m = RelationReader.asideThenPossessive.firstMatch(in: after, range: NSRange(location: 0, length: nsa.length)),
               let part = RelationReader.titleParts(nsa.substring(with: m.range(at: 2))).first,
               let o = (s.mentions.first { $0.mention.type == .organization && !RelationReader.isParty($0.mention.text) && $0.mention.utf8Range.upperBound <= at.lowerBound }
                        ?? context.organization(at: at.lowerBound, in: s).flatMap { RelationReader.isParty($0.mention.text) || $0.mention.type != .organization ? nil : $0 }
                        // (a paragraph that opens with a body's name is about it: `Harbour Water opened in 2006. Ann Reed,
                        // who had run a rival, was its chair. Tom Vale, previously a banker, was its first director.`)
                        ?? (s.mentions.first.map { $0.mention.type == .person } ?? false ? context.paragraphTopic : nil)) {
                let title = part.title
                if RelationReader.isRole(title), !title.lowerWords.contains(where: { ["minister", "secretary"].contains($0) })
                    || RoleTitle.words(title).isSuperset(of: ["general", "secretary"]) {
                    out += edges(s, person: i, object: o.index, title: title, party: false)
                }
            }
            // 3. `Tom Vale was Harbour Homes' chief executive from 2015`.
            if let j = s.mentions.indices.first(where: { $0 > i && s.type($0) == .organization }),
               !RelationReader.isParty(s.mentions[j].mention.text) {
                let gap = s.between(i, j)
                let tail = s.after(j, 90)
                if RelationReader.copulaLead.firstMatch(in: gap, range: NSRange(location: 0, length: (gap as NSString).length)) != nil,
                   let apos = ["'s ", "\u{2019}s ", "' ", "\u{2019} "].first(where: { tail.hasPrefix($0) }) {
                    let title = RelationReader.titleParts(String(tail.dropFirst(apos.count))).first?.title ?? ""
                    if RelationReader.isRole(title), title.lowerWords.count <= 6 {
                        out += edges(s, person: i, object: s.mentions[j].index, title: title, party: false)
                    }
                }
            }
        }
        return out
    }

    /// A run of titles after a possessive, cut at the clause's end: `director of finance and its section 151
    /// officer` → [`director of finance`, (`its`, `section 151 officer`)]; `leader from 2016` → [`leader`].
    static func titleParts(_ text: String) -> [(title: String, possessive: (word: String, noun: String?)?)] {
        let stops: Set<String> = ["from", "since", "until", "in", "on", "during", "for", "who", "which", "that", "when", "later",
                                  "earlier", "then", "before", "after", "at", "had", "has", "have", "was", "is", "said", "says",
                                  "told", "and", "but", "with", "announced", "between"]
        var parts: [(title: String, possessive: (word: String, noun: String?)?)] = []
        var current: [String] = []
        var currentPossessive: (word: String, noun: String?)? = nil
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func close() {
            if !current.isEmpty { parts.append((current.joined(separator: " "), currentPossessive)) }
            current = []
        }
        while !words.isEmpty {
            let raw = words.removeFirst()
            let trimmed = raw.trimming(",;:.)(\"\u{201D}")
            let l = trimmed.lowercased()
            // `of` keeps the title going (`director of finance`), but a preposition before a date ends it
            if l == "and", let next = words.first?.lowercased() {
                if next == "its" || next == "their" {
                    close(); currentPossessive = (next, nil); words.removeFirst(); continue
                }
                if next == "the", words.count >= 2 {
                    let n = words[1].lowercased().replacingPresent("\u{2019}", with: "'")
                    if n.hasSuffix("'s") {
                        close(); currentPossessive = ("the", String(n.dropLast(2))); words.removeFirst(2); continue
                    }
                }
                break
            }
            // `director for children's services` goes on; `chair for six years` ends
            let dated = words.first.map { RelationReader.startsDate($0) || $0.lowerWords.first.map { ["a", "an", "the", "two", "three", "four", "five", "six", "many", "several", "more", "over", "almost", "nearly", "just"].contains($0) } ?? false } ?? true
            if stops.contains(l), !current.isEmpty, !(l == "for" && !dated) { break }
            if l.isEmpty { break }
            current.append(trimmed)
            if trimmed != raw { break }
        }
        close()
        return parts.filter { RelationReader.isRole($0.title) && $0.title.lowerWords.count <= 7 }
    }

    /// The edges of one possessive post, when its owner can be placed.
    func possessiveEdges(_ s: Sentence, _ context: RelationContext, person i: Int, possessive: String, noun: String?,
                         title raw: String, at possAt: Int) -> [Found] {
        let title = RelationReader.titleParts(raw).first?.title ?? ""
        guard RelationReader.isRole(title), !title.lowerWords.contains(where: { ["minister", "secretary"].contains($0) })
                || RoleTitle.words(title).isSuperset(of: ["general", "secretary"]) || RoleTitle.words(title).isSuperset(of: ["permanent", "secretary"]) else { return [] }
        let word = possessive.lowercased()
        var owner: (index: Int, party: Bool)?
        if let noun, word.hasPrefix("the") {
            guard noun != "party", RelationReader.ownerNouns.contains(noun) || DefiniteDescription.subjectHeads.contains(noun) else { return [] }
            if let o = organization(called: noun, before: possAt, s, context) ?? describedSubject(noun, s, context, at: possAt) { owner = (o, false) }
        } else if word == "its" || word == "their" {
            owner = pronounOwner(s, context, before: possAt, parties: word == "their")
        }
        guard let owner else { return [] }
        return edges(s, person: i, object: owner.index, title: title, party: owner.party)
    }

    private func edges(_ s: Sentence, person i: Int, object: Int, title: String, party: Bool) -> [Found] {
        let subject = s.mentions[i].index
        let offset = s.mentions[i].mention.utf8Range.lowerBound
        let q = RoleTitle.qualifier(title)
        let label = RoleTitle.clean(title)
        var out = [Found(predicate: "holds_role", subject: subject, object: object, label: label, qualifier: q, offset: offset)]
        if RelationReader.isLeaderTitle(label) { out.append(Found(predicate: "leads", subject: subject, object: object, qualifier: q, offset: offset)) }
        if party { out.append(Found(predicate: "member_of", subject: subject, object: object, offset: offset)) }
        return out
    }

    /// The body a possessive description at `offset` (`the union's`, `the agency's`) stands for when no body of
    /// its kind is named (``organization(called:before:_:_:)`` found none): the subject of the clause before, as
    /// for `its` (``RelationContext/organization(at:in:depth:)``), when the noun may name it again
    /// (``DefiniteDescription/fitsSubject(_:names:)``). `Unison balloted its members. Ann Reed, the union's
    /// general secretary, said ...` → Unison (a person opening the sentence is not what the noun names: the
    /// clause before hers is read); `Kelby Water Agency was set up in 2004. The agency's chair ...` is read by
    /// the name already. A party or a department of state is never so named.
    func describedSubject(_ noun: String, _ s: Sentence, _ context: RelationContext, at offset: Int) -> Int? {
        var m = context.organization(at: offset, in: s)
        if m == nil, let first = s.mentions.first, first.mention.type == .person, first.mention.utf8Range.upperBound <= offset,
           Sentence.slice(s.text, s.range.lowerBound, first.mention.utf8Range.lowerBound).lowerWords.allSatisfy({ RelationContext.leadIns.contains($0) }) {
            m = context.organization(at: s.range.lowerBound, in: s)
        }
        guard let m, m.mention.type == .organization, !RelationReader.isParty(m.mention.text), !RelationReader.isDepartment(m.mention.canonicalName),
              DefiniteDescription.fitsSubject(noun, names: [m.mention.canonicalName, m.mention.text]) else { return nil }
        return m.index
    }

    /// The organization `the <noun>` before `offset` stands for (``DefiniteDescription``, over the sentence and
    /// the passage before it): `the trust` → `Leeds Hospital Trust`; `the company` → `Harbour Homes Ltd`.
    func organization(called noun: String, before offset: Int, _ s: Sentence, _ context: RelationContext) -> Int? {
        context.definite([noun], before: offset, in: s)
    }

    /// The owner of `its` / `their`: the organization named before it in the sentence, else the subject of the
    /// clause before (``RelationContext/organization(at:in:depth:)``), else the first one of the previous sentence, else the one a common noun of the paragraph names (`the council`).
    func pronounOwner(_ s: Sentence, _ context: RelationContext, before offset: Int, parties: Bool) -> (index: Int, party: Bool)? {
        func ok(_ m: EntityMention) -> Bool { m.type == .organization && (parties || !RelationReader.isParty(m.text)) }
        // a description right before the sentence's first `its` is the pronoun's owner, for every `its` after it:
        // `The rescue, code-named Operation Dry Feet, is run by the agency under its chief executive, Ann Reed, and
        // its chair, Tom Vale` (the agency, not the operation the sentence opens with); one that stands for no body
        // named, or for two, refuses: a guess at another body would be a wrong fact
        if let described = Self.describedBeforePronoun(s, before: offset) {
            guard let o = context.definite([described.noun], before: described.at, in: s) else { return nil }
            return (o, false)
        }
        // the sentence's first organization, its subject mostly (`The trust, formed from A and B, is led by Tom
        // Vale, and Ann Reed is its chair`: the trust, not B), leaving out a body named in a person's aside, the
        // person's past and not the pronoun's owner (`The board's first chair was Ann Reed, a former Harbour Homes
        // director; its first chief executive was Tom Vale`: not Harbour Homes)
        if let m = s.mentions.first(where: { ok($0.mention) && $0.mention.utf8Range.upperBound <= offset
                                             && !RelationContext.isInPersonAside($0, among: s.mentions, text: s.text) }) {
            // unless an earlier `its` of the sentence, and a person after it, come before that body: the body then
            // describes that person, and both pronouns stand for one owner named before the sentence (`Its first
            // chair was Ann Reed, a former leader of Kingsford Council, and its first chief executive was Tom Vale`:
            // not the council)
            if let first = Self.firstPossessivePronoun(s, before: m.mention.utf8Range.lowerBound),
               s.mentions.contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound > first
                                            && $0.mention.utf8Range.upperBound <= m.mention.utf8Range.lowerBound }) {
                return pronounOwner(s, context, before: first, parties: parties)
            }
            return (m.index, RelationReader.isParty(m.mention.text))
        }
        // a body the sentence itself calls by a common noun before the pronoun stands nearer than any body of the
        // sentence before (`When the board met in May, its chair, Ann Reed, asked for more money`: the board)
        if let o = definiteOwner(s, context, before: offset, from: s.range.lowerBound) { return (o, false) }
        // the subject of the clause before (``PronounResolver``): `A and B closed, and C took over their work. Its
        // chair ...` → C, not A
        if let m = context.organization(at: offset, in: s), ok(m.mention) {
            return (m.index, RelationReader.isParty(m.mention.text))
        }
        // `The new regulator is chaired by Tom Vale, and its chief executive is Ann Reed`: a sentence whose subject
        // is a body it describes (not names) is about that body; when neither the description nor the resolver
        // could tell which body that is, the first body of the sentence before (often the one the new body
        // replaced) is no better a guess
        if Self.opensWithDescribedBody(s, before: offset) { return nil }
        // `Ann Reed, who had run the depot, became its chair`: the person opening the sentence is not `its`, so the
        // pronoun is read as if it opened the sentence, from the sentences before
        if s.mentions.first.map({ $0.mention.type == .person && $0.mention.utf8Range.upperBound <= offset }) ?? false,
           let m = context.organization(at: s.range.lowerBound, in: s), ok(m.mention) {
            return (m.index, RelationReader.isParty(m.mention.text))
        }
        // the first body of the sentence before, unless that sentence opens with `It` or `They`: it is then about
        // what that pronoun stands for (which the resolver could not tell), not about the first body it names
        // (`Harbour Water bought the depot. It was an odd body, whose debts Kingsford Council guaranteed. Ann Reed
        // became its chair.`: not Kingsford Council)
        let opener = Sentence.slice(s.text, context.previousSentenceStart, min(s.range.lowerBound, context.previousSentenceStart + 12)).lowerWords.first
        if !["it", "they", "its", "their"].contains(opener ?? ""),
           var m = context.before.first(where: { ok($0.mention) && $0.mention.utf8Range.lowerBound >= context.previousSentenceStart }) {
            // `A was replaced by B. Its first chair ...`: the new body B (``RelationContext/isReplacedBy(_:)``)
            if let b = context.before.first(where: { ok($0.mention) && $0.mention.utf8Range.lowerBound >= m.mention.utf8Range.upperBound
                                                      && $0.mention.utf8Range.upperBound <= s.range.lowerBound }),
               RelationContext.isReplacedBy(Sentence.slice(s.text, m.mention.utf8Range.upperBound, b.mention.utf8Range.lowerBound)) {
                m = b
            }
            return (m.index, RelationReader.isParty(m.mention.text))
        }
        if let o = definiteOwner(s, context, before: offset) { return (o, false) }
        return nil
    }

    /// `the agency under its`, `the council and its`, `the trust with its`: a definite description (up to two
    /// words between `the` and its head noun) joined to the sentence's first `its` before or at `offset`.
    static let descriptionBeforePronoun = try! NSRegularExpression(pattern:
        #"\bthe\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:under|and|with)\s+$"#, options: [.caseInsensitive])

    /// Whether sentence `s` opens, before `offset` and before any person or organization it names, with a
    /// description of a body as its subject: `the`, up to two words that govern nothing, and a noun for a kind of
    /// body (`The new regulator is chaired by ...`, `The board later ...`, `The trust's chair said ...`), the
    /// same shape ``RelationContext/organization(at:in:depth:)`` reads as a described clause subject. A noun too
    /// plain to stand alone (`the union`, `the chief executive`: ``DefiniteDescription/plainHeads``) is no such
    /// subject, and the description ends at a possessive (`the body's chief executive`).
    static func opensWithDescribedBody(_ s: Sentence, before offset: Int) -> Bool {
        let end = min(offset, s.mentions.first { $0.mention.type == .person || $0.mention.type == .organization }?.mention.utf8Range.lowerBound ?? offset)
        guard end > s.range.lowerBound else { return false }
        let lead = Sentence.slice(s.text, s.range.lowerBound, end).lowerWords
        guard lead.first == "the", lead.count >= 2 else { return false }
        // the description ends at its first possessive (`the body's chief executive` is no `executive` body)
        let last = min(lead.count - 1, 3, lead[1...].firstIndex { $0.hasSuffix("'s") } ?? 3)
        let bare = lead.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
        guard let h = (1...last).first(where: { DefiniteDescription.heads.contains(bare[$0]) }),
              !DefiniteDescription.plainHeads.contains(bare[h]) else { return false }
        return lead[1..<h].allSatisfy { !RelationContext.governing.contains($0) }
    }

    /// The head noun and the offset of the description ``descriptionBeforePronoun`` finds before the sentence's
    /// first `its` (at or before `offset`), when the noun names a kind of body and is not too plain to stand alone.
    static func describedBeforePronoun(_ s: Sentence, before offset: Int) -> (noun: String, at: Int)? {
        guard let first = firstPossessivePronoun(s, before: min(offset + 4, s.range.upperBound)), first <= offset else { return nil }
        let from = max(s.range.lowerBound, first - 80)
        let text = Sentence.slice(s.text, from, first)
        let ns = text as NSString
        guard let m = descriptionBeforePronoun.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let noun = ns.substring(with: m.range(at: 1)).lowercased()
        guard DefiniteDescription.heads.contains(noun), !DefiniteDescription.plainHeads.contains(noun) else { return nil }
        return (noun, from + ns.substring(to: m.range.location).utf8.count)
    }

    /// The UTF-8 offset (in the passage) of the sentence's first `its` before `limit`, if any.
    static func firstPossessivePronoun(_ s: Sentence, before limit: Int) -> Int? {
        guard limit > s.range.lowerBound else { return nil }
        let u = Array(Sentence.slice(s.text, s.range.lowerBound, min(limit, s.range.upperBound)).utf8)
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        let word = Array("its ".utf8)
        var k = 0
        while k + word.count <= u.count {
            if (k == 0 || !isLetter(u[k - 1])) && (0..<word.count).allSatisfy({ lower(u[k + $0]) == word[$0] }) {
                return s.range.lowerBound + k
            }
            k += 1
        }
        return nil
    }

    /// Where a post placed by no name is written after a possessive pronoun in the sentence, after the person at
    /// `p` (`Ann Reed, who had run the depot, became its first chief executive`): the UTF-8 offset (in the
    /// passage) of `its`/`their`, for ``RelationContext/organization(at:in:depth:)``. The owner of the post is the
    /// body the pronoun stands for, never a guess from the paragraph: after `Harbour Water bought the depot. It was
    /// an odd body, whose debts Kingsford Council guaranteed.`, `its first chief executive` is Harbour Water's (a
    /// chain through `It`), not Kingsford Council's, the first body the sentence before names.
    func pronounBeforeTitle(_ label: String, _ s: Sentence, after p: Int) -> Int? {
        let from = s.mentions[p].mention.utf8Range.upperBound
        guard from >= s.range.lowerBound, from <= s.range.upperBound, !label.isEmpty else { return nil }
        let tail = Sentence.slice(s.text, from, s.range.upperBound)
        for pronoun in ["its ", "their "] {
            var start = tail.startIndex
            while let r = tail.range(of: pronoun + label, options: .caseInsensitive, range: start..<tail.endIndex) {
                // a whole word (`its`, not the end of `bits`)
                if r.lowerBound == tail.startIndex || !(tail[tail.index(before: r.lowerBound)].isLetter) {
                    return from + tail.utf8.distance(from: tail.startIndex, to: r.lowerBound)
                }
                start = r.upperBound
            }
        }
        return nil
    }

    /// The owner of a post written `its <title>` after the person at `p` (``pronounBeforeTitle(_:_:after:)``): the
    /// body named between them with no comma before the pronoun (`Ann Reed came to the Water Board as its chair`),
    /// else the body the pronoun stands for (``RelationContext/organization(at:in:depth:)``), else nil. A body inside
    /// an apposition about the person (`Ann Reed, who had run Harbour Homes, became its chair`) is not the owner.
    /// When the person opens the sentence, `its` cannot be them: the pronoun is read as if it opened the sentence,
    /// from the sentences before (`Harbour Water bought the depot. It was an odd body. Ann Reed became its first
    /// chief executive.` → Harbour Water, through `It`).
    func titlePronounOwner(_ s: Sentence, _ context: RelationContext, person p: Int, pronounAt poss: Int) -> Int? {
        if let j = s.mentions.indices.last(where: { $0 > p && s.type($0) == .organization && s.mentions[$0].mention.utf8Range.upperBound <= poss }),
           !RelationReader.isParty(s.mentions[j].mention.text) {
            let gap = Sentence.slice(s.text, s.mentions[j].mention.utf8Range.upperBound, poss)
            if !gap.contains(",") && !gap.contains(";") { return s.mentions[j].index }
        }
        let at = p == 0 ? s.range.lowerBound : poss
        guard let m = context.organization(at: at, in: s), !RelationReader.isParty(m.mention.text) else { return nil }
        return m.index
    }

    /// The organization the paragraph last calls by a common noun (`the council`, `The trust's`), before `offset`.
    func definiteOwner(_ s: Sentence, _ context: RelationContext, before offset: Int, from lower: Int? = nil) -> Int? {
        let start = max(lower ?? context.paragraphStart, offset - 1500)
        guard start < offset else { return nil }
        let text = Sentence.slice(s.text, start, offset).lowerWords
        var k = text.count - 1
        while k >= 1 {
            var w = text[k]
            if w.hasSuffix("'s") { w = String(w.dropLast(2)) }
            if text[k - 1] == "the", RelationReader.ownerNouns.contains(w), w != "party" {
                return organization(called: w, before: offset, s, context)
            }
            k -= 1
        }
        return nil
    }

    /// The possessive posts merged into what the other rules read: a post they left without an organization (or
    /// with the `council's` word in its title) is replaced by the placed one.
    func mergingPossessiveRoles(_ found: [Found], _ s: Sentence, _ context: RelationContext) -> [Found] {
        let mine = possessiveRoles(s, context)
        guard !mine.isEmpty else { return found }
        var out = found.filter { f in
            guard f.predicate == "holds_role" || f.predicate == "leads" else { return true }
            let placed = mine.filter { $0.subject == f.subject && $0.predicate == f.predicate }
            guard !placed.isEmpty else { return true }
            // (a post left before, `who had run Westside Care`, is another organization's and stays)
            if f.predicate == "leads" { return f.object.map { o in placed.contains { $0.object == o } } ?? false || f.objectName != nil || f.qualifier == "former" && f.object != nil }
            // the possessive's noun read as a post of its own (`Ann Reed is the regulator's chief executive` gives no
            // post `regulator`): dropped once the post after it is placed
            if f.object == nil, f.objectName == nil, let label = f.label?.lowercased(), !label.isEmpty, !label.contains(" "),
               DefiniteDescription.heads.contains(label) || DefiniteDescription.subjectHeads.contains(label),
               s.slice(s.range.lowerBound, s.range.upperBound).lowercased().replacingPresent("\u{2019}", with: "'").contains("the \(label)'s ") {
                return false
            }
            let words = RoleTitle.words(f.label ?? "")
            // the same post (its words, the possessive noun aside) read without the owner, or placed elsewhere
            return !placed.contains { p in
                let pw = RoleTitle.words(p.label ?? "")
                return !pw.isEmpty && pw.isSubset(of: words) && (f.object == nil || f.object != p.object) && f.objectName == nil
            }
        }
        for f in mine where !out.contains(where: { $0.predicate == f.predicate && $0.subject == f.subject && $0.object == f.object && $0.label == f.label }) {
            out.append(f)
        }
        return out
    }
}
