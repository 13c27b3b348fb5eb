/// Bodies whose name opens with a nation and carries no kind word (`UK Fell Running`, `England Quoits`, `Scotland
/// Shinty`, `UK Fair Play`): the nation alone is a place the knowledge base knows, so without this reading the
/// place is emitted and the words after it are left as ordinary ones. The mirror of
/// ``placeEndedOrganization(_:within:)`` (`Sport England`, `First West Yorkshire`), and like it typed only by a
/// context that only a body has, read over the whole name with the nation in it.
extension PassageScanner {
    /// `she chaired UK Fell Running`, `a new body, UK Darts Integrity,`, `the chief executive of England Quoits`,
    /// `Scotland Shinty's board`: a nation (``PoliticalLexicon/nations``) that the knowledge base does not know, or
    /// knows as a place of that one word only (not as the start of a longer known name), opening one to three more capitalised words on its line that are no given name, title, role,
    /// date word, place, nation or known name, when a context cue (``institutionalCue(_:_:)`` or
    /// ``organizationCue(_:_:ordinary:)``, not a bare `the X`) types the whole run. The capitalised run must end
    /// there, and the nation must open it (not `In England Labour lost its seats`: a party, and a preposition of
    /// place before the nation leaves it a place). Returns the end of the name and the cue.
    func nationLedOrganization(at p: Int) -> (end: Int, cue: MentionCue)? {
        guard isCap(p), tokens[p].isCapitalised, PoliticalLexicon.nations.contains(lower(p)),
              !(p >= 1 && isCap(p - 1) && tokens[p - 1].line == tokens[p].line) else { return nil }
        if let m = kbMatch(p), m.end != p + 1 || kb.records[m.record].type != .place { return nil }
        let line = tokens[p].line
        var e = p + 1
        while e < tokens.count, e - p <= 3, isCap(e), tokens[e].kind == .word, tokens[e].line == line {
            let l = lower(e)
            guard !isGiven(e), !isHonorific(e), !isRoleNoun(e) || isOrgSuffix(e), !isCalendarWord(e),
                  !NameLexicon.roleModifiers.contains(l), !PoliticalLexicon.nations.contains(l),
                  !PlaceLexicon.names.contains(l), !OrganizationLexicon.demonyms.contains(l), kbMatch(e) == nil,
                  politicalParty(at: e, within: e + 1) == nil else { return nil }
            e += 1
        }
        guard e > p + 1, !(isCap(e) && tokens[e].line == line) else { return nil }
        // (`In Wales Labour ...`, `across England Quoits thrives`: after a preposition of place, even one opening
        // the sentence, the nation says where)
        if p >= 1, isWord(p - 1), OrganizationLexicon.placePrepositionsBeforeName.contains(lower(p - 1)) { return nil }
        if let cue = institutionalCue(p, e) { return (e, cue) }
        if let cue = organizationCue(p, e, ordinary: false), cue != .definiteName { return (e, cue) }
        return nil
    }
}

extension PassageScanner {
    /// `the software house iKelby`, `a takeover of eWestside`, `the airline marlinJet`: a word opening with small letters
    /// and holding a capital after them (`iKelby`, `eWestside`, `marlinJet`) is a brand's shape, but products take it too
    /// (`iPhone`, `eGov`), so it names a body only where a context cue says so
    /// (``institutionalCue(_:_:)``, or ``organizationCue(_:_:ordinary:)`` other than a bare `the X`).
    /// Returns the cue.
    func lowerInitialBrandCue(at p: Int) -> MentionCue? {
        guard isWord(p), tokens[p].upperCount >= 1, !tokens[p].isCapitalised, tokens[p].letterCount >= 4,
              !tokens[p].hasDigit, let first = tokens[p].text.unicodeScalars.first, first.properties.isLowercase else {
            return nil
        }
        let s = Array(tokens[p].text.unicodeScalars)
        // small letters, then a capital, then at least two small letters (`iKelby`, `eWestside`, `marlinJet`; not `kWh`)
        var i = 0
        while i < s.count, s[i].properties.isLowercase { i += 1 }
        guard i >= 1, i <= 4, i < s.count, s[i].properties.isUppercase else { return nil }
        var j = i + 1
        while j < s.count, s[j].properties.isLowercase { j += 1 }
        guard j - i - 1 >= 2, j == s.count else { return nil }
        if let cue = institutionalCue(p, p + 1) { return cue }
        if let cue = organizationCue(p, p + 1, ordinary: false), cue != .definiteName { return cue }
        return nil
    }
}

extension TextToken {
    /// Two or more capitals, then four or more small letters to the end (`UKharbour`, `KWcare`): an acronym
    /// joined to an ordinary word, a brand's shape that no surname, plural acronym (`CRCs`, `MPs`), mixed
    /// acronym (`OASys`, `OAsys`, `MoJ`) or acronym made a verb (`DJing`) has. Read only in
    /// ``PassageScanner/acronymOrganizationCue(_:)``, which sees only tokens that are ``isAcronymLike``: for mixed
    /// case that is at most seven bytes, so a longer one (`KWharbourline`) is never read by this shape.
    var isAcronymLedBrand: Bool {
        guard kind == .word, isCapitalised, !isAllCaps, !hasDigit, upperCount >= 2 else { return false }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count, s[i].properties.isUppercase { i += 1 }
        guard i >= 2 else { return false }
        var j = i
        while j < s.count, s[j].properties.isLowercase { j += 1 }
        guard j == s.count, j - i >= 4 else { return false }
        // (`DJing`, `OKed`: an acronym made a verb)
        return !lower.hasSuffix("ing") && !lower.hasSuffix("ed")
    }
}
