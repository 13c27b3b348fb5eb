import Corpus
import Extraction
import GraphModel
import Timeline

/// The page of one entity: its names and type; its roles and relations with their spans and sources, those the
/// posts state apart from those known only from `Entities/`; the entities named with it most; its events on its
/// own time axis and in a list; its ego map; and its mentions as quotes (the sentence, the post's title and day,
/// a link to the post when its address is known, else the file and line).
///
/// Long lists are cut (`eventsPerEntity`, `quotesPerEntity`) with a line saying how many more there are, so that
/// the page of an entity mentioned ten thousand times stays small.
struct EntityPage {
    let context: ReportContext
    let layout: PageLayout
    let quotes: MentionQuotes

    func html(_ entity: Entity, map: String?) -> String {
        let root = "../"
        var body = "<h1>" + HTMLText.text(entity.name) + "</h1>\n"
        body += "<dl class=\"facts\">"
        body += "<dt>Type</dt><dd>" + ReportContext.caption(entity.type) + "</dd>"
        let aliases = entity.aliases.filter { $0 != entity.name }
        body += "<dt>Also called</dt><dd>" + (aliases.isEmpty ? "no other name" : aliases.map(HTMLText.text).joined(separator: "; ")) + "</dd>"
        body += "<dt>Mentioned</dt><dd>" + ReportContext.plural(entity.weight, "time") + " in "
            + ReportContext.plural(Set(entity.mentions.map(\.source.post)).count, "post") + "</dd>"
        if let first = entity.firstSeen, let last = entity.lastSeen {
            body += "<dt>Seen</dt><dd>" + first.iso + (first == last ? "" : " to " + last.iso) + "</dd>"
        }
        if entity.knowledgeID != nil { body += "<dt>Known</dt><dd>listed in the Entities/ knowledge</dd>" }
        body += "</dl>\n"

        body += roles(entity, root: root)
        body += relations(entity, root: root)
        body += namedWith(entity, root: root)
        body += events(entity, root: root)
        if let map {
            body += "<section aria-labelledby=\"map-heading\">\n<h2 id=\"map-heading\">Map around " + HTMLText.text(entity.name)
                + "</h2>\n" + map + "</section>\n"
        }
        body += mentions(entity)
        return layout.page(title: entity.name, root: root, section: nil, body: body)
    }

    private func roles(_ entity: Entity, root: String) -> String {
        guard !entity.roles.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"roles\">\n<h2 id=\"roles\">Roles</h2>\n"
        html += "<table><caption>Roles held, as the posts state them or as the Entities/ knowledge lists them</caption>"
            + "<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Organisation</th><th scope=\"col\">From</th>"
            + "<th scope=\"col\">To</th><th scope=\"col\">Basis</th></tr></thead><tbody>\n"
        for role in entity.roles.sorted(by: { ($0.fromKnowledge ? 1 : 0, $0.from ?? "", $0.title) < ($1.fromKnowledge ? 1 : 0, $1.from ?? "", $1.title) }) {
            html += "<tr><th scope=\"row\">" + HTMLText.text(role.title) + "</th><td>"
                + (role.organization.map { context.entityLink($0, root: root) } ?? "") + "</td><td>"
                + HTMLText.text(role.from ?? "") + "</td><td>" + HTMLText.text(role.to ?? "") + "</td><td>"
                + (role.fromKnowledge ? "known from Entities/" : "stated in the posts") + "</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    private func relations(_ entity: Entity, root: String) -> String {
        let edges = context.edges(of: entity.id).filter { $0.type.isRelation }
        guard !edges.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"relations\">\n<h2 id=\"relations\">Relations</h2>\n"
        let stated = edges.filter(GraphReading.isStated)
        let known = edges.filter { !GraphReading.isStated($0) }
        for (list, caption, id) in [(stated, "Stated in the posts", "rel-stated"), (known, "Known only from the Entities/ knowledge", "rel-known")]
        where !list.isEmpty {
            html += "<h3 id=\"\(id)\">" + caption + "</h3>\n<table aria-labelledby=\"\(id)\"><thead><tr>"
                + "<th scope=\"col\">Relation</th><th scope=\"col\">With</th><th scope=\"col\">Seen</th>"
                + "<th scope=\"col\">Sources</th></tr></thead><tbody>\n"
            for edge in list.sorted(by: { ($0.type.rawValue, $0.target) < ($1.type.rawValue, $1.target) }) {
                let outgoing = edge.source == entity.id
                let other = outgoing ? edge.target : edge.source
                var what = outgoing ? edge.type.rawValue.replacingOccurrences(of: "_", with: " ") : EntityPage.inverse(edge.type)
                if let label = edge.label, !label.isEmpty { what += ": " + label }
                let span = GraphReading.span(of: edge)
                let seen = [span.from, span.to].compactMap { $0 }
                html += "<tr><th scope=\"row\">" + HTMLText.text(what) + "</th><td>" + context.entityLink(other, root: root)
                    + "</td><td>" + HTMLText.text(seen.count == 2 && seen[0] != seen[1] ? seen[0] + " to " + seen[1] : seen.first ?? "")
                    + "</td><td>"
                if edge.sources.isEmpty {
                    html += "Entities/ knowledge"
                } else {
                    html += "<ul class=\"sources\">" + edge.sources.prefix(5).map { "<li>" + context.sourceHTML($0) + "</li>" }.joined()
                    if edge.sources.count > 5 { html += "<li>and " + String(edge.sources.count - 5) + " more</li>" }
                    html += "</ul>"
                }
                html += "</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        return html + "</section>\n"
    }

    /// A relation read from its object's side: `owns` → `owned by`.
    static func inverse(_ type: EdgeType) -> String {
        switch type {
        case .holdsRole: return "role held by"
        case .owns: return "owned by"
        case .operates: return "operated by"
        case .memberOf: return "has as member"
        case .partOf: return "has as part"
        case .successorOf: return "succeeded by"
        default: return type.rawValue.replacingOccurrences(of: "_", with: " ") + " (from)"
        }
    }

    private func namedWith(_ entity: Entity, root: String) -> String {
        var counts: [String: Int] = [:]
        for edge in context.edges(of: entity.id) where edge.type == .coOccurs {
            counts[edge.source == entity.id ? edge.target : edge.source, default: 0] += edge.weight
        }
        guard !counts.isEmpty else { return "" }
        let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(15)
        var html = "<section aria-labelledby=\"together\">\n<h2 id=\"together\">Named in the same sentence</h2>\n<ul class=\"together\">"
        for (id, n) in top {
            html += "<li>" + context.entityLink(id, root: root) + " <span class=\"count\">" + ReportContext.plural(n, "sentence") + "</span></li>"
        }
        return html + "</ul>\n</section>\n"
    }

    private func events(_ entity: Entity, root: String) -> String {
        let entries = (context.entityEvents[entity.id] ?? []).map { context.timeline.entries[$0] }
        var html = "<section aria-labelledby=\"events\">\n<h2 id=\"events\">Events</h2>\n"
        guard !entries.isEmpty else { return html + "<p>No dated event names " + HTMLText.text(entity.name) + ".</p>\n</section>\n" }
        let shown = entries.prefix(context.options.eventsPerEntity)
        let points = shown.map { e in
            TimeAxis.Point(date: e.date, dateLabel: e.dateLabel,
                           text: context.events[e.id].map(GraphReading.sentence(of:)) ?? e.summary,
                           href: context.eventHref(e.id, root: root))
        }
        html += "<div class=\"axis-frame\">" + TimeAxis.svg(Array(points), title: "Events of " + entity.name + " over time",
                                                             id: "axis-entity") + "</div>\n<ol class=\"events\">\n"
        for e in shown {
            let sentence = context.events[e.id].map(GraphReading.sentence(of:)) ?? e.summary
            html += "<li><span class=\"date\">" + HTMLText.text(e.dateLabel) + "</span> "
            if let href = context.eventHref(e.id, root: root) {
                html += "<a href=\"" + HTMLText.attribute(href) + "\">" + HTMLText.text(sentence) + "</a>"
            } else {
                html += HTMLText.text(sentence)
            }
            html += "</li>\n"
        }
        html += "</ol>\n"
        if entries.count > shown.count {
            html += "<p>And " + String(entries.count - shown.count) + " later events: see the <a href=\"" + root
                + "timeline.html\">timeline</a>.</p>\n"
        }
        return html + "</section>\n"
    }

    private func mentions(_ entity: Entity) -> String {
        var html = "<section aria-labelledby=\"mentions\">\n<h2 id=\"mentions\">Mentions</h2>\n"
        // One quote per sentence place: the first mention on each line of each post.
        var seen: Set<String> = []
        var chosen: [MentionRecord] = []
        for m in entity.mentions.sorted(by: { ($0.postDate?.dayNumber ?? Int.max, $0.source) < ($1.postDate?.dayNumber ?? Int.max, $1.source) })
        where seen.insert(m.source.post + ":" + String(m.source.line)).inserted {
            chosen.append(m)
            if chosen.count >= context.options.quotesPerEntity { break }
        }
        html += "<p>" + ReportContext.plural(entity.weight, "mention") + (chosen.count < entity.weight ? "; the first "
            + String(chosen.count) + " places, oldest post first:" : ":") + "</p>\n<ol class=\"quotes\">\n"
        for m in chosen {
            let sentence = quotes.sentence(for: m) ?? m.text
            html += "<li><figure><blockquote><p>" + HTMLText.text(sentence) + "</p></blockquote><figcaption>"
                + context.sourceHTML(m.source) + "</figcaption></figure></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
