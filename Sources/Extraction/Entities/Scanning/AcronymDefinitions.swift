/// How the long form of an acronym definition is typed (`integrated care boards (ICBs)`, `ICB (integrated
/// care board)`, `the Regional Homes Agency (RHA)`); the definitions themselves are found by
/// ``PassageScanner/findDefinitions()`` in both orders.
extension PassageScanner {
    /// Whether the last word of a long form names a kind of body, singular or plural, in any case:
    /// `board`/`boards`, `group`/`groups`, `authority`/`authorities`, `trust`/`trusts`. `integrated care
    /// boards (ICBs)` is then an organization (a class of bodies, as `Community Rehabilitation Companies`),
    /// not a programme, although it is written in lowercase.
    static func namesAKindOfBody(_ lastWord: String) -> Bool {
        let l = lastWord.lowercased()
        func body(_ w: String) -> Bool {
            NameLexicon.orgSuffixes.contains(w) || OrganizationLexicon.institutionalSuffixes.contains(w)
        }
        if body(l) { return true }
        if l.hasSuffix("ies"), body(String(l.dropLast(3)) + "y") { return true }
        if l.hasSuffix("s"), body(String(l.dropLast())) { return true }
        return false
    }
}

extension PassageScanner {
    /// `police and crime commissioners (PCCs)`, `senior probation officers (SPOs)`: a long form ending in a role
    /// noun names people holding a role, neither a body nor a programme; such a definition is not recorded, and
    /// the acronym is left to the corpus.
    static func namesARole(_ words: [String]) -> Bool {
        guard let last = words.last?.lowercased(), words.first?.first?.isLowercase == true || words.count <= 4 else {
            return false
        }
        if NameLexicon.orgHeads.contains(words.first!.lowercased()) { return false }
        let singular = last.hasSuffix("s") ? String(last.dropLast()) : last
        return NameLexicon.roleNouns.contains(last) || NameLexicon.roleNouns.contains(singular)
    }
}
extension PassageScanner {
    /// `Care Quality Commission (CQC)` and `HCS (Harbour Care Skills)`.
    mutating func findDefinitions() {
        let n = tokens.count
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .punct, tokens[k].text == "(" else { continue }
            // Long (ACR)
            if isWord(k + 1), tokens[k + 1].isAcronymLike, k + 2 < n, tokens[k + 2].kind == .punct || tokens[k + 2].kind == .possessive,
               tokens[k + 2].text == ")" || tokens[k + 2].kind == .possessive {
                let acr = tokens[k + 1].text
                if let m = mentions.lastIndex(where: { $0.end == k }) {
                    let mm = mentions[m]
                    if PassageScanner.initialsMatch(acr, NameKey.words(mm.name).isEmpty ? [] : wordsOf(mm.start, mm.end)) {
                        var rec: Int? = nil
                        if case .knowledge(let r) = mm.shape { rec = r }
                        definitions.append(AcronymDefinition(acronym: acr, longName: mm.name, type: mm.type, record: rec))
                        continue
                    }
                }
                if let s = longFormBefore(k, acronym: acr), !PassageScanner.namesARole(s.words) {
                    let type = PassageScanner.typeOfLongForm(s.words)
                    let name = slice(s.start, k)
                    definitions.append(AcronymDefinition(acronym: acr, longName: name, type: type, record: nil))
                    // The long form itself is a name the document states.
                    // Fragments inside it (`Association of` + `Adult Social Services` for `Association of
                    // Directors of Adult Social Services (ADASS)`) give way; a person named inside does not.
                    if !mentions.contains(where: { $0.start >= s.start && $0.end <= k && $0.type == .person
                        && $0.shape != .bareWord && $0.shape != .firstName }) {
                        mentions.removeAll { $0.start >= s.start && $0.end <= k }
                        emit(shape: .typed, type: type, start: s.start, end: k, cue: .acronymDefinition)
                    }
                }
            }
            // Long (Clipped): `Department for Farming and Rural Affairs (Defra)`, `Office for Standards in Schools
            // (Ofsted)`: a word made of the first letters of the long form's words
            if isWord(k + 1), !tokens[k + 1].isAcronymLike, tokens[k + 1].isCapitalised, !tokens[k + 1].hasDigit,
               tokens[k + 1].letterCount >= 4, tokens[k + 1].letterCount <= 8, k + 2 < n, tokens[k + 2].kind == .punct,
               tokens[k + 2].text == ")", !isCommon(k + 1), !isGiven(k + 1) {
                let short = tokens[k + 1].text
                if let m = mentions.lastIndex(where: { $0.end == k }), mentions[m].type == .organization {
                    let mm = mentions[m]
                    if PassageScanner.clippingMatch(short, wordsOf(mm.start, mm.end)) {
                        var rec: Int? = nil
                        if case .knowledge(let r) = mm.shape { rec = r }
                        definitions.append(AcronymDefinition(acronym: short, longName: mm.name, type: .organization, record: rec))
                        continue
                    }
                }
                if let start = clippedLongFormBefore(k, short: short) {
                    definitions.append(AcronymDefinition(acronym: short, longName: slice(start, k), type: .organization, record: nil))
                    if !mentions.contains(where: { $0.start >= start && $0.end <= k && $0.type == .person
                        && $0.shape != .bareWord && $0.shape != .firstName }) {
                        mentions.removeAll { $0.start >= start && $0.end <= k }
                        emit(shape: .typed, type: .organization, start: start, end: k, cue: .acronymDefinition)
                    }
                    continue
                }
            }
            // ACR (Long)
            if k >= 1, isWord(k - 1), tokens[k - 1].isAcronymLike {
                var e = k + 1
                while e < n, isWord(e), e - k <= 8 { e += 1 }
                if e < n, tokens[e].kind == .punct, tokens[e].text == ")", e > k + 1 {
                    let acr = tokens[k - 1].text
                    let ws = wordsOf(k + 1, e)
                    if PassageScanner.initialsMatch(acr, ws), !PassageScanner.namesARole(ws) {
                        let type = PassageScanner.typeOfLongForm(ws)
                        definitions.append(AcronymDefinition(acronym: acr, longName: slice(k + 1, e), type: type, record: nil))
                    }
                }
            }
        }
        mentions.sort { $0.start < $1.start }
    }

    /// The shortest run of words ending just before `(` whose initials spell the acronym.
    func longFormBefore(_ paren: Int, acronym: String) -> (start: Int, words: [String])? {
        let letters = PassageScanner.acronymLetters(acronym)
        guard letters.count >= 2 else { return nil }
        var k = paren - 1
        var steps = 0
        while k >= 0, steps < letters.count + 4 {
            // `Fire & Rescue Services (FRS)`, `Mayor's Office (MO)`: an ampersand or a possessive inside the long
            // form is passed over
            if k < paren - 1, tokens[k].kind == .possessive || tokens[k].kind == .punct && tokens[k].text == "&" {
                k -= 1
                continue
            }
            guard isWord(k), tokens[k].line == tokens[paren].line || tokens[k].line + 1 >= tokens[paren].line else { return nil }
            let ws = wordsOf(k, paren)
            if PassageScanner.initialsMatch(acronym, ws) && !["of", "for", "and", "the", "by", "in", "on", "to"].contains(lower(k)) {
                return (k, ws)
            }
            steps += 1
            k -= 1
            if k >= 0, tokens[k].kind == .punct, tokens[k].text != "&", tokens[k].text != "-" { return nil }
        }
        return nil
    }

    /// The shortest run of capitalised words (small words, commas and `&` between them) ending just before `(`
    /// that names a body and that `short` clips (``clippingMatch(_:_:)``). Returns where it starts.
    func clippedLongFormBefore(_ paren: Int, short: String) -> Int? {
        var k = paren - 1
        var steps = 0
        while k >= 0, steps < 10 {
            if tokens[k].kind == .punct, tokens[k].text == "," || tokens[k].text == "&", k < paren - 1 {
                k -= 1
                continue
            }
            guard isWord(k), tokens[k].line == tokens[paren].line else { return nil }
            let l = lower(k)
            let small = ["of", "for", "and", "the", "in", "on", "to"].contains(l)
            guard tokens[k].isCapitalised || small else { return nil }
            if !small, tokens[k].isCapitalised {
                let ws = wordsOf(k, paren)
                // (`Sarah Jonesy (Sarjo)`: a person's name clipped to a nickname names no body)
                if ws.count >= 2, PassageScanner.clippingMatch(short, ws),
                   PassageScanner.typeOfLongForm(ws) == .organization, !isGiven(k),
                   !mentions.contains(where: { $0.type == .person && $0.end > k && $0.start < paren }) { return k }
            }
            steps += 1
            k -= 1
        }
        return nil
    }

    /// Whether `short` (`Defra`, `Ofsted`, `Napo`) is made of pieces that open the long form's words in order:
    /// the first word gives the first piece, two words or more give one, and the other words (small words, or
    /// words the clipping leaves out, `Association` in `National Association of Tarn Officers (Natos)`) none.
    static func clippingMatch(_ short: String, _ words: [String]) -> Bool {
        let s = Array(short.lowercased())
        let ws = words.map { Array($0.lowercased()) }.filter { !$0.isEmpty }
        guard s.count >= 3, let first = ws.first, first.first == s.first else { return false }
        func go(_ w: Int, _ i: Int, _ used: Int) -> Bool {
            if i == s.count { return used >= 2 }
            guard w < ws.count else { return false }
            let word = ws[w]
            var len = 1
            while len <= word.count, i + len <= s.count, word[len - 1] == s[i + len - 1] {
                if go(w + 1, i + len, used + 1) { return true }
                len += 1
            }
            // the first word always gives a piece; later words may give none
            return w > 0 && go(w + 1, i, used)
        }
        return go(0, 0, 0)
    }

    static func acronymLetters(_ acr: String) -> [Character] {
        var s = acr
        if s.count > 2, s.hasSuffix("s"), s.dropLast().last?.isUppercase == true { s = String(s.dropLast()) }
        return s.filter { $0.isUppercase || $0.isNumber }.map { Character($0.lowercased()) }
    }

    /// Whether the acronym's capitals are the initials of the words, with or without small words.
    static func initialsMatch(_ acr: String, _ words: [String]) -> Bool {
        let letters = acronymLetters(acr)
        guard letters.count >= 2, !words.isEmpty else { return false }
        let small: Set<String> = ["of", "for", "and", "the", "&", "by", "in", "on", "to", "a"]
        func initials(_ keepSmall: Bool, _ allCapsWhole: Bool) -> [Character] {
            var out: [Character] = []
            for w in words {
                let l = w.lowercased()
                if !keepSmall && small.contains(l) { continue }
                if allCapsWhole, w.count <= 4, w.allSatisfy({ $0.isUppercase }) {
                    out += l.map { $0 }
                    continue
                }
                // hyphenated words give each part's initial (Multi-Agency)
                for part in l.split(separator: "-") where !part.isEmpty { out.append(part.first!) }
            }
            return out
        }
        for keep in [false, true] {
            for caps in [true, false] where initials(keep, caps) == letters { return true }
        }
        // `Office for Policing and Crime (OPAC)`: some small words give their initial and others do not
        if letters.count >= 3, optionalSmallWordsMatch(words.map { $0.lowercased() }, letters, small) { return true }
        // `OASys`: lowercase letters of the acronym may come from inside words; accept a prefix match of the
        // capitals when the acronym has lowercase letters.
        if acr.contains(where: { $0.isLowercase }) {
            let ini = initials(false, true)
            if ini.count == letters.count && zip(ini, letters).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }

    /// Whether the initials of `words` spell `letters` when each small word may give its initial or not (the
    /// others always do, hyphenated words once per part). Words are few, so the search is short.
    static func optionalSmallWordsMatch(_ words: [String], _ letters: [Character], _ small: Set<String>) -> Bool {
        func go(_ w: Int, _ l: Int) -> Bool {
            if w == words.count { return l == letters.count }
            let parts = words[w].split(separator: "-").compactMap(\.first)
            let takes = l + parts.count <= letters.count && Array(letters[l..<(l + parts.count)]) == parts
            if takes, go(w + 1, l + parts.count) { return true }
            return small.contains(words[w]) && go(w + 1, l)
        }
        return go(0, 0)
    }

    static func typeOfLongForm(_ words: [String]) -> EntityType {
        guard let last = words.last?.lowercased() else { return .organization }
        // a brand written in capitals (`CRIMINAL JUSTICE SKILLS (CJS)`)
        if words.count >= 2, words.allSatisfy({ w in w.allSatisfy { !$0.isLowercase } }),
           !NameLexicon.programmeSuffixes.contains(last) { return .organization }
        if NameLexicon.orgSuffixes.contains(last) || NameLexicon.orgHeads.contains(words.first!.lowercased())
            || namesAKindOfBody(last) {
            return .organization
        }
        if NameLexicon.programmeSuffixes.contains(last) || ProgrammeLexicon.strongProgrammeSuffixes.contains(last) { return .programme }
        if NameLexicon.roleNouns.contains(last) { return .programme }
        if words.allSatisfy({ $0.first?.isLowercase == true || ["of", "for", "and", "by"].contains($0) }) {
            return .programme
        }
        if words.count >= 2, words.allSatisfy({ w in
            CommonWords.all.contains(w.lowercased()) || NameLexicon.connectors.contains(w.lowercased())
        }) {
            return .programme
        }
        return .organization
    }
}
