import HindsightSupport
/// Whether the words that state a relation state it as a fact. A negation (`did not buy`, `never ran`), a
/// modal or a plan (`could take over`, `would run`, `plans to buy`, `is expected to win`), a condition (`if the
/// council hands it to`) or a question (`Is Harbour Homes running it?`) states no fact, so no edge is read.
public enum RelationModality {
    /// Words that make what follows not (yet) a fact.
    static let blockers: Set<String> = [
        "not", "never", "no", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "isn't",
        "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "cannot", "can't", "could", "would",
        "might", "may", "should", "shall", "if", "whether", "unless", "plans", "planned", "planning", "plan",
        "hopes", "hoping", "wants", "intends", "expected", "bid", "bidding", "proposed", "proposes",
        "considering", "considers", "rumoured", "rumours", "allegedly", "reportedly", "neither", "nor",
        "nobody", "none", "fails", "failed", "refused", "denied", "denies",
    ]

    /// Whether `words` (the text stating the relation) are free of negation, modals, plans and conditions.
    public static func isFactual(_ words: String) -> Bool {
        for w in words.lowerWords {
            if w == "may" {
                // `May` with a capital is the month or a name (`In May Harbour Homes took over`); only the
                // lower-case modal blocks.
                if hasLowercaseMay(words) { return false }
                continue
            }
            if blockers.contains(w) || w.hasSuffix("n't") { return false }
        }
        return true
    }

    /// Words that deny what follows them, for readers that need a plain negation and nothing modal: `not chair`,
    /// `never a director`, `neither chair nor member`, `Ann Reed, not of Unison`.
    static let negations: Set<String> = ["not", "never", "neither", "nor"]

    /// Words that put a relation in the future: `will`, `'ll`, `is to`, `are set to`, `is due to`.
    static let futureMarkers: Set<String> = ["will", "ll"]
    static let futurePhrases = ["is to ", "are to ", "set to ", "is due to ", "are due to ", "about to ", "going to "]

    /// Whether `words` state the relation as still to come: `Harbour Water will work alongside the Canal Trust`,
    /// `the agency is to work alongside the coastguard` promise a partnership that is no fact yet. Kept apart
    /// from ``blockers``: an appointment stated in the future (`will take over as chair in May`) is still read
    /// by the readers of posts, which decide for themselves.
    public static func isFuture(_ words: String) -> Bool {
        let w = words.lowercased()
        if w.lowerWords.contains(where: { futureMarkers.contains($0) }) { return true }
        return futurePhrases.contains(where: { w.hasPrefix($0) || w.fastContains(" " + $0) })
    }

    private static func hasLowercaseMay(_ words: String) -> Bool {
        words.split(whereSeparator: { !$0.isLetter }).contains { $0 == "may" }
    }

    /// Whether a verb-stated relation holds as a fact: its words are factual and the sentence is no question.
    static func isFactual(_ words: String, question: Bool) -> Bool {
        !question && isFactual(words)
    }
}

extension RelationReader.Sentence {
    /// Whether the words after UTF-8 offset `at` are asked: the sentence ends in a question mark and no `;` or
    /// `:` closes a statement between (`Harbour runs five trusts through Eastside; could it be next to fall?`
    /// states the first clause and asks only the second).
    func asks(after at: Int) -> Bool {
        guard isQuestion else { return false }
        let rest = slice(at, range.upperBound)
        return !rest.fastContains("; ") && !rest.fastContains(": ")
    }
}
