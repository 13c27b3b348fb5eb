import Corpus

/// What the tagger carries from one passage to the next of the same post, so that a narrative's time
/// survives a paragraph break: "in her speech last March … (next paragraph) … in June".
///
/// Start each post's body with a fresh context and pass the same one, in page order, to every body and
/// quoted passage of that post; give each reader comment a fresh context of its own.
public struct TemporalContext: Sendable, Hashable {
    /// The latest relative date of a month or finer read so far (`last October`, `yesterday`,
    /// `On 17th May`): the "now" of the narrative. Bare months resolve against it, and a quoted passage
    /// that follows a body naming a day speaks from that day.
    public var narrativeAnchor: TemporalValue?
    /// The latest date of any precision read so far, which `that year` and `the following year` refer to.
    public var lastDate: TemporalValue?

    public init(narrativeAnchor: TemporalValue? = nil, lastDate: TemporalValue? = nil) {
        self.narrativeAnchor = narrativeAnchor
        self.lastDate = lastDate
    }
}

/// Finds the temporal expressions of a passage and resolves them against the post's publication day.
///
/// A pure function of its input: it scans the UTF-8 bytes once into tokens (words looked up in a static
/// table, numbers, punctuation), tries a small hand-written grammar at each token, and resolves each match
/// in order, so that later expressions can lean on earlier ones ("last October … in February").
///
/// Absolute dates (`15 January 2016`, `April 2015`, `Q4 2019`, `In 2009`) are found without a reference;
/// relative ones (`yesterday`, `last month`, `in February`, `on Monday`) get a `nil` value when there is none.
public struct TemporalTagger: Sendable {
    public init() {}

    /// Finds every temporal expression in `text` and resolves it against `reference`.
    /// - Parameters:
    ///   - text: a passage (lines joined with `"\n"`).
    ///   - reference: the post's publication day, or `nil` when unknown.
    ///   - referenceInferred: whether `reference` was inferred rather than read from a dateline; copied to
    ///     the relative expressions.
    public func tag(_ text: String, reference: CalendarDay?, referenceInferred: Bool = false) -> [TemporalExpression] {
        var context = TemporalContext()
        return tag(text, kind: .body, reference: reference, referenceInferred: referenceInferred, context: &context)
    }

    /// Tags one passage of a post, reading and updating the narrative `context` of the post.
    /// - Parameter kind: `.quoted` makes the passage speak from the day the body named just before it
    ///   (a transcript introduced by "On 17th May the committee heard …"), when the body named one.
    public func tag(_ text: String, kind: PassageKind, reference: CalendarDay?, referenceInferred: Bool = false,
                    context: inout TemporalContext) -> [TemporalExpression] {
        var result: [TemporalExpression] = []
        var ctx = context
        let run: (UnsafeBufferPointer<UInt8>) -> Void = { bytes in
            result = TemporalTagger.run(bytes, kind: kind, reference: reference,
                                        referenceInferred: referenceInferred, context: &ctx)
        }
        if text.utf8.withContiguousStorageIfAvailable(run) == nil {
            let copy = Array(text.utf8)
            copy.withUnsafeBufferPointer(run)
        }
        context = ctx
        return result
    }

    // MARK: The pass

    private static func run(_ bytes: UnsafeBufferPointer<UInt8>, kind: PassageKind, reference: CalendarDay?,
                            referenceInferred: Bool, context: inout TemporalContext) -> [TemporalExpression] {
        guard !bytes.isEmpty else { return [] }
        let (tokens, marks) = TemporalTokenizer.tokenizeMarking(bytes)
        guard !marks.isEmpty else { return [] }
        var candidates: [TemporalCandidate] = []
        var matchers: [TemporalMatcher] = []  // one per line that has candidates
        var candidateLine: [Int] = []
        let count = tokens.count
        var lineStart = -1
        var lineMatcher = -1  // index in `matchers` of the current line's matcher
        var previousEnd = -10
        var next = 0  // the first token not yet consumed by a match
        var m = 0
        while m < marks.count {
            let i = Int(marks[m]), start = Int(marks[m + 1])
            m += 2
            if i < next { continue }
            let t = tokens[i]
            if t.lex == .the || t.lex == .a || t.lex == .an {
                // `the`/`a` only start something before a word of the lexicon, a number or an apostrophe
                guard i + 1 < count else { continue }
                let u = tokens[i + 1]
                if (u.kind == .word && u.lex == .none) || (u.kind == .punct && u.code != 0x27) { continue }
            }
            if start != lineStart {
                lineStart = start
                var lineEnd = i + 1
                while lineEnd < count && tokens[lineEnd].flags & TemporalToken.newlineBefore == 0 { lineEnd += 1 }
                matchers.append(TemporalMatcher(tokens: tokens, bytes: bytes, lo: start, hi: lineEnd))
                lineMatcher = matchers.count - 1
                previousEnd = -10
            }
            switch matchers[lineMatcher].step(i, previousEnd: previousEnd) {
            case .none:
                break
            case .skip(let k):
                next = k
            case .match(let c):
                candidates.append(c)
                candidateLine.append(lineMatcher)
                previousEnd = c.last
                next = c.last + 1
            }
        }
        guard !candidates.isEmpty else { return [] }

        // A quoted passage after a body that named a day speaks from that day.
        var deicticReference = reference
        if kind == .quoted, let a = context.narrativeAnchor, a.precision == .day {
            deicticReference = a.start
        }
        var resolver = TemporalResolver(reference: deicticReference, narrativeAnchor: context.narrativeAnchor,
                                        lastDate: context.lastDate)
        var out: [TemporalExpression] = []
        out.reserveCapacity(candidates.count)
        var resolved: [(candidate: TemporalCandidate, value: TemporalValue?)] = []
        // One forward scan, shared by all candidates, counts the paragraphs (non-empty lines) before each and
        // the brackets and quotation marks open on its line: a date inside them (`(the 2015 review found …)`,
        // `"we met in June 2016"`) is an aside about another time, which does not move the narrative's date.
        var paragraph = 0
        var counted = 0  // tokens before this index have been counted
        var brackets = 0, quotes = 0
        for (ci, var c) in candidates.enumerated() {
            let matcher = matchers[candidateLine[ci]]
            while counted <= c.first {  // (a candidate's first token is a word or number, never a mark)
                let t = tokens[counted]
                if counted > 0 && t.flags & TemporalToken.newlineBefore != 0 {
                    paragraph += 1
                    brackets = 0
                    quotes = 0
                }
                if t.kind == .punct {
                    switch t.code {
                    case 0x28: brackets += 1
                    case 0x29: brackets -= 1
                    case 0x22: quotes += 1
                    default: break
                    }
                }
                counted += 1
            }
            let aside = brackets > 0 || quotes % 2 == 1
            if c.direction == .none && c.meaning.countsFromLastDate { c.direction = matcher.direction(c.first, c.last) }
            // A month joined to the previous date (`June or July`, `March 2020 to June`) takes its year; so does
            // one after an explicit month or day earlier in the same sentence (`between March 2020 and June`).
            var sentenceAnchor: (value: TemporalValue, connectedRange: Bool)?
            if let p = resolved.last, let v = p.value, v.precision <= .month, !p.candidate.meaning.isDeicticDay,
               matcher.sameSentence(p.candidate.last, c.first) {
                let link = p.candidate.last + 1
                let adjacent = c.first == p.candidate.last + 2
                let range = adjacent && (matcher.isDash(link) || matcher.lex(link) == .to || matcher.lex(link) == .until
                    || matcher.lex(link) == .till || matcher.lex(link) == .through)
                let joined = adjacent && (range || matcher.lex(link) == .and || matcher.lex(link) == .or || matcher.isPunct(link, 0x2F))
                if joined || p.candidate.meaning.isAbsolute {
                    // `until` between them makes the second the later end too (`ran it from June 2023 until the
                    // new chief came in January` → January 2024)
                    sentenceAnchor = (v, range || matcher.untilBetween(p.candidate.last + 1, c.first))
                }
            } else if let p = resolved.last, let v = p.value, v.precision == .year, p.candidate.meaning.isAbsolute,
                      case .bareMonth = c.meaning, !c.present, c.direction != .future,
                      matcher.lex(c.first - 1) == .inPrep, matcher.lex(p.candidate.first - 1) == .inPrep,
                      !matcher.isYearModifier(p.candidate), !matcher.isTitleYear(p.candidate),
                      matcher.sameSentence(p.candidate.last, c.first) {
                // `in June` after `in 2015` earlier in the sentence takes that year (`sold its last shares in
                // 2015, in June and October`; not `from 2013 until July`, a span up to the writer's time)
                sentenceAnchor = (v, false)
            }
            let lastBefore = resolver.lastDate, lastPastBefore = resolver.lastPastDate
            // A law's year does not move the narrative, but a phrase counting from a year right after it in the
            // same sentence counts from the law's (`the Water Act 2014, passed in May that year`, `the Schools Act
            // 1902, and the first boards met the following year`).
            if let p = resolved.last, let v = p.value, c.meaning.countsFromLastYear,
               matcher.sameSentence(p.candidate.last, c.first), matcher.isTitleYear(p.candidate) {
                resolver.lastDate = v
                if resolver.reference.map({ v.start <= $0 }) ?? true { resolver.lastPastDate = v }
            }
            guard let r = resolver.resolve(c, sentenceAnchor: sentenceAnchor, sinceNow: matcher.followsSince(c.first),
                                           paragraph: paragraph) else {
                resolver.lastDate = lastBefore
                resolver.lastPastDate = lastPastBefore
                continue
            }
            // A year used as an adjective (`the 2012 rules`, `a 2019 report`) names a thing, not the time the
            // text has reached: `that October` after it still counts from the date before. So does a date in a
            // past-perfect relative clause, which looks back behind the narrative (`Lee, who had run the trust
            // since May 2009, was made chair that December`: the December of the narrative's year).
            let modifier = matcher.isYearModifier(c)
            // A law's year later than every date read so far is where the story has got to (`The Robens report
            // came out in 1972, and the Safety Act 1974 followed. The new commission was set up that October`
            // → October 1974): it is the date `that October` and `that year` count from, though not the
            // narrative's date for bare months.
            if matcher.isTitleYear(c), !modifier, !matcher.inPastPerfectRelative(c.first), let v = r.value,
               lastBefore.map({ v.start.year > $0.end.year }) ?? true, resolver.reference.map({ v.start <= $0 }) ?? false {
                resolver.lastDate = v
                resolver.lastPastDate = v
            } else if modifier || matcher.isTitleYear(c) || matcher.inPastPerfectRelative(c.first) {
                resolver.lastDate = lastBefore
                resolver.lastPastDate = lastPastBefore
            } else if let v = r.value, !aside, !matcher.isPossessive(c) {
                resolver.noteStory(v, paragraph: paragraph)
            }
            resolved.append((c, r.value))
            let start = Int(tokens[c.first].start), end = Int(tokens[c.last].end)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            out.append(TemporalExpression(text: text, utf8Range: start..<end, value: r.value, isRelative: r.relative,
                                          referenceInferred: r.relative && referenceInferred, isYearModifier: modifier))
        }
        context.narrativeAnchor = resolver.narrativeAnchor
        context.lastDate = resolver.lastDate
        return out
    }
}

extension TemporalMeaning {
    /// Counted from the last date read (`that spring`, `the following June`, `two days later`): the direction
    /// of its clause says whether a date ahead of the post may be that date.
    var countsFromLastDate: Bool {
        switch self {
        case .anchoredYear, .anchoredMonth, .anchoredDays, .anchoredNamedMonth, .anchoredSeason: return true
        case .monthOfYear(_, .anchored), .seasonOfYear(.anchored, _), .yearPart(.anchored, _), .dayOfYear(_, _, .anchored),
             .quarter(.anchored, _), .half(.anchored, _): return true
        default: return false
        }
    }

    /// Counted from the year of the last date read (`that year`, `in May that year`, `the following year`,
    /// `the next spring`), not from its month or day.
    var countsFromLastYear: Bool {
        switch self {
        case .anchoredYear, .anchoredNamedMonth, .anchoredSeason: return true
        case .monthOfYear(_, .anchored), .seasonOfYear(.anchored, _), .yearPart(.anchored, _), .dayOfYear(_, _, .anchored),
             .quarter(.anchored, _), .half(.anchored, _): return true
        default: return false
        }
    }

    /// A date stated with its year.
    var isAbsolute: Bool {
        if case .absolute = self { return true }
        return false
    }

    /// `today`, `yesterday`, `on Monday`: a day read from the reference, too close to it to lend a year.
    var isDeicticDay: Bool {
        switch self {
        case .days, .weekday, .weeks, .months: return true
        default: return false
        }
    }
}

extension TemporalMatcher {
    /// Whether a candidate is a bare year used as an adjective: after an article, a determiner or a possessive
    /// and before a common noun (`the 2019 intake`, `a 2016 report`, `their 2020 plan`, `the council's 2018
    /// budget`), it says which of several things is meant, not when something happened. A noun of a turn keeps
    /// its year (`since the 2014 split`: the split happened in 2014), and so does a year before a capitalized
    /// word (a name, `the 2012 Act`, read by `EventCues`) or before a word that is not the noun it qualifies
    /// (`the 2019 and 2020 intakes` still is one; `in the 2019 to 2020 period` is not).
    func isYearModifier(_ c: TemporalCandidate) -> Bool {
        guard c.first == c.last, case .absolute(let v) = c.meaning, v.precision == .year else { return false }
        switch lex(c.first - 1) {
        case .the, .a, .an, .this, .that, .each, .every: break
        case .s: guard isPunct(c.first - 2, 0x27) else { return false }
        default:
            guard c.first - 1 >= lo, toks[c.first - 1].kind == .word,
                  Self.modifierDeterminers.contains(lowercasedWord(c.first - 1)) else { return false }
        }
        let k = c.last + 1
        guard k < n, toks[k].kind == .word, !toks[k].isCapitalized, !toks[k].has(TemporalToken.newlineBefore)
        else { return false }
        let noun = lowercasedWord(k)
        return !Self.notNouns.contains(noun) && !Self.turnNouns.contains(noun)
    }

    /// Whether a date is in the possessive (`last summer's fire`, `last month's reshuffle`, `2015's budget`): it
    /// names a thing by its time, as an adjective year does, and the paragraph's narrative is not thereby in that
    /// time (`Last summer's fire showed how weak the regulator was. The green paper published in August …`: the
    /// August of the post's year, not the one after the fire).
    func isPossessive(_ c: TemporalCandidate) -> Bool {
        isPunct(c.last + 1, 0x27) && gapless(c.last + 1) && lex(c.last + 2) == .s && gapless(c.last + 2)
    }

    /// Whether a candidate is a bare year that ends the name of a law (`the Police Reform Act 2012`, `the
    /// Water Bill 2023`, after a capitalised word of ``ProgrammeLexicon/lawHeads``): it names the law, and
    /// does not move the narrative's time (`born on 1 April 2013 under the Reform Act 2012; a second body was
    /// created the same day` → 1 April 2013).
    func isTitleYear(_ c: TemporalCandidate) -> Bool {
        guard c.first == c.last, case .absolute(let v) = c.meaning, v.precision == .year, c.first - 1 >= lo,
              toks[c.first - 1].kind == .word, toks[c.first - 1].isCapitalized else { return false }
        return ProgrammeLexicon.lawHeads.contains(lowercasedWord(c.first - 1))
    }

    /// Whether `until` or `till` stands among the tokens `from..<to`.
    func untilBetween(_ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            if lex(k) == .until || lex(k) == .till { return true }
            k += 1
        }
        return false
    }

    /// Whether the token at `first` stands in a past-perfect relative clause opened before it in the same
    /// clause (`who had led the board since 2011`, `which had also been fined in 2016`): such a clause steps
    /// back behind the narrative's time to tell a background fact.
    func inPastPerfectRelative(_ first: Int) -> Bool {
        var k = first - 1
        var steps = 0
        while k > lo && steps < 12 {
            if isSentenceEnd(k) || toks[k].has(TemporalToken.newlineBefore) { return false }
            if toks[k].kind == .punct && (toks[k].code == 0x2C || toks[k].code == 0x28 || toks[k].code == 0x3B) { return false }
            if lex(k) == .had {
                let w = lex(k - 1)
                if w == .who || w == .which { return true }
                // one adverb between (`who also had`, `which never had`)
                return toks[k - 1].kind == .word && !toks[k - 1].isCapitalized && k - 2 >= lo
                    && (lex(k - 2) == .who || lex(k - 2) == .which)
            }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The word at `i`, lower-cased (for the few checks that need a word outside the lexicon).
    func lowercasedWord(_ i: Int) -> String {
        let t = toks[i]
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)]), as: UTF8.self).lowercased()
    }

    /// Determiners outside the lexicon that make a year after them an adjective.
    static let modifierDeterminers: Set<String> = ["its", "their", "his", "her", "our", "my", "your", "these", "those"]
    /// Lower-case words after a year that are not the noun it qualifies.
    static let notNouns: Set<String> = ["to", "in", "on", "at", "of", "for", "by", "with", "from", "as", "was",
                                        "were", "is", "are", "when", "which", "that", "who", "saw"]
    /// Nouns of a turn: the year before one dates a happening (`the 2014 split`, `the 2016 merger`).
    static let turnNouns: Set<String> = [
        "split", "sale", "sell-off", "merger", "takeover", "collapse", "abolition", "closure", "reorganisation",
        "reorganization", "restructure", "restructuring", "reform", "reforms", "reunification", "unification",
        "privatisation", "privatization", "nationalisation", "nationalization", "launch", "creation", "transfer",
        "handover", "split-up", "election", "referendum", "cuts", "strike",
    ]
}
