import Foundation

/// Posts, leadership and memberships stated about a person through a subject pronoun, read with the rules that
/// read them about a name. A report introduces someone and goes on with `he` or `she`:
/// `Tom Vale joined the museum in 2011. At the time he also chaired the Wren Society.`;
/// `Ann Reed starts today. For the past six years she has been chief executive of Marsh Water.`;
/// `Sam Cole took over in May. He had been deputy director of the Kelby Institute and was seen as a safe pair of
/// hands.` The pronoun opening the sentence, or opening it after a fronted adverbial with no name in it (`At the
/// time`, `Until recently`, `For the past six years`, `Before leading the council`), stands for the person
/// ``RelationContext/person(male:at:in:sameSentence:subjectPronoun:excluding:depth:)`` finds; the sentence is read
/// again as if that person were named where the pronoun stands, and the posts, leadership and memberships read
/// about them are kept. A pronoun after a subordinating word (`When she left, …`, `after he had gone`) is no clause's
/// subject here and is not read; nor is a pronoun when a name comes before it in the sentence.
extension RelationReader {
    /// The predicates a pronoun's stand-in reading may give.
    static let standInPredicates: Set<String> = ["holds_role", "leads", "member_of"]

    /// Words after which `he`/`she` opens a subordinate clause, not the sentence's own: `When she left`, `as he
    /// did`, `that she had`.
    static let subordinatingWords: Set<String> = ["when", "while", "whilst", "as", "if", "because", "since", "after", "before",
                                                  "until", "till", "though", "although", "that", "which", "who", "whom", "where",
                                                  "than", "whether", "once", "unless", "so", "whereas", "wherever", "whenever",
                                                  "and", "or", "but", "said", "says", "say", "thought", "thinks", "believed"]

    /// The posts, leadership and memberships a sentence states about the person its subject pronoun stands for.
    func pronounStandIns(_ s: Sentence, _ context: RelationContext, known: [Found] = []) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " he ") || s.mayHold(cue: " she ") || s.whole.hasPrefix("He ") || s.whole.hasPrefix("She ") else { return [] }
        // (the stand-in sentence is read by the same rules, which call this one again: no second stand-in)
        guard let (at, length, male) = standInPronoun(s) else { return [] }
        guard let who = context.person(male: male, at: at, in: s, sameSentence: false, subjectPronoun: true)
                ?? context.previousSubject(text: s.text, male: male) ?? context.paragraphPerson(text: s.text, male: male) else { return [] }
        // the person is named in this paragraph, or in the one before when the sentence opens this one (a person of
        // another paragraph whose sex the name tells is no match for a pronoun right after someone whose sex it does not)
        guard who.mention.utf8Range.lowerBound >= context.paragraphStart
                || !context.before.contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= context.paragraphStart }) else { return [] }
        // a person named in the sentence itself is not stood in for (`She told Ann Reed ...` is read as written)
        guard !s.mentions.contains(where: { $0.mention.canonicalName == who.mention.canonicalName }) else { return [] }
        var stand = who.mention
        stand.utf8Range = at..<(at + length)
        stand.role = nil
        let v = Sentence(text: s.text, range: s.range, mentions: s.mentions + [(who.index, stand)])
        var out: [Found] = []
        // (`she was its chair`: a post through a possessive is placed as the sentence's own would be)
        for f in mergingPossessiveRoles(roleRelations(v) + membershipRelations(v) + membershipClauses(v, context) + affiliationAfterName(v), v, context)
        where f.subject == who.index && RelationReader.standInPredicates.contains(f.predicate) {
            // a post with its body named (or left for the context to place): a role alone says too little of a
            // pronoun's person to be read so
            guard f.object != nil || f.needsOrganization else { continue }
            // (one the sentence's own rules read already, its body implied by name: `She is a Conservative`)
            if let o = f.object, known.contains(where: { $0.predicate == f.predicate && $0.subject == f.subject
                && ($0.object == o || $0.objectName == v.mentions.first(where: { $0.index == o })?.mention.canonicalName) }) { continue }
            out.append(f)
        }
        return out
    }

    /// The subject pronoun of a sentence: `He`/`She` opening it, or `he`/`she` after a fronted adverbial of at most
    /// ten words with no name in it and no subordinating word before the pronoun. Its UTF-8 offset in the passage,
    /// its length, and whether it is `he`.
    func standInPronoun(_ s: Sentence) -> (Int, Int, Bool)? {
        let text = s.whole
        if text.hasPrefix("He ") { return (s.range.lowerBound, 2, true) }
        if text.hasPrefix("She ") { return (s.range.lowerBound, 3, false) }
        // `At the time she also chaired …`, `Until recently, he …`
        var offset = 0
        var words: [String] = []
        for part in text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += part.utf8.count + 1 }
            let w = String(part)
            if w == "he" || w == "she" {
                guard !words.isEmpty, words.count <= 10 else { return nil }
                let last = words.last!.lowercased().trimming(",")
                guard !RelationReader.subordinatingWords.contains(last), !words.last!.hasSuffix(";"), !words.last!.hasSuffix(":") else { return nil }
                // (no verb of a clause of its own before it: `Ann's deputy said he`; the lead is a phrase of time or
                // place, its words lower-case or numbers after the first)
                guard !words.dropFirst().contains(where: { $0.first.map { $0.isUppercase } ?? false && !RelationReader.monthNames.contains($0.trimming(",")) }) else { return nil }
                let at = s.range.lowerBound + offset
                guard !s.mentions.contains(where: { $0.mention.utf8Range.lowerBound < at && [.person, .organization].contains($0.mention.type) }) else { return nil }
                return (at, w.utf8.count, w == "he")
            }
            words.append(w)
            if words.count > 10 { return nil }
        }
        return nil
    }

    /// Month names, which a fronted time phrase may hold (`In March she …`).
    static let monthNames: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                          "October", "November", "December"]
}

/// Posts held before, stated by a participle whose subject is the sentence's: `Tom Vale came from the private
/// sector, having been finance director of Marsh Water.`; `Ann Reed retired in 2019, having chaired the Wren
/// Society for a decade.`; `Having run the Kelby Institute for years, Sam Cole knew the field.` The participle's
/// subject is the person who opens the sentence (or its subject pronoun), or, for a participle opening the
/// sentence, the person named straight after its comma; the participle clause is read as if that person were named
/// where `having` stands, and the posts and leadership read there (at a body named inside it) are kept as former.
/// Not read when another person is named between the subject and `having` (`Tom Vale replaced Ann Reed, having …`
/// is ambiguous), nor after a semicolon.
extension RelationReader {
    func participleStandIns(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " having ") || s.whole.hasPrefix("Having ") else { return [] }
        let text = s.whole
        let base = s.range.lowerBound
        var out: [Found] = []
        var search = text.startIndex
        while let r = text.fastRange(of: "having ", options: [.caseInsensitive], range: search..<text.endIndex) {
            search = r.upperBound
            let at = base + text.utf8.distance(from: text.startIndex, to: r.lowerBound)
            let opening = r.lowerBound == text.startIndex
            guard opening || text[..<r.lowerBound].hasSuffix(", ") else { continue }
            // the participle clause: to the next comma, semicolon or the sentence's end
            let rest = text[r.upperBound...]
            let clauseEnd = rest.firstIndex(where: { $0 == "," || $0 == ";" }).map { base + text.utf8.distance(from: text.startIndex, to: $0) } ?? s.range.upperBound
            // the subject
            var who: (index: Int, mention: EntityMention)?
            if opening {
                // `Having run X for years, Sam Cole …`: the person straight after the clause's comma
                guard let k = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound > clauseEnd }),
                      s.type(k) == .person, s.slice(clauseEnd, s.mentions[k].mention.utf8Range.lowerBound).trimming(" ") == ",",
                      !s.mentions.contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound < clauseEnd }) else { continue }
                who = s.mentions[k]
            } else {
                let before = s.slice(base, at)
                guard !before.fastContains(";") else { continue }
                let people = s.mentions.indices.filter { s.type($0) == .person && s.mentions[$0].mention.utf8Range.lowerBound < at }
                if let k = people.first {
                    // the person opens the sentence (lead-in words only before it) and is its only person before `having`
                    let lead = s.slice(base, s.mentions[k].mention.utf8Range.lowerBound).lowerWords
                    // (or a description in apposition before it: `Her successor, Ann Reed, took over …, having …`)
                    let described = lead.count <= 4 && s.slice(base, s.mentions[k].mention.utf8Range.lowerBound).hasSuffix(", ")
                        && !lead.contains(where: { RelationReader.subordinatingWords.contains($0) })
                    guard people.count == 1, lead.count <= 6, lead.allSatisfy(RelationContext.isLeadIn) || described else { continue }
                    who = s.mentions[k]
                } else if let (p, _, male) = standInPronoun(s), p < at {
                    who = context.person(male: male, at: p, in: s, sameSentence: false, subjectPronoun: true)
                        ?? context.previousSubject(text: s.text, male: male) ?? context.paragraphPerson(text: s.text, male: male)
                }
            }
            guard let person = who else { continue }
            // (`having previously been`: the adverbs after `having` go with it)
            var length = 6
            for w in rest.split(separator: " ").prefix(2) {
                guard ["previously", "earlier", "once", "also", "briefly", "already", "formerly"].contains(w.lowercased()) else { break }
                length += 1 + w.utf8.count
            }
            var stand = person.mention
            stand.utf8Range = at..<(at + length)
            stand.role = nil
            let v = Sentence(text: s.text, range: s.range, mentions: s.mentions + [(person.index, stand)])
            for var f in roleRelations(v) where f.subject == person.index && RelationReader.standInPredicates.contains(f.predicate) {
                guard let o = f.object, let m = s.mentions.first(where: { $0.index == o }),
                      m.mention.utf8Range.lowerBound > at, m.mention.utf8Range.lowerBound < clauseEnd else { continue }
                if f.predicate != "member_of" { f.qualifier = "former" }
                f.offset = at
                out.append(f)
            }
        }
        return out
    }

    /// A post at a body named just before: `Tom Vale left Marsh Water, where he had been finance director, in
    /// 2019`; `She came from the Wren Society, where she was chief executive.` The body ends right before `, where`,
    /// the post follows `he`/`she` and a copula (`was`, `had been`, `has been`, `is`, `served as`, `worked as`) up
    /// to the next comma or the sentence's end, and the pronoun stands for the person who opens the sentence (or
    /// its subject pronoun's person), of the pronoun's sex when the name tells it.
    func wherePosts(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " where ") else { return [] }
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .organization {
            let after = s.after(j, 160)
            guard after.hasPrefix(", where ") else { continue }
            let words = after.dropFirst(8).split(separator: " ").map(String.init)
            guard let pron = words.first, pron == "he" || pron == "she" else { continue }
            let male = pron == "he"
            var k = 1
            var past = false
            let cues: [[String]] = [["had", "been"], ["has", "been"], ["was"], ["is"], ["served", "as"], ["worked", "as"], ["had", "served", "as"],
                                    ["had", "worked", "as"], ["had", "once", "been"], ["had", "previously", "been"], ["had", "earlier", "been"]]
            guard let cue = cues.first(where: { c in words.count > k + c.count && Array(words[k..<(k + c.count)]) == c }) else { continue }
            past = cue != ["is"] && cue != ["has", "been"]
            k += cue.count
            var phrase: [String] = []
            var closed = false
            while k < words.count, phrase.count < 7 {
                let w = words[k]
                let bare = w.trimming(",.;")
                if !bare.isEmpty { phrase.append(bare) }
                if w != bare { closed = true; break }
                k += 1
            }
            if !closed && k < words.count { continue }
            if let f = phrase.first?.lowercased(), ["a", "an", "the"].contains(f) { phrase.removeFirst() }
            let title = phrase.joined(separator: " ")
            guard (1...6).contains(phrase.count), RelationReader.isRole(title),
                  !title.lowerWords.contains(where: { ["for", "in", "until", "since", "from", "when"].contains($0) }) else { continue }
            // the person: the one opening the sentence, else the subject pronoun's
            var who: (index: Int, mention: EntityMention)?
            let people = s.mentions.indices.filter { s.type($0) == .person && $0 < j }
            if let p = people.first {
                let lead = s.slice(s.range.lowerBound, s.mentions[p].mention.utf8Range.lowerBound).lowerWords
                guard people.count == 1, lead.count <= 6, lead.allSatisfy(RelationContext.isLeadIn),
                      RelationContext.sex(s.mentions[p].mention) != !male else { continue }
                who = s.mentions[p]
            } else if let (p, _, m) = standInPronoun(s), m == male, p < s.mentions[j].mention.utf8Range.lowerBound {
                who = context.person(male: male, at: p, in: s, sameSentence: false, subjectPronoun: true)
                    ?? context.previousSubject(text: s.text, male: male) ?? context.paragraphPerson(text: s.text, male: male)
            }
            guard let person = who else { continue }
            let label = RoleTitle.clean(title)
            let offset = s.mentions[j].mention.utf8Range.upperBound
            out.append(Found(predicate: "holds_role", subject: person.index, object: s.mentions[j].index, label: label,
                             qualifier: past ? "former" : RoleTitle.qualifier(title), offset: offset))
            if RelationReader.isLeaderTitle(label) {
                out.append(Found(predicate: "leads", subject: person.index, object: s.mentions[j].index,
                                 qualifier: past ? "former" : nil, offset: offset))
            }
        }
        return out
    }
}

/// A name followed by `himself`/`herself` (`Tom Vale himself became its first chairman`; `the answer was Ann Reed
/// herself, who became the board's chief executive`): the intensifier is read as part of the name, so the rules
/// that read a post after a name read it after the pair.
extension RelationReader {
    func reflexiveStandIns(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " himself ") || s.mayHold(cue: " herself ") || s.lower.fastContains(" himself,") || s.lower.fastContains(" herself,") else { return [] }
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            let after = s.after(i, 10)
            guard after.hasPrefix(" himself ") || after.hasPrefix(" herself ") || after.hasPrefix(" himself,") || after.hasPrefix(" herself,") else { continue }
            var m = s.mentions
            m[i].mention.utf8Range = m[i].mention.utf8Range.lowerBound..<(m[i].mention.utf8Range.upperBound + 8)
            let v = Sentence(text: s.text, range: s.range, mentions: m)
            for f in mergingPossessiveRoles(roleRelations(v) + membershipRelations(v) + membershipClauses(v, context), v, context)
            where f.subject == s.mentions[i].index && RelationReader.standInPredicates.contains(f.predicate) && (f.object != nil || f.needsOrganization) {
                out.append(f)
            }
        }
        return out
    }
}
