import Testing
@testable import Extraction

/// Which earlier date a phrase counting from "the last date" leans on: a law's year lends its year to `that year`
/// or `the following year` right after it in the same sentence; a date in a past-perfect relative clause (`who
/// had … since 2011`) is background and lends nothing; a day and month followed by `that year` is one date;
/// `after Christmas` counts from the day itself; a month after `until`, later in the sentence than a dated month,
/// is the next such month; a month reads on from a day stated in the paragraph before; `it is a year this week
/// since` is an anniversary. Every sentence is written for the test; each rule has twins that must keep the old
/// reading.
@Suite("Temporal tagger: what a counted date counts from")
struct DateAnchorTests {
    fileprivate static let cases: [TemporalCase] = [
        // a law's year, then a phrase counting from a year in the same sentence: the law's year
        .init("Ministers first spoke of reform in March 2009. The Water Act 2014, passed in May that year, split the regulator.",
              "2020-02-03", ["March 2009=2009-03", "2014=2014", "May that year=2014-05"]),
        .init("The county asylum opened in 1931. Its story runs back to the Mental Treatment Act 1926, and the first plans were drawn the following year.",
              "2020-02-03", ["1931=1931", "1926=1926", "the following year=1927"]),
        // twin: the law's year still does not move a day counted from the last day named
        .init("The trust was formed on 1 April 2013 under the Health Act 2012, and the clinics merged the same day.",
              "2018-02-08", ["1 April 2013=2013-04-01", "2012=2012", "the same day=2013-04-01"]),
        // a law's year later than every date read so far is where the story has got to: the next sentence's
        // `that October` and `the end of that year` count from it
        .init("The commission reported in 1968, and the Town Planning Act 1971 followed. The first structure plans were approved that October.",
              "2020-02-03", ["1968=1968", "1971=1971", "that October=1971-10"]),
        .init("Deregulation came through the Transport Act 1985. The last council bus firms were sold at the end of that year.",
              "2020-02-03", ["1985=1985", "the end of that year=1985-12"]),
        // a date in the possessive names a thing by its time: a later bare month is read from the post's day
        .init("Last summer's floods showed how little the agency could do. The review published in August promised more pumps.",
              "2018-10-02", ["Last summer=2017-SU", "August=2018-08"]),
        // twin: the same season said as a time does move the narrative
        .init("Last summer the floods showed how little the agency could do. The review published in August promised more pumps.",
              "2018-10-02", ["Last summer=2017-SU", "August=2017-08"]),
        // twin: in the next sentence `that year` is the narrative's again
        .init("The board was set up in 2016 under the Schools Act 2011. Its chair left that year.",
              "2020-02-03", ["2016=2016", "2011=2011", "that year=2016"]),
        // a day and month followed by `that year` / `the following year` is one date of the last year read
        .init("The inquiry opened in March 2017 and reported on 9 November that year.", "2020-02-03",
              ["March 2017=2017-03", "9 November that year=2017-11-09"]),
        .init("The plan was agreed in 2010 and took effect on 1 April the following year.", "2020-02-03",
              ["2010=2010", "1 April the following year=2011-04-01"]),
        // a date in a past-perfect relative clause does not move the narrative
        .init("The old chair stood down in June 2021. Ruth Kaye, who had been the finance director since May 2012, took the chair that October.",
              "2023-03-01", ["June 2021=2021-06", "May 2012=2012-05", "that October=2021-10"]),
        .init("The minister resigned in 2019. Her deputy, who had also been censured in 2017, left the department that year.",
              "2023-03-01", ["2019=2019", "2017=2017", "that year=2019"]),
        // twins: a past perfect outside a relative clause, and a relative clause in the simple past, still move it
        .init("The old chair stood down in June 2021. The board had met in May 2012 and chose its new chief that October.",
              "2023-03-01", ["June 2021=2021-06", "May 2012=2012-05", "that October=2012-10"]),
        .init("The minister resigned in 2019. Her deputy, who was censured in 2017, left the department that year.",
              "2023-03-01", ["2019=2019", "2017=2017", "that year=2017"]),
        // `after Christmas`, `since Christmas`: the day itself; `before Christmas`: its December
        .init("The night shelters closed in November and opened again after Christmas.", "2021-02-10",
              ["November=2020-11", "Christmas=2020-12-25"]),
        .init("The depot has stood empty since Christmas.", "2021-02-10", ["Christmas=2020-12-25"]),
        .init("The contracts will be signed before Christmas.", "2021-10-10", ["Christmas=2021-12"]),
        // a month after `until`, later in the sentence than a dated month it precedes in the calendar: the next one
        .init("Two deputies ran the trust from its founding in June 2023 until a new chief arrived in January.", "2024-12-19",
              ["June 2023=2023-06", "January=2024-01"]),
        // twin: with no `until` a month in a list takes the year as it stands
        .init("The council met in June 2023 and again in January.", "2024-12-19", ["June 2023=2023-06", "January=2023-01"]),
        // a month reads on from a day stated in the paragraph before
        .init("On 12 March 2011 the mill closed.\n\nWorse came in May, when the bank called in its loans.", "2013-09-05",
              ["12 March 2011=2011-03-12", "May=2011-05"]),
        // across a paragraph with no date in it as well
        .init("On 16 March 2006 the agency's chief was removed.\n\nHis deputy inherited a backlog of claims.\n\nIn the May reshuffle the minister was moved too.",
              "2016-02-01", ["16 March 2006=2006-03-16", "May=2006-05"]),
        // twin: three paragraphs on, the month is read from the post's day again
        .init("On 16 March 2006 the agency's chief was removed.\n\nHis deputy inherited a backlog.\n\nStaff morale fell.\n\nIn the May reshuffle the minister was moved too.",
              "2016-02-01", ["16 March 2006=2006-03-16", "May=2015-05"]),
        // twin: a year stated in the paragraph before lends nothing (a bare year is as often a background fact)
        .init("The mill closed in 2011.\n\nWorse came in May, when the bank called in its loans.", "2013-09-05",
              ["2011=2011", "May=2013-05"]),
        // an anniversary said without `ago`: the time since the thing happened
        .init("It is two years this month since the depot closed.", "2024-05-20", ["two years this month=2022-05"]),
        .init("It is a year this week since the council declared a housing emergency.", "2021-06-18", ["a year this week=2020-06"]),
        // twin: a month at or before the day's month, across the paragraph break, is read from the post's day
        .init("On 12 March 2011 the mill closed.\n\nIn February the bank called in its loans.", "2013-09-05",
              ["12 March 2011=2011-03-12", "February=2013-02"]),
        // twin: a span with no `since` after it is no date
        .init("The council has spent a year this month on the review.", "2024-05-20", ["this month=2024-05"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
