import Corpus

/// All-number dates: `15/01/2016`, `15.01.2016`, `2016-01-15` (day first, as British writers put it).
extension TemporalMatcher {
    // MARK: Numeric dates: 15/01/2016, 15.01.2016, 2016-01-15

    func numericDate(_ i: Int) -> Step? {
        guard i + 4 < n else { return nil }
        let a = toks[i], s1 = toks[i + 1], b = toks[i + 2], s2 = toks[i + 3], c = toks[i + 4]
        guard s1.kind == .punct, b.kind == .number, s2.kind == .punct, c.kind == .number,
              s1.code == s2.code, gapless(i + 1), gapless(i + 2), gapless(i + 3), gapless(i + 4),
              !a.has(TemporalToken.ordinal), !b.has(TemporalToken.ordinal), !c.has(TemporalToken.ordinal)
        else { return nil }
        let sep = s1.code
        guard sep == 0x2F || sep == 0x2E || sep == 0x2D else { return nil }
        if i > lo && gapless(i) && (toks[i - 1].kind != .punct || toks[i - 1].code == sep) { return nil }
        if i + 5 < n && gapless(i + 5) && (toks[i + 5].kind != .punct || toks[i + 5].code == sep) {
            return nil
        }
        if i + 6 < n && gapless(i + 5) && gapless(i + 6) && isNumber(i + 6) { return nil }
        var y = 0, m = 0, d = 0
        if a.code == 4 && b.code <= 2 && c.code <= 2 {
            y = Int(a.value); m = Int(b.value); d = Int(c.value)
        } else if a.code <= 2 && b.code <= 2 && c.code == 4 {
            d = Int(a.value); m = Int(b.value); y = Int(c.value)
        } else if a.code <= 2 && b.code <= 2 && c.code == 2 && sep == 0x2F {
            d = Int(a.value); m = Int(b.value)
            let yy = Int(c.value)
            y = yy < 50 ? 2000 + yy : 1900 + yy
        } else {
            return nil
        }
        if let v = TemporalValue.day(year: y, month: m, day: d) {
            return .match(TemporalCandidate(first: i, last: i + 4, meaning: .absolute(v)))
        }
        return .skip(i + 5)
    }
}
