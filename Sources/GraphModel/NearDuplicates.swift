import Extraction
import HindsightSupport

/// Merges entities that the corpus shows to be one, although their names differ slightly:
/// - **spelling variants of one person**: the same given name, surnames one edit apart (`Tom Hardcastle` /
///   `Tom Hardcasle`), never both named in one document (a document naming both means two people), and a
///   shared context: a stated role word in common, or at least two other entities named in the documents of each;
///   two people one edit apart in different contexts stay apart;
/// - **reordered place names**: `Wessex North` and `North Wessex` (two words, one of them a compass word), for
///   places and for organizations;
/// - **short names of organizations**: `Tarn` and `Tarn Water`, `CRA` and `Child Rates Agency`, when one
///   document names both (``shortForms(_:_:)``).
///
/// The entity mentioned more (or known to the knowledge base) keeps its id and name; the other's names become
/// aliases. Linear in the entities apart from the pairs inside one given-name group, which are few.
enum NearDuplicates {
    static let compass: Set<String> = ["north", "south", "east", "west", "central", "mid", "northern", "southern",
                                       "eastern", "western", "greater", "inner", "outer", "upper", "lower"]

    static func merge(_ resolution: EntityResolution) -> EntityResolution {
        let entities = resolution.entities
        guard entities.count > 1 else { return resolution }
        var index: [String: Int] = [:]
        for (i, e) in entities.enumerated() { index[e.id] = i }
        // documents of each entity, and entities of each document
        var docsOf = [Set<Int>](repeating: [], count: entities.count)
        var inDoc: [Set<Int>] = []
        for (d, row) in resolution.assignments.enumerated() {
            var here = Set<Int>()
            for id in row { if let id, let i = index[id] { here.insert(i); docsOf[i].insert(d) } }
            inDoc.append(here)
        }
        // per person, the organization most named in its documents (for titles that every body has)
        var topOrganization = [Int?](repeating: nil, count: entities.count)
        var orgsOfDoc: [[Int: Int]] = []
        for row in resolution.assignments {
            var counts: [Int: Int] = [:]
            for id in row { if let id, let i = index[id], entities[i].type == .organization { counts[i, default: 0] += 1 } }
            orgsOfDoc.append(counts)
        }
        for (i, e) in entities.enumerated() where e.type == .person && docsOf[i].count <= 50 {
            var counts: [Int: Int] = [:]
            for d in docsOf[i] { for (o, c) in orgsOfDoc[d] { counts[o, default: 0] += c } }
            topOrganization[i] = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        var target = Array(entities.indices)
        func root(_ i: Int) -> Int { var k = i; while target[k] != k { k = target[k] }; return k }
        func join(_ a: Int, _ b: Int) {
            let ra = root(a), rb = root(b)
            guard ra != rb else { return }
            let keepA = (entities[ra].knowledgeID != nil ? 1 : 0, entities[ra].mentionCount, entities[rb].id)
                >= (entities[rb].knowledgeID != nil ? 1 : 0, entities[rb].mentionCount, entities[ra].id)
            if keepA { target[rb] = ra } else { target[ra] = rb }
        }

        // People: by given name.
        var byFirst: [String: [Int]] = [:]
        for (i, e) in entities.enumerated() where e.type == .person {
            let w = NameKey.person(e.name).split(separator: " ").map(String.init)
            guard w.count == 2, w[1].count >= 4 else { continue }
            byFirst[w[0], default: []].append(i)
        }
        for key in byFirst.keys.sorted() {
            let group = byFirst[key]!
            guard group.count > 1, group.count <= 20 else { continue }
            for x in 0..<group.count {
                for y in (x + 1)..<group.count {
                    let a = group[x], b = group[y]
                    if entities[a].knowledgeID != nil && entities[b].knowledgeID != nil { continue }
                    let sa = Array(NameKey.person(entities[a].name).split(separator: " ")[1])
                    let sb = Array(NameKey.person(entities[b].name).split(separator: " ")[1])
                    guard sa != sb, EditDistance.isAtMostOne(sa, sb) else { continue }
                    // named together in one document: two people
                    guard docsOf[a].isDisjoint(with: docsOf[b]) else { continue }
                    guard sharedContext(a, b, entities, docsOf, inDoc, topOrganization: topOrganization) else { continue }
                    join(a, b)
                }
            }
        }

        // Places and organizations: `Wessex North` / `North Wessex`.
        var byOrder: [String: Int] = [:]
        for (i, e) in entities.enumerated() where e.type == .place || e.type == .organization {
            let w = NameKey.of(e.name).split(separator: " ").map(String.init)
            guard w.count == 2, compass.contains(w[0]) != compass.contains(w[1]) else { continue }
            let key = e.type.rawValue + ":" + (compass.contains(w[0]) ? w[0] + " " + w[1] : w[1] + " " + w[0])
            if let other = byOrder[key] { join(other, i) } else { byOrder[key] = i }
        }

        // Organizations: a short name and the full name one document gives it (`Thames` / `Thames Water`,
        // `CSA` / `Child Support Agency`).
        for (short, full) in shortForms(entities, docsOf) {
            let rs = root(short), rf = root(full)
            guard rs != rf else { continue }
            // the full name is kept, unless only the short one is known
            if entities[rs].knowledgeID != nil && entities[rf].knowledgeID == nil { target[rf] = rs } else { target[rs] = rf }
        }

        guard target.indices.contains(where: { target[$0] != $0 }) else { return resolution }
        var merged = entities
        var gone = Set<Int>()
        for i in entities.indices where root(i) != i {
            let r = root(i)
            gone.insert(i)
            var names = merged[r].aliases
            for n in [entities[i].name] + entities[i].aliases where n != merged[r].name && !names.contains(n) { names.append(n) }
            merged[r].aliases = names.sorted()
            for s in entities[i].statedRoles where !merged[r].statedRoles.contains(s) { merged[r].statedRoles.append(s) }
            merged[r].mentionCount += entities[i].mentionCount
        }
        var newID: [String: String] = [:]
        for i in entities.indices where root(i) != i { newID[entities[i].id] = entities[root(i)].id }
        let kept = merged.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
        let assignments = resolution.assignments.map { row in row.map { id in id.map { newID[$0] ?? $0 } } }
        return EntityResolution(entities: kept, assignments: assignments)
    }

    /// ``OrganizationLexicon/shortFormTails`` and ``OrganizationLexicon/legalSuffixes``, which document-level
    /// resolution reads too.
    static var shortFormTails: Set<String> { OrganizationLexicon.shortFormTails }
    static var legalSuffixes: Set<String> { OrganizationLexicon.legalSuffixes }

    /// Where a body's full name ends its bare name, when all it adds is legal suffixes (`Harbour Homes Ltd`,
    /// `Tarn Water Group plc`) or one nation's name (`Crafts Council Wales`): the bare name of two words or more
    /// (`Harbour Homes`, `Crafts Council`) is the same body when one document names both. A one-word bare name
    /// (`Tarn` of `Tarn plc`, `Sport` of `Sport England`) is no name on its own and is left out.
    static func bareHeadCut(_ words: [String]) -> Int? {
        var cut = words.count
        while cut > 0, legalSuffixes.contains(words[cut - 1]) { cut -= 1 }
        if cut == words.count, cut > 0, OrganizationLexicon.nations.contains(words[cut - 1]) { cut -= 1 }
        guard cut < words.count, cut >= 2 else { return nil }
        // a name whose last bare word is a linking word (`Friends of England`) has no bare head
        guard !["of", "for", "and", "the", "in", "on", "to"].contains(words[cut - 1]) else { return nil }
        return cut
    }

    /// Pairs (short, full) of organizations named in one document, where the full name is the short one
    /// followed by trade, group and legal words only (``shortFormTails``), or where the short one is an acronym
    /// of the full name's initials (small words left out). A short name that could stand for two different
    /// full names of the corpus (`Southern` for `Southern Water` and `Southern Rail`) is left alone; of
    /// several full names that extend one another (`Bulb Energy`, `Bulb Energy Ltd`), the shortest is taken.
    static func shortForms(_ entities: [ResolvedEntity], _ docsOf: [Set<Int>]) -> [(Int, Int)] {
        let small: Set<String> = ["of", "for", "and", "the", "&", "in", "on", "to", "a"]
        var byHead: [String: [Int]] = [:]
        var byInitials: [String: [Int]] = [:]
        for (i, e) in entities.enumerated() where e.type == .organization {
            let words = NameKey.of(e.name).split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            // heads: every proper prefix followed by tail words only, one of them not a legal suffix
            for cut in 1..<words.count {
                let tail = words[cut...]
                guard tail.allSatisfy({ shortFormTails.contains($0) || legalSuffixes.contains($0) }),
                      tail.contains(where: { shortFormTails.contains($0) }) else { continue }
                byHead[words[..<cut].joined(separator: " "), default: []].append(i)
            }
            // and a head of two words or more that the name only follows with legal suffixes or one nation
            if let cut = bareHeadCut(words) { byHead[words[..<cut].joined(separator: " "), default: []].append(i) }
            let significant = words.filter { !small.contains($0) }
            if significant.count >= 2, significant.count <= 8 {
                byInitials[String(significant.compactMap(\.first)), default: []].append(i)
            }
        }
        var out: [(Int, Int)] = []
        for (i, e) in entities.enumerated() where e.type == .organization {
            let key = NameKey.of(e.name)
            var candidates = byHead[key] ?? []
            // an acronym (`CSA`, `CSAs`)
            let raw = e.name
            if raw.count >= 2, raw.count <= 7, raw.filter(\.isUppercase).count >= 2,
               raw.allSatisfy({ $0.isUppercase || $0 == "s" || $0.isNumber }) {
                var letters = raw.lowercased()
                if letters.count > 2, raw.hasSuffix("s") { letters.removeLast() }
                candidates += byInitials[letters] ?? []
            }
            candidates = candidates.filter { $0 != i && !docsOf[$0].isDisjoint(with: docsOf[i]) }
            guard !candidates.isEmpty else { continue }
            if let a = e.knowledgeID, candidates.contains(where: { entities[$0].knowledgeID.map { $0 != a } ?? false }) {
                continue
            }
            let names = candidates.map { NameKey.of(entities[$0].name) }
            guard let shortest = candidates.indices.min(by: { names[$0].count < names[$1].count }) else { continue }
            // the others must extend the shortest (`Bulb Energy Ltd` after `Bulb Energy`)
            guard names.allSatisfy({ $0 == names[shortest] || $0.hasPrefix(names[shortest] + " ") }) else { continue }
            out.append((i, candidates[shortest]))
        }
        return out
    }

    /// Words of a post's title that every kind of body has (`director general`, `chief executive`): sharing only
    /// these says nothing of sharing a body.
    static let postTitleWords: Set<String> = [
        "chief", "executive", "director", "general", "secretary", "chair", "chairman", "chairwoman", "head",
        "deputy", "permanent", "president", "vice", "officer", "manager", "managing", "leader", "principal",
        "governor", "commissioner", "interim", "acting", "senior", "board", "member",
    ]

    /// A stated role word in common, or two other entities named in documents of both. A role in common made of
    /// title words only (`director general`) counts only when the organization most named in the documents of
    /// each is the same: `Mark Tomlin`, director general of a passport agency, is not `Mark Tomkin`, director
    /// general of a broadcaster, although both are `director general`.
    static func sharedContext(_ a: Int, _ b: Int, _ entities: [ResolvedEntity], _ docsOf: [Set<Int>],
                              _ inDoc: [Set<Int>], topOrganization: [Int?] = []) -> Bool {
        let ra = Set(entities[a].statedRoles.flatMap { NameKey.words($0) })
        let rb = Set(entities[b].statedRoles.flatMap { NameKey.words($0) })
        let function: Set<String> = ["the", "of", "for", "and", "a", "an", "former", "new", "then", "at", "to", "in"]
        let shared = ra.intersection(rb).subtracting(function)
        if !shared.isEmpty {
            if !shared.isSubset(of: postTitleWords) { return true }
            let ta = a < topOrganization.count ? topOrganization[a] : nil
            let tb = b < topOrganization.count ? topOrganization[b] : nil
            if ta == nil || tb == nil || ta == tb { return true }
            return false
        }
        let na = docsOf[a].reduce(into: Set<Int>()) { $0.formUnion(inDoc[$1]) }
        let nb = docsOf[b].reduce(into: Set<Int>()) { $0.formUnion(inDoc[$1]) }
        return na.intersection(nb).subtracting([a, b]).count >= 2
    }
}
