import Extraction

/// The corpus decides the type of a name the documents disagree on.
///
/// Each document types its names from the cues it has; across the corpus the same name can come out as an
/// organization in one post and a person in another (`Kestrel said` against `Kestrel's board`). Before
/// resolution, the mentions of each name (by ``NameKey``) that no knowledge record types vote: a strong cue
/// (an organization suffix, an acronym definition, an honorific, a given name, an institutional context) counts
/// three, a weak one (a role phrase or speech verb next to an unknown run, a lone word's context, a list
/// neighbour) one. When one type has at least twice the votes of every other, every mention of the name takes it:
/// a name typed with a strong cue in one place keeps that type in every post.
///
/// A lone capitalised word typed as an organization from weak evidence only, whose word is the surname of exactly
/// one person the corpus names in full (`the Marlow decision` after `Jane Marlow`), becomes that person.
enum TypeVote {
    /// Cues that are weak evidence of a type.
    static let weakCues: Set<MentionCue> = [
        .rolePhrase, .speechVerb, .relativeWho, .coordination, .orgCoordination, .context, .document, .candidateNamePerson,
        .candidateNameOrganization, .definiteName, .orgIts, .acronymNoun,
    ]

    static func weight(_ cue: MentionCue) -> Int { weakCues.contains(cue) ? 1 : 3 }

    /// The documents' mentions with the types the corpus votes for, after ``corpusDefinitions(_:)``.
    static func apply(_ documentsAsRead: [[LocatedMention]]) -> [[LocatedMention]] {
        let documents = recurringAcronyms(corpusDefinitions(documentsAsRead))
        var votes: [String: [EntityType: Int]] = [:]
        var surnames: [String: Set<String>] = [:]
        for mentions in documents {
            for lm in mentions where lm.mention.knowledgeID == nil && !lm.isCandidate {
                let m = lm.mention
                votes[NameKey.of(m.canonicalName), default: [:]][m.type, default: 0] += weight(m.cue)
                if m.type == .person {
                    let words = NameKey.person(m.canonicalName).split(separator: " ")
                    if words.count >= 2, let last = words.last {
                        surnames[String(last), default: []].insert(m.canonicalName)
                    }
                }
            }
        }
        var winner: [String: EntityType] = [:]
        for (key, v) in votes where v.count > 1 {
            let sorted = v.sorted { ($0.value, $0.key.rawValue) > ($1.value, $1.key.rawValue) }
            if sorted[0].value >= 2 * sorted[1].value { winner[key] = sorted[0].key }
        }
        guard !winner.isEmpty || !surnames.isEmpty else { return documents }
        // Changed in place: a document none of whose mentions changes keeps sharing its list with the caller's
        // (the extractions' mentions are held meanwhile; a copy of every list doubled them).
        var out = documents
        for d in out.indices {
            for i in out[d].indices {
                let lm = out[d][i]
                guard lm.mention.knowledgeID == nil, !lm.isCandidate else { continue }
                let key = NameKey.of(lm.mention.canonicalName)
                if let t = winner[key], t != lm.mention.type {
                    out[d][i].mention.type = t
                    if t != .person { out[d][i].mention.role = nil }
                    continue
                }
                if lm.mention.type == .organization, weakCues.contains(lm.mention.cue), !key.contains(" "),
                   let people = surnames[key], people.count == 1, votes[key]?[.organization].map({ $0 <= 2 }) ?? true {
                    out[d][i].mention.type = .person
                    out[d][i].mention.canonicalName = people.first!
                    out[d][i].mention.cue = .surnameVote
                }
            }
        }
        return out
    }

    /// An acronym the corpus defines itself (`the criminal justice system (CJS)` in one post) means that in every
    /// post, rather than a body the knowledge base knows by the same letters (a charity called `CJS`): the
    /// corpus's own expansion is preferred. Only acronyms defined one way in the corpus are rewritten.
    static func corpusDefinitions(_ documents: [[LocatedMention]]) -> [[LocatedMention]] {
        var defined: [String: Set<String>] = [:]
        var definition: [String: (name: String, type: EntityType)] = [:]
        for mentions in documents {
            for lm in mentions where lm.mention.knowledgeID == nil && lm.mention.cue == .acronym
                && lm.mention.text != lm.mention.canonicalName {
                defined[lm.mention.text, default: []].insert(NameKey.of(lm.mention.canonicalName))
                definition[lm.mention.text] = (lm.mention.canonicalName, lm.mention.type)
            }
        }
        guard !defined.isEmpty else { return documents }
        return documents.map { mentions in
            mentions.map { lm in
                guard lm.mention.knowledgeID != nil, let keys = defined[lm.mention.text], keys.count == 1,
                      let d = definition[lm.mention.text], NameKey.of(d.name) != NameKey.of(lm.mention.canonicalName) else {
                    return lm
                }
                var out = lm
                out.mention.knowledgeID = nil
                out.mention.canonicalName = d.name
                out.mention.type = d.type
                out.mention.cue = .corpusAcronym
                return out
            }
        }
    }

    /// An acronym no cue types is an organization when the corpus shows it acting (`the WHA said`, `WHA's
    /// budget`, `a grant from the WHA`: cues found by the scanner) and using it as a noun at least twice in all
    /// (`the WHA is`), or acting once among at least three uses of it: every use of it then names the body. An
    /// acronym used once in passing, or only ever as a thing (`the score is`), stays unresolved.
    static func recurringAcronyms(_ documents: [[LocatedMention]]) -> [[LocatedMention]] {
        var actorUses: [String: Int] = [:]
        var nounUses: [String: Int] = [:]
        var uses: [String: Int] = [:]
        for mentions in documents {
            for lm in mentions where lm.mention.knowledgeID == nil && lm.mention.cue.isCandidateAcronym {
                let text = lm.mention.text
                uses[text, default: 0] += 1
                if lm.mention.cue == .candidateAcronymActor { actorUses[text, default: 0] += 1 }
                if lm.mention.cue != .candidateAcronym { nounUses[text, default: 0] += 1 }
            }
        }
        let promoted = Set(actorUses.keys.filter { nounUses[$0, default: 0] >= 2 || uses[$0, default: 0] >= 3 })
        guard !promoted.isEmpty else { return documents }
        return documents.map { mentions in
            mentions.map { lm in
                guard lm.mention.knowledgeID == nil, lm.mention.cue.isCandidateAcronym,
                      promoted.contains(lm.mention.text) else { return lm }
                var out = lm
                out.mention.type = .organization
                out.mention.cue = .acronymNoun
                return out
            }
        }
    }
}
