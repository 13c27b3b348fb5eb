import Testing
@testable import Extraction

/// Date phrases that used to go unread or read the wrong way: `in the new year` (the year after the one the
/// clause speaks from) and a bare month in a `when`/`once` clause whose plural subject takes a present verb
/// with no `-s` (`when the rents go up in April`: the coming April). Every sentence is written for the test;
/// each rule has twins that must keep the old reading.
@Suite("Temporal tagger: phrases once left unread")
struct DateUnreadPhraseTests {
    fileprivate static let cases: [TemporalCase] = [
        // `in the new year`, said of the future or in the present: the year after the post's
        .init("The housing department will publish its revised plan in the new year.", "2019-11-14",
              ["the new year=2020"]),
        .init("Talks with the unions resume in the New Year.", "2019-12-02", ["the New Year=2020"]),
        // in a past narrative: the year after the last date read
        .init("In October 2011 the regulator said it would report on the tariffs in the new year.", "2016-05-05",
              ["October 2011=2011-10", "the new year=2012"]),
        // twins: an occasion, not a time (the holiday keeps its own reading)
        .init("She was knighted in the New Year honours.", "2019-11-14", []),
        .init("The shops were busy in the new year sales.", "2019-11-14", []),
        .init("The clinic closed on New Year's Day.", "2019-11-14", ["New Year's Day=2020-01-01"]),
        // `Christmas` with its year is a date after any word: its December
        .init("Food banks ran short in the run-up to Christmas 2019.", "2021-03-04", ["Christmas 2019=2019-12"]),
        // twins: with no year and no preposition of time, a name of the season's trade, not a date
        .init("Food banks ran short in the run-up to Christmas.", "2021-03-04", []),
        .init("The Christmas market returned to the square.", "2021-03-04", []),
        // a month after `the first week of`, `the last days of`: the month
        .init("The ward closed in the first week of March and reopened in the last days of June.", "2021-09-01",
              ["March=2021-03", "June=2021-06"]),
        // twin: a month after `of` with no word of a part of it is not read (`the Friends of May` style names)
        .init("The minutes of March were never published.", "2021-09-01", []),
        // `that day` after a stated day: that day
        .init("On 3 March 2014 the first trams ran, and the mayor rode one that day.", "2016-05-05",
              ["3 March 2014=2014-03-03", "that day=2014-03-03"]),
        .init("The ward reopened on 9 June 2019. On that day forty patients moved back.", "2021-05-05",
              ["9 June 2019=2019-06-09", "that day=2019-06-09"]),
        .init("On 1 May 2012 the first trains ran and the mayor launched them that day at the depot.", "2016-05-05",
              ["1 May 2012=2012-05-01", "that day=2012-05-01"]),
        // twins: with no day named before it, or opening a clause after a verb of saying, it is not read
        .init("In March 2014 the first trams ran, and the mayor rode one that day.", "2016-05-05", ["March 2014=2014-03"]),
        .init("On 3 March 2014 the mayor said that day trips would be free.", "2016-05-05", ["3 March 2014=2014-03-03"]),
        // a bare month after `when the <plural noun> <present verb>`: the post's year
        .init("Households will struggle when the bills land in October.", "2022-08-30", ["October=2022-10"]),
        .init("Few tenants can cope once the rents go up in April.", "2023-01-20", ["April=2023-04"]),
        // twins: a past verb keeps the month in the past
        .init("Households struggled when the bills landed in October.", "2022-08-30", ["October=2021-10"]),
        .init("Few tenants coped once the rents rose in April.", "2023-01-20", ["April=2022-04"]),
        // twin: a singular verb with no subordinator leaves the month as it was read
        .init("The rents rose in April.", "2023-01-20", ["April=2022-04"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
