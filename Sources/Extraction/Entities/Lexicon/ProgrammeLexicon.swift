/// Word lists for programmes, schemes and laws, lowercase.
enum ProgrammeLexicon {
    /// Last words of schemes and benefits, which are programmes, not bodies: `Enhanced Voluntary Redundancy`,
    /// `Universal Credit`, `Personal Independence Payment`, `Housing Benefit`.
    static let schemeHeads: Set<String> = [
        "redundancy", "credit", "payment", "payments", "benefit", "benefits", "allowance", "levy", "premium",
        "relief", "pension", "guarantee", "voucher", "vouchers", "tariff", "cap",
    ]

    /// Last words of venues, which are places: `the Riverside Conference Centre`, `Wembley Arena`.
    static let venueHeads: Set<String> = ["arena", "stadium", "theatre", "theater", "pavilion", "hall"]
    /// Words before `Centre` that make it a venue (`Conference Centre`, `Exhibition Centre`).
    static let venueCentres: Set<String> = ["conference", "exhibition", "convention", "events", "leisure", "arts"]

    /// Last words of treaties, which are agreements between states, not bodies: `the Refugee Convention`, `the
    /// Maastricht Treaty`, `the Paris Accord`. Typed as programmes, like laws.
    static let treatyHeads: Set<String> = ["convention", "conventions", "treaty", "treaties", "accord", "accords"]

    static let strongProgrammeSuffixes: Set<String> = [
        "act", "bill", "programme", "program", "scheme", "strategy", "framework", "initiative", "protocol",
        "arrangements", "regulations", "system", "model", "project", "fund", "review", "plan",
        "white", "policy", "pathway", "playbook",
    ]

    /// Last words of laws and statutory instruments: `the Water Act 2014`, `the Renters Bill`, `the Building
    /// Regulations`, `the Parking Order`.
    static let lawHeads: Set<String> = ["act", "bill", "regulations", "order"]
    /// Last words of things no one chairs or runs: a law (``lawHeads``), and a report, a scheme, a plan or a white
    /// paper (`the Rivers Report`, `the Clean Air Strategy`, `the 2019 White Paper`).
    static let unledHeads: Set<String> = lawHeads.union(["report", "scheme", "programme", "program", "strategy", "plan", "white", "paper"])
    /// Words that make a year before them part of a title: a law (``lawHeads``), and rules, plans and reviews
    /// (`the 2014 Act`, `the 2030 Vision`, `the 2019 Review`).
    static let yearTitleHeads: Set<String> = lawHeads.union(["rules", "strategy", "plan", "review", "vision", "agenda", "programme", "report"])
}
