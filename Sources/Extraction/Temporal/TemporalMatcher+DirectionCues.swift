import Corpus

/// Tense and modal cues around a match: whether a date without its year lies before or after the reference
/// day (`in March` after `will` is the coming March, after `said` the last one).
extension TemporalMatcher {
    // MARK: Direction cues

    /// Whether `since` stands a few words before `first` in the same sentence (`since the lockdown in March`):
    /// a period running up to the writer's "now", so the date is read from the reference day, not from a
    /// narrative's earlier time.
    func followsSince(_ first: Int) -> Bool {
        var k = first - 1
        var steps = 0
        while k >= lo && steps < 6 {
            if isSentenceEnd(k) { return false }
            if lex(k) == .since { return true }
            if toks[k].has(TemporalToken.newlineBefore) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Reads the words around `first...last` for tense and modal cues.
    func direction(_ first: Int, _ last: Int) -> TemporalDirection {
        var future = 0, past = 0
        // Immediately before: by, until, till, from point forward; since points back.
        switch lex(first - 1) {
        case .by, .until, .till, .from: future += 1
        case .since: past += 2
        default: break
        }
        var k = first - 1
        var steps = 0
        var sameClause = true
        while k >= lo && steps < 10 {
            if isSentenceEnd(k) { break }
            score(k, &future, &past)
            // `could`/`would` in the date's own clause is a weaker future cue (`it could rise again in January`);
            // past a comma or `and` it belongs to another clause (`said they would merge, and on Saturday they did`).
            if isPunct(k, 0x2C) || lex(k) == .and { sameClause = false }
            if sameClause, steps < 6, lex(k) == .could || lex(k) == .would { future += 1 }
            if toks[k].has(TemporalToken.newlineBefore) { break }
            k -= 1
            steps += 1
        }
        k = last + 1
        steps = 0
        while k < n && steps < 6 {
            if toks[k].has(TemporalToken.newlineBefore) || isClauseEnd(k) || opensClause(k) { break }
            score(k, &future, &past)
            k += 1
            steps += 1
        }
        if future > past { return .future }
        if past > future { return .past }
        return .none
    }

    func score(_ k: Int, _ future: inout Int, _ past: inout Int) {
        let t = toks[k]
        guard t.kind == .word else { return }
        let l = t.lex
        if l != .none {
            switch l {
            case .will, .shall, .due, .expected, .expect, .expects, .plans, .planned, .planning, .scheduled,
                 .intends, .intend, .aims, .upcoming, .forthcoming:
                future += 2
            case .going, .set:
                if lex(k + 1) == .to { future += 2 }
            case .ll:
                if isPunct(k - 1, 0x27) { future += 2 }
            case .won:
                if isPunct(k + 1, 0x27) && lex(k + 2) == .t { future += 2 }
            case .next:
                future += 1
            case .became:
                past += 2
            case .resigned, .insisted, .announced:
                // lexicon words for `May resigned`, but past tenses all the same
                if !afterPresentBe(k) { past += 1 }
            case .supposed:
                // `the contracts are supposed to be signed`: a plan; `were supposed to` keeps its past cue
                if afterPresentBe(k) { future += 2 }
            default:
                if l.isPastCue && !afterPresentBe(k) { past += l.rawValue >= Lex.lost.rawValue ? 1 : 2 }
                if l == .last || l == .ago { past += 1 }
            }
            return
        }
        // -ed verbs (not -eed: need, indeed, proceed); after `is`/`are` a passive of the present
        if t.code >= 5 && !t.isCapitalized && !t.has(TemporalToken.nonASCII), case let tl = tail(k), tl & 0xFFFF == 0x6564 && tl >> 16 != 0x65,
           !afterPresentBe(k) {
            past += 1
        }
    }

    /// Whether the word at `k` follows `is`, `are`, `be` or `now` (`the lines are promised for the autumn`, `due
    /// to be signed before Christmas`, `the line, now owned by a state firm`): a passive of the present, the
    /// infinitive or a present state, not a past tense.
    func afterPresentBe(_ k: Int) -> Bool {
        let p = lex(k - 1)
        return p == .isVerb || p == .are || p == .be || p == .now
    }

    /// Whether the word at `k` opens a clause of its own (`that`, `and`, `which`, `but`, `although`): tense cues
    /// after it belong to that clause (`the ministry announced on Monday that the firm will take over`).
    func opensClause(_ k: Int) -> Bool {
        let l = lex(k)
        return l == .and || l == .that || l.opensClause
    }

    /// Subordinators after which a present-tense clause speaks of a time still to come (`when the fees rise
    /// in April`, `once the new rules bite in June`).
    static let futureSubordinators: Set<String> = ["when", "once", "until", "till", "before", "after"]

    /// Whether the word at `k` is a plural present verb right after `the` + a plural noun that follows a
    /// subordinator: `when the rents go up in April`, `once the councils start in May`. Only the lexicon knows
    /// `-s` present forms (`lands`, `starts`); a plural subject takes the bare form, which is read here from its
    /// place. An `-ed` form or a known irregular past (`when the rents rose`, `when the staff sat in`) is not.
    func pluralPresentAfterSubordinator(_ k: Int) -> Bool {
        guard k - 3 >= lo, toks[k].kind == .word, !toks[k].isCapitalized, toks[k].lex == .none,
              !toks[k].has(TemporalToken.nonASCII), toks[k].code >= 2,
              lex(k - 2) == .the, toks[k - 1].kind == .word, !toks[k - 1].isCapitalized, toks[k - 1].code >= 4,
              tail(k - 1) & 0xFF == 0x73, tail(k - 1) & 0xFFFF != 0x7373,  // `bills`, not `business`
              tail(k) & 0xFFFF != 0x6564, tail(k) & 0xFF != 0x73 else { return false }
        guard toks[k - 3].kind == .word, Self.futureSubordinators.contains(lowercasedWord(k - 3)) else { return false }
        return !VerbLexicon.irregularPast.contains(lowercasedWord(k))
    }

    /// Whether the clause of `first...last` states a present or scheduled fact with no past cue: a
    /// present-tense verb (`is`, `are`, `starts`, `ends`, `moves`, or a passive `is promised`) before the date
    /// in its sentence or after it in its clause, and no past tense (`was`, `said`, an `-ed` verb) in the same
    /// windows. `The levy starts on Thursday`, `Wales moves to the new system in December`, `the new lines are
    /// promised for the autumn`: the coming day, month or season, not the one before the post.
    /// With `verbFirst`, only a present verb before the date counts (`the scheme opens in September`): a date
    /// put first (`In September the scheme opens`) may open a narrative told in the present, whose year is the
    /// narrative's.
    func presentTense(_ first: Int, _ last: Int, verbFirst: Bool = false) -> Bool {
        var present = false
        var future = 0, past = 0
        var before = true
        func look(_ k: Int) {
            let l = lex(k)
            let counts = before || !verbFirst
            if l.isPresentCue && counts { present = true }
            if before && pluralPresentAfterSubordinator(k) { present = true }
            if counts, (l.isPastCue || k > lo && toks[k].kind == .word && !toks[k].isCapitalized && toks[k].code >= 5
                && (tail(k) & 0xFFFF) == 0x6564 && (tail(k) >> 16) != 0x65), afterPresentBe(k) {
                present = true
            }
            score(k, &future, &past)
        }
        var k = first - 1
        var steps = 0
        while k >= lo && steps < 12 {
            if isSentenceEnd(k) { break }
            look(k)
            if toks[k].has(TemporalToken.newlineBefore) { break }
            k -= 1
            steps += 1
        }
        k = last + 1
        steps = 0
        before = false
        while k < n && steps < 14 {
            if toks[k].has(TemporalToken.newlineBefore) || isClauseEnd(k) || opensClause(k) { break }
            look(k)
            k += 1
            steps += 1
        }
        return present && past == 0 && future == 0
    }
}
