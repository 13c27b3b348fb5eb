import Extraction

/// One real-world entity after corpus-level resolution.
public struct ResolvedEntity: Sendable, Hashable {
    /// Stable id: the knowledge record's id, or `type:slug-of-name` (`person:paul-wilson`), made unique with a
    /// numeric suffix in the rare case two different entities share a slug.
    public var id: String
    public var type: EntityType
    /// The canonical name: the knowledge record's, else the fullest form the corpus uses most.
    public var name: String
    /// Every other surface form seen in the corpus (`Wilson`, `Mr Wilson`, `MoJ`), sorted.
    public var aliases: [String]
    public var knowledgeID: String?
    /// Roles from the knowledge base.
    public var roles: [KnowledgeRole]
    /// Roles the text states next to the name (`general secretary of Napo`), first seen first.
    public var statedRoles: [String]
    /// How many mentions were assigned to it.
    public var mentionCount: Int

    public init(id: String, type: EntityType, name: String, aliases: [String], knowledgeID: String?,
                roles: [KnowledgeRole], statedRoles: [String] = [], mentionCount: Int = 0) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.knowledgeID = knowledgeID
        self.roles = roles
        self.statedRoles = statedRoles
        self.mentionCount = mentionCount
    }
}

/// The result of ``EntityResolver/resolve(_:)``.
public struct EntityResolution: Sendable {
    /// The entities, sorted by id.
    public var entities: [ResolvedEntity]
    /// Per document (input order), per mention (input order): the entity id, or `nil` when the mention was
    /// dropped (an unconfirmed candidate).
    public var assignments: [[String?]]

    public init(entities: [ResolvedEntity], assignments: [[String?]]) {
        self.entities = entities
        self.assignments = assignments
    }

    /// The entity with this id.
    public func entity(id: String) -> ResolvedEntity? {
        var lo = 0, hi = entities.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if entities[mid].id == id { return entities[mid] }
            if entities[mid].id < id { lo = mid + 1 } else { hi = mid - 1 }
        }
        return entities.first { $0.id == id }
    }
}
