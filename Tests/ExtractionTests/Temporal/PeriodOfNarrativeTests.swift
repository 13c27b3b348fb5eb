import Testing
@testable import Extraction

/// `the end of the month`, `the start of the year` with no `this` or `that`: the month or year the paragraph's
/// narrative is in, else the post's. A deadline ahead (`by the end of the year`) is the post's. After `at` or
/// `in` the clause must tell a past happening; a habit or a due date is every month and is not read. Every
/// sentence is written for the test; the twins are a habit, a due date, a present-tense state and a
/// preposition that leaves the phrase vague (`towards`).
@Suite("Temporal tagger: the end of the month, the start of the year")
struct PeriodOfNarrativeTests {
    fileprivate static let cases: [TemporalCase] = [
        // with no date in the paragraph: the post's month or year
        .init("At the start of the month the regulator fined three water companies.", "2024-01-18",
              ["the start of the month=2024-01"]),
        .init("Since the beginning of the year 400 families have been placed in hotels.", "2023-06-02",
              ["the beginning of the year=2023-01"]),
        .init("The new stroke unit will be open by the end of the year.", "2023-06-02", ["the end of the year=2023-12"]),
        // in a paragraph narrating an earlier month or year: that one
        .init("In June 2016 the trust lost its contract. At the end of the month its chief executive resigned.", "2020-03-10",
              ["June 2016=2016-06", "the end of the month=2016-06"]),
        .init("In 2012 the college merged with its neighbour, and by the end of the year it had closed two campuses.", "2020-03-10",
              ["2012=2012", "the end of the year=2012-12"]),
        // twins: a habit, a due date, a present state, a vague preposition
        .init("Council rent is due at the end of the month.", "2024-01-18", []),
        .init("Most carers are paid at the end of the month.", "2024-01-18", []),
        .init("The only thing that keeps me going is the pay at the end of the month.", "2024-01-18", []),
        .init("Towards the end of the year the county ran out of money.", "2024-01-18", []),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
