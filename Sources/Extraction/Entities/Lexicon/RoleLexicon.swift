/// Word lists behind the role-title rules of `Scanning/`, lowercase.
enum RoleLexicon {
    /// Role nouns whose `of X` names a place, not a body (`the mayor of Leeds`, `the bishop of Durham`).
    static let placeRoles: Set<String> = ["mayor", "mayors", "bishop", "archbishop", "governor", "sheriff",
                                          "lieutenant", "mp", "mps", "msp", "mla", "mep", "provost", "alderman"]

    /// Role nouns whose `for X` names a portfolio, not a body (`the secretary of state for Levelling Up`,
    /// `minister for Social Care`, `the commissioner for Patient Safety`).
    static let portfolioRoles: Set<String> = ["secretary", "minister", "ministers", "spokesperson", "spokesman",
                                              "spokeswoman", "tsar", "czar", "commissioner", "envoy", "champion",
                                              "director", "lead", "adviser", "advisor", "state"]

    /// Words that open a clause after a comma, never an appositive role.
    static let clauseOpeners: Set<String> = ["and", "or", "but", "whatever", "whoever", "which", "where", "when",
                                             "while", "whilst", "though", "although", "because", "so", "if", "as",
                                             "then", "yet", "nor"]

    /// Verbs that open a main clause going on after a comma, never an appositive role: in `Ann Reed, who had run
    /// the Science Museum, became chief executive` the words after the museum's comma are the clause's verb and
    /// the post Ann Reed took, not the museum's role.
    static let mainClauseVerbs: Set<String> = ["became", "becomes", "was", "is", "were", "are", "took", "takes", "joined",
                                               "resigned", "retired", "left", "returned", "stepped", "moved", "went", "had", "has"]

    /// Subject pronouns: after a comma they open a clause (`, it had an acting chair`), never an appositive role.
    static let clauseSubjectPronouns: Set<String> = ["it", "he", "she", "they", "we", "i", "you"]

    /// Object pronouns: a word before one of them after a comma is a verb opening a clause (`, replaced him as
    /// director-general`), never an appositive role.
    static let clauseObjectPronouns: Set<String> = ["him", "her", "them", "it", "us", "me"]

    /// Words of time that may open an appositive role (`, then the chief executive,`, `, now a minister`).
    static let roleTimeWords: Set<String> = ["then", "now", "later", "formerly", "previously", "currently", "still"]

    /// Role nouns only a person holds: an indefinite role with one of them (`, a senior lecturer at ...`) still
    /// makes the name before it a person.
    static let personalRoleNouns: Set<String> = [
        "professor", "lecturer", "researcher", "academic", "economist", "journalist", "reporter", "columnist",
        "writer", "author", "campaigner", "lawyer", "barrister", "solicitor", "doctor", "nurse", "teacher",
        "headteacher", "criminologist", "fellow", "mp", "peer", "judge", "presenter", "blogger", "commentator",
        "practitioner", "strategist", "aide", "editor", "correspondent", "servant",
        // heads of bodies and people of business, which no body is called
        "chairman", "chairwoman", "chairperson", "director", "president", "founder", "co-founder", "businessman",
        "businesswoman", "entrepreneur", "banker", "farmer", "industrialist", "financier", "philanthropist",
        "accountant", "engineer", "scientist", "surgeon", "physician", "minister", "governor", "mayor",
        "director-general", "secretary-general",
    ]

    /// Nouns for what a person is (besides ``personalRoleNouns``) that introduce a name right after them (`the
    /// Czech businessman Tomas Vrba`, `a printer called Ada Quell`).
    static let personKindNouns: Set<String> = [
        "billionaire", "millionaire", "tycoon", "magnate", "printer", "publisher", "architect", "novelist", "poet",
        "artist", "actor", "actress", "singer", "footballer", "landowner", "philosopher", "historian", "activist",
    ]

    /// Words that end the head of a role phrase (`chairman of ...`, `a firm whose ...`): its complement or a
    /// relative clause follows.
    static let roleEndingWords: Set<String> = [
        "of", "at", "for", "with", "in", "on", "to", "from", "whose", "which", "who", "that", "where",
    ]

    /// Plural nouns of people before `such as` / `like` and a name (`campaigners such as ...`).
    static let peoplePlurals: Set<String> = [
        "campaigners", "critics", "experts", "academics", "politicians", "ministers", "mps", "figures",
        "writers", "journalists", "commentators", "economists", "researchers", "activists", "celebrities",
        "presenters", "lawyers", "judges", "peers",
    ]

    /// Head nouns of an office held by one person and named by its remit (`the Berkshire coroner`, `the National
    /// Statistician`, `the independent reviewer of terrorism legislation`, `the UN special rapporteur on housing`):
    /// nouns only a person is, beside the role nouns of ``NameLexicon/roleNouns``.
    static let officeNouns: Set<String> = [
        "coroner", "statistician", "reviewer", "rapporteur", "adjudicator", "examiner", "prosecutor", "actuary",
        "surveyor",
    ]

    /// Occupations: what a person is known as by trade or study, written before a name with an article (`the
    /// philosopher Ann Reed`, `a retired engineer, Tom Vale,`) or after it in an apposition (`Tom Vale, the
    /// designer,`). Nouns that name a person; those that also name a firm or a thing are
    /// ``ambiguousOccupations``. Lower-case words before one of them belong to it (`architecture critic`,
    /// `penal reformer`, `carpet retailer`).
    static let occupationNouns: Set<String> = [
        "philosopher", "historian", "physiologist", "gynaecologist", "gynecologist", "obstetrician", "psychiatrist",
        "psychologist", "sociologist", "biologist", "physicist", "mathematician", "geneticist", "epidemiologist",
        "statistician", "pathologist", "neurologist", "cardiologist", "paediatrician", "pediatrician", "surgeon",
        "physician", "scientist", "engineer", "architect", "designer", "broadcaster", "novelist", "poet",
        "playwright", "artist", "composer", "critic", "reformer", "philanthropist", "retailer", "businessman",
        "businesswoman", "entrepreneur", "banker", "financier", "industrialist", "stockbroker", "diplomat",
        "journalist", "economist", "lawyer", "barrister", "solicitor", "accountant", "specialist", "headteacher",
        "teacher", "subpostmaster", "subpostmistress", "farmer", "landowner", "publisher", "actor", "actress",
        "singer", "footballer", "cricketer", "athlete", "campaigner", "activist", "academic", "theologian",
        "anthropologist", "criminologist", "geographer", "archaeologist", "astronomer", "chemist", "ecologist",
        "zoologist", "botanist", "climatologist", "demographer", "lexicographer", "translator", "film-maker",
        "filmmaker", "photographer", "sculptor", "painter", "decorator", "writer", "author", "columnist",
        "nurse", "midwife", "paramedic", "pharmacist", "dentist", "vet", "plumber", "electrician", "builder",
        "shopkeeper", "publican", "restaurateur", "hotelier", "developer",
    ]

    /// Occupations that name a thing as often as a person (`the developer Berkeley`, `the publisher`): read
    /// before a name only when the name is a person's full name (at least two words, or an honorific first).
    static let ambiguousOccupations: Set<String> = ["developer", "publisher", "designer", "builder", "critic"]
}
