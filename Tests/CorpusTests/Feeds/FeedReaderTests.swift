import Corpus
import Testing

/// Reading Atom feeds, Blogger exports and RSS feeds: the fixtures and short feeds written for these tests.
@Suite struct FeedReaderTests {
    @Test func bloggerExportPostsAndThreadedComments() throws {
        let posts = try AtomFeedReader().posts(text: try Fixtures.text("blogger-export.xml"), path: "export.xml")
        // Settings and template entries are skipped; posts keep the file's order.
        #expect(posts.map(\.title) == ["New Owners Move In", "Royal Assent"])
        #expect(posts.map(\.published) == [CalendarDay(year: 2015, month: 2, day: 1), CalendarDay(year: 2014, month: 3, day: 13)])
        #expect(posts.map(\.dateLine) == [25, 39])
        #expect(posts.map(\.titleLine) == [29, 42])
        #expect(posts.map(\.author) == ["A. Diarist", "A. Diarist"])
        // Content lines are lines of the feed file.
        #expect(posts[0].body.map(\.line) == [30, 31])
        #expect(posts[1].body.map(\.line) == [43, 45])
        // The reply comes before its parent in the file; the thread puts the parent first.
        let royal = posts[1].comments
        #expect(royal.map(\.author) == ["Anonymous", "Anonymous"])
        #expect(royal.map(\.timestamp) == ["2014-03-13T21:00:00.000+00:00", "2014-03-14T08:30:00.000+00:00"])
        #expect(royal.map(\.isReply) == [false, true])
        #expect(royal.map(\.number) == ["1", "1"])
        #expect(royal[0].lines.map(\.text) == ["Who is going to supervise all those extra people?", "Caseloads are high enough already."])
        #expect(posts[0].comments.map(\.author) == ["Sodexo survivor"])
    }

    @Test func bloggerExportAsDocument() throws {
        let doc = try AtomFeedReader().read(text: try Fixtures.text("blogger-export.xml"), path: "x/blogger-export.xml")
        #expect(doc.format == "atom")
        #expect(doc.posts.map(\.id) == ["post:blogger-export-1", "post:blogger-export-2"])
        let royal = doc.posts[1]
        #expect(royal.datelineLine == 39)
        #expect(royal.datelineText == "2014-03-13T19:05:00.000+00:00")
        // A comment is one passage; its two lines of HTML on one source line are joined.
        #expect(royal.comments[0].passage.text == "Who is going to supervise all those extra people? Caseloads are high enough already.")
        #expect(royal.comments[0].firstLine == 76)
        // The post's range takes in its comment entries.
        #expect(royal.firstLine == 37 && royal.lastLine == 80)
        // Authors and time stamps are carried into the document model.
        #expect(doc.posts.map(\.author) == ["A. Diarist", "A. Diarist"])
        #expect(royal.comments.map(\.author) == ["Anonymous", "Anonymous"])
        #expect(royal.comments.map(\.timestamp) == ["2014-03-13T21:00:00.000+00:00", "2014-03-14T08:30:00.000+00:00"])
    }

    @Test func commentsOnPostsNotInTheFile() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
            <entry><id>c1</id><published>2016-01-15T10:00:00Z</published><content>Well said.</content>
            <thr:in-reply-to ref="post-elsewhere"/></entry>
            <entry><id>c2</id><published>2016-01-15T09:00:00Z</published><content>First!</content>
            <thr:in-reply-to ref="post-elsewhere"/></entry>
            <entry><id>c3</id><published>2016-01-15T11:00:00Z</published><content>Agreed.</content>
            <thr:in-reply-to ref="c1"/></entry>
            </feed>
            """
        let posts = try AtomFeedReader().posts(text: feed, path: "comments.xml")
        #expect(posts.count == 1)
        #expect(posts[0].title == nil && posts[0].published == nil)
        #expect(posts[0].comments.map { $0.lines.map(\.text) } == [["First!"], ["Well said."], ["Agreed."]])
        #expect(posts[0].comments.map(\.isReply) == [false, false, true])
    }

    @Test func atomTextConstructs() throws {
        let feed = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <entry>
            <title type="html">Caf&amp;eacute; &lt;b&gt;talk&lt;/b&gt;</title>
            <updated>2014-06-01T00:30:00+01:00</updated>
            <author><name>Pat</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; two.</p>
            <p>Three.</p></div></content>
            </entry>
            <entry><title>Plain</title><summary>Line one
            line two</summary></entry>
            </feed>
            """
        let posts = try AtomFeedReader().posts(text: feed, path: "feed.atom")
        #expect(posts.map(\.title) == ["Café talk", "Plain"])
        // The day as written in the entry's own offset (it is still 31 May in UTC).
        #expect(posts[0].published == CalendarDay(year: 2014, month: 6, day: 1))
        #expect(posts[0].body == [MarkupLine(line: 7, text: "One & two."), MarkupLine(line: 8, text: "Three.")])
        #expect(posts[1].body == [MarkupLine(line: 10, text: "Line one"), MarkupLine(line: 11, text: "line two")])
        #expect(posts[1].published == nil)
    }

    @Test func rssFeed() throws {
        let posts = try RSSFeedReader().posts(text: try Fixtures.text("rss-feed.xml"), path: "rss-feed.xml")
        #expect(posts.map(\.title) == ["Reunification Day", "Change of Plan", "Back to the NPS"])
        // 00:30 at +0100 on 17 May is 16 May in UTC: the day is the one written.
        #expect(posts.map(\.published) == [CalendarDay(year: 2021, month: 6, day: 26), CalendarDay(year: 2020, month: 6, day: 11),
                                           CalendarDay(year: 2019, month: 5, day: 17)])
        #expect(posts.map(\.author) == ["A. Diarist", "A. Diarist", "A. Diarist"])
        // content:encoded is preferred to description; its lines are lines of the feed.
        #expect(posts[0].body.map(\.line) == [17, 18])
        #expect(posts[1].body.map(\.line) == [26, 27])
        // Two paragraphs on one line of the feed.
        #expect(posts[2].body.map(\.line) == [34, 34])
        #expect(posts.allSatisfy { $0.comments.isEmpty })
        let doc = try RSSFeedReader().read(text: try Fixtures.text("rss-feed.xml"), path: "rss-feed.xml")
        // Two blocks on one source line become two passages, each still mapping offsets to lines.
        #expect(doc.posts[2].passages.count == 2)
        #expect(doc.posts[2].passages.allSatisfy { $0.firstLine == 34 && $0.lastLine == 34 })
    }

    @Test func feedDates() {
        #expect(FeedDate.iso8601("2015-03-03T08:00:00.000+00:00")?.day == CalendarDay(year: 2015, month: 3, day: 3))
        #expect(FeedDate.iso8601("2014-06-01T00:30:00+01:00")?.instant == FeedDate.iso8601("2014-05-31T23:30:00Z")?.instant)
        #expect(FeedDate.iso8601("2016-01-15")?.day == CalendarDay(year: 2016, month: 1, day: 15))
        #expect(FeedDate.iso8601("2016-02-30T10:00:00Z") == nil)
        #expect(FeedDate.iso8601("15 January 2016") == nil)
        #expect(FeedDate.rfc822("Tue, 03 Mar 2015 08:00:00 +0000")?.day == CalendarDay(year: 2015, month: 3, day: 3))
        #expect(FeedDate.rfc822("3 Mar 15 08:00 GMT")?.day == CalendarDay(year: 2015, month: 3, day: 3))
        #expect(FeedDate.rfc822("Sat, 26 June 2021 08:00:00 BST")?.instant == FeedDate.iso8601("2021-06-26T07:00:00Z")?.instant)
        #expect(FeedDate.rfc822("Fri, 17 May 2019 00:30:00 -0500")?.instant == FeedDate.iso8601("2019-05-17T05:30:00Z")?.instant)
        #expect(FeedDate.rfc822("yesterday") == nil)
        #expect(FeedDate.looseDay("January 15, 2016") == CalendarDay(year: 2016, month: 1, day: 15))
        #expect(FeedDate.looseDay("15th Jan 2016") == CalendarDay(year: 2016, month: 1, day: 15))
    }

    @Test func malformedFeedsNameTheLine() {
        let mismatched = "<?xml version='1.0'?>\n<rss version='2.0'>\n<channel>\n<item><title>x</titel></item>\n</channel></rss>"
        #expect {
            try RSSFeedReader().read(text: mismatched, path: "bad.rss")
        } throws: { error in
            guard case .malformed(let path, let line, let reason) = error as? CorpusError else { return false }
            return path == "bad.rss" && line == 4 && reason.contains("end tag does not match")
        }
        // An entity declared nowhere is kept as written, with a warning naming its line (HostileFeedTests).
        let entity = "<feed xmlns='http://www.w3.org/2005/Atom'>\n<entry>\n<title>a&nonesuch;b</title></entry></feed>"
        let kept = try? AtomFeedReader().read(text: entity, path: "bad.atom")
        #expect(kept?.posts.first?.title == "a&nonesuch;b")
        #expect(kept?.warnings == [.entityKept(path: "bad.atom", line: 3, name: "nonesuch", external: false)])
        // Well-formed, but not the format asked for.
        #expect(throws: CorpusError.malformed(path: "a.xml", line: 1, reason: "not an RSS feed: the root element is <feed>, not <rss>")) {
            try RSSFeedReader().read(text: "<feed xmlns='http://www.w3.org/2005/Atom'></feed>", path: "a.xml")
        }
        // Broken HTML inside an entry is reported at its line in the feed.
        let content = "<rss><channel>\n<item><title>t</title>\n<description>ok\n&lt;!-- never closed</description></item></channel></rss>"
        #expect {
            try RSSFeedReader().read(text: content, path: "c.rss")
        } throws: { error in
            guard case .malformed(_, let line, let reason) = error as? CorpusError else { return false }
            return line == 4 && reason.contains("<description>")
        }
    }

    @Test func htmlEntityNamesInFeedsAreRead() throws {
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><item><title>Napo&rsquo;s view</title>
            <description>Caf&eacute;&nbsp;talk &amp;amp; more</description></item></channel></rss>
            """
        let posts = try RSSFeedReader().posts(text: feed, path: "old.rss")
        #expect(posts.first?.title == "Napo\u{2019}s view")
        #expect(posts.first?.body == [MarkupLine(line: 4, text: "Caf\u{E9} talk & more")])
    }

    @Test func undeclaredPrefixesAreTolerated() throws {
        let feed = "<rss><channel><item><title>T</title><dc:creator>Jo</dc:creator><description>Body.</description></item></channel></rss>"
        let posts = try RSSFeedReader().posts(text: feed, path: "sloppy.rss")
        #expect(posts.map(\.author) == ["Jo"])
        #expect(posts.first?.body.map(\.text) == ["Body."])
    }
}
