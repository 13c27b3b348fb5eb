/// Word lists behind the acronym rules of `Scanning/`, lowercase: all-capital words that are not acronyms of a
/// body, measures, and the words around an acronym that show how it is used.
enum AcronymLexicon {
    static let nonAcronyms: Set<String> = [
        "i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "ok", "tv", "pc", "am", "pm", "uk",
        "q&a", "faq", "asap", "fyi", "aka", "etc", "lol", "omg", "wtf", "imho", "imo", "btw", "ps", "nb",
        "rip", "diy", "vip", "ceo", "md", "mp", "mps", "qc", "kc", "gp", "gps",
    ]

    /// Measures and indicators written in capitals: never a body.
    static let measures: Set<String> = [
        "gdp", "gnp", "cpi", "rpi", "vat", "fte", "ftes", "wte", "kwh", "mwh", "bmi", "iq", "pdf", "html", "url",
        "covid", "hiv", "aids", "adhd", "ptsd", "sen", "send", "gcse", "gcses", "mot", "pin", "id", "dna", "it",
    ]

    /// Verbs whose subject is an actor (`the agency said`, `the agency announced`).
    static let actorVerbs: Set<String> = [
        "said", "says", "announced", "published", "told", "wants", "argued", "warned", "confirmed", "reported",
        "decided", "agreed", "refused", "admitted", "claimed", "estimated", "launched", "awarded", "introduced",
        "insisted", "responded", "declined", "wrote", "issued", "commissioned", "funded", "employs", "employed",
        "denied", "accepted", "stated", "explained", "added", "urged", "called", "promised", "pledged",
    ]

    /// Verbs any subject takes (`the score is`): a noun, not an actor.
    static let auxiliaries: Set<String> = ["is", "was", "has", "had", "have", "will", "would", "could", "should"]

    /// `a letter from the WHA`, `funded by the WHA`: prepositions before an agent or a source.
    static let agentPrepositions: Set<String> = ["at", "by", "from", "with"]

    /// Words that may follow the head of a noun phrase.
    static let afterHead: Set<String> = Set([
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "about", "that",
        "which", "who", "itself", "into", "over", "under", "after", "before", "since", "because", "if", "when",
    ]).union(actorVerbs).union(auxiliaries)

    /// Nouns an acronym modifies only when it names a body (`the RMT union`, `the HMCTS backlog`, `GMB members`):
    /// a membership, a budget, a governing board, the work waiting on it.
    static let institutionalNouns: Set<String> = [
        "union", "backlog", "backlogs", "budget", "budgets", "board", "members", "membership", "leadership",
        "ballot", "workforce", "caseworkers", "inspectors",
    ]

    /// Verbs whose object is a body one belongs to (`she joined the RCN`, `rejoining UNITE`).
    static let joiningVerbs: Set<String> = ["joined", "join", "joins", "joining", "rejoined", "rejoin", "rejoining"]
}
