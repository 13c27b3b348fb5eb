import Corpus
import Foundation
import GraphModel
import GraphvizExport
import Timeline

/// What goes into a report.
public struct ReportOptions: Sendable, Hashable {
    /// Entities mentioned at least this often get a page (unless `all`).
    public var minMentions: Int
    /// Every entity gets a page.
    public var all: Bool
    /// The site's name, in every page's header and title.
    public var title: String
    /// Entities on the home page's map.
    public var mapTop: Int
    /// The most mentioned entities whose pages get an ego map (drawing one takes Graphviz a few milliseconds).
    public var egoMaps: Int
    /// At most this many quotes, and events, on an entity's page.
    public var quotesPerEntity: Int
    public var eventsPerEntity: Int
    /// Above this many events, the timeline gets a page per year (see `TimelinePages`).
    public var eventsPerTimelinePage: Int
    /// Events on the home page's time axis.
    public var keyEvents: Int

    public init(minMentions: Int = 3, all: Bool = false, title: String = "Hindsight report", mapTop: Int = 40,
                egoMaps: Int = 400, quotesPerEntity: Int = 60, eventsPerEntity: Int = 300,
                eventsPerTimelinePage: Int = 1500, keyEvents: Int = 15) {
        self.minMentions = minMentions
        self.all = all
        self.title = title
        self.mapTop = mapTop
        self.egoMaps = egoMaps
        self.quotesPerEntity = quotesPerEntity
        self.eventsPerEntity = eventsPerEntity
        self.eventsPerTimelinePage = eventsPerTimelinePage
        self.keyEvents = keyEvents
    }
}

/// What a report run wrote.
public struct ReportSummary: Sendable, Hashable {
    public var folder: String
    public var files: Int
    public var entityPages: Int
    public var timelinePages: Int
    public var bytes: Int
    /// The biggest file, from the folder, and its size in bytes.
    public var largestFile: String
    public var largestBytes: Int
}

/// Writes a knowledge graph as a static web site: `index.html` (the overview), `entities/<name>.html` (a page per
/// entity), `timeline.html` (and `timeline/<year>.html` for a large corpus), `entities.html`, `search.html`, and
/// `assets/` (style sheet, script, search index). The site makes no request outside its folder and opens from
/// the file system as well as from a web server.
///
/// The folder is written whole or not at all (see `SiteFolder`).
public struct ReportWriter {
    public let graph: KnowledgeGraph
    public let documents: [Document]
    public let options: ReportOptions

    /// `documents` are those the graph was built from; they give the sentences that mentions are quoted in.
    public init(graph: KnowledgeGraph, documents: [Document], options: ReportOptions = ReportOptions()) {
        self.graph = graph
        self.documents = documents
        self.options = options
    }

    /// Checks, before any long work, that a site can be written into `folder`.
    /// - Throws: `ReportError.outputFolder` saying why not.
    public static func checkFolder(_ folder: String) throws(ReportError) {
        try SiteFolder.check(folder)
    }

    /// Writes the site into `folder` (created if needed; its other files are left alone).
    /// - Throws: `ReportError` when the folder cannot be written or Graphviz fails; the folder is then unchanged.
    public func write(to folder: String, renderer: GraphvizRenderer) throws(ReportError) -> ReportSummary {
        let site = try SiteFolder(target: folder)
        do {
            let summary = try writePages(into: site, renderer: renderer)
            try site.commit()
            return summary
        } catch {
            site.abandon()
            throw error
        }
    }

    private func writePages(into site: SiteFolder, renderer: GraphvizRenderer) throws(ReportError) -> ReportSummary {
        var context = ReportContext(graph: graph, options: options)
        let plan = TimelinePages.plan(context.timeline, limit: options.eventsPerTimelinePage)
        for page in plan.pages {
            for entry in page.entries { context.eventPages[entry.id] = page.path }
        }
        let s = graph.statistics
        var footer = "Made by Hindsight from " + ReportContext.plural(s.posts, "post") + " in "
            + ReportContext.plural(s.documents, "file")
        if let first = s.firstPost, let last = s.lastPost { footer += ", published " + first.iso + " to " + last.iso }
        footer += ". Every fact gives the file and line it was read from."
        let layout = PageLayout(siteTitle: HTMLText.cleaned(options.title), footer: footer)
        let maps = MapDrawing(context: context, renderer: renderer)

        try site.write("assets/site.css", SiteAssets.stylesheet)
        try site.write("assets/site.js", SiteAssets.script)

        // Home.
        let homeMap = try maps.figure(of: graph, query: SubgraphQuery(top: options.mapTop), title: "Relationship map",
                                      engine: .sfdp, root: "",
                                      caption: "The " + String(options.mapTop) + " most mentioned people, organisations, "
                                          + "places and programmes, and how they are linked.", id: "map-home")
        try site.write("index.html", HomePage(context: context, layout: layout).html(map: homeMap))

        // Timeline.
        let timeline = TimelinePages(context: context, layout: layout)
        if plan.split { try site.write("timeline.html", timeline.overview(plan.pages)) }
        var largestTimeline = 0
        for page in plan.pages {
            let html = timeline.page(page, all: plan.pages, split: plan.split)
            largestTimeline = max(largestTimeline, html.utf8.count)
            try site.write(page.path, html)
        }

        // Entities.
        let quotes = MentionQuotes(documents: documents)
        let entityPage = EntityPage(context: context, layout: layout, quotes: quotes)
        for (rank, entity) in context.pagedEntities.enumerated() {
            guard let file = context.entityFiles[entity.id] else { continue }
            var map: String?
            if rank < options.egoMaps {
                let ego = SubgraphQuery(top: 25, focus: entity.id, depth: 1)
                map = try maps.figure(of: context.egoGraph(of: entity.id), query: ego, title: "Around " + entity.name,
                                      engine: .neato, routedSplines: false,
                                      root: "../",
                                      caption: "The entities linked to " + entity.name + ".", id: "map-entity")
            }
            try site.write("entities/" + file, entityPage.html(entity, map: map))
        }
        try site.write("entities.html", EntityListPage(context: context, layout: layout).html())

        // Search.
        let search = SearchPage(context: context, layout: layout)
        let index = search.indexFiles()
        for file in index { try site.write(file.path, file.text) }
        try site.write("search.html", search.html(indexFiles: index.map(\.path)))

        return ReportSummary(folder: site.target, files: site.written.count, entityPages: context.entityFiles.count,
                             timelinePages: plan.pages.count + (plan.split ? 1 : 0), bytes: site.bytesWritten,
                             largestFile: site.largest.path, largestBytes: site.largest.bytes)
    }
}
