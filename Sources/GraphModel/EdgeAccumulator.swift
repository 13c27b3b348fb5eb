import Corpus
import Extraction
import HindsightSupport

/// Collects the graph's edges while ``GraphBuilder`` reads the extractions, counting and sourcing each.
///
/// Everything is held by integer: each node id (entity, post, event, `role:…`) and each label is interned once
/// (``node(_:)``), an edge is keyed by (source, target, type, label) as four integers in one flat hash, and a
/// source is a 12-byte record (the post's index, the line, the kind of passage) in one contiguous array, the
/// sources of an edge chained through it. Nothing is reference-counted or hashed as a string per mention or per
/// sentence; ``edges()`` turns the records into the graph's ``Edge`` values (with their ``SourceRef`` lists) once,
/// at the end. Edges keep the order they were first added in.
struct EdgeAccumulator: Sendable {
    /// A place an edge is read: the post (an index into the posts registered by ``post(_:)``), the
    /// line and the kind of passage. The post gives the document.
    struct Source: Equatable, Sendable {
        var post: Int32
        var line: Int32
        var kind: PassageKind
    }

    private struct Key: Hashable {
        var a: Int32
        var b: Int32
        var type: UInt8
        /// The label's index, or -1 for none.
        var label: Int32
    }

    private struct Link: Hashable {
        var a: Int32
        var b: Int32
    }

    /// An edge being collected: 64 bytes (the days packed, the rare details boxed, see ``Edge``).
    private struct Record {
        var a: Int32
        var b: Int32
        var type: EdgeType
        var label: Int32
        var weight: Int
        var first: PackedDay
        var last: PackedDay
        var fromKnowledge: Bool
        var details: EdgeDetails?
        /// The first and last of its sources in ``sources`` (chained by ``next``), -1 when it has none.
        var head: Int32 = -1
        var tail: Int32 = -1
        var sourceCount: Int32 = 0

        init(a: Int32, b: Int32, type: EdgeType, label: Int32, weight: Int, firstSeen: CalendarDay?, lastSeen: CalendarDay?,
             fromKnowledge: Bool, qualifier: String? = nil, start: String? = nil, end: String? = nil) {
            self.a = a
            self.b = b
            self.type = type
            self.label = label
            self.weight = weight
            self.first = PackedDay(firstSeen)
            self.last = PackedDay(lastSeen)
            self.fromKnowledge = fromKnowledge
            self.details = EdgeDetails.make(qualifier: qualifier, start: start, end: end)
        }

        var firstSeen: CalendarDay? {
            get { first.day }
            set { first = PackedDay(newValue) }
        }
        var lastSeen: CalendarDay? {
            get { last.day }
            set { last = PackedDay(newValue) }
        }
        var qualifier: String? {
            get { details?.qualifier }
            set { details = details.with(qualifier: newValue) }
        }
        var start: String? {
            get { details?.start }
            set { details = details.with(start: newValue) }
        }
        var end: String? {
            get { details?.end }
            set { details = details.with(end: newValue) }
        }
    }

    private var nodeNames: [String] = []
    private var nodeIndex: [String: Int32] = [:]
    private var labelNames: [String] = []
    private var labelIndex: [String: Int32] = [:]
    /// The registered posts, each shared by the sources made of it (``SourceRef/place``).
    private var posts: [SourcePost] = []
    private var postIndex: [SourcePost: Int32] = [:]
    /// The same posts by object, so that a source whose post the builder made is placed without hashing strings.
    private var postObjects: [ObjectIdentifier: Int32] = [:]

    private var index: [Key: Int32] = [:]
    private var records: [Record] = []
    private var sources: [Source] = []
    /// For each source, the next source of the same edge, or -1.
    private var next: [Int32] = []
    /// For each type ``has(_:_:_:)`` was asked about, the links of that type (built on the first question, then
    /// kept up to date), so that the many edges of other types are never looked at twice.
    private var links: [UInt8: Set<Link>] = [:]

    /// The index of a node id, interning it on first sight.
    mutating func node(_ id: String) -> Int32 {
        if let i = nodeIndex[id] { return i }
        let i = Int32(nodeNames.count)
        nodeNames.append(id)
        nodeIndex[id] = i
        return i
    }

    /// The node id of an index.
    func name(_ node: Int32) -> String { nodeNames[Int(node)] }

    /// Every node id, by index.
    var names: [String] { nodeNames }

    private mutating func label(_ l: String?) -> Int32 {
        guard let l else { return -1 }
        if let i = labelIndex[l] { return i }
        let i = Int32(labelNames.count)
        labelNames.append(l)
        labelIndex[l] = i
        return i
    }

    /// Registers a post (its id and its document's path, shared by the sources made of it) and returns its index
    /// for ``Source/post``.
    mutating func post(_ place: SourcePost) -> Int32 {
        if let i = postObjects[ObjectIdentifier(place)] { return i }
        if let i = postIndex[place] { return i }
        let i = Int32(posts.count)
        posts.append(place)
        postIndex[place] = i
        postObjects[ObjectIdentifier(place)] = i
        return i
    }

    /// The compact form of a source whose post was registered (or is registered now).
    mutating func source(_ s: SourceRef) -> Source {
        Source(post: post(s.place), line: Int32(clamping: s.line), kind: s.kind)
    }

    private func sourceRef(_ s: Source) -> SourceRef {
        SourceRef(place: posts[Int(s.post)], line: Int(s.line), kind: s.kind)
    }

    private mutating func append(_ s: Source, to r: Int) {
        let k = Int32(sources.count)
        sources.append(s)
        next.append(-1)
        if records[r].tail >= 0 { next[Int(records[r].tail)] = k } else { records[r].head = k }
        records[r].tail = k
        records[r].sourceCount += 1
    }

    private func hasSource(_ s: Source, _ r: Int) -> Bool {
        var k = records[r].head
        while k >= 0 {
            if sources[Int(k)] == s { return true }
            k = next[Int(k)]
        }
        return false
    }

    private mutating func noteLink(_ a: Int32, _ b: Int32, _ type: UInt8) {
        guard links[type] != nil else { return }
        links[type]!.insert(Link(a: a, b: b))
    }

    mutating func add(_ a: Int32, _ b: Int32, _ type: EdgeType, label: String?, source: Source, day: CalendarDay?,
                      qualifier: String? = nil, start: String? = nil, end: String? = nil) {
        let key = Key(a: a, b: b, type: type.code, label: self.label(label))
        if let found = index[key] {
            let i = Int(found)
            // one statement per line: two rules reading the same sentence do not make it two
            if type.isRelation, hasSource(source, i) { return }
            records[i].weight += 1
            append(source, to: i)
            if records[i].qualifier == nil { records[i].qualifier = qualifier }
            if records[i].start == nil { records[i].start = start }
            if records[i].end == nil { records[i].end = end }
            if let day {
                if records[i].firstSeen.map({ day < $0 }) ?? true { records[i].firstSeen = day }
                if records[i].lastSeen.map({ day > $0 }) ?? true { records[i].lastSeen = day }
            }
        } else {
            index[key] = Int32(records.count)
            noteLink(a, b, key.type)
            records.append(Record(a: a, b: b, type: type, label: key.label, weight: 1, firstSeen: day, lastSeen: day,
                                  fromKnowledge: false, qualifier: qualifier, start: start, end: end))
            append(source, to: records.count - 1)
        }
    }

    mutating func addKnowledge(_ a: Int32, _ b: Int32, _ type: EdgeType, label: String?, start: String? = nil,
                               end: String? = nil) {
        let key = Key(a: a, b: b, type: type.code, label: self.label(label))
        guard index[key] == nil else { return }
        index[key] = Int32(records.count)
        noteLink(a, b, key.type)
        records.append(Record(a: a, b: b, type: type, label: key.label, weight: 1, firstSeen: nil, lastSeen: nil,
                              fromKnowledge: true, start: start, end: end))
    }

    /// A role read alone (`role:…`) that the same person also holds at a named organization with the same title
    /// is one role: its sources join the organization's edge.
    mutating func mergeRolesAlone() {
        struct PersonTitle: Hashable { var person: Int32; var title: String }
        func isRoleAlone(_ r: Record) -> Bool { nodeNames[Int(r.b)].hasPrefix("role:") }
        var withOrg: [PersonTitle: Int] = [:]
        for (i, r) in records.enumerated() where r.type == .holdsRole && r.label >= 0 && !isRoleAlone(r) {
            let key = PersonTitle(person: r.a, title: RoleTitle.key(labelNames[Int(r.label)]))
            if withOrg[key] == nil { withOrg[key] = i }
        }
        var drop = Set<Int>()
        for (i, r) in records.enumerated() where r.type == .holdsRole && r.label >= 0 && isRoleAlone(r) {
            guard let j = withOrg[PersonTitle(person: r.a, title: RoleTitle.key(labelNames[Int(r.label)]))] else { continue }
            records[j].weight += r.weight
            if r.head >= 0 {
                if records[j].tail >= 0 { next[Int(records[j].tail)] = r.head } else { records[j].head = r.head }
                records[j].tail = r.tail
                records[j].sourceCount += r.sourceCount
            }
            if let f = r.firstSeen, records[j].firstSeen.map({ f < $0 }) ?? true { records[j].firstSeen = f }
            if let f = r.lastSeen, records[j].lastSeen.map({ f > $0 }) ?? true { records[j].lastSeen = f }
            drop.insert(i)
        }
        guard !drop.isEmpty else { return }
        records = records.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        index = [:]
        links = [:]
        for (i, r) in records.enumerated() { index[Key(a: r.a, b: r.b, type: r.type.code, label: r.label)] = Int32(i) }
    }

    /// Adds a shard's edges, as if each of its `add` calls were made here, in its order: the shard was filled
    /// (on another thread) with node indices of this accumulator and sources of its posts, and holds no edge
    /// a relation rule reads (those are kept apart per line, which needs every earlier source). Shards absorbed
    /// in the order of their documents give the graph a single thread gives, byte for byte: an edge keeps its
    /// first place, its sources their order, its weight the count and its days the first and last.
    mutating func absorb(_ shard: EdgeAccumulator) {
        reserve(additional: shard.records.count)
        sources.reserveCapacity(sources.count + shard.sources.count)
        next.reserveCapacity(next.count + shard.sources.count)
        for r in shard.records {
            precondition(!r.type.isRelation && !r.fromKnowledge, "a shard holds counted edges only")
            let key = Key(a: r.a, b: r.b, type: r.type.code, label: label(r.label >= 0 ? shard.labelNames[Int(r.label)] : nil))
            let i: Int
            if let found = index[key] {
                i = Int(found)
                records[i].weight += r.weight
                if records[i].qualifier == nil { records[i].qualifier = r.qualifier }
                if records[i].start == nil { records[i].start = r.start }
                if records[i].end == nil { records[i].end = r.end }
                if let f = r.firstSeen, records[i].firstSeen.map({ f < $0 }) ?? true { records[i].firstSeen = f }
                if let l = r.lastSeen, records[i].lastSeen.map({ l > $0 }) ?? true { records[i].lastSeen = l }
            } else {
                i = records.count
                index[key] = Int32(i)
                noteLink(key.a, key.b, key.type)
                records.append(Record(a: r.a, b: r.b, type: r.type, label: key.label, weight: r.weight, firstSeen: r.firstSeen,
                                      lastSeen: r.lastSeen, fromKnowledge: false, qualifier: r.qualifier, start: r.start, end: r.end))
            }
            var k = r.head
            while k >= 0 {
                append(shard.sources[Int(k)], to: i)
                k = shard.next[Int(k)]
            }
        }
    }

    /// Makes room for `additional` more edges at once, instead of growing (and rehashing) step by step.
    mutating func reserve(additional: Int) {
        index.reserveCapacity(records.count + additional)
        records.reserveCapacity(records.count + additional)
        sources.reserveCapacity(sources.count + additional)
        next.reserveCapacity(next.count + additional)
    }

    /// Whether an edge from `a` to `b` of this type exists, with any label.
    mutating func has(_ a: Int32, _ b: Int32, _ type: EdgeType) -> Bool {
        let code = type.code
        if links[code] == nil {
            links[code] = Set(records.lazy.filter { $0.type == type }.map { Link(a: $0.a, b: $0.b) })
        }
        return links[code]!.contains(Link(a: a, b: b))
    }

    /// ``edges()``, releasing the accumulator's indices first and its records after: the accumulator is empty on
    /// return, and its hash tables are not held while the edges are made. Made on `threads` threads, in order.
    mutating func takeEdges(threads: Int = 1) -> [Edge] {
        index = [:]
        links = [:]
        nodeIndex = [:]
        labelIndex = [:]
        postIndex = [:]
        postObjects = [:]
        let list = edges(threads: threads)
        self = EdgeAccumulator()
        return list
    }

    /// The edges, in the order they were first added, each with its sources in the order they were read; made on
    /// `threads` threads (in chunks of records, put back in order). The list is allocated once at its final size
    /// and the chunks are made a round at a time (two per thread), each appended and dropped as soon as its round
    /// is done: the edges are never held twice (a `flatMap` of every chunk held them twice, plus the list's growth).
    func edges(threads: Int = 1) -> [Edge] {
        let chunk = 4096
        guard threads > 1, records.count > chunk else { return records.indices.map(edge(at:)) }
        var list: [Edge] = []
        list.reserveCapacity(records.count)
        let starts = Array(stride(from: 0, to: records.count, by: chunk))
        var round = 0
        while round < starts.count {
            let batch = Array(starts[round..<min(round + threads * 2, starts.count)])
            for part in ParallelMap.map(batch, threads: threads, { start in
                (start..<min(start + chunk, records.count)).map(edge(at:))
            }) {
                list.append(contentsOf: part)
            }
            round += batch.count
        }
        return list
    }

    private func edge(at i: Int) -> Edge {
        let r = records[i]
        var list: [SourceRef] = []
        list.reserveCapacity(Int(r.sourceCount))
        var k = r.head
        while k >= 0 {
            list.append(sourceRef(sources[Int(k)]))
            k = next[Int(k)]
        }
        return Edge(source: nodeNames[Int(r.a)], target: nodeNames[Int(r.b)], type: r.type, weight: r.weight,
                    label: r.label >= 0 ? labelNames[Int(r.label)] : nil, firstSeen: r.firstSeen,
                    lastSeen: r.lastSeen, sources: list, fromKnowledge: r.fromKnowledge, qualifier: r.qualifier,
                    start: r.start, end: r.end)
    }
}

extension EdgeType {
    /// A small integer per type, for compact keys.
    fileprivate var code: UInt8 {
        switch self {
        case .mentions: return 0
        case .participatesIn: return 1
        case .coOccurs: return 2
        case .holdsRole: return 3
        case .successorOf: return 4
        case .operates: return 5
        case .owns: return 6
        case .memberOf: return 7
        case .partOf: return 8
        case .leads: return 9
        case .partnerOf: return 10
        case .criticised: return 11
        case .funds: return 12
        }
    }
}
