import Corpus
import Fetch
import Foundation
import Testing

/// Reading feed pages (Atom, RSS), naming files safely, and writing post files the Atom reader reads back.
@Suite struct FeedPageTests {
    static let base = URL(string: "http://127.0.0.1:8080/feeds/posts/default")!

    @Test func atomEntriesLinksAndPaging() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:os="http://a9.com/-/spec/opensearch/1.1/">
            <id>urn:blog</id><title>A Ledger of Rates</title><generator>Blogger</generator>
            <os:totalResults>9</os:totalResults><os:startIndex>4</os:startIndex>
            <link rel="next" href="/feeds/posts/default?page=3"/>
            <entry><id>urn:p1</id><title type="html">Rates &amp;amp; Caps</title><published>2013-04-01T09:00:00+01:00</published>
            <updated>2013-04-02T10:00:00+01:00</updated><author><name>J. Clerk</name></author>
            <link rel="alternate" type="text/html" href="/2013/04/rates.html"/>
            <link rel="replies" type="application/atom+xml" href="/feeds/p1/comments/default"/>
            <link rel="replies" type="text/html" href="/2013/04/rates.html#comments"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Council tax benefit ended in April 2013.</p></div></content>
            <thr:total>4</thr:total></entry>
            <entry><id>urn:c1</id><content>Agreed.</content><thr:in-reply-to ref="urn:p1"/></entry>
            </feed>
            """
        let page = try FeedPage.parse(Data(feed.utf8), url: Self.base)
        #expect(page.kind == .atom)
        #expect(page.title == "A Ledger of Rates" && page.generator == "Blogger")
        #expect(page.next?.absoluteString == "http://127.0.0.1:8080/feeds/posts/default?page=3")
        #expect(page.totalResults == 9 && page.startIndex == 4)
        let post = page.entries[0]
        #expect(post.id == "urn:p1" && post.title == "Rates &amp; Caps" && post.titleType == "html")
        #expect(post.alternate == "http://127.0.0.1:8080/2013/04/rates.html")
        #expect(post.repliesFeed == "http://127.0.0.1:8080/feeds/p1/comments/default")
        #expect(post.commentCount == 4 && post.author == "J. Clerk" && !post.isComment)
        #expect(post.contentType == "html" && post.content?.contains("<p>Council tax benefit ended in April 2013.</p>") == true)
        #expect(post.version == "2013-04-02T10:00:00+01:00")
        #expect(page.entries[1].isComment && page.entries[1].inReplyToRef == "urn:p1")
    }

    @Test func rssItemsMapOntoEntries() throws {
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>
            <title>Schools Watch</title><generator>https://wordpress.org/?v=6.4</generator>
            <item><title>Academies Act</title><link>https://schools.example.org/2010/07/30/academies-act/</link>
            <guid isPermaLink="false">https://schools.example.org/?p=12</guid><pubDate>Fri, 30 Jul 2010 23:30:00 -0500</pubDate>
            <dc:creator><![CDATA[R. Teacher]]></dc:creator><description>Short.</description>
            <content:encoded><![CDATA[<p>The Academies Act 2010 received Royal Assent on 27 July 2010.</p>]]></content:encoded>
            <wfw:commentRss>https://schools.example.org/academies-act/feed/</wfw:commentRss><slash:comments>2</slash:comments></item>
            </channel></rss>
            """
        let page = try FeedPage.parse(Data(feed.utf8), url: URL(string: "https://schools.example.org/feed/")!)
        #expect(page.kind == .rss && page.generator?.contains("wordpress") == true)
        let e = page.entries[0]
        #expect(e.id == "https://schools.example.org/?p=12")
        // The day as the blog wrote it, in its own offset.
        #expect(e.published == "2010-07-30T23:30:00-05:00")
        #expect(e.author == "R. Teacher" && e.commentCount == 2)
        #expect(e.content == "<p>The Academies Act 2010 received Royal Assent on 27 July 2010.</p>")
        #expect(e.repliesFeed == "https://schools.example.org/academies-act/feed/")
        // No `updated`: a hash of what the entry says stands for its version, and changes with it.
        var edited = e
        edited.content = "<p>Edited.</p>"
        #expect(e.version.hasPrefix("fnv1a:") && e.version != edited.version)
    }

    @Test func aBrokenOrForeignDocumentIsMalformed() {
        #expect(throws: FetchError.self) { try FeedPage.parse(Data("<feed><entry>".utf8), url: Self.base) }
        do {
            _ = try FeedPage.parse(Data("<html><body>Not a feed</body></html>".utf8), url: Self.base)
            Issue.record("an HTML page was read as a feed")
        } catch {
            #expect(error.description.hasPrefix("http://127.0.0.1:8080/feeds/posts/default: line 1: malformed feed: not a feed: the root element is <html>"))
        }
    }

    @Test func fileNamesNeverLeaveTheFolder() {
        var e = FeedEntry()
        e.id = "../../etc/x"
        e.title = "../../../etc/passwd"
        e.published = "2016-03-01T10:00:00Z"
        #expect(SafeFileName.base(for: e) == "2016-03-01-etc-passwd")
        e.title = "/// ..."
        #expect(SafeFileName.base(for: e) == "2016-03-01-etc-x")
        e.id = "...."
        e.published = "../../2016"
        #expect(SafeFileName.base(for: e) == "post")
        #expect(SafeFileName.slugify("Café Society’s Rules: Ärger & Co") == "cafe-societys-rules-arger-co")
        #expect(SafeFileName.slugify(String(repeating: "word ", count: 40)).count <= 60)
        e.title = nil
        e.alternate = "https://blog.example.org/2014/06/the-split.html?m=1"
        #expect(SafeFileName.base(for: e) == "the-split")
        let a = SafeFileName.disambiguated("2014-06-01-the-split", key: "urn:a")
        #expect(a != SafeFileName.disambiguated("2014-06-01-the-split", key: "urn:b") && a.hasPrefix("2014-06-01-the-split-"))
    }

    @Test func postFilesReadBackWithThreadedCommentsAndTheirLink() throws {
        var post = FeedEntry()
        post.id = "urn:post:1"
        post.title = "Bedroom Tax <Begins>"
        post.published = "2013-04-01T08:00:00+01:00"
        post.author = "H. Tenant"
        post.alternate = "https://housing.example.org/2013/04/bedroom-tax.html"
        post.content = "<p>The under-occupancy charge started on 1 April 2013.</p>\u{0001}"
        var first = FeedEntry()
        first.id = "urn:c:1"
        first.selfLink = "https://housing.example.org/c/1"
        first.published = "2013-04-01T20:00:00+01:00"
        first.author = "Reader"
        first.content = "It will hit disabled tenants hardest."
        var reply = FeedEntry()
        reply.id = "urn:c:2"
        reply.related = "https://housing.example.org/c/1"
        reply.published = "2013-04-02T09:00:00+01:00"
        reply.author = "Another"
        reply.content = "Discretionary payments may help."
        let text = PostFile(post: post, comments: [reply, first], blogTitle: "Housing Notes", source: "https://housing.example.org/feed").atom
        #expect(text.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://housing.example.org/2013/04/bedroom-tax.html\"/>"))
        #expect(!text.contains("\u{0001}"))
        let posts = try AtomFeedReader().posts(text: text, path: "post.atom")
        #expect(posts.count == 1)
        #expect(posts[0].title == "Bedroom Tax <Begins>")
        #expect(posts[0].published == CalendarDay(year: 2013, month: 4, day: 1))
        #expect(posts[0].author == "H. Tenant")
        #expect(posts[0].comments.map(\.author) == ["Reader", "Another"])
        #expect(posts[0].comments.map(\.isReply) == [false, true])
        // And the fetcher reads its own file back the same.
        let again = try FeedPage.parse(Data(text.utf8), url: URL(fileURLWithPath: "/tmp/post.atom"))
        #expect(again.entries.filter(\.isComment).count == 2)
        #expect(again.entries[0].alternate == post.alternate)
    }

    @Test func theFeedAPageNamesIsFound() {
        let html = """
            <!DOCTYPE html><html><head>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="application/rss+xml" title="Notes &raquo; Comments Feed" href="/comments/feed/">
            <link rel="alternate" type="application/rss+xml" title="Notes &raquo; Feed" href="/feed/">
            <link rel="alternate" type="application/atom+xml" title="Notes - Atom" href="https://notes.example.org/feeds/posts/default">
            </head><body></body></html>
            """
        let base = URL(string: "https://notes.example.org/")!
        #expect(FeedDiscovery.alternateFeed(inHTML: html, base: base)?.absoluteString == "https://notes.example.org/feeds/posts/default")
        let rssOnly = html.replacingOccurrences(of: "application/atom+xml", with: "text/css")
        #expect(FeedDiscovery.alternateFeed(inHTML: rssOnly, base: base)?.absoluteString == "https://notes.example.org/feed/")
        #expect(FeedDiscovery.alternateFeed(inHTML: "<html><body>no feed</body></html>", base: base) == nil)
    }
}
