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

    public init() {}

    /// The whole export as bytes.
    public func write(_ graph: KnowledgeGraph) -> [UInt8] {
        var out: [UInt8] = []
        write(graph) { out.append(contentsOf: $0) }
        return out
    }

    /// The export in chunks of about `chunkSize` bytes, each handed to `emit` as soon as it is built, so that
    /// a large export never sits in memory whole.
    public func write(_ graph: KnowledgeGraph, chunkSize: Int = 1 << 22, emit: ([UInt8]) throws -> Void) rethrows {
        var j = JSONText()
        func records<T>(_ items: [T], _ one: (inout JSONText, T) -> Void) throws {
            for (i, item) in items.enumerated() {
                j.raw(i == 0 ? "\n" : ",\n")
                one(&j, item)
                if j.bytes.count >= chunkSize { try emit(j.takeBytes()) }
            }
        }
        j.raw("{\"format\":\"hindsight-graph\",\"version\":\(GraphJSONWriter.version),\n\"statistics\":")
        statistics(&j, graph.statistics)
        j.raw(",\n\"documents\":[")
        try records(graph.documents, document)
        j.raw("],\n\"entities\":[")
        try records(graph.entities, entity)
        j.raw("],\n\"dates\":[")
        try records(graph.dates, date)
        j.raw("],\n\"events\":[")
        var posts: [String: PostNode] = [:]
        for d in graph.documents { for p in d.posts { posts[p.id] = p } }
        try records(graph.events) { j, e in event(&j, e, post: e.summarySource.flatMap { posts[$0.post] }) }
        j.raw("],\n\"edges\":[")
        try records(graph.edges, edge)
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
        j.raw(",\"lines\":\(d.lineCount),\"posts\":")
        j.array(d.posts) { j, p in
            j.raw("{\"id\":"); j.string(p.id)
            j.raw(",\"title\":"); j.optionalString(p.title)
            j.raw(",\"published\":"); j.optionalString(p.published?.iso)
            j.raw(",\"published_inferred\":"); j.bool(p.publishedInferred)
            j.raw(",\"author\":"); j.optionalString(p.author)
            j.raw(",\"url\":"); j.optionalString(p.url)
            j.raw(",\"line\":\(p.firstLine),\"last_line\":\(p.lastLine),\"comments\":\(p.commentCount)}")
        }
        j.raw("}")
    }

    private func source(_ j: inout JSONText, _ s: SourceRef) {
        j.raw("{\"document\":"); j.string(s.document)
        j.raw(",\"line\":\(s.line),\"kind\":\"\(s.kind.rawValue)\",\"post\":"); j.string(s.post)
        j.raw("}")
    }

    private func entity(_ j: inout JSONText, _ e: Entity) {
        j.raw("{\"id\":"); j.string(e.id)
        j.raw(",\"type\":\"\(e.type.rawValue)\",\"name\":"); j.string(e.name)
        j.raw(",\"aliases\":"); j.array(e.aliases) { $0.string($1) }
        j.raw(",\"knowledge_id\":"); j.optionalString(e.knowledgeID)
        j.raw(",\"weight\":\(e.weight),\"first_seen\":"); j.optionalString(e.firstSeen?.iso)
        j.raw(",\"last_seen\":"); j.optionalString(e.lastSeen?.iso)
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
            j.raw("{\"document\":"); j.string(m.source.document)
            j.raw(",\"line\":\(m.source.line),\"text\":"); j.string(m.text)
            j.raw(",\"kind\":\"\(m.source.kind.rawValue)\",\"post\":"); j.string(m.source.post)
            j.raw("}")
        }
        j.raw("}")
    }

    private func value(_ j: inout JSONText, _ v: TemporalValue) {
        j.raw("{\"value\":"); j.string(v.value)
        j.raw(",\"precision\":\"\(v.precision.rawValue)\",\"start\":\"\(v.start.iso)\",\"end\":\"\(v.end.iso)\"}")
    }

    private func date(_ j: inout JSONText, _ d: DateRecord) {
        j.raw("{\"document\":"); j.string(d.source.document)
        j.raw(",\"line\":\(d.source.line),\"text\":"); j.string(d.text)
        j.raw(",\"value\":"); j.optionalString(d.value?.value)
        j.raw(",\"precision\":"); j.optionalString(d.value?.precision.rawValue)
        j.raw(",\"start\":"); j.optionalString(d.value?.start.iso)
        j.raw(",\"end\":"); j.optionalString(d.value?.end.iso)
        j.raw(",\"kind\":\"\(d.source.kind.rawValue)\",\"post\":"); j.string(d.source.post)
        j.raw(",\"relative\":"); j.bool(d.isRelative)
        j.raw(",\"reference_inferred\":"); j.bool(d.referenceInferred)
        j.raw("}")
    }

    private func event(_ j: inout JSONText, _ e: Event, post: PostNode?) {
        j.raw("{\"id\":"); j.string(e.id)
        j.raw(",\"date\":"); value(&j, e.date)
        j.raw(",\"inferred\":"); j.bool(e.inferred)
        j.raw(",\"summary\":"); j.string(e.summary)
        j.raw(",\"sentence\":"); j.string(e.sentence)
        j.raw(",\"importance\":\(e.importance),\"reasons\":"); j.array(e.reasons) { $0.string($1) }
        j.raw(",\"title\":"); j.optionalString(post?.title)
        j.raw(",\"url\":"); j.optionalString(post?.url)
        j.raw(",\"trigger\":"); j.optionalString(e.trigger)
        j.raw(",\"participants\":"); j.array(e.participants) { $0.string($1) }
        j.raw(",\"sources\":"); j.array(e.sources) { source(&$0, $1) }
        j.raw("}")
    }

    private func edge(_ j: inout JSONText, _ e: Edge) {
        j.raw("{\"source\":"); j.string(e.source)
        j.raw(",\"target\":"); j.string(e.target)
        j.raw(",\"type\":\"\(e.type.rawValue)\",\"weight\":\(e.weight),\"label\":"); j.optionalString(e.label)
        j.raw(",\"first_seen\":"); j.optionalString(e.firstSeen?.iso)
        j.raw(",\"last_seen\":"); j.optionalString(e.lastSeen?.iso)
        j.raw(",\"from_knowledge\":"); j.bool(e.fromKnowledge)
        j.raw(",\"stated\":"); j.bool(e.stated)
        j.raw(",\"role\":"); j.optionalString(e.type == .holdsRole ? e.label : nil)
        j.raw(",\"qualifier\":"); j.optionalString(e.qualifier)
        j.raw(",\"start\":"); j.optionalString(e.start)
        j.raw(",\"end\":"); j.optionalString(e.end)
        j.raw(",\"sources\":"); j.array(e.sources) { source(&$0, $1) }
        j.raw("}")
    }
}
