"use strict";
(function () {
  function norm(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) { return norm(s).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; }); }
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
      + events.length + " event" + (events.length === 1 ? "" : "s") + " match \u201c" + query + "\u201d"
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