import Corpus
import Testing

/// The address of each post, where the input gives one.
@Suite struct PostURLTests {
    @Test func bloggerExportEntriesGiveTheirAlternateLink() throws {
        let posts = try AtomFeedReader().posts(text: try Fixtures.text("blogger-export.xml"), path: "export.xml")
        #expect(posts.map(\.url) == ["https://diary.example.org/2015/02/new-owners-move-in.html",
                                     "https://diary.example.org/2014/03/royal-assent.html"])
        let doc = try AtomFeedReader().read(text: try Fixtures.text("blogger-export.xml"), path: "export.xml")
        #expect(doc.posts[0].url == "https://diary.example.org/2015/02/new-owners-move-in.html")
    }

    @Test func archivePagePostsGiveTheirTitleLinks() throws {
        let posts = try HTMLPageReader().posts(text: try Fixtures.text("archive-page.html"), path: "a.html")
        #expect(posts.map(\.url) == ["https://diary.example.org/2021/06/one-service-again.html",
                                     "https://diary.example.org/2018/07/early-exit.html",
                                     "https://diary.example.org/2017/04/goodbye-noms.html"])
    }

    @Test func aPostPageGivesItsTimestampLink() throws {
        let posts = try HTMLPageReader().posts(text: try Fixtures.text("post-page.html"), path: "p.html")
        #expect(posts.first?.url == "http://diary.example.org/2014/06/two-services.html")
    }

    @Test func aPageOfOnePostGivesItsCanonicalLinkOrOgURL() throws {
        let canonical = """
            <html><head><link rel="canonical" href="https://news.example.net/2020/03/wards.html">
            <meta property="og:url" content="https://news.example.net/other.html"></head>
            <body><article><h1>Wards Reopen</h1><p>The hospital reopened two wards on 3 March 2020.</p></article></body></html>
            """
        #expect(try HTMLPageReader().posts(text: canonical, path: "c.html").first?.url == "https://news.example.net/2020/03/wards.html")
        let og = """
            <html><head><meta property="og:url" content="https://news.example.net/2020/04/beds.html"></head>
            <body><h1>Beds</h1><p>Forty beds were added in April 2020.</p></body></html>
            """
        #expect(try HTMLPageReader().posts(text: og, path: "o.html").first?.url == "https://news.example.net/2020/04/beds.html")
        let none = "<html><body><h1>Beds</h1><p>Forty beds were added in April 2020.</p></body></html>"
        #expect(try HTMLPageReader().posts(text: none, path: "n.html").first?.url == nil)
    }

    @Test func rssItemsGiveTheirLink() throws {
        let rss = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Clinic News</title><link>https://clinic.example.org/</link>
            <item><title>Opening</title><link>https://clinic.example.org/2019/05/opening</link>
            <pubDate>Tue, 14 May 2019 09:00:00 +0000</pubDate><description>The clinic opened today.</description></item>
            <item><title>No link</title><guid isPermaLink="false">abc-1</guid>
            <pubDate>Wed, 15 May 2019 09:00:00 +0000</pubDate><description>Nothing to see.</description></item>
            </channel></rss>
            """
        let posts = try RSSFeedReader().posts(text: rss, path: "f.xml")
        #expect(posts.map(\.url) == ["https://clinic.example.org/2019/05/opening", nil])
    }
}
