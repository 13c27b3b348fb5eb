import Corpus
@testable import Extraction
import Foundation
import HindsightTestSupport
import Testing

/// Generalization of the entity recognizer, on the regression suites of `Tests/Regression/`: short pages written
/// for this project (about real probation history in `Probation/`, about other policy areas in `PolicyAreasA/`),
/// naming people and organizations that are NOT in `Entities/`, annotated in `gold/` (the format of
/// `../shared/eval/GOLD_FORMAT.md`) before the recognizer was run on them. Each suite's README gives its first,
/// blind score; the floors here keep later changes from losing what was gained. The scoring follows `../shared/eval/score.py`: names are normalised (lowercase, titles, possessives and
/// punctuation dropped); a found entity matches a gold one when any of its surface forms matches; non-core gold
/// entities are neither rewarded nor penalised; a second entity matching an already matched gold one is a
/// duplicate, not an error. Entities here are per document: confirmed mentions grouped by canonical name.
@Suite("Entity recognition on the regression pages")
struct RegressionEntityTests {
    static let regression = URL(fileURLWithPath: TestPaths.inPackage("Tests/Regression"))

    struct GoldEntity: Decodable {
        var name: String
        var aliases: [String]?
        var core: Bool?
    }

    struct Gold: Decodable {
        var document: String
        var people: [GoldEntity]
        var organizations: [GoldEntity]
        var programmes: [GoldEntity]?
    }

    struct Score {
        var tp = 0, fp = 0, fn = 0
        var spurious: [String] = []
        var missed: [String] = []
        var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    }

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "dame", "sir", "lord", "lady", "baroness",
                                      "baron", "hmi", "the", "prof", "professor", "rt", "hon", "mp", "qc", "kc",
                                      "cbe", "obe", "mbe"]

    /// The scorer's normalisation: lowercase, curly quotes folded, `'s` dropped, punctuation and hyphens read
    /// as spaces, titles dropped.
    static func norm(_ s: String) -> String {
        var t = s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
        t = t.replacingOccurrences(of: "'s ", with: " ")
        if t.hasSuffix("'s") { t.removeLast(2) }
        let cleaned = String(t.map { $0.isLetter || $0.isNumber || $0 == "&" || $0 == "_" ? $0 : " " })
        return cleaned.split(separator: " ").map(String.init).filter { !titles.contains($0) }.joined(separator: " ")
    }

    static func score(gold: [GoldEntity], predicted: [[String]]) -> Score {
        func surfaces(_ g: GoldEntity) -> Set<String> {
            Set(([g.name] + (g.aliases ?? [])).map(norm).filter { !$0.isEmpty })
        }
        let core = gold.filter { $0.core ?? true }.map { ($0, surfaces($0)) }
        let neutral = gold.filter { !($0.core ?? true) }.map(surfaces)
        var matched = Set<Int>()
        var s = Score()
        for p in predicted {
            let ps = Set(p.map(norm).filter { !$0.isEmpty })
            guard !ps.isEmpty else { continue }
            var hit: Int? = nil
            for (i, (_, gs)) in core.enumerated() where !ps.isDisjoint(with: gs) {
                hit = i
                if !matched.contains(i) { break }
            }
            if let h = hit {
                if !matched.contains(h) { matched.insert(h); s.tp += 1 }
                continue
            }
            if neutral.contains(where: { !ps.isDisjoint(with: $0) }) { continue }
            s.fp += 1
            s.spurious.append(p[0])
        }
        for (i, (g, _)) in core.enumerated() where !matched.contains(i) { s.missed.append(g.name) }
        s.fn = s.missed.count
        return s
    }

    /// People and organizations of one page: confirmed mentions grouped by type and canonical name, each with
    /// its canonical name and surface forms.
    static func predicted(_ document: Document, _ recognizer: EntityRecognizer) -> (people: [[String]], orgs: [[String]]) {
        var groups: [String: (type: EntityType, names: [String])] = [:]
        var order: [String] = []
        for lm in recognizer.recognize(document) where !lm.isCandidate {
            let m = lm.mention
            guard m.type == .person || m.type == .organization else { continue }
            let key = m.type.rawValue + ":" + m.canonicalName
            if groups[key] == nil {
                groups[key] = (m.type, [m.canonicalName])
                order.append(key)
            }
            if !groups[key]!.names.contains(m.text) { groups[key]!.names.append(m.text) }
        }
        let all = order.map { groups[$0]! }
        return (all.filter { $0.type == .person }.map(\.names), all.filter { $0.type == .organization }.map(\.names))
    }

    /// People and organizations of every page of one suite, scored against its gold.
    static func scoreSuite(_ name: String, defaultKnowledge: Bool = true) throws -> (people: Score, orgs: Score) {
        let suite = regression.appendingPathComponent(name)
        let goldDir = suite.appendingPathComponent("gold")
        let pagesDir = suite.appendingPathComponent("pages")
        let goldFiles = try FileManager.default.contentsOfDirectory(atPath: goldDir.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        try #require(goldFiles.count >= 6, "expected the gold files in \(goldDir.path)")
        let kb = defaultKnowledge ? try KnowledgeBase.load(directories: [TestPaths.entities]) : .empty
        let recognizer = EntityRecognizer(knowledge: kb)
        var people = Score(), orgs = Score()
        for file in goldFiles {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldDir.appendingPathComponent(file)))
            let pagePath = pagesDir.appendingPathComponent(gold.document).path
            let text = try String(contentsOfFile: pagePath, encoding: .utf8)
            let document = PlainTextPageReader().read(text: text, path: pagePath)
            let found = Self.predicted(document, recognizer)
            let p = Self.score(gold: gold.people, predicted: found.people)
            let programmes = (gold.programmes ?? []).map { GoldEntity(name: $0.name, aliases: $0.aliases, core: false) }
            let o = Self.score(gold: gold.organizations + programmes, predicted: found.orgs)
            people.tp += p.tp; people.fp += p.fp; people.fn += p.fn
            orgs.tp += o.tp; orgs.fp += o.fp; orgs.fn += o.fn
            people.missed += p.missed.map { "\(gold.document): \($0)" }
            people.spurious += p.spurious.map { "\(gold.document): \($0)" }
            orgs.missed += o.missed.map { "\(gold.document): \($0)" }
            orgs.spurious += o.spurious.map { "\(gold.document): \($0)" }
        }
        return (people, orgs)
    }

    static func detail(_ s: (people: Score, orgs: Score)) -> String {
        "people P=\(s.people.precision) R=\(s.people.recall) missed \(s.people.missed) spurious \(s.people.spurious); "
            + "organizations P=\(s.orgs.precision) R=\(s.orgs.recall) missed \(s.orgs.missed) spurious \(s.orgs.spurious)"
    }

    @Test("probation pages: people and organizations not in Entities/ are found from general cues")
    func probationRecallAndPrecision() throws {
        let s = try Self.scoreSuite("Probation")
        #expect(s.people.recall >= 0.93, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.93, "\(Self.detail(s))")
        #expect(s.orgs.recall >= 0.90, "\(Self.detail(s))")
        #expect(s.orgs.precision >= 0.93, "\(Self.detail(s))")
    }

    /// Floors a little under the figures reached after tuning (people P 1.0 R 0.99, organizations P 0.99
    /// R 0.85 with the default `Entities/`); the README of the suite gives the blind first run.
    @Test("other policy areas (set A): names found from general cues with the default knowledge")
    func policyAreasRecallAndPrecision() throws {
        let s = try Self.scoreSuite("PolicyAreasA")
        #expect(s.people.recall >= 0.95, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.95, "\(Self.detail(s))")
        #expect(s.orgs.recall >= 0.80, "\(Self.detail(s))")
        #expect(s.orgs.precision >= 0.95, "\(Self.detail(s))")
    }

    /// Floors a little under the blind figures of the set's first scoring with these rules (people P 0.99 R 0.96,
    /// organizations P 0.96 R 0.72 with the default `Entities/`; the suite's README has both runs).
    @Test("other policy areas (set B, scored blind at the end of its session): names found from general cues")
    func policyAreasBRecallAndPrecision() throws {
        let s = try Self.scoreSuite("PolicyAreasB")
        #expect(s.people.recall >= 0.90, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.93, "\(Self.detail(s))")
        #expect(s.orgs.recall >= 0.65, "\(Self.detail(s))")
        #expect(s.orgs.precision >= 0.90, "\(Self.detail(s))")
    }

    /// Floors a little under set C's blind figures at the end of the session that scored it (people P 1.0 R 0.96,
    /// organizations P 0.94 R 0.79 with the default `Entities/`, P 0.85 R 0.67 without, by the scorer; this suite's own
    /// count, per document without the corpus-level vote, gives R 0.63 without; the README has both runs).
    @Test("other policy areas (set C, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasC(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasC", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.92, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.97, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.76 : 0.61), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.91 : 0.82), "\(Self.detail(s))")
    }

    /// Floors a little under set D's figures at the end of the session that scored it blind (this suite's own count:
    /// people P 0.95 R 0.91, organizations P 0.88 R 0.78 with the default `Entities/`, P 0.82 R 0.62 without; the
    /// scorer's figures are in the suite's README).
    @Test("other policy areas (set D, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasD(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasD", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.89 : 0.88), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.93 : 0.94), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.75 : 0.59), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.85 : 0.79), "\(Self.detail(s))")
    }

    /// Floors a little under set E's figures at the end of the session that scored it blind (this suite's own count:
    /// people P 0.96 R 0.93, organizations P 0.92 R 0.87 with the default `Entities/`, P 0.89 R 0.73 without; the
    /// scorer's figures are in the suite's README).
    @Test("other policy areas (set E, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasE(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasE", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.92 : 0.89), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.94 : 0.94), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.85 : 0.71), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.90 : 0.87), "\(Self.detail(s))")
    }

    /// Floors a little under set F's figures at the end of the session that scored it blind (this suite's own count:
    /// people P 0.85 R 0.94, organizations P 0.96 R 0.85 with the default `Entities/`, P 0.91 R 0.68 without; people
    /// precision is low because commenters' handles read as names; the scorer's figures are in the suite's README).
    @Test("other policy areas (set F, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasF(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasF", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.92, "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.83 : 0.81), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.82 : 0.65), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.94 : 0.89), "\(Self.detail(s))")
    }

    /// Floors a little under set G's figures at the end of the session that scored it blind (this suite's own count:
    /// people P 0.98 R 1.0, organizations P 0.95 R 0.89 with the default `Entities/`, people P 0.96 R 0.99,
    /// organizations P 0.89 R 0.68 without; the scorer's figures are in the suite's README).
    @Test("other policy areas (set G, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasG(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasG", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.97 : 0.96), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.95 : 0.94), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.86 : 0.65), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.92 : 0.86), "\(Self.detail(s))")
    }

    /// Set H, written blind in the early-afternoon session of 2026-12-06 and scored blind at its start and end
    /// (the suite's README has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set H, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasH(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasH", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.94 : 0.90), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.95 : 0.95), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.80 : 0.64), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.95 : 0.93), "\(Self.detail(s))")
    }

    /// Set I, written blind in the late-afternoon session of 2026-12-06 and scored blind at its start and end (the
    /// suite's README has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set I, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasI(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasI", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.95 : 0.94), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.97 : 0.96), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.82 : 0.73), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.91 : 0.89), "\(Self.detail(s))")
    }

    /// Set J, written blind in the evening session of 2026-12-06 and scored blind at its start and end (the suite's
    /// README has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set J, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasJ(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasJ", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.95 : 0.95), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.96 : 0.96), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.84 : 0.74), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.95 : 0.94), "\(Self.detail(s))")
    }

    /// Set K, written blind in the night session of 2026-12-06 and scored blind at its start and end (the suite's
    /// README has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set K, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasK(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasK", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.95 : 0.96), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.95 : 0.93), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.78 : 0.70), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.91 : 0.90), "\(Self.detail(s))")
    }

    /// Set L, written blind in the late-night session of 2026-12-06 and scored blind at its start and end (the suite's README
    /// has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set L, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasL(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasL", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.95 : 0.95), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.97 : 0.96), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.82 : 0.69), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.93 : 0.89), "\(Self.detail(s))")
    }

    /// Set M, written blind in the session of 2026-12-07 and scored blind at its start and end (the suite's README
    /// has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set M, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasM(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasM", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= (defaultKnowledge ? 0.95 : 0.96), "\(Self.detail(s))")
        #expect(s.people.precision >= (defaultKnowledge ? 0.96 : 0.96), "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.82 : 0.75), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.89 : 0.88), "\(Self.detail(s))")
    }

    /// Set N, written blind in the session of 2026-12-07 (morning) and scored blind at its start and end (the
    /// suite's README has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set N, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasN(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasN", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.92, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.97, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.85 : 0.77), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.90 : 0.88), "\(Self.detail(s))")
    }

    /// Set O, written blind in the session of 2026-12-07 (late morning) and scored blind at its start and end (the
    /// suite's README has both runs): floors a little under this test's own reading of the end of that session.
    @Test("other policy areas (set O, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasO(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasO", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.97, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.97, "\(Self.detail(s))")
        #expect(s.orgs.recall >= 0.87, "\(Self.detail(s))")
        #expect(s.orgs.precision >= 0.89, "\(Self.detail(s))")
    }

    /// Set P, written blind in the session of 2026-12-07 (midday) and scored blind at its start and end (the
    /// suite's README has both runs): floors a little under this test's own reading of the end of that session
    /// (people P and R 0.971 both ways; organizations P 0.908 R 0.839 with `Entities/`, P 0.836 R 0.780 without).
    @Test("other policy areas (set P, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasP(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasP", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.95, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.95, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.82 : 0.76), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.89 : 0.82), "\(Self.detail(s))")
    }

    /// Set Q (the pensions and care regulators, gambling, data protection, forests, maps, Channel 4, airports, the Law
    /// Commission, legal services regulation, police and crime commissioners, the College of Policing), scored blind
    /// at the end of the session of 2026-12-07 (afternoon): people P 0.97 R 0.99 both ways; organizations P 0.99 R 0.88
    /// with `Entities/`, P 0.98 R 0.82 without. Floors a little under.
    @Test("other policy areas (set Q, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasQ(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasQ", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.96, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.94, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.85 : 0.79), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.96 : 0.95), "\(Self.detail(s))")
    }

    /// Set R (driving licences, the British Council, CABE, the HFEA, the QCA and Ofqual, the Independent Living Fund,
    /// defence procurement, the Standards Board for England, the Assets Recovery Agency, the Commission for Racial
    /// Equality, the passport agencies, criminal injuries compensation), scored blind at the end of the session of
    /// 2026-12-07 (evening): people P 0.98 R 0.98 both ways; organizations P 0.87 R 0.88 with `Entities/`, P 0.87
    /// R 0.86 without. Floors a little under.
    @Test("other policy areas (set R, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasR(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasR", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.95, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.95, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.85 : 0.83), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.84 : 0.84), "\(Self.detail(s))")
    }

    /// Set S (the Land Registry, Companies House, the milk boards, Cafcass, Audit Scotland, the AHDB, the Royal Mint,
    /// Consumer Focus, the Forensic Science Service, the Chief Inspectors of Prisons, the Anti-Slavery Commissioner,
    /// the 1995 sacking of the head of the Prison Service), scored blind at the end of the session of 2026-12-07
    /// (night): people F1 0.99 both ways; organizations P 0.91 R 0.82 with `Entities/`, P 0.91 R 0.77 without.
    /// Floors a little under.
    @Test("other policy areas (set S, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasS(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasS", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.95, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.95, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.78 : 0.73), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.86 : 0.86), "\(Self.detail(s))")
    }

    /// Set T (HMRC, British Gas and its successors, BT and Oftel, the GLC and the GLA, the BBC Trust, DERA and
    /// QinetiQ, the electricity industry's break-up, British Airways; Strangeways and the Woolf report, ten years of
    /// the Ministry of Justice, the Lammy Review, the Prisons and Probation Ombudsman), scored blind at the end of
    /// the session of 2026-12-07 (late night): people P 0.97 R 1.0 with `Entities/`, R 0.99 without; organizations
    /// P 0.93 R 0.86 with `Entities/`, P 0.95 R 0.85 without. Floors a little under.
    @Test("other policy areas (set T, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasT(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasT", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.95, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.95, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.82 : 0.80), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.88 : 0.90), "\(Self.detail(s))")
    }

    /// Set U (the Pension Protection Fund, the football regulator, the Press Complaints Commission and IPSO, the
    /// poll tax, British Leyland to MG Rover, the Atomic Weapons Establishment, the Health Service Ombudsman, the
    /// DVSA; Medway secure training centre, the HMP Birmingham step-in, the 2016 prison officers' walkout, the 2025
    /// sentencing review), scored blind at the end of the session of 2026-12-08: people P 0.98 R 0.97 both ways;
    /// organizations P 0.88 R 0.71 with `Entities/`, P 0.86 R 0.65 without. Floors a little under.
    @Test("other policy areas (set U, scored blind at the end of its session): names found from general cues",
          arguments: [true, false])
    func policyAreasU(defaultKnowledge: Bool) throws {
        let s = try Self.scoreSuite("PolicyAreasU", defaultKnowledge: defaultKnowledge)
        #expect(s.people.recall >= 0.94, "\(Self.detail(s))")
        #expect(s.people.precision >= 0.95, "\(Self.detail(s))")
        #expect(s.orgs.recall >= (defaultKnowledge ? 0.68 : 0.62), "\(Self.detail(s))")
        #expect(s.orgs.precision >= (defaultKnowledge ? 0.85 : 0.83), "\(Self.detail(s))")
    }

    /// Without `Entities/`, the general cues alone; floors a little under the figures reached with the party,
    /// Crown body, contract and media cues (A: people P 1.0 R 0.99, organizations P 0.97 R 0.77; B: people P 0.98
    /// R 0.93, organizations P 0.93 R 0.62); A's organization recall rose with the one-use acronym cues.
    @Test("other policy areas (sets A and B) without Entities/: names found from general cues alone",
          arguments: ["PolicyAreasA", "PolicyAreasB"])
    func policyAreasWithoutKnowledge(set: String) throws {
        let s = try Self.scoreSuite(set, defaultKnowledge: false)
        let floors: [String: (pr: Double, pp: Double, or: Double, op: Double)] = [
            "PolicyAreasA": (0.97, 0.97, 0.76, 0.94), "PolicyAreasB": (0.90, 0.95, 0.60, 0.90),
        ]
        let f = try #require(floors[set])
        #expect(s.people.recall >= f.pr, "\(Self.detail(s))")
        #expect(s.people.precision >= f.pp, "\(Self.detail(s))")
        #expect(s.orgs.recall >= f.or, "\(Self.detail(s))")
        #expect(s.orgs.precision >= f.op, "\(Self.detail(s))")
    }

    @Test("the scoring normalisation drops titles, possessives and punctuation")
    func normalisation() {
        #expect(Self.norm("Mr Le Vay") == "le vay")
        #expect(Self.norm("Serco\u{2019}s") == "serco")
        #expect(Self.norm("Davies-Jones") == "davies jones")
        #expect(Self.norm("Dame Vera Baird") == "vera baird")
        let s = Self.score(gold: [GoldEntity(name: "Paul Wilson", aliases: ["Wilson"], core: true),
                                  GoldEntity(name: "Jim", aliases: [], core: false)],
                           predicted: [["Wilson"], ["Jim"], ["Nobody Here"]])
        #expect(s.tp == 1 && s.fp == 1 && s.fn == 0)
    }
}
