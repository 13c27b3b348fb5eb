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
