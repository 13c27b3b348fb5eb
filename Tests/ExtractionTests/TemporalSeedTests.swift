import Corpus
import Foundation
import Testing
@testable import Extraction

/// The tagger on the sample pages in `../shared/seeds` (skipped when they are absent), with a simple
/// segmentation of its own: paragraphs between blank lines, each resolved against the last dateline above it.
@Suite("Temporal tagger on the seed pages")
struct TemporalSeedTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let gold = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/gold")

    struct Found {
        var line: Int
        var text: String
        var value: String?
    }

    static func seedFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0) }
    }

    /// Tags one page paragraph by paragraph; a line that is one day expression starting with a weekday is
    /// a dateline and becomes the reference for what follows.
    static func tagPage(_ text: String, fallback: CalendarDay?) -> [Found] {
        let tagger = TemporalTagger()
        var out: [Found] = []
        var reference = fallback
        var context = TemporalContext()
        var paragraph: [String] = []
        var firstLine = 0
        func flush() {
            guard !paragraph.isEmpty else { return }
            let joined = paragraph.joined(separator: "\n")
            let bytes = Array(joined.utf8)
            for e in tagger.tag(joined, kind: .body, reference: reference, context: &context) {
                let line = firstLine + bytes[..<e.utf8Range.lowerBound].filter { $0 == 0x0A }.count
                out.append(Found(line: line, text: e.text, value: e.value?.value))
            }
            paragraph = []
        }
        for (k, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let whole = tagger.tag(trimmed, reference: nil)
            if whole.count == 1, whole[0].text == trimmed, whole[0].value?.precision == .day,
               trimmed.first?.isLetter == true {
                flush()
                reference = whole[0].value?.start
                context = TemporalContext()
                out.append(Found(line: k + 1, text: trimmed, value: whole[0].value?.value))
                continue
            }
            if trimmed.isEmpty || trimmed.hasSuffix("comments:") {
                flush()
                if trimmed.hasSuffix("comments:") { context = TemporalContext() }
                continue
            }
            if paragraph.isEmpty { firstLine = k + 1 }
            paragraph.append(line)
        }
        flush()
        return out
    }

    static var seedsPresent: Bool { !seedFiles().isEmpty }
    static var goldPresent: Bool { seedsPresent && FileManager.default.fileExists(atPath: gold.path) }

    @Test("every seed page tags without trouble and finds its datelines",
          .enabled(if: seedsPresent, "../shared/seeds is absent: seed tagging not checked"))
    func seedsTag() throws {
        let files = Self.seedFiles()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let found = Self.tagPage(text, fallback: nil)
            #expect(!found.isEmpty, "\(file.lastPathComponent)")
            for f in found {
                #expect(f.value.map { TemporalValue.parse($0) != nil } ?? true, "\(f.text) = \(f.value ?? "")")
            }
        }
    }

    /// Compares with the gold annotations (`../shared/eval/gold`), the way the scorer does: same line, words
    /// overlapping; only core dates count.
    @Test("the seed pages' annotated dates are found with their values",
          .enabled(if: goldPresent, "../shared/seeds or ../shared/eval/gold is absent: seed dates not scored"))
    func seedsAgainstGold() throws {
        let files = Self.seedFiles()
        var gold = 0, spans = 0, values = 0
        for file in files {
            let goldFile = Self.gold.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".gold.json")
            guard let data = try? Data(contentsOf: goldFile),
                  let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let dates = json["dates"] as? [[String: Any]] else { continue }
            // a page without a dateline: use its annotated publication day, as the pipeline infers one
            let posts = json["posts"] as? [[String: Any]] ?? []
            let fallback = posts.count == 1 ? (posts[0]["published"] as? String).flatMap(CalendarDay.init(iso:)) : nil
            let found = Self.tagPage(try String(contentsOf: file, encoding: .utf8), fallback: fallback)
            var used = Set<Int>()
            for g in dates where (g["core"] as? Bool) ?? true {
                guard let line = g["line"] as? Int, let text = g["text"] as? String else { continue }
                gold += 1
                let words = Set(Self.words(text))
                if let k = found.indices.first(where: { k in
                    !used.contains(k) && found[k].line == line && !words.isDisjoint(with: Self.words(found[k].text))
                }) {
                    used.insert(k)
                    spans += 1
                    if found[k].value == g["value"] as? String { values += 1 }
                }
            }
        }
        guard gold > 0 else { return }
        let recall = Double(spans) / Double(gold)
        let accuracy = spans > 0 ? Double(values) / Double(spans) : 0
        print("TemporalSeedTests: \(spans)/\(gold) core dates found, \(values) with the annotated value")
        #expect(recall >= 0.95)
        #expect(accuracy >= 0.88)
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
