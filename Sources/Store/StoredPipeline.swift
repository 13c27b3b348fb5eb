import Corpus
import Extraction
import Foundation
import GraphModel
import HindsightSupport
import HindsightPipeline

/// The pipeline with a store (`--store FILE`): every file is read and hashed, but only new or changed files
/// are segmented and extracted; the others' extractions come from the store. The corpus-level graph
/// (resolution, merging, edges) is then built from all the extractions, in path order, exactly as
/// ``Pipeline/run(paths:progress:)`` builds it, so the outputs are byte-identical with and without a store.
///
/// After the run the store holds the extraction of each new or changed file, and has forgotten the files
/// that no longer exist.
public struct StoredPipeline: Sendable {
    /// What the store saved the run.
    public struct Report: Sendable, Hashable {
        /// Documents whose extraction came from the store.
        public var reused: Int
        /// Documents extracted (new, changed, or stored under another key).
        public var extracted: Int
        /// Stored files forgotten because they no longer exist.
        public var forgotten: Int

        public init(reused: Int, extracted: Int, forgotten: Int) {
            self.reused = reused
            self.extracted = extracted
            self.forgotten = forgotten
        }
    }

    public var pipeline: Pipeline
    public var key: StoreKey

    public init(pipeline: Pipeline, key: StoreKey) {
        self.pipeline = pipeline
        self.key = key
    }

    /// Runs the pipeline on `paths` with `store`. The corpus result (documents, errors, warnings, order)
    /// is the one ``CorpusReader/read(paths:threads:progress:)`` gives.
    public func run(paths: [String], store: ExtractionStore,
                    progress: (@Sendable (String, Int, Int) -> Void)? = nil) throws -> (Pipeline.Run, Report) {
        var clock = StageClock()
        let threads = pipeline.threads
        let fingerprint = key.fingerprint
        let stored = try store.contentHashes(fingerprint: fingerprint)

        // Read and hash every file; segment those the store does not hold (a duplicate is segmented too, as
        // the corpus reader does, since whether it reads depends on its own path).
        var listing = CorpusReader.list(paths)
        // The store itself (and its journal), when it lies in a folder being read, is not part of the corpus.
        let storeName = (store.path as NSString).lastPathComponent
        let storeIdentity = OutputFile.identity(of: store.path)
        listing.files.removeAll { file in
            let name = (file as NSString).lastPathComponent
            guard name.hasPrefix(storeName) else { return false }
            return name == storeName + "-journal" || (storeIdentity != nil && OutputFile.identity(of: file).map { $0 == storeIdentity! } == true)
        }
        let files = listing.files, bytePaths = listing.bytePaths
        let limit = pipeline.maximumFileSize
        let readProgress = StageClock.progress(progress, stage: "read")
        let extractProgress = StageClock.progress(progress, stage: "extract")
        let loaded: [Result<CorpusReader.LoadedFile, CorpusError>] = ParallelMap.map(files, threads: threads, progress: readProgress) { path in
            CorpusReader.load(path: path, bytePath: bytePaths[path], maximumSize: limit)
        }
        let reader = CorpusReader(forcedFormat: pipeline.forcedFormat, maximumFileSize: limit)
        let hit: [Bool] = loaded.map { item in
            if case .success(let file) = item { return stored[file.path] == hex(file.contentHash) }
            return false
        }
        let parsed: [Result<Document, CorpusError>?] = ParallelMap.map(Array(loaded.indices), threads: threads) { (i: Int) -> Result<Document, CorpusError>? in
            guard case .success(let file) = loaded[i], !hit[i] else { return nil }
            do { return .success(try reader.parse(file)) }
            catch let error as CorpusError { return .failure(error) }
            catch { return .failure(.malformed(path: file.path, line: nil, reason: "\(error)")) }
        }

        // The corpus reader's walk: errors in order, duplicates folded into the first file of their content.
        var corpus = CorpusReader.Result(documents: [], errors: listing.errors, warnings: listing.warnings,
                                         filesFound: files.count, bytesRead: 0)
        var primaries: [Int] = []
        var duplicates: [[String]] = []
        var seen: [UInt64: Int] = [:]
        // Warnings in the reader's order; a file's own document warnings are known once it is read back or extracted.
        enum PendingWarning { case given(CorpusWarning), file(Int) }
        var pending: [PendingWarning] = []
        for (i, item) in loaded.enumerated() {
            guard case .success(let file) = item else {
                if case .failure(let error) = item { corpus.errors.append(error) }
                continue
            }
            if case .failure(let error)? = parsed[i] {
                corpus.errors.append(error)
                continue
            }
            pending.append(.file(i))
            if let index = seen[file.contentHash] {
                duplicates[index].append(file.path)
                pending.append(.given(.duplicate(path: file.path, of: files[primaries[index]])))
                continue
            }
            seen[file.contentHash] = primaries.count
            corpus.bytesRead += file.byteCount
            primaries.append(i)
            duplicates.append([])
        }
        clock.lap("read")

        // Stored extractions are read back; the others are extracted (in parallel either way).
        var blobs: [Int: [UInt8]] = [:]
        for i in primaries where hit[i] {
            if case .success(let file) = loaded[i] { blobs[i] = try store.extraction(path: file.path, fingerprint: fingerprint) }
        }
        let extractor = DocumentExtractor(knowledge: pipeline.knowledge)
        let frozenBlobs = blobs
        let results = ParallelMap.map(primaries, threads: threads, progress: extractProgress) { (i: Int) -> (DocumentExtraction, fromStore: Bool)? in
            if let bytes = frozenBlobs[i], let x = try? ExtractionCodec.decode(bytes) { return (x, true) }
            guard case .success(let file) = loaded[i] else { return nil }
            let document: Document
            if case .success(let d)? = parsed[i] {
                document = d
            } else if let d = try? reader.parse(file) {
                document = d
            } else {
                return nil
            }
            return (extractor.extract(document), false)
        }
        var extractions: [DocumentExtraction] = []
        var fresh: [Int] = []
        for (n, result) in results.enumerated() {
            guard case (var x, let fromStore)? = result else { continue }
            x.document.duplicatePaths = duplicates[n]
            if !fromStore { fresh.append(extractions.count) }
            extractions.append(x)
        }
        corpus.documents = extractions.map(\.document)
        var documentWarnings: [Int: [CorpusWarning]] = [:]
        for (n, result) in results.enumerated() { if let (x, _) = result { documentWarnings[primaries[n]] = x.document.warnings } }
        for item in pending {
            switch item {
            case .given(let warning):
                corpus.warnings.append(warning)
            case .file(let i):
                guard case .success(let file) = loaded[i] else { continue }
                corpus.warnings += file.warnings
                if let own = documentWarnings[i] {
                    corpus.warnings += own
                } else if case .success(let d)? = parsed[i] {
                    corpus.warnings += d.warnings
                } else if let bytes = try store.extraction(path: file.path, fingerprint: fingerprint),
                          let x = try? ExtractionCodec.decode(bytes) {
                    corpus.warnings += x.document.warnings   // a stored file that is now a duplicate
                }
            }
        }
        clock.lap("extract")

        // The store: new records, whole documents per transaction; files gone are forgotten.
        let sizes = Dictionary(uniqueKeysWithValues: primaries.compactMap { i -> (String, (String, Int))? in
            guard case .success(let file) = loaded[i] else { return nil }
            return (file.path, (hex(file.contentHash), file.byteCount))
        })
        do {
            let done = extractions
            let records = ParallelMap.map(fresh, threads: threads) { (n: Int) -> ExtractionStore.NewRecord in
                var x = done[n]
                x.document.duplicatePaths = []
                let (hash, size) = sizes[x.document.path] ?? ("", 0)
                return ExtractionStore.NewRecord(path: x.document.path, contentHash: hash, size: size, extraction: ExtractionCodec.encode(x))
            }
            try store.save(records, key: key)
        }
        let gone = try store.storedPaths().filter { !FileManager.default.fileExists(atPath: $0) }
        try store.forget(paths: gone)
        clock.lap("store")

        let release = !pipeline.keepText && !pipeline.keepExtractions
        if release {
            for i in extractions.indices { extractions[i].document = extractions[i].document.withoutText() }
            corpus.documents = extractions.map(\.document)
        }
        let kept = pipeline.keepExtractions ? extractions.map { $0.keepingSentences() } : []
        let reused = extractions.count - fresh.count
        let graph = GraphBuilder(knowledge: pipeline.knowledge).build(releasing: &extractions, bytes: corpus.bytesRead)
        clock.lap("graph")
        let run = Pipeline.Run(graph: graph, corpus: corpus, timings: clock.timings, extractions: kept)
        return (run, Report(reused: reused, extracted: fresh.count, forgotten: gone.count))
    }
}
