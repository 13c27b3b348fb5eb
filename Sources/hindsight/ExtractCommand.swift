import ArgumentParser
import Corpus
import Extraction
import Foundation
import GraphModel
import Store
import HindsightSupport
import HindsightPipeline

/// `hindsight extract`: one shard of a corpus split across processes or machines (the map step).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract some files of a corpus into a shard (.hsx) for hindsight merge.",
        discussion: """
            Reads and extracts the files under PATHS and writes each file's result to one shard file: a \
            compact, versioned binary form (described in the README, "A corpus split across machines"). \
            hindsight merge then builds, from the shards of disjoint sets of files, the same graph as a single \
            run over all of them: the map step is extract, one per part of the corpus, the reduce step is merge.

            Merge needs shards made by the same extractor version, with the same knowledge files \
            (--entities, --no-default-entities) and the same --format-in.

            Example (GNU parallel, 4 jobs of 200 files):
              find Corpus -type f -not -path '*/.*' | parallel -N 200 hindsight extract -q --output part{#}.hsx
              hindsight merge --output graph.json part*.hsx
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The shard file to write (.hsx).", valueName: "file"))
    var output: String

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if corpus.store != nil { throw ValidationError("extract does not use --store; give the files to extract.") }
        if output == "-" { throw ValidationError("--output must be a file (a shard is binary).") }
    }

    func run() throws {
        try checkOutput(output, inputs: corpus.paths)
        let kb = try corpus.knowledge()
        let pipeline = Pipeline(knowledge: kb, threads: corpus.threads ?? ParallelMap.defaultThreads, forcedFormat: corpus.formatIn,
                                maximumFileSize: corpus.maximumFileSize)
        let header = Shard.Header(hindsightVersion: Hindsight.configuration.version,
                                  knowledgeHash: StoreKey.knowledgeContentHash(folders: corpus.knowledgeFolders()),
                                  options: corpus.formatIn.map { "format-in=\($0.rawValue)" } ?? "")
        let progress = Progress(enabled: !corpus.quiet && Terminal.isTerminal(STDERR_FILENO))
        let shard = ShardExtractor(pipeline: pipeline, header: header).extract(paths: corpus.paths) { stage, done, total in
            progress.update(stage, done, total)
        }
        progress.finish()
        try writeOutput(to: output) { emit in try shard.write(emit: emit) }
        var skipped = 0, documents = 0, duplicates = 0
        for record in shard.records {
            switch record {
            case .skipped(let error):
                Terminal.error(error.description)
                skipped += 1
            case .passedOver(let warning):
                if !corpus.quiet { Terminal.warning(warning.description) }
            case .document(let file, _), .duplicate(let file):
                if case .document = record { documents += 1 } else { duplicates += 1 }
                if !corpus.quiet { for w in file.warnings { Terminal.warning(w.description) } }
            }
        }
        if !corpus.quiet {
            Terminal.note("extracted \(documents) file\(documents == 1 ? "" : "s"), \(duplicates) duplicate\(duplicates == 1 ? "" : "s") (left to merge), skipped \(skipped); wrote \(output)")
        }
        if skipped > 0 { throw ExitCode(1) }
    }
}
