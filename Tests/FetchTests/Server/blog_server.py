#!/usr/bin/env python3
"""A fixture blog on 127.0.0.1 for testing `hindsight fetch` without the internet.

It serves the posts and comments of a JSON file (read again on every request, so a test can add a post or a
comment between two runs) in one of three shapes:

  blogger    /feeds/posts/default with start-index/max-results paging and OpenSearch counts (no rel="next"),
             one comment feed per post (/feeds/<id>/comments/default, paged the same way), thr:total counts
  wordpress  RSS 2.0 at /feed/ with ?paged=N (404 past the last page), wfw:commentRss comment feeds
  atom       a plain Atom feed at /atom.xml with rel="next" links (RFC 5005); the home page names no feed

and, with --fault, misbehaves in one way: 500-once, 500-always, comments-500, 429, slow, truncated, malformed,
redirect-loop, redirect-file, escape-id, robots-disallow, forbidden (the posts feed answers 403), 429-long (a Retry-After of a day). Responses carry an ETag and honour If-None-Match.
Each request is logged as a JSON line to --log. The port is printed on the first line of standard output.

    python3 Tests/FetchTests/Server/blog_server.py --data Tests/FetchTests/Server/blog.json --port 8080
"""
import argparse
import email.utils
import hashlib
import html
import json
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BLOG_ID = "tag:blogger.com,1999:blog-7301"
LOG_LOCK = threading.Lock()
COUNTS = {}
COUNTS_LOCK = threading.Lock()


def esc(text):
    return html.escape(text, quote=True)


def load(args):
    with open(args.data, encoding="utf-8") as f:
        blog = json.load(f)
    if "escape-id" in args.fault:
        blog["posts"].append({"id": "../../etc/x", "slug": "x", "title": "../../../tmp/escaped",
                              "published": "2016-03-01T10:00:00+00:00",
                              "content": "<p>A post whose id and title try to leave the folder.</p>", "comments": []})
    blog["posts"].sort(key=lambda p: p["published"], reverse=True)
    return blog


def post_url(base, post):
    day = post["published"]
    return f"{base}/{day[0:4]}/{day[5:7]}/{post['slug']}.html"


def rfc822(iso):
    from datetime import datetime
    return email.utils.format_datetime(datetime.fromisoformat(iso))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FixtureBlog/1.0"

    def log_message(self, fmt, *a):
        pass

    def base(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def count(self, key):
        with COUNTS_LOCK:
            COUNTS[key] = COUNTS.get(key, 0) + 1
            return COUNTS[key]

    def record(self, status, start):
        args = self.server.args
        if not args.log:
            return
        entry = {"start": start, "end": time.time(), "path": self.path, "status": status,
                 "ua": self.headers.get("User-Agent"), "if_none_match": self.headers.get("If-None-Match")}
        with LOG_LOCK, open(args.log, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")

    def send(self, status, body=b"", ctype="text/plain; charset=utf-8", headers=None, start=0.0):
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        self.send_response(status)
        if status in (200, 304):
            self.send_header("ETag", etag)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
        self.record(status, start)

    def do_GET(self):
        start = time.time()
        args = self.server.args
        faults = args.fault
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        blog = load(args)
        base = self.base()

        if path == "/robots.txt":
            rules = "User-agent: *\nDisallow: /feeds/\n" if "robots-disallow" in faults else "User-agent: *\nDisallow: /search\n"
            return self.send(200, rules.encode(), start=start)
        if "redirect-loop" in faults and (path == "/feeds/posts/default" or path == "/loop"):
            target = "/loop" if path != "/loop" else "/feeds/posts/default?max-results=50"
            return self.send(302, headers={"Location": target}, start=start)
        if "forbidden" in faults and path == "/feeds/posts/default":
            return self.send(403, b"members only", start=start)
        if "redirect-file" in faults and path == "/feeds/posts/default":
            return self.send(302, headers={"Location": "file:///etc/passwd"}, start=start)
        if path == "/":
            return self.send(200, self.home(blog, args.shape).encode(), "text/html; charset=utf-8", start=start)

        shape = args.shape
        if shape == "blogger" and path == "/feeds/posts/default":
            first = int(query.get("start-index", ["1"])[0])
            size = min(int(query.get("max-results", ["25"])[0]), args.page_size)
            second = first > 1
            if second and self.fault_page(faults, start):
                return
            if not second and "429-long" in faults:
                return self.send(429, b"come back tomorrow", headers={"Retry-After": "86400"}, start=start)
            if not second and "429" in faults and self.count("429") == 1:
                return self.send(429, b"slow down", headers={"Retry-After": "1"}, start=start)
            body = self.blogger_posts(blog, base, first, size)
            return self.deliver(body, "application/atom+xml; charset=UTF-8", second, start)
        if shape == "blogger" and path.startswith("/feeds/") and path.endswith("/comments/default"):
            pid = path[len("/feeds/"):-len("/comments/default")]
            post = next((p for p in blog["posts"] if p["id"] == pid), None)
            if post is None:
                return self.send(404, b"no such post", start=start)
            if "comments-500" in faults and post is blog["posts"][-1]:
                return self.send(500, b"comment store unavailable", start=start)
            first = int(query.get("start-index", ["1"])[0])
            size = min(int(query.get("max-results", ["25"])[0]), args.comment_page_size)
            return self.send(200, self.blogger_comments(blog, base, post, first, size).encode(),
                             "application/atom+xml; charset=UTF-8", start=start)
        if shape == "wordpress" and path == "/feed/":
            paged = int(query.get("paged", ["1"])[0])
            posts = blog["posts"][(paged - 1) * args.page_size: paged * args.page_size]
            if not posts:
                return self.send(404, b"<html><body>Page not found</body></html>", "text/html", start=start)
            if paged > 1 and self.fault_page(faults, start):
                return
            return self.deliver(self.wordpress_posts(blog, base, posts), "application/rss+xml; charset=UTF-8", paged > 1, start)
        if shape == "wordpress" and path.endswith("/feed/"):
            slug = path.strip("/").split("/")[0]
            post = next((p for p in blog["posts"] if p["slug"] == slug), None)
            if post is None:
                return self.send(404, b"no such post", start=start)
            return self.send(200, self.wordpress_comments(blog, base, post).encode(), "application/rss+xml; charset=UTF-8", start=start)
        if shape == "atom" and path == "/atom.xml":
            page = int(query.get("page", ["1"])[0])
            posts = blog["posts"][(page - 1) * args.page_size: page * args.page_size]
            if page > 1 and self.fault_page(faults, start):
                return
            more = page * args.page_size < len(blog["posts"])
            return self.deliver(self.atom_posts(blog, base, posts, page, more), "application/atom+xml", page > 1, start)
        return self.send(404, b"not found", start=start)

    def fault_page(self, faults, start):
        """Misbehaves on a second or later feed page; True when the response has been sent."""
        if "500-always" in faults or ("500-once" in faults and self.count("500") == 1):
            self.send(500, b"internal error", start=start)
            return True
        if "slow" in faults:
            time.sleep(self.server.args.slow)
        return False

    def deliver(self, body, ctype, later_page, start):
        data = body.encode()
        faults = self.server.args.fault
        if later_page and "truncated" in faults:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.record(200, start)
            return
        if later_page and "malformed" in faults:
            data = data[: len(data) // 2]
        self.send(200, data, ctype, start=start)

    def home(self, blog, shape):
        links = ""
        if shape == "blogger":
            links = (f'<link rel="alternate" type="application/atom+xml" title="{esc(blog["title"])} - Atom" href="{self.base()}/feeds/posts/default" />\n'
                     f'<link rel="alternate" type="application/rss+xml" title="{esc(blog["title"])} - RSS" href="{self.base()}/feeds/posts/default?alt=rss" />\n')
        elif shape == "wordpress":
            links = (f'<link rel="alternate" type="application/rss+xml" title="{esc(blog["title"])} &raquo; Feed" href="{self.base()}/feed/" />\n'
                     f'<link rel="alternate" type="application/rss+xml" title="{esc(blog["title"])} &raquo; Comments Feed" href="{self.base()}/comments/feed/" />\n')
        items = "".join(f'<li>{esc(p["title"])}</li>' for p in blog["posts"])
        return f'<!DOCTYPE html>\n<html><head><title>{esc(blog["title"])}</title>\n{links}</head>\n<body><h1>{esc(blog["title"])}</h1><ul>{items}</ul></body></html>\n'

    def blogger_posts(self, blog, base, first, size):
        posts = blog["posts"][first - 1: first - 1 + size]
        out = ["<?xml version='1.0' encoding='UTF-8'?>",
               "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
               "xmlns:gd='http://schemas.google.com/g/2005' xmlns:thr='http://purl.org/syndication/thread/1.0'>",
               f"<id>{BLOG_ID}</id>", f"<updated>{max(p.get('updated', p['published']) for p in blog['posts'])}</updated>",
               f"<title type='text'>{esc(blog['title'])}</title>",
               f"<link rel='alternate' type='text/html' href='{base}/'/>",
               f"<author><name>{esc(blog['author'])}</name></author>",
               "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>",
               f"<openSearch:totalResults>{len(blog['posts'])}</openSearch:totalResults>",
               f"<openSearch:startIndex>{first}</openSearch:startIndex>",
               f"<openSearch:itemsPerPage>{size}</openSearch:itemsPerPage>"]
        for p in posts:
            out += ["<entry>", f"<id>{esc(BLOG_ID)}.post-{esc(p['id'])}</id>" if p["id"] != "../../etc/x" else f"<id>{esc(p['id'])}</id>",
                    f"<published>{p['published']}</published>", f"<updated>{p.get('updated', p['published'])}</updated>",
                    "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>",
                    f"<title type='text'>{esc(p['title'])}</title>",
                    f"<content type='html'>{esc(p['content'])}</content>",
                    f"<link rel='replies' type='application/atom+xml' href='{base}/feeds/{p['id']}/comments/default' title='Post Comments'/>",
                    f"<link rel='alternate' type='text/html' href='{post_url(base, p)}' title='{esc(p['title'])}'/>",
                    f"<author><name>{esc(p.get('author', blog['author']))}</name></author>",
                    f"<thr:total>{len(p['comments'])}</thr:total>", "</entry>"]
        out.append("</feed>")
        return "\n".join(out) + "\n"

    def blogger_comments(self, blog, base, post, first, size):
        comments = post["comments"][first - 1: first - 1 + size]
        out = ["<?xml version='1.0' encoding='UTF-8'?>",
               "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
               "xmlns:thr='http://purl.org/syndication/thread/1.0'>",
               f"<id>{BLOG_ID}.post{post['id']}..comments</id>", f"<title type='text'>Comments on {esc(post['title'])}</title>",
               f"<openSearch:totalResults>{len(post['comments'])}</openSearch:totalResults>",
               f"<openSearch:startIndex>{first}</openSearch:startIndex>",
               f"<openSearch:itemsPerPage>{size}</openSearch:itemsPerPage>"]
        feed = f"{base}/feeds/{post['id']}/comments/default"
        for c in comments:
            out += ["<entry>", f"<id>{BLOG_ID}.post-{c['id']}</id>", f"<published>{c['published']}</published>",
                    f"<updated>{c['published']}</updated>",
                    "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>",
                    f"<title type='text'>{esc(c['content'][:30])}</title>",
                    f"<content type='html'>{esc(c['content'])}</content>",
                    f"<link rel='self' type='application/atom+xml' href='{feed}/{c['id']}'/>"]
            if c.get("parent"):
                out.append(f"<link rel='related' type='application/atom+xml' href='{feed}/{c['parent']}'/>")
            out += [f"<author><name>{esc(c['author'])}</name></author>",
                    f"<thr:in-reply-to href='{post_url(base, post)}' ref='{BLOG_ID}.post-{post['id']}' type='text/html'/>",
                    "</entry>"]
        out.append("</feed>")
        return "\n".join(out) + "\n"

    def wordpress_posts(self, blog, base, posts):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">',
               "<channel>", f"<title>{esc(blog['title'])}</title>",
               f'<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />',
               f"<link>{base}/</link>", "<generator>https://wordpress.org/?v=6.4.2</generator>"]
        for p in posts:
            link = f"{base}/{p['published'][0:4]}/{p['published'][5:7]}/{p['published'][8:10]}/{p['slug']}/"
            out += ["<item>", f"<title>{esc(p['title'])}</title>", f"<link>{link}</link>",
                    f"<dc:creator><![CDATA[{p.get('author', blog['author'])}]]></dc:creator>",
                    f"<pubDate>{rfc822(p['published'])}</pubDate>",
                    f'<guid isPermaLink="false">{base}/?p={p["id"]}</guid>',
                    f"<description>{esc(p['content'][:80])}</description>",
                    f"<content:encoded><![CDATA[{p['content']}]]></content:encoded>",
                    f"<wfw:commentRss>{base}/{p['slug']}/feed/</wfw:commentRss>",
                    f"<slash:comments>{len(p['comments'])}</slash:comments>", "</item>"]
        out += ["</channel>", "</rss>"]
        return "\n".join(out) + "\n"

    def wordpress_comments(self, blog, base, post):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
               "<channel>", f"<title>Comments on: {esc(post['title'])}</title>"]
        for c in post["comments"]:
            out += ["<item>", f"<title>By: {esc(c['author'])}</title>",
                    f"<link>{base}/{post['slug']}/#comment-{c['id']}</link>",
                    f"<dc:creator><![CDATA[{c['author']}]]></dc:creator>",
                    f"<pubDate>{rfc822(c['published'])}</pubDate>",
                    f'<guid isPermaLink="false">{base}/?p={post["id"]}#comment-{c["id"]}</guid>',
                    f"<content:encoded><![CDATA[{c['content']}]]></content:encoded>", "</item>"]
        out += ["</channel>", "</rss>"]
        return "\n".join(out) + "\n"

    def atom_posts(self, blog, base, posts, page, more):
        out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
               f"<id>{base}/atom.xml</id>", f"<title>{esc(blog['title'])}</title>",
               f"<updated>{max(p['published'] for p in blog['posts'])}</updated>",
               f'<link rel="self" href="{base}/atom.xml?page={page}"/>']
        if more:
            out.append(f'<link rel="next" href="/atom.xml?page={page + 1}"/>')
        for p in posts:
            out += ["<entry>", f"<id>urn:fixture:post:{esc(p['id'])}</id>", f"<title>{esc(p['title'])}</title>",
                    f"<published>{p['published']}</published>", f"<updated>{p.get('updated', p['published'])}</updated>",
                    f"<author><name>{esc(p.get('author', blog['author']))}</name></author>",
                    f'<link rel="alternate" type="text/html" href="{post_url(base, p)}"/>',
                    f'<content type="html">{esc(p["content"])}</content>', "</entry>"]
        out.append("</feed>")
        return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--shape", choices=["blogger", "wordpress", "atom"], default="blogger")
    ap.add_argument("--fault", action="append", default=[])
    ap.add_argument("--log")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--page-size", type=int, default=3)
    ap.add_argument("--comment-page-size", type=int, default=2)
    ap.add_argument("--slow", type=float, default=3.0)
    args = ap.parse_args()
    # A parent (a test runner) may have blocked signals; the server must still stop when told to.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, set(signal.Signals))
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # a client that gave up (a timeout test) is not news
    server.args = args
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
