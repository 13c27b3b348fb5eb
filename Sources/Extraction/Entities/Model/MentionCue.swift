/// Which cue found a mention: for explaining, debugging and weighing evidence (``EntityMention/cue``).
///
/// The raw values are stable (they are written in the extraction cache). The `candidate` cues mark tentative
/// mentions that the corpus or the knowledge base must confirm (``isCandidate``).
public enum MentionCue: String, Sendable, Hashable, CaseIterable {
    /// A name the knowledge base holds.
    case knowledge = "knowledge"
    /// A surname or given name after an honorific (`Dr Patel`).
    case honorific = "honorific"
    /// A given name and a surname (`Susan Clarke`).
    case givenName = "given-name"
    /// An initial and a surname (`J Clarke`).
    case initial = "initial"
    /// An unknown run next to a role phrase (`Alex Moreno, chief executive of ...`).
    case rolePhrase = "role-phrase"
    /// An unknown run before a speech verb (`Alex Moreno said`).
    case speechVerb = "speech-verb"
    /// An unknown run of two or three words before `, who` (`Ines Falk, who ...`).
    case relativeWho = "relative-who"
    /// An unknown run listed with a person (`Sam Lee and Alex Moreno`).
    case coordination = "coordination"
    /// An organization ending in a suffix or opening with a head (`Harbour Housing Trust`, `Ministry of Defence`).
    case orgSuffix = "org-suffix"
    /// An organization name with commas inside (`Department for Business, Energy and Industrial Strategy`).
    case orgListName = "org-list-name"
    /// A hyphenated compound of known organizations.
    case orgCompound = "org-compound"
    /// A name listed with organizations (`charities such as X and Y`).
    case orgCoordination = "org-coordination"
    /// A national body (`Sport England`).
    case nationalBody = "national-body"
    /// A name led by a known body's acronym (`NHS Harbourside`).
    case acronymLedName = "acronym-led-name"
    /// A body named after the Crown (`HM Treasury`).
    case hmBody = "hm-body"
    /// A political party named by a party word (`Labour`, `the Tories`), under its full name.
    case politicalParty = "political-party"
    /// A prison (`HMP Leeds`).
    case prison = "prison"
    /// A place after a role over places (`the mayor of Wexcombe`).
    case placeOfRole = "place-of-role"
    /// A well-known place of ``PlaceLexicon`` that no other cue types (`staff in London`).
    case placeName = "place-name"
    /// A venue, which is a place (`the Riverside Conference Centre`).
    case venue = "venue"
    /// A programme, scheme or law named by its last word (`Care Act 2014`).
    case programmeSuffix = "programme-suffix"
    /// The long form of an acronym definition (`the Regional Homes Agency (RHA)`).
    case acronymDefinition = "acronym-definition"
    /// A name after a role and `of`/`at` (`chief executive of X`).
    case roleOf = "role-of"
    /// A name before a noun of organizations (`the X organisation`).
    case orgNoun = "org-noun"
    /// A name after a kind of organization (`the homelessness charity X`).
    case orgNounBefore = "org-noun-before"
    /// A name followed by an appositive naming a kind of body (`X, the umbrella body for ...`).
    case orgAppositive = "org-appositive"
    /// A publication by context (`told the X`, `a piece in X`).
    case publication = "publication"
    /// A specific name after `the` standing on its own (`the X has`).
    case definiteName = "definite-name"
    /// A name owning what only organizations own (`X's board`).
    case orgPossessive = "org-possessive"
    /// A name after `owned by`, `operated by`.
    case orgAgent = "org-agent"
    /// A name after a plural kind of organization (`the outsourcing firms X and Y`).
    case orgKindBefore = "org-kind-before"
    /// A name that acts with `its` (`X published its report`).
    case orgIts = "org-its"
    /// A name that wins, holds or loses a contract (`X won the contract`, `the contract from X`).
    case orgContract = "org-contract"
    /// A name in a corporate context: owned or run by someone, buying, selling or going into administration
    /// (`Kestrel is owned by ...`, `Marlin bought ...`, `which owns Harbour Homes`).
    case orgCorporate = "org-corporate"
    /// A name in a merger (`X merged into Y`).
    case orgMerger = "org-merger"
    /// An acronym after a person and `of the` (`Sam Lee of the RHA`).
    case personOf = "person-of"
    /// A lone capitalised word with no cue, typed later from context or the corpus.
    case candidateName = "candidate-name"
    /// A lone word the document's context votes a person.
    case candidateNamePerson = "candidate-name-p"
    /// A lone word the document's context votes an organization.
    case candidateNameOrganization = "candidate-name-o"
    /// A lone given name, kept when the document names the person in full.
    case candidateFirstName = "candidate-first-name"
    /// A given name and surname at a sentence start or in a heading, without a role or speech verb.
    case candidateGivenName = "candidate-given-name"
    /// A run of capitalised words with no cue.
    case candidateRun = "candidate-run"
    /// An unknown acronym with no cue.
    case candidateAcronym = "candidate-acronym"
    /// An unknown acronym that acts or owns (`RHA said`, `the RHA's budget`).
    case candidateAcronymActor = "candidate-acronym-actor"
    /// An unknown acronym that heads a noun phrase (`the RHA and the council`).
    case candidateAcronymNoun = "candidate-acronym-noun"
    /// A name the document types elsewhere.
    case document = "document"
    /// An acronym the document or the knowledge base defines.
    case acronym = "acronym"
    /// A surname of a person the document names in full.
    case surname = "surname"
    /// A surname of the person most recently named.
    case recentSurname = "recent-surname"
    /// A given name of a person the document names in full.
    case firstName = "first-name"
    /// A surname one edit from a person's the document names in full.
    case misspeltSurname = "misspelt-surname"
    /// A lone word typed by its context.
    case context = "context"
    /// A lone word that is the surname of exactly one person in the corpus.
    case surnameVote = "surname-vote"
    /// An acronym another document defines.
    case corpusAcronym = "corpus-acronym"
    /// An acronym the corpus uses often as an organization.
    case acronymNoun = "acronym-noun"
    /// A name written in a shape only a body's name has: capitalised words joined by `&` (`Duff & Phelps`), or
    /// one word with a capital after small letters inside it (`FirstGroup`, `ComReg`).
    case orgNameShape = "org-name-shape"

    /// A tentative mention: kept only when the corpus or the knowledge base confirms it.
    public var isCandidate: Bool {
        switch self {
        case .candidateName, .candidateNamePerson, .candidateNameOrganization, .candidateFirstName, .candidateGivenName, .candidateRun, .candidateAcronym, .candidateAcronymActor, .candidateAcronymNoun: return true
        default: return false
        }
    }

    /// An unknown acronym waiting for the corpus (with or without a use of its own).
    public var isCandidateAcronym: Bool { self == .candidateAcronym || self == .candidateAcronymActor || self == .candidateAcronymNoun }
}
