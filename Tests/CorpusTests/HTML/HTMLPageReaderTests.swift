import Corpus
import Testing

/// Reading pages saved as HTML: the fixtures and short pages written for these tests.
@Suite struct HTMLPageReaderTests {
    let reader = HTMLPageReader()

    @Test func postPageWithThreadedComments() throws {
        let posts = try reader.posts(text: try Fixtures.text("post-page.html"), path: "post-page.html")
        #expect(posts.count == 1)
        let post = posts[0]
        #expect(post.title == "Two Services From One")
        #expect(post.titleLine == 38)
        #expect(post.published == CalendarDay(year: 2014, month: 6, day: 26))
        #expect(post.dateText == "Thursday, 26 June 2014")
        #expect(post.dateLine == 32)
        #expect(post.author == "A. Diarist")
        #expect(post.body.first == MarkupLine(line: 44, text: "This month the split finally happened. From 1 June the National Probation Service took the high-risk cases and 21 Community Rehabilitation Companies took the rest."))
        // Scripts, styles, navigation, sidebar widgets, footers and share buttons are not text of the post.
        let all = post.body.map(\.text).joined(separator: "\n")
        for absent in ["Next Blog", "Popular Posts", "Email This", "Labels:", "Posted by", "not a post", "font:"] {
            #expect(!all.contains(absent), "\(absent)")
        }
        #expect(post.comments.map(\.author) == ["Anonymous", "NW officer", "Anonymous"])
        #expect(post.comments.map(\.timestamp) == ["26 June 2014 at 09:12", "26 June 2014 at 10:40", "27 June 2014 at 18:03"])
        #expect(post.comments.map(\.number) == ["1", "1", "2"])
        #expect(post.comments.map(\.isReply) == [false, true, false])
        #expect(post.comments[1].lines == [MarkupLine(line: 97, text: "Same here in the North West. Nobody asked us which side we wanted.")])
    }

    @Test func documentFromThePostPage() throws {
        let doc = try reader.read(text: try Fixtures.text("post-page.html"), path: "dir/post-page.html")
        #expect(doc.id == "doc:post-page")
        #expect(doc.format == "html")
        let post = try #require(doc.posts.first)
        #expect(post.id == "post:post-page-1")
        #expect(post.datelineLine == 32 && post.datelineText == "Thursday, 26 June 2014")
        #expect(post.passages.map(\.kind) == [.body, .quoted, .body])
        // The ":-" line introduces quoted material that runs to the "--oo00oo--" break.
        #expect(post.passages[1].firstLine == 50)
        #expect(post.passages[1].text.hasPrefix("Every offender released"))
        #expect(post.firstLine == 32)
        #expect(post.lastLine >= post.comments.last!.lastLine)
    }

    @Test func archivePageWithDateHeadersAndStarPicks() throws {
        let doc = try reader.read(text: try Fixtures.text("archive-page.html"), path: "archive-page.html")
        #expect(doc.posts.map(\.title) == ["One Service Again", "Early Exit", "Goodbye NOMS"])
        #expect(doc.posts.map(\.published) == [CalendarDay(year: 2021, month: 6, day: 26), CalendarDay(year: 2018, month: 7, day: 27),
                                               CalendarDay(year: 2017, month: 4, day: 1)])
        // The label-page header is not a post and not in one.
        #expect(!doc.posts.flatMap(\.allPassages).contains { $0.text.contains("Showing posts") })
        // Reader reactions after "*******" are comments; the blockquote is quoted material.
        #expect(doc.posts[1].comments.count == 2)
        #expect(doc.posts[1].comments.allSatisfy { $0.number == nil && !$0.isReply })
        #expect(doc.posts[2].passages.map(\.kind).contains(.quoted))
        // Posts do not overlap.
        for (a, b) in zip(doc.posts, doc.posts.dropFirst()) { #expect(a.lastLine < b.firstLine) }
    }

    @Test func postsSharingOneDateHeader() throws {
        let page = """
            <html><body>
            <h2 class="date-header"><span>Monday, 2 June 2014</span></h2>
            <div class="post hentry"><h3 class="post-title">Morning</h3>
            <div class="post-body">First post of the day.</div></div>
            <div class="post hentry"><h3 class="post-title">Evening</h3>
            <div class="post-body">Second post of the day.</div></div>
            </body></html>
            """
        let doc = try reader.read(text: page, path: "two.html")
        #expect(doc.posts.map(\.title) == ["Morning", "Evening"])
        #expect(doc.posts.map(\.published) == [CalendarDay(year: 2014, month: 6, day: 2), CalendarDay(year: 2014, month: 6, day: 2)])
        #expect(doc.posts.map(\.firstLine) == [2, 5])
        #expect(doc.posts[1].passages.first?.text == "Second post of the day.")
    }

    @Test func olderCommentTemplateAndMachineDates() throws {
        let page = """
            <div class="post"><h3 class="entry-title">Inspection Day</h3>
            <abbr class="published" title="2016-03-01T09:00:00+00:00">9:00 AM</abbr>
            <div class="entry-content">The inspectors arrived at 9.</div></div>
            <div id="comments"><h4>2 comments:</h4>
            <dl id="comments-block">
            <dt class="comment-author"><a name="c1"></a>Anonymous said...</dt>
            <dd class="comment-body"><p>About time.</p></dd>
            <dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">1 March 2016 at 10:00</a></span></dd>
            <dt class="comment-author">Pat said...</dt>
            <dd class="comment-body"><p>They only saw the managers.</p></dd>
            </dl></div>
            """
        let posts = try reader.posts(text: page, path: "old.html")
        #expect(posts.count == 1)
        #expect(posts[0].published == CalendarDay(year: 2016, month: 3, day: 1))
        #expect(posts[0].dateLine == 2)
        #expect(posts[0].comments.map(\.author) == ["Anonymous", "Pat"])
        #expect(posts[0].comments.map(\.timestamp) == ["1 March 2016 at 10:00", nil])
        #expect(posts[0].comments.map { $0.lines.map(\.text) } == [["About time."], ["They only saw the managers."]])
    }

    @Test func pagesWithoutBloggerClasses() throws {
        let articles = """
            <html><head><title>Site</title></head><body><nav>Home | About</nav>
            <article><h2>First</h2><time datetime="2019-05-16">16 May</time><p>One.</p></article>
            <article><h2>Second</h2><p>Two.</p><footer>Share</footer></article>
            </body></html>
            """
        let doc = try reader.read(text: articles, path: "site.html")
        #expect(doc.posts.map(\.title) == ["First", "Second"])
        #expect(doc.posts[0].published == CalendarDay(year: 2019, month: 5, day: 16))
        #expect(doc.posts[1].published == nil)
        #expect(doc.posts[1].passages.map(\.text) == ["Two."])

        let plain = "<html><body><h1>A Page</h1>\n<p>Some text.</p></body></html>"
        let one = try reader.read(text: plain, path: "page.html")
        #expect(one.posts.count == 1)
        #expect(one.posts[0].title == "A Page")
        #expect(one.posts[0].passages.map(\.text) == ["Some text."])
        #expect(one.posts[0].passages.first?.firstLine == 2)
    }

    @Test func malformedPageNamesFileAndLine() {
        let page = "<html><body>\n<p>fine</p>\n<!-- an unfinished comment\n<p>lost</p>"
        #expect(throws: CorpusError.malformed(path: "cut.html", line: 3, reason: "malformed HTML: comment \"<!--\" is never closed")) {
            try reader.read(text: page, path: "cut.html")
        }
    }
}

@Suite struct HTMLImpossibleDateTests {
    @Test func aDateHeaderNamingADayThatDoesNotExistIsReportedAndThePostKept() throws {
        let page = """
            <html><body>
            <h2 class="date-header"><span>Monday, 31 February 2015</span></h2>
            <div class="post"><h3 class="post-title">Kept Title</h3>
            <div class="post-body">The hostel shut on 3 February 2015.</div></div>
            </body></html>
            """
        let doc = try HTMLPageReader().read(text: page, path: "p.html")
        #expect(doc.posts.map(\.title) == ["Kept Title"])
        #expect(doc.posts.first?.published == nil)
        #expect(doc.warnings == [.impossibleDateline(path: "p.html", line: 2, text: "Monday, 31 February 2015")])
    }
}
