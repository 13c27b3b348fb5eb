/// A name seen only where every word is capitalised anyway — at the start of a sentence or of a heading — needs
/// stronger evidence than one seen mid-sentence.
///
/// `Decarbonisation, which ministers promised, stalled.` types `Decarbonisation` as an organization from its
/// `, which` alone; the capital says nothing, since the word opens the sentence. Across the corpus, a name is
/// demoted to a candidate (kept only if the corpus or the knowledge base confirms it otherwise) when every one
/// of its mentions:
/// - opens a sentence or a heading,
/// - was typed by an unsupported cue only (a lone word's context, a list neighbour, `its` after it, the
///   document's own echo of such a mention: ``unsupportedCues``),
/// - has no institutional head word (`Trust`, `Council`, `Inquiry`...) and no acronym,
/// and no mention of it, typed or not, stands mid-sentence. A name that a strong cue types anywhere
/// (a suffix, a role, a speech verb, an honorific), or that is written capitalised mid-sentence once, stays.
public enum OpeningOnlyNames {
    /// Cues that say too little to type a name whose capital its position explains.
    public static let unsupportedCues: Set<MentionCue> = [
        .context, .orgIts, .coordination, .orgCoordination, .definiteName, .candidateNamePerson,
        .candidateNameOrganization, .document,
    ]

    /// Per mention of the extraction (in order): whether it starts one of the extraction's sentences (an
    /// opening quote or bracket may stand before it). Headings are sentences of their own.
    public static func openings(of x: DocumentExtraction) -> [Bool] {
        var starts: Set<PositionKey> = []
        for s in x.sentences { starts.insert(PositionKey(post: s.post, passage: s.passage, offset: s.utf8Range.lowerBound)) }
        return x.mentions.map { m in
            let lo = m.mention.utf8Range.lowerBound
            // `“Kestrel`, `(Kestrel`: one ASCII or one curly-quote character before it
            return [0, 1, 3].contains { d in lo - d >= 0 && starts.contains(PositionKey(post: m.post, passage: m.passage, offset: lo - d)) }
        }
    }

    /// The documents' mentions, with names seen only at openings on weak evidence turned into candidates.
    /// `openings` holds, per document and mention, whether the mention opens a sentence (``openings(of:)``).
    public static func demote(_ documents: [[LocatedMention]], openings: [[Bool]]) -> [[LocatedMention]] {
        var weak: Set<String> = []
        var supported: Set<String> = []
        for (d, mentions) in documents.enumerated() {
            for (i, lm) in mentions.enumerated() where lm.mention.knowledgeID == nil {
                let key = NameKey.of(lm.mention.canonicalName)
                let opening = d < openings.count && i < openings[d].count && openings[d][i]
                if opening, lm.isCandidate { continue }
                // (a lone word that a pronoun or speech makes a person has its cue: `Marlow is late, he says`)
                let personByContext = lm.mention.type == .person && lm.mention.cue == .context
                if opening, unsupportedCues.contains(lm.mention.cue), !personByContext, !hasHeadWord(lm.mention.canonicalName) {
                    weak.insert(key)
                } else {
                    supported.insert(key)
                }
            }
        }
        let demoted = weak.subtracting(supported)
        guard !demoted.isEmpty else { return documents }
        return documents.map { mentions in
            mentions.map { lm in
                guard lm.mention.knowledgeID == nil, !lm.isCandidate,
                      demoted.contains(NameKey.of(lm.mention.canonicalName)) else { return lm }
                var out = lm
                out.mention.cue = lm.mention.canonicalName.contains(" ") ? .candidateRun : .candidateName
                return out
            }
        }
    }

    /// An institutional head or suffix word, or an acronym, among the name's words.
    static func hasHeadWord(_ name: String) -> Bool {
        for w in name.split(separator: " ") {
            let word = String(w)
            let l = word.lowercased()
            if NameLexicon.orgSuffixes.contains(l) || OrganizationLexicon.institutionalSuffixes.contains(l)
                || NameLexicon.orgHeads.contains(l) || ProgrammeLexicon.strongProgrammeSuffixes.contains(l) { return true }
            if word.count >= 2, word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return true }
        }
        return false
    }

    private struct PositionKey: Hashable {
        var post: Int
        var passage: Int
        var offset: Int
    }
}
