import ArgumentParser
import Corpus
import Extraction
import Foundation
import GraphModel
import Store
import HindsightSupport
import HindsightPipeline

/// `hindsight merge`: the graph of several shards written by `hindsight extract` (the reduce step).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Build the graph of shards (.hsx) written by hindsight extract.",
        discussion: """
            The output is the one hindsight export writes for a single run over all the shards' files, byte \
            for byte: files are taken in the order a single run reads a folder (path components compared byte \
            by byte), whatever the order of the shards, and files of the same bytes are counted once. Errors \
            and warnings met by extract are told again, and the exit code is 1 when some files were skipped.

            Shards must come from the same extractor version, with the same knowledge files (give merge the \
            --entities and --no-default-entities given to extract) and the same --format-in, and hold disjoint \
            files; otherwise nothing is written and the exit code is 2.

            Example: hindsight merge --format graphml --output graph.graphml part1.hsx part2.hsx
            """)

    @Argument(help: "The shard files to merge.", completion: .file(extensions: ["hsx"]))
    var shards: [String]

    @Option(help: "json, graphml, gexf or sqlite (with its metadata.json for Datasette).")
    var format: ExportCommand.Format = .json

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    @Option(name: .customLong("entities"), help: ArgumentHelp("A folder of extra knowledge files (repeatable), as given to extract.", valueName: "dir"))
    var entityFolders: [String] = []

    @Flag(help: "Do not read the project's own Entities/ folder (as given to extract).")
    var noDefaultEntities = false

    @Option(help: "Threads for decoding and the graph (default: the number of cores).")
    var threads: Int?

    @Flag(name: .shortAndLong, help: "Say nothing on standard error but errors.")
    var quiet = false

    func validate() throws {
        guard !shards.isEmpty else { throw ValidationError("Give at least one shard (.hsx) to merge.") }
        if format == .sqlite && (output == nil || output == "-") {
            throw ValidationError("--format sqlite needs --output FILE (a database cannot go to standard output).")
        }
        for d in entityFolders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--entities \(d): not a folder.")
            }
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
        try checkOutput(output, inputs: shards)
        let folders = (noDefaultEntities ? [] : DefaultEntities.folder().map { [$0] } ?? []) + entityFolders
        let knowledge: KnowledgeBase
        do {
            knowledge = folders.isEmpty ? .empty : try KnowledgeBase.load(directories: folders)
        } catch {
            throw Failure.usage("\(error)")
        }
        let threads = threads ?? ParallelMap.defaultThreads
        var merger = ShardMerger(knowledge: knowledge, knowledgeHash: StoreKey.knowledgeContentHash(folders: folders), threads: threads)
        merger.keepExtractions = format == .sqlite
        merger.keepText = false
        let run: Pipeline.Run
        do {
            run = try merger.merge(ShardMerger.read(paths: shards, threads: threads))
        } catch {
            throw Failure.usage("\(error)")
        }
        let code = CorpusOptions.report(run, quiet: quiet)
        try ExportCommand.write(run, format: format, to: output, threads: threads)
        if code != .success { throw code }
    }
}
