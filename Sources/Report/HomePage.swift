import Corpus
import Extraction
import GraphModel
import GraphvizExport
import Timeline

/// The home page: the corpus at a glance (posts, date range, counts per type), the key events on a time axis and
/// in a list, the relationship map, and the most mentioned people and organisations.
struct HomePage {
    let context: ReportContext
    let layout: PageLayout

    /// The key events: the events `hindsight timeline --top N` shows (one selection for both: the most important,
    /// one line per happening when a sentence gives it two dates, see ``EventTimeline``), in date order.
    func keyEvents() -> [Event] {
        let query = TimelineQuery(top: max(0, context.options.keyEvents))
        guard let timeline = try? EventTimeline(graph: context.graph, query: query) else { return [] }
        let chosen = Set(timeline.entries.map(\.id))
        return context.graph.events
            .filter { chosen.contains($0.id) }
            .sorted { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }
    }

    func html(map: String?) -> String {
        let g = context.graph
        let s = g.statistics
        var body = "<h1>" + HTMLText.text(layout.siteTitle) + "</h1>\n"
        body += "<section aria-labelledby=\"glance\">\n<h2 id=\"glance\">At a glance</h2>\n<dl class=\"glance\">"
        body += "<dt>Posts</dt><dd>" + String(s.posts) + " in " + ReportContext.plural(s.documents, "file")
            + ", with " + ReportContext.plural(s.comments, "reader comment") + "</dd>"
        if let first = s.firstPost, let last = s.lastPost {
            body += "<dt>Published</dt><dd>" + first.iso + " to " + last.iso + "</dd>"
        }
        body += "<dt>Events</dt><dd><a href=\"timeline.html\">" + String(g.events.count) + " dated events</a></dd>"
        for type in EntityType.allCases {
            let n = g.entities.filter { $0.type == type }.count
            body += "<dt>" + ReportContext.pluralCaption(type) + "</dt><dd>" + String(n) + "</dd>"
        }
        body += "</dl>\n<p>Pages are written for the " + ReportContext.plural(context.entityFiles.count, "entity", "entities")
            + (context.options.all ? "" : " mentioned at least " + ReportContext.plural(context.options.minMentions, "time"))
            + ": <a href=\"entities.html\">see them all</a>.</p>\n</section>\n"

        let key = keyEvents()
        body += "<section aria-labelledby=\"key-events\">\n<h2 id=\"key-events\">Key events</h2>\n"
        if key.isEmpty {
            body += "<p>No dated events were found.</p>\n"
        } else {
            body += "<p>The " + ReportContext.plural(key.count, "event") + " " + GraphReading.keyEventsIntroduction
                + ", on a time axis: hover over a point for what happened, click it to read it in the timeline.</p>\n"
            let points = key.map { ev in
                TimeAxis.Point(date: ev.date, dateLabel: label(ev.date), text: GraphReading.sentence(of: ev),
                               href: context.eventHref(ev.id, root: ""))
            }
            body += "<div class=\"axis-frame\">" + TimeAxis.svg(points, title: "Key events over time", id: "axis-key") + "</div>\n"
            body += "<ol class=\"key-events\">\n"
            for ev in key {
                body += "<li><span class=\"date\">" + HTMLText.text(label(ev.date)) + "</span> "
                if let href = context.eventHref(ev.id, root: "") {
                    body += "<a href=\"" + HTMLText.attribute(href) + "\">" + HTMLText.text(GraphReading.sentence(of: ev)) + "</a>"
                } else {
                    body += HTMLText.text(GraphReading.sentence(of: ev))
                }
                body += " <span class=\"why\">(" + HTMLText.text(GraphReading.importanceReasons(of: ev).joined(separator: ", "))
                    + ")</span></li>\n"
            }
            body += "</ol>\n"
        }
        body += "</section>\n"

        body += "<section aria-labelledby=\"map-heading\">\n<h2 id=\"map-heading\">Relationship map</h2>\n"
        body += map ?? "<p>No entities to draw.</p>\n"
        body += "</section>\n"

        body += "<section aria-labelledby=\"most\">\n<h2 id=\"most\">Most mentioned</h2>\n<div class=\"columns\">\n"
        for (type, heading) in [(EntityType.person, "People"), (.organization, "Organisations")] {
            let top = g.topEntities(15, types: [type])
            body += "<section aria-labelledby=\"most-\(type.rawValue)\"><h3 id=\"most-\(type.rawValue)\">\(heading)</h3>\n"
            if top.isEmpty {
                body += "<p>None found.</p>"
            } else {
                body += "<ol class=\"ranked\">"
                for e in top {
                    body += "<li>" + context.entityLink(e.id, root: "") + " <span class=\"count\">"
                        + ReportContext.plural(e.weight, "mention") + "</span></li>"
                }
                body += "</ol>"
            }
            body += "</section>\n"
        }
        body += "</div>\n</section>\n"
        return layout.page(title: layout.siteTitle, root: "", section: .overview, body: body)
    }

    private func label(_ date: TemporalValue) -> String {
        TimelineDateLabel.label(date)
    }
}
