/// Word lists behind the organization cues of `Scanning/`, all lowercase. General English and institutional
/// vocabulary only: no names of particular bodies.
public enum OrganizationLexicon {
    /// Heads whose name can list a remit with commas (`Department for Culture, Media and Sport`).
    /// (`Centre for Environment, Fisheries and Aquaculture Science`, `Council for Museums, Archives and Libraries`:
    /// a centre or council named by the fields it covers)
    static let remitHeads: Set<String> = ["department", "ministry", "committee", "office", "centre", "center", "council",
                                          "institute", "commission", "agency", "authority"]

    /// Words of policy remits, the items such a list is made of (departments of the UK and other governments).
    static let remitTopics: Set<String> = [
        "business", "innovation", "skills", "energy", "industrial", "strategy", "housing", "communities", "local",
        "government", "levelling", "up", "culture", "media", "sport", "digital", "science", "technology",
        "environment", "food", "rural", "affairs", "children", "schools", "families", "education", "employment",
        "work", "pensions", "health", "social", "care", "transport", "trade", "industry", "enterprise",
        "regulatory", "reform", "justice", "security", "home", "foreign", "commonwealth", "development",
        "agriculture", "fisheries", "farming", "climate", "change", "net", "zero", "infrastructure", "planning",
        "regions", "regional", "public", "services", "finance", "economy", "economic", "labour", "welfare",
        "equalities", "women", "youth", "arts", "heritage", "tourism", "universities", "research",
        "constitutional", "defence", "veterans", "immigration", "citizenship", "policing", "crime", "fire",
        "resilience", "water", "land", "natural", "resources", "marine", "consumer", "competition", "markets",
        "communications", "information", "training", "learning",
        // fields a centre, council or institute covers (`Centre for Environment, Fisheries and Aquaculture Science`)
        "aquaculture", "science", "sciences", "museums", "archives", "libraries", "galleries", "humanities",
        "conservation", "wildlife", "countryside", "medicine", "engineering", "statistics", "standards",
        // utilities and networks an office regulates (`Director General of Gas Supply`)
        "gas", "electricity", "telecommunications", "telecoms", "postal", "supply", "procurement",
    ]

    /// Suffixes of public and institutional bodies that make a capitalised phrase after `the` a name even when
    /// its words are ordinary ones: `the National Audit Office`, `the Work and Pensions Committee`, `the
    /// Building Safety Regulator`. (`the Forward Team` is not: `Team` is not among them.)
    static let institutionalSuffixes: Set<String> = [
        "office", "service", "committee", "council", "board", "commission", "agency", "authority",
        "executive", "inspectorate", "tribunal", "company", "companies", "court", "ministry", "department", "directorate", "regulator",
        "ombudsman", "police", "constabulary", "parliament", "assembly", "party", "university", "college",
        "trust", "union", "association", "institute", "foundation", "society", "federation", "alliance",
        "partnership", "corporation", "bureau", "secretariat", "taskforce", "inquiry",
        "confederation", "fund", "network", "academy", "school", "group", "panel", "unit", "force",
        "laboratory", "laboratories", "observatory",
    ]

    /// Prepositions of place right before a name that make it a place, not the subject of an owning or failing
    /// verb (`the pit near Hirwaun was bought by`): unlike ``placePrepositions`` it holds `at`, `outside` and
    /// `beside` and leaves out `into`, `over` and `beyond`.
    static let placePrepositionsBeforeName: Set<String> = ["near", "outside", "in", "at", "around", "across", "within", "throughout", "beside"]

    /// Prepositions of place before `the X` that make `X` as likely a region as a body (`in the Fens`).
    static let placePrepositions: Set<String> = ["in", "across", "throughout", "around", "near", "into", "within",
                                                 "over", "beyond"]

    /// Contracts that companies win, hold and lose (`won the contract`, `runs the franchise`).
    static let contractNouns: Set<String> = ["contract", "contracts", "franchise", "franchises", "tender", "tenders"]
    /// Verbs whose subject holds a contract (`X won the contract`, `X still runs the franchise`).
    static let contractVerbs: Set<String> = [
        "won", "wins", "lost", "loses", "took", "takes", "holds", "held", "secured", "secures", "runs", "ran",
        "running", "operates", "operated", "delivers", "delivered", "bid", "bids", "signed", "retained", "kept",
        "handed", "gave", "renewed", "extended", "terminated", "ended",
    ]
    /// Adverbs and auxiliaries that may stand between the subject and a contract verb (`X has since won ...`).
    static let contractAdverbs: Set<String> = ["still", "also", "then", "now", "later", "has", "had", "have", "since",
                                               "previously", "once", "already", "recently", "eventually", "just",
                                               // `Marlin itself went into administration`
                                               "itself"]
    /// Verbs after which `to` introduces a contractor (`awarded to X`, `outsourced to X`).
    static let awardVerbs: Set<String> = ["awarded", "outsourced", "contracted", "subcontracted", "transferred", "let"]
    /// Verbs after which `to` introduces the party a business, a service or a contract passes to (`sold to X`,
    /// `passed to X`, `handed to the X Group`); unlike ``awardVerbs`` they also take `the` before a name of two
    /// words or more.
    static let handoverVerbs: Set<String> = ["sold", "passed", "handed", "transferred", "awarded", "outsourced"]
    /// Verbs of buying a business, after which `from` introduces the seller (`bought Tarn Water from Kestrel`).
    static let acquisitionVerbs: Set<String> = ["bought", "buys", "buy", "buying", "acquired", "acquires", "acquire",
                                                "purchased", "purchases"]
    /// Nouns of one company taking another, whose object after `of` is a company (`its takeover of X`).
    static let takeoverNouns: Set<String> = ["takeover", "takeovers", "buyout", "buyouts", "buy-out"]
    /// Verbs that, after `the X`, only a publication or broadcaster takes (`the Courier reported`).
    /// Last words of newspaper titles (`the Sunday Times`, `the Evening Standard`, `the Courier Mail`): a head word
    /// of a kind of publication, not a list of papers. ``distinctiveNewspaperHeads`` are rarely anything else when
    /// capitalised after `the`; `Standard`, `Post` and `Independent` alone also name rules, offices and candidates.
    static let newspaperHeads: Set<String> = [
        "times", "guardian", "telegraph", "mail", "mirror", "post", "herald", "independent", "observer",
        "standard", "express", "sun",
    ]
    static let distinctiveNewspaperHeads: Set<String> = [
        "times", "guardian", "telegraph", "mail", "mirror", "herald", "observer", "express", "sun",
    ]

    /// Words before `the` that introduce a publication read or written to (`in the Herald`, `told the Mirror`,
    /// `readers of the Sun`).
    static let newspaperLeadIns: Set<String> = ["in", "told", "telling", "tells", "readers", "editor", "editors"]

    /// Verbs and nouns after a newspaper title that show it speaking as a paper (`the Herald said in an
    /// editorial`, `the Sun's leader`).
    static let newspaperVoice: Set<String> = ["said", "says", "argued", "claimed", "warned", "wrote", "editorial",
                                              "leader", "splash", "front"]

    static let reportingVerbs: Set<String> = ["reported", "revealed", "disclosed", "splashed", "broadcast", "aired",
                                              "reports", "reveals", "discloses", "exposed", "exposes"]

    /// Common nouns for kinds of body, often capitalised in running text (`the Trade Union`, `the Local
    /// Authority`): not names, even after `the`.
    /// Plurals of organization suffixes that name a kind of body a reform set up or abolished when capitalised
    /// after `the` and a count (`the 35 Probation Trusts`, `the old Primary Care Trusts`, `the 21 Rehabilitation
    /// Companies`), with their singular.
    static let classPlurals: [String: String] = ["trusts": "trust", "companies": "company"]

    /// Plurals of the last word of a public body's name, with their singular: capitalised, they name a kind of body
    /// set up in many places (`the 72 Training and Enterprise Councils`, `ten Inshore Fisheries and Conservation
    /// Authorities`, `the old Sea Fisheries Committees`), or the bodies a remit covers (`Inspectorate of Constabulary
    /// and Fire & Rescue Services`).
    static let kindPlurals: [String: String] = [
        "councils": "council", "committees": "committee", "authorities": "authority", "boards": "board",
        "agencies": "agency", "commissions": "commission", "panels": "panel", "partnerships": "partnership",
        "inspectorates": "inspectorate", "tribunals": "tribunal", "services": "service", "trusts": "trust",
        "companies": "company", "associations": "association", "forums": "forum", "networks": "network",
    ]

    /// Adjectives of time or scope between a determiner and a kind of body named in the plural (`the old local
    /// Sea Fisheries Committees`, `the regional Development Agencies`).
    static let pluralKindAdjectives: Set<String> = [
        "old", "local", "new", "former", "regional", "existing", "remaining", "original", "area", "county", "separate",
    ]

    /// Words right before a name that say a name follows (`under the name Resource: The Council for ...`).
    static let namingWords: Set<String> = ["name", "named", "called", "title", "titled", "renamed", "rebranded", "styled"]

    static let genericBodies: Set<String> = [
        "trade union", "local authority", "local council", "housing association", "youth offending service",
        "youth offending team", "select committee", "county council", "district council", "parish council",
        "town council", "city council", "borough council", "unitary authority", "health authority", "health board",
        "police force", "police service", "fire service", "ambulance service", "crown court", "magistrates court",
        "county court", "family court", "local office", "head office", "regional office", "area office",
        "local police", "national union", "academy trust", "multi-academy trust", "foundation trust",
        "nhs trust", "hospital trust", "care trust", "charitable trust", "parent company", "holding company",
        "private company", "shell company", "management board", "executive board", "governing body",
        "advisory board", "advisory committee", "steering group", "working group", "focus group",
        "pressure group", "trade association", "student union", "students union", "local party", "main party",
        "opposition party", "governing party", "ruling party", "public service", "secondary school",
        "primary school", "free school", "grammar school", "private school", "state school", "special school",
        "sixth form college", "further education college",
        // hospital wards, not bodies
        "intensive care unit", "high dependency unit", "special care baby unit", "mother and baby unit",
        "accident and emergency unit", "secure unit", "psychiatric unit", "maternity unit",
        "task force", "work force", "armed force", "labour force", "driving force",
    ]

    /// Heads that name a body although they are also role nouns: `the Building Safety Regulator`, `the
    /// Regulator of Social Housing`, `the Health and Safety Executive`, `the Local Government Ombudsman`.
    static let roleLikeHeads: Set<String> = ["regulator", "executive", "ombudsman", "registrar"]

    /// Sector words that end company names after a word that is not ordinary (`Chiltern Railways`,
    /// `Thames Water`, `Clarion Housing`, `Castlebeck Healthcare`), never after ordinary words alone.
    static let sectorSuffixes: Set<String> = [
        "rail", "railway", "railways", "trains", "buses", "airways", "airlines", "water", "energy", "power",
        "healthcare", "housing", "homes", "capital", "investments", "properties", "pharma",
        "pharmaceuticals", "telecom", "telecoms", "logistics", "facades", "construction", "engineering",
        "express", "connect", "technologies", "labs",
        // `Harbury Foods`, `Tarn Stores`, `Vale Meats`, `Kestrel Motors`
        "foods", "stores", "meats", "motors",
    ]

    /// Words after a known company's name that make a division of it (`Kestrel Justice`, `Marlin Care`), besides
    /// the trade words of ``sectorSuffixes``.
    static let divisionWords: Set<String> = ["justice", "care", "health", "defence", "education", "learning"]

    /// Words that may follow a company's short name in its full name: its trade or sector, a group word, and
    /// (with one of those) a legal suffix. `Tarn` is `Tarn Water` or `Tarn Energy Ltd`; `Tarn plc` alone may be
    /// a parent company of its own, and `Tarn Geografix Ltd` is another company. Read by the corpus's short names
    /// (`NearDuplicates`) and by a document's (`DocumentNameResolver`).
    public static let shortFormTails: Set<String> = [
        "water", "energy", "power", "gas", "electricity", "rail", "railway", "railways", "trains", "buses", "airways",
        "airlines", "healthcare", "housing", "homes", "group", "holdings", "capital", "investments", "properties",
        "telecom", "telecoms", "logistics", "construction", "engineering", "technologies", "mobile", "foods",
        "insurance", "pharma", "pharmaceuticals", "utilities", "services",
    ]
    public static let legalSuffixes: Set<String> = ["ltd", "limited", "plc", "llp", "inc", "co"]

    /// The nations whose name ends a national body's (`Public Health England`).
    public static let nations: Set<String> = ["england", "scotland", "wales"]

    /// A nation's or union's initials, written in capitals, that can open a body's name before a pair of words
    /// (`UK Harbours and Waterways`, `US Trade and Customs`).
    static let nationalInitials: Set<String> = ["uk", "us", "eu", "gb"]
    /// Fields that national bodies are named after, which may open a sentence (`Sport England said ...`).
    static let fieldWords: Set<String> = ["public", "sport", "homes", "historic", "natural", "arts", "health",
                                          "skills", "transport", "housing", "education", "careers", "visit"]

    /// Compass and size words that open a place-qualified name (`West London Free School`, `Greater
    /// Manchester Police`): kept at the front of the name although they are ordinary words.
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
        "mid", "upper", "lower", "inner", "outer", "royal", "new",
    ]

    /// Plural role nouns that end the name of a members' body (`Royal College of General Practitioners`,
    /// `Association of Chief Police Officers`, `National Association of Head Teachers`).
    static let memberPlurals: Set<String> = [
        "practitioners", "officers", "directors", "teachers", "lecturers", "governors", "nurses", "doctors",
        "surgeons", "physicians", "psychiatrists", "midwives", "engineers", "accountants", "managers",
        "headteachers", "commissioners", "councillors", "inspectors", "workers", "employers", "landlords",
        "tenants", "solicitors", "barristers", "magistrates", "judges", "architects", "surveyors",
        "leaders", "pharmacists", "dentists", "trustees", "chiefs",
    ]

    /// Function words and sentence adverbs that open a sentence but never a name (`At Riverside Learning Trust,
    /// staff ...`, `Under Marlow Housing Group ...`).
    static let sentenceOpeners: Set<String> = [
        "at", "in", "on", "for", "from", "with", "by", "to", "after", "before", "under", "since", "during", "when",
        "while", "whilst", "as", "if", "but", "and", "or", "so", "then", "now", "today", "yesterday", "last",
        "next", "once", "until", "unlike", "like", "without", "within", "despite", "although", "though", "because",
        "meanwhile", "later", "earlier", "also", "even", "only", "both", "neither", "either", "this", "that",
        "these", "those", "its", "their", "my", "his", "her", "why", "how", "what", "where", "who", "which",
        "through", "across", "against", "among", "between", "into", "over", "about", "around", "of", "via", "per", "unless", "whether", "yet", "still", "here",
        "there", "instead", "indeed", "perhaps", "maybe", "sadly", "thankfully", "luckily", "ironically",
    ]

    /// Words for a kind of body or a company's legal form that name nothing when they stand alone (`Ltd, part of
    /// Tarn`, `the Centre, a charity`): only in a longer name. (`Parliament` and `Police` alone do name bodies.)
    static let bareKindWords: Set<String> = [
        "ltd", "limited", "plc", "llp", "inc", "co", "centre", "center", "network", "trust", "group", "company",
        "companies", "council", "committee", "service", "services", "association", "foundation", "society",
        "agency", "authority", "board", "office", "department", "ministry", "commission", "union", "institute",
        "partnership", "alliance", "federation", "charity", "holdings", "consortium", "division", "unit",
        "organisation", "organization",
    ]

    /// Imperatives that open the name of a campaign (`Save Our Wards`, `Stop the Bypass`, `Hands Off Our Parks`).
    static let campaignVerbs: Set<String> = [
        "stop", "save", "keep", "cure", "defend", "protect", "fight", "scrap", "reclaim", "hands", "free", "end",
        "ban", "halt", "rescue", "restore", "reverse", "unlock", "fund", "axe", "ditch", "justice",
    ]

    /// Verbs after `, which` that say what a body does (`Pearson, which awards the diplomas`).
    static let institutionalActs: Set<String> = [
        "awards", "awarded", "employs", "employed", "runs", "ran", "run", "operates", "operated", "owns", "owned",
        "manages", "managed", "supplies", "supplied", "provides", "provided", "represents", "represented",
        "advised", "advises", "lobbies", "lobbied", "bought", "buys", "acquired", "sells", "sold", "builds",
        "built", "delivers", "funds", "funded", "insures", "lends", "lent", "publishes", "campaigns",
        "campaigned", "trades", "traded",
    ]

    /// Verbs whose object, a single name ending there, is a body run, headed or joined (`who had run
    /// Tarnrail`, `she joined Marlin`, `he chairs Kestrel`).
    static let runningVerbs: Set<String> = [
        "run", "ran", "runs", "running", "heads", "headed", "heading", "chairs", "chaired", "chairing", "founded",
        "co-founded", "cofounded", "joined", "joins", "joining", "rejoined", "rejoining",
    ]

    /// Products and services bought from a company (`a new payroll system from Kestrel`, `tags from Marlin`).
    static let productNouns: Set<String> = [
        "system", "systems", "software", "tags", "devices", "device", "equipment", "products", "product", "kit",
        "platform", "technology", "hardware", "cladding", "panels", "insulation", "trains", "buses", "vehicles",
        "loans", "loan", "mortgages", "mortgage", "policies",
    ]

    /// Pieces of work that a body is named the author of (`an audit by KWC`).
    static let piecesOfWork: Set<String> = [
        "audit", "report", "review", "study", "analysis", "investigation", "survey", "research", "assessment",
        "evaluation", "inspection", "probe", "poll", "estimate", "estimates", "forecast", "modelling", "briefing",
    ]

    /// Two-word posts that only a body has, after its possessive (`Tarnwell's general secretary`).
    static let postsOfBodies: Set<String> = [
        "general secretary", "national officer", "chief inspector", "director general", "deputy director",
        "executive committee", "national executive", "executive director", "finance director",
        "managing director", "chief operating", "chief financial", "board members", "annual report",
        "annual conference", "press office", "national secretary", "assistant general", "deputy general",
    ]

    /// Plural nouns of the people a body serves or gathers, which stand in its name before a possessive
    /// (`Women's Aid`, `the Carers' Network`, `a Tenants' Association`).
    static let peopleServed: Set<String> = [
        "women", "men", "children", "people", "carers", "workers", "patients", "parents", "families", "veterans",
        "citizens", "tenants", "residents", "teachers", "nurses", "officers", "victims", "survivors", "prisoners",
        "students", "girls", "boys", "mothers", "fathers", "pensioners", "doctors", "lawyers", "farmers", "miners",
        "travellers", "writers", "artists", "users", "consumers", "employers", "governors", "friends", "elders",
        "youth", "claimants", "migrants", "refugees", "passengers", "shareholders", "taxpayers", "homeowners",
        "leaseholders", "landlords", "dads", "mums", "chiefs", "superintendents", "headteachers", "directors",
    ]

    /// Nouns after a possessive that belong to an organization, not a person: `Arriva's subsidiary`,
    /// `Kestrel's board`, `the council's chief executive`.
    static let possessedByOrganizations: Set<String> = [
        "board", "boards", "subsidiary", "subsidiaries", "shareholders", "shareholder", "headquarters", "hq",
        "profits", "profit", "revenue", "turnover", "shares", "franchise", "franchises", "directors", "trustees",
        "spokesman", "spokeswoman", "spokesperson", "takeover", "merger", "licence", "accounts", "executives",
        "members", "membership", "leadership", "chairman", "chairwoman", "president", "workforce", "ballot",
        "branches",
    ]

    /// Plural nouns of kinds of organization that stand right before a name: `the insulation manufacturers
    /// Celotex`, `the outsourcing firms Capita and Serco`, `the housing associations Clarion and Peabody`.
    static let kindsBeforeName: Set<String> = [
        "manufacturers", "firms", "companies", "operators", "providers", "contractors", "subcontractors",
        "charities", "associations", "groups", "outsourcers", "suppliers", "developers", "builders",
        "landlords", "insurers", "banks", "lenders", "consultancies", "unions", "regulators", "investors",
        "funds", "owners", "multinationals", "architects", "auditors", "consultants", "administrators",
        "caterers", "retailers", "supermarkets", "housebuilders", "hauliers", "airlines", "broadcasters",
        "publishers", "chains", "accountants", "bankers", "brokers", "utilities",
    ]

    /// Singular kinds of organization after `its` / `the` right before a name: `its subcontractor Harley
    /// Facades`, `the developer Kelby Build`, `the operator Abellio`.
    static let kindBeforeName: Set<String> = [
        "subcontractor", "contractor", "developer", "builder", "manufacturer", "operator", "provider",
        "supplier", "landlord", "insurer", "lender", "consultancy", "outsourcer", "owner", "parent",
        "subsidiary", "bidder", "investor", "fund", "broadcaster", "programme", "publisher", "retailer",
        "bank", "accountancy", "broker", "airline", "carrier", "utility", "caterer", "housebuilder",
        // `the land promoter X`, `its development arm, X`
        "promoter", "arm",
    ]

    /// Kinds of organization before a name (``kindBeforeName``, ``organizationHeads``) that a person can also be:
    /// after `a`, `her` or `our` the name that follows is as often a person's (`her landlord, Okafor,`).
    static let personCapableKinds: Set<String> = [
        "owner", "investor", "landlord", "developer", "builder", "parent", "promoter", "broker", "bidder",
        "contractor", "subcontractor",
    ]

    /// Verbs after which `by` introduces who owns or operates something (`owned by Marlin Holdings`, `formed by
    /// two landlords`): an organization unless the name is a person's. (`run by`, `founded by`, `backed by` are
    /// as often people.)
    static let agentVerbs: Set<String> = [
        "owned", "operated", "formed", "acquired", "bought", "controlled", "fitted", "supplied", "financed",
        // what an accrediting, regulating or contracted body does to another (`certified by X`, `administered by X`)
        "administered", "certified", "accredited", "regulated", "audited", "inspected", "outsourced", "subcontracted",
        // what a shop or a maker does with goods (`burgers sold by Tarnco`, `parts manufactured by Marlin`)
        "sold", "manufactured", "stocked",
    ]

    /// Participles that, with `by`, say the name before them is owned or run (`Kestrel is owned by ...`).
    static let ownedVerbs: Set<String> = ["owned", "operated", "run", "acquired", "bought", "controlled", "absorbed",
                                          "nationalised", "privatised", "floated", "delisted", "founded",
                                          "established", "led", "headed", "funded"]

    /// Verbs whose subject is a company when their object follows (`Marlin bought the firm`, `Kestrel owns ...`).
    static let corporateVerbs: Set<String> = ["bought", "buys", "acquired", "acquires", "owns", "owned", "sold", "sells",
                                              "divested", "floated", "merged", "broadcast", "broadcasts", "aired",
                                              "airs"]

    /// Verbs of running a service whose subject is a company when what it runs is counted or named (`Kestrel
    /// runs six prisons`, `Marlin ran Harbour House for the council`); `ran the department` is a person's too.
    static let operatingVerbs: Set<String> = ["runs", "ran", "operates", "operated", "manages", "managed"]

    /// Nouns for the staff of a body, after its name and `former` (`a former Tarnco boss`, `a Velmar employee`).
    static let employeeNouns: Set<String> = [
        "boss", "bosses", "banker", "bankers", "executive", "executives", "employee", "employees", "official",
        "officials",
    ]

    /// Parts of a company after `whose` (`Kestrel, whose French arm ...`).
    static let corporateParts: Set<String> = ["arm", "arms", "parent", "owners", "owner", "investors", "business",
                                              "businesses", "division", "brand", "brands", "stake"]

    /// People who work for a body, before `from` / `at` and its name (`administrators from Kestrel Advisory`).
    static let staffNouns: Set<String> = ["administrators", "auditors", "consultants", "accountants", "analysts",
                                          "economists", "executives", "bosses", "engineers", "employees",
                                          "insolvency"]

    /// Labels of a source line before a colon (`Source: Courier`).
    static let citationLabels: Set<String> = ["source", "sources", "credit", "credits", "photo", "photograph",
                                              "picture", "image", "via", "courtesy"]

    /// Verbs and nouns after a broadcaster's programme (`BBC Panorama revealed`, `the Panorama documentary`).
    static let broadcastWords: Set<String> = ["reported", "revealed", "exposed", "showed", "broadcast", "aired",
                                              "filmed", "uncovered", "found", "investigated", "programme",
                                              "documentary", "investigation", "film", "reports", "reveals"]

    /// Words before `on` and a broadcaster or programme (`went out on ITV`, `shown on Newsnight`).
    static let broadcastLeadIns: Set<String> = ["out", "shown", "broadcast", "aired", "screened", "appeared",
                                                "appearing", "interviewed", "airs", "shows"]

    /// Verbs of merging and succession before a name: `merged into L&Q`, `took over from Northern Rail`.
    static let mergeWords: Set<String> = ["merged", "absorbed", "acquired", "bought", "renamed", "rebranded"]

    /// Adjectives of an institution's standing that are also role words (`a national officer`, `an official`):
    /// before another capitalised word of a body's name they open the name (`Welsh National Ballet`,
    /// `the Official Liquidator`), not a role.
    static let standingAdjectives: Set<String> = ["national", "official"]

    /// Words of nationality and origin (and their plurals): adjectives and peoples, never names of
    /// organizations or people on their own (`the American firm`, `the Kuwaitis`, `Spanish group`).
    static let demonyms: Set<String> = [
        "american", "americans", "british", "brits", "english", "scottish", "scots", "welsh", "irish", "northern",
        "french", "german", "germans", "spanish", "italian", "italians", "dutch", "belgian", "swiss", "swedish",
        "norwegian", "danish", "finnish", "polish", "russian", "russians", "chinese", "japanese", "indian",
        "indians", "pakistani", "canadian", "canadians", "australian", "australians", "european", "europeans",
        "african", "africans", "asian", "asians", "kuwaiti", "kuwaitis", "qatari", "qataris", "saudi", "saudis",
        "emirati", "emiratis", "israeli", "turkish", "greek", "portuguese", "brazilian", "mexican", "korean",
        "nigerian", "ukrainian", "ukrainians", "austrian", "hungarian", "czech", "romanian", "bulgarian",
        "albanian", "singaporean", "malaysian", "chilean", "argentinian", "continental", "anglo", "westerners",
    ]

    /// `Ofsted`, `Ofgem`, `Ofwat`, `Ofcom`, `Ofqual`: one word of five to eight letters, `Of` (for `Office of`)
    /// and a clipping of what the body regulates, no other capital, as the UK names its regulators. Ordinary words
    /// so spelt (`Often`, `Offer`, `Office`, `Offset`) are not.
    static func isOfRegulatorName(_ name: String) -> Bool {
        let l = name.lowercased()
        guard name.hasPrefix("Of"), l.count >= 5, l.count <= 8, l.allSatisfy(\.isLetter),
              name.dropFirst().allSatisfy(\.isLowercase) else { return false }
        let third = l.dropFirst(2).first
        return third != "f" && third != "t" && !CommonWords.all.contains(l)
    }

    /// Heads of a body named after the post it serves, with `of the` and the post's title (`Office of the Public
    /// Guardian`, `Office of the Children's Commissioner`, the Whitehall `Office of the Deputy Prime Minister`).
    static let officeHeads: Set<String> = ["office"]

    /// Heads of UK transport authorities named `<head> for <place>` (Transport for London, Transport for Greater
    /// Manchester, Transport for Wales, Transport for the North, Transport for West Midlands: the statutory and
    /// sub-national transport bodies listed on gov.uk and in the Local Transport Act 2008 regime).
    static let forPlaceHeads: Set<String> = ["transport"]

    /// Organization heads that take a topic after `on` (`Commission on ...`).
    static let topicalHeads: Set<String> = ["commission", "committee", "council", "panel", "taskforce", "forum",
                                            "conference", "centre", "institute"]

    /// Words before a capitalised phrase that make it generic (`a Trust`, `our Housing Association`).
    static let genericDeterminers: Set<String> = [
        "a", "an", "our", "my", "your", "their", "his", "her", "its", "each", "every", "any", "some", "no",
        "this", "that", "these", "those", "another", "which", "whose", "local", "other", "new", "one",
    ]

    static let orgPronouns: Set<String> = ["it", "its", "itself"]

    static let orgPremodified: Set<String> = [
        "staff", "employees", "managers", "management", "bosses", "offices", "contract", "contracts", "areas",
        "headquarters", "hq", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "shareholders", "workers",
        "executives", "premises", "sites", "branch", "branches", "booths", "boss", "chairman", "owner",
        "investors", "members", "membership", "activists", "reps", "negotiators", "colleagues",
        // `the HWA chief executive`, `the HWA board`
        "chief", "board", "directors",
    ]

    /// Words that end an office's title after `of the` (`Chancellor of the Exchequer`, `Master of the Rolls`):
    /// the office is a role, and the word names no body of its own there.
    static let officeTitleEnds: Set<String> = ["exchequer", "rolls", "household", "duchy", "privy"]

    /// Last words of events, which are not bodies (`the Harbour Paralympic Games`, `the Vale Championships`).
    static let eventHeads: Set<String> = ["games", "olympics", "paralympics", "championships", "championship",
                                          "festival", "tournament", "expo", "jubilee"]

    /// Military ranks, which are also words of company names (`General Electric`, `Admiral Insurance`).
    static let rankWords: Set<String> = ["general", "major", "captain", "admiral", "colonel", "commander", "marshal",
                                         "lieutenant", "sergeant", "brigadier", "commodore", "corporal"]

    /// Words of a trade or an industry that follow a rank inside a company's name (`Westbay General Insurance`,
    /// `General Dynamics`), besides the trade words of ``sectorSuffixes`` and ``shortFormTails``. None is a
    /// surname, so a rank before one of them titles no person.
    static let tradeWordsAfterRank: Set<String> = sectorSuffixes.union(shortFormTails).union([
        "nuclear", "atomic", "atomics", "insurance", "insurers", "assurance", "accident", "trading", "traders",
        "electric", "electrical", "electronics", "dynamics", "motors", "mills", "foods", "aviation", "aerospace",
        "chemical", "chemicals", "steel", "oil", "petroleum", "mining", "shipping", "finance", "financial",
        "holdings", "industries", "industrial", "equipment", "cable", "hospital", "medical", "dental", "tools",
        "instruments", "transport", "freight", "haulage", "printing", "manufacturing", "textiles", "supplies",
    ])

    /// Titles whose `of the ...` names no organization (`Admiral of the Fleet`, `Master of the Rolls`).
    static let ceremonialTitles: Set<String> = ["admiral", "marshal", "master", "keeper", "lord", "lady", "gentleman",
                                                "groom", "warden", "captain", "constable", "serjeant"]

    static let publicationNouns: Set<String> = [
        "piece", "article", "articles", "story", "stories", "interview", "interviews", "column", "editorial",
        "feature", "op-ed", "headline", "headlines", "coverage", "obituary", "exclusive", "splash",
    ]

    static let publicationVerbs: Set<String> = [
        "writing", "wrote", "published", "reported", "quoted", "appeared", "featured", "printed", "revealed",
    ]

    /// Unit words after an owner's name (`a Kestrel CRC`): one of the units a company owns.
    static let ownedUnitWords: Set<String> = ["crc", "crcs"]

    /// Counting words that open the object of a corporate verb (`bought six homes`, `owns several sites`).
    static let countWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "dozens", "hundreds", "thousands", "several", "many", "some", "more",
    ]

    /// Words that name a broadcaster with a number after them (`Channel 4`, `Radio 3`).
    static let numberedChannelHeads: Set<String> = ["channel", "radio"]

    /// Adjectives that describe a body being created, merged or restructured, between a determiner and its
    /// capitalised name (`the new Border Service`, `a single Health Authority`).
    static let reorganisationAdjectives: Set<String> = [
        "new", "unified", "reunified", "single", "merged", "combined", "national", "separate", "former", "old",
        "revamped", "restructured", "expanded", "rebranded",
    ]

    static let appositiveStops: Set<String> = [
        "of", "for", "at", "in", "on", "with", "which", "that", "who", "whose", "and", "to", "from", "based",
        "run", "set", "founded", "said", "says", "has", "had", "is", "was",
    ]

    /// Nouns that name a kind of organization.
    /// Words for a unit of a body, which after a known body's acronym name that unit (`BBC Studios`, `BBC Board`,
    /// `GMB Foundation`): one organization of its own.
    static let unitWords: Set<String> = [
        "board", "studios", "studio", "monitoring", "worldwide", "holdings", "foundation", "group", "panel",
        "ventures", "academy", "enterprises", "films", "command",
    ]

    static let organizationHeads: Set<String> = [
        "body", "charity", "organisation", "organization", "company", "firm", "union", "newspaper", "paper",
        "magazine", "think-tank", "thinktank", "tank", "group", "provider", "consortium", "campaign",
        "watchdog", "regulator", "website", "outsourcer", "contractor", "agency", "quango", "network",
        "broadcaster", "publisher", "tabloid", "daily", "weekly", "trust", "partnership", "association",
        "foundation", "council", "authority", "party", "giant", "operator", "multinational", "conglomerate",
        "subsidiary", "supplier", "business", "enterprise", "cooperative", "co-operative", "institute",
        "academy", "university", "federation", "alliance", "coalition", "charities", "firms", "companies",
        "venture", "hospital", "chain", "operator", "landlord", "developer", "manufacturer", "insurer", "bank",
        "consultancy", "channel", "promoter", "housebuilder", "outfit", "lobby", "arm", "unit", "division",
        "branch", "offshoot",
    ]

    static let organizationPlurals: Set<String> = [
        "firms", "companies", "charities", "organisations", "organizations", "providers", "suppliers",
        "contractors", "outsourcers", "bodies", "agencies", "unions", "newspapers", "papers", "think-tanks",
        "thinktanks", "tanks", "councils", "trusts", "bidders", "operators", "businesses", "consortia",
        "publications", "outlets", "broadcasters", "groups", "partners", "subcontractors", "corporations",
        "multinationals", "conglomerates",
    ]

    /// Words for a group that bodies form together, whose members follow `of` or `between` (`a joint venture
    /// between Tarnco and Velmar`, `a partnership of Kestrel and Marlin`, `a consortium of Brell, Ostrand and Vey`;
    /// the relation reader makes a consortium's members its owners, not each other's partners).
    static let memberCollectives: Set<String> = ["venture", "ventures", "partnership", "partnerships", "consortium", "consortia"]

    static let verbsAfterName: Set<String> = [
        "has", "had", "have", "is", "was", "are", "were", "will", "would", "said", "says", "reported",
        "reports", "published", "publishes", "announced", "announces", "revealed", "reveals", "which", "that",
        "and", "itself", "claimed", "claims", "warned", "warns", "found", "finds", "ran", "runs",
    ]
}
