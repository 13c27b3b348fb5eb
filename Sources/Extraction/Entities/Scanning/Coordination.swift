/// Names joined in a list take the type of the names beside them.
extension PassageScanner {
    /// Lists: `Sam Lee & Priya Shah` (an unknown run joined to a person becomes a person);
    /// `The Harbour Trust in Kent, Safe Haven in Leeds and Women Together` and `firms including Kestrel
    /// and Marlin` (an unknown name in a list of organizations, or after `firms including`, becomes one).
    /// The type spreads along a list both ways: `Tarnco, Velmar, Kestrel Group and Brindle` types the two
    /// names before `Kestrel Group` as well as the one after (a pass to the right, then one more to catch what
    /// the first pass typed late).
    mutating func applyCoordination() {
        guard !mentions.isEmpty else { return }
        for _ in 0..<2 {
            guard coordinationPass() else { return }
        }
    }

    /// One pass of ``applyCoordination()`` over the passage's mentions; whether it typed any.
    private mutating func coordinationPass() -> Bool {
        var changed = false
        for i in mentions.indices {
            let m = mentions[i]
            let unknownRun = m.shape == .unknownRun && m.end - m.start <= 4
            // `the National Union of Widgets (NUW) and the ATW`: an acronym listed with a body
            if m.shape == .acronym, m.cue.isCandidateAcronym {
                // `four firms: KPMG, Kestrel and Marlin`: an acronym opening a list of bodies
                if listOfOrganizationsBefore(m.start) {
                    mentions[i].cue = .orgCoordination
                    changed = true
                    continue
                }
                for j in [i - 1, i + 1] where j >= 0 && j < mentions.count {
                    let o = mentions[j]
                    // (a body, or the acronym a definition gives it in brackets)
                    let defined = o.shape == .acronym && o.start >= 1 && tokens[o.start - 1].text == "("
                    guard o.type == .organization, o.shape == .typed || isKnowledgeOrganization(o) || defined else { continue }
                    if coordinatedWithArticle(o, m, otherFirst: j < i) {
                        mentions[i].cue = .orgCoordination
                        break
                    }
                }
                continue
            }
            guard unknownRun || m.shape == .bareWord else { continue }
            if m.shape == .bareWord || mentions[i].end - mentions[i].start <= 3,
               (m.start..<m.end).contains(where: { isSpecific($0) }) {
                var joined = false
                for j in [i - 1, i + 1] where j >= 0 && j < mentions.count && unknownRun {
                    let o = mentions[j]
                    guard o.type == .person, o.shape == .fullName || isKnowledgePerson(o) else { continue }
                    if coordinated(o, m, otherFirst: j < i, allowPlace: false) {
                        mentions[i].shape = .fullName
                        mentions[i].type = .person
                        mentions[i].cue = .coordination
                        mentions[i].nameWords = wordsOf(mentions[i].start, mentions[i].end)
                        joined = true
                        break
                    }
                }
                if joined { changed = true; continue }
            }
            var isOrg = listOfOrganizationsBefore(m.start)
            if !isOrg {
                // neighbours in the list, passing over the places that locate its members (`X in Birmingham`)
                var before = i - 1
                while before >= 0, mentions[before].type == .place { before -= 1 }
                var after = i + 1
                while after < mentions.count, mentions[after].type == .place { after += 1 }
                for j in [before, after] where j >= 0 && j < mentions.count {
                    let o = mentions[j]
                    // (an acronym that a list or a cue typed passes its type on: `Kestrel, KPMG and Marlin`)
                    guard o.type == .organization, o.shape != .unknownRun, o.shape != .bareWord,
                          o.shape != .acronym || !o.cue.isCandidateAcronym else { continue }
                    if coordinated(o, m, otherFirst: j < i, allowPlace: true) { isOrg = true; break }
                }
            }
            if isOrg {
                mentions[i].shape = .typed
                mentions[i].type = .organization
                mentions[i].cue = .orgCoordination
                changed = true
            }
        }
        return changed
    }

    /// Whether two mentions are joined by `and`, `&`, `,` or `, and` — with `allowPlace`, after an optional
    /// `in Birmingham` following the first, and also by `or` and `nor` (`Kestrel or Marlin`: two bodies;
    /// between people, `Chris Vane, or Foxy Vane as we call him`, an alias). A possessive closing the first
    /// name (`Tarnco's, Velmar`, a shop named after its founder) does not break the list.
    func coordinated(_ o: RawMention, _ m: RawMention, otherFirst: Bool, allowPlace: Bool) -> Bool {
        var (x, y) = otherFirst ? (o.end, m.start) : (m.end, o.start)
        guard y > x else { return false }
        if tokens[x].kind == .possessive, y > x + 1 { x += 1 }
        if allowPlace, isWord(x), ["in", "from", "of"].contains(lower(x)), isCap(x + 1) {
            x += 1
            while x < y, isCap(x) { x += 1 }
        }
        guard y > x, y - x <= 2 else { return false }
        let between = (x..<y).map { tokens[$0].lower }
        return between == ["and"] || between == ["&"] || between == [","] || between == [",", "and"]
            || allowPlace && (between == ["or"] || between == ["nor"])
    }

    func isKnowledgePerson(_ m: RawMention) -> Bool {
        if case .knowledge = m.shape { return m.type == .person }
        return false
    }
}
