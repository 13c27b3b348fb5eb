import Corpus
import Extraction
import GraphModel
import Timeline

/// The timeline: every event, grouped by year, each with its date, its sentence, who takes part and where it is
/// told.
///
/// A corpus with up to `eventsPerTimelinePage` events gets one page, `timeline.html`. A larger one gets
/// `timeline.html` as a table of years linking to a page per year (`timeline/2014.html`), a year with more events
/// than that being split into numbered parts (`timeline/2014-2.html`), so that no page grows past a few
/// megabytes. Every page lists its events in full without JavaScript; with it, a filter form (year range,
/// entity, entity type, post body or comment) hides the events that do not match and says how many are shown.
struct TimelinePages {
    struct Page {
        /// From the site's root: `timeline.html` or `timeline/2014.html`.
        var path: String
        var heading: String
        var entries: [TimelineEntry]
    }

    /// How the events are spread over pages.
    static func plan(_ timeline: EventTimeline, limit: Int) -> (pages: [Page], split: Bool) {
        let limit = max(1, limit)
        if timeline.entries.count <= limit {
            return ([Page(path: "timeline.html", heading: "Timeline", entries: timeline.entries)], false)
        }
        var pages: [Page] = []
        for group in timeline.groups {
            let parts = stride(from: 0, to: group.entries.count, by: limit).map {
                Array(group.entries[$0..<min(group.entries.count, $0 + limit)])
            }
            for (i, part) in parts.enumerated() {
                let suffix = parts.count > 1 ? "-" + String(i + 1) : ""
                let heading = "Timeline: " + group.heading + (parts.count > 1 ? " (part \(i + 1) of \(parts.count))" : "")
                pages.append(Page(path: "timeline/" + HTMLText.slug(group.heading) + suffix + ".html",
                                  heading: heading, entries: part))
            }
        }
        return (pages, true)
    }

    let context: ReportContext
    let layout: PageLayout

    /// The overview page of a split timeline: a table of the years and their pages.
    func overview(_ pages: [Page]) -> String {
        var body = "<h1>Timeline</h1>\n<p>" + ReportContext.plural(context.timeline.entries.count, "event")
            + ", too many for one page: they are listed by year.</p>\n"
        body += "<table class=\"years\"><caption>Events by year</caption>\n<thead><tr><th scope=\"col\">Year</th>"
            + "<th scope=\"col\">Events</th><th scope=\"col\">First event</th></tr></thead>\n<tbody>\n"
        for page in pages {
            let first = page.entries.first
            body += "<tr><th scope=\"row\"><a href=\"" + HTMLText.attribute(page.path) + "\">"
                + HTMLText.text(page.heading.replacingOccurrences(of: "Timeline: ", with: "")) + "</a></th><td>"
                + String(page.entries.count) + "</td><td>"
                + (first.map { HTMLText.text($0.dateLabel + ": " + shortened(GraphReading.sentence(of: event($0)), 120)) } ?? "")
                + "</td></tr>\n"
        }
        body += "</tbody></table>\n"
        return layout.page(title: "Timeline", root: "", section: .timeline, body: body)
    }

    /// One page of events.
    func page(_ page: Page, all pages: [Page], split: Bool) -> String {
        let root = page.path.contains("/") ? "../" : ""
        var body = "<h1>" + HTMLText.text(page.heading) + "</h1>\n"
        let posts = Set(page.entries.flatMap { $0.sources.map(\.post) }).count
        body += "<p>" + ReportContext.plural(page.entries.count, "event") + " told in "
            + ReportContext.plural(posts, "post") + ", in date order. Each gives where it was read.</p>\n"
        if split, let index = pages.firstIndex(where: { $0.path == page.path }) {
            body += "<nav class=\"pager\" aria-label=\"Timeline pages\"><ul>"
            if index > 0 {
                body += "<li><a rel=\"prev\" href=\"" + HTMLText.attribute(root + pages[index - 1].path) + "\">Earlier: "
                    + HTMLText.text(pages[index - 1].heading.replacingOccurrences(of: "Timeline: ", with: "")) + "</a></li>"
            }
            body += "<li><a href=\"" + root + "timeline.html\">All years</a></li>"
            if index + 1 < pages.count {
                body += "<li><a rel=\"next\" href=\"" + HTMLText.attribute(root + pages[index + 1].path) + "\">Later: "
                    + HTMLText.text(pages[index + 1].heading.replacingOccurrences(of: "Timeline: ", with: "")) + "</a></li>"
            }
            body += "</ul></nav>\n"
        }
        body += filters(for: page.entries)
        var groups: [(String, [TimelineEntry])] = []
        for entry in page.entries {
            if groups.last?.0 == entry.group { groups[groups.count - 1].1.append(entry) } else { groups.append((entry.group, [entry])) }
        }
        body += "<div id=\"events\">\n"
        for (heading, entries) in groups {
            body += "<section class=\"year\" aria-labelledby=\"y-" + HTMLText.slug(heading) + "\">\n<h2 id=\"y-"
                + HTMLText.slug(heading) + "\">" + HTMLText.text(heading) + "</h2>\n<ol class=\"events\">\n"
            for entry in entries { body += item(entry, root: root) }
            body += "</ol>\n</section>\n"
        }
        body += "</div>\n"
        return layout.page(title: page.heading, root: root, section: .timeline, body: body)
    }

    /// One event as a list item, with the data the filters read.
    func item(_ entry: TimelineEntry, root: String) -> String {
        let ev = event(entry)
        let year = String(entry.date.start.year)
        let ids = entry.participants.map { HTMLText.slug($0.id) }.joined(separator: " ")
        let types = Set(entry.participants.compactMap { $0.type?.rawValue }).sorted().joined(separator: " ")
        let kinds = Set(entry.sources.map { $0.kind == .comment ? "comment" : "body" }).sorted().joined(separator: " ")
        var html = "<li class=\"event\" id=\"" + (context.eventAnchors[entry.id] ?? "") + "\" data-year=\"" + year
            + "\" data-entities=\"" + HTMLText.attribute(ids) + "\" data-types=\"" + types + "\" data-kinds=\"" + kinds + "\">"
        html += "<p><span class=\"date\">" + HTMLText.text(entry.dateLabel) + "</span> "
            + "<span class=\"sentence\">" + HTMLText.text(GraphReading.sentence(of: ev)) + "</span></p>"
        if !entry.participants.isEmpty {
            html += "<p class=\"who\">With " + entry.participants.map { context.entityLink($0.id, root: root) }
                .joined(separator: ", ") + "</p>"
        }
        html += "<p class=\"where\">Told in " + entry.sources.prefix(3).map(context.sourceHTML).joined(separator: "; ")
        if entry.sources.count > 3 { html += "; and " + String(entry.sources.count - 3) + " more" }
        html += "</p></li>\n"
        return html
    }

    /// The filter form, hidden until the script shows it (without JavaScript every event stays listed).
    func filters(for entries: [TimelineEntry]) -> String {
        let years = Set(entries.map(\.date.start.year)).sorted()
        var counts: [String: Int] = [:]
        var names: [String: String] = [:]
        for entry in entries {
            for p in entry.participants {
                counts[p.id, default: 0] += 1
                names[p.id] = p.name
            }
        }
        let entities = counts.keys.sorted { (counts[$0]!, names[$1]!) > (counts[$1]!, names[$0]!) }.prefix(300)
            .sorted { names[$0]!.lowercased() < names[$1]!.lowercased() }
        func yearOptions(selected: Int?) -> String {
            years.map { y in "<option value=\"\(y)\"" + (y == selected ? " selected" : "") + ">\(y)</option>" }.joined()
        }
        var html = "<form id=\"timeline-filters\" class=\"filters\" hidden>\n<fieldset><legend>Show only</legend>\n"
        html += "<p><label for=\"f-from\">From year</label> <select id=\"f-from\">" + yearOptions(selected: years.first) + "</select></p>\n"
        html += "<p><label for=\"f-to\">To year</label> <select id=\"f-to\">" + yearOptions(selected: years.last) + "</select></p>\n"
        html += "<p><label for=\"f-entity\">Who or what</label> <select id=\"f-entity\"><option value=\"\">anyone</option>"
        for id in entities {
            html += "<option value=\"" + HTMLText.attribute(HTMLText.slug(id)) + "\">" + HTMLText.text(names[id]!)
                + " (" + String(counts[id]!) + ")</option>"
        }
        html += "</select></p>\n<p><label for=\"f-type\">Type</label> <select id=\"f-type\"><option value=\"\">any</option>"
        for type in EntityType.allCases {
            html += "<option value=\"" + type.rawValue + "\">" + ReportContext.caption(type) + "</option>"
        }
        html += "</select></p>\n<p><label for=\"f-kind\">Told in</label> <select id=\"f-kind\">"
            + "<option value=\"\">posts and comments</option><option value=\"body\">the posts</option>"
            + "<option value=\"comment\">reader comments</option></select></p>\n"
        html += "<p><button type=\"reset\">Show all</button></p>\n</fieldset>\n</form>\n"
        html += "<p id=\"filter-status\" role=\"status\" aria-live=\"polite\"></p>\n"
        return html
    }

    private func event(_ entry: TimelineEntry) -> Event {
        context.events[entry.id] ?? Event(id: entry.id, date: entry.date, summary: entry.summary, trigger: entry.trigger,
                                          participants: entry.participants.map(\.id), sources: entry.sources)
    }

    private func shortened(_ text: String, _ n: Int) -> String {
        text.count <= n ? text : String(text.prefix(n)) + "…"
    }
}
