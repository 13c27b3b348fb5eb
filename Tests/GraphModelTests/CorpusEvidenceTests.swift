import Corpus
import Extraction
import Foundation
@testable import GraphModel
import HindsightPipeline
import HindsightTestSupport
import Testing

/// Corpus-level evidence on names: the type vote, near-duplicates merged and kept apart, acronyms typed in one
/// post joining the body another post defines, and the junk of real use absent from real pages. Sentences are
/// written for these tests.
private func resolve(_ texts: [String], _ kb: KnowledgeBase = .empty) -> (EntityResolution, [[LocatedMention]]) {
    let recognizer = EntityRecognizer(knowledge: kb)
    let docs = texts.map { recognizer.recognize(text: $0) }
    return (EntityResolver(knowledge: kb).resolve(docs), docs)
}

private func entity(_ surface: String, doc d: Int, _ r: (EntityResolution, [[LocatedMention]])) -> ResolvedEntity? {
    guard let i = r.1[d].firstIndex(where: { $0.mention.text == surface }), let id = r.0.assignments[d][i] else { return nil }
    return r.0.entity(id: id)
}

private func mention(text: String, type: EntityType, cue: MentionCue) -> LocatedMention {
    LocatedMention(post: 0, passage: 0, kind: .body, line: 1,
                   mention: EntityMention(text: text, utf8Range: 0..<text.utf8.count, type: type, canonicalName: text, cue: cue))
}

@Suite("Corpus evidence on names")
struct CorpusEvidenceTests {
    @Test("a name typed by a strong cue keeps that type in every post; mentions vote")
    func typeVote() {
        let docs = [[mention(text: "Kestrel Partners", type: .organization, cue: .orgPossessive)],
                    [mention(text: "Kestrel Partners", type: .person, cue: .speechVerb)],
                    [mention(text: "Kestrel Partners", type: .organization, cue: .orgAgent)]]
        let voted = TypeVote.apply(docs)
        #expect(voted.allSatisfy { $0[0].mention.type == .organization })
        // one weak cue each way: no winner, each keeps its own
        let even = TypeVote.apply([[mention(text: "Lanyon", type: .organization, cue: .context)],
                                   [mention(text: "Lanyon", type: .person, cue: .context)]])
        #expect(even[0][0].mention.type == .organization && even[1][0].mention.type == .person)
    }

    @Test("an acronym that acts somewhere and is used as a noun twice is an organization in every post")
    func recurringAcronyms() {
        let r = resolve(["Last spring WHA announced a review of rents.",
                         "Nobody knows whether the WHA is ready. Tenants wrote to WHA again."])
        #expect(entity("WHA", doc: 0, r)?.type == .organization)
        #expect(entity("WHA", doc: 1, r)?.type == .organization)
        // acting once, alone in the corpus: unresolved
        let once = resolve(["Last spring WHA announced a review of rents.", "The council met on Monday."])
        #expect(entity("WHA", doc: 0, once) == nil)
        // used only as a thing, never acting: unresolved however often
        let thing = resolve(["The RQS is a score. Nobody likes the RQS.", "Staff say the RQS is unfair."])
        #expect(entity("RQS", doc: 0, thing) == nil)
    }

    @Test("a weakly typed lone word that is a person's surname joins the person")
    func surnameVote() {
        let docs = [[mention(text: "Jane Marlow", type: .person, cue: .givenName)],
                    [mention(text: "Marlow", type: .organization, cue: .context)]]
        let voted = TypeVote.apply(docs)
        #expect(voted[1][0].mention.type == .person && voted[1][0].mention.canonicalName == "Jane Marlow")
    }

    @Test("a person's spelling variant in the same context merges")
    func spellingVariantsMerge() {
        let r = resolve(["Tom Neville, the housing minister, visited Leeds with the Wexcombe Trust and the Marlow Tenants Federation.",
                         "Tom Nevill, the housing minister, met the Wexcombe Trust and the Marlow Tenants Federation again."])
        let a = entity("Tom Neville", doc: 0, r), b = entity("Tom Nevill", doc: 1, r)
        #expect(a != nil && a?.id == b?.id)
        let names = Set([a?.name ?? ""] + (a?.aliases ?? []))
        #expect(names.isSuperset(of: ["Tom Neville", "Tom Nevill"]))
    }

    @Test("two people one edit apart in different contexts, or named together, stay apart")
    func differentPeopleStayApart() {
        let apart = resolve(["Anna Lund, the chief nurse, spoke at the Wexcombe Trust.",
                             "Anna Lunt, a novelist, wrote about the Porthleven Sailing Club."])
        #expect(entity("Anna Lund", doc: 0, apart)?.id != entity("Anna Lunt", doc: 1, apart)?.id)
        let together = resolve(["Tom Hardy and Tom Hardie, both councillors, voted with the Wexcombe Trust and the Marlow Tenants Federation."])
        #expect(entity("Tom Hardy", doc: 0, together)?.id != entity("Tom Hardie", doc: 0, together)?.id)
    }

    @Test("reordered compass place names merge")
    func reorderedPlaces() {
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "Wessex North", type: .place),
                                         KnowledgeRecord(name: "North Wessex", type: .place, aliases: ["N Wessex"])])
        let r = resolve(["Staff in Wessex North are short.", "In North Wessex the office closed."], kb)
        #expect(entity("Wessex North", doc: 0, r)?.id == entity("North Wessex", doc: 1, r)?.id)
    }

    @Test("the corpus's own expansion of an acronym beats a known body with the same letters, in every post")
    func corpusDefinitionBeatsKnowledge() {
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "Criminal Justice Skills", type: .organization, aliases: ["CJS"])])
        let r = resolve(["Cuts to the criminal justice system (CJS) bite hard.", "The CJS needs money, everyone agrees."], kb)
        #expect(entity("CJS", doc: 0, r)?.name == "criminal justice system")
        #expect(entity("CJS", doc: 1, r)?.name == "criminal justice system")
        // without a definition in the corpus, the knowledge stands
        let k = resolve(["The CJS needs money, everyone agrees."], kb)
        #expect(entity("CJS", doc: 0, k)?.name == "Criminal Justice Skills")
    }

    @Test("an acronym typed by its context in one post joins the body another post defines")
    func acronymJoinsDefinition() {
        let r = resolve(["The Regional Homes Agency (RHA) will fund it.", "She told the RHA that repairs were late."])
        #expect(entity("RHA", doc: 1, r)?.name == "Regional Homes Agency")
    }
}

/// The junk of the issue, on real pages: the seeds (when `../shared/seeds` is there) and the sample corpus.
@Suite("No junk entities on real pages")
struct JunkOnPagesTests {
    static let seeds = TestPaths.seeds
    static var seedsAvailable: Bool { TestPaths.seedsAvailable }

    /// Names found in real use that are not entities.
    static let junk: Set<String> = ["N", "1The Ministry", "CRC-owning", "Implementation", "Fellows", "Trustees",
                                    "Fleet", "Bobs", "Chancellors", "Lord Chancellors", "Dame Thingy", "Thingy",
                                    "FTE", "full time equivalent", "American", "British", "Constabulary"]

    static func problems(_ path: String, knowledge: Bool) throws -> [String] {
        let kb = knowledge ? try KnowledgeBase.load(directories: [TestPaths.entities]) : .empty
        let graph = Pipeline(knowledge: kb, threads: 2).run(paths: [path]).graph
        var out: [String] = []
        for e in graph.entities {
            for n in [e.name] + e.aliases {
                let bad = junk.contains(n) || n.count == 1 || n.first.map(\.isNumber) == true && n.dropFirst().first?.isLetter == true
                    || (n.split(separator: "-").last.map { $0.count >= 3 && $0.first!.isLowercase && $0.hasSuffix("ing") } ?? false)
                    || (e.type == .person && n.hasSuffix("Inquest"))
                if bad { out.append("\(e.type.rawValue) \(e.name) (\(n))") }
            }
        }
        return out
    }

    @Test("none of the junk is an entity on the sample corpus", arguments: [true, false])
    func corpus(knowledge: Bool) throws {
        let p = try Self.problems(TestPaths.corpus, knowledge: knowledge)
        #expect(p.isEmpty, "\(p)")
    }

    @Test("none of the junk is an entity on the seeds", .enabled(if: JunkOnPagesTests.seedsAvailable, "needs ../shared/seeds"),
          arguments: [true, false])
    func seeds(knowledge: Bool) throws {
        let p = try Self.problems(Self.seeds, knowledge: knowledge)
        #expect(p.isEmpty, "\(p)")
    }
}
