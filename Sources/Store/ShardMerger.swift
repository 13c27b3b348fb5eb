import Corpus
import Extraction
import Foundation
import GraphModel
import HindsightSupport
import HindsightPipeline

/// `hindsight merge`: builds the graph of several ``Shard``s, the same graph, byte for byte, as a single run
/// over all their paths (when those were a folder, or files named in reading order). The reduce step of a
/// corpus split across processes or machines.
///
/// Records of every shard are put in ``Shard/readingOrder(_:_:)``, as a single run walks a folder; files of
/// the same bytes are folded into the first, as the corpus reader folds them; then the corpus-level graph is
/// built from the extractions exactly as ``Pipeline`` builds it. Shards must agree on the extractor version,
/// the knowledge files and the options, or the merge is refused with a ``ShardError`` that says what to do.
public struct ShardMerger: Sendable {
    public var knowledge: KnowledgeBase
    /// ``StoreKey/knowledgeContentHash(folders:)`` of the knowledge `knowledge` was loaded from.
    public var knowledgeHash: String
    public var threads: Int
    /// Whether the run keeps each document's extraction (for the SQLite export's sentences).
    public var keepExtractions = false
    /// Whether the run's documents keep their text (as ``Pipeline/keepText``); without it they are outlines and
    /// the text is released before the graph is built.
    public var keepText = true

    public init(knowledge: KnowledgeBase, knowledgeHash: String, threads: Int = ParallelMap.defaultThreads) {
        self.knowledge = knowledge
        self.knowledgeHash = knowledgeHash
        self.threads = max(1, threads)
    }

    /// Reads the shard files; the first that cannot be read or is not a shard is an error.
    public static func read(paths: [String], threads: Int) throws(ShardError) -> [(path: String, shard: Shard)] {
        let results = ParallelMap.map(paths, threads: threads) { path -> Result<Shard, ShardError> in
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(.unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"))
            }
            do throws(ShardError) { return .success(try Shard.read([UInt8](data), path: path)) } catch { return .failure(error) }
        }
        var out: [(String, Shard)] = []
        for (path, result) in zip(paths, results) {
            switch result {
            case .success(let shard): out.append((path, shard))
            case .failure(let error): throw error
            }
        }
        return out
    }

    /// Checks that the shards can be merged by this build with this knowledge.
    public func check(_ shards: [(path: String, shard: Shard)]) throws(ShardError) {
        let this = DocumentExtractor.version * 1000 + ExtractionCodec.formatVersion
        for (path, shard) in shards {
            let h = shard.header
            if h.extractorVersion != this { throw .extractorVersion(path: path, shard: h.extractorVersion, this: this) }
            if h.knowledgeHash != knowledgeHash { throw .knowledge(path: path, shard: h.knowledgeHash, this: knowledgeHash) }
            if let first = shards.first, h.options != first.shard.header.options {
                throw .options(path: path, shard: h.options, first: first.path, firstOptions: first.shard.header.options)
            }
        }
    }

    /// The run of the merged shards: the graph, the corpus result (errors and warnings in reading order) and
    /// the time spent per stage (`read` for ordering and folding, `extract` for decoding, `graph`).
    public func merge(_ shards: [(path: String, shard: Shard)]) throws(ShardError) -> Pipeline.Run {
        try check(shards)
        var timings: [(String, Double)] = []
        var clock = ContinuousClock.now
        func lap(_ stage: String) {
            let now = ContinuousClock.now
            timings.append((stage, (now - clock) / .seconds(1)))
            clock = now
        }

        // Every record, in reading order; a file in two shards is refused.
        var entries: [(shard: Int, record: Int)] = []
        var paths: [String] = []
        for (s, (_, shard)) in shards.enumerated() {
            for (r, record) in shard.records.enumerated() {
                entries.append((s, r))
                paths.append(record.path)
            }
        }
        let order = Shard.sortedIndices(paths)
        var owner: [String: Int] = [:]
        for (s, (_, shard)) in shards.enumerated() {
            for record in shard.records {
                switch record {
                case .skipped, .passedOver: continue
                case .document, .duplicate: break
                }
                if let other = owner.updateValue(s, forKey: record.path), other != s {
                    throw .samePath(file: record.path, shard: shards[s].path, other: shards[other].path)
                }
            }
        }

        // The corpus reader's walk: errors, warnings, duplicates folded into the first file of their bytes.
        var corpus = CorpusReader.Result(documents: [], errors: [], warnings: [], filesFound: 0, bytesRead: 0)
        var primaries: [(shard: Int, record: Int)] = []
        var duplicates: [[String]] = []
        var seen: [UInt64: Int] = [:]
        for i in order {
            let (s, r) = entries[i]
            let file: Shard.File
            switch shards[s].shard.records[r] {
            case .skipped(let error):
                corpus.errors.append(error)
                continue
            case .passedOver(let warning):
                corpus.warnings.append(warning)
                continue
            case .document(let f, _), .duplicate(let f):
                file = f
            }
            corpus.filesFound += 1
            corpus.warnings += file.warnings
            if let index = seen[file.contentHash] {
                duplicates[index].append(file.path)
                let first = primaries[index]
                corpus.warnings.append(.duplicate(path: file.path, of: shards[first.shard].shard.records[first.record].path))
                continue
            }
            guard case .document = shards[s].shard.records[r] else {
                throw .damaged(path: shards[s].path, reason: "\(file.path) is marked as a duplicate of a file the shard does not hold")
            }
            seen[file.contentHash] = primaries.count
            corpus.bytesRead += file.byteCount
            primaries.append((s, r))
            duplicates.append([])
        }
        lap("read")

        let (firsts, folded) = (primaries, duplicates)
        let decoded = ParallelMap.map(Array(firsts.indices), threads: threads) { (n: Int) -> Result<DocumentExtraction, ShardError> in
            let (s, r) = firsts[n]
            guard case .document(_, let bytes) = shards[s].shard.records[r] else { return .failure(.damaged(path: shards[s].path, reason: "no extraction")) }
            do {
                var x = try ExtractionCodec.decode(bytes)
                x.document.duplicatePaths = folded[n]
                return .success(x)
            } catch {
                return .failure(.damaged(path: shards[s].path, reason: "\(shards[s].shard.records[r].path): \(error)"))
            }
        }
        var extractions: [DocumentExtraction] = []
        extractions.reserveCapacity(decoded.count)
        for result in decoded {
            switch result {
            case .success(let x): extractions.append(x)
            case .failure(let error): throw error
            }
        }
        let release = !keepText && !keepExtractions
        if release { for i in extractions.indices { extractions[i].document = extractions[i].document.withoutText() } }
        corpus.documents = extractions.map(\.document)
        lap("extract")

        let kept = keepExtractions ? extractions.map { $0.keepingSentences() } : []
        let graph = GraphBuilder(knowledge: knowledge).build(releasing: &extractions, bytes: corpus.bytesRead)
        lap("graph")
        return Pipeline.Run(graph: graph, corpus: corpus, timings: timings, extractions: kept)
    }
}
