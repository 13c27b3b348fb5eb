import Foundation
import GraphModel
import GraphvizExport
import Extraction
import Testing
@testable import Report
import HindsightPipeline
import Timeline

/// The site written from the sample corpus in `Corpus/` (our own short posts).
@Suite struct ReportWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let run: Pipeline.Run = {
        let kb = (try? KnowledgeBase.load(directories: [root + "/Entities"])) ?? .empty
        return Pipeline(knowledge: kb, threads: 2).run(paths: [root + "/Corpus"])
    }()

    func write(_ options: ReportOptions) throws -> (String, ReportSummary) {
        let dir = NSTemporaryDirectory() + "hindsight-report-test-\(UUID().uuidString)"
        let summary = try ReportWriter(graph: Self.run.graph, documents: Self.run.corpus.documents, options: options)
            .write(to: dir, renderer: GraphvizRenderer.shared())
        return (dir, summary)
    }

    func files(_ dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    @Test func entitiesAboveTheThresholdGetAPageAndEveryPageHasThePolicy() throws {
        let (dir, summary) = try write(ReportOptions(minMentions: 3))
        let graph = Self.run.graph
        let expected = graph.entities.filter { $0.weight >= 3 }.count
        #expect(summary.entityPages == expected)
        #expect(files(dir).filter { $0.hasPrefix("entities/") }.count == expected)
        for page in files(dir) {
            let html = read(dir + "/" + page)
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"), "\(page)")
            #expect(!html.contains("<script>") && !html.contains("style=\""), "\(page) has inline script or style")
            #expect(html.contains("<main id=\"main\""), "\(page)")
        }
        let grayling = read(dir + "/entities/person-chris-grayling.html")
        #expect(grayling.contains("<h1>Chris Grayling</h1>"))
        #expect(grayling.contains("Secretary of State for Justice"))
        #expect(grayling.contains("<blockquote>"), "mentions are quoted")
        let home = read(dir + "/index.html")
        #expect(home.contains("xlink:href=\"entities/person-chris-grayling.html\""), "map nodes link to entity pages")
    }

    /// The home page's key events are the events `timeline --top N` shows: one selection, with its rule that a
    /// sentence telling one happening at two dates shows once.
    @Test func theKeyEventsAreTheTimelinesTopEvents() throws {
        let graph = Self.run.graph
        for n in [5, 15] {
            let page = HomePage(context: ReportContext(graph: graph, options: ReportOptions(keyEvents: n)),
                                layout: PageLayout(siteTitle: "Test", footer: ""))
            let top = try EventTimeline(graph: graph, query: TimelineQuery(top: n))
            let key = page.keyEvents()
            #expect(key.count == n)
            #expect(Set(key.map(\.id)) == Set(top.entries.map(\.id)))
        }
        // The two-date rule is what sets the selection apart from ranking every event: for some N, a sentence of
        // the corpus has two of its dates among the N most important, and only one of them is a key event.
        let events = graph.events.filter { !$0.sources.isEmpty }
        let apart = stride(from: 10, through: 60, by: 10).contains { n in
            let key = HomePage(context: ReportContext(graph: graph, options: ReportOptions(keyEvents: n)),
                               layout: PageLayout(siteTitle: "Test", footer: "")).keyEvents()
            let ranked = events.sorted { $0.importance > $1.importance }.prefix(n)
            return Set(key.map(\.id)) != Set(ranked.map(\.id))
        }
        #expect(apart)
    }

    @Test func allGivesEveryEntityAPage() throws {
        let (_, summary) = try write(ReportOptions(all: true))
        #expect(summary.entityPages == Self.run.graph.entities.count)
    }

    @Test func aLargeTimelineIsSplitByYearAndListsEveryEventOnce() throws {
        let (dir, summary) = try write(ReportOptions(eventsPerTimelinePage: 10))
        #expect(summary.timelinePages > 2)
        let pages = files(dir).filter { $0.hasPrefix("timeline/") }
        #expect(!pages.isEmpty)
        var ids: [String] = []
        for page in pages {
            let html = read(dir + "/" + page)
            #expect(html.components(separatedBy: "<li class=\"event\"").count - 1 <= 10, "\(page)")
            for part in html.components(separatedBy: "<li class=\"event\" id=\"").dropFirst() {
                ids.append(String(part.prefix { $0 != "\"" }))
            }
        }
        #expect(ids.count == Self.run.graph.events.filter { !$0.sources.isEmpty }.count)
        #expect(Set(ids).count == ids.count)
        #expect(read(dir + "/timeline.html").contains("<table class=\"years\">"))
    }

    @Test func theSearchIndexHoldsAliasesAndSentences() throws {
        let (dir, _) = try write(ReportOptions())
        let entities = read(dir + "/assets/search-entities.js")
        #expect(entities.contains("\"Grayling\""))
        let events = read(dir + "/assets/search-events-1.js")
        #expect(events.components(separatedBy: "\n[").count == Self.run.graph.events.filter { !$0.sources.isEmpty }.count + 1)
    }
}
