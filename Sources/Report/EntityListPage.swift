import Extraction
import GraphModel

/// `entities.html`: every entity that has a page, by type, as a table (name, other names, mentions, first and
/// last seen): the way to every page without JavaScript.
struct EntityListPage {
    let context: ReportContext
    let layout: PageLayout

    func html() -> String {
        let paged = context.pagedEntities
        var body = "<h1>People, organisations, places and programmes</h1>\n<p>"
            + ReportContext.plural(paged.count, "entity has a page", "entities have a page")
            + (context.options.all ? "." : " (those mentioned at least " + ReportContext.plural(context.options.minMentions, "time") + ").")
            + " Most mentioned first.</p>\n"
        for type in EntityType.allCases {
            let list = paged.filter { $0.type == type }
            guard !list.isEmpty else { continue }
            let id = "t-" + type.rawValue
            body += "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">" + ReportContext.pluralCaption(type) + "</h2>\n"
            body += "<table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Also called</th>"
                + "<th scope=\"col\">Mentions</th><th scope=\"col\">Seen</th></tr></thead><tbody>\n"
            for e in list {
                let aliases = e.aliases.filter { $0 != e.name }.prefix(6).map(HTMLText.text).joined(separator: "; ")
                let seen = [e.firstSeen?.iso, e.lastSeen?.iso].compactMap { $0 }
                body += "<tr><th scope=\"row\">" + context.entityLink(e.id, root: "") + "</th><td>" + aliases + "</td><td>"
                    + String(e.weight) + "</td><td>" + (Set(seen).count == 2 ? seen[0] + " to " + seen[1] : seen.first ?? "")
                    + "</td></tr>\n"
            }
            body += "</tbody></table>\n</section>\n"
        }
        return layout.page(title: "People and organisations", root: "", section: .entities, body: body)
    }
}
