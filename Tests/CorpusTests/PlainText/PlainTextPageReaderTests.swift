import Corpus
import Foundation
import Testing

/// Segmentation of pages written for these tests.
@Suite struct PlainTextPageReaderTests {
    let reader = PlainTextPageReader()

    @Test func datelineForms() {
        #expect(Dateline.parse("Friday, 15 January 2016")?.day == CalendarDay(year: 2016, month: 1, day: 15))
        #expect(Dateline.parse("Sunday 19 June 2016")?.day == CalendarDay(year: 2016, month: 6, day: 19))
        #expect(Dateline.parse("Thursday 31 October 2019")?.day == CalendarDay(year: 2019, month: 10, day: 31))
        #expect(Dateline.parse("Friday, January 15, 2016")?.day == CalendarDay(year: 2016, month: 1, day: 15))
        #expect(Dateline.parse("  Monday, 2 June 2014  ")?.text == "Monday, 2 June 2014")
        // A day that does not exist is still a dateline (the post and its title are kept), without a day.
        #expect(Dateline.parse("Friday, 31 February 2016")?.text == "Friday, 31 February 2016")
        #expect(Dateline.parse("Friday, 31 February 2016")?.day == .some(nil))
        #expect(Dateline.parse("Friday, 32 January 2016") == nil)
        // Years outside what a policy history states are no dateline.
        #expect(Dateline.parse("Friday, 1 January 9999") == nil)
        #expect(Dateline.parse("Friday, 1 January 1750") == nil)
        #expect(Dateline.parse("On Friday, 15 January 2016 we met") == nil)
        #expect(Dateline.parse("Friday was a day") == nil)
    }

    @Test func anImpossibleDatelineKeepsItsPostAndWarns() {
        let text = "Monday, 31 February 2015\n\nA Title Kept\n\nThe hostel shut on 3 February 2015.\n"
        let doc = PlainTextPageReader().read(text: text, path: "p.txt")
        #expect(doc.posts.count == 1)
        #expect(doc.posts[0].title == "A Title Kept")
        #expect(doc.posts[0].published == nil)
        #expect(doc.posts[0].datelineLine == 1)
        #expect(doc.warnings == [.impossibleDateline(path: "p.txt", line: 1, text: "Monday, 31 February 2015")])
        #expect(doc.warnings[0].description == "p.txt:1: dateline \"Monday, 31 February 2015\" names a day that does not exist; the post's date is inferred from its text")
    }

    @Test func aTitleAboveItsDatelineIsTheTitleAndTheFirstParagraphIsBody() {
        let text = "Harbour Homes Hands Back the Keys\nTuesday, 3 March 2020\n\nLast week Harbour Homes gave up the Eastside estate. The council now runs it.\n\nTenants were not asked.\n"
        let doc = reader.read(text: text, path: "p.txt")
        #expect(doc.posts.count == 1)
        #expect(doc.posts[0].title == "Harbour Homes Hands Back the Keys")
        #expect(doc.posts[0].titleLine == 1)
        #expect(doc.posts[0].published == CalendarDay(year: 2020, month: 3, day: 3))
        #expect(doc.posts[0].passages.first?.firstLine == 4)
        // the usual order (dateline, blank, title, body) is unchanged
        let usual = "Tuesday, 3 March 2020\n\nA Short Title\n\nLast week Harbour Homes gave up the estate. The council runs it.\n"
        let u = reader.read(text: usual, path: "u.txt")
        #expect(u.posts.count == 1 && u.posts[0].title == "A Short Title")
        #expect(u.posts[0].passages.first?.firstLine == 5)
        // a sentence above a dateline is no title, and a short line after it stays the title
        let prose = "The clinic closed in May.\nTuesday, 3 March 2020\n\nNew Beginnings\n\nThe trust reopened it. Staff came back.\n"
        let p = reader.read(text: prose, path: "q.txt")
        #expect(p.posts.last?.title == "New Beginnings")
    }

    @Test func aTitleOneBlankLineAboveItsDatelineIsTheTitleWhenAParagraphFollows() {
        let text = "Harbour Homes Hands Back the Keys\n\nTuesday, 3 March 2020\n\nThe chief executive, Ann Reed, gave up the Eastside estate last week. The council now runs it.\n\nTenants were not asked.\n"
        let doc = reader.read(text: text, path: "p.txt")
        #expect(doc.posts.count == 1)
        #expect(doc.posts[0].title == "Harbour Homes Hands Back the Keys")
        #expect(doc.posts[0].titleLine == 1)
        #expect(doc.posts[0].published == CalendarDay(year: 2020, month: 3, day: 3))
        // the first paragraph is body, not a title
        #expect(doc.posts[0].passages.first?.firstLine == 5)
        // a title after the dateline keeps the usual reading: the line two above is the end of the post before
        let two = "Monday, 2 March 2020\n\nFirst Post\n\nThe trust met.\n\nSecond Post Heading\n\nTuesday, 3 March 2020\n\nA Short Title\n\nThe council met. It agreed the budget.\n"
        let d2 = reader.read(text: two, path: "q.txt")
        #expect(d2.posts.count == 2)
        #expect(d2.posts[1].title == "A Short Title")
        // a signature two lines above a later post's dateline stays with its post
        let signed = "Monday, 2 March 2020\n\nFirst Post\n\nThe trust met.\n\nTom\n\nTuesday, 3 March 2020\n\nThe council met on Monday. It agreed the budget.\n"
        let d3 = reader.read(text: signed, path: "s.txt")
        #expect(d3.posts.count == 2)
        #expect(d3.posts[1].title == nil)
        #expect(d3.posts[0].passages.last?.lastLine == 7)
    }

    @Test func aParagraphRightAfterADatelineIsBodyNotTitle() {
        let text = "Tuesday, 3 March 2020\n\nThe chief executive, Ann Reed, gave up the Eastside estate last week. The council now runs it.\n"
        let doc = reader.read(text: text, path: "p.txt")
        #expect(doc.posts.count == 1)
        #expect(doc.posts[0].title == nil)
        #expect(doc.posts[0].passages.first?.firstLine == 3)
        // a short line there is still the title
        let titled = "Tuesday, 3 March 2020\n\nThe Keys Handed Back\n\nThe council now runs it.\n"
        #expect(reader.read(text: titled, path: "t.txt").posts[0].title == "The Keys Handed Back")
    }

    @Test func linesSplitOnNewlinesWithOrWithoutCarriageReturns() {
        #expect(PlainTextPageReader.splitLines("") == [])
        #expect(PlainTextPageReader.splitLines("one") == ["one"])
        #expect(PlainTextPageReader.splitLines("one\n\ntwo\n") == ["one", "", "two"])
        #expect(PlainTextPageReader.splitLines("one\n\n") == ["one", ""])
        #expect(PlainTextPageReader.splitLines("caf\u{E9}\r\nna\u{EF}ve\r\n\r\nend\r") == ["caf\u{E9}", "na\u{EF}ve", "", "end"])
        // A page saved with Windows line ends reads as the same page with Unix ones.
        let unix = "Tuesday, 3 March 2015\n\nA Title Here\n\nThe Parole Board met on 2 March 2015.\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = reader.read(text: unix, path: "p.txt"), b = reader.read(text: windows, path: "p.txt")
        #expect(a.posts.count == 1)
        #expect(a == b)
    }

    @Test func onePostWithNumberedComments() {
        let page = """
            Tuesday, 3 March 2015

            A Title Here

            First paragraph of the body.

            Second paragraph:-

            A quoted line from a report.

            3 comments:

              1. First comment
                continues here.

                ReplyDelete
                Replies
                1. A reply to it.

                  Delete
              2. Second comment.

                ReplyDelete
            """
        let doc = reader.read(text: page, path: "dir/page.txt")
        #expect(doc.id == "doc:page")
        #expect(doc.posts.count == 1)
        let post = doc.posts[0]
        #expect(post.published == CalendarDay(year: 2015, month: 3, day: 3))
        #expect(post.title == "A Title Here")
        #expect(post.titleLine == 3)
        #expect(post.datelineLine == 1)
        #expect(post.passages.map(\.kind) == [.body, .quoted])
        #expect(post.passages[0].firstLine == 5 && post.passages[0].lastLine == 7)
        #expect(post.passages[1].firstLine == 9)
        #expect(post.comments.count == 3)
        #expect(post.comments.map(\.number) == ["1", "1", "2"])
        #expect(post.comments.map(\.isReply) == [false, true, false])
        #expect(post.comments[0].firstLine == 13 && post.comments[0].lastLine == 14)
        #expect(post.comments[0].passage.text.trimmingCharacters(in: .whitespaces).hasPrefix("First comment"))
        #expect(post.comments[2].firstLine == 21)
        #expect(post.lastLine == 23)
    }

    @Test func labelPageWithTwoPostsAndStarComments() {
        let page = """
            Showing posts with label TR. Show all posts
            Showing posts with label TR. Show all posts

            Saturday, 1 August 2015

            Later Post

            Body of the later post.
            *******
            A picked comment.
            *******
            Another picked comment.

            Monday 1 June 2015

            Earlier Post

            Body text.
            --oo00oo--
            More body text after a break.
            """
        let doc = reader.read(text: page, path: "label.txt")
        #expect(doc.posts.count == 2)
        #expect(doc.posts.map(\.firstLine) == [4, 14])
        #expect(doc.posts.map(\.title) == ["Later Post", "Earlier Post"])
        #expect(doc.posts[0].comments.count == 2)
        #expect(doc.posts[0].comments.map(\.firstLine) == [10, 12])
        #expect(doc.posts[0].lastLine == 12)
        #expect(doc.posts[1].comments.isEmpty)
        #expect(doc.posts[1].passages.map(\.firstLine) == [18, 20])
    }

    @Test func pageWithoutDatelineIsOneUndatedPost() {
        let page = """
            Some opening words of a post whose dateline was lost.
            A second line.
            A first reader's comment.
            ReplyDeleteA reader answers here.
            DeleteAnother reader.
            """
        let doc = reader.read(text: page, path: "x.txt")
        #expect(doc.posts.count == 1)
        #expect(doc.posts[0].published == nil)
        #expect(doc.posts[0].title == nil)
        #expect(doc.posts[0].passages.count == 1)
        #expect(doc.posts[0].comments.count == 3)
        #expect(doc.posts[0].comments[0].firstLine == 3)
        // The glued link text is blanked, keeping byte offsets.
        #expect(doc.posts[0].comments[1].passage.text == "           A reader answers here.")
    }

    @Test func gluedLinkTextAfterStarSeparatedComments() {
        let page = """
            Opening words of a post with no dateline.
            *****
            A first comment picked out by the author,
            running over two lines.
            --oo00oo--
            A quoted article under the break.
            A later comment of one line.
            ReplyDeleteA reader answers here.
            """
        let doc = reader.read(text: page, path: "y.txt")
        let starts = doc.posts[0].comments.map(\.firstLine)
        // The line before Blogger's first glued link text ends a comment, so it starts one of its own.
        #expect(starts == [3, 6, 7, 8])
        #expect(doc.posts[0].comments[0].lastLine == 4)
    }

    @Test func emptyAndWhitespacePages() {
        #expect(reader.read(text: "", path: "e.txt").posts.isEmpty)
        #expect(reader.read(text: "  \n\n \t\n", path: "w.txt").posts.isEmpty)
    }

    @Test func lineMappingOfPassageOffsets() {
        let p = Passage(kind: .body, firstLine: 10, lastLine: 12, text: "ab\ncd\nef")
        #expect(p.line(atUTF8Offset: 0) == 10)
        #expect(p.line(atUTF8Offset: 3) == 11)
        #expect(p.line(atUTF8Offset: 7) == 12)
        // A line break belongs to the line it ends.
        #expect(p.line(atUTF8Offset: 2) == 10)
        #expect(p.line(atUTF8Offset: 5) == 11)
        #expect(p.line(atUTF8Offset: 6) == 12)
        var q = p
        q.text = "a\nb\nc\nd"
        #expect(q.line(atUTF8Offset: 6) == 13)
    }

    @Test func calendarArithmetic() {
        let d = CalendarDay(year: 2016, month: 2, day: 29)!
        #expect(d.adding(days: 1) == CalendarDay(year: 2016, month: 3, day: 1))
        #expect(CalendarDay(year: 2015, month: 2, day: 29) == nil)
        #expect(CalendarDay(dayNumber: d.dayNumber) == d)
        #expect(CalendarDay(year: 2016, month: 1, day: 15)!.weekday == 5)  // a Friday
        #expect(CalendarDay(year: 2016, month: 1, day: 1)!.firstOfMonth(addingMonths: -1) == CalendarDay(year: 2015, month: 12, day: 1))
    }
}
