import ArgumentParser
import Foundation
import Store

/// `hindsight store`: looks after a store of extractions (`--store FILE`).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Show or prune a store of per-document extractions (see --store).",
        discussion: """
            A store (--store FILE.sqlite on any subcommand that reads a corpus) keeps each file's extraction, \
            keyed by its path, its content and what the extraction depends on: the Hindsight build, the \
            extractor's version, the knowledge folders' files and --format-in. A run extracts only files that \
            are new or changed and forgets files that no longer exist.

            Example: hindsight store info graph-store.sqlite
            """,
        subcommands: [Info.self, Prune.self])

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the stored documents: path, size, versions and when each was read.")

        @Argument(help: "The store file.", completion: .file())
        var file: String

        func run() throws {
            do {
                let store = try ExtractionStore(path: file, exclusive: false, create: false)
                let records = try store.records()
                let size = store.fileSize()
                try store.close()
                let keys = Set(records.map(\.fingerprint)).count
                let paths = Set(records.map(\.path)).count
                var out = "\(file): \(paths) document\(paths == 1 ? "" : "s"), \(records.count) record\(records.count == 1 ? "" : "s") under \(keys) key\(keys == 1 ? "" : "s"); \(megabytes(size)) on disk, \(megabytes(records.reduce(0) { $0 + $1.size })) of text read\n"
                for r in records {
                    out += "\(r.readAt)  \(String(r.size).leftPadded(9)) B  \(String(r.storedBytes).leftPadded(9)) B stored  hindsight \(r.hindsightVersion), extractor \(r.extractorVersion), knowledge \(r.knowledgeHash)\(r.options.isEmpty ? "" : ", " + r.options)  \(r.path)\n"
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            } catch {
                throw Failure.outputNotWritten("\(error)")
            }
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget stored files that no longer exist and extractions by other Hindsight builds, then compact the store.")

        @Argument(help: "The store file.", completion: .file())
        var file: String

        @Flag(help: "Keep the extractions of other Hindsight builds (forget only files that no longer exist).")
        var keepOtherBuilds = false

        func run() throws {
            do {
                let store = try ExtractionStore(path: file, exclusive: true, create: false)
                let current = StoreKey.current(version: Hindsight.configuration.version, knowledgeFolders: [], forcedFormat: nil)
                let removed = try store.prune(keeping: keepOtherBuilds ? nil : current)
                let left = try store.records().count
                try store.close()
                Terminal.note("\(file): \(removed) record\(removed == 1 ? "" : "s") removed, \(left) kept; \(megabytes(store.fileSize())) on disk")
            } catch {
                throw Failure.outputNotWritten("\(error)")
            }
        }
    }
}

private func megabytes(_ bytes: Int) -> String {
    bytes < 1_000_000 ? "\(bytes / 1000) kB" : String(format: "%.1f MB", Double(bytes) / 1e6)
}
