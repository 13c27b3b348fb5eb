import ArgumentParser
import Export
import Foundation
import Extraction
import GraphModel

/// `hindsight entities`: the entities found, most mentioned first.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organizations, places and programmes found, most mentioned first.",
        discussion: """
            Examples:
              hindsight entities --type person Corpus/
              hindsight entities --format knowledge --output draft/ Samples/health/
            The knowledge format writes a draft knowledge pack into the folder given by --output: one JSON file per
            type, in the record schema of Entities/, holding the entities that no knowledge file knew (names,
            aliases, first sources, a confidence). Curate it, then read it back with --entities draft/.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, knowledge }

    @Option(help: "Only this type: person, organization, place or programme.")
    var type: EntityType?

    @Option(help: "text, json, or knowledge (a draft knowledge pack, written into the --output folder).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write here instead of standard output; with --format knowledge, the folder of the draft (created if missing).", valueName: "path"))
    var output: String?

    @Option(help: "At most this many entities, the most mentioned (0: all).")
    var limit: Int?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative (0 lists every entity).") }
        if format == .knowledge {
            guard let output, output != "-" else {
                throw ValidationError("--format knowledge writes a folder: give one with --output DIR (for example --output draft/).")
            }
            let parent = (output.hasSuffix("/") ? String(output.dropLast()) : output) as NSString
            let folder = parent.deletingLastPathComponent.isEmpty ? "." : parent.deletingLastPathComponent
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--output \(output): folder \(folder) does not exist; create it first.")
            }
        }
        if limit != nil && format == .knowledge {
            throw ValidationError("--limit does not apply to --format knowledge (the draft holds every discovered entity).")
        }
    }

    func run() throws {
        if format != .knowledge { try checkOutput(output) }
        let (run, code) = try corpus.run()
        let list = EntityListRenderer.select(from: run.graph, type: type, limit: limit)
        switch format {
        case .knowledge:
            let draft = KnowledgeDraft(entities: list)
            try Failure.on(Failure.outputNotWritten) {
                try draft.write(to: output ?? "draft", corpus: corpus.paths.joined(separator: ", "))
            }
            if !corpus.quiet {
                let counts = draft.files.map { "\($0.records.count) in \($0.name)" }.joined(separator: ", ")
                Terminal.note("draft knowledge written to \(output ?? "draft"): \(counts)")
            }
        case .json: try writeOutput(EntityListRenderer().json(list), to: output)
        case .text: try writeOutput(Array(EntityListRenderer().text(list).utf8), to: output)
        }
        if code != .success { throw code }
    }
}

extension EntityType: ExpressibleByArgument {}
