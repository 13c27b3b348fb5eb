import Foundation
import Extraction

/// A node kind name that is not one of person, organization, place, programme, event.
public struct UnknownNodeKind: Error, Sendable, Hashable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String {
        "unknown type '\(name)'; use person, organization, place, programme or event"
    }
}

extension RelationshipMap.NodeKind {
    /// The node kinds that are entities (everything but events): what a map shows by default.
    public static let entityKinds: Set<RelationshipMap.NodeKind> = [.person, .organization, .place, .programme]

    /// The entity type drawn as this kind; nil for `.event`.
    public var entityType: EntityType? { EntityType(rawValue: rawValue) }

    /// Parses one kind name, case-insensitive, singular or plural, British or American (`people`, `org`,
    /// `organisations`, `program`, `events`).
    public init(parsing name: String) throws(UnknownNodeKind) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "person", "persons", "people": self = .person
        case "organization", "organizations", "organisation", "organisations", "org", "orgs": self = .organization
        case "place", "places": self = .place
        case "programme", "programmes", "program", "programs", "policy", "policies": self = .programme
        case "event", "events": self = .event
        default: throw UnknownNodeKind(name)
        }
    }

    /// Parses a comma-separated list (`person,organization`).
    public static func parseList(_ list: String) throws(UnknownNodeKind) -> Set<RelationshipMap.NodeKind> {
        var kinds = Set<RelationshipMap.NodeKind>()
        for part in list.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            kinds.insert(try RelationshipMap.NodeKind(parsing: String(part)))
        }
        if kinds.isEmpty { throw UnknownNodeKind(list) }
        return kinds
    }
}
