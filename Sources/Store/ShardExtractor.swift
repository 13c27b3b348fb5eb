import Corpus
import Extraction
import GraphModel
import HindsightSupport
import HindsightPipeline

/// `hindsight extract`: reads and extracts the files under some paths into a ``Shard``, for a later
/// ``ShardMerger`` to combine with other shards. The map step of a corpus split across processes or machines.
///
/// Files are taken in ``Shard/readingOrder(_:_:)``, so that the first file of a content in a shard is also
/// the first a single run meets; later files of the same bytes are ``Shard/Record/duplicate(_:)`` records
/// (parsed, as a single run parses them, but not extracted).
public struct ShardExtractor: Sendable {
    public var pipeline: Pipeline
    public var header: Shard.Header

    public init(pipeline: Pipeline, header: Shard.Header) {
        self.pipeline = pipeline
        self.header = header
    }

    /// The shard of the files under `paths`. `progress` is told (stage, done, total) for `read` and `extract`.
    public func extract(paths: [String], progress: (@Sendable (String, Int, Int) -> Void)? = nil) -> Shard {
        let listing = CorpusReader.list(paths)
        let files = Shard.sortedForReading(listing.files)
        let limit = pipeline.maximumFileSize
        let reader = CorpusReader(forcedFormat: pipeline.forcedFormat, maximumFileSize: limit)
        var readProgress: (@Sendable (Int, Int) -> Void)?
        var extractProgress: (@Sendable (Int, Int) -> Void)?
        if let progress {
            readProgress = { done, total in progress("read", done, total) }
            extractProgress = { done, total in progress("extract", done, total) }
        }
        let loaded = ParallelMap.map(files, threads: pipeline.threads, progress: readProgress) {
            (path: String) -> Result<(Shard.File, Document), CorpusError> in
            switch CorpusReader.load(path: path, bytePath: listing.bytePaths[path], maximumSize: limit) {
            case .failure(let error): return .failure(error)
            case .success(let file):
                do {
                    let document = try reader.parse(file)
                    let meta = Shard.File(path: file.path, contentHash: file.contentHash, byteCount: file.byteCount,
                                          warnings: file.warnings + document.warnings)
                    return .success((meta, document))
                }
                catch let error as CorpusError { return .failure(error) }
                catch { return .failure(.malformed(path: path, line: nil, reason: "\(error)")) }
            }
        }
        var seen: Set<UInt64> = []
        let primary = loaded.map { item -> Bool in
            guard case .success(let (file, _)) = item else { return false }
            return seen.insert(file.contentHash).inserted
        }
        let extractor = DocumentExtractor(knowledge: pipeline.knowledge)
        let records = ParallelMap.map(Array(loaded.indices), threads: pipeline.threads, progress: extractProgress) {
            (i: Int) -> Shard.Record in
            switch loaded[i] {
            case .failure(let error): return .skipped(error)
            case .success(let (file, document)):
                guard primary[i] else { return .duplicate(file) }
                return .document(file, extraction: ExtractionCodec.encode(extractor.extract(document)))
            }
        }
        return Shard(header: header, records: listing.errors.map { .skipped($0) } + listing.warnings.map { .passedOver($0) } + records)
    }
}
