import Corpus
import Extraction
import Testing

/// Dates read in their setting: update notes, dated sections, weekdays with numeric days.
@Suite struct DateSettingTests {
    static let extractor = DocumentExtractor(knowledge: .empty)

    static func values(_ text: String) -> [(String, String?)] {
        let doc = PlainTextPageReader().read(text: text, path: "t.txt")
        return extractor.extract(doc).dates.filter { !$0.isDateline }.map { ($0.expression.text, $0.expression.value?.value) }
    }

    @Test func anUpdateNoteResolvesWhatFollowsAgainstItsDay() {
        let v = Self.values("""
            Monday, 7 March 2016

            A Post

            The minister spoke on Friday.

            UPDATE 12 March 2016: the minister said on Friday that the plan would go ahead.

            And on Tuesday the board met.
            """)
        #expect(v.contains { $0 == ("Friday", "2016-03-04") })  // before the note: the post's Friday
        #expect(v.contains { $0 == ("on Friday", "2016-03-11") } || v.contains { $0 == ("Friday", "2016-03-11") })
        #expect(v.contains { $0.1 == "2016-03-08" })  // "on Tuesday" after the note: the Tuesday before 12 March
    }

    @Test func aWeekdayWithANumericDayIsThatDay() {
        let v = Self.values("""
            Friday, 8 July 2016

            A Post

            Today, Weds 6/7, the report came out.
            """)
        #expect(v.count == 1)
        #expect(v.first?.1 == "2016-07-06")
    }

    @Test func aBareNumericDayIsNotADate() {
        let v = Self.values("""
            Friday, 8 July 2016

            A Post

            The vote went 6/7 against.
            """)
        #expect(v.isEmpty)
    }

    @Test func aDatedSectionAfterABreakSpeaksFromItsDay() {
        let v = Self.values("""
            Monday, 20 June 2016

            A Post

            Here is the transcript.

            = = =

            Committee session, 14 June 2016

            Yesterday the chief executive wrote to us.
            """)
        #expect(v.contains { $0 == ("Yesterday", "2016-06-13") })
    }
}
