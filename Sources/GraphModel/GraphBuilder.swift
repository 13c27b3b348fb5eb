import Corpus
import Extraction
import HindsightSupport

/// The corpus-level step: resolves entities across documents, merges events told in several posts, and
/// builds the typed, weighted, sourced edges (collected by integer in an ``EdgeAccumulator``). Deterministic:
/// documents in path order. The counted edges (mentions and co-occurrence, most of the edges) are collected in
/// shards of documents on `threads` threads and absorbed in document order, which gives the same graph, byte
/// for byte, as one thread; entity resolution, stated relations and event merging run on one.
public struct GraphBuilder: Sendable {
    public let knowledge: KnowledgeBase
    /// Threads for the counted edges and for making the edges at the end.
    public var threads: Int

    public init(knowledge: KnowledgeBase, threads: Int = 1) {
        self.knowledge = knowledge
        self.threads = max(1, threads)
    }

    /// Consecutive ranges of document indices, about `threads` × 4 of them of similar size (so that threads
    /// finishing early pick up more, and a shard is a small part of the graph), for the sharded stages.
    static func shards(_ sizes: [Int], threads: Int) -> [Range<Int>] {
        guard sizes.count > 1 else { return sizes.isEmpty ? [] : [0..<sizes.count] }
        let total = max(1, sizes.reduce(0, +))
        let target = max(1, total / (threads * 4))
        var out: [Range<Int>] = []
        var start = 0, acc = 0
        for (i, n) in sizes.enumerated() {
            acc += n
            if acc >= target {
                out.append(start..<(i + 1))
                start = i + 1
                acc = 0
            }
        }
        if start < sizes.count { out.append(start..<sizes.count) }
        return out
    }

    /// Builds the graph of extracted documents (in the order given).
    public func build(_ extractions: [DocumentExtraction], bytes: Int = 0) -> KnowledgeGraph {
        var extractions = extractions
        return build(releasing: &extractions, bytes: bytes)
    }

    /// Builds the graph of extracted documents (in the order given), releasing each part of the extractions as
    /// soon as it has been read (the mentions once they are placed, the sentences once co-occurrence is
    /// counted, ...): `extractions` is empty on return. The same graph as ``build(_:bytes:)``, with a lower peak
    /// of memory, for a caller that does not need the extractions afterwards.
    public func build(releasing extractions: inout [DocumentExtraction], bytes: Int = 0) -> KnowledgeGraph {
        let resolution = EntityResolver(knowledge: knowledge).resolve(extractions.map(\.mentions),
                                                                      openings: extractions.map(OpeningOnlyNames.openings(of:)))

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

        // Each post once, shared by every source read in it (see ``SourceRef``).
        let places: [[SourcePost]] = extractions.map { x in
            x.document.posts.map { SourcePost(document: x.document.path, post: $0.id) }
        }
        @Sendable func sourceRef(_ d: Int, post: Int, line: Int, kind: PassageKind) -> SourceRef {
            SourceRef(place: places[d][post], line: line, kind: kind)
        }

        // Dates, in document order.
        var dates: [DateRecord] = []
        dates.reserveCapacity(extractions.reduce(0) { $0 + $1.dates.count })
        for (k, x) in extractions.enumerated() {
            for d in x.dates {
                dates.append(DateRecord(text: d.expression.text, value: d.expression.value,
                                        source: sourceRef(k, post: d.post, line: d.line, kind: d.kind),
                                        isRelative: d.expression.isRelative,
                                        referenceInferred: d.expression.referenceInferred))
            }
        }
        for d in extractions.indices { extractions[d].dates = [] }

        // Entities with their mentions.
        var byID: [String: Entity] = [:]
        var order: [String] = []
        for r in resolution.entities {
            byID[r.id] = Entity(id: r.id, type: r.type, name: r.name, aliases: r.aliases, mentions: [],
                                knowledgeID: r.knowledgeID, roles: [], firstSeen: nil, lastSeen: nil)
            order.append(r.id)
        }
        var edges = EdgeAccumulator()
        // Node ids as integers: the resolved entities first, in id order (so that comparing two of their indices
        // compares their ids), then the posts; each post's index for compact sources.
        for r in resolution.entities { _ = edges.node(r.id) }
        let entityCount = resolution.entities.count
        let entityIDsSorted = zip(resolution.entities.dropFirst(), resolution.entities).allSatisfy { $0.id > $1.id }
        var bases: [Int] = []
        var nodes: [Int32] = []
        for (d, x) in extractions.enumerated() {
            bases.append(nodes.count)
            for (k, p) in x.document.posts.enumerated() {
                nodes.append(edges.node(p.id))
                _ = edges.post(places[d][k])
            }
        }
        let postBase = bases, postNodes = nodes
        /// Each mention's entity as a node index (-1: none).
        let assigned: [[Int32]] = resolution.assignments.map { ids in ids.map { id in id.map { edges.node($0) } ?? -1 } }
        @Sendable func source(_ d: Int, post: Int, line: Int, kind: PassageKind) -> EdgeAccumulator.Source {
            EdgeAccumulator.Source(post: Int32(postBase[d] + post), line: Int32(clamping: line), kind: kind)
        }
        // Each mention adds at most one edge (post → entity): room for them all, so the index never rehashes.
        edges.reserve(additional: extractions.reduce(0) { $0 + $1.mentions.count })
        // Mentions, then co-occurrence (counted per sentence): each shard of documents collects its edges (and,
        // for mentions, each entity's mention records) on a thread, in document order; the shards are absorbed
        // in order, a batch of them at a time (so that only a few are held at once). Each batch's mentions, then
        // its sentences, are taken out of the extractions for its step and let go once it is absorbed (nothing
        // later reads them), so that the extractions shrink as the graph grows.
        struct MentionShard: Sendable {
            var edges = EdgeAccumulator()
            /// The mention records, each with its entity's node index, in order.
            var records: [(node: Int32, record: MentionRecord)] = []
        }
        let shards = GraphBuilder.shards(extractions.map { $0.mentions.count + $0.sentences.count }, threads: threads)
        let batches = stride(from: 0, to: shards.count, by: threads * 2).map { shards[$0..<min($0 + threads * 2, shards.count)] }
        /// The documents of a batch of shards.
        func documentRange(of batch: ArraySlice<Range<Int>>) -> Range<Int> {
            (batch.first?.lowerBound ?? 0)..<(batch.last?.upperBound ?? 0)
        }
        /// The day of each post of the documents, read on the threads.
        func postDays(_ docs: Range<Int>) -> [[CalendarDay?]] { docs.map { extractions[$0].document.posts.map(\.published) } }
        do {
            var mentionsOf: [[MentionRecord]] = Array(repeating: [], count: entityCount)
            for batch in batches {
                let docs = documentRange(of: batch)
                // the batch's mentions, taken out of the extractions (released after the batch)
                let mentions: [[LocatedMention]] = docs.map { d in
                    defer { extractions[d].mentions = [] }
                    return extractions[d].mentions
                }
                let days = postDays(docs)
                let done = ParallelMap.map(Array(batch), threads: threads) { range -> MentionShard in
                    var shard = MentionShard()
                    for d in range {
                        for (i, m) in mentions[d - docs.lowerBound].enumerated() {
                            let node = assigned[d][i]
                            guard node >= 0 else { continue }
                            let day = days[d - docs.lowerBound][m.post]
                            shard.records.append((node, MentionRecord(text: m.mention.text,
                                                                      source: sourceRef(d, post: m.post, line: m.line, kind: m.kind),
                                                                      postDate: day)))
                            shard.edges.add(postNodes[postBase[d] + m.post], node, .mentions, label: nil,
                                            source: source(d, post: m.post, line: m.line, kind: m.kind), day: day)
                        }
                    }
                    return shard
                }
                for shard in done {
                    for (node, record) in shard.records {
                        if Int(node) < entityCount {
                            mentionsOf[Int(node)].append(record)
                        } else {
                            byID[edges.name(node)]?.mentions.append(record)
                        }
                    }
                    edges.absorb(shard.edges)
                }
            }
            for (k, r) in resolution.entities.enumerated() where !mentionsOf[k].isEmpty {
                byID[r.id]?.mentions.append(contentsOf: mentionsOf[k])
            }
            mentionsOf = []

            let names = edges.names
            for batch in batches {
                let docs = documentRange(of: batch)
                // the batch's sentences and each one's mentions, taken out of the extractions (released after it)
                let sentences: [(spans: [SentenceSpan], mentions: [[Int]])] = docs.map { d in
                    defer {
                        extractions[d].sentences = []
                        extractions[d].sentenceMentions = []
                    }
                    return (extractions[d].sentences, extractions[d].sentenceMentions)
                }
                let days = postDays(docs)
                let done = ParallelMap.map(Array(batch), threads: threads) { range -> EdgeAccumulator in
                    var shard = EdgeAccumulator()
                    for d in range {
                        let x = sentences[d - docs.lowerBound]
                        for (s, sentence) in x.spans.enumerated() {
                            var ids = x.mentions[s].compactMap { i in assigned[d][i] >= 0 ? assigned[d][i] : nil }
                            if ids.count >= 2 {
                                // sorted by id, each once
                                if entityIDsSorted && ids.allSatisfy({ Int($0) < entityCount }) {
                                    ids.sort()
                                } else {
                                    ids.sort { names[Int($0)] < names[Int($1)] }
                                }
                                var w = 1
                                for r in 1..<ids.count where ids[r] != ids[w - 1] {
                                    ids[w] = ids[r]
                                    w += 1
                                }
                                ids.removeLast(ids.count - w)
                            }
                            guard ids.count >= 2, ids.count <= 12 else { continue }
                            let src = source(d, post: sentence.post, line: sentence.line, kind: sentence.kind)
                            let day = days[d - docs.lowerBound][sentence.post]
                            for a in 0..<ids.count {
                                for b in (a + 1)..<ids.count {
                                    shard.add(ids[a], ids[b], .coOccurs, label: nil, source: src, day: day)
                                }
                            }
                        }
                    }
                    return shard
                }
                for shard in done { edges.absorb(shard) }
            }
        }
        for d in extractions.indices {
            extractions[d].mentions = []
            extractions[d].sentences = []
            extractions[d].sentenceMentions = []
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
                } else if type == .holdsRole, let l = r.label, !RoleTitle.needsBody(l) {
                    // a post that exists only at a body (`chair`) and names none is no edge (RoleTitle.needsBody)
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
                let src = source(d, post: r.post, line: r.line, kind: r.kind)
                edges.add(edges.node(a), edges.node(b), type, label: label, source: src, day: day, qualifier: r.qualifier, start: start, end: end)
                if type == .holdsRole, let label, !b.hasPrefix("role:") {
                    let role = RoleRecord(title: label, organization: b, from: start, to: end, fromKnowledge: false)
                    if byID[a]?.roles.contains(where: { $0.title == label && $0.organization == b }) == false { byID[a]?.roles.append(role) }
                }
            }
        }
        edges.mergeRolesAlone()
        for d in extractions.indices { extractions[d].relations = [] }

        // Roles from the knowledge base, where the organization is in the graph too.
        for r in resolution.entities {
            for role in r.roles {
                let org = role.organization.flatMap { knowledgeToEntity[$0] ?? nameToEntity[$0.lowercased()] }
                if byID[r.id]?.roles.contains(where: { $0.title == role.title && $0.organization == org }) == false {
                    byID[r.id]?.roles.append(RoleRecord(title: role.title, organization: org, from: role.from, to: role.to,
                                                        fromKnowledge: true))
                }
                if let org, org != r.id, !edges.has(edges.node(r.id), edges.node(org), .holdsRole) {
                    edges.addKnowledge(edges.node(r.id), edges.node(org), .holdsRole, label: role.title, start: role.from, end: role.to)
                }
            }
            // Other curated relations (`part_of`, `successor_of`, `owns`, ...) between entities of the graph.
            guard let kid = r.knowledgeID, let record = knowledge.record(id: kid) else { continue }
            for rel in record.relations {
                guard let type = EdgeType(rawValue: rel.predicate), type.isRelation,
                      let other = entity(named: rel.object, create: false), other != r.id,
                      !edges.has(edges.node(r.id), edges.node(other), type) else { continue }
                edges.addKnowledge(edges.node(r.id), edges.node(other), type, label: nil, start: rel.from, end: rel.to)
            }
        }

        // Events, merged across posts. What the merger reads in each sentence (its fingerprint and wording) is read
        // first, on the threads, for the first candidate of each run of candidates from one sentence (as the
        // merger would read it); the candidates are then merged in document order, on one thread.
        var readings: [[EventMerger.SentenceReading?]] = {
            let candidates = extractions.map(\.events)   // (not held past this block)
            return ParallelMap.map(Array(candidates.indices), threads: threads) { d in
                var last: Int?
                return candidates[d].map { c in
                    defer { last = c.sentenceIndex }
                    return c.sentenceIndex == last ? nil : EventMerger.SentenceReading(c.sentence)
                }
            }
        }()
        // Each document's candidates (and their strings) are let go once merged: the merger keeps what it needs
        // of their texts in its own store.
        var merger = EventMerger()
        merger.reserveCapacity(candidates: extractions.reduce(0) { $0 + $1.events.count })
        for d in extractions.indices {
            let candidates = extractions[d].events
            extractions[d].events = []
            let posts = extractions[d].document.posts
            for (k, c) in candidates.enumerated() {
                var participants = c.participants.compactMap { resolution.assignments[d][$0] }
                for name in c.impliedParticipants {
                    if let id = entity(named: name, create: false), !participants.contains(id) { participants.append(id) }
                }
                let src = sourceRef(d, post: c.post, line: c.line, kind: c.kind)
                merger.add(c, participants: participants, source: src, postDay: posts[c.post].published,
                           reading: readings[d][k])
            }
            readings[d] = []
        }
        extractions = []
        FreedMemory.release()
        // The pending events (each with its sets of posts, sentences and participants) are let go as the events are
        // made, and each event's evidence as it is scored.
        var merged = merger.takeEvents(mentionCounts: byID.mapValues(\.weight))
        merger = EventMerger()
        let events = EventImportance.score(taking: &merged, entities: byID)
        edges.reserve(additional: events.reduce(0) { $0 + $1.participants.count })
        for ev in events {
            guard !ev.participants.isEmpty else { continue }
            let event = edges.node(ev.id)
            let sources = ev.sources.map { edges.source($0) }
            for p in ev.participants {
                let participant = edges.node(p)
                for s in sources { edges.add(participant, event, .participatesIn, label: nil, source: s, day: ev.date.start) }
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


        let allPostDays = documents.flatMap(\.posts).compactMap(\.published)
        let finalEdges = edges.takeEdges(threads: threads)
        // What the edges were collected in (and the pending events) goes back to the system before the graph is
        // written out (the writer's threads cannot reuse memory the main thread freed).
        FreedMemory.release()
        let stats = CorpusStatistics(
            documents: documents.count, posts: documents.reduce(0) { $0 + $1.posts.count },
            comments: documents.reduce(0) { $0 + $1.posts.reduce(0) { $0 + $1.commentCount } }, bytes: bytes,
            entities: entities.count, dates: dates.count, events: events.count, edges: finalEdges.count,
            firstPost: allPostDays.min(), lastPost: allPostDays.max())
        return KnowledgeGraph(documents: documents, entities: entities, dates: dates, events: events,
                              edges: finalEdges, statistics: stats)
    }
}
