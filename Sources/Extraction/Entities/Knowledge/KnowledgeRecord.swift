/// A role a person held, or a relation an organization had, as curated in `Entities/`.
public struct KnowledgeRole: Sendable, Hashable, Codable {
    /// `Secretary of State for Justice`.
    public var title: String
    /// The organization's canonical name (`Ministry of Justice`), when the role belongs to one.
    public var organization: String?
    /// Start, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var from: String?
    /// End (same forms); absent while the role is held or when unknown.
    public var to: String?
    /// Citations for this role (public URLs).
    public var sources: [String]

    public init(title: String, organization: String? = nil, from: String? = nil, to: String? = nil,
                sources: [String] = []) {
        self.title = title
        self.organization = organization
        self.from = from
        self.to = to
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey { case title, organization, from, to, sources }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        to = try c.decodeIfPresent(String.self, forKey: .to)
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(organization, forKey: .organization)
        try c.encodeIfPresent(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        if !sources.isEmpty { try c.encode(sources, forKey: .sources) }
    }
}

/// A relation curated between two entities (`Seetec` `operates` `Kent, Surrey and Sussex CRC`), with the
/// predicates of the gold format: `operates`, `owns`, `successor_of`, `part_of`, `member_of`, `replaced`, `leads`.
public struct KnowledgeRelation: Sendable, Hashable, Codable {
    public var predicate: String
    /// The other entity's canonical name.
    public var object: String
    public var from: String?
    public var to: String?
    public var sources: [String]

    public init(predicate: String, object: String, from: String? = nil, to: String? = nil, sources: [String] = []) {
        self.predicate = predicate
        self.object = object
        self.from = from
        self.to = to
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey { case predicate, object, from, to, sources }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        predicate = try c.decode(String.self, forKey: .predicate)
        object = try c.decode(String.self, forKey: .object)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        to = try c.decodeIfPresent(String.self, forKey: .to)
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(object, forKey: .object)
        try c.encodeIfPresent(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        if !sources.isEmpty { try c.encode(sources, forKey: .sources) }
    }
}

/// One curated entity: a person, organization, place or programme, with the names it goes by.
///
/// In a file of `Entities/`:
/// ```json
/// {"name": "Sajid Javid", "type": "person",
///  "aliases": ["Javid"],
///  "roles": [{"title": "Secretary of State for Health and Social Care",
///             "organization": "Department of Health and Social Care", "from": "2021-06", "to": "2022-07"}],
///  "sources": ["https://en.wikipedia.org/wiki/Sajid_Javid"]}
/// ```
/// Alias matching rules (see ``KnowledgeBase``): an alias written in lowercase matches any case; an
/// acronym-like alias (`MoJ`, `NPS`) matches that spelling or its all-capitals form; any other alias matches
/// case-insensitively when the text starts with a capital. `ambiguousAliases` are common words (`Prevent`,
/// `Reform`) that only count away from the start of a sentence.
public struct KnowledgeRecord: Sendable, Hashable, Codable {
    /// Stable id, `type:slug` (`person:chris-grayling`); derived from type and name when the file omits it.
    public var id: String
    /// The canonical name.
    public var name: String
    public var type: EntityType
    /// Other names: acronyms, short forms, nicknames, common misspellings.
    public var aliases: [String]
    /// Names that are also ordinary words: matched only when capitalised away from a sentence start.
    public var ambiguousAliases: [String]
    public var roles: [KnowledgeRole]
    /// Relations to other records (mostly for organizations: who operated which CRC, who succeeded whom).
    public var relations: [KnowledgeRelation]
    /// Citations (public URLs) for the record.
    public var sources: [String]
    /// A short free-text description.
    public var note: String?
    /// How sure a machine-written draft (`hindsight entities --format knowledge`) is of the record, 0 to 1;
    /// absent from curated records.
    public var confidence: Double?

    public init(id: String? = nil, name: String, type: EntityType, aliases: [String] = [],
                ambiguousAliases: [String] = [], roles: [KnowledgeRole] = [], relations: [KnowledgeRelation] = [],
                sources: [String] = [], note: String? = nil, confidence: Double? = nil) {
        self.id = id ?? type.id(for: name)
        self.name = name
        self.type = type
        self.aliases = aliases
        self.ambiguousAliases = ambiguousAliases
        self.roles = roles
        self.relations = relations
        self.sources = sources
        self.note = note
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, aliases, ambiguousAliases, roles, relations, sources, note, confidence
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(EntityType.self, forKey: .type)
        id = try c.decodeIfPresent(String.self, forKey: .id) ?? type.id(for: name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        ambiguousAliases = try c.decodeIfPresent([String].self, forKey: .ambiguousAliases) ?? []
        roles = try c.decodeIfPresent([KnowledgeRole].self, forKey: .roles) ?? []
        relations = try c.decodeIfPresent([KnowledgeRelation].self, forKey: .relations) ?? []
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        if !ambiguousAliases.isEmpty { try c.encode(ambiguousAliases, forKey: .ambiguousAliases) }
        if !roles.isEmpty { try c.encode(roles, forKey: .roles) }
        if !relations.isEmpty { try c.encode(relations, forKey: .relations) }
        if !sources.isEmpty { try c.encode(sources, forKey: .sources) }
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(confidence, forKey: .confidence)
    }

    /// Every name the record goes by, the canonical one first.
    public var allNames: [String] { [name] + aliases + ambiguousAliases }
}
