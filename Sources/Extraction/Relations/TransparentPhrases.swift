import Foundation

/// Words that say when, how or who-else but never who stands in which relation to whom: every relation rule
/// reads through them on a second reading of the sentence.
///
/// Each rule reads the few words between two names (or just before or after one), so a time, an adverb or a
/// description put between them hides a relation the rule knows: `Tom Vale stepped down in March 2019 and was
/// replaced that autumn by Ann Reed` and `Ann Reed, a former nurse at Leeds General, later succeeded Tom Vale`
/// say what `Tom Vale stepped down and was replaced by Ann Reed` and `Ann Reed succeeded Tom Vale` say. The
/// sentence is read a second time with three kinds of phrase skipped (the sentence rewritten without them:
/// ``Variant``), and what that reading finds and the first did not is added:
///
/// - **time adverbials**: a date the tagger found, with its preposition (`in 2014`, `in early May 2019`, `at
///   the end of that year`, `from 2015 to 2019`, `since June`) or a relative date that needs none (`that
///   summer`, `two years later`, `the following month`); never a date inside a name, a year used as an
///   adjective (`the 2019 review`), a possessive (`2019's budget`), nor `from 2015` without the end it opens;
/// - **sentence adverbs** between two words (`later`, `then`, `also`, `eventually`, `subsequently`, `has
///   since`, `already`, `in turn`); never after a determiner (`the then chair`), and `then` and `later` never
///   before a role (`who was then chief executive` keeps the role's `then`, which makes it a former post);
/// - **appositions and asides** right after a name: `, a former nurse at Leeds General,` and `(then the trust's
///   chair)`, opened by a determiner, a possessive or `then`, `now`, `formerly`, `once`, closed by a comma or
///   the bracket, with a word of its own that is no name; never a list item (`Unison, the GMB, and Unite`:
///   nothing but a name, or `and` after the closing comma). The names inside are dropped with it.
///
/// The relation's time is still read from the sentence as written (``RelationSpan``), and so is every word a
/// rule reads through ``RelationReader/Sentence/whole`` or an offset: only what the rules read between, before
/// and after names changes. Words such as `not`, `never` or `no longer` are never skipped.
enum TransparentPhrases {
    typealias Sentence = RelationReader.Sentence

    /// A sentence read with its transparent phrases skipped: the passage with that sentence rewritten, its
    /// names moved with their words, its length kept (spaces after the sentence), so that every rule reads it
    /// as it reads any sentence, and every offset outside the sentence is what it was.
    struct Variant {
        let sentence: Sentence
        /// The skipped ranges, in the passage as written.
        let elided: [Range<Int>]
        /// The skipped words, lower-cased, for ``keeps(_:)``.
        let skipped: [String]
        /// The mentions (indices into the document's) inside the skipped words.
        let dropped: Set<Int>

        /// The offset in the passage as written of an offset in the rewritten one.
        func original(_ offset: Int) -> Int {
            var o = offset
            for e in elided where e.lowerBound <= o { o += e.count }
            return o
        }

        /// Whether a relation the variant read is its own: no party to it inside a skipped phrase, and its role
        /// not read from one (a name keeps the role the recogniser read beside it, `Ann Reed, a former nurse,`,
        /// and a rule may give it as a role alone once the phrase is gone).
        func keeps(_ f: RelationReader.Found) -> Bool {
            guard !dropped.contains(f.subject), !(f.object.map(dropped.contains) ?? false) else { return false }
            if let label = f.label?.lowercased(), !label.isEmpty {
                for w in skipped where w.contains(label) || w.utf8.count >= 8 && label.contains(w) { return false }
            }
            return true
        }
    }

    /// The sentence with its transparent phrases skipped, when it has any and still names two people or
    /// organizations.
    /// (The rewritten passage is a copy: a passage longer than ``longestPassage`` — a page with no paragraph
    /// breaks — is read once, so that the cost stays linear in the page.)
    static func variant(of s: Sentence, dates: [TemporalExpression]) -> Variant? {
        guard s.utf8.count <= longestPassage else { return nil }
        guard s.types.lazy.filter({ $0 == .person || $0 == .organization }).count >= 2 else { return nil }
        // only a phrase before a name can part two names or hide the subject (`In May Ann Reed…`); one after every
        // name (`… in May.`) parts none, and a second reading for it alone would be wasted
        guard let lastActor = s.mentions.last(where: { $0.mention.type == .person || $0.mention.type == .organization }) else { return nil }
        let ranges = elisions(in: s, dates: dates)
        guard ranges.contains(where: { $0.upperBound <= lastActor.mention.utf8Range.lowerBound }) else { return nil }
        let inside = { (r: Range<Int>) in ranges.contains { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound } }
        let kept = s.mentions.filter { !inside($0.mention.utf8Range) }
        guard kept.lazy.filter({ $0.mention.type == .person || $0.mention.type == .organization }).count >= 2 else { return nil }
        // the passage again, the sentence without its skipped bytes, spaces after it for their number
        let u = s.text.utf8
        func at(_ o: Int) -> String.UTF8View.Index { u.index(u.startIndex, offsetBy: o) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(u.count)
        bytes.append(contentsOf: u[u.startIndex..<at(s.range.lowerBound)])
        var p = s.range.lowerBound
        var skipped: [String] = []
        for r in ranges {
            bytes.append(contentsOf: u[at(p)..<at(r.lowerBound)])
            skipped.append(RelationReader.Sentence.slice(s.text, r.lowerBound, r.upperBound).lowercased().trimming(" ,()"))
            p = r.upperBound
        }
        bytes.append(contentsOf: u[at(p)..<at(s.range.upperBound)])
        let removed = ranges.reduce(0) { $0 + $1.count }
        bytes.append(contentsOf: repeatElement(32, count: removed))
        bytes.append(contentsOf: u[at(s.range.upperBound)...])
        let text = String(decoding: bytes, as: UTF8.self)
        let moved = kept.map { m -> (index: Int, mention: EntityMention) in
            var x = m.mention
            let shift = ranges.reduce(0) { $0 + ($1.upperBound <= x.utf8Range.lowerBound ? $1.count : 0) }
            x.utf8Range = (x.utf8Range.lowerBound - shift)..<(x.utf8Range.upperBound - shift)
            return (m.index, x)
        }
        let sentence = Sentence(text: text, range: s.range.lowerBound..<(s.range.upperBound - removed), mentions: moved)
        return Variant(sentence: sentence, elided: ranges, skipped: skipped,
                       dropped: Set(s.mentions.filter { inside($0.mention.utf8Range) }.map(\.index)))
    }

    /// The UTF-8 ranges (in the passage) of the sentence's transparent phrases, sorted and apart.
    static func elisions(in s: Sentence, dates: [TemporalExpression]) -> [Range<Int>] {
        let scan = Scan(s)
        var out = scan.asides()
        out += scan.timeAdverbials(dates) + scan.sentenceAdverbs(after: out)
        guard !out.isEmpty else { return [] }
        out.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in out {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged.map { ($0.lowerBound + scan.base)..<($0.upperBound + scan.base) }
    }

    /// The longest passage (UTF-8 bytes) read a second time.
    static let longestPassage = 65_536

    // MARK: - Word lists

    /// Prepositions that make a date an adverbial of time (`in 2014`, `during May`).
    static let timePrepositions: Set<String> = ["in", "on", "during", "since", "until", "till", "at", "from", "between"]
    /// Words before `in` that belong to the adverbial (`early in 2014`, `later in May`, `back in 2010`).
    static let beforeIn: Set<String> = ["early", "late", "later", "earlier", "back", "also"]
    /// Nouns of a part of a period (`at the end of 2019`, `in the summer of 2014`).
    static let periodParts: Set<String> = ["start", "end", "beginning", "middle", "spring", "summer", "autumn", "winter",
                                           "turn", "close", "course"]
    /// Prepositions before `the end of` and its kind.
    static let partPrepositions: Set<String> = ["at", "in", "by", "until", "since", "from", "during", "towards", "toward"]
    /// First words of a relative date that stands without a preposition (`that summer`, `last year`).
    static let relativeOpeners: Set<String> = ["that", "last", "this", "next", "later", "earlier", "yesterday", "today",
                                              "tomorrow"]
    /// Last words of a relative date that stands without a preposition (`two years later`, `a month ago`).
    static let relativeClosers: Set<String> = ["later", "ago", "afterwards", "earlier"]
    /// Words before a date that make it the object of something else (`for the following year`, `the last year`).
    static let notAdverbialBefore: Set<String> = ["the", "a", "an", "of", "for", "to", "by", "over", "within", "from",
                                                  "after", "before", "than", "until", "since", "in", "on", "at", "its",
                                                  "his", "her", "their", "our", "not", "never"]
    /// Words that open a clause's subject (`…, and in 2016 it bought…`).
    static let subjects: Set<String> = ["it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "its", "his",
                                        "her", "their", "this", "that", "these", "those", "there", "our"]
    /// Conjunctions that open a clause.
    static let conjunctions: Set<String> = ["and", "but", "or", "nor", "so", "yet", "while", "whereas", "because"]
    /// Adverbs that say when or how, not who (`later`, `also`); `since` only after `has`/`had`.
    static let adverbs: Set<String> = ["later", "then", "also", "eventually", "subsequently", "since", "already",
                                       "soon", "finally", "quickly", "briefly", "duly", "promptly", "swiftly",
                                       "ultimately", "initially", "afterwards"]
    /// Adverbials of time of several words that the date tagger leaves (they name no date), read like the
    /// adverbs (`was chaired at the time by`, `had by then left`).
    static let timePhrases: [[String]] = [["at", "the", "time"], ["at", "that", "time"], ["at", "that", "point"],
                                          ["by", "then"], ["since", "then"], ["until", "then"], ["by", "that", "time"],
                                          ["shortly", "afterwards"], ["soon", "afterwards"], ["soon", "after"],
                                          ["at", "first"], ["in", "turn"], ["once", "again"], ["for", "now"],
                                          ["so", "far"], ["in", "the", "end"], ["for", "a", "time"], ["for", "a", "while"]]
    /// The first words of ``timePhrases``.
    static let phraseStarts = Set(timePhrases.map { $0[0] })
    /// Words after which an adverb is an adjective of a noun (`the then chair`, `a later review`).
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                                           "my", "your", "these", "those"]
    /// Words that open an apposition or an aside after a name.
    static let asideOpeners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "then", "now", "formerly",
                                            "once", "both"]
    /// Words of an aside that say nothing of its own (a list item is `the` and a name).
    static let emptyAsideWords: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "then", "now", "formerly",
                                               "once", "both", "of", "and", "or", "for", "to", "at", "in", "on"]
    /// Words that open a clause or an adjunct: an aside before one keeps its closing comma (`Ann Reed, a nurse,
    /// who led…` → `Ann Reed, who led…`; `bought by Harbour, the housing group, after a long fight` → `bought by
    /// Harbour, after a long fight`); before any other word (a verb, mostly) both commas go (`Ann Reed, a nurse,
    /// joined…` → `Ann Reed joined…`).
    /// Relative pronouns.
    static let relatives: Set<String> = ["who", "whom", "whose", "which", "where", "that"]
    static let clauseOpeners: Set<String> = ["who", "whom", "whose", "which", "where", "when", "that", "after", "before",
                                             "while", "as", "in", "on", "at", "for", "with", "without", "because", "but",
                                             "and", "or", "nor", "since", "until", "though", "although", "following",
                                             "amid", "despite", "to", "from", "by", "under", "over", "leaving", "saying",
                                             "if", "so", "than", "like", "into", "against", "among", "between"]

    // MARK: - Scan

    /// The sentence's bytes (a copy of the sentence only) and its mentions, in offsets from its start.
    struct Scan {
        let b: [UInt8]
        let base: Int
        let mentions: [Range<Int>]
        let actors: [Range<Int>]
        /// Where the first name ends and the last one starts (offsets in the sentence).
        var firstActorEnd: Int { actors.first?.upperBound ?? b.count }
        var lastActorStart: Int { actors.last?.lowerBound ?? 0 }

        init(_ s: Sentence) {
            b = Array(s.whole.utf8)
            base = s.range.lowerBound
            let base = self.base
            mentions = s.mentions.map { ($0.mention.utf8Range.lowerBound - base)..<($0.mention.utf8Range.upperBound - base) }
            actors = s.mentions.filter { $0.mention.type == .person || $0.mention.type == .organization }
                .map { ($0.mention.utf8Range.lowerBound - base)..<($0.mention.utf8Range.upperBound - base) }
        }

        static func isWordByte(_ c: UInt8) -> Bool {
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c >= 0x80
        }
        static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

        /// The word ending at `p` after any spaces before it.
        func word(before p: Int) -> Range<Int>? {
            var q = min(p, b.count)
            while q > 0, b[q - 1] == 32 { q -= 1 }
            let end = q
            while q > 0, Scan.isWordByte(b[q - 1]) { q -= 1 }
            return q < end ? q..<end : nil
        }

        /// The word starting at `p` after any spaces.
        func word(after p: Int) -> Range<Int>? {
            var q = max(p, 0)
            while q < b.count, b[q] == 32 { q += 1 }
            let start = q
            while q < b.count, Scan.isWordByte(b[q]) { q += 1 }
            return start < q ? start..<q : nil
        }

        func lower(_ r: Range<Int>?) -> String {
            guard let r else { return "" }
            // (a word of up to 15 bytes is a small string: no allocation)
            return String(unsafeUninitializedCapacity: r.count) { buffer in
                for (n, c) in b[r].enumerated() { buffer[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                return r.count
            }
        }

        func overlapsMention(_ r: Range<Int>) -> Bool { mentions.contains { $0.overlaps(r) } }
        /// Whether a mention is partly inside `r` (a phrase may hold whole names, never cut one).
        func cutsMention(_ r: Range<Int>) -> Bool {
            mentions.contains { $0.overlaps(r) && !($0.lowerBound >= r.lowerBound && $0.upperBound <= r.upperBound) }
        }

        // MARK: Time adverbials

        func timeAdverbials(_ dates: [TemporalExpression]) -> [Range<Int>] {
            let local = dates.compactMap { d -> (Range<Int>, TemporalExpression)? in
                let r = (d.utf8Range.lowerBound - base)..<(d.utf8Range.upperBound - base)
                return r.lowerBound >= 0 && r.upperBound <= b.count && !r.isEmpty ? (r, d) : nil
            }.sorted { $0.0.lowerBound < $1.0.lowerBound }
            var out: [Range<Int>] = []
            var consumed = Set<Int>()
            for (k, (r, d)) in local.enumerated() where !consumed.contains(k) && !d.isYearModifier {
                guard !overlapsMention(r), !isPossessive(at: r.upperBound) else { continue }
                var start = r.lowerBound, end = r.upperBound
                var w = word(before: start)
                if ["early", "late", "mid", "mid-", "the"].contains(lower(w)), let x = w { start = x.lowerBound; w = word(before: start) }
                var preposition = ""
                if let x = w {
                    let l = lower(x)
                    if Self.isTimePreposition(l) {
                        preposition = l
                        start = x.lowerBound
                        if l == "in", let y = word(before: start), TransparentPhrases.beforeIn.contains(lower(y)), lower(y) != "also" {
                            start = y.lowerBound
                        }
                    } else if l == "of", let part = word(before: x.lowerBound), TransparentPhrases.periodParts.contains(lower(part)),
                              let the = word(before: part.lowerBound), lower(the) == "the",
                              let p = word(before: the.lowerBound), TransparentPhrases.partPrepositions.contains(lower(p)) {
                        preposition = lower(p)
                        start = p.lowerBound
                    } else if l == "of", let p = word(before: x.lowerBound), lower(p) == "as" {
                        preposition = "as of"
                        start = p.lowerBound
                    }
                }
                if preposition == "from" || preposition == "between" {
                    // `from 2015 to 2019`, `between 2014 and 2018`: the pair, or nothing
                    let joiners: Set<String> = preposition == "from" ? ["to", "until", "till"] : ["and"]
                    var q = end
                    while q < b.count, b[q] == 32 { q += 1 }
                    var afterJoin: Int?
                    if q < b.count, b[q] == 0x2D { afterJoin = q + 1 }
                    else if q + 2 < b.count, b[q] == 0xE2, b[q + 1] == 0x80, b[q + 2] == 0x93 { afterJoin = q + 3 }   // –
                    else if let j = word(after: q), joiners.contains(lower(j)) { afterJoin = j.upperBound }
                    if let a = afterJoin {
                        var t = a
                        while t < b.count, b[t] == 32 { t += 1 }
                        guard let n = local.indices.first(where: { $0 > k && local[$0].0.lowerBound == t }),
                              !overlapsMention(local[n].0) else { continue }
                        consumed.insert(n)
                        end = local[n].0.upperBound
                    } else if preposition == "between" || ["to", "until", "till", "and"].contains(lower(word(after: end))) {
                        continue
                    }
                } else if preposition.isEmpty {
                    // a relative date alone (`that summer`, `two years later`), not the object of a word before it
                    let words = lower(r).split(separator: " ").drop { ["early", "late", "mid"].contains($0) }
                    guard let first = words.first, let last = words.last else { continue }
                    let opens = TransparentPhrases.relativeOpeners.contains(String(first))
                        || first == "the" && words.count > 2
                        && ["following", "next", "same", "previous"].contains(String(words[words.index(after: words.startIndex)]))
                    guard opens || TransparentPhrases.relativeClosers.contains(String(last)) else { continue }
                    if let x = w, TransparentPhrases.notAdverbialBefore.contains(lower(x)) { continue }
                }
                // (a time that opens a clause with its own subject, `…, and the same year it bought…`, parts no two
                // names, and skipping it joins that subject to the name before: `Harbour, and it bought`; before a
                // verb it is kept apart: `joined Harbour in 2011 and two years later replaced…`)
                if let x = word(before: start), TransparentPhrases.conjunctions.contains(lower(x)),
                   let next = word(after: end), !Scan.isLower(b[next.lowerBound]) || TransparentPhrases.subjects.contains(lower(next)) {
                    continue
                }
                if let e = elision(start, end), !cutsMention(e), !overlapsMention(e) { out.append(e) }
            }
            return out
        }

        static func isTimePreposition(_ l: String) -> Bool { TransparentPhrases.timePrepositions.contains(l) }

        /// `2019's` or `2019’s`.
        func isPossessive(at p: Int) -> Bool {
            (p < b.count && b[p] == 0x27) || (p + 2 < b.count && b[p] == 0xE2 && b[p + 1] == 0x80 && b[p + 2] == 0x99)
        }

        /// The bytes to skip for a phrase at `start..<end`: with the space before it; at the sentence's start with
        /// the comma and spaces after it (`In 2014, Ann…`); between two commas with both (`Ann Reed, in 2014,
        /// became` → `Ann Reed became`).
        func elision(_ start: Int, _ end: Int) -> Range<Int>? {
            guard start < end else { return nil }
            var lo = start
            while lo > 0, b[lo - 1] == 32 { lo -= 1 }
            if lo == 0 || (lo == 1 && (b[0] == 0x22 || b[0] == 0x27)) {
                var e = end
                if e < b.count, b[e] == 0x2C { e += 1 }
                while e < b.count, b[e] == 32 { e += 1 }
                return start..<e
            }
            if b[lo - 1] == 0x2C, end < b.count, b[end] == 0x2C { return (lo - 1)..<(end + 1) }
            return lo..<end
        }

        // MARK: Sentence adverbs

        /// `asides`: the asides skipped, after whose closing comma an adverb is read as after the name before
        /// them (`Ann Reed, a nurse, later ran…`).
        func sentenceAdverbs(after asides: [Range<Int>]) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var p = 0
            while p < b.count {
                guard Scan.isLower(b[p]), p == 0 || !Scan.isWordByte(b[p - 1]) else { p += 1; continue }
                var q = p
                while q < b.count, Scan.isWordByte(b[q]) { q += 1 }
                defer { p = q }
                // (only between the first name and the last: before or after every name an adverb parts none)
                guard q - p <= 12, p > firstActorEnd, q < lastActorStart else { continue }
                let r = p..<q, l = lower(r)
                var end = q
                if TransparentPhrases.phraseStarts.contains(l), let phrase = phrase(at: p) { end = phrase }
                else if !TransparentPhrases.adverbs.contains(l) { continue }
                // a word before, a lower-case word after, none of them a name
                guard p >= 2, b[p - 1] == 32, Scan.isWordByte(b[p - 2]) || asides.contains(where: { $0.upperBound == p - 1 }), end + 1 < b.count, b[end] == 32, Scan.isLower(b[end + 1]),
                      !overlapsMention(r) else { continue }
                let before = lower(word(before: p)), next = lower(word(after: end))
                guard !TransparentPhrases.determiners.contains(before), before != "not", before != "never" else { continue }
                if l == "since", !["has", "had", "have", "having"].contains(before) { continue }
                if l == "then" || l == "later",
                   NameLexicon.roleNouns.contains(next) || NameLexicon.roleModifiers.contains(next)
                    || TransparentPhrases.determiners.contains(next) || RoleTitle.qualifiers[next] != nil || next.hasSuffix("'s") {
                    continue
                }
                out.append((p - 1)..<end)
            }
            return out
        }

        /// The end of one of ``timePhrases`` that starts at `p`, one space between its words.
        func phrase(at p: Int) -> Int? {
            outer: for words in TransparentPhrases.timePhrases {
                var q = p
                for (n, w) in words.enumerated() {
                    if n > 0 { guard q < b.count, b[q] == 32 else { continue outer }; q += 1 }
                    guard let r = word(after: q), r.lowerBound == q, lower(r) == w else { continue outer }
                    q = r.upperBound
                }
                return q
            }
            return nil
        }

        // MARK: Appositions and asides

        func asides() -> [Range<Int>] {
            var out: [Range<Int>] = []
            for a in actors {
                let e = a.upperBound
                // `Name, a former nurse,` …
                if e + 2 < b.count, b[e] == 0x2C, b[e + 1] == 32, let open = word(after: e + 2), open.lowerBound == e + 2,
                   TransparentPhrases.asideOpeners.contains(lower(open)), !["now", "once", "both"].contains(lower(open)),
                   Scan.isLower(b[open.lowerBound]), describes(after: open), let close = closing(from: e + 2, 0x2C), hasOwnWord(e + 2, close) {
                    let next = word(after: close + 1)
                    // (`Ann Reed, the chair, Tom Vale, …` is a list; `…, a charity set up by Harbour, the group that…`
                    // a chain, whose second part may describe the name inside the first)
                    // (`Ann Reed ran the unit, a team inside Harbour Homes, which…`: `which` may be Harbour Homes')
                    guard close + 2 < b.count, b[close + 1] == 32, Scan.isLower(b[close + 2]),
                          !TransparentPhrases.asideOpeners.contains(lower(next)),
                          !(TransparentPhrases.relatives.contains(lower(next)) && mentions.contains { $0.upperBound == close })
                    else { continue }
                    let r = TransparentPhrases.clauseOpeners.contains(lower(next)) ? e..<close : e..<(close + 1)
                    if !cutsMention(r) { out.append(r) }
                }
                // … `Name (then the trust's chair)`
                var p = e
                if p < b.count, b[p] == 32 { p += 1 }
                if p + 1 < b.count, b[p] == 0x28, Scan.isLower(b[p + 1]), let open = word(after: p + 1),
                   TransparentPhrases.asideOpeners.contains(lower(open)), describes(after: open),
                   let close = closing(from: p + 1, 0x29), hasOwnWord(p + 1, close) {
                    let r = e..<(close + 1)
                    if !cutsMention(r) { out.append(r) }
                }
            }
            return out
        }

        /// Whether the word after an aside's opener `then`, `now` or `formerly` starts a description (`then the
        /// chair`, `formerly Harbour Trust`, `then chief executive`), not a verb phrase (`, then took over…`).
        func describes(after open: Range<Int>) -> Bool {
            guard ["then", "now", "formerly", "once"].contains(lower(open)) else { return true }
            guard let next = word(after: open.upperBound) else { return false }
            let l = lower(next)
            return !Scan.isLower(b[next.lowerBound]) || TransparentPhrases.determiners.contains(l)
                || NameLexicon.roleNouns.contains(l) || NameLexicon.roleModifiers.contains(l) || RoleTitle.qualifiers[l] != nil
                || mentions.contains { $0.lowerBound == next.lowerBound }
        }

        /// The offset of the byte `mark` that closes an aside opened at `from`, within 100 bytes, with no other
        /// punctuation of a clause or a quotation before it, and not inside a name.
        func closing(from: Int, _ mark: UInt8) -> Int? {
            var q = from
            while q < b.count, q - from <= 100 {
                let c = b[q]
                if c == mark { return mentions.contains { $0.contains(q) } ? nil : q }
                if c == 0x3B || c == 0x3A || c == 0x28 || c == 0x29 || c == 0x22 || c == 0x2E || c == 0x3F || c == 0x21 || c == 0x2C {
                    return nil
                }
                if c == 0xE2, q + 2 < b.count, b[q + 1] == 0x80, b[q + 2] == 0x9C || b[q + 2] == 0x9D { return nil }   // “ ”
                q += 1
            }
            return nil
        }

        /// Whether `from..<to` has a lower-case word outside any name that says something (`a former nurse`,
        /// not `the GMB`).
        func hasOwnWord(_ from: Int, _ to: Int) -> Bool {
            var p = from
            while p < to {
                guard Scan.isWordByte(b[p]), p == from || !Scan.isWordByte(b[p - 1]) else { p += 1; continue }
                var q = p
                while q < to, Scan.isWordByte(b[q]) { q += 1 }
                if Scan.isLower(b[p]), !mentions.contains(where: { $0.contains(p) }),
                   !TransparentPhrases.emptyAsideWords.contains(lower(p..<q)) {
                    return true
                }
                p = q
            }
            return false
        }
    }
}
