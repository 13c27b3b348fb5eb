import ArgumentParser
import Foundation
import GraphModel
import Store
import HindsightSupport
import HindsightPipeline

/// The `--store FILE` of every subcommand that reads a corpus: opens the store (before any long work, so a
/// store in use is an error at once) and runs the pipeline with it.
enum StoreRun {
    static func open(_ path: String) throws -> ExtractionStore {
        do {
            try OutputFile.checkWritable(path)
            return try ExtractionStore(path: path)
        } catch {
            throw Failure.outputNotWritten("\(error)")
        }
    }

    static func run(_ pipeline: Pipeline, paths: [String], store: ExtractionStore, folders: [String], quiet: Bool,
                    progress: @escaping @Sendable (String, Int, Int) -> Void) throws -> Pipeline.Run {
        let key = StoreKey.current(version: Hindsight.configuration.version, knowledgeFolders: folders,
                                   forcedFormat: pipeline.forcedFormat)
        do {
            let (run, report) = try StoredPipeline(pipeline: pipeline, key: key).run(paths: paths, store: store, progress: progress)
            try store.close()
            if !quiet {
                let seconds = run.timings.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ")
                Terminal.note("store \(store.path): \(report.reused) document\(report.reused == 1 ? "" : "s") reused, \(report.extracted) extracted, \(report.forgotten) forgotten (\(seconds))")
            }
            return run
        } catch {
            throw Failure.outputNotWritten("\(error)")
        }
    }
}
