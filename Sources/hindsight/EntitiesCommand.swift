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
        var list = run.graph.entities.filter { type == nil || $0.type == type }
        if let limit, limit > 0 { list = Array(list.prefix(limit)) }
        switch format {
        case .knowledge:
            let draft = KnowledgeDraft(entities: list)
            do {
                try draft.write(to: output ?? "draft", corpus: corpus.paths.joined(separator: ", "))
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(3)
            }
            if !corpus.quiet {
                let counts = draft.files.map { "\($0.records.count) in \($0.name)" }.joined(separator: ", ")
                Terminal.note("draft knowledge written to \(output ?? "draft"): \(counts)")
            }
        case .json:
            var j = JSONText()
            j.array(list) { j, e in
                j.raw("{\"id\":"); j.string(e.id)
                j.raw(",\"type\":\"\(e.type.rawValue)\",\"name\":"); j.string(e.name)
                j.raw(",\"mentions\":\(e.weight),\"aliases\":"); j.array(e.aliases) { $0.string($1) }
                j.raw(",\"first_seen\":"); j.optionalString(e.firstSeen?.iso)
                j.raw(",\"last_seen\":"); j.optionalString(e.lastSeen?.iso)
                j.raw("}")
            }
            j.newline()
            try writeOutput(j.bytes, to: output)
        case .text:
            let width = list.map { $0.name.count }.max().map { min($0, 40) } ?? 10
            var out = ""
            for e in list {
                let name = TextCleaner.clean(e.name)
                let pad = String(repeating: " ", count: max(1, width + 2 - name.count))
                let span = [e.firstSeen?.iso, e.lastSeen?.iso].compactMap { $0 }
                let seen = span.isEmpty ? "" : "  " + (span[0] == span.last! ? span[0] : span[0] + "…" + span.last!)
                let aliases = e.aliases.isEmpty ? "" : "  (" + e.aliases.prefix(6).map(TextCleaner.clean).joined(separator: ", ") + ")"
                out += "\(String(e.weight).leftPadded(5))  \(e.type.rawValue.padding(13))\(name)\(pad)\(seen)\(aliases)\n"
            }
            try writeOutput(Array(out.utf8), to: output)
        }
        if code != .success { throw code }
    }
}

extension EntityType: ExpressibleByArgument {}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
    func padding(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
}

/// Strips control characters and escape sequences from text shown on a terminal.
enum TextCleaner {
    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { scalar in
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return false }
            // Bidirectional controls that can reorder what a terminal shows.
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F { return false }
            return true
        }))
    }
}
