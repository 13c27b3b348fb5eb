import Corpus
import Extraction

/// The corpus-level step: resolves entities across documents, merges events told in several posts, and
/// builds the typed, weighted, sourced edges. Single-threaded and deterministic: documents in path order.
public struct GraphBuilder: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// Builds the graph of extracted documents (in the order given).
    public func build(_ extractions: [DocumentExtraction], bytes: Int = 0) -> KnowledgeGraph {
        let resolution = EntityResolver(knowledge: knowledge).resolve(extractions.map(\.mentions))

        // Documents and posts.
        var documents: [DocumentNode] = []
        var postDates: [String: CalendarDay] = [:]
        for x in extractions {
            let posts = x.document.posts.map { p in
                PostNode(id: p.id, document: x.document.id, title: p.title, published: p.published,
                         publishedInferred: p.publishedInferred, firstLine: p.firstLine, lastLine: p.lastLine,
                         commentCount: p.comments.count, author: p.author, url: p.url)
            }
            for p in posts { if let d = p.published { postDates[p.id] = d } }
            documents.append(DocumentNode(id: x.document.id, path: x.document.path,
                                          duplicatePaths: x.document.duplicatePaths, format: x.document.format,
                                          lineCount: x.document.lineCount, posts: posts))
        }

        // Entities with their mentions.
        var byID: [String: Entity] = [:]
        var order: [String] = []
        for r in resolution.entities {
            byID[r.id] = Entity(id: r.id, type: r.type, name: r.name, aliases: r.aliases, mentions: [],
                                knowledgeID: r.knowledgeID, roles: [], firstSeen: nil, lastSeen: nil)
            order.append(r.id)
        }
        var edges = EdgeAccumulator()
        func source(_ x: DocumentExtraction, post: Int, line: Int, kind: PassageKind) -> SourceRef {
            SourceRef(document: x.document.path, line: line, kind: kind, post: x.document.posts[post].id)
        }
        // Each mention adds at most one edge (post → entity): room for them all, so the index never rehashes.
        edges.reserve(additional: extractions.reduce(0) { $0 + $1.mentions.count })
        for (d, x) in extractions.enumerated() {
            for (i, m) in x.mentions.enumerated() {
                guard let id = resolution.assignments[d][i] else { continue }
                let src = source(x, post: m.post, line: m.line, kind: m.kind)
                let day = x.document.posts[m.post].published
                byID[id]?.mentions.append(MentionRecord(text: m.mention.text, source: src, postDate: day))
                edges.add(src.post, id, .mentions, label: nil, source: src, day: day)
            }
        }

        // Co-occurrence, counted per sentence; stated relations.
        for (d, x) in extractions.enumerated() {
            for (s, sentence) in x.sentences.enumerated() {
                var ids = x.sentenceMentions[s].compactMap { resolution.assignments[d][$0] }
                if ids.count >= 2 {
                    // sorted, each once
                    ids.sort()
                    var w = 1
                    for r in 1..<ids.count where ids[r] != ids[w - 1] {
                        ids[w] = ids[r]
                        w += 1
                    }
                    ids.removeLast(ids.count - w)
                }
                guard ids.count >= 2, ids.count <= 12 else { continue }
                let src = source(x, post: sentence.post, line: sentence.line, kind: sentence.kind)
                let day = x.document.posts[sentence.post].published
                for a in 0..<ids.count {
                    for b in (a + 1)..<ids.count {
                        edges.add(ids[a], ids[b], .coOccurs, label: nil, source: src, day: day)
                    }
                }
            }
        }

        // Stated relations, then relations known only from `Entities/`.
        let knowledgeToEntity = Dictionary(resolution.entities.compactMap { r in r.knowledgeID.map { ($0, r.id) } },
                                           uniquingKeysWith: { a, _ in a })
        var nameToEntity = Dictionary(resolution.entities.map { ($0.name.lowercased(), $0.id) }, uniquingKeysWith: { a, _ in a })
        for r in resolution.entities {
            for alias in r.aliases where nameToEntity[alias.lowercased()] == nil { nameToEntity[alias.lowercased()] = r.id }
        }
        var implied = Set<String>()
        /// The entity a name implies: one in the graph, or one added (without mentions) from `Entities/` or the name.
        func entity(named name: String, create: Bool) -> String? {
            let record = knowledge.records(named: name).first
            if let record, let id = knowledgeToEntity[record.id] { return id }
            if let id = nameToEntity[name.lowercased()] { return id }
            if let record, let id = nameToEntity[record.name.lowercased()] { return id }
            guard create else { return nil }
            let type = record?.type ?? .organization
            let canonical = record?.name ?? name
            let id = type.id(for: canonical)
            if byID[id] == nil {
                byID[id] = Entity(id: id, type: type, name: canonical, aliases: record?.aliases ?? [], mentions: [],
                                  knowledgeID: record?.id, roles: [], firstSeen: nil, lastSeen: nil)
                order.append(id)
            }
            implied.insert(id)
            nameToEntity[canonical.lowercased()] = id
            return id
        }
        for (d, x) in extractions.enumerated() {
            for r in x.relations {
                guard let a = resolution.assignments[d][r.subject], let type = EdgeType(rawValue: r.predicate) else { continue }
                let day = x.document.posts[r.post].published
                var b: String?
                var label = r.label
                if let o = r.object {
                    b = resolution.assignments[d][o]
                } else if let name = r.objectName {
                    b = entity(named: name, create: true)
                } else if let known = r.objectCandidates.lazy.compactMap({ entity(named: $0, create: false) }).first {
                    b = known
                } else if type == .holdsRole, let l = r.label {
                    b = "role:" + EntityType.slug(RoleTitle.key(l))
                    label = RoleTitle.display(l)
                }
                guard let b, a != b else { continue }
                var start = r.start?.value, end = r.end?.value
                if type == .holdsRole, let l = r.label, !b.hasPrefix("role:") {
                    // one role per person and organization: the curated title when the text names the same post
                    let kid = byID[a]?.knowledgeID
                    let orgName = byID[b]?.name
                    let known = kid.map { knowledge.roles(of: $0) } ?? []
                    if let k = known.first(where: { role in
                        RoleTitle.matches(stated: l, known: role.title)
                            && (role.organization.map { entity(named: $0, create: false) == b || $0.lowercased() == orgName?.lowercased() } ?? false)
                    }) {
                        label = k.title
                        start = start ?? k.from
                        end = end ?? k.to
                    } else {
                        label = RoleTitle.display(l)
                    }
                }
                if r.qualifier == "former", end == nil, let day { end = day.iso }
                let src = source(x, post: r.post, line: r.line, kind: r.kind)
                edges.add(a, b, type, label: label, source: src, day: day, qualifier: r.qualifier, start: start, end: end)
                if type == .holdsRole, let label, !b.hasPrefix("role:") {
                    let role = RoleRecord(title: label, organization: b, from: start, to: end, fromKnowledge: false)
                    if byID[a]?.roles.contains(where: { $0.title == label && $0.organization == b }) == false { byID[a]?.roles.append(role) }
                }
            }
        }
        edges.mergeRolesAlone()

        // Roles from the knowledge base, where the organization is in the graph too.
        for r in resolution.entities {
            for role in r.roles {
                let org = role.organization.flatMap { knowledgeToEntity[$0] ?? nameToEntity[$0.lowercased()] }
                if byID[r.id]?.roles.contains(where: { $0.title == role.title && $0.organization == org }) == false {
                    byID[r.id]?.roles.append(RoleRecord(title: role.title, organization: org, from: role.from, to: role.to,
                                                        fromKnowledge: true))
                }
                if let org, org != r.id, !edges.has(r.id, org, .holdsRole) {
                    edges.addKnowledge(r.id, org, .holdsRole, label: role.title, start: role.from, end: role.to)
                }
            }
            // Other curated relations (`part_of`, `successor_of`, `owns`, ...) between entities of the graph.
            guard let kid = r.knowledgeID, let record = knowledge.record(id: kid) else { continue }
            for rel in record.relations {
                guard let type = EdgeType(rawValue: rel.predicate), type.isRelation,
                      let other = entity(named: rel.object, create: false), other != r.id,
                      !edges.has(r.id, other, type) else { continue }
                edges.addKnowledge(r.id, other, type, label: nil, start: rel.from, end: rel.to)
            }
        }

        // Events, merged across posts.
        var merger = EventMerger()
        for (d, x) in extractions.enumerated() {
            for c in x.events {
                var participants = c.participants.compactMap { resolution.assignments[d][$0] }
                for name in c.impliedParticipants {
                    if let id = entity(named: name, create: false), !participants.contains(id) { participants.append(id) }
                }
                let src = source(x, post: c.post, line: c.line, kind: c.kind)
                merger.add(c, participants: participants, source: src, postDay: x.document.posts[c.post].published)
            }
        }
        let events = EventImportance.score(merger.events(mentionCounts: byID.mapValues(\.weight)), entities: byID)
        edges.reserve(additional: events.reduce(0) { $0 + $1.participants.count })
        for ev in events {
            for p in ev.participants {
                for s in ev.sources { edges.add(p, ev.id, .participatesIn, label: nil, source: s, day: ev.date.start) }
            }
        }

        // Finish entities: first and last seen, stable order (most mentioned first, then name).
        var entities: [Entity] = []
        for id in order {
            guard var e = byID[id], !e.mentions.isEmpty || implied.contains(id) else { continue }
            let days = e.mentions.compactMap(\.postDate)
            e.firstSeen = days.min()
            e.lastSeen = days.max()
            entities.append(e)
        }
        entities.sort { ($0.weight, $1.name, $1.id) > ($1.weight, $0.name, $0.id) }

        var dates: [DateRecord] = []
        for x in extractions {
            for d in x.dates {
                dates.append(DateRecord(text: d.expression.text, value: d.expression.value,
                                        source: source(x, post: d.post, line: d.line, kind: d.kind),
                                        isRelative: d.expression.isRelative,
                                        referenceInferred: d.expression.referenceInferred))
            }
        }

        let allPostDays = documents.flatMap(\.posts).compactMap(\.published)
        let finalEdges = edges.edges()
        let stats = CorpusStatistics(
            documents: documents.count, posts: documents.reduce(0) { $0 + $1.posts.count },
            comments: documents.reduce(0) { $0 + $1.posts.reduce(0) { $0 + $1.commentCount } }, bytes: bytes,
            entities: entities.count, dates: dates.count, events: events.count, edges: finalEdges.count,
            firstPost: allPostDays.min(), lastPost: allPostDays.max())
        return KnowledgeGraph(documents: documents, entities: entities, dates: dates, events: events,
                              edges: finalEdges, statistics: stats)
    }
}

/// Collects edges keyed by (source, target, type, label), counting and sourcing each. Every lookup is hashed:
/// adding an edge and asking whether one exists take constant time, whatever the number of edges.
struct EdgeAccumulator {
    struct Key: Hashable { var source: String; var target: String; var type: EdgeType; var label: String? }
    /// An edge's endpoints and type, whatever its label.
    struct Link: Hashable { var source: String; var target: String; var type: EdgeType }
    private var index: [Key: Int] = [:]
    /// For each type ``has(_:_:_:)`` was asked about, the links of that type (built on the first question, then
    /// kept up to date), so that the many edges of other types are never hashed twice.
    private var links: [EdgeType: Set<Link>] = [:]
    private var list: [Edge] = []

    private mutating func noteLink(_ a: String, _ b: String, _ type: EdgeType) {
        guard links[type] != nil else { return }
        links[type]!.insert(Link(source: a, target: b, type: type))
    }

    mutating func add(_ a: String, _ b: String, _ type: EdgeType, label: String?, source: SourceRef, day: CalendarDay?,
                      qualifier: String? = nil, start: String? = nil, end: String? = nil) {
        let key = Key(source: a, target: b, type: type, label: label)
        if let i = index[key] {
            // one statement per line: two rules reading the same sentence do not make it two
            if type.isRelation, list[i].sources.contains(source) { return }
            list[i].weight += 1
            list[i].sources.append(source)
            if list[i].qualifier == nil { list[i].qualifier = qualifier }
            if list[i].start == nil { list[i].start = start }
            if list[i].end == nil { list[i].end = end }
            if let day {
                if list[i].firstSeen.map({ day < $0 }) ?? true { list[i].firstSeen = day }
                if list[i].lastSeen.map({ day > $0 }) ?? true { list[i].lastSeen = day }
            }
        } else {
            index[key] = list.count
            noteLink(a, b, type)
            list.append(Edge(source: a, target: b, type: type, weight: 1, label: label, firstSeen: day, lastSeen: day,
                             sources: [source], fromKnowledge: false, qualifier: qualifier, start: start, end: end))
        }
    }

    mutating func addKnowledge(_ a: String, _ b: String, _ type: EdgeType, label: String?, start: String? = nil, end: String? = nil) {
        let key = Key(source: a, target: b, type: type, label: label)
        guard index[key] == nil else { return }
        index[key] = list.count
        noteLink(a, b, type)
        list.append(Edge(source: a, target: b, type: type, weight: 1, label: label, firstSeen: nil, lastSeen: nil,
                         sources: [], fromKnowledge: true, start: start, end: end))
    }

    /// A role read alone (`role:…`) that the same person also holds at a named organization with the same title
    /// is one role: its sources join the organization's edge.
    mutating func mergeRolesAlone() {
        var withOrg: [String: Int] = [:]   // person + title key → edge
        for (i, e) in list.enumerated() where e.type == .holdsRole && !e.target.hasPrefix("role:") {
            if let l = e.label { withOrg[e.source + "|" + RoleTitle.key(l)] = withOrg[e.source + "|" + RoleTitle.key(l)] ?? i }
        }
        var drop = Set<Int>()
        for (i, e) in list.enumerated() where e.type == .holdsRole && e.target.hasPrefix("role:") {
            guard let l = e.label, let j = withOrg[e.source + "|" + RoleTitle.key(l)] else { continue }
            list[j].weight += e.weight
            list[j].sources += e.sources
            if let f = e.firstSeen, list[j].firstSeen.map({ f < $0 }) ?? true { list[j].firstSeen = f }
            if let f = e.lastSeen, list[j].lastSeen.map({ f > $0 }) ?? true { list[j].lastSeen = f }
            drop.insert(i)
        }
        guard !drop.isEmpty else { return }
        list = list.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        index = [:]
        links = [:]
        for (i, e) in list.enumerated() { index[Key(source: e.source, target: e.target, type: e.type, label: e.label)] = i }
    }

    /// Makes room for `additional` more edges at once, instead of growing (and rehashing) step by step.
    mutating func reserve(additional: Int) {
        index.reserveCapacity(list.count + additional)
        list.reserveCapacity(list.count + additional)
    }

    /// Whether an edge from `a` to `b` of this type exists, with any label.
    mutating func has(_ a: String, _ b: String, _ type: EdgeType) -> Bool {
        if links[type] == nil {
            links[type] = Set(list.lazy.filter { $0.type == type }.map { Link(source: $0.source, target: $0.target, type: type) })
        }
        return links[type]!.contains(Link(source: a, target: b, type: type))
    }

    func edges() -> [Edge] { list }
}
