import Extraction
import Foundation
import GraphModel
import HindsightPipeline
import HindsightTestSupport

/// Runs Python helpers (jsonschema, networkx) when the machine has them; tests that need them are skipped,
/// saying so, when it does not.
enum Python {
    /// The `python3` found on `PATH`, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `python3 -c script args...`; output goes through files, so a chatty script cannot block on a pipe.
    static func run(_ script: String, _ arguments: [String] = []) throws -> Result? {
        guard let executable else { return nil }
        let folder = try scratchFolder()
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", script] + arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      error: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Whether `python3 -c 'import module'` works.
    static func has(_ module: String) -> Bool {
        (try? run("import " + module))?.status == 0
    }

    static let hasJSONSchema = has("jsonschema")
    static let hasNetworkX = has("networkx")

    /// A fresh temporary folder.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hindsight-export-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes bytes to a new temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let url = try scratchFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

/// The package's root folder and the graph of its sample corpus.
enum SampleCorpus {
    static let packageRoot = TestPaths.packageRoot

    static let schemaPath = packageRoot + "/Sources/Export/hindsight-graph.schema.json"

    /// `Corpus/` run through the whole pipeline, without the curated knowledge base.
    static let graph: KnowledgeGraph = Pipeline(knowledge: .empty, threads: 1).run(paths: [packageRoot + "/Corpus"]).graph

    /// The same with the curated knowledge of `Entities/` (roles with dates, knowledge edges), or `nil` when that
    /// folder cannot be loaded.
    static let graphWithKnowledge: KnowledgeGraph? = {
        guard let knowledge = try? KnowledgeBase.load(directories: [packageRoot + "/Entities"]) else { return nil }
        return Pipeline(knowledge: knowledge, threads: 1).run(paths: [packageRoot + "/Corpus"]).graph
    }()
}
