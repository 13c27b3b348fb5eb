/// The site's own style sheet and script, written to `assets/`. Pages carry no inline style or script (the
/// Content-Security-Policy forbids them), so everything they need is here.
enum SiteAssets {
    /// Colours meet WCAG AA contrast on white (body text #1a1a1a, links #0a4f96, muted text #4a4a4a); focus is a
    /// thick orange outline on every link, button, field and map point; printing drops the navigation and the
    /// filters and shows every event.
    static let stylesheet = """
    :root { color-scheme: light; --text: #1a1a1a; --muted: #4a4a4a; --link: #0a4f96; --visited: #5b2a86;
      --line: #c8c8c8; --soft: #f4f6f8; --focus: #b34700; --accent: #0a4f96; }
    * { box-sizing: border-box; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      line-height: 1.5; color: var(--text); background: #ffffff; }
    body { margin: 0; }
    a { color: var(--link); }
    a:visited { color: var(--visited); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    svg a:focus-visible circle, svg a:focus circle { stroke: var(--focus); stroke-width: 4px; }
    svg a:focus-visible polygon, svg a:focus-visible ellipse, svg a:focus-visible path { stroke: var(--focus); stroke-width: 4px; }
    .skip { position: absolute; left: -10000px; top: 0; background: #ffffff; padding: .5rem 1rem; }
    .skip:focus { left: 1rem; z-index: 10; }
    header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
      padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--soft); }
    header.site .brand { margin: 0; font-weight: 700; font-size: 1.1rem; }
    header.site .brand a { color: var(--text); text-decoration: none; }
    header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
    header.site nav a[aria-current="page"] { font-weight: 700; color: var(--text); }
    form.search { margin-left: auto; display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; }
    form.search label { font-size: .9rem; color: var(--muted); }
    input, select, button { font: inherit; color: var(--text); }
    input[type="search"] { padding: .25rem .4rem; border: 1px solid #767676; border-radius: 3px; min-width: 14rem; }
    button { padding: .25rem .8rem; border: 1px solid var(--accent); border-radius: 3px; background: var(--accent);
      color: #ffffff; cursor: pointer; }
    select { padding: .2rem; border: 1px solid #767676; border-radius: 3px; background: #ffffff; }
    main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    main:focus { outline: none; }
    footer.site { border-top: 1px solid var(--line); color: var(--muted); padding: .5rem 1.5rem; font-size: .9rem; }
    h1 { font-size: 1.9rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
    h3 { font-size: 1.1rem; }
    dl.glance, dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0;
      background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: .6rem 1rem; }
    dl.glance dt, dl.facts dt { color: var(--muted); }
    dl.glance dd, dl.facts dd { margin: 0; font-weight: 600; }
    .axis-frame { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; background: #ffffff; }
    svg.axis { display: block; min-width: 40rem; }
    svg.axis .point { fill: var(--accent); stroke: #ffffff; stroke-width: 1.5px; }
    svg.axis a:hover .point { fill: var(--focus); }
    figure.map { margin: 1rem 0; }
    .map-frame { overflow: auto; max-height: 52rem; border: 1px solid var(--line); border-radius: 4px; }
    svg.graph { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    figcaption { color: var(--muted); font-size: .95rem; margin-top: .3rem; }
    details.map-text { margin-top: .5rem; }
    .columns { display: flex; flex-wrap: wrap; gap: 2rem; }
    .columns > section { flex: 1 1 20rem; }
    .count, .why, .kind { color: var(--muted); font-size: .9rem; }
    .date { font-weight: 700; font-variant-numeric: tabular-nums; margin-right: .3rem; }
    ol.events, ol.key-events, ol.quotes { padding-left: 1.2rem; }
    ol.events > li, ol.key-events > li { margin: .4rem 0; }
    li.event { margin: .6rem 0 .9rem; }
    li.event p { margin: .1rem 0; }
    li.event .who, li.event .where { font-size: .92rem; color: var(--muted); }
    li.event .who a, li.event .where a { color: var(--link); }
    .file { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
    caption { text-align: left; color: var(--muted); padding: .2rem 0; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--soft); }
    ul.sources { margin: 0; padding-left: 1rem; font-size: .9rem; }
    blockquote { margin: 0; padding: .2rem .8rem; border-left: 4px solid var(--line); }
    ol.quotes figure { margin: .6rem 0; }
    form.filters fieldset { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: end;
      border: 1px solid var(--line); border-radius: 4px; }
    form.filters p { margin: 0; }
    nav.pager ul { list-style: none; display: flex; gap: 1.5rem; padding: 0; }
    [hidden] { display: none !important; }
    @media print {
      header.site, footer.site, form.filters, #filter-status, nav.pager, .skip, details.map-text > summary { display: none !important; }
      li.event[hidden], section.year[hidden] { display: block !important; }
      main { max-width: none; padding: 0; }
      a { color: #000000; text-decoration: none; }
      .map-frame, .axis-frame { overflow: visible; max-height: none; border: none; }
      h2, h3 { break-after: avoid; }
      li, tr, figure { break-inside: avoid; }
    }
    """

    /// Search on the search page, filters on the timeline pages. Text is only ever set with `textContent`.
    static let script = """
    "use strict";
    (function () {
      function norm(s) {
        return String(s).normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
      }
      function words(s) { return norm(s).split(/[^\\p{L}\\p{N}]+/u).filter(function (w) { return w.length > 0; }); }
      function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } return e; }
      function link(href, text) { var a = el("a", text); a.setAttribute("href", href); return a; }

      // Search: every word of the query must start a word of a name (entities) or of the sentence (events).
      function matches(queryWords, textWords) {
        return queryWords.every(function (q) { return textWords.some(function (w) { return w.indexOf(q) === 0; }); });
      }
      function runSearch() {
        var results = document.getElementById("search-results");
        if (!results) { return; }
        var params = new URLSearchParams(window.location.search);
        var query = (params.get("q") || "").trim();
        var box = document.getElementById("q");
        if (box) { box.value = query; }
        var status = document.getElementById("search-status");
        var index = window.HindsightIndex || { entities: [], events: [] };
        if (!query) { status.textContent = "Type a name or some words above."; return; }
        var q = words(query);
        var whole = norm(query);
        var entities = index.entities.filter(function (e) {
          var names = [e[1]].concat(e[4]);
          return names.some(function (n) { return norm(n) === whole || matches(q, words(n)); });
        });
        entities.sort(function (a, b) {
          var ea = [a[1]].concat(a[4]).some(function (n) { return norm(n) === whole; }) ? 1 : 0;
          var eb = [b[1]].concat(b[4]).some(function (n) { return norm(n) === whole; }) ? 1 : 0;
          return eb - ea || b[3] - a[3];
        });
        var events = index.events.filter(function (e) { return matches(q, words(e[2])); });
        var entityList = document.getElementById("entity-results");
        var eventList = document.getElementById("event-results");
        entityList.textContent = "";
        eventList.textContent = "";
        entities.slice(0, 50).forEach(function (e) {
          var li = el("li");
          li.appendChild(link(e[0], e[1]));
          var other = e[4].filter(function (n) { return n !== e[1]; });
          li.appendChild(el("span", " (" + e[2] + ", " + e[3] + " mention" + (e[3] === 1 ? "" : "s")
            + (other.length ? "; also " + other.slice(0, 4).join("; ") : "") + ")"));
          entityList.appendChild(li);
        });
        events.slice(0, 100).forEach(function (e) {
          var li = el("li");
          li.appendChild(el("span", e[1] + " ")).className = "date";
          li.appendChild(link(e[0], e[2]));
          eventList.appendChild(li);
        });
        if (!entities.length) { entityList.appendChild(el("li", "No name matches.")); }
        if (!events.length) { eventList.appendChild(el("li", "No event matches.")); }
        results.hidden = false;
        status.textContent = entities.length + " name" + (entities.length === 1 ? "" : "s") + " and "
          + events.length + " event" + (events.length === 1 ? "" : "s") + " match \\u201c" + query + "\\u201d"
          + (entities.length > 50 || events.length > 100 ? " (the first are shown)." : ".");
      }

      // Timeline filters: hide the events that do not match, and the years left empty.
      function setUpFilters() {
        var form = document.getElementById("timeline-filters");
        if (!form) { return; }
        form.hidden = false;
        var status = document.getElementById("filter-status");
        var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
        var sections = Array.prototype.slice.call(document.querySelectorAll("section.year"));
        function value(id) { return document.getElementById(id).value; }
        function apply() {
          var from = parseInt(value("f-from"), 10), to = parseInt(value("f-to"), 10);
          var who = value("f-entity"), type = value("f-type"), kind = value("f-kind");
          var shown = 0;
          items.forEach(function (li) {
            var year = parseInt(li.getAttribute("data-year"), 10);
            var ok = (isNaN(from) || year >= from) && (isNaN(to) || year <= to)
              && (!who || li.getAttribute("data-entities").split(" ").indexOf(who) >= 0)
              && (!type || li.getAttribute("data-types").split(" ").indexOf(type) >= 0)
              && (!kind || li.getAttribute("data-kinds").split(" ").indexOf(kind) >= 0);
            li.hidden = !ok;
            if (ok) { shown += 1; }
          });
          sections.forEach(function (s) { s.hidden = !s.querySelector("li.event:not([hidden])"); });
          status.textContent = "Showing " + shown + " of " + items.length + " event" + (items.length === 1 ? "" : "s") + ".";
        }
        form.addEventListener("change", apply);
        form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
        form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
        apply();
      }

      function start() { runSearch(); setUpFilters(); }
      if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
    })();
    """
}
