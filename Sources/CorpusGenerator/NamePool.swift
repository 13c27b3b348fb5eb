import Extraction

/// The names a generated corpus mentions: people, organizations, places and programmes from a knowledge base
/// (the project's `Entities/` folder), plus people invented from small lists of first names and surnames.
///
/// Curated names are drawn with a skew towards the first records of each type (the knowledge files list the
/// prominent ones first), so that a few entities are mentioned very often and most rarely, as in a real blog.
public struct NamePool: Sendable, Hashable {
    public var people: [String]
    public var organizations: [String]
    public var places: [String]
    public var programmes: [String]
    /// Short names and aliases of organizations (`MoJ`, `NPS`), used now and then instead of the full name.
    public var organizationAliases: [String]

    /// A pool from explicit lists. Empty lists fall back to the built-in names.
    public init(people: [String], organizations: [String], places: [String], programmes: [String],
                organizationAliases: [String] = []) {
        self.people = people.isEmpty ? NamePool.builtIn.people : people
        self.organizations = organizations.isEmpty ? NamePool.builtIn.organizations : organizations
        self.places = places.isEmpty ? NamePool.builtIn.places : places
        self.programmes = programmes.isEmpty ? NamePool.builtIn.programmes : programmes
        self.organizationAliases = organizationAliases
    }

    /// The names of a knowledge base's records (canonical names, and the aliases of organizations that look like
    /// acronyms). Types without records fall back to the built-in names.
    public init(knowledge: KnowledgeBase) {
        var people: [String] = [], organizations: [String] = [], places: [String] = [], programmes: [String] = []
        var aliases: [String] = []
        for record in knowledge.records {
            let name = NamePool.usable(record.name)
            guard let name else { continue }
            switch record.type {
            case .person: people.append(name)
            case .organization:
                organizations.append(name)
                aliases += record.aliases.compactMap(NamePool.usable).filter(NamePool.isAcronym)
            case .place: places.append(name)
            case .programme: programmes.append(name)
            }
        }
        self.init(people: people, organizations: organizations, places: places, programmes: programmes,
                  organizationAliases: aliases)
    }

    /// Names used when a knowledge base has none of a type: well-known public bodies and places.
    public static let builtIn = NamePool(
        people: ["Alex Morgan", "Sam Fletcher"],
        organizations: ["Ministry of Justice", "National Probation Service", "HM Inspectorate of Probation",
                        "Napo", "National Audit Office", "House of Commons Justice Committee"],
        places: ["London", "Manchester", "Birmingham", "Leeds", "Bristol", "Cardiff", "Wales", "Kent"],
        programmes: ["Transforming Rehabilitation", "Payment by Results", "Through the Gate"],
        organizationAliases: ["MoJ", "NPS", "NAO"])

    // MARK: Drawing names

    /// A curated person (skewed towards the first records) or, about a third of the time, an invented one.
    func person(_ rng: inout SplitMix64) -> String {
        if rng.chance(0.35) { return InventedNames.person(&rng) }
        return NamePool.skewed(people, &rng)
    }

    func organization(_ rng: inout SplitMix64) -> String {
        if !organizationAliases.isEmpty, rng.chance(0.2) { return NamePool.skewed(organizationAliases, &rng) }
        return NamePool.skewed(organizations, &rng)
    }

    func place(_ rng: inout SplitMix64) -> String { NamePool.skewed(places, &rng) }

    func programme(_ rng: inout SplitMix64) -> String { NamePool.skewed(programmes, &rng) }

    /// An element with index `⌊n·u³⌋` for a uniform `u`: the first elements are drawn far more often.
    static func skewed(_ items: [String], _ rng: inout SplitMix64) -> String {
        let u = Double(rng.next() >> 11) * 0x1.0p-53
        return items[min(items.count - 1, Int(Double(items.count) * u * u * u))]
    }

    /// A name without line breaks or control characters, or nil.
    static func usable(_ name: String) -> String? {
        let trimmed = name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        guard !trimmed.isEmpty, trimmed.count <= 80,
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return trimmed
    }

    static func isAcronym(_ name: String) -> Bool {
        name.count >= 2 && name.count <= 6 && name.allSatisfy { $0.isUppercase || $0.isLowercase } &&
            name.filter(\.isUppercase).count >= 2 && name.first!.isUppercase
    }
}

/// People made up from a first name and a surname, written for the generator.
enum InventedNames {
    static let firstNames = """
        Aaron Abigail Adrian Alison Amanda Andrea Angela Barry Bernard Brian Carla Caroline Catherine Clive Colin \
        Craig Darren Deborah Derek Diane Donna Duncan Eileen Elaine Fiona Gareth Gavin Gemma Gillian Gordon \
        Graham Hannah Helen Hugh Imran Janet Jason Jeremy Joanne Julian Karen Keith Kevin Leanne Lorraine \
        Malcolm Marcus Martina Megan Moira Nadia Neil Nigel Norma Owen Patricia Priya Rachel Rhys Rupert \
        Sandra Sharon Simone Stuart Tanya Trevor Valerie Wayne Yvonne Zoe
        """.split(separator: " ").map(String.init)

    static let surnames = """
        Ashworth Bancroft Barlow Bellamy Blackwood Bramley Brennan Calloway Carver Chadwick Cheung Collier \
        Cresswell Dalton Denholm Doherty Eastwood Ellison Farrow Fenwick Garside Gillespie Greaves Hadley \
        Halloran Hargreaves Hendry Holloway Hussain Iqbal Jowett Kavanagh Kershaw Lambert Lindqvist Lowther \
        Maddox McAlister Mellor Mistry Nolan Okafor Oldroyd Pemberton Pickering Quinlan Radcliffe Rahman \
        Rowntree Sandford Shackleton Sinclair Stanhope Tetley Thorburn Varley Wainwright Whitcombe Yardley
        """.split(separator: " ").map(String.init)

    static func person(_ rng: inout SplitMix64) -> String {
        rng.pick(firstNames) + " " + rng.pick(surnames)
    }
}
