import GraphModel
import Timeline

/// The search page and the index it reads.
///
/// The index is JavaScript, not JSON, because a page opened from a folder (`file://`) may load scripts but not
/// fetch files. `assets/search-entities.js` lists every entity with a page (its page, name, type, mentions and
/// other names); `assets/search-events-N.js` list the events in chunks (their place in the timeline, date label
/// and sentence), so that no file grows past a few megabytes. Every string goes through `HTMLText.jsonString`.
/// The page's own script (`site.js`) reads `?q=` and matches words against names and sentences; results are
/// built with DOM text nodes, never parsed as HTML.
struct SearchPage {
    let context: ReportContext
    let layout: PageLayout
    /// Events per index file.
    static let eventsPerChunk = 4000

    /// The index files, by path from the site's root.
    func indexFiles() -> [(path: String, text: String)] {
        var entities = "window.HindsightIndex = window.HindsightIndex || {entities: [], events: []};\n"
            + "window.HindsightIndex.entities.push(\n"
        var first = true
        for entity in context.pagedEntities {
            guard let href = context.entityHref(entity.id, root: "") else { continue }
            let names = ([entity.name] + entity.aliases).reduce(into: [String]()) { list, name in
                if !list.contains(name) { list.append(name) }
            }
            entities += (first ? "" : ",\n") + "[" + HTMLText.jsonString(href) + "," + HTMLText.jsonString(entity.name) + ","
                + HTMLText.jsonString(ReportContext.caption(entity.type)) + "," + String(entity.weight) + ",["
                + names.dropFirst().map(HTMLText.jsonString).joined(separator: ",") + "]]"
            first = false
        }
        entities += ");\n"
        var files = [(path: "assets/search-entities.js", text: entities)]
        let entries = context.timeline.entries
        for (n, start) in stride(from: 0, to: entries.count, by: SearchPage.eventsPerChunk).enumerated() {
            var text = "window.HindsightIndex = window.HindsightIndex || {entities: [], events: []};\n"
                + "window.HindsightIndex.events.push(\n"
            for (i, entry) in entries[start..<min(entries.count, start + SearchPage.eventsPerChunk)].enumerated() {
                let href = context.eventHref(entry.id, root: "") ?? "timeline.html"
                let sentence = context.events[entry.id].map(GraphReading.sentence(of:)) ?? entry.summary
                text += (i == 0 ? "" : ",\n") + "[" + HTMLText.jsonString(href) + "," + HTMLText.jsonString(entry.dateLabel)
                    + "," + HTMLText.jsonString(sentence) + "]"
            }
            text += ");\n"
            files.append(("assets/search-events-" + String(n + 1) + ".js", text))
        }
        return files
    }

    func html(indexFiles: [String]) -> String {
        var body = "<h1>Search</h1>\n"
        body += "<form class=\"search-page\" role=\"search\" action=\"search.html\" method=\"get\">"
            + "<label for=\"q\">Names of people, organisations, places and programmes, or words of an event</label> "
            + "<input id=\"q\" type=\"search\" name=\"q\"> <button type=\"submit\">Search</button></form>\n"
        body += "<p id=\"search-status\" role=\"status\" aria-live=\"polite\">Search needs JavaScript. Without it, "
            + "browse the <a href=\"entities.html\">list of people and organisations</a> or the "
            + "<a href=\"timeline.html\">timeline</a>.</p>\n"
        body += "<section id=\"search-results\" aria-labelledby=\"results-heading\" hidden>\n"
            + "<h2 id=\"results-heading\">Results</h2>\n"
            + "<h3 id=\"entity-results-heading\">People, organisations, places and programmes</h3>\n"
            + "<ul id=\"entity-results\" aria-labelledby=\"entity-results-heading\"></ul>\n"
            + "<h3 id=\"event-results-heading\">Events</h3>\n"
            + "<ul id=\"event-results\" aria-labelledby=\"event-results-heading\"></ul>\n</section>\n"
        return layout.page(title: "Search", root: "", section: .search, body: body, scripts: indexFiles)
    }
}
