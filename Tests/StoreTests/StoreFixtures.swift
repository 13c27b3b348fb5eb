import Corpus
import Export
import Extraction
import Foundation
import GraphModel
import Store
import HindsightPipeline

/// Paths and runs shared by the store's tests: the sample corpus in `Corpus/`, the knowledge in `Entities/`.
enum StoreFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let corpus = root + "/Corpus"
    static let entities = root + "/Entities"

    static func knowledge(_ folders: [String] = [entities]) throws -> KnowledgeBase {
        try KnowledgeBase.load(directories: folders)
    }

    /// A new empty folder.
    static func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "hindsight-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A copy of the sample corpus in a new folder.
    static func corpusCopy() throws -> String {
        let dir = try tempDir()
        try FileManager.default.copyItem(atPath: corpus, toPath: dir + "/corpus")
        return dir
    }

    /// The JSON export of a run without a store.
    static func plainJSON(_ paths: [String], folders: [String] = [entities]) throws -> [UInt8] {
        let run = Pipeline(knowledge: try knowledge(folders), threads: 2).run(paths: paths)
        return GraphJSONWriter().write(run.graph)
    }

    /// The JSON export of a run with the store at `store`, and what the store saved.
    static func storedJSON(_ paths: [String], store: String, folders: [String] = [entities],
                           build: String = "test") throws -> ([UInt8], StoredPipeline.Report) {
        let key = StoreKey(hindsightVersion: build, knowledgeHash: StoreKey.knowledgeHash(folders: folders), options: "")
        let s = try ExtractionStore(path: store)
        defer { try? s.close() }
        let (run, report) = try StoredPipeline(pipeline: Pipeline(knowledge: try knowledge(folders), threads: 2), key: key)
            .run(paths: paths, store: s)
        return (GraphJSONWriter().write(run.graph), report)
    }
}
