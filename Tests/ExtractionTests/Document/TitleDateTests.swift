import Corpus
@testable import Extraction
import Testing

/// The dates of a post's title (the line beside its dateline) are tagged like the body's, on the title's line,
/// and make no timeline events of their own.
@Suite struct TitleDateTests {
    static func extract(_ page: String) -> DocumentExtraction {
        DocumentExtractor(knowledge: KnowledgeBase(records: []))
            .extract(PlainTextPageReader().read(text: page, path: "t.txt"))
    }

    static func titleDates(_ x: DocumentExtraction, line: Int) -> [String] {
        x.dates.filter { $0.line == line && !$0.isDateline }.compactMap { $0.expression.value?.value }
    }

    @Test func aYearInATitleBelowTheDatelineIsADate() {
        let x = Self.extract("Tuesday, 4 March 2025\n\nLooking back at the 2016 council merger\n\nThe councils joined up.\n")
        #expect(Self.titleDates(x, line: 3) == ["2016"])
        #expect(x.dates.first { $0.line == 3 }?.expression.text == "2016")
        // no event of its own: the body sentence has no date
        #expect(x.events.isEmpty)
    }

    @Test func aMonthAndYearInATitleAboveTheDatelineIsADate() {
        let x = Self.extract("How the bus fares cap began in January 2023\nSunday, 9 June 2024\n\nThe cap was set at two pounds.\n")
        #expect(Self.titleDates(x, line: 1) == ["2023-01"])
        #expect(x.dates.filter(\.isDateline).map(\.line) == [2])
    }

    @Test func aRelativeDateInATitleIsReadAgainstThePostsDay() {
        let x = Self.extract("Friday, 7 February 2020\n\nWhat the board decided last October\n\nIt met twice.\n")
        #expect(Self.titleDates(x, line: 3) == ["2019-10"])
    }

    @Test func numbersInATitleThatAreNotYearsAreNoDates() {
        for title in ["Ten years on from the hospital closure", "21 companies and one contract",
                      "Why 300 schools missed out"] {
            let x = Self.extract("Monday, 3 May 2021\n\n\(title)\n\nSome text follows here.\n")
            #expect(Self.titleDates(x, line: 3).isEmpty, "\(title)")
        }
    }

    @Test func aPostWithoutDatelineIsTaggedOnceInItsBody() {
        // with no dateline the first line is body text: its year is one date, not two
        let x = Self.extract("The 2018 housing review\n\nIt was published in spring.\n")
        #expect(x.dates.filter { $0.expression.value?.value == "2018" }.count == 1)
    }
}
