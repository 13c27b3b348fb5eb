/// What follows `of` in an office's title or a peer's title is not a body: `the Director General of Water
/// Supply` holds an office whose remit is water supply, `Minister of Fisheries` one whose remit is fisheries,
/// and `Baroness Okafor of Tarnby` is a peer whose title names a place. Both read like `chief executive of
/// Crisis`, where an ordinary word after a role and `of` names a body, so the role-of cue must not fire.
extension PassageScanner {
    /// `the Director General of Water Supply`, `Minister of Fisheries`, `Chief of Defence Procurement`, `HM Chief
    /// Inspector of Schools`, `the chief inspector of Hospitals`: the run `[p, q)` right after `of` (no article
    /// between) is the remit of an office, not a body, when
    /// - the title before `of` is written as a title: its last word is a role noun and it is capitalised (a
    ///   one-word title must stand inside a sentence, since any word is capitalised at a sentence's start), and
    ///   the run opens with an ordinary word or a word of a policy remit (``OrganizationLexicon/remitTopics``:
    ///   `Fisheries`, `Defence`), while `Director of Tarnwell Trust` names a body by a word of its own; or
    /// - whatever the title's case, the run is one capitalised plural of an ordinary noun (`of Schools`,
    ///   `of Prisons`): a bare plural names a field, never a body.
    /// A body after the title keeps its article or its own words (`Director General of the Tarn Authority`,
    /// `chief executive of Marlcare`); a place after a place's office (`mayor of Leeds`) is left to
    /// ``placeRoleBefore(_:)``.
    func remitOfOfficeTitle(_ p: Int, _ q: Int) -> Bool {
        guard q > p, p >= 2, isWord(p - 1), lower(p - 1) == "of", tokens[p - 1].line == tokens[p].line,
              isWord(p - 2), tokens[p - 2].line == tokens[p].line, isRoleNoun(p - 2),
              !RoleLexicon.placeRoles.contains(lower(p - 2)), !isHonorific(p - 2) else { return false }
        guard (p..<q).allSatisfy({ isWord($0) && tokens[$0].isCapitalised && !tokens[$0].isAllCaps }),
              !tokens[p].hasDigit, isCommon(p) || OrganizationLexicon.remitTopics.contains(lower(p)) else { return false }
        // a capitalised title: `Director General`, `Chief Inspector`, `Minister` inside a sentence
        var s = p - 2
        while s >= 1, isWord(s - 1), tokens[s - 1].line == tokens[p].line, tokens[s - 1].isCapitalised,
              isRoleNoun(s - 1) || NameLexicon.roleModifiers.contains(lower(s - 1)) {
            s -= 1
        }
        let capitalisedTitle = tokens[p - 2].isCapitalised && (s < p - 2 || !tokens[p - 2].sentenceStart)
        if capitalisedTitle { return true }
        return q == p + 1 && bareOrdinaryPlural(p)
    }

    /// `Schools`, `Prisons`, `Hospitals`: a word ending in `s` whose singular is an ordinary word (`Crisis` and
    /// `Canvas` are no plurals of one).
    func bareOrdinaryPlural(_ k: Int) -> Bool {
        let l = lower(k)
        guard l.count >= 4, l.hasSuffix("s"), !l.hasSuffix("ss"), !l.hasSuffix("is"), !l.hasSuffix("us") else { return false }
        let singular = String(l.dropLast())
        return CommonWords.all.contains(singular) || OrganizationLexicon.remitTopics.contains(singular)
    }

    /// `Lord Okafor of Tarnby`, `Baroness Vane of Marlow Heath`: the run `[p, q)` after `of` that follows a peer's
    /// title (`Lord`, `Baroness`, `Baron`, `Viscount`, `Lady`) and one or two capitalised name words is the
    /// territorial part of the peerage, a place, not a body the peer belongs to. A role noun in place of the
    /// name (`Lord Mayor of`, `Lord Chancellor of`) is another pattern.
    func peerageTerritory(_ p: Int) -> Bool {
        guard p >= 3, isWord(p - 1), lower(p - 1) == "of", tokens[p - 1].line == tokens[p].line else { return false }
        var k = p - 2
        var names = 0
        while k >= 0, names < 2, isWord(k), tokens[k].isCapitalised, tokens[k].line == tokens[p].line,
              !isHonorific(k), !isRoleNoun(k) {
            k -= 1
            names += 1
        }
        guard names >= 1, k >= 0, isWord(k), tokens[k].isCapitalised, tokens[k].line == tokens[p].line else { return false }
        return ["lord", "baroness", "baron", "viscount", "lady", "earl", "countess"].contains(lower(k))
    }
}
