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
            for r in x.relations {
                guard let a = resolution.assignments[d][r.subject], let b = resolution.assignments[d][r.object], a != b,
                      let type = EdgeType(rawValue: r.predicate) else { continue }
                let src = source(x, post: r.post, line: r.line, kind: r.kind)
                edges.add(a, b, type, label: r.label, source: src, day: x.document.posts[r.post].published)
                if type == .holdsRole, let label = r.label {
                    let role = RoleRecord(title: label, organization: b, from: nil, to: nil, fromKnowledge: false)
                    if byID[a]?.roles.contains(role) == false { byID[a]?.roles.append(role) }
                }
            }
        }

        // Roles from the knowledge base, where the organization is in the graph too.
        let knowledgeToEntity = Dictionary(resolution.entities.compactMap { r in r.knowledgeID.map { ($0, r.id) } },
                                           uniquingKeysWith: { a, _ in a })
        let nameToEntity = Dictionary(resolution.entities.map { ($0.name.lowercased(), $0.id) }, uniquingKeysWith: { a, _ in a })
        for r in resolution.entities {
            for role in r.roles {
                let org = role.organization.flatMap { knowledgeToEntity[$0] ?? nameToEntity[$0.lowercased()] }
                byID[r.id]?.roles.append(RoleRecord(title: role.title, organization: org, from: role.from, to: role.to,
                                                    fromKnowledge: true))
                if let org, org != r.id, !edges.has(r.id, org, .holdsRole) {
                    edges.addKnowledge(r.id, org, .holdsRole, label: role.title)
                }
            }
        }

        // Events, merged across posts.
        var merger = EventMerger()
        for (d, x) in extractions.enumerated() {
            for c in x.events {
                let participants = c.participants.compactMap { resolution.assignments[d][$0] }
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
            guard var e = byID[id], !e.mentions.isEmpty else { continue }
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

    mutating func add(_ a: String, _ b: String, _ type: EdgeType, label: String?, source: SourceRef, day: CalendarDay?) {
        let key = Key(source: a, target: b, type: type, label: label)
        if let i = index[key] {
            list[i].weight += 1
            list[i].sources.append(source)
            if let day {
                if list[i].firstSeen.map({ day < $0 }) ?? true { list[i].firstSeen = day }
                if list[i].lastSeen.map({ day > $0 }) ?? true { list[i].lastSeen = day }
            }
        } else {
            index[key] = list.count
            noteLink(a, b, type)
            list.append(Edge(source: a, target: b, type: type, weight: 1, label: label, firstSeen: day, lastSeen: day,
                             sources: [source], fromKnowledge: false))
        }
    }

    mutating func addKnowledge(_ a: String, _ b: String, _ type: EdgeType, label: String?) {
        let key = Key(source: a, target: b, type: type, label: label)
        guard index[key] == nil else { return }
        index[key] = list.count
        noteLink(a, b, type)
        list.append(Edge(source: a, target: b, type: type, weight: 1, label: label, firstSeen: nil, lastSeen: nil,
                         sources: [], fromKnowledge: true))
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
