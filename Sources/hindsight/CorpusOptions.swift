import HindsightPipeline
import HindsightSupport
import ArgumentParser
import Corpus
import Extraction
import Foundation
import GraphModel
import Store

/// Options every subcommand that reads a corpus shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files and folders to read (folders recursively).", completion: .file())
    var paths: [String]

    @Option(name: .customLong("entities"), help: ArgumentHelp("A folder of extra knowledge files (repeatable).", valueName: "dir"))
    var entityFolders: [String] = []

    @Flag(help: "Do not read the project's own Entities/ folder.")
    var noDefaultEntities = false

    @Option(help: "Threads for reading and extraction (default: the number of cores).")
    var threads: Int?

    @Option(name: .customLong("format-in"), help: ArgumentHelp("Read every file in this format instead of detecting each file's format from its content (the default): text, html (a saved web page), atom (an Atom feed or a Blogger export) or rss.", valueName: "format"))
    var formatIn: InputFormat?

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Skip any file larger than this, before reading it: bytes, or with K, M or G (10^3, 10^6, 10^9; default 1G).", valueName: "size"))
    var maxFileSize: String?

    @Flag(name: .shortAndLong, help: "Say nothing on standard error but errors.")
    var quiet = false

    /// `--max-file-size` in bytes.
    var maximumFileSize: Int {
        maxFileSize.flatMap(CorpusOptions.parseSize) ?? CorpusReader.defaultMaximumFileSize
    }

    /// `2000`, `500K`, `20M`, `1G` (powers of 1000), or nil.
    static func parseSize(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [Character: Int] = ["K": 1_000, "M": 1_000_000, "G": 1_000_000_000]
        var digits = Substring(t), unit = 1
        if let last = t.last, let u = units[last] { digits = t.dropLast(); unit = u }
        guard let n = Int(digits), n > 0, n <= Int.max / unit else { return nil }
        return n * unit
    }

    @Option(help: ArgumentHelp("Keep each file's extraction in this SQLite file (created when missing) and extract only new or changed files on the next run; outputs are the same as without it. One run at a time per store.", valueName: "file.sqlite"))
    var store: String?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one file or folder to read.") }
        for d in entityFolders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--entities \(d): not a folder.")
            }
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if let maxFileSize, CorpusOptions.parseSize(maxFileSize) == nil {
            throw ValidationError("--max-file-size \(maxFileSize): give a positive size in bytes, or with K, M or G (500M, 2G).")
        }
    }

    /// Checks that every path exists. Run once the whole command line is parsed (not in `validate`, which runs
    /// first), so that in `--frm 2014 Corpus` the unknown option is reported, with the option it resembles,
    /// rather than "2014: no such file".
    func checkPaths() throws {
        for p in paths {
            var st = stat()
            if stat(CorpusReader.bytePath(of: p).map { CChar(bitPattern: $0) } + [0], &st) != 0 { throw ValidationError("\(p): no such file or folder.") }
        }
    }

    /// The knowledge folders read: the default one (unless turned off) and the user's.
    func knowledgeFolders() -> [String] {
        (noDefaultEntities ? [] : DefaultEntities.folder().map { [$0] } ?? []) + entityFolders
    }

    /// Loads the knowledge base: the default folder (unless turned off) and the user's.
    func knowledge() throws -> KnowledgeBase {
        let folders = knowledgeFolders()
        if folders.isEmpty { return .empty }
        return try Failure.on(Failure.usage) { try KnowledgeBase.load(directories: folders) }
    }

    /// Runs the pipeline, reporting problems on standard error as it goes and a summary at the end.
    /// `keepExtractions` keeps each document's extraction in the run (for the SQLite export's sentences);
    /// `keepText` keeps each document's text in the run's corpus (for the report's quotes), which is otherwise
    /// released once the document is extracted.
    func run(keepExtractions: Bool = false, keepText: Bool = false) throws -> (Pipeline.Run, ExitCode) {
        let opened = try store.map { try StoreRun.open($0) }
        let kb = try knowledge()
        var pipeline = Pipeline(knowledge: kb, threads: threads ?? ParallelMap.defaultThreads, forcedFormat: formatIn, maximumFileSize: maximumFileSize)
        pipeline.keepExtractions = keepExtractions
        pipeline.keepText = keepText
        let progress = Progress(enabled: !quiet && Terminal.isTerminal(STDERR_FILENO))
        let run: Pipeline.Run
        if let opened {
            run = try StoreRun.run(pipeline, paths: paths, store: opened, folders: knowledgeFolders(), quiet: quiet) { stage, done, total in
                progress.update(stage, done, total)
            }
        } else {
            run = pipeline.run(paths: paths) { stage, done, total in progress.update(stage, done, total) }
        }
        progress.finish()
        return (run, Self.report(run, quiet: quiet))
    }

    /// Tells the run's errors and warnings (unless `quiet`) and a summary on standard error; the exit code
    /// says whether files were skipped.
    static func report(_ run: Pipeline.Run, quiet: Bool) -> ExitCode {
        for e in run.corpus.errors { Terminal.error(e.description) }
        if !quiet { for w in run.corpus.warnings { Terminal.warning(w.description) } }
        let skipped = run.corpus.errors.count
        if !quiet {
            let warned = Set(run.corpus.warnings.map { "\($0)" }).count
            Terminal.note("read \(run.corpus.documents.count) file\(run.corpus.documents.count == 1 ? "" : "s"), skipped \(skipped), warnings \(warned); \(run.graph.statistics.posts) posts, \(run.graph.entities.count) entities, \(run.graph.dates.count) dates, \(run.graph.events.count) events")
        }
        return skipped > 0 ? ExitCode(1) : .success
    }
}

extension InputFormat: ExpressibleByArgument {}

/// A subcommand that reads a corpus: its paths are checked once the command line is parsed.
protocol ReadsCorpus {
    var corpus: CorpusOptions { get }
}

extension ExportCommand: ReadsCorpus {}
extension EntitiesCommand: ReadsCorpus {}
extension TimelineCommand: ReadsCorpus {}
extension GraphCommand: ReadsCorpus {}
extension BenchCommand: ReadsCorpus {}
extension ExtractCommand: ReadsCorpus {}

/// Finds the project's own `Entities/` folder.
enum DefaultEntities {
    /// `$HINDSIGHT_ENTITIES`, else `./Entities`, else an `Entities/` folder beside a `Package.swift` above the
    /// executable (a build inside the project).
    static func folder() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["HINDSIGHT_ENTITIES"], !env.isEmpty { return env }
        if isFolder("Entities") && fm.fileExists(atPath: "Package.swift") { return "Entities" }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("Entities").path
            if isFolder(candidate) && fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return isFolder("Entities") ? "Entities" : nil
    }

    private static func isFolder(_ p: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue
    }
}

/// Checks that an output path can be written before any long work starts: its folder exists and is writable,
/// it is not a folder or a block device, and it is none of the input files (`inputs`: the paths given, folders
/// walked), compared by device and inode so that another spelling or a link to an input is caught too. An
/// output that cannot be written is exit code 3; one that would overwrite an input is a usage error, exit 2.
func checkOutput(_ path: String?, inputs: [String] = []) throws {
    guard let path, path != "-" else { return }
    try Failure.on(Failure.outputNotWritten) { try OutputFile.checkWritable(path) }
    guard !inputs.isEmpty, let output = OutputFile.identity(of: path) else { return }
    let listing = CorpusReader.list(inputs)
    for file in listing.files {
        // A name that is not UTF-8 is compared by its bytes.
        guard OutputFile.identity(ofBytePath: listing.bytePaths[file] ?? Array(file.utf8)).map({ $0 == output }) == true else { continue }
        throw Failure.usage("--output \(path): is the input file \(file); it would be overwritten (write the output elsewhere)")
    }
}

/// Writes an output whole (temporary file, then rename), or to standard output for `-` or no path.
func writeOutput(_ bytes: [UInt8], to path: String?) throws {
    try writeOutput(to: path) { emit in try emit(bytes) }
}

/// Writes chunks to standard output, or atomically to `path`; a write failure is ``Failure/outputNotWritten(_:)``.
func writeOutput(to path: String?, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
    try Failure.on(Failure.outputNotWritten) {
        if let path, path != "-" {
            try OutputFile.write(to: path, produce)
        } else {
            try produce { chunk in
                let failure = Terminal.standardOutputClosed ? "it is closed" : OutputFile.writeAll(STDOUT_FILENO, chunk)
                if let failure { throw OutputFile.Error.writeFailed(path: "standard output", reason: failure) }
            }
        }
    }
}
