import HindsightSupport
import ArgumentParser
import Corpus
import CorpusGenerator
import Extraction
import Foundation

/// `hindsight generate`: writes a synthetic corpus in the blog's format, for benchmarks and scale tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic corpus of blog pages, as large as asked, for benchmarks.",
        discussion: """
            Pages are built from sentence templates, with names from the Entities/ folder (and --entities \
            folders) plus invented people, and dates in every form Hindsight reads. Most pages hold one post \
            with a comments section or star-separated picks; some are label pages of several posts. The same \
            seed and knowledge give the same corpus, byte for byte, whatever the number of threads.

            Example: hindsight generate --seed 1 --size-mb 50 --output /tmp/corpus-50mb
            """,
        // A developer's tool (Scripts/bench runs it): left out of `hindsight --help`, still explained by its own
        // --help.
        shouldDisplay: false)

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("size-mb"), help: ArgumentHelp("About how many megabytes (10^6 bytes) to write.", valueName: "M"))
    var sizeMB: Double

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write (created when missing; must be empty).", valueName: "dir"))
    var output: String

    @Option(name: .customLong("entities"), help: ArgumentHelp("A folder of extra knowledge files to draw names from (repeatable).", valueName: "dir"))
    var entityFolders: [String] = []

    @Flag(help: "Do not draw names from the project's own Entities/ folder.")
    var noDefaultEntities = false

    @Flag(help: "Replace a corpus the generator wrote before in the output folder.")
    var force = false

    @Option(help: "The pages' format: text (the blog's plain text), html (Blogger pages) or atom (feeds); the same posts and comments in each, for comparing the readers.")
    var format: PageFormat = .text

    @Option(help: "Threads (default: the number of cores).")
    var threads: Int?

    @Flag(name: .shortAndLong, help: "Say nothing on standard error but errors.")
    var quiet = false

    func validate() throws {
        guard sizeMB > 0, sizeMB.isFinite, sizeMB <= 100_000 else { throw ValidationError("--size-mb must be positive.") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        for d in entityFolders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--entities \(d): not a folder.")
            }
        }
    }

    func run() throws {
        var folders = noDefaultEntities ? [] : DefaultEntities.folder().map { [$0] } ?? []
        folders += entityFolders
        let knowledge = try Failure.on(Failure.usage) {
            folders.isEmpty ? KnowledgeBase.empty : try KnowledgeBase.load(directories: folders)
        }
        let generator = CorpusGenerator(seed: seed, names: NamePool(knowledge: knowledge))
        let start = ContinuousClock.now
        let summary = try Failure.on(Failure.outputNotWritten) {
            try generator.write(targetBytes: Int(sizeMB * 1_000_000), to: output,
                                threads: threads ?? ParallelMap.defaultThreads, overwrite: force, format: format)
        }
        if !quiet {
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            Terminal.note("wrote \(summary.pages) pages (\(summary.posts) posts, \(summary.comments) comments, "
                          + String(format: "%.1f MB", Double(summary.bytes) / 1e6) + ") to \(output) in "
                          + String(format: "%.1f s", seconds))
        }
    }
}

extension PageFormat: ExpressibleByArgument {}
