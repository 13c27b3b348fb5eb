import Corpus

/// Years on their own: decades (`the 1990s`, `the 90s`, `'90s`) and bare years with the cues that make a
/// number a year (`in 2009`, `the 2007 Act`, `since 2012`) and those that do not (`2000 cases`, `£2000`,
/// `No. 2015`).
extension TemporalMatcher {
    // MARK: Decades: the 1990s, the 90s, '90s, 1970s

    func decade(_ i: Int, from start: Int) -> Step? {
        guard isNumber(i) else { return nil }
        let t = toks[i]
        guard t.code == 2 || t.code == 4, !t.has(TemporalToken.ordinal), t.value % 10 == 0 else { return nil }
        var k = i + 1
        if isPunct(k, 0x27) && gapless(k) { k += 1 }
        guard lex(k) == .s, gapless(k) else { return nil }
        if k + 1 < n && gapless(k + 1) && toks[k + 1].kind != .punct { return nil }
        let v = Int(t.value)
        let first = t.code == 4 ? v : (v >= 20 ? 1900 + v : 2000 + v)
        if i > lo && gapless(i) && toks[i - 1].kind == .punct && toks[i - 1].code == TemporalToken.currency { return nil }
        guard let value = TemporalValue.decade(first) else { return nil }
        return .match(TemporalCandidate(first: start, last: k, meaning: .absolute(value)))
    }

    // MARK: Years before 1800: founded in 1516, since 1660

    /// `a company founded in 1516`, `a right held since 1660`, `until 1707`: a year before 1800, which
    /// ``yearNumber(_:)`` leaves out (a written `1750` is as often a sum or a code), after a preposition of time
    /// and with no count noun after it (`in 1500 homes`, `in 1200 cases` are counts).
    func earlyYear(_ i: Int) -> Step? {
        let t = toks[i]
        guard t.kind == .number, t.code == 4, !t.has(TemporalToken.ordinal), !t.has(TemporalToken.url),
              (1000..<1800).contains(Int(t.value)), !isPartOfLargerNumber(i) else { return nil }
        switch lex(i - 1) {
        case .inPrep, .since, .until, .till, .before, .after, .circa, .c, .during: break
        default: return nil
        }
        if i + 1 < n {
            let u = toks[i + 1]
            if gapless(i + 1) && u.kind != .punct { return nil }
            if u.kind == .number { return nil }
            if u.kind == .word && !u.has(TemporalToken.newlineBefore) && !u.isCapitalized {
                if u.lex.isAmountWord || u.lex.isCountNoun { return nil }
                if u.lex == .none && tail(i + 1) & 0xFF == 0x73 { return nil }  // a plural noun: a count
            }
            if u.kind == .punct && u.code == 0x25 { return nil }  // 1500%
        }
        guard let v = TemporalValue.year(Int(t.value)) else { return nil }
        return .match(TemporalCandidate(first: i, last: i, meaning: .absolute(v)))
    }

    // MARK: Year spans written as one word: 2019-20, 2010–2015

    /// The index of the second year when the year at `i` opens a span written without spaces, with a hyphen or
    /// a dash: a financial or academic year (`spending fell in 2019-20`, `the 2018–19 season`) or a plan's
    /// years (`the 2022-2024 strategy`, `the 2023-26 portfolio`). Such a span names a stretch, not a date of
    /// its own, so neither year is read. The second part must be a later year: two digits within the next ten
    /// years (`2019-20`, `2023-26`), or four digits within the next thirty (`2010–2015`). A spaced range
    /// (`(1998 - 2016)`) is two dates, and `2015-06-30` is a day (read before this).
    func yearSpanEnd(_ i: Int, from y: Int) -> Int? {
        let j = i + 2
        guard isDash(i + 1), gapless(i + 1), gapless(j), isNumber(j), !isPartOfLargerNumber(i) else { return nil }
        let t = toks[j]
        guard !t.has(TemporalToken.ordinal) else { return nil }
        if j + 1 < n && gapless(j + 1) && (toks[j + 1].kind == .word || toks[j + 1].kind == .number) { return nil }
        let v = Int(t.value)
        let later: Bool
        switch t.code {
        case 2: later = (1...10).contains((v - y % 100 + 100) % 100)
        case 4: later = (y + 1...y + 30).contains(v)
        default: later = false
        }
        return later ? j : nil
    }

    // MARK: Bare years: In 2009, the 2007 Act, since 2012 — not 2000 cases, £2000, No. 2015

    func bareYear(_ i: Int) -> Step? {
        // `2021/2022`, `2021/22`: a financial or strategy span, not a date of its own.
        if i + 2 < n, isPunct(i + 1, 0x2F), gapless(i + 1), gapless(i + 2), isNumber(i + 2),
           toks[i + 2].code == 4 || toks[i + 2].code == 2 {
            return .skip(i + 3)
        }
        if let y = yearNumber(i), let end = yearSpanEnd(i, from: y) { return .skip(end + 1) }
        guard let y = yearNumber(i) else { return earlyYear(i) }
        let t = toks[i]
        // glued to a word or number before it (`FY2019`, `E2015`), money, decimals, clock times
        if isPartOfLargerNumber(i) { return nil }
        if i > lo && gapless(i) && toks[i - 1].kind == .punct {
            let c = toks[i - 1].code
            if c == 0x23 || c == TemporalToken.currency { return nil }
            if (c == 0x2D || c == 0x2F) && isNumber(i - 2) && gapless(i - 1) && yearNumber(i - 2) == nil { return nil }
        }
        // two numbers in a row: a phone number or a table
        if i > lo && toks[i - 1].kind == .number && !toks[i - 1].has(TemporalToken.ordinal) { return nil }
        if i + 1 < n && toks[i + 1].kind == .number { return nil }
        let prev = lex(i - 1)
        // `more than 2000`, `about 2015` are counts; `rather than 2022` compares a year with a year
        if prev.isLabelWord || (prev.isQuantifier && !(prev == .than && isWord(i - 2, "rather"))) { return nil }
        if isPunct(i - 1, 0x2E) && lex(i - 2).isLabelWord { return nil }  // No. 2015
        if prev == .to && lex(i - 2) == .up { return nil }
        if isPunct(i + 1, 0x25) { return nil }  // 2015%
        let next = lex(i + 1)
        if next.isAmountWord || next.isCountNoun { return nil }
        if next == .per || next == .years || next == .months || next == .days || next == .weeks { return nil }
        var strongCue = false
        switch prev {
        case .inPrep, .since, .of, .from, .until, .till, .by, .during, .circa, .c, .before, .after, .the,
             .early, .late, .mid, .around, .throughout, .between, .year, .and, .to, .or:
            strongCue = true
        default:
            break
        }
        if prev == .s && isPunct(i - 2, 0x27) { strongCue = true }  // Grayling's 2013 plan
        if isPunct(i - 1, 0x27) && i >= lo + 2 && toks[i - 2].kind == .word && tail(i - 2) & 0xFF == 0x73 {
            strongCue = true  // Cummings' 2019 blog
        }
        // a plural noun after the number makes it a count: `2000 cases`, unless a cue says year
        let sentenceStart = i == lo || isSentenceEnd(i - 1)
        if i + 1 < n && toks[i + 1].kind == .word && !toks[i + 1].isCapitalized && toks[i + 1].code >= 3
            && toks[i + 1].lex == .none && !sentenceStart {
            let tl = tail(i + 1)
            let before = (tl >> 8) & 0xFF
            if tl & 0xFF == 0x73 && before != 0x73 && before != 0x75 && before != 0x69 {  // -s, not -ss -us -is
                switch prev {
                case .the, .inPrep, .since, .during, .of: break
                default:
                    if !strongCue { return nil }
                    if prev == .and || prev == .to || prev == .or || prev == .by { return nil }
                }
            }
        }
        if !(1900...2099).contains(y) && !strongCue { return nil }
        if t.value < 1000 { return nil }
        guard let v = TemporalValue.year(y) else { return nil }
        return .match(TemporalCandidate(first: i, last: i, meaning: .absolute(v)))
    }
}
