/// Role titles (`Health Secretary`) and the role phrases written next to a name (`, chief executive of ...`).
extension PassageScanner {
    /// A title such as `Health Secretary`, `Chief Inspector of Schools`, `HM Chief Inspector`.
    func roleTitleEnd(from p: Int, within b: Int) -> Int? {
        var k = p
        var lastRoleEnd: Int? = nil
        while k < b {
            let l = lower(k)
            if isCap(k) || (isWord(k) && (l == "of" || l == "for" || l == "and" || l == "the")) {
                if NameLexicon.roleNouns.contains(l) && tokens[k].isCapitalised {
                    lastRoleEnd = k + 1
                } else if !NameLexicon.roleModifiers.contains(l) {
                    break
                }
                k += 1
                continue
            }
            break
        }
        guard let e = lastRoleEnd else { return nil }
        // Extend over `of Schools` after the last role noun.
        var end = e
        if end + 1 < b, lower(end) == "of" || lower(end) == "for", isCap(end + 1),
           NameLexicon.roleModifiers.contains(lower(end + 1)), !isGiven(end + 1) {
            end += 2
        }
        return end
    }

    /// `CEO of`, `director of nursing at`, `works for` just before token `a`.
    func roleOfBefore(_ a: Int) -> Bool {
        var k = a - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 0, isWord(k), ["of", "at", "for", "with", "by"].contains(lower(k)) else { return false }
        let preposition = lower(k)
        var steps = 0
        k -= 1
        while k >= 0 && steps < 5 {
            guard isWord(k) else { return false }
            let l = lower(k)
            // `the mayor of Leeds`, `the MP for Bath`: a role over a place, not in a body; `the secretary of state
            // for Levelling Up`, `minister for Social Care`: a portfolio, not a body
            if NameLexicon.roleNouns.contains(l) {
                if preposition == "for", RoleLexicon.portfolioRoles.contains(l) { return false }
                return !RoleLexicon.placeRoles.contains(l)
            }
            if ["works", "worked", "working", "employed", "contracted", "joined"].contains(l) { return true }
            steps += 1
            k -= 1
        }
        return false
    }

    /// `the secretary of state for Levelling Up`, `the Labour commissioner for Merseyside`: a portfolio role
    /// (``RoleLexicon/portfolioRoles``) and `for` just before `p`: what follows is a remit or an area, neither a
    /// person nor a body.
    func portfolioBefore(_ p: Int) -> Bool {
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 1, isWord(k), lower(k) == "for", isWord(k - 1) else { return false }
        return RoleLexicon.portfolioRoles.contains(lower(k - 1))
    }

    /// `the mayor of`, `MP for` (``RoleLexicon/placeRoles``) just before `p`: what follows is a place.
    func placeRoleBefore(_ p: Int) -> Bool {
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 1, isWord(k), lower(k) == "of" || lower(k) == "for", isWord(k - 1) else { return false }
        return RoleLexicon.placeRoles.contains(lower(k - 1))
    }

    /// `former justice secretary` right before the name starting at `p`.
    func roleBefore(_ p: Int) -> String? {
        let prev = p - 1
        guard prev >= 0, isWord(prev), NameLexicon.roleNouns.contains(lower(prev)),
              tokens[prev].line == tokens[p].line else { return nil }
        var k = prev
        var steps = 0
        while k - 1 >= 0, steps < 7 {
            let j = k - 1
            guard isWord(j), tokens[j].line == tokens[p].line else { break }
            let l = lower(j)
            guard NameLexicon.roleModifiers.contains(l) || NameLexicon.roleNouns.contains(l) else { break }
            if tokens[j].sentenceStart && (l == "the" || l == "a") { break }
            k = j
            steps += 1
        }
        while k < prev, ["the", "a", "an", "of", "for", "and", "to", "at", "in", "on"].contains(lower(k)) { k += 1 }
        let s = slice(k, prev + 1)
        return PassageScanner.plausibleRole(s) ? s : nil
    }

    /// `, general secretary of Unison,` / ` MP` / ` the Health Secretary` right after the name ending at `e`.
    func roleAfter(_ e: Int) -> String? { roleAfterDetailed(e)?.role }

    /// The role after a name, and whether it was introduced by `a`/`an` (`, an independent auditor`), which
    /// can describe an organization as well as a person.
    func roleAfterDetailed(_ e: Int) -> (role: String, indefinite: Bool)? {
        guard e < tokens.count else { return nil }
        let t = tokens[e]
        if t.kind == .word, ["mp", "qc", "kc", "mep", "msp"].contains(t.lower), t.isAllCaps {
            return (t.text, false)
        }
        var k = e
        if t.kind == .punct, t.text == "," || t.text == "(" {
            k = e + 1
        } else if t.kind == .word, t.lower == "the" || t.lower == "is" || t.lower == "was" {
            k = e + 1
            if t.lower != "the", isWord(k), ["a", "an", "the"].contains(lower(k)) { k += 1 }
            if t.lower == "the" { k = e }
        } else if t.kind == .word, t.lower == "has" || t.lower == "had", isWord(e + 1), lower(e + 1) == "been" {
            // `Rhian Powell has been chief executive since 2019`
            k = e + 2
            if isWord(k), ["a", "an", "the"].contains(lower(k)) { k += 1 }
        } else {
            return nil
        }
        var indefinite = false
        let appositive = t.kind == .punct
        // `, and ministers say ...`, `, whatever some MPs wanted`: a clause, not an appositive role
        // `, as business secretary,`: a role the person held at the time (role words up to the next comma)
        // `, then the employment minister,`, `, now a Treasury adviser`: a time word before the role
        if appositive, isWord(k), RoleLexicon.roleTimeWords.contains(lower(k)), isWord(k + 1),
           ["the", "a", "an"].contains(lower(k + 1)) || NameLexicon.roleModifiers.contains(lower(k + 1))
            || NameLexicon.roleNouns.contains(lower(k + 1)) { k += 1 }
        if appositive, isWord(k), lower(k) == "as", asRoleAppositive(k + 1) { k += 1 }
        else if appositive, isWord(k), RoleLexicon.clauseOpeners.contains(lower(k)) || RoleLexicon.mainClauseVerbs.contains(lower(k)) { return nil }
        // `under the new Royal Charter, it had an acting chair`, `A, who had run the Royal Opera House, replaced him
        // as director-general`: a subject pronoun, or a verb with an object pronoun, opens a clause after the comma,
        // and the post in it is no appositive of the name before (`, then her deputy,` is one: a time word, then a
        // possessive)
        else if appositive, isWord(k), RoleLexicon.clauseSubjectPronouns.contains(lower(k))
                    || !RoleLexicon.roleTimeWords.contains(lower(k)) && isWord(k + 1)
                        && RoleLexicon.clauseObjectPronouns.contains(lower(k + 1)) { return nil }
        while isWord(k), ["the", "a", "an"].contains(lower(k)) {
            if lower(k) != "the" { indefinite = true }
            k += 1
        }
        if k > 0, isWord(k - 1), ["a", "an"].contains(lower(k - 1)) { indefinite = true }
        let start = k
        // `, Okafor and ...`: another name, not a role
        if isCap(k), !NameLexicon.roleNouns.contains(lower(k)), !NameLexicon.roleModifiers.contains(lower(k)) {
            if kbMatch(k).map({ kb.records[$0.record].type == .person }) ?? true,
               !(tokens[k].isAcronymLike && !isCap(k + 1)) {
                if !isRoleNoun(k + 1) && !isRoleNoun(k + 2) { return nil }
            }
        }
        if !appositive {
            // `Ann Ross the Health Secretary arguing ...`: role words only
            var e = k
            var lastRole: Int? = nil
            while isWord(e), NameLexicon.roleModifiers.contains(lower(e)) || NameLexicon.roleNouns.contains(lower(e)) {
                if NameLexicon.roleNouns.contains(lower(e)) { lastRole = e + 1 }
                e += 1
            }
            guard let end = lastRole else { return nil }
            return (slice(start, end), indefinite)
        }
        var sawRole = false
        var words = 0
        while k < tokens.count {
            let tk = tokens[k]
            if tk.kind == .newline { break }
            if tk.kind == .punct && [",", ".", ";", ")", ":", "\u{2013}", "\u{2014}", "(", "!", "?", "\""].contains(tk.text) { break }
            if tk.kind == .word {
                if NameLexicon.speechVerbs.contains(tk.lower) || ["who", "which", "whose", "that", "has", "had", "is",
                                                                  "was", "will", "would", "says", "and"].contains(tk.lower) && sawRole { break }
                if NameLexicon.roleNouns.contains(tk.lower) && words < 6 { sawRole = true }
                words += 1
                if words > 14 { return nil }
                if words >= 6 && !sawRole { return nil }
            }
            k += 1
        }
        guard sawRole, k > start else { return nil }
        let s = slice(start, k)
        return PassageScanner.plausibleRole(s) ? (s, indefinite) : nil
    }

    /// From `k`, at most six words of role modifiers, role nouns and `and`/`of`/`the`, ending in a role noun
    /// right before a comma: `as health and care secretary,`.
    func asRoleAppositive(_ k: Int) -> Bool {
        var j = k
        var lastRole = false
        while isWord(j), j - k < 6 {
            let l = lower(j)
            guard NameLexicon.roleNouns.contains(l) || NameLexicon.roleModifiers.contains(l)
                    || ["and", "of", "the", "for", "business", "energy", "health", "home", "foreign", "justice",
                        "education", "work", "pensions", "transport", "culture", "environment", "housing",
                        "defence", "care", "social", "trade", "prisons", "probation"].contains(l) else { return false }
            lastRole = NameLexicon.roleNouns.contains(l)
            j += 1
        }
        return lastRole && j < tokens.count && tokens[j].kind == .punct && tokens[j].text == ","
    }

    static func plausibleRole(_ s: String) -> Bool {
        let words = NameKey.words(s)
        guard !words.isEmpty, words.count <= 16 else { return false }
        return words.contains { NameLexicon.roleNouns.contains($0) }
    }
}
