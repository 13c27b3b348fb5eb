import HindsightSupport
import Corpus
import Extraction
import GraphModel

/// Writes the graph JSON export (`format: hindsight-graph`), the shape `Sources/Export/hindsight-graph.schema.json`
/// describes: documents with their posts, entities with mentions, dates, events, edges and statistics.
/// One record per line inside each array, so that exports diff well.
public struct GraphJSONWriter: Sendable {
    /// The version of the export's shape.
    public static let version = 1

    /// Threads rendering records: the records of each array are cut into runs rendered side by side, then
    /// written in their order, so the bytes are the same with any number of threads.
    public var threads: Int

    public init(threads: Int = 1) {
        self.threads = max(1, threads)
    }

    /// How many records one thread renders at a time (few: a record can be large, an entity with thousands of
    /// mentions, and a round's text is held until it is written).
    private static let run = 64

    /// The whole export as bytes.
    public func write(_ graph: KnowledgeGraph) -> [UInt8] {
        var out: [UInt8] = []
        write(graph) { out.append(contentsOf: $0) }
        return out
    }

    /// The export in chunks of about `chunkSize` bytes, each handed to `emit` as soon as it is built, so that
    /// a large export never sits in memory whole.
    public func write(_ graph: KnowledgeGraph, chunkSize: Int = 1 << 20, emit: ([UInt8]) throws -> Void) rethrows {
        var j = JSONText()
        let threads = self.threads
        func records<T: Sendable>(_ items: [T], _ one: @escaping @Sendable (inout JSONText, inout SourceFragments, T) -> Void) throws {
            guard threads > 1, items.count > 2 * GraphJSONWriter.run else {
                var fragments = SourceFragments()
                for (i, item) in items.enumerated() {
                    j.raw(i == 0 ? "\n" : ",\n")
                    one(&j, &fragments, item)
                    if j.bytes.count >= chunkSize { try emit(j.takeBytes()) }
                }
                return
            }
            // Rounds of two runs per thread, so that only a round's text is held at a time.
            var start = 0
            while start < items.count {
                let end = min(items.count, start + GraphJSONWriter.run * threads * 2)
                let runs = stride(from: start, to: end, by: GraphJSONWriter.run).map { $0..<min($0 + GraphJSONWriter.run, end) }
                let parts = ParallelMap.map(runs, threads: threads) { r -> [UInt8] in
                    var t = JSONText()
                    var fragments = SourceFragments()
                    for i in r {
                        t.raw(i == 0 ? "\n" : ",\n")
                        one(&t, &fragments, items[i])
                    }
                    return t.bytes
                }
                for part in parts {
                    j.append(part)
                    if j.bytes.count >= chunkSize { try emit(j.takeBytes()) }
                }
                start = end
            }
        }
        j.raw("{\"format\":\"hindsight-graph\",\"version\":\(GraphJSONWriter.version),\n\"statistics\":")
        statistics(&j, graph.statistics)
        j.raw(",\n\"documents\":[")
        try records(graph.documents) { j, _, d in self.document(&j, d) }
        j.raw("],\n\"entities\":[")
        try records(graph.entities) { self.entity(&$0, &$1, $2) }
        j.raw("],\n\"dates\":[")
        try records(graph.dates) { self.date(&$0, &$1, $2) }
        j.raw("],\n\"events\":[")
        var posts: [String: PostNode] = [:]
        for d in graph.documents { for p in d.posts { posts[p.id] = p } }
        try records(graph.events) { [posts] j, f, e in self.event(&j, &f, e, post: e.summarySource.flatMap { posts[$0.post] }) }
        j.raw("],\n\"edges\":[")
        try records(graph.edges) { self.edge(&$0, &$1, $2) }
        j.raw("]}\n")
        try emit(j.takeBytes())
    }

    private func statistics(_ j: inout JSONText, _ s: CorpusStatistics) {
        j.raw("{\"documents\":\(s.documents),\"posts\":\(s.posts),\"comments\":\(s.comments),\"bytes\":\(s.bytes)")
        j.raw(",\"entities\":\(s.entities),\"dates\":\(s.dates),\"events\":\(s.events),\"edges\":\(s.edges)")
        j.raw(",\"first_post\":"); j.optionalString(s.firstPost?.iso)
        j.raw(",\"last_post\":"); j.optionalString(s.lastPost?.iso)
        j.raw("}")
    }

    private func document(_ j: inout JSONText, _ d: DocumentNode) {
        j.raw("{\"id\":"); j.string(d.id)
        j.raw(",\"path\":"); j.string(d.path)
        j.raw(",\"duplicate_paths\":"); j.array(d.duplicatePaths) { $0.string($1) }
        j.raw(",\"format\":"); j.string(d.format)
        j.raw(",\"lines\":"); j.int(d.lineCount); j.raw(",\"posts\":")
        j.array(d.posts) { j, p in
            j.raw("{\"id\":"); j.string(p.id)
            j.raw(",\"title\":"); j.optionalString(p.title)
            j.raw(",\"published\":"); j.optionalString(p.published?.iso)
            j.raw(",\"published_inferred\":"); j.bool(p.publishedInferred)
            j.raw(",\"author\":"); j.optionalString(p.author)
            j.raw(",\"url\":"); j.optionalString(p.url)
            j.raw(",\"line\":"); j.int(p.firstLine); j.raw(",\"last_line\":"); j.int(p.lastLine)
            j.raw(",\"comments\":"); j.int(p.commentCount); j.raw("}")
        }
        j.raw("}")
    }

    private func source(_ j: inout JSONText, _ f: inout SourceFragments, _ s: SourceRef) {
        j.raw("{\"document\":"); f.document(&j, s)
        j.raw(",\"line\":"); j.int(s.line); kindAndPost(&j, &f, s)
        j.raw("}")
    }

    /// `,"kind":"body","post":"post:…"`, the tail every source shares.
    private func kindAndPost(_ j: inout JSONText, _ f: inout SourceFragments, _ s: SourceRef) {
        j.raw(",\"kind\":\""); j.raw(s.kind.rawValue); j.raw("\",\"post\":"); f.post(&j, s)
    }

    /// A day as its quoted ISO form (`"2016-01-15"`, what `CalendarDay.iso` says), or `null`; written digit by
    /// digit, as the export writes a day for nearly every record.
    private func day(_ j: inout JSONText, _ d: CalendarDay?) {
        guard let d else { j.raw("null"); return }
        j.raw("\""); j.padded(d.year, width: 4); j.raw("-"); j.padded(d.month, width: 2)
        j.raw("-"); j.padded(d.day, width: 2); j.raw("\"")
    }

    private func entity(_ j: inout JSONText, _ f: inout SourceFragments, _ e: Entity) {
        j.raw("{\"id\":"); j.string(e.id)
        j.raw(",\"type\":\""); j.raw(e.type.rawValue); j.raw("\",\"name\":"); j.string(e.name)
        j.raw(",\"aliases\":"); j.array(e.aliases) { $0.string($1) }
        j.raw(",\"knowledge_id\":"); j.optionalString(e.knowledgeID)
        j.raw(",\"weight\":"); j.int(e.weight); j.raw(",\"first_seen\":"); day(&j, e.firstSeen)
        j.raw(",\"last_seen\":"); day(&j, e.lastSeen)
        j.raw(",\"roles\":")
        j.array(e.roles) { j, r in
            j.raw("{\"title\":"); j.string(r.title)
            j.raw(",\"organization\":"); j.optionalString(r.organization)
            j.raw(",\"from\":"); j.optionalString(r.from)
            j.raw(",\"to\":"); j.optionalString(r.to)
            j.raw(",\"from_knowledge\":"); j.bool(r.fromKnowledge)
            j.raw("}")
        }
        j.raw(",\"mentions\":")
        j.array(e.mentions) { j, m in
            j.raw("{\"document\":"); f.document(&j, m.source)
            j.raw(",\"line\":"); j.int(m.source.line); j.raw(",\"text\":"); j.string(m.text)
            kindAndPost(&j, &f, m.source)
            j.raw("}")
        }
        j.raw("}")
    }

    private func value(_ j: inout JSONText, _ v: TemporalValue) {
        j.raw("{\"value\":"); j.string(v.value)
        j.raw(",\"precision\":\""); j.raw(v.precision.rawValue); j.raw("\",\"start\":"); day(&j, v.start)
        j.raw(",\"end\":"); day(&j, v.end); j.raw("}")
    }

    private func date(_ j: inout JSONText, _ f: inout SourceFragments, _ d: DateRecord) {
        j.raw("{\"document\":"); f.document(&j, d.source)
        j.raw(",\"line\":"); j.int(d.source.line); j.raw(",\"text\":"); j.string(d.text)
        j.raw(",\"value\":"); j.optionalString(d.value?.value)
        j.raw(",\"precision\":"); j.optionalString(d.value?.precision.rawValue)
        j.raw(",\"start\":"); day(&j, d.value?.start)
        j.raw(",\"end\":"); day(&j, d.value?.end)
        kindAndPost(&j, &f, d.source)
        j.raw(",\"relative\":"); j.bool(d.isRelative)
        j.raw(",\"reference_inferred\":"); j.bool(d.referenceInferred)
        j.raw("}")
    }

    private func event(_ j: inout JSONText, _ f: inout SourceFragments, _ e: Event, post: PostNode?) {
        j.raw("{\"id\":"); j.string(e.id)
        j.raw(",\"date\":"); value(&j, e.date)
        j.raw(",\"inferred\":"); j.bool(e.inferred)
        j.raw(",\"summary\":"); j.string(e.summary)
        j.raw(",\"sentence\":"); j.string(e.sentence)
        j.raw(",\"importance\":"); j.int(e.importance); j.raw(",\"reasons\":"); j.array(e.reasons) { $0.string($1) }
        j.raw(",\"title\":"); j.optionalString(post?.title)
        j.raw(",\"url\":"); j.optionalString(post?.url)
        j.raw(",\"trigger\":"); j.optionalString(e.trigger)
        j.raw(",\"participants\":"); j.array(e.participants) { $0.string($1) }
        j.raw(",\"sources\":"); j.array(e.sources) { source(&$0, &f, $1) }
        j.raw("}")
    }

    private func edge(_ j: inout JSONText, _ f: inout SourceFragments, _ e: Edge) {
        j.raw("{\"source\":"); j.string(e.source)
        j.raw(",\"target\":"); j.string(e.target)
        j.raw(",\"type\":\""); j.raw(e.type.rawValue); j.raw("\",\"weight\":"); j.int(e.weight)
        j.raw(",\"label\":"); j.optionalString(e.label)
        j.raw(",\"first_seen\":"); day(&j, e.firstSeen)
        j.raw(",\"last_seen\":"); day(&j, e.lastSeen)
        j.raw(",\"from_knowledge\":"); j.bool(e.fromKnowledge)
        j.raw(",\"stated\":"); j.bool(e.stated)
        j.raw(",\"role\":"); j.optionalString(e.type == .holdsRole ? e.label : nil)
        j.raw(",\"qualifier\":"); j.optionalString(e.qualifier)
        j.raw(",\"start\":"); j.optionalString(e.start)
        j.raw(",\"end\":"); j.optionalString(e.end)
        j.raw(",\"sources\":"); j.array(e.sources) { source(&$0, &f, $1) }
        j.raw("}")
    }
}
