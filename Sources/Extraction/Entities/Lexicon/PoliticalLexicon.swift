/// Words for the parties of British politics and the Crown bodies known by a bare name, lowercase, each with the
/// name it stands for. General public knowledge of UK government, true in any policy area.
enum PoliticalLexicon {
    /// One-word names of parties and of their members, with the party's full name: `Labour pledged ...`, `the
    /// Tories' plans`, `a Conservative government`. (Sources: the parties' registered names at the Electoral
    /// Commission.)
    static let partyWords: [String: String] = [
        "labour": "Labour Party", "conservative": "Conservative Party", "conservatives": "Conservative Party",
        "tory": "Conservative Party", "tories": "Conservative Party", "snp": "Scottish National Party",
        "ukip": "UK Independence Party",
    ]

    /// Two-word names of a party: `Liberal Democrats`, `Lib Dems`.
    static let partyPairs: [String: String] = [
        "liberal democrat": "Liberal Democrats", "liberal democrats": "Liberal Democrats",
        "lib dem": "Liberal Democrats", "lib dems": "Liberal Democrats", "plaid cymru": "Plaid Cymru",
    ]

    /// Capitalised words that may follow a party word inside the same reference (`Labour Party`, `a Tory MP`,
    /// `the Conservative Government`); any other capitalised word makes the pair a name of its own (`Labour
    /// List`, a website).
    static let partyFollowers: Set<String> = [
        "party", "government", "governments", "mp", "mps", "leader", "leadership", "minister", "ministers",
        "whip", "whips", "councillor", "councillors", "peer", "peers", "conference", "manifesto", "administration",
        "chancellor", "cabinet", "candidate", "candidates", "members", "member", "backbencher", "backbenchers",
        "mayor", "prime", "secretary", "shadow", "council", "group", "frontbench", "frontbencher",
    ]

    /// Lowercase nouns after `Labour` or `Conservative` that give the word its ordinary sense: `Labour market
    /// figures` at a sentence start, `Conservative estimates suggest ...`.
    static let ordinaryFollowers: Set<String> = [
        "market", "markets", "force", "forces", "costs", "cost", "shortage", "shortages", "supply", "ward", "wards",
        "law", "laws", "relations", "camp", "camps", "pains", "exchange", "estimate", "estimates", "treatment",
        "management", "surgery", "approach", "view", "views", "assumption", "assumptions", "figure", "figures",
        "intensive", "saving", "savings",
    ]

    /// Words that, after a party word at a sentence start or in a heading, show that the party acts.
    static let partyVerbs: Set<String> = [
        "said", "says", "has", "have", "had", "will", "would", "won", "wins", "lost", "loses", "pledged",
        "pledges", "promised", "promises", "came", "come", "is", "was", "were", "are", "introduced", "announced",
        "voted", "vote", "backed", "opposed", "plans", "planned", "wants", "wanted", "argued", "argues",
        "criticised", "claimed", "proposed", "called", "led", "abolished", "created", "set",
    ]

    /// Crown bodies known by a bare capitalised word after `the`, with their full name: `the Treasury` is HM
    /// Treasury. (Source: GOV.UK's list of ministerial departments.)
    static let crownBodies: [String: String] = ["treasury": "HM Treasury", "exchequer": "HM Treasury",
                                                "commons": "House of Commons", "lords": "House of Lords"]

    /// `the Welsh Government`, `the Scottish Parliament`: a nation's adjective and the devolved body's noun.
    static let devolvedNations: Set<String> = ["welsh", "scottish"]
    static let devolvedBodies: Set<String> = ["government", "parliament", "executive", "assembly"]

    /// Nations and states that are places, never organizations, when they stand alone.
    static let nations: Set<String> = ["england", "scotland", "wales", "britain", "ireland", "uk", "gb"]
}
