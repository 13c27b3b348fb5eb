/// Closed word lists behind the general recognition cues. All entries are lowercase; tables are built once.
enum NameLexicon {
    /// Titles before a person's name. `Dame`, `Sir` (and `Lady`) take a first name alone; the others a surname.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness",
        "baron", "viscount", "rev", "revd", "reverend", "cllr", "councillor", "prince", "princess",
    ]
    /// Honorifics that take a first name when followed by one word (`Dame Judith`, `Sir Bob`).
    static let firstNameHonorifics: Set<String> = ["dame", "sir", "prince", "princess"]

    /// Lowercase particles inside surnames (`De Souza`, `van der Berg`).
    static let particles: Set<String> = ["le", "la", "de", "du", "di", "da", "van", "von", "der", "den", "del",
                                         "st", "mac", "al", "el", "bin", "ben", "ter", "ten"]

    /// Head nouns of job titles and roles: they make a phrase next to a name a role, and are never names.
    static let roleNouns: Set<String> = [
        "secretary", "minister", "ministers", "chancellor", "inspector", "inspectors", "director", "directors",
        "officer", "officers", "chair", "chairman", "chairwoman", "chairperson", "chief", "ceo", "cfo", "coo",
        "md", "researcher", "governor", "governors", "commissioner", "commissioners", "spokesman",
        "spokeswoman", "spokesperson", "president", "vice-president", "editor", "journalist", "reporter",
        "correspondent", "mp", "mps", "msp", "mep", "ms", "am", "peer", "leader", "head", "manager",
        "managers", "adviser", "advisor", "advisers", "professor", "lecturer", "founder", "co-founder",
        "whip", "judge", "qc", "kc", "member", "author", "presenter", "campaigner", "trustee", "deputy",
        "treasurer", "clerk", "lawyer", "barrister", "solicitor", "analyst", "economist", "consultant",
        "fellow", "blogger", "writer", "columnist", "official", "officials", "representative", "organiser",
        "organizer", "convenor", "comptroller", "auditor", "ombudsman", "registrar", "recorder", "magistrate",
        "constable", "superintendent", "boss", "owner", "chairs", "executive", "general", "attorney",
        "speaker", "premier", "mayor", "councillor", "counsellor", "assistant", "associate", "academic",
        "criminologist", "expert", "commentator", "campaigners", "worker", "practitioner", "coordinator",
        "co-ordinator", "administrator", "vice-chair", "vice-chairman", "headteacher", "teacher", "doctor",
        "nurse", "spokesmen", "staffer", "strategist", "aide", "envoy", "ambassador", "czar", "tsar",
        "regulator", "watchdog", "servant", "partner", "proprietor", "principal", "dean", "rector", "provost",
        "vicar", "bishop", "archbishop", "cardinal", "pope", "king", "queen", "emperor", "sergeant",
        "detective", "inspector", "captain", "colonel", "major", "lieutenant", "general", "admiral",
        "commander", "marshal", "baroness", "lord", "exec", "execs", "director-general", "secretary-general",
    ]

    /// Words that qualify a role (`former`, `interim`, `shadow`), allowed inside a role phrase.
    static let roleModifiers: Set<String> = [
        "the", "a", "an", "former", "then", "interim", "acting", "outgoing", "incoming", "new", "current",
        "deputy", "assistant", "senior", "junior", "shadow", "general", "chief", "executive", "national",
        "regional", "managing", "finance", "financial", "policy", "permanent", "principal", "lead", "prime",
        "home", "foreign", "justice", "prisons", "prison", "probation", "labour", "conservative", "tory",
        "liberal", "lib", "dem", "green", "independent", "backbench", "local", "veteran", "ex", "ex-",
        "co", "vice", "joint", "hm", "her", "his", "majesty's", "majesty", "of", "for", "and", "&", "to",
        "at", "in", "on", "operating", "operations", "research", "communications", "press", "political",
        "special", "parliamentary", "under-secretary", "under", "state", "first", "second", "third", "legal",
        "public", "affairs", "growth", "commercial", "strategy", "strategic", "digital", "technology",
        "education", "health", "treasury", "exchequer", "crime", "policing", "courts", "youth", "victims",
        "rehabilitation", "offender", "management", "secretary", "minister", "director", "officer",
        "inspector", "chair", "chairman", "committee", "select", "party", "union", "trade", "staff",
        "service", "services", "department", "ministry", "cabinet", "office", "board", "council",
        "non-executive", "nonexecutive", "retired", "late", "founding", "elected", "appointed", "designate",
        "sitting", "longstanding", "long-serving", "tireless", "outspoken", "respected", "prominent",
        "leading", "well-known", "renowned", "eminent", "distinguished", "serving", "defenestrated",
        "disgraced", "embattled", "beleaguered",
    ]

    /// Last words that make a capitalised run an organization (`Wexcombe County Council`).
    static let orgSuffixes: Set<String> = [
        "service", "services", "company", "companies", "committee", "council", "trust", "trusts",
        "association", "inspectorate", "office", "commission", "group", "ltd", "limited", "plc", "llp",
        "inc", "foundation", "union", "unions", "crc", "crcs", "institute", "department", "ministry", "agency",
        "authority", "board", "federation", "league", "society", "partnership", "alliance", "network",
        "forum", "centre", "center", "police", "constabulary", "party", "assembly", "parliament", "tribunal",
        "university", "college", "academy", "hospital", "bank", "corporation", "holdings", "consortium",
        "coalition", "directorate", "executive", "collective", "cooperative", "co-operative", "co", "partners",
        "associates", "solutions", "consulting", "consultancy", "industries", "charity", "federation",
        "institution", "bureau", "chambers", "secretariat", "fund", "club", "guild", "press", "media",
        "news", "times", "post", "herald", "gazette", "telegraph", "mirror", "standard", "observer",
        "journal", "magazine", "division", "court", "school", "taskforce", "ventures", "enterprises",
        // `University Hospitals of ...`, `Kenwick Rail Watch`, `Human Rights Watch`
        "hospitals", "watch", "exchange",
        // a public inquiry is a body with a chair, staff and a report (`the Harbour Tower Inquiry`)
        "inquiry",
        // a research body named by its field (`the Marine Science and Fisheries Laboratory`, `Kelby Observatory`)
        "laboratory", "laboratories", "observatory",
        // `the Harbour Review Panel`, `Border Security Command`
        "panel", "command",
        // `the Digital Markets Unit`, `the National Food Crime Unit`, `the Child Food Poverty Task Force`
        "unit", "force",
        // `the Harbour Logistics Organisation`, `the Tenant Management Organisation`, `World Weather Organization`
        "organisation", "organization",
    ]

    /// Organization suffixes that rarely end a generic phrase: after ordinary words in running text they still
    /// make a name (`the Forward Trust`, `British Quality Foundation`, `Sentencing Academy`), unlike `Service`,
    /// `Team` or `Group`.
    static let strongOrgSuffixes: Set<String> = [
        "foundation", "trust", "academy", "institute", "association", "society", "league", "federation",
        "alliance", "charity", "fellowship", "ltd", "limited", "plc", "llp", "inc", "holdings", "consortium",
        "coalition", "collective", "cooperative", "co-operative", "consultancy", "industries", "associates",
        "ventures", "enterprises", "taskforce",
    ]

    /// Organization words that can be followed by `of` / `for` and a name (`Ministry of Justice`).
    static let orgHeads: Set<String> = [
        "ministry", "department", "house", "institute", "office", "university", "college", "bank", "board",
        "chamber", "court", "inspectorate", "commission", "council", "committee", "league", "society",
        "union", "association", "federation", "trust", "foundation", "academy", "agency", "authority",
        "centre", "center", "service", "division", "church", "museum", "school", "friends", "confederation",
        "alliance", "coalition", "network", "forum", "institution", "guild", "directorate", "tribunal",
        "panel", "unit", "bureau", "chambers", "party", "assembly", "federation", "hmp", "hmyoi", "prison",
        "corporation", "order", "campaign", "fellowship", "secretariat", "mail", "times", "borough",
        "hospitals",
    ]

    /// Words that end a programme, law, policy or system name (`Offender Rehabilitation Act`).
    static let programmeSuffixes: Set<String> = [
        "act", "acts", "bill", "programme", "program", "programmes", "scheme", "schemes", "strategy",
        "framework", "model", "project", "initiative", "plan", "policy", "protocol", "arrangements",
        "system", "survey", "guide", "toolkit", "portal", "regulations", "rules", "order", "orders",
        "requirement", "requirements", "standards", "reform", "reforms", "pathway", "pilot", "pilots",
        "contract", "contracts", "prospectus", "white", "paper", "consultation", "report",
        "reports", "review", "offence", "offences", "assessment", "assessments", "tool", "award", "awards",
        "qualification", "sentence", "sentences", "licence", "premises", "allowance", "approach",
        "agreement", "deal", "budget", "grant", "network", "campaign", "charter", "code", "register",
        "database", "index", "day", "week", "month", "year", "test", "checks", "check", "process",
        "procedure", "procedures", "guidance", "instruction", "instructions", "manual", "handbook",
    ]

    /// Lowercase words right after a capitalised run that say it is an organization.
    static let orgNounsAfter: Set<String> = [
        "organisation", "organization", "company", "firm", "charity", "campaign", "thinktank", "think-tank",
        "website", "newspaper", "consortium", "contractor", "outsourcer", "corporation", "conglomerate",
        "multinational", "plc", "inspectorate", "watchdog", "regulator", "magazine", "broadcaster",
        "subsidiary", "supplier", "agency", "group", "owner", "boss", "bosses", "shareholders",
    ]

    /// Verbs of speaking that make a preceding capitalised two- or three-word run a person.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns", "wrote",
        "writes", "explained", "explains", "admitted", "admits", "claimed", "claims", "insisted", "insists",
        "replied", "replies", "commented", "comments", "acknowledged", "acknowledges", "concluded",
        "suggested", "suggests", "stated", "states", "believes", "believed", "thinks", "thought", "asked",
        "asks", "noted", "notes", "observed", "remarked", "responded", "laughs", "laughed", "agreed",
        "agrees", "conceded", "concedes", "pointed", "announced", "announces", "tweeted", "blogged",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec",
    ]
    static let days: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow", "yesterday", "tonight",
        "christmas", "xmas", "easter", "whitsun", "halloween", "new", "year",
    ]

    /// Connectors allowed inside a capitalised name (`House of Commons`, `Canal & River Trust`).
    static let connectors: Set<String> = ["of", "for", "and", "&", "the", "on", "upon", "in", "de", "du", "le",
                                          "la", "van", "von", "der", "den", "da", "di", "del"]

    /// Blog furniture and commenter labels that are never names.
    static let boilerplate: Set<String> = [
        "replydelete", "reply", "delete", "replies", "anonymous", "anon", "unknown", "newer", "older", "post",
        "posts", "home", "subscribe", "comments", "comment", "atom", "share", "email", "blogthis", "labels",
        "label", "posted", "http", "https", "www", "pm", "am", "edit", "report", "abuse", "like", "unlike",
        "loading", "show", "hide", "view", "more", "read", "quote", "quoted",
    ]
}
