import ArgumentParser
import Export
import Extraction
import GraphModel
import GraphvizExport
import HindsightSupport

/// `hindsight profile NAME PATHS...`: what the corpus says of one entity.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show one entity: its names, the roles it held, its relations in and out with spans and sources, and its events.",
        discussion: """
            NAME is an entity's name, any of its aliases, or its id (person:chris-grayling). An unknown name is \
            answered with the closest names the corpus has. Relations the corpus states are listed with the lines \
            that state them; relations known only from Entities/ are marked (known) with their dates from the record.

            Examples:
              hindsight profile Sodexo Corpus/
              hindsight profile "Justice Secretary" --format json Corpus/
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The entity: a name, alias or id.")
    var name: String

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let (run, code) = try corpus.run()
        let profile = try Failure.on(Failure.usage) { try run.graph.profile(of: name) }
        switch format {
        case .json: try writeOutput(Self.json(profile), to: nil)
        case .text: try writeOutput(Array(Self.text(profile).utf8), to: nil)
        }
        if code != .success { throw code }
    }

    static func span(_ r: EntityProfile.Relation) -> String {
        var parts: [String] = []
        if r.start != nil || r.end != nil { parts.append((r.start ?? "?") + "–" + (r.end ?? "")) }
        if let q = r.qualifier { parts.append(q) }
        if r.stated, let f = r.firstSeen, let l = r.lastSeen {
            parts.append("seen " + (f == l ? f.iso : f.iso + "…" + l.iso))
        }
        return parts.joined(separator: ", ")
    }

    static func text(_ p: EntityProfile) -> String {
        let e = p.entity
        var out = "\(TerminalText.clean(e.name))  (\(e.type.rawValue), \(e.id))\n"
        if !e.aliases.isEmpty { out += "  also: " + e.aliases.map(TerminalText.clean).joined(separator: ", ") + "\n" }
        out += "  mentions: \(e.weight)"
        if let f = p.firstMention { out += ", first \(f.postDate?.iso ?? "undated") (\(f.source.document):\(f.source.line))" }
        if let l = p.lastMention { out += ", last \(l.postDate?.iso ?? "undated") (\(l.source.document):\(l.source.line))" }
        out += "\n"
        func line(_ r: EntityProfile.Relation) -> String {
            let arrow = r.outgoing ? "\(r.type.rawValue.replacingUnderscores) →" : "← \(r.type.rawValue.replacingUnderscores)"
            var s = "    \(arrow) \(TerminalText.clean(r.otherName))"
            if let l = r.label, r.type == .holdsRole, !r.other.hasPrefix("role:") { s += " as \(TerminalText.clean(l))" }
            let sp = span(r)
            if !sp.isEmpty { s += "  [\(sp)]" }
            if !r.stated { s += "  (known, Entities/)" }
            for src in r.sources.prefix(4) { s += "\n        \(src.document):\(src.line) (\(src.kind.rawValue))" }
            if r.sources.count > 4 { s += "\n        … \(r.sources.count - 4) more" }
            return s + "\n"
        }
        let roles = p.roles, others = p.relations.filter { r in !roles.contains(r) }
        if !roles.isEmpty { out += "  roles and memberships:\n" + roles.map(line).joined() }
        let outs = others.filter(\.outgoing), ins = others.filter { !$0.outgoing }
        if !outs.isEmpty { out += "  relations out:\n" + outs.map(line).joined() }
        if !ins.isEmpty { out += "  relations in:\n" + ins.map(line).joined() }
        if !p.events.isEmpty {
            out += "  events (\(p.events.count)):\n"
            for ev in p.events.prefix(30) {
                let src = ev.sources.first.map { "  (\($0.document):\($0.line))" } ?? ""
                out += "    \(ev.date.value)  \(TerminalText.clean(String(ev.summary.prefix(100))))\(src)\n"
            }
            if p.events.count > 30 { out += "    … \(p.events.count - 30) more\n" }
        }
        return out
    }

    static func json(_ p: EntityProfile) -> [UInt8] {
        var j = JSONText()
        let e = p.entity
        j.raw("{\"id\":"); j.string(e.id)
        j.raw(",\"type\":\"\(e.type.rawValue)\",\"name\":"); j.string(e.name)
        j.raw(",\"aliases\":"); j.array(e.aliases) { $0.string($1) }
        j.raw(",\"mentions\":\(e.weight)")
        func mention(_ j: inout JSONText, _ m: MentionRecord?) {
            guard let m else { j.raw("null"); return }
            j.raw("{\"date\":"); j.optionalString(m.postDate?.iso)
            j.raw(",\"document\":"); j.string(m.source.document)
            j.raw(",\"line\":\(m.source.line),\"text\":"); j.string(m.text); j.raw("}")
        }
        j.raw(",\"first_mention\":"); mention(&j, p.firstMention)
        j.raw(",\"last_mention\":"); mention(&j, p.lastMention)
        j.raw(",\"relations\":")
        j.array(p.relations) { j, r in
            j.raw("{\"type\":\"\(r.type.rawValue)\",\"direction\":\"\(r.outgoing ? "out" : "in")\",\"other\":"); j.string(r.other)
            j.raw(",\"other_name\":"); j.string(r.otherName)
            j.raw(",\"role\":"); j.optionalString(r.type == .holdsRole ? r.label : nil)
            j.raw(",\"qualifier\":"); j.optionalString(r.qualifier)
            j.raw(",\"start\":"); j.optionalString(r.start)
            j.raw(",\"end\":"); j.optionalString(r.end)
            j.raw(",\"first_seen\":"); j.optionalString(r.firstSeen?.iso)
            j.raw(",\"last_seen\":"); j.optionalString(r.lastSeen?.iso)
            j.raw(",\"stated\":"); j.bool(r.stated)
            j.raw(",\"sources\":")
            j.array(r.sources) { j, s in
                j.raw("{\"document\":"); j.string(s.document)
                j.raw(",\"line\":\(s.line),\"kind\":\"\(s.kind.rawValue)\",\"post\":"); j.string(s.post); j.raw("}")
            }
            j.raw("}")
        }
        j.raw(",\"events\":")
        j.array(p.events) { j, ev in
            j.raw("{\"id\":"); j.string(ev.id)
            j.raw(",\"date\":"); j.string(ev.date.value)
            j.raw(",\"summary\":"); j.string(ev.summary)
            j.raw(",\"sources\":")
            j.array(ev.sources) { j, s in
                j.raw("{\"document\":"); j.string(s.document); j.raw(",\"line\":\(s.line)}")
            }
            j.raw("}")
        }
        j.raw("}")
        j.newline()
        return j.bytes
    }
}

extension String {
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
