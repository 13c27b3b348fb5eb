import Collections
import Extraction

/// Merges the mentions of every document into one entity per real-world person, organization, place or
/// programme.
///
/// Everything is keyed by normalised names in dictionaries (no pairwise comparison), so the cost is linear in
/// the number of mentions:
/// - a knowledge-base id is the strongest key (`MoJ`, `MOJ`, `Ministry of Justice`, `Failing Grayling`);
/// - a person with a first name and surname is keyed by both, the first name read through nicknames
///   (`Andy`/`Andrew`): two people sharing a surname stay apart when their first names differ;
/// - a surname alone (`Mr Le Vay`, `Wilson`) joins the only full name of the corpus with that surname, else
///   stays an entity of its own;
/// - organizations and others are keyed by type and ``NameKey`` (case, possessive, curly quotes, `the`);
///   a trailing plural/possessive `s` (`Probations`, `Rudds`) joins the form without it;
/// - candidate mentions (lone capitalised words, unknown acronyms and runs) join an entity the corpus
///   confirms — the same name, a unique surname, an acronym defined elsewhere — or are dropped.
///
/// Output order is deterministic: entities sorted by id; ids are stable slugs.
public struct EntityResolver: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    private final class Cluster {
        let type: EntityType
        var knowledgeID: String?
        /// Canonical-name candidates with their counts, in the order first seen.
        var names: OrderedDictionary<String, Int> = [:]
        /// The forms the cluster was written in, each once, in the order first seen.
        var surfaces: OrderedSet<String> = []
        var statedRoles: [String] = []
        var mentionCount = 0
        var mergedInto: Int? = nil

        init(type: EntityType, knowledgeID: String?) {
            self.type = type
            self.knowledgeID = knowledgeID
        }

        func add(_ m: EntityMention) {
            mentionCount += 1
            names[m.canonicalName, default: 0] += 1
            surfaces.append(m.text)
            if let r = m.role, !statedRoles.contains(r) { statedRoles.append(r) }
        }

        func absorb(_ o: Cluster) {
            for (n, count) in o.names { names[n, default: 0] += count }
            surfaces.append(contentsOf: o.surfaces)
            for r in o.statedRoles where !statedRoles.contains(r) { statedRoles.append(r) }
            mentionCount += o.mentionCount
            if knowledgeID == nil { knowledgeID = o.knowledgeID }
        }
    }

    /// Resolves the mentions of each document, given in document order. `openings` (per document and mention,
    /// ``OpeningOnlyNames/openings(of:)``) says which mentions open a sentence or a heading: names seen only
    /// there on weak evidence become candidates (``OpeningOnlyNames``). Without it, positions are not weighed.
    public func resolve(_ documentsAsRead: [[LocatedMention]], openings: [[Bool]]? = nil) -> EntityResolution {
        let positioned = openings.map { OpeningOnlyNames.demote(documentsAsRead, openings: $0) } ?? documentsAsRead
        let documents = TypeVote.apply(positioned)
        var clusters: [Cluster] = []
        var byKey: [String: Int] = [:]
        /// person surname key → clusters of full-name persons
        var bySurname: [String: [Int]] = [:]
        /// person first-name key → clusters of full-name persons (for `Dame Glenys`, `Sir Bob`)
        var byFirstName: [String: [Int]] = [:]
        /// acronym as written → clusters it was defined as
        var byAcronym: [String: [Int]] = [:]
        var assignment: [[Int?]] = documents.map { Array(repeating: nil, count: $0.count) }

        func root(_ i: Int) -> Int {
            var k = i
            while let m = clusters[k].mergedInto { k = m }
            return k
        }

        func cluster(for key: String, type: EntityType, knowledgeID: String?) -> Int {
            if let c = byKey[key] { return root(c) }
            let c = clusters.count
            clusters.append(Cluster(type: type, knowledgeID: knowledgeID))
            byKey[key] = c
            return c
        }

        // Phase 1: confirmed mentions with full keys.
        var deferred: [(doc: Int, index: Int)] = []
        /// (name, cluster) pairs already indexed by surname and first name (indexing is idempotent).
        var personIndexed = Set<PersonIndexKey>()
        for (d, mentions) in documents.enumerated() {
            for (i, lm) in mentions.enumerated() {
                let m = lm.mention
                if lm.isCandidate { deferred.append((d, i)); continue }
                if let kid = m.knowledgeID ?? knowledgeID(for: m) {
                    let key = "kb:" + kid
                    let c = byKey[key].map(root)
                        ?? cluster(for: key, type: knowledge.record(id: kid)?.type ?? m.type, knowledgeID: kid)
                    clusters[c].add(m)
                    assignment[d][i] = c
                    if m.type == .person, personIndexed.insert(PersonIndexKey(name: m.canonicalName, cluster: c)).inserted {
                        indexSurname(m.canonicalName, c, &bySurname)
                        indexFirstName(m.canonicalName, c, &byFirstName)
                    }
                    if isAcronymText(m.text), NameKey.of(m.text) != NameKey.of(m.canonicalName) {
                        appendUnique(&byAcronym[m.text, default: []], c)
                    }
                    continue
                }
                if m.type == .person {
                    let identity = NameKey.personIdentity(m.canonicalName)
                    guard identity.contains(" ") else { deferred.append((d, i)); continue }
                    let c = cluster(for: "person:" + identity, type: .person, knowledgeID: nil)
                    clusters[c].add(m)
                    assignment[d][i] = c
                    if personIndexed.insert(PersonIndexKey(name: m.canonicalName, cluster: c)).inserted {
                        indexSurname(m.canonicalName, c, &bySurname)
                        indexFirstName(m.canonicalName, c, &byFirstName)
                    }
                    continue
                }
                let key = m.type.rawValue + ":" + nameKey(m.canonicalName, m.type)
                let c = cluster(for: key, type: m.type, knowledgeID: nil)
                clusters[c].add(m)
                assignment[d][i] = c
                if isAcronymText(m.text), NameKey.of(m.text) != NameKey.of(m.canonicalName) {
                    appendUnique(&byAcronym[m.text, default: []], c)
                }
            }
        }

        // Trailing `s` variants (`HM Inspectorate of Probations`, `Amber Rudds`) join the form without it.
        for key in byKey.keys.sorted() where key.hasSuffix("s") && !key.hasPrefix("kb:") {
            let base = String(key.dropLast())
            guard let target = byKey[base] ?? knowledgeKey(forName: base, in: byKey) else { continue }
            let a = root(byKey[key]!), b = root(target)
            guard a != b, clusters[a].type == clusters[b].type else { continue }
            clusters[b].absorb(clusters[a])
            clusters[a].mergedInto = b
        }

        // An acronym typed by its context in one document (`told the RHA`) joins the body another document
        // defines it as (`Regional Homes Agency (RHA)`).
        var definedAcronyms: [String: Set<Int>] = [:]
        for (text, list) in byAcronym { definedAcronyms[NameKey.of(text), default: []].formUnion(list.map(root)) }
        for key in byKey.keys.sorted() where key.hasPrefix("organization:") {
            let name = String(key.dropFirst("organization:".count))
            guard let targets = definedAcronyms[name], targets.count == 1, let t = targets.first else { continue }
            let a = root(byKey[key]!)
            guard a != t, clusters[a].knowledgeID == nil, clusters[t].type == .organization else { continue }
            clusters[t].absorb(clusters[a])
            clusters[a].mergedInto = t
        }

        // Phase 2: surnames alone and candidates.
        var surnameOnly: [String: Int] = [:]
        for (d, i) in deferred {
            let lm = documents[d][i]
            let m = lm.mention
            let key = NameKey.of(m.canonicalName)
            var target: Int? = nil
            switch true {
            case m.cue.isCandidateAcronym:
                if let list = byAcronym[m.text], Set(list.map(root)).count == 1 { target = root(list[0]) }
                else { target = anyTypeCluster(key, byKey, root) }
            case m.cue == .candidateRun, m.cue == .candidateGivenName:
                target = anyTypeCluster(key, byKey, root)
                if target == nil, m.cue == .candidateGivenName || lm.mention.type == .person {
                    target = byKey["person:" + NameKey.personIdentity(m.canonicalName)].map(root)
                }
            case m.cue.isCandidate:
                // a lone capitalised word
                target = anyTypeCluster(key, byKey, root)
                if target == nil { target = uniqueSurname(NameKey.person(m.canonicalName), bySurname, root) }
                if target == nil { target = surnameOnly[NameKey.person(m.canonicalName)].map(root) }
            default:
                // a person known by surname only (`Mr Le Vay`), or by `Dame Glenys`
                let s = NameKey.person(m.canonicalName)
                let firstWord = NameKey.words(m.canonicalName).first ?? ""
                if firstWord == "dame" || firstWord == "sir", let t = uniqueSurname(s, byFirstName, root) {
                    target = t
                } else if let t = uniqueSurname(s, bySurname, root) {
                    target = t
                } else if let t = surnameOnly[s] {
                    target = root(t)
                } else if !s.isEmpty {
                    let c = cluster(for: "person1:" + s, type: .person, knowledgeID: nil)
                    surnameOnly[s] = c
                    target = c
                }
            }
            if let t = target {
                clusters[t].add(m)
                assignment[d][i] = t
            }
        }

        // Phase 3: entities with stable ids.
        var idOf: [Int: String] = [:]
        var used: Set<String> = []
        var entities: [ResolvedEntity] = []
        for c in clusters.indices where clusters[c].mergedInto == nil && clusters[c].mentionCount > 0 {
            let cl = clusters[c]
            let record = cl.knowledgeID.flatMap { knowledge.record(id: $0) }
            let name = record?.name ?? bestName(cl)
            var id = record?.id ?? cl.type.id(for: name)
            if used.contains(id) {
                var n = 2
                while used.contains(id + "-\(n)") { n += 1 }
                id += "-\(n)"
            }
            used.insert(id)
            idOf[c] = id
            var aliases = Array(cl.surfaces.filter { $0 != name })
            for n in cl.names.keys where n != name && !aliases.contains(n) { aliases.append(n) }
            if (record?.type ?? cl.type) == .organization {
                for n in [name] + aliases {
                    if let one = Self.singular(ofCollective: n), one != name, !aliases.contains(one) { aliases.append(one) }
                }
            }
            aliases.sort()
            entities.append(ResolvedEntity(id: id, type: record?.type ?? cl.type, name: name, aliases: aliases,
                                           knowledgeID: record?.id, roles: record?.roles ?? [],
                                           statedRoles: cl.statedRoles, mentionCount: cl.mentionCount))
        }
        entities.sort { $0.id < $1.id }
        let ids: [[String?]] = assignment.map { row in row.map { $0.flatMap { idOf[root($0)] } } }
        return NearDuplicates.merge(EntityResolution(entities: entities, assignments: ids))
    }

    // MARK: - Helpers

    private struct PersonIndexKey: Hashable {
        var name: String
        var cluster: Int
    }

    private func knowledgeID(for m: EntityMention) -> String? {
        let list = knowledge.records(named: m.canonicalName, type: m.type)
        return list.count == 1 ? list[0].id : nil
    }

    private func knowledgeKey(forName typedKey: String, in byKey: [String: Int]) -> Int? {
        guard let colon = typedKey.firstIndex(of: ":") else { return nil }
        let type = EntityType(rawValue: String(typedKey[..<colon]))
        let name = String(typedKey[typedKey.index(after: colon)...])
        let list = knowledge.records(named: name)
        guard list.count == 1, type == nil || list[0].type == type else { return nil }
        return byKey["kb:" + list[0].id]
    }

    private func indexSurname(_ canonical: String, _ c: Int, _ index: inout [String: [Int]]) {
        let words = NameKey.person(canonical).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return }
        appendUnique(&index[words.last!, default: []], c)
        if words.count == 3 { appendUnique(&index[words[1] + " " + words[2], default: []], c) }
    }

    private func indexFirstName(_ canonical: String, _ c: Int, _ index: inout [String: [Int]]) {
        let words = NameKey.person(canonical).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return }
        appendUnique(&index[words[0], default: []], c)
    }

    /// The key of a non-person name, with known acronyms inside it expanded (`Western Region of the DWP`
    /// and `... of the Department for Work and Pensions` share a key, when the knowledge base knows the acronym).
    private func nameKey(_ name: String, _ type: EntityType) -> String {
        guard type == .organization || type == .programme, name.contains(" ") else { return NameKey.of(name) }
        var changed = false
        let words = name.split(separator: " ").map { w -> String in
            let word = String(w)
            guard isAcronymText(word) else { return word }
            let list = knowledge.records(named: word).filter { $0.type == .organization || $0.type == .programme }
            if list.count == 1 {
                changed = true
                return list[0].name
            }
            return word
        }
        return NameKey.of(changed ? words.joined(separator: " ") : name)
    }

    private func appendUnique(_ list: inout [Int], _ c: Int) {
        if !list.contains(c) { list.append(c) }
    }

    private func uniqueSurname(_ s: String, _ index: [String: [Int]], _ root: (Int) -> Int) -> Int? {
        guard let list = index[s] else { return nil }
        let roots = Set(list.map(root))
        return roots.count == 1 ? roots.first : nil
    }

    private func anyTypeCluster(_ key: String, _ byKey: [String: Int], _ root: (Int) -> Int) -> Int? {
        var found: Int? = nil
        for t in EntityType.allCases {
            let k = t == .person ? "person:" + key : t.rawValue + ":" + key
            if let c = byKey[k] {
                if found != nil && found != root(c) { return nil }
                found = root(c)
            }
        }
        if found == nil {
            let list = knowledge.records(named: key)
            if list.count == 1, let c = byKey["kb:" + list[0].id] { found = root(c) }
        }
        return found
    }

    private func isAcronymText(_ s: String) -> Bool {
        var letters = 0, upper = 0, count = 0
        for b in s.utf8 {
            count += 1
            if count > 8 || b == 0x20 || b >= 0x80 { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1; upper += 1 } else if b >= 0x61 && b <= 0x7A { letters += 1 }
        }
        return letters >= 2 && upper >= 2
    }

    /// The most used canonical form; for people, full names first; ties go to the longer, then the first seen.
    /// The singular of an organization named as a kind in the plural, as one entity stands for all of them
    /// (`Clinical Commissioning Groups` → `Clinical Commissioning Group`, `ICBs` → `ICB`, `local health boards` →
    /// `local health board`): a name of two words or more whose last word is a plural head noun of ``pluralHeads``,
    /// or an acronym with a plural `s`. A name whose plural word is not its head (`Department for Work and Pensions`) or a single
    /// word (`Samaritans`) has none.
    static func singular(ofCollective name: String) -> String? {
        let words = name.split(separator: " ")
        guard let last = words.last else { return nil }
        if words.count == 1 {
            // `CCGs`: two capitals or more, then a lower-case `s`
            guard last.count >= 3, last.hasSuffix("s"), last.dropLast().allSatisfy({ $0.isUppercase || $0.isNumber }),
                  last.dropLast().filter(\.isUppercase).count >= 2 else { return nil }
            return String(last.dropLast())
        }
        guard !words.dropLast().contains(where: { ["of", "for", "and", "&", "on", "in", "to"].contains($0.lowercased()) }),
              last.allSatisfy(\.isLetter) else { return nil }
        guard let one = pluralHeads[last.lowercased()] else { return nil }
        let cased = last.first!.isUppercase ? one.prefix(1).uppercased() + one.dropFirst() : one
        return (words.dropLast().map(String.init) + [cased]).joined(separator: " ")
    }

    /// Plural nouns that head the name of a kind of body, with their singular. A closed list: a plural that ends
    /// a proper name (`Sky News`, `East Thames`, `Purple Futures`) makes no singular.
    static let pluralHeads: [String: String] = {
        var out: [String: String] = [:]
        for one in ["group", "board", "trust", "team", "service", "council", "committee", "commissioner", "unit",
                    "partnership", "centre", "center", "college", "school", "association", "court", "force", "commission",
                    "provider", "division", "department", "institution", "organisation", "organization", "union", "clinic",
                    "hospital", "practice", "prison", "inspectorate", "panel", "network", "federation", "foundation",
                    "tribunal", "regulator", "office", "home", "operator", "company", "authority", "agency", "academy",
                    "university", "body", "society", "charity", "surgery", "constabulary"] {
            out[one.hasSuffix("y") ? String(one.dropLast()) + "ies" : one + "s"] = one
        }
        return out
    }()

    /// The name a cluster is called by: a person's full name over a surname, an organization's spelled-out name
    /// over its acronym, then the form most mentions were resolved to, then the longer. So `National Probation
    /// Service`, not `NPS`, when three pages write `NPS` alone and one spells it out: the acronym stays an alias,
    /// and the entity's id does not change when later pages happen to use the short form more.
    private func bestName(_ c: Cluster) -> String {
        var best = c.names.keys[0]
        func score(_ n: String) -> (Int, Int, Int, Int) {
            let full = c.type == .person && NameKey.person(n).contains(" ") ? 1 : 0
            let spelled = c.type == .organization && !isAcronymText(n) ? 1 : 0
            return (full, spelled, c.names[n] ?? 0, n.count)
        }
        for n in c.names.keys.dropFirst() where score(n) > score(best) { best = n }
        return best
    }
}
