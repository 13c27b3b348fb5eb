import Foundation

/// Posts and successions stated about a person the sentence does not name again, the way a report goes on about
/// someone it has just introduced: `Ann Reed joined in 2015. She became chief executive of Harbour Homes in
/// 2019.`; `He stepped down in May and was replaced by Tom Vale.`; `Tom Vale was moved to health in 2021 and
/// replaced by Ann Reed.` The pronoun stands for the person the sentence before is about (or the last one of its
/// sex the paragraph names, when that sentence names nobody).
extension RelationReader {
    /// Verbs that give a post to the clause's subject: `She became chief executive of ...`.
    static let postVerbs = ["became", "was appointed", "was named", "was made", "was elected", "has become", "had become",
                            "is now", "was then", "went on to become", "later became"]

    /// The posts and successions a sentence opening with `He`/`She` states about the person it stands for.
    func pronounRoles(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        let text = Sentence.plainSpaces(s.slice(s.range.lowerBound, s.range.upperBound))
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first, first == "He" || first == "She", words.count == 2 else { return [] }
        let male = first == "He"
        guard let who = context.person(male: male, at: s.range.lowerBound, in: s, sameSentence: false, subjectPronoun: true)
                ?? context.previousSubject(text: s.text, male: male) ?? context.paragraphPerson(text: s.text, male: male) else { return [] }
        var out: [Found] = []
        let rest = words[1]
        let offset = s.range.lowerBound
        // `She became director general of the Westside Unit`: the post at the first organization named
        if let verb = RelationReader.postVerbs.first(where: { rest.hasPrefix($0 + " ") }),
           let j = s.mentions.indices.first(where: { s.type($0) == .organization }), !RelationReader.isParty(s.mentions[j].mention.text),
           !s.mentions.indices.contains(where: { $0 < j && s.type($0) == .person }) {
            let phraseStart = offset + first.utf8.count + 1 + verb.utf8.count + 1
            var phrase = s.slice(phraseStart, s.mentions[j].mention.utf8Range.lowerBound)
            for joiner in [" of the ", " at the ", " of ", " at ", " for the ", " for "] where phrase.hasSuffix(joiner) {
                phrase = String(phrase.dropLast(joiner.count))
                break
            }
            phrase = phrase.trimming(" ")
            if phrase.lowercased().hasPrefix("the ") { phrase = String(phrase.dropFirst(4)) }
            if RelationReader.isRole(phrase), (1...6).contains(phrase.lowerWords.count), !phrase.contains(","),
               !phrase.lowerWords.contains(where: { ["in", "on", "from", "since", "after", "before", "when"].contains($0) }) {
                let label = RoleTitle.clean(phrase)
                out.append(Found(predicate: "holds_role", subject: who.index, object: s.mentions[j].index, label: label,
                                 qualifier: RoleTitle.qualifier(phrase), offset: offset))
                if RelationReader.isLeaderTitle(label) {
                    out.append(Found(predicate: "leads", subject: who.index, object: s.mentions[j].index, offset: offset))
                }
            }
        }
        // `He stepped down in May and was replaced by Tom Vale`
        if let i = s.mentions.indices.first(where: { s.type($0) == .person }) {
            let before = s.slice(offset, s.mentions[i].mention.utf8Range.lowerBound)
            if RelationReader.replacedBy(before), who.mention.canonicalName != s.mentions[i].mention.canonicalName {
                out.append(Found(predicate: "successor_of", subject: s.mentions[i].index, object: who.index,
                                 offset: s.mentions[i].mention.utf8Range.lowerBound))
                // `was replaced as chief executive by Tom Vale`: the successor holds the post named (placed with the
                // other posts that name no organization)
                if let title = RelationReader.postInCue(before), RelationReader.isRole(title) {
                    out.append(Found(predicate: "holds_role", subject: s.mentions[i].index, object: nil, label: RoleTitle.clean(title),
                                     qualifier: RoleTitle.qualifier(title), offset: s.mentions[i].mention.utf8Range.lowerBound))
                }
            } else if RelationReader.tookOverFrom(before), who.mention.canonicalName != s.mentions[i].mention.canonicalName {
                // `She had taken over from Tom Vale in May`; `He became chair in 2010, succeeding Ann Reed`
                out.append(Found(predicate: "successor_of", subject: who.index, object: s.mentions[i].index, offset: offset))
            } else if RelationReader.handedOverTo(before), who.mention.canonicalName != s.mentions[i].mention.canonicalName {
                // `She has since handed over to Tom Vale`
                out.append(Found(predicate: "successor_of", subject: s.mentions[i].index, object: who.index,
                                 offset: s.mentions[i].mention.utf8Range.lowerBound))
            }
        }
        return out
    }

    /// Whether a clause opened by `He`/`She` ends in a verb of taking the post from the person named next: `She
    /// had taken over from`, `He replaced`, `..., succeeding` (its own words factual, and not the passive `was
    /// replaced`).
    static func tookOverFrom(_ clause: String) -> Bool {
        var l = clause.lowercased().trimming(" ")
        // `taking over from Dame Ann Reed`: an honorific before the name is no part of the verb
        for h in [" sir", " dame", " lord", " lady", " baroness", " dr", " mr", " mrs", " ms"] where l.hasSuffix(h) {
            l = String(l.dropLast(h.count))
            break
        }
        // `took over as chair in 2016 from`, `took over last year from`: the post and a time phrase between are no
        // part of the verb
        let ns = l as NSString
        if let m = tookOverAdjunct.firstMatch(in: l, range: NSRange(location: 0, length: ns.length)) {
            l = ns.substring(to: m.range.location) + " " + ns.substring(with: m.range(at: 1)) + " over from"
        }
        let verbs = ["took over from", "had taken over from", "has taken over from", "taking over from", "takes over from",
                     "replaced", "replacing", "succeeded", "succeeding", "had replaced", "had succeeded", "has replaced", "has succeeded"]
        guard let v = verbs.first(where: { l == $0 || l.hasSuffix(" " + $0) }) else { return false }
        let lead = String(l.dropLast(v.count))
        guard !["was", "were", "been", "be", "being", "is", "are"].contains(lead.lowerWords.last ?? ""),
              lead.lowerWords.count <= 20, !lead.contains(";") else { return false }
        return RelationModality.isFactual(lead)
    }

    /// `took over as chair in 2016 from`: `over`, then a post, a time phrase or both, then `from`.
    static let tookOverAdjunct = try! NSRegularExpression(pattern:
        #"\s(took|taken|taking|takes)\s+over(?:\s+as\s+[a-z' -]{2,50}?)?(?:\s+(?:in|on|during)\s+[a-z0-9 ]{1,25}?|\s+last\s+[a-z]+|\s+later(?:\s+in\s+[0-9]{4})?|\s+temporarily|\s+briefly|\s+permanently)?\s+from$"#)

    /// Whether a clause opened by `He`/`She` ends in handing the post on: `She has since handed over to`.
    static func handedOverTo(_ clause: String) -> Bool {
        let l = clause.lowercased().trimming(" ")
        guard let v = ["handed over to", "handed the job to", "handed the reins to", "passed the baton to"].first(where: { l.hasSuffix($0) }) else { return false }
        let lead = String(l.dropLast(v.count))
        return lead.lowerWords.count <= 8 && !lead.contains(",") && RelationModality.isFactual(lead)
    }

    /// Whether a clause ends in `was replaced by` / `and succeeded by` (with its own words factual: not `was
    /// not replaced by`, `would be replaced by`).
    static func replacedBy(_ clause: String) -> Bool {
        let ns = clause as NSString
        guard let m = replacedByCue.firstMatch(in: clause, range: NSRange(location: 0, length: ns.length)) else { return false }
        // the words as written: `in May` is a month, `may` a modal
        let head = ns.substring(to: m.range.location)
        let cue = ns.substring(from: m.range.location).lowercased()
        return RelationModality.isFactual(head + " " + cue) && !head.contains("?")
    }

    /// The post a succession cue names: `was replaced as chief executive by ` → `chief executive`.
    static func postInCue(_ clause: String) -> String? {
        let l = clause.lowercased()
        guard l.hasSuffix(" by "), let r = l.range(of: " as ", options: .backwards) else { return nil }
        let title = String(l[r.upperBound...].dropLast(4)).trimming(" ")
        return (1...6).contains(title.lowerWords.count) ? title : nil
    }

    /// `was replaced by`, `and succeeded by`, `was later succeeded by`, `was replaced as chair by`, `was followed by`,
    /// `has since been replaced by`, ending a clause.
    static let replacedByCue = try! NSRegularExpression(pattern:
        #"(?:^|\s)(?:was|were|has\s+been|had\s+been|and|has\s+since\s+been|had\s+since\s+been)(?:\s+(?:later|then|eventually|subsequently|since|soon|quickly|swiftly|duly|finally))?\s+(?:replaced|succeeded|followed)(?:\s+as\s+[a-z' -]{2,60}?)?\s+by\s+$"#,
        options: [.caseInsensitive])

    /// `Tom Vale was moved to health in 2021 and replaced by Ann Reed`: the subject of the clause, named at the
    /// sentence's start, is the one replaced, when the cue comes after a verb of its own (the closer forms, `Tom
    /// Vale was replaced by Ann Reed`, are read with the other successions).
    func replacedLater(_ s: Sentence) -> [Found] {
        guard !s.isQuestion, let i = s.mentions.indices.first, s.type(i) == .person,
              s.mentions[i].mention.utf8Range.lowerBound - s.range.lowerBound <= 2 else { return [] }
        guard let j = s.mentions.indices.first(where: { $0 > i && s.type($0) == .person }),
              !s.mentions.indices.contains(where: { $0 > i && $0 < j && s.type($0) == .person }) else { return [] }
        let between = s.between(i, j)
        guard between.utf8.count <= 160, between.lowerWords.count > 3, !between.contains(","), !between.contains(";"),
              RelationReader.replacedBy(between) else { return [] }
        return [Found(predicate: "successor_of", subject: s.mentions[j].index, object: s.mentions[i].index,
                      offset: s.mentions[j].mention.utf8Range.lowerBound)]
    }

    /// A post title's department named earlier in the post (`the housing secretary, Ann Reed` after the page named
    /// the `Ministry of Housing, Communities and Local Government`): a name that starts with one of the title's
    /// department names.
    func departmentNamedBefore(_ candidates: [String], _ s: Sentence, _ context: RelationContext) -> Int? {
        let prefixes = candidates.filter { $0.hasPrefix("Ministry of ") || $0.hasPrefix("Department for ") || $0.hasPrefix("Department of ") }
            .map { $0.lowercased() }
        guard !prefixes.isEmpty else { return nil }
        for m in (context.before + s.mentions).reversed() where m.mention.type == .organization {
            for name in [m.mention.text, m.mention.canonicalName] {
                let l = name.lowercased()
                if prefixes.contains(where: { l == $0 || l.hasPrefix($0 + ",") || l.hasPrefix($0 + " and ") }) { return m.index }
            }
        }
        return nil
    }
}
