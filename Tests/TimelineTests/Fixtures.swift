import Corpus
import Extraction
@testable import GraphModel
import Timeline

/// Small hand-made graphs for the tests.
enum Fixture {
    static func entity(_ name: String, _ type: EntityType, aliases: [String] = [], mentions: [String] = []) -> Entity {
        Entity(id: type.id(for: name), type: type, name: name, aliases: aliases,
               mentions: mentions.map { MentionRecord(text: $0, source: source("a.txt", 1), postDate: nil) },
               knowledgeID: nil, roles: [], firstSeen: nil, lastSeen: nil)
    }

    static func source(_ document: String, _ line: Int, _ kind: PassageKind = .body, post: String? = nil) -> SourceRef {
        SourceRef(document: document, line: line, kind: kind, post: post ?? "post:" + document)
    }

    static func date(_ iso: String) -> TemporalValue {
        guard let v = TemporalValue.parse(iso) else { fatalError("bad test date \(iso)") }
        return v
    }

    static func event(_ id: String, _ date: String, _ summary: String, participants: [Entity] = [],
                      sources: [SourceRef]? = nil) -> Event {
        Event(id: "event:" + id, date: Fixture.date(date), summary: summary, trigger: nil,
              participants: participants.map(\.id), sources: sources ?? [source(id + ".txt", 1)])
    }

    static func graph(entities: [Entity] = [], events: [Event]) -> KnowledgeGraph {
        KnowledgeGraph(documents: [], entities: entities, dates: [], events: events, edges: [],
                       statistics: CorpusStatistics(documents: 0, posts: 0, comments: 0, bytes: 0,
                                                    entities: entities.count, dates: 0, events: events.count,
                                                    edges: 0, firstPost: nil, lastPost: nil))
    }

    // A small cast.
    static let grayling = entity("Chris Grayling", .person, aliases: ["Grayling"])
    static let moj = entity("Ministry of Justice", .organization, aliases: ["MoJ"])
    static let napo = entity("Napo", .organization)
    static let wales = entity("Wales", .place)
    static let tr = entity("Transforming Rehabilitation", .programme, aliases: ["TR"])

    /// A graph of events across precisions, types and kinds of source.
    static var sample: KnowledgeGraph {
        graph(entities: [grayling, moj, napo, wales, tr], events: [
            event("e1", "2014-06-01", "The probation trusts were dissolved and the MoJ split the service.",
                  participants: [moj], sources: [source("b.txt", 3), source("a.txt", 9, .comment)]),
            event("e2", "2013-05", "Chris Grayling announced Transforming Rehabilitation.",
                  participants: [grayling, tr], sources: [source("a.txt", 4)]),
            event("e3", "2013-11", "Napo members walked out.", participants: [napo],
                  sources: [source("b.txt", 12, .comment)]),
            event("e4", "2014", "Staff in Wales were sifted into new organisations.", participants: [wales]),
            event("e5", "2019-Q4", "The MoJ set out the plans for Wales.", participants: [moj, wales]),
            event("e6", "2022-SP", "Napo and the MoJ met.", participants: [napo, moj]),
        ])
    }
}

extension String {
    /// The string without SGR sequences (`ESC [ … m`).
    var withoutSGR: String {
        var out = ""
        var it = self.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = it.next()
        while let c = pending {
            pending = it.next()
            if c == "\u{1B}", pending == "[" {
                var n = it.next()
                while let x = n, x == ";" || ("0"..."9").contains(x) { n = it.next() }
                if n == "m" { pending = it.next(); continue }
                out.unicodeScalars.append(c)
                out.unicodeScalars.append("[")
                pending = n
                continue
            }
            out.unicodeScalars.append(c)
        }
        return out
    }

    var lines: [String] { split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
