import Testing
@testable import Extraction

/// Seasons read outside `in the summer`: the part of a season (`at the end of the summer`, `by the start of
/// spring`, `the end of summer 2016`, `the start of last winter`, `the end of that summer`), dated by the
/// season as `the end of April` is by its month; and the season a writer sums up in the present perfect (`it
/// has been a strange autumn`), which is the post's own season. Every sentence is written for the test; the
/// twins are a school term, the winter months, the Chancellor's autumn statement, a past or past-perfect
/// summing-up and a season used as an adjective, none of which is read.
@Suite("Temporal tagger: parts of seasons and seasons summed up")
struct SeasonPhraseTests {
    fileprivate static let cases: [TemporalCase] = [
        // the part of a season
        .init("The new bus timetable started at the end of the summer.", "2019-11-20", ["the end of the summer=2019-SU"]),
        .init("The flood wall will be finished by the end of the spring.", "2021-01-10", ["the end of the spring=2021-SP"]),
        .init("Ward closures began at the end of summer 2016.", "2019-05-02", ["the end of summer 2016=2016-SU"]),
        .init("The trust ran out of beds at the start of the winter of 2017.", "2019-05-02",
              ["the start of the winter of 2017=2017-WI"]),
        .init("Library hours were cut at the start of last winter.", "2021-06-10", ["the start of last winter=2020-WI"]),
        .init("The new chief arrived in March 2014 and left at the end of that summer.", "2019-05-02",
              ["March 2014=2014-03", "the end of that summer=2014-SU"]),
        // a present `follows` states a scheduled fact: the season of the post's year
        .init("The offices close tonight; the legal abolition follows in the summer.", "2012-03-31", ["tonight=2012-03-31", "the summer=2012-SU"]),
        // twins: a school term, the winter months, a fiscal statement
        .init("Exams are marked at the end of the summer term.", "2019-11-20", []),
        .init("Demand for beds rises at the start of the winter months.", "2019-11-20", []),
        .init("The Chancellor cut the levy in the autumn statement.", "2019-11-20", []),
        // the season summed up in the present perfect: the post's own season
        .init("It has been a strange autumn for the county's schools.", "2022-11-15", ["autumn=2022-FA"]),
        .init("It\u{2019}s been a long, wet winter in the emergency departments.", "2023-02-10", ["winter=2022-WI"]),
        .init("This has been a summer of strikes on the railways.", "2022-08-20", ["summer=2022-SU"]),
        // twins: a past or past-perfect summing-up says no year; a season before a noun is an adjective
        .init("It was a hard winter for the hospitals.", "2022-11-15", []),
        .init("It had been a dry spring on the farms.", "2022-11-15", []),
        .init("Fruit picking has been a summer job for students.", "2022-11-15", []),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
