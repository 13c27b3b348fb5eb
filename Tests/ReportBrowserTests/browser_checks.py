#!/usr/bin/env python3
"""Checks a report written by `hindsight report` in headless Chromium, driven through selenium.

Usage: browser_checks.py --report DIR [--hostile DIR] [--shots DIR] CHECK...

Each CHECK prints `ok CHECK: what was seen` or `FAIL CHECK: why`; the exit code is 0 when every check passed,
1 when one failed, 2 on bad usage. Run by Tests/ReportBrowserTests (Swift), which writes the reports first.
"""
import argparse
import html.parser
import json
import os
import re
import sys
import time
import traceback
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def browser(javascript=True, width=1280, height=1000):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--lang=en-GB"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    return driver


def url(folder, path):
    return "file://" + urllib.parse.quote(os.path.abspath(os.path.join(folder, path)))


def pages(folder):
    out = []
    for base, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                out.append(os.path.relpath(os.path.join(base, name), folder))
    return sorted(out)


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids, self.inline = [], set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "xlink:href") and value is not None:
                self.links.append((tag, value))
            if name == "id" and value:
                self.ids.add(value)
            if name == "style" or name.startswith("on"):
                self.inline.append((tag, name))
        if tag == "script" and not any(n == "src" for n, _ in attrs):
            self.inline.append((tag, "inline script"))
        if tag == "style":
            self.inline.append((tag, "style element"))


def parse(folder, page):
    parser = Links()
    with open(os.path.join(folder, page), encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def index_entries(folder, name, key):
    """The arrays pushed by the search index files (`entities` or `events`)."""
    rows = []
    assets = os.path.join(folder, "assets")
    for file in sorted(os.listdir(assets)):
        if file.startswith(name):
            text = open(os.path.join(assets, file), encoding="utf-8").read()
            start = text.index(f".{key}.push(") + len(f".{key}.push(")
            rows += json.loads("[" + text[start:text.rindex(");")] + "]")
    return rows


def no_alert(driver):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        return f"an alert opened: {text!r}"
    except NoAlertPresentException:
        return None


# ---------------------------------------------------------------------------------------------------------------
# Checks. Each returns a line saying what it saw, or raises AssertionError.

def check_home(args, driver):
    driver.get(url(args.report, "index.html"))
    errors = console_errors(driver)
    assert not errors, f"console errors on the home page: {errors}"
    assert driver.find_element(By.TAG_NAME, "h1").text.strip(), "no h1"
    nodes = driver.find_elements(By.CSS_SELECTOR, "svg.graph a")
    points = driver.find_elements(By.CSS_SELECTOR, "svg.axis a")
    assert nodes, "the relationship map has no links"
    assert points, "the key-event axis has no points"
    landmarks = [driver.find_elements(By.CSS_SELECTOR, s) for s in ("header", "nav", "main", "footer", "form[role=search]")]
    assert all(landmarks), "a landmark is missing"
    # Every page loads without a console error (CSP violations are console errors).
    bad = []
    for page in pages(args.report)[:400]:
        driver.get(url(args.report, page))
        errs = console_errors(driver)
        if errs:
            bad.append((page, errs[:2]))
    assert not bad, f"console errors: {bad[:5]}"
    return f"home page loads cleanly with {len(nodes)} map links and {len(points)} key events; {min(400, len(pages(args.report)))} pages without console errors"


def check_links(args, driver):
    root = os.path.realpath(args.report)
    broken, checked = [], 0
    id_cache = {}
    for page in pages(args.report):
        parsed = parse(args.report, page)
        assert not parsed.inline, f"{page}: inline script or style {parsed.inline[:3]}"
        for tag, link in parsed.links:
            scheme = urllib.parse.urlsplit(link).scheme
            if scheme in ("http", "https"):
                assert tag == "a", f"{page}: a {tag} loads {link} from another host"
                continue
            assert scheme == "", f"{page}: link with scheme {scheme!r}: {link}"
            path, _, fragment = link.partition("#")
            path = path.partition("?")[0]
            target = os.path.realpath(os.path.join(os.path.dirname(os.path.join(root, page)), urllib.parse.unquote(path))) if path else os.path.join(root, page)
            checked += 1
            if not target.startswith(root + os.sep) or not os.path.isfile(target):
                broken.append((page, link))
                continue
            if fragment and target.endswith(".html"):
                rel = os.path.relpath(target, root)
                if rel not in id_cache:
                    id_cache[rel] = parse(args.report, rel).ids
                if fragment not in id_cache[rel]:
                    broken.append((page, link))
    assert not broken, f"{len(broken)} broken links, e.g. {broken[:5]}"
    return f"{checked} internal links on {len(pages(args.report))} pages all resolve to files (and anchors) in the folder"


def check_map_click(args, driver):
    driver.get(url(args.report, "index.html"))
    nodes = [a for a in driver.find_elements(By.CSS_SELECTOR, "svg.graph g.node a")
             if (a.get_attribute("xlink:href") or a.get_attribute("href") or "").startswith("entities/")]
    assert nodes, "no map node links to an entity page"
    node = nodes[0]
    label = " ".join(t.text for t in node.find_elements(By.CSS_SELECTOR, "text")).strip()
    tooltip = node.find_element(By.CSS_SELECTOR, "title").get_attribute("textContent")
    assert tooltip and not re.fullmatch(r"n\d+", tooltip), f"tooltip is {tooltip!r}"
    node.find_element(By.CSS_SELECTOR, "text").click()
    WebDriverWait(driver, 10).until(lambda d: "/entities/" in d.current_url)
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert heading.split()[0] in label or label.split()[0] in heading, f"clicked {label!r}, opened {heading!r}"
    assert not console_errors(driver)
    return f"clicking the map node {label!r} (tooltip {tooltip.splitlines()[0]!r}) opened the page {heading!r}"


def search(driver, folder, query):
    driver.get(url(folder, "index.html"))
    box = driver.find_element(By.ID, "site-search")
    box.clear()
    box.send_keys(query)
    box.submit()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-results").is_displayed())


def check_search(args, driver):
    entities = index_entries(args.report, "search-entities", "entities")
    events = index_entries(args.report, "search-events", "events")
    candidates = [e for e in entities if any(a.lower() != e[1].lower() and len(a) > 2 for a in e[4])]
    assert candidates, "no entity with an alias in the index"
    entity = max(candidates, key=lambda e: e[3])
    alias = next(a for a in entity[4] if a.lower() != entity[1].lower() and len(a) > 2)
    search(driver, args.report, alias)
    found = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#entity-results a")]
    assert entity[1] in found, f"searching the alias {alias!r} did not find {entity[1]!r}: {found[:5]}"
    link = driver.find_element(By.LINK_TEXT, entity[1])
    link.click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == entity[1])
    # An event by a word: the rarest long word of some event sentence.
    counts = {}
    for e in events:
        for w in set(re.findall(r"[A-Za-z]{7,}", e[2].lower())):
            counts[w] = counts.get(w, 0) + 1
    word, event = None, None
    for e in events:
        rare = [w for w in set(re.findall(r"[A-Za-z]{7,}", e[2].lower())) if counts[w] == 1]
        if rare:
            word, event = sorted(rare)[0], e
            break
    assert word, "no event has a distinctive word"
    search(driver, args.report, word)
    def flat(text):
        return " ".join(text.replace("\xa0", " ").split())
    hits = [flat(a.text) for a in driver.find_elements(By.CSS_SELECTOR, "#event-results a")]
    assert flat(event[2]) in hits, f"searching {word!r} did not find the event {event[2]!r}: {hits[:3]}"
    status = driver.find_element(By.ID, "search-status").text
    return f"the alias {alias!r} finds {entity[1]!r} (and its link opens its page); the word {word!r} finds {event[1]} {event[2][:60]!r}; status {status!r}"


def visible_events(driver):
    return [li for li in driver.find_elements(By.CSS_SELECTOR, "li.event") if li.is_displayed()]


def open_timeline(args, driver):
    """timeline.html, or the first year's page when the timeline is split by year."""
    driver.get(url(args.report, "timeline.html"))
    if not driver.find_elements(By.CSS_SELECTOR, "li.event"):
        first = driver.find_element(By.CSS_SELECTOR, "table.years a").get_attribute("href")
        driver.get(first)


def check_filters(args, driver):
    open_timeline(args, driver)
    form = driver.find_element(By.ID, "timeline-filters")
    assert form.is_displayed(), "the filter form is not shown with JavaScript"
    total = len(visible_events(driver))
    assert total > 1, f"only {total} events shown"
    years = [o.get_attribute("value") for o in Select(driver.find_element(By.ID, "f-from")).options]
    seen = []
    if len(years) > 1:
        Select(driver.find_element(By.ID, "f-from")).select_by_value(years[-1])
        n = len(visible_events(driver))
        assert 0 < n < total, f"from {years[-1]}: {n} of {total} shown"
        assert all(li.get_attribute("data-year") == years[-1] for li in visible_events(driver))
        seen.append(f"from {years[-1]}: {n}")
        driver.find_element(By.CSS_SELECTOR, "#timeline-filters button[type=reset]").click()
        WebDriverWait(driver, 5).until(lambda d: len(visible_events(d)) == total)
    entity = Select(driver.find_element(By.ID, "f-entity"))
    option = entity.options[1]
    entity.select_by_index(1)
    n = len(visible_events(driver))
    value = option.get_attribute("value")
    assert 0 < n < total, f"entity {option.text}: {n} of {total} shown"
    assert all(value in li.get_attribute("data-entities").split() for li in visible_events(driver))
    seen.append(f"{option.text}: {n}")
    entity.select_by_index(0)
    Select(driver.find_element(By.ID, "f-kind")).select_by_value("comment")
    n = len(visible_events(driver))
    assert n < total, "the comment filter hid nothing"
    seen.append(f"comments only: {n}")
    status = driver.find_element(By.ID, "filter-status").text
    assert status.startswith("Showing " + str(n)), f"status says {status!r}"
    return f"{total} events; " + "; ".join(seen) + f"; status {status!r}"


def check_nojs(args, _driver):
    driver = browser(javascript=False)
    try:
        open_timeline(args, driver)
        items = driver.find_elements(By.CSS_SELECTOR, "li.event")
        shown = [li for li in items if li.is_displayed()]
        assert len(shown) == len(items) > 0, f"{len(shown)} of {len(items)} events shown without JavaScript"
        assert not driver.find_element(By.ID, "timeline-filters").is_displayed(), "filters shown without JavaScript"
        driver.get(url(args.report, "index.html"))
        assert driver.find_elements(By.CSS_SELECTOR, "ol.key-events li"), "no key events without JavaScript"
        assert driver.find_elements(By.CSS_SELECTOR, "svg.graph a"), "no map without JavaScript"
        driver.get(url(args.report, "search.html") + "?q=x")
        assert "needs JavaScript" in driver.find_element(By.ID, "search-status").text
        driver.get(url(args.report, "entities.html"))
        n = len(driver.find_elements(By.CSS_SELECTOR, "main table a"))
        assert n > 0
        return f"without JavaScript: all {len(items)} timeline events listed, filters hidden, key events and map on the home page, {n} entity links in the list, search says it needs JavaScript"
    finally:
        driver.quit()


def check_requests(args, driver):
    root = "file://" + urllib.parse.quote(os.path.realpath(args.report)) + "/"
    every = pages(args.report)
    chosen = ["index.html", "timeline.html", "entities.html", "search.html"] + [p for p in every if p.startswith("entities/")][:3]
    outside = []
    count = 0
    driver.get_log("performance")
    for page in chosen:
        driver.get(url(args.report, page) + ("?q=probation" if page == "search.html" else ""))
        time.sleep(0.2)
        # Every request the browser made, from its DevTools network log.
        names = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                names.append(message["params"]["request"]["url"])
        assert any(n.endswith("/assets/site.css") for n in names), f"{page}: the network log misses the style sheet: {names}"
        count += len(names)
        outside += [n for n in names if not urllib.parse.unquote(n).startswith(urllib.parse.unquote(root))]
        csp = driver.find_elements(By.CSS_SELECTOR, "meta[http-equiv='Content-Security-Policy']")
        assert csp and "default-src 'none'" in csp[0].get_attribute("content"), f"{page}: no CSP"
    assert not outside, f"requests outside the folder: {outside[:5]}"
    # And the policy is enforced from file://: an injected inline script does not run.
    driver.get(url(args.report, "index.html"))
    driver.execute_script("var s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
                          "document.head.appendChild(s);")
    ran = driver.execute_script("return window.__inline === 1;")
    assert not ran, "an inline script ran: the Content-Security-Policy is not enforced"
    driver.get_log("browser")
    return f"{count} requests from {len(chosen)} pages, all inside the folder; an injected inline script was blocked by the policy"


def check_hostile(args, driver):
    folder = args.hostile
    assert folder, "give --hostile DIR"
    seen_texts = []
    for page in pages(folder):
        driver.get(url(folder, page) + ("?q=Quill" if page == "search.html" else ""))
        problem = no_alert(driver)
        assert not problem, f"{page}: {problem}"
        pwned = driver.execute_script("return window.__pwned || null;")
        assert pwned is None, f"{page}: injected code ran ({pwned})"
        scripts = [s.get_attribute("src") for s in driver.find_elements(By.TAG_NAME, "script")]
        assert all(s and "/assets/" in s for s in scripts), f"{page}: foreign script elements {scripts}"
        assert not driver.find_elements(By.CSS_SELECTOR, "[href^='javascript:' i], [src^='javascript:' i], img[onerror]"), f"{page}: a javascript: link or handler"
        assert driver.find_elements(By.CSS_SELECTOR, "footer.site"), f"{page}: the page is cut short (no footer)"
        body = driver.find_element(By.TAG_NAME, "body").get_attribute("innerText")
        assert "\u202e" not in body and "\u2066" not in body, f"{page}: a bidi control reached the page text"
        errors = [e for e in console_errors(driver) if "__pwned" in e.get("message", "")]
        assert not errors, f"{page}: {errors}"
        if "<script>" in body:
            seen_texts.append(page)
    assert seen_texts, "no page shows the hostile text <script> as text"
    entity_titles = []
    for page in pages(folder):
        if page.startswith("entities/"):
            driver.get(url(folder, page))
            h1 = driver.find_element(By.TAG_NAME, "h1").text
            assert h1 in driver.title, f"{page}: title {driver.title!r} does not hold the name {h1!r}"
            entity_titles.append(h1)
    hostile = [t for t in entity_titles if "<" in t or '"' in t]
    assert hostile, f"no hostile entity name reached a page: {entity_titles}"
    return f"{len(pages(folder))} pages, nothing ran; shown as text on {len(seen_texts)} pages; hostile names as page titles: {hostile[:3]}"


def check_axe(args, driver):
    from axe_selenium_python import Axe
    # axe reads every node: on a page of 1,500 events that takes minutes on a busy machine.
    driver.set_script_timeout(900)
    driver.command_executor._client_config.timeout = 900
    every = pages(args.report)
    chosen = ["index.html", "timeline.html", "entities.html", "search.html"] + [p for p in every if p.startswith("entities/")][:2]
    if not os.path.exists(os.path.join(args.report, "timeline.html")):
        chosen.remove("timeline.html")
    report = []
    for page in chosen:
        driver.get(url(args.report, page) + ("?q=probation" if page == "search.html" else ""))
        axe = Axe(driver)
        axe.inject()
        result = axe.run(options={"resultTypes": ["violations"]})
        serious = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
        report.append((page, [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"]) for v in serious]))
    bad = [r for r in report if r[1]]
    assert not bad, f"serious accessibility violations: {bad}"
    return f"axe-core finds no serious or critical violation on {len(chosen)} pages"


def check_focus(args, driver):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    driver.get(url(args.report, "index.html"))
    seen = {"outlined": 0, "map": False}
    for _ in range(200):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        info = driver.execute_script("""
            var e = document.activeElement, s = getComputedStyle(e);
            var inMap = !!e.closest('svg.graph');
            var shape = inMap ? e.querySelector('polygon, ellipse, path') : null;
            return {tag: e.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                    inMap: inMap, stroke: shape ? getComputedStyle(shape).stroke : ''};""")
        if info["inMap"]:
            assert info["stroke"] in ("rgb(179, 71, 0)",), f"a focused map node is not marked: {info}"
            seen["map"] = True
            break
        assert info["outline"] == "solid" and info["width"] >= 2, f"focus on a {info['tag']} is not visible: {info}"
        seen["outlined"] += 1
    assert seen["map"], "the keyboard never reached the map"
    return f"{seen['outlined']} elements reached by Tab each show a 3px outline; a map node shows an orange stroke"


def check_print(args, driver):
    open_timeline(args, driver)
    items = driver.find_elements(By.CSS_SELECTOR, "li.event")
    assert items, "no events on the timeline page"
    Select(driver.find_element(By.ID, "f-kind")).select_by_value("comment")
    hidden = len(items) - len(visible_events(driver))
    assert hidden > 0, "the filter hid nothing"
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = len(visible_events(driver))
        header = driver.find_element(By.CSS_SELECTOR, "header.site").is_displayed()
        form = driver.find_element(By.ID, "timeline-filters").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == len(items), f"printing shows {shown} of {len(items)} events"
    assert not header and not form, "printing shows the header or the filters"
    return f"printed, the timeline shows all {len(items)} events ({hidden} hidden on screen by a filter), without header or filters"


def check_screenshots(args, driver):
    assert args.shots, "give --shots DIR"
    os.makedirs(args.shots, exist_ok=True)
    every = pages(args.report)
    entity = args.entity_page or next(p for p in every if p.startswith("entities/"))
    written = []
    for page, name in (("index.html", "report-home.png"), (entity, "report-entity.png"), ("timeline.html", "report-timeline.png")):
        driver.set_window_size(1280, 1000)
        driver.get(url(args.report, page))
        time.sleep(0.3)
        height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 2400);")
        driver.set_window_size(1280, height)
        path = os.path.join(args.shots, name)
        driver.save_screenshot(path)
        assert os.path.getsize(path) > 10000, f"{path} is nearly empty"
        written.append(path)
    return "wrote " + ", ".join(written)


CHECKS = {
    "home": check_home, "links": check_links, "map-click": check_map_click, "search": check_search,
    "filters": check_filters, "nojs": check_nojs, "requests": check_requests, "hostile": check_hostile,
    "axe": check_axe, "print": check_print, "focus": check_focus, "screenshots": check_screenshots,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", required=True)
    parser.add_argument("--hostile")
    parser.add_argument("--shots")
    parser.add_argument("--entity-page")
    parser.add_argument("checks", nargs="+", choices=sorted(CHECKS))
    args = parser.parse_args()
    driver = browser()
    failed = 0
    try:
        for name in args.checks:
            try:
                line = CHECKS[name](args, driver)
                print(f"ok {name}: {line}", flush=True)
            except Exception as error:  # a failed check, reported and counted
                failed += 1
                detail = str(error) if isinstance(error, AssertionError) else traceback.format_exc(limit=3)
                print(f"FAIL {name}: {detail}", flush=True)
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
