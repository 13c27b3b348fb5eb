import Testing
@testable import Extraction

/// Two years written as one word with a hyphen or dash (`2019-20`, `2010–2015`): a financial, academic or
/// planning span, not a date of its own, so neither year is read. Every sentence is written for the test;
/// the twins keep their dates: a spaced range, a day written in ISO form, a span written with a slash.
@Suite("Temporal tagger: year spans written as one word")
struct YearSpanTests {
    fileprivate static let cases: [TemporalCase] = [
        .init("Council tax support was cut in 2019-20 and again in 2020–21.", "2022-03-01", []),
        .init("The trust overspent in the 2018-19 financial year.", "2022-03-01", []),
        .init("Pupil numbers peaked in the 2015–16 academic year.", "2022-03-01", []),
        .init("The county published its 2022-2025 bus strategy last week.", "2022-03-01", ["last week=2022-02"]),
        .init("Arts funding for the 2023-26 round was announced in November.", "2022-12-01", ["November=2022-11"]),
        // twins: a spaced range is two years; an ISO day is a day; a slash span stays skipped as before
        .init("She sat on the housing board (2004 - 2011) before chairing it.", "2022-03-01", ["2004=2004", "2011=2011"]),
        .init("The depot was sold on 2016-03-31 to a developer.", "2022-03-01", ["2016-03-31=2016-03-31"]),
        .init("The grant was cut in 2017/18 and restored later.", "2022-03-01", []),
        // twin: a span and a year in one sentence: the year alone is read
        .init("Bed numbers fell in 2011-12 and rose again in 2019.", "2022-03-01", ["2019=2019"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
