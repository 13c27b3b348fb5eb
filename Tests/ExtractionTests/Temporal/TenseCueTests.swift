import Corpus
import Testing
@testable import Extraction

/// The tense of a date's clause decides which year a month, season or weekday without one falls in. Every
/// sentence here is written for the test; each rule has at least three wordings and twins that must keep the
/// old reading. Unless a case says otherwise the reference day is Thursday 20 May 2021.
@Suite("Temporal tagger: present-tense clauses")
struct PresentTenseTests {
    fileprivate static let cases: [TemporalCase] = [
        // a scheduled or standing fact in the present: the month of the post's year, not the one before
        .init("The new licence scheme starts in September.", "2021-05-20", ["September=2021-09"]),
        .init("Wales moves to the single model in November, a year ahead of England.", "2021-05-20",
              ["November=2021-11"]),
        .init("The consultation closes in July, and the council is bracing for a fight.", "2021-05-20",
              ["July=2021-07"]),
        .init("Her term as chair ends in August.", "2021-05-20", ["August=2021-08"]),
        .init("If the party wins the vote in June, the plan goes ahead.", "2021-05-20", ["June=2021-06"]),
        // twins: a past tense keeps the month before the post; an earlier month stays in the post's year
        .init("The new licence scheme started in September.", "2021-05-20", ["September=2020-09"]),
        .init("The firm, which is now owned by a bank, sold the depot in November.", "2021-05-20",
              ["November=2020-11"]),
        .init("The scheme starts in March.", "2021-05-20", ["March=2021-03"]),
        .init("The depot was sold in November; it is a car park now.", "2021-05-20", ["November=2020-11"]),
        // a month put first in a paragraph narrating an earlier year: a story told in the present keeps its year
        .init("The board met in June 2019. In September the scheme opens to all.", "2021-05-20",
              ["June 2019=2019-06", "September=2019-09"]),
        .init("The board met in June 2019. The scheme opens in September.", "2021-05-20",
              ["June 2019=2019-06", "September=2021-09"]),
        // seasons: a passive of the present is not a past tense
        .init("The new lines are promised for the autumn.", "2021-05-20", ["the autumn=2021-FA"]),
        .init("The franchise returns to public hands in the autumn.", "2021-05-20", ["the autumn=2021-FA"]),
        .init("The pilot runs in the winter, the trust says.", "2021-05-20", ["the winter=2021-WI"]),
        .init("The new lines were promised for the autumn.", "2021-05-20", ["the autumn=2020-FA"]),
        // weekdays: the coming one
        .init("The levy starts on Monday.", "2021-05-20", ["Monday=2021-05-24"]),
        .init("On Tuesday the uplift comes to an end.", "2021-05-20", ["Tuesday=2021-05-25"]),
        .init("The strike is on Saturday, the union says.", "2021-05-20", ["Saturday=2021-05-22"]),
        .init("The levy started on Monday.", "2021-05-20", ["Monday=2021-05-17"]),
        .init("What happens after Monday is anyone's guess.", "2021-05-20", ["Monday=2021-05-17"]),
        // numbers that are not dates stay out, present tense or not
        .init("Article 50 is the clause that matters.", "2021-05-20", []),
        .init("The fund is worth £2019 million and runs to 300 pages.", "2021-05-20", []),
        .init("The 2020 Vision strategy is out of date.", "2021-05-20", ["2020=2020"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}

@Suite("Temporal tagger: tense cues stay in their clause")
struct ClauseCueTests {
    fileprivate static let cases: [TemporalCase] = [
        // a future in a clause after the date is not the date's tense
        .init("The ministry announced on Monday that the firm will take over.", "2021-05-20", ["Monday=2021-05-17"]),
        .init("The agency opened its doors in September and will take on more work next year.", "2021-05-20",
              ["September=2020-09", "next year=2022"]),
        .init("She confirmed in October, although the review will report soon, that nothing had changed.",
              "2021-05-20", ["October=2020-10"]),
        // twins: the future in the date's own clause still counts
        .init("The agency will open in September and take on more work.", "2021-05-20", ["September=2021-09"]),
        .init("Ministers will decide on Monday.", "2021-05-20", ["Monday=2021-05-24"]),
        // irregular past forms are past cues (the present `is` does not win over them)
        .init("The site, which is empty now, was bought in December.", "2021-05-20", ["December=2020-12"]),
        .init("The union, which is the largest, fought the plan in October.", "2021-05-20", ["October=2020-10"]),
        .init("She quit in November, and the board is still looking.", "2021-05-20", ["November=2020-11"]),
        // a participle after `now` is a present state, not a past tense
        .init("Next in line is the eastern franchise, now owned by a state firm, in July.", "2021-05-20",
              ["July=2021-07"]),
        .init("The eastern franchise was owned by a state firm in July.", "2021-05-20", ["July=2020-07"]),
        // `are supposed to` plans; `were supposed to` does not
        .init("The contracts are supposed to be signed before Christmas.", "2021-05-20", ["Christmas=2021-12"]),
        .init("The contracts were supposed to be signed before Christmas.", "2021-05-20", ["Christmas=2020-12"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}

@Suite("Temporal tagger: that year, later that month, later in the year")
struct AnchoredAdverbTests {
    fileprivate static let cases: [TemporalCase] = [
        // `that year` / `that month` closing a clause, after a verb or its object
        .init("I worked at the unit in 2012. Inspectors rated it good that year.", "2021-05-20",
              ["2012=2012", "that year=2012"]),
        .init("The review began in 2015, and she left the team that year and moved on.", "2021-05-20",
              ["2015=2015", "that year=2015"]),
        .init("Elections were held in July 2024. She became minister that month, ahead of others.", "2025-02-02",
              ["July 2024=2024-07", "that month=2024-07"]),
        // twins: `that` opening a clause, or `year` in a compound
        .init("In 2015 he argued that year after year the grant had fallen.", "2021-05-20", ["2015=2015"]),
        .init("In 2015 ministers said that year-end figures were poor.", "2021-05-20", ["2015=2015"]),
        .init("The rule of 2019 was changed so that year 7 pupils could stay.", "2021-05-20", ["2019=2019"]),
        // `later that month`, `earlier that month`, `later in the year`, `earlier in the month`
        .init("Failures began in September 2021. Two more firms went under later that month.", "2022-05-20",
              ["September 2021=2021-09", "later that month=2021-09"]),
        .init("The board met on 3 March 2019; earlier that month the chair had quit.", "2021-05-20",
              ["3 March 2019=2019-03-03", "earlier that month=2019-03"]),
        .init("The trusts will close on 1 June 2014, and the companies will be sold later in the year.", "2014-04-02",
              ["1 June 2014=2014-06-01", "later in the year=2014"]),
        .init("The deal was agreed in May 2018 but signed only later in the month.", "2021-05-20",
              ["May 2018=2018-05", "later in the month=2018-05"]),
        .init("The talks ran later into the year than planned.", "2021-05-20", []),
        // `the same day`, `that afternoon`, `the day before`: the day last named, and only a day
        .init("The firm collapsed on 4 March 2019. On the same day the regulator published its report.", "2021-05-20",
              ["4 March 2019=2019-03-04", "the same day=2019-03-04"]),
        .init("Ministers gave way on Monday 17 August 2020. Wales did the same that afternoon.", "2021-05-20",
              ["Monday 17 August 2020=2020-08-17", "that afternoon=2020-08-17"]),
        .init("The results stood from 11 August 2020; the minister had apologised the day before.", "2021-05-20",
              ["11 August 2020=2020-08-11", "the day before=2020-08-10"]),
        .init("The bill passed in May 2019 and the chair quit that same day.", "2021-05-20", ["May 2019=2019-05"]),
        .init("In 2019 the board met. That evening nobody spoke.", "2021-05-20", ["2019=2019"]),
        .init("The vote came on 2 June 2020, the day before the deadline.", "2021-05-20", ["2 June 2020=2020-06-02"]),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}

@Suite("Temporal tagger: seasons, weekdays and months in other shapes")
struct OtherShapeTests {
    fileprivate static let cases: [TemporalCase] = [
        // a season with its year before a noun
        .init("The review followed the summer 2007 floods.", "2014-02-11", ["the summer 2007=2007-SU"]),
        .init("The autumn 2019 statement was delayed.", "2021-05-20", ["The autumn 2019=2019-FA"]),
        .init("Over the summer 300 staff left.", "2021-05-20", ["the summer=2020-SU"]),
        // a shifted weekday with its date: the date decides which week
        .init("Last Friday, 15 February, the firm collapsed.", "2019-02-23", ["Last Friday, 15 February=2019-02-15"]),
        .init("Last Monday, 11 February, the board met.", "2019-02-23", ["Last Monday, 11 February=2019-02-11"]),
        .init("Last Friday the firm collapsed.", "2019-02-23", ["Last Friday=2019-02-22"]),
        // a portion of a month
        .init("Ministers spent much of September arguing.", "2023-10-08", ["September=2023-09"]),
        .init("Most of August was lost to the strike.", "2023-10-08", ["August=2023-08"]),
        .init("For the rest of June the office stayed shut.", "2023-10-08", ["June=2023-06"]),
        .init("We spent much of the money on agency staff.", "2023-10-08", []),
        // a season barely begun, with no tense cue, is the one before; later in the season it is this one
        .init("Swabs go to labs set up in the spring.", "2021-03-10", ["the spring=2020-SP"]),
        .init("Swabs go to labs set up in the spring.", "2021-05-20", ["the spring=2021-SP"]),
        // `rather than 2022` compares a year with a year; `more than 2022` still counts
        .init("The contracts end in December 2020 rather than 2022.", "2021-05-20",
              ["December 2020=2020-12", "2022=2022"]),
        .init("The scheme ended early, in 2020 rather than 2023.", "2021-05-20", ["2020=2020", "2023=2023"]),
        .init("The union says more than 2022 members voted.", "2021-05-20", []),
    ]

    @Test(arguments: cases)
    fileprivate func reads(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }
}
