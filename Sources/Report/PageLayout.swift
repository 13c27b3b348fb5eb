/// The frame every page of the report shares: the head (with its Content-Security-Policy), a skip link, the
/// site header with the navigation and the search box, the `main` landmark and the footer.
///
/// The policy allows the site's own script and style sheet files and nothing else: no inline script or style,
/// no request to another host, no plug-ins, forms sent only to the site's own search page. Pages reference the
/// files in `assets/` by relative path, so the site works from a folder (`file://`) as well as from a server.
struct PageLayout {
    /// The header's navigation entries: the file (from the site's root) and the caption.
    enum Section: String, CaseIterable {
        case overview = "index.html"
        case timeline = "timeline.html"
        case entities = "entities.html"
        case search = "search.html"

        var caption: String {
            switch self {
            case .overview: return "Overview"
            case .timeline: return "Timeline"
            case .entities: return "People and organisations"
            case .search: return "Search"
            }
        }
    }

    /// The policy of every page.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; base-uri 'none'"

    /// The site's name, shown in the header and every title.
    var siteTitle: String
    /// One line for the footer (what the report was made from).
    var footer: String

    /// A whole page. `root` is the way back to the site's root (`""` or `"../"`); `body` is the content of
    /// `main`, already escaped; `scripts` are extra script files (from the root) the page needs before `site.js`.
    func page(title: String, root: String, section: Section?, body: String, scripts: [String] = []) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + PageLayout.contentSecurityPolicy + "\">\n"
        html += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        html += "<meta name=\"generator\" content=\"Hindsight\">\n"
        let full = title == siteTitle ? title : title + " · " + siteTitle
        html += "<title>" + HTMLText.text(full) + "</title>\n"
        html += "<link rel=\"stylesheet\" href=\"" + root + "assets/site.css\">\n"
        for script in scripts { html += "<script src=\"" + HTMLText.attribute(root + script) + "\" defer></script>\n" }
        html += "<script src=\"" + root + "assets/site.js\" defer></script>\n"
        html += "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n"
        html += "<header class=\"site\">\n<p class=\"brand\"><a href=\"" + root + "index.html\">"
            + HTMLText.text(siteTitle) + "</a></p>\n"
        html += "<nav aria-label=\"Site\"><ul>"
        for item in Section.allCases {
            let current = item == section ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"" + root + item.rawValue + "\"" + current + ">" + item.caption + "</a></li>"
        }
        html += "</ul></nav>\n"
        html += "<form class=\"search\" role=\"search\" action=\"" + root + "search.html\" method=\"get\">"
            + "<label for=\"site-search\">Search names and events</label> "
            + "<input id=\"site-search\" type=\"search\" name=\"q\"> "
            + "<button type=\"submit\">Search</button></form>\n</header>\n"
        html += "<main id=\"main\" tabindex=\"-1\">\n" + body + "</main>\n"
        html += "<footer class=\"site\"><p>" + HTMLText.text(footer) + "</p></footer>\n</body>\n</html>\n"
        return html
    }
}
