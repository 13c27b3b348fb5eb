import Testing
@testable import Extraction

/// Forms the tagger used to miss or misread: `midnight`, years before 1800, a part of a season with no year,
/// `last June` said just after June, a year that ends a law's name, a month after a year earlier in its
/// sentence, and a past-perfect month in a paragraph narrating an earlier year. Every sentence is written for
/// the test; each rule has twins that must keep the old reading.
@Suite("Temporal tagger: midnight, early years, parts of seasons, last month just past, years of laws")
struct DateGapTests {
    fileprivate static let cases: [TemporalCase] = [
        // midnight with no day after it: the post's own day
        .init("The last franchise contracts ended at midnight and the staff moved across.", "2021-06-26", ["midnight=2021-06-26"]),
        .init("As of midnight the depots belong to their new owners.", "2015-02-01", ["midnight=2015-02-01"]),
        .init("The old tariff applies until midnight, when the cap rises.", "2022-09-30", ["midnight=2022-09-30"]),
        // twins: a day named after it is the date; no preposition, no date
        .init("The polls closed at midnight on Friday.", "2021-05-20", ["Friday=2021-05-14"]),
        .init("Midnight feasts were a boarding school tradition.", "2021-05-20", []),
        // years before 1800 after a preposition of time
        .init("None of them expected that a guild founded in 1516 would answer to an owner abroad.", "2022-05-01", ["1516=1516"]),
        .init("The market hall was rebuilt after 1666, in stone.", "2022-05-01", ["1666=1666"]),
        // twins: counts
        .init("The scheme insulated roofs in 1500 homes.", "2022-05-01", []),
        .init("The fund paid out 1650 grants.", "2022-05-01", []),
        // a part of a season with no year: the season
        .init("The cabinet will decide in the early autumn.", "2016-07-29", ["the early autumn=2016-FA"]),
        .init("The board met in late summer to agree the budget.", "2021-11-10", ["late summer=2021-SU"]),
        .init("Work on the new depot began in early spring 2019.", "2021-11-10", ["early spring 2019=2019-SP"]),
        // twin: an adjective, no time
        .init("The late summer sun was fierce.", "2021-11-10", []),
        // `last` and a month or season that has just ended: the one a year before
        .init("When the old contracts ended last June, the work was re-let.", "2022-07-12", ["last June=2021-06"]),
        .init("Dame Ann Reed has chaired the water board since last summer.", "2024-12-19", ["last summer=2023-SU"]),
        // twins: one that ended months ago is the latest
        .init("The transport plan was dropped last March.", "2021-10-04", ["last March=2021-03"]),
        .init("The inquiry into the rail timetable began last spring.", "2016-10-13", ["last spring=2016-SP"]),
        // a year that ends a law's name does not move the narrative's day
        .init("The force was born on 1 April 2013 under the Police Reform Act 2012. A fire service was created the same day.",
              "2018-02-08", ["1 April 2013=2013-04-01", "2012=2012", "the same day=2013-04-01"]),
        // `in June` after `in 2015` in the same sentence
        .init("The government sold its remaining shares in 2015, in June and October.", "2023-10-15",
              ["2015=2015", "June=2015-06", "October=2015-10"]),
        // twin: a year not after `in` (the end of a span) lends no year
        .init("She chaired the trust from 2013 to 2016 and left in July.", "2017-09-08", ["2013=2013", "2016=2016", "July=2017-07"]),
        // a past-perfect month in a paragraph narrating an earlier year
        .init("Then, in July 2015, came the crash. The chief, who had announced in August that he would go, was gone by December.",
              "2018-02-08", ["July 2015=2015-07", "August=2015-08", "December=2015-12"]),
        // the same after a relative date earlier in the text (`the same day`), which the narrative has moved past
        .init("The force was born on 1 April 2013. A fire service was created the same day. Then, in July 2015, came the crash. "
              + "The chief, who had announced in August that he would go, was gone by December.", "2018-02-08",
              ["1 April 2013=2013-04-01", "the same day=2013-04-01", "July 2015=2015-07", "August=2015-08", "December=2015-12"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
