import Corpus
import Testing
@testable import Extraction

/// Dates with no year or month of their own that a narrative anchors: the day of the month it has reached
/// (`on the 14th`), days and months counted from the last date (`two days later`, `the following June`),
/// seasons (`in the spring`), movable feasts (`Easter`), and bare months in a paragraph that narrates an
/// earlier year than the post's. Every sentence here is written for the test; each rule has at least three
/// wordings and twins that must not fire or must keep the post's year.
/// A case gives its reference day (the post's date) or is read against Monday 20 September 2021.
@Suite("Temporal tagger: days of the narrative's month")
struct DayOfStoryMonthTests {
    fileprivate static let cases: [TemporalCase] = [
        // the month the paragraph stated, in three wordings
        .init("March 2019. On the 12th, the council voted to close the depot.", "2021-09-20",
              ["March 2019=2019-03", "the 12th=2019-03-12"]),
        .init("The crisis came to a head in October 2018, and by the 30th the chair had gone.", "2021-09-20",
              ["October 2018=2018-10", "the 30th=2018-10-30"]),
        .init("Last May was chaotic. The board met on the 3rd and again on the 21st.", "2021-09-20",
              ["Last May=2021-05", "the 3rd=2021-05-03", "the 21st=2021-05-21"]),
        // after a stated day, an earlier day of the month is in the next month
        .init("The review opened on 25 June 2020 and closed on the 4th.", "2021-09-20",
              ["25 June 2020=2020-06-25", "the 4th=2020-07-04"]),
        // with no month in the paragraph: the post's month, or the one before for a day still to come
        .init("The results went online on the 10th.", "2021-09-20", ["the 10th=2021-09-10"]),
        .init("Their report came out on the 28th.", "2021-09-20", ["the 28th=2021-08-28"]),
        // twins: ordinals that are not days
        .init("The office is on the 5th floor of the tower.", "2021-09-20", []),
        .init("Workhouses go back to the 17th century.", "2021-09-20", []),
        .init("She came 3rd in the ballot.", "2021-09-20", []),
        .init("It was the 2nd time the plan had failed.", "2021-09-20", []),
        .init("Read it on the 1st of June 2020.", "2021-09-20", ["1st of June 2020=2020-06-01"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }

    @Test("a month from another paragraph is not the narrative's month")
    func otherParagraph() {
        let e = taggedDates("In April 2019 the trust was fined.\nThe inspectors returned on the 9th.", "2021-09-20")
        #expect(e == ["April 2019=2019-04", "the 9th=2021-09-09"])
    }
}

@Suite("Temporal tagger: counted from the last date")
struct CountedFromLastDateTests {
    fileprivate static let cases: [TemporalCase] = [
        .init("The minister resigned on 3 May 2017. The next day his deputy took over.", "2021-09-20",
              ["3 May 2017=2017-05-03", "The next day=2017-05-04"]),
        .init("Ballots closed on 9 March 2022 and the following day the union named a strike date.", "2021-09-20",
              ["9 March 2022=2022-03-09", "the following day=2022-03-10"]),
        .init("A judge halted the sale on 1 December 2015; the previous day the buyer had walked away.", "2021-09-20",
              ["1 December 2015=2015-12-01", "the previous day=2015-11-30"]),
        // a part of the day after (before) the day last named
        .init("The polls closed on 4 May 2021, and the next morning the count began.", "2021-09-20",
              ["4 May 2021=2021-05-04", "the next morning=2021-05-05"]),
        .init("The strike began on 2 March 2019; the previous evening talks had collapsed.", "2021-09-20",
              ["2 March 2019=2019-03-02", "the previous evening=2019-03-01"]),
        // twin: with no day named before it, nothing
        .init("In May 2021 the polls closed, and the next morning the count began.", "2021-09-20", ["May 2021=2021-05"]),
        // `the day before yesterday`, `the day after tomorrow`: two days from the post's
        .init("The day before yesterday the union balloted its members.", "2021-09-20", ["The day before yesterday=2021-09-18"]),
        .init("The vote is the day after tomorrow.", "2021-09-20", ["the day after tomorrow=2021-09-22"]),
        .init("The trust collapsed on 2 July 2018. Two days later the council stepped in.", "2021-09-20",
              ["2 July 2018=2018-07-02", "Two days later=2018-07-04"]),
        .init("The audit was published on 20 June 2016, nine days earlier than planned.", "2021-09-20",
              ["20 June 2016=2016-06-20"]),
        .init("Staff were told on 20 June 2016, nine days earlier, that the site would shut.", "2021-09-20",
              ["20 June 2016=2016-06-20", "nine days earlier=2016-06-11"]),
        .init("The bill passed on 4 April 2019 and a week later it was law.", "2021-09-20",
              ["4 April 2019=2019-04-04", "a week later=2019-04-11"]),
        // months and seasons of the next (or previous) year
        .init("In June 2019 the board decided that, from the following June, the grant would end.", "2021-09-20",
              ["June 2019=2019-06", "the following June=2020-06"]),
        .init("The scheme opened in March 2014 and was closed the following October.", "2021-09-20",
              ["March 2014=2014-03", "the following October=2014-10"]),
        .init("The merger was agreed in autumn 2021 and took effect the following spring.", "2021-09-20",
              ["autumn 2021=2021-FA", "the following spring=2022-SP"]),
        .init("By May 2022 the fund was empty; it had been topped up the previous October.", "2021-09-20",
              ["May 2022=2022-05", "the previous October=2021-10"]),
        .init("The college was inspected in 2015 and again the next spring.", "2021-09-20",
              ["2015=2015", "the next spring=2016-SP"]),
        // `the year before` at the end of a clause
        .init("The depot shut in 2016, though it had been losing money the year before.", "2021-09-20",
              ["2016=2016", "the year before=2015"]),
        .init("In 2012 the fees went up, and they went up again the year after.", "2021-09-20",
              ["2012=2012", "the year after=2013"]),
        // a past-tense `that spring` does not count from a date ahead of the post
        .init("The rules took effect on 1 April 2019 and run until the end of 2030. The old panel was wound up that spring.", "2021-09-20",
              ["1 April 2019=2019-04-01", "the end of 2030=2030-12", "that spring=2019-SP"]),
        .init("The rules took effect on 1 April 2019 and run until the end of 2030. The new panel will be chosen that spring.", "2021-09-20",
              ["1 April 2019=2019-04-01", "the end of 2030=2030-12", "that spring=2030-SP"]),
        .init("The agency was set up in May 2010 and its new chief was appointed in April that year.", "2021-09-20",
              ["May 2010=2010-05", "April that year=2010-04"]),
        .init("The home closed in 2012, and the residents moved in May of that year.", "2021-09-20",
              ["2012=2012", "May of that year=2012-05"]),
        // twins: spans, not dates
        .init("Over the next day or two the queues grew.", "2021-09-20", []),
        .init("Nothing much will change for the next day.", "2021-09-20", []),
        .init("2015 was the year before the election.", "2021-09-20", ["2015=2015"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }

    @Test("with no day before it, `the next day` is not reported")
    func nothingBefore() {
        #expect(taggedDates("The next day the protesters went home.", "2021-09-20") == [])
    }
}

@Suite("Temporal tagger: seasons with no year")
struct BareSeasonTests {
    fileprivate static let cases: [TemporalCase] = [
        // the year the paragraph narrates
        .init("On 23 March 2020 the libraries shut, and in the summer they reopened for collections.",
              "2021-02-10", ["23 March 2020=2020-03-23", "the summer=2020-SU"]),
        .init("The ward was rebuilt in 2017. Patients returned during the autumn.",
              "2021-02-10", ["2017=2017", "the autumn=2017-FA"]),
        // the post's year, looking back
        .init("The consultation closed in the spring.", "2021-09-20", ["the spring=2021-SP"]),
        .init("Fees have been rising since the summer.", "2021-09-20", ["the summer=2021-SU"]),
        .init("The pilot ended in the autumn.", "2021-07-10", ["the autumn=2020-FA"]),
        .init("The helpline was set up in the spring.", "2021-04-10", ["the spring=2020-SP"]),
        .init("The helpline has been busy since the spring.", "2021-06-10", ["the spring=2021-SP"]),
        // looking forward: the next one
        .init("Ministers say the new rules will apply from the spring.", "2021-09-20", ["the spring=2022-SP"]),
        .init("A decision is expected in the autumn.", "2021-03-20", ["the autumn=2021-FA"]),
        .init("The board could publish its plan by the summer.", "2021-09-20", ["the summer=2022-SU"]),
        // twins
        .init("The schools close for the summer holidays next week.", "2021-06-20", ["next week=2021-06"]),
        .init("Beds are short in the winter months.", "2021-06-20", []),
        .init("She said the spring was the best season.", "2021-06-20", []),
        .init("It was announced in the Spring Statement.", "2021-06-20", []),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}

@Suite("Temporal tagger: Easter")
struct EasterTests {
    @Test("Easter Sunday by the computus")
    func computus() {
        #expect(CalendarDay.easterSunday(year: 2016)?.iso == "2016-03-27")
        #expect(CalendarDay.easterSunday(year: 2019)?.iso == "2019-04-21")
        #expect(CalendarDay.easterSunday(year: 2022)?.iso == "2022-04-17")
        #expect(CalendarDay.easterSunday(year: 2038)?.iso == "2038-04-25")
        #expect(CalendarDay.easterSunday(year: 2008)?.iso == "2008-03-23")
    }

    fileprivate static let cases: [TemporalCase] = [
        .init("The closures were announced in March 2018, and by Easter the first branch had gone.",
              "2021-09-20", ["March 2018=2018-03", "Easter=2018-04-01"]),
        .init("The bishop attacked the cuts in his Easter sermon.", "2021-09-20", ["Easter=2021-04-04"]),
        .init("The strike began on Easter Monday 2019.", "2021-09-20", ["Easter Monday 2019=2019-04-22"]),
        .init("The new timetable will start after Easter.", "2021-02-01", ["Easter=2021-04-04"]),
        .init("Talks broke down before Easter Sunday.", "2021-02-01", ["Easter Sunday=2020-04-12"]),
        // twins: names
        .init("The Easter Rising is a century old.", "2016-04-20", []),
        .init("Flights to Easter Island were cut.", "2016-04-20", []),
        .init("The chocolate was eaten by the easter bunny.", "2016-04-20", []),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}

@Suite("Temporal tagger: months in a paragraph narrating an earlier year")
struct StoryMonthTests {
    fileprivate static let cases: [TemporalCase] = [
        // the paragraph's own season or month sets the year
        .init("In the spring of 2014 waiting lists doubled. By June they were the longest on record.",
              "2022-06-14", ["the spring of 2014=2014-SP", "June=2014-06"]),
        .init("By the summer of 2015 the regulator had seen enough. In July it announced a review.",
              "2021-03-30", ["the summer of 2015=2015-SU", "July=2015-07"]),
        .init("The pilot started in October 2016. In February the minister declared it a success.",
              "2021-03-30", ["October 2016=2016-10", "February=2017-02"]),
        .init("Results came out on 4 August 2020. The appeals followed on 13 August.",
              "2022-08-15", ["4 August 2020=2020-08-04", "13 August=2020-08-13"]),
        // twins: a bare year is background, another paragraph is another story, the post's own year stays
        .init("The firm ran the prisons from 2006 to 2017. In May the regulator fined it.",
              "2021-09-20", ["2006=2006", "2017=2017", "May=2021-05"]),
        .init("The riot was in December 2016.\nIn May the committee condemned the company.",
              "2018-08-20", ["December 2016=2016-12", "May=2018-05"]),
        .init("It was first set up in January 2021. In March it moved to Leeds.",
              "2021-09-20", ["January 2021=2021-01", "March=2021-03"]),
        // a date in brackets or in quotation marks is an aside, not the narrative's date
        .init("The charity (founded in April 2009) had a hard year. In June it closed its shops.",
              "2021-09-20", ["April 2009=2009-04", "June=2021-06"]),
        .init("He told us: \"We first met in June 2015.\" In March the deal was off.",
              "2021-09-20", ["June 2015=2015-06", "March=2021-03"]),
        .init("The charity had a hard year in April 2019. In June it closed its shops.",
              "2021-09-20", ["April 2019=2019-04", "June=2019-06"]),
        // a month before a noun of a happening
        .init("On 23 March 2020 the courts closed, and they closed again in the November lockdown.",
              "2021-02-10", ["23 March 2020=2020-03-23", "November=2020-11"]),
        .init("She lost her job in the July reshuffle.", "2021-09-20", ["July=2021-07"]),
        .init("The May government fell.", "2021-09-20", []),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}

@Suite("Temporal tagger: a day read on from the paragraph before")
struct DayAfterParagraphTests {
    @Test("a day and month with no year follows a day stated in an earlier year in the paragraph before")
    func readsOn() {
        let a = taggedDates("On 17 August 2020 the board gave way.\nThe chair resigned on 25 August.", "2022-08-15")
        #expect(a == ["17 August 2020=2020-08-17", "25 August=2020-08-25"])
        let b = taggedDates("Results came out on 4 March 2019.\nOn 9 March the appeals opened.", "2021-05-20")
        #expect(b == ["4 March 2019=2019-03-04", "9 March=2019-03-09"])
        let c = taggedDates("The firm failed on 3 June 2018.\nThe regulator stepped in on 1 July, too late.", "2021-05-20")
        #expect(c == ["3 June 2018=2018-06-03", "1 July=2018-07-01"])
    }

    @Test("a year or a month alone in the paragraph before does not lend its year; two paragraphs back is too far")
    func twins() {
        let a = taggedDates("The firm was founded in 2018.\nThe chair resigned on 25 August.", "2022-08-15")
        #expect(a == ["2018=2018", "25 August=2022-08-25"])
        let b = taggedDates("On 17 August 2020 the board gave way.\nNothing changed.\nThe chair resigned on 25 August.",
                            "2022-08-15")
        #expect(b == ["17 August 2020=2020-08-17", "25 August=2022-08-25"])
    }
}
