import ArgumentParser
import Export
import Extraction
import GraphModel

/// `hindsight entities`: the entities found, most mentioned first.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organizations, places and programmes found, most mentioned first.",
        discussion: "Example: hindsight entities --type person Corpus/")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Only this type: person, organization, place or programme.")
    var type: EntityType?

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: "At most this many entities, the most mentioned (0: all).")
    var limit: Int?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative (0 lists every entity).") }
    }

    func run() throws {
        let (run, code) = try corpus.run()
        var list = run.graph.entities.filter { type == nil || $0.type == type }
        if let limit, limit > 0 { list = Array(list.prefix(limit)) }
        switch format {
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
            try writeOutput(j.bytes, to: nil)
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
            try writeOutput(Array(out.utf8), to: nil)
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
