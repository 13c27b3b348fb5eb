import Foundation
import HindsightSupport

/// A post handed over at the end of a term: `Ann Reed ran the trust as acting chair until Tom Vale took over in
/// May` → Tom Vale succeeded Ann Reed.
extension RelationReader {
    /// Verbs that, right after the newcomer (an apposition may stand between), say they took the post.
    static let takingOver = ["took over", "takes over", "replaced", "succeeded", "was appointed", "arrived", "took charge",
                             "stepped in", "took up the post", "was named", "joined", "took the job", "took up the job",
                             "took the post", "took office", "took the chair"]

    /// `Ann Reed covered as interim chief inspector until Tom Vale, previously at Westside Care, took over in
    /// March`: the person who held the post before `until` (the last named before it, in the same clause) is
    /// succeeded by the one named after it, when that one's verb is a taking over.
    func untilTakeOver(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .person && j > 0 {
            let lead = s.before(j, 12).lowercased()
            guard lead.hasSuffix("until ") || lead.hasSuffix("till ") else { continue }
            // the newcomer's verb, after an apposition between commas
            var rest = Substring(s.after(j, 160))
            if rest.hasPrefix(","), let close = rest.dropFirst().firstIndex(of: ",") { rest = rest[rest.index(after: close)...] }
            let words = rest.lowerWords.prefix(4).joined(separator: " ")
            guard RelationReader.takingOver.contains(where: { words.hasPrefix($0) }) else { continue }
            // the one who held it: the last person before `until`, with no clause break between
            guard let i = s.mentions.indices.last(where: { $0 < j && s.type($0) == .person }),
                  s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            let between = s.between(i, j)
            guard between.lowerWords.count <= 16, !between.contains(";"), !between.fastContains(". "),
                  RelationModality.isFactual(between, question: s.isQuestion) else { continue }
            // `Ann Reed and Sam Cole ran it until ...`: everyone named together
            var group = [i]
            while let first = group.first, first > 0, s.type(first - 1) == .person,
                  ["and", ",", ", and", "&"].contains(s.between(first - 1, first).trimming(" ")) { group.insert(first - 1, at: 0) }
            for k in group { out.append(found("successor_of", s, subject: j, object: k)) }
        }
        return out + replacedAtTheEnd(s)
    }

    /// `Ann Reed resigned in March over the cuts and was replaced by Tom Vale`: the passive at the end of a longer
    /// clause whose subject is the one replaced (no other person or organization between).
    func replacedAtTheEnd(_ s: Sentence) -> [Found] {
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .person && j > 0 {
            let lead = s.before(j, 40).lowercased()
            guard [" and was replaced by ", " and was succeeded by ", ", and was replaced by ", ", and was succeeded by ",
                   " and has been replaced by ", " and has since been replaced by "].contains(where: { lead.hasSuffix($0) }),
                  var i = s.mentions.indices.last(where: { $0 < j && s.isActor($0) }) else { continue }
            // `Ann Reed, the Green leader of Westside Council, resigned and was replaced by Tom Vale`: bodies inside an
            // apposition right after the subject are no subject of their own
            if s.type(i) != .person, let p = s.mentions.indices.last(where: { $0 < i && s.type($0) == .person }),
               !(p + 1..<j).contains(where: { s.type($0) == .person }) {
                let gap = s.between(p, j)
                if gap.hasPrefix(","), let close = gap.dropFirst().firstIndex(of: ","),
                   // (a place after the first comma is part of the apposition: `the principal of Harbour College, Leeds,`)
                   !(p + 1..<j).contains(where: { s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound > s.mentions[p].mention.utf8Range.upperBound + gap.utf8.distance(from: gap.startIndex, to: close) }) {
                    i = p
                }
            }
            guard s.type(i) == .person else { continue }
            // `Ann Reed left when Tom Vale arrived and was replaced by Sam Cole`: the subject of the main clause
            if let p = mainClauseSubject(s, before: i) { i = p }
            let between = s.between(i, j)
            guard between.lowerWords.count <= 22, !between.contains(";"), RelationModality.isFactual(between, question: s.isQuestion),
                  s.mentions[i].mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            out.append(found("successor_of", s, subject: j, object: i))
        }
        return out
    }

    /// Words that open a subordinate clause of time or cause after a main clause's verb.
    static let clauseSubordinators = [" when ", " after ", " as ", " once ", " while ", " before ", " because ", " until "]

    /// The person who is the subject of the main clause when the person `i` opens a subordinate clause right
    /// after that clause's short verb phrase: in `Ann Reed resigned after Tom Vale arrived`, Tom Vale (`i`) is the
    /// `after` clause's subject and Ann Reed the main clause's. A passive that follows (`and was replaced by Sam
    /// Cole`) continues the main clause. Nil when anything else (a comma, another name, a long gap) stands between.
    func mainClauseSubject(_ s: Sentence, before i: Int) -> Int? {
        guard i > 0, s.type(i - 1) == .person, s.type(i) == .person,
              s.mentions[i - 1].mention.canonicalName != s.mentions[i].mention.canonicalName else { return nil }
        let gap = s.between(i - 1, i).lowercased()
        guard !gap.contains(","), !gap.contains(";"), gap.lowerWords.count <= 6,
              RelationReader.clauseSubordinators.contains(where: { gap.hasSuffix($0) }), RelationModality.isFactual(gap) else { return nil }
        return i - 1
    }
}

/// A post left, then taken with no one named as the one replaced: `Tom Vale stood down as chair in May. Ann Reed
/// took over as interim chair.`; `The founder retired in 2010, and Sam Cole took over.`; `He resigned that autumn.
/// Ann Reed stepped in as acting chief executive.`; `Tom Vale was moved to the Treasury, and Ann Reed has taken over
/// the housing brief.`; `Tom Vale departed in July. Ann Reed became interim chief executive.` The newcomer succeeds
/// the one person who stood down, resigned, quit, retired, departed, left (`left in 2016`, `left that year`, `left
/// the post`) or was moved (`was moved to the Treasury`, `moved on` closing its clause or to a named place; not `moved on to the next item`) in the clause before (in the same
/// sentence, or the sentence before; `he`/`she` read by ``PronounResolver``).
///
/// Nothing is read when the taking over has an object of its own (`took over the contract`), names a body other
/// than the one left, or is negated, planned or asked; nor when two people stood down, or none did, in that reach.
extension RelationReader {
    /// Verbs, right after the newcomer (an apposition may stand between), of taking a post with no object.
    static let takingUp = ["took over", "takes over", "has taken over", "stepped in", "steps in", "has stepped in", "took charge",
                           "stepped up", "was promoted", "became acting", "became interim", "was made acting", "was made interim"]
    /// ``takingUp`` as words, split once.
    static let takingUpWords: [[String]] = takingUp.map { $0.split(separator: " ").map(String.init) }
    /// Nouns after `took over the` that name the post itself, or what follows it (`the following year`); `the chair`
    /// is a board's post (`Ann Reed stepped down as chair, and Tom Vale took over the chair`).
    static let takenPosts: Set<String> = ["post", "role", "job", "reins", "following", "next", "same", "brief", "portfolio", "helm",
                                          "chair", "chairmanship"]
    /// Words that may follow such a verb and leave it without an object.
    static let afterTakingUp: Set<String> = ["as", "in", "on", "at", "later", "temporarily", "for", "until", "that", "the", "soon",
                                             "shortly", "immediately", "within", "last", "this", "early", "and", "but", "after", "when"]
    static let steppingDown = try! NSRegularExpression(pattern:
        #"\b(?:stood|stepped|standing|stepping|stands|steps)\s+down\b|\b(?:resigned|resigning|resigns|quit|retired|retiring|retires)\b|\bwas\s+(?:sacked|ousted|dismissed|removed|forced\s+out)\b|\bleft\s+(?:the\s+(?:post|job|role)|office)\b|\bdeparted\b|\bleft\s+(?:that|the\s+following|the\s+next|later\s+that)\s+(?:year|month|spring|summer|autumn|winter)\b|\bleft\s+in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:19|20)\d\d\b)|\bleft\s+on\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bwas\s+moved\s+(?:aside|sideways)\b|\bwas\s+moved\s+to\s+(?:the\s+)?(?-i:[A-Z])|\bmoved\s+on\s*[,.;]|\bmoved\s+on\s+(?:and|in\s+(?:19|20)\d\d|to\s+(?:become|(?:the\s+)?(?-i:[A-Z])))\b"#,
        options: [.caseInsensitive])

    func stepDownTakeOver(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        for j in s.mentions.indices where s.type(j) == .person {
            // the newcomer's verb, after an apposition between commas
            var rest = Substring(s.after(j, 160))
            if rest.hasPrefix(","), let close = rest.dropFirst().firstIndex(of: ",") { rest = rest[rest.index(after: close)...] }
            let clause = rest.prefix(beforeAnyASCII: ".;")
            let words = clause.lowerWords
            guard let verb = RelationReader.takingUpWords.first(where: { words.starts(with: $0) }) else { continue }
            let n = verb.count
            // `took over the contract`, `took over from Ann Reed` (read elsewhere), `took charge of the review`: not this
            // (`became acting commissioner`: the post follows the verb)
            if n < words.count, !["acting", "interim"].contains(verb.last ?? "") {
                let next = words[n]
                guard RelationReader.afterTakingUp.contains(next) else { continue }
                // `took over the post`, `has taken over the housing brief`: the post itself, one word of its area before it
                if next == "the", !(n + 1 < words.count && RelationReader.takenPosts.contains(words[n + 1])
                                     || n + 2 < words.count && ["brief", "portfolio"].contains(words[n + 2])) { continue }
            }
            // the words before the newcomer in the clause: no negation, plan or other person
            let lead = s.slice(s.range.lowerBound, s.mentions[j].mention.utf8Range.lowerBound)
            let leadClause = lead.components(separatedBy: ", and ").last ?? lead
            guard RelationModality.isFactual(leadClause + " " + clause.prefix(40), question: false) else { continue }
            // the one who left: in the sentence before the newcomer, else in the sentence before
            guard let (leaver, leftAt) = leaver(s, context, before: j) else { continue }
            // a body named in both places must be the same one
            let bodiesAfter = s.mentions.indices.filter { $0 > j && s.type($0) == .organization
                && s.mentions[$0].mention.utf8Range.lowerBound < s.mentions[j].mention.utf8Range.upperBound + s.after(j, 160).utf8.count - (rest.utf8.count - clause.utf8.count) }
            let bodiesBefore = (context.before + s.mentions).filter { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= leftAt
                && $0.mention.utf8Range.upperBound <= s.mentions[j].mention.utf8Range.lowerBound }
            if !bodiesAfter.isEmpty, !bodiesBefore.isEmpty,
               !bodiesAfter.allSatisfy({ a in bodiesBefore.contains { $0.mention.canonicalName == s.mentions[a].mention.canonicalName } }) { continue }
            guard leaver.mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            out.append(Found(predicate: "successor_of", subject: s.mentions[j].index, object: leaver.index,
                             offset: s.mentions[j].mention.utf8Range.lowerBound))
        }
        return out
    }

    /// The one person who stood down before the newcomer at position `j`: the subject of a stepping-down verb in the
    /// sentence before the newcomer, else in the sentence before (one such verb only, its subject named or `he`/`she`
    /// right before it), and where that clause starts.
    func leaver(_ s: Sentence, _ context: RelationContext, before j: Int) -> ((index: Int, mention: EntityMention), Int)? {
        let jAt = s.mentions[j].mention.utf8Range.lowerBound
        let known = context.before + s.mentions
        for (lo, hi) in [(s.range.lowerBound, jAt), (context.previousSentenceStart, s.range.lowerBound)] where lo < hi {
            let text = Sentence.slice(s.text, lo, hi)
            let ns = text as NSString
            let matches = RelationReader.steppingDown.matches(in: text, range: NSRange(location: 0, length: ns.length))
            guard let m = matches.first else {
                // the newcomer's own sentence names someone else before it: it is about them, not a hand-over
                if lo == s.range.lowerBound, known.contains(where: { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= lo
                    && $0.mention.utf8Range.upperBound <= hi }) { return nil }
                continue
            }
            guard matches.count == 1 else { return nil }
            let verbAt = lo + ns.substring(to: m.range.location).utf8.count
            let head = Sentence.slice(s.text, lo, verbAt)
            // `he`/`she` just before the verb (a few words between: `He then stood down`)
            let hw = head.lowerWords
            if let k = hw.lastIndex(where: { $0 == "he" || $0 == "she" }), hw.count - k <= 5,
               let r = head.range(of: #"\b(?:he|she|He|She)\b"#, options: [.regularExpression, .backwards]) {
                let at = lo + head.utf8.distance(from: head.startIndex, to: r.lowerBound)
                // named in the pronoun's sentence or the one just before it (a name the reader missed there would
                // otherwise let the pronoun reach back to someone else)
                let starts = RelationContext.layout(s.text, from: max(0, lo - 2000), to: lo).sentences
                let previous = starts.last { $0 < lo } ?? 0
                guard let p = context.person(male: hw[k] == "he", at: at, in: s, subjectPronoun: true),
                      p.mention.utf8Range.lowerBound >= previous else { return nil }
                return (p, lo)
            }
            // a named subject: the last person before the verb, alone (not `A and B resigned`), with no clause break
            let people = known.filter { $0.mention.type == .person && $0.mention.utf8Range.lowerBound >= lo && $0.mention.utf8Range.upperBound <= verbAt }
            guard let p = people.last else { return nil }
            let gap = Sentence.slice(s.text, p.mention.utf8Range.upperBound, verbAt)
            guard gap.lowerWords.count <= 14, !gap.contains(";"), RelationModality.isFactual(gap) else { return nil }
            if people.count >= 2 {
                let link = Sentence.slice(s.text, people[people.count - 2].mention.utf8Range.upperBound, p.mention.utf8Range.lowerBound).trimming(" ")
                if ["and", ",", ", and", "&"].contains(link) { return nil }
            }
            return (p, lo)
        }
        return nil
    }
}

/// A passive `replaced`/`succeeded`/`followed ... by` (`Tom Vale retired and was followed in 2006 by Ann Reed`)
/// closing a clause about the one replaced (`followed` only where a post or leaving one is spoken of), with words
/// between the verb and `by`, a description of the newcomer after `by`, or a pronoun for the one replaced:
/// `Ann Reed, who had chaired the board since 2015, retired in May and was succeeded by her deputy, Tom Vale`;
/// `Tom Vale was moved aside and replaced on an interim basis by Sam Cole`; `He stood down in June and was
/// replaced by Ann Reed` (he: the person the sentences before are about); `Sam Cole chaired it first; she was
/// later succeeded by Tom Vale`. The newcomer succeeds the clause's subject: its one named person, or the
/// `he`/`she` standing before any name in the clause.
///
/// Nothing is read when the clause names two people before the verb, when the passive is negated, planned or
/// modal (`would be replaced by`, `was not replaced by`, `is to be succeeded by`), or when the sentence asks.
extension RelationReader {
    static let passiveSuccession = try! NSRegularExpression(pattern:
        #"(?:^|[\s,;:])(?:and was|and|was|has been|had been|has since been)\s+(?:(?:later|then|eventually|subsequently|soon|swiftly|quickly|promptly|duly|briefly|temporarily|in turn)\s+)?(?:replaced|succeeded|followed)\b([^;.:]{0,100}?)\sby\s+((?:his|her|its|the|a|an)\s+[a-z][a-z' -]{0,40}?,?\s+)?$"#)

    /// Words that make `was followed by` a succession: a post, or leaving one.
    static let postOrLeavingWords: Set<String> = ["post", "role", "job", "office", "term", "retired", "resigned", "left", "quit",
                                                  "departed", "chair", "chairman", "chairwoman", "chaired", "chief", "director",
                                                  "secretary", "minister", "head", "headed", "led", "ran", "inspector", "commissioner",
                                                  "president", "governor", "leader", "executive"]

    func passiveSuccessionAfterClause(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.mayHold(cue: " by "), s.mayHold(cue: " replaced ") || s.mayHold(cue: " succeeded ") || s.mayHold(cue: " followed ") else { return [] }
        var out: [Found] = []
        let base = s.range.lowerBound
        let lower = s.lower
        for j in s.mentions.indices where s.type(j) == .person {
            let jAt = s.mentions[j].mention.utf8Range.lowerBound
            let lo = max(base, jAt - 220)
            let head = Sentence.slice(lower, lo - base, jAt - base)
            let ns = head as NSString
            guard let m = RelationReader.passiveSuccession.firstMatch(in: head, range: NSRange(location: 0, length: ns.length)) else { continue }
            let verbAt = lo + ns.substring(to: m.range.location).utf8.count
            // between the verb and the newcomer: no other person, and commas only inside a body's name
            // (`replaced at the Department for Culture, Media and Sport by Ann Reed`)
            guard !s.mentions.indices.contains(where: { $0 != j && s.type($0) == .person && s.mentions[$0].mention.utf8Range.lowerBound > verbAt
                && s.mentions[$0].mention.utf8Range.lowerBound < jAt }) else { continue }
            if m.range(at: 1).length > 0 {
                var middle = ns.substring(with: m.range(at: 1))
                let midAt = lo + ns.substring(to: m.range(at: 1).location).utf8.count
                for k in s.mentions.indices where s.type(k) == .organization {
                    let r = s.mentions[k].mention.utf8Range
                    guard r.lowerBound >= midAt, r.upperBound <= midAt + middle.utf8.count else { continue }
                    middle = middle.replacingOccurrences(of: s.mentions[k].mention.text.lowercased(), with: "body")
                }
                guard !middle.contains(","), middle.lowerWords.count <= 10, RelationModality.isFactual(middle) else { continue }
            }
            if m.range(at: 2).length > 0 {
                let description = ns.substring(with: m.range(at: 2))
                guard description.lowerWords.count <= 5, !description.dropLast(2).contains(",") else { continue }
            }
            // the clause before the verb, from the last `;` or `:`
            let lead = Sentence.slice(lower, 0, verbAt - base)
            let clauseAt = (lead.lastIndex(where: { $0 == ";" || $0 == ":" }).map { lead.utf8.distance(from: lead.startIndex, to: $0) + 1 } ?? 0) + base
            let clause = Sentence.slice(lower, clauseAt - base, verbAt - base)
            guard clause.lowerWords.count <= 32, RelationModality.isFactual(clause) else { continue }
            // `followed by` is an order of anything (speakers, witnesses): a succession only when the clause or the
            // words after the verb speak of a post or of leaving one (`retired in May and was followed by`)
            if ns.substring(with: m.range).contains("followed") {
                let said = (clause + " " + ns.substring(with: m.range)).lowerWords
                // (`He was followed in 2006 by A`, `Turner was followed by A` after a sentence on his chairmanship:
                // the post may be named in the sentence before)
                let before = Sentence.slice(s.text, min(context.previousSentenceStart, s.range.lowerBound), s.range.lowerBound).lowerWords
                guard said.contains(where: { RelationReader.postOrLeavingWords.contains($0) }) || ["he", "she"].contains(said.first ?? "")
                        || before.contains(where: { RelationReader.postOrLeavingWords.contains($0) })
                        || said.indices.dropLast().contains(where: { ["stood", "stepped"].contains(said[$0]) && said[$0 + 1] == "down" }) else { continue }
            }
            let named = s.mentions.indices.filter { s.type($0) == .person && s.mentions[$0].mention.utf8Range.lowerBound >= clauseAt
                && s.mentions[$0].mention.utf8Range.upperBound <= verbAt }
            let words = clause.lowerWords
            let firstNamedAt = named.first.map { s.mentions[$0].mention.utf8Range.lowerBound } ?? verbAt
            let pronounLead = Sentence.slice(lower, clauseAt - base, firstNamedAt - base).lowerWords
            var leaver: Int?
            if let k = pronounLead.firstIndex(where: { $0 == "he" || $0 == "she" }), k <= 4 {
                // `she was later succeeded by ...` after a `;`: the person of that sex the sentence named before; else
                // the one the sentences before are about
                let male = pronounLead[k] == "he"
                if let p = s.mentions.indices.first(where: { s.type($0) == .person && s.mentions[$0].mention.utf8Range.upperBound <= clauseAt
                    && RelationContext.sex(s.mentions[$0].mention) != !male }) {
                    leaver = s.mentions[p].index
                } else if clauseAt == base, let p = context.person(male: male, at: base, in: s, sameSentence: false, subjectPronoun: true,
                                                                   excluding: [s.mentions[j].mention.canonicalName]) {
                    leaver = p.index
                }
            } else if let p = named.first, Set(named.map { s.mentions[$0].mention.canonicalName }).count == 1 {
                // the clause's subject: not governed by a preposition, nor a possessive (`Ann Reed's plan was dropped`)
                let prior = Sentence.slice(lower, clauseAt - base, s.mentions[p].mention.utf8Range.lowerBound - base).lowerWords
                let next = s.after(p, 3)
                if !(prior.last.map { ["by", "with", "from", "to", "for", "of", "against", "under", "about", "on", "after", "before", "than", "and", "like"].contains($0) } ?? false),
                   !next.hasPrefix("'s"), !next.hasPrefix("\u{2019}s"), words.count > 0 {
                    leaver = s.mentions[p].index
                }
            }
            guard let l = leaver, l != s.mentions[j].index,
                  s.mentions.first(where: { $0.index == l })?.mention.canonicalName != s.mentions[j].mention.canonicalName else { continue }
            out.append(Found(predicate: "successor_of", subject: s.mentions[j].index, object: l, offset: jAt))
        }
        return out
    }
}
