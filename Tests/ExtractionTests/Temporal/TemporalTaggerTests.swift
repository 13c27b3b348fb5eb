import Corpus
import Testing
@testable import Extraction

private let tagger = TemporalTagger()

private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

/// `surface=value` for every expression found (`value` is `nil` when unresolved); the temporal suites share it.
func taggedDates(_ text: String, _ reference: String?) -> [String] {
    tagger.tag(text, reference: reference.map(day)).map { "\($0.text)=\($0.value?.value ?? "nil")" }
}

/// One sentence, its reference day and every expression the tagger must find in it, in order.
struct TemporalCase: Sendable, CustomTestStringConvertible {
    let text: String
    let reference: String?
    let expected: [String]

    init(_ text: String, _ reference: String?, _ expected: [String]) {
        self.text = text
        self.reference = reference
        self.expected = expected
    }

    /// A case against Friday 15 January 2016.
    init(_ text: String, _ expected: [String]) {
        self.init(text, "2016-01-15", expected)
    }

    var testDescription: String { text }
}

@Suite("Temporal tagger: absolute dates")
struct TemporalAbsoluteTests {
    static let cases: [TemporalCase] = [
        .init("Friday, 15 January 2016", ["Friday, 15 January 2016=2016-01-15"]),
        .init("Sunday 19 June 2016", ["Sunday 19 June 2016=2016-06-19"]),
        .init("The split happened on 1st June 2014 as planned.", ["1st June 2014=2014-06-01"]),
        .init("Engagement event (Friday 25th January 2022): questions.", ["Friday 25th January 2022=2022-01-25"]),
        .init("Engagement event (Friday 25thJanuary 2022): questions.", ["Friday 25thJanuary 2022=2022-01-25"]),
        .init("It was published on January 15, 2016, to some surprise.", ["January 15, 2016=2016-01-15"]),
        .init("The form was signed on 15/01/2016 by both parties.", ["15/01/2016=2016-01-15"]),
        .init("Logged as 2016-01-15 in the system.", ["2016-01-15=2016-01-15"]),
        .init("The reply of 8 June 2015 to a written question was brief.", ["8 June 2015=2015-06-08"]),
        .init("Introduced in April 2015, the programme split the service.", ["April 2015=2015-04"]),
        .init("Unification was pencilled in for mid-2019.", ["mid-2019=2019"]),
        .init("The strategy will be updated in spring 2022.", ["spring 2022=2022-SP"]),
        .init("The contracts were redrawn in the summer of 2017.", ["the summer of 2017=2017-SU"]),
        .init("The company collapsed in late 2019 after losses.", ["late 2019=2019"]),
        .init("Figures for Q4 2019 were the worst yet.", ["Q4 2019=2019-Q4"]),
        .init("Targets for H1 2020 were missed.", ["H1 2020=2020-H1"]),
        .init("Caseloads fell in the third quarter of 2015.", ["the third quarter of 2015=2015-Q3"]),
        .init("In 2009, she became head of the trust.", ["2009=2009"]),
        .init("It was all rushed through under the 2007 Act.", ["2007=2007"]),
        .init("We have lost pay since 2012.", ["2012=2012"]),
        .init("Across those years (1998 - 2016) I sat many exams.", ["1998=1998", "2016=2016"]),
        .init("Cummings’ 2019 blog was quietly amended.", ["2019=2019"]),
        .init("A lot of hostels closed in the 1990s and the '80s.", ["the 1990s=199X", "the '80s=198X"]),
        .init("Legislation in the early 1970s changed that.", ["the early 1970s=197X"]),
        .init("Numbers rose from January to March 2016.", ["January=2016-01", "March 2016=2016-03"]),
        .init("Between June and August 2014 the split went ahead.", ["June=2014-06", "August 2014=2014-08"]),
        .init("It was signed on 29 February 2016.", ["29 February 2016=2016-02-29"]),
    ]

    @Test("absolute forms", arguments: cases)
    func absolute(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }

    @Test("absolute dates need no reference and are not relative")
    func absoluteWithoutReference() {
        let e = tagger.tag("Introduced in April 2015, split on 1st June 2014, Q4 2019.", reference: nil)
        #expect(e.map(\.text) == ["April 2015", "1st June 2014", "Q4 2019"])
        #expect(e.allSatisfy { !$0.isRelative && $0.value != nil })
    }
}

@Suite("Temporal tagger: relative dates")
struct TemporalRelativeTests {
    static let cases: [TemporalCase] = [
        .init("Given today's publication of the report, it is timely.", ["today=2016-01-15"]),
        .init("The inspector published a report yesterday.", ["yesterday=2016-01-14"]),
        .init("The minister will announce it tomorrow.", ["tomorrow=2016-01-16"]),
        .init("I read the report this morning.", ["this morning=2016-01-15"]),
        .init("Everyone got a bonus last week.", ["last week=2016-01"]),
        .init("Staff were told this month.", ["this month=2016-01"]),
        .init("The regulator said last month that it was struggling.", ["last month=2015-12"]),
        .init("Plans are expected as early as next month.", ["next month=2016-02"]),
        .init("He said so in his interview last October.", ["last October=2015-10"]),
        .init("It happened last December, just before Christmas.", ["last December=2015-12", "Christmas=2015-12"]),
        .init("Just two weeks ago the inspector warned of failure.", ["two weeks ago=2016-01-01"]),
        .init("A fortnight ago nobody cared.", ["A fortnight ago=2016-01-01"]),
        .init("Earlier this year the company collapsed.", ["Earlier this year=2016"]),
        .init("The reforms were introduced four years ago.", ["four years ago=2012"]),
        .init("The hostels were run by charities until 45 years ago.", ["45 years ago=1971"]),
        .init("The rules came into force in February.", ["February=2015-02"]),
        .init("The rules will come into force in February.", ["February=2016-02"]),
        .init("Profits were made last year and will fall next year.", ["last year=2015", "next year=2017"]),
        .init("Last summer was a disaster.", ["Last summer=2015-SU"]),
        .init("Numbers fell in the second half of last year.", ["the second half of last year=2015-H2"]),
        .init("It is due next January.", ["next January=2017-01"]),
        .init("The results for Q1 of next year are awaited.", ["Q1 of next year=2017-Q1"]),
        .init("They removed the restrictions at the end of last year.", ["the end of last year=2015-12"]),
        .init("A lot happened in May 2015. Later that year he resigned.", ["May 2015=2015-05", "Later that year=2015"]),
        .init("He left in 2012 and came back the following year.", ["2012=2012", "the following year=2013"]),
        .init("The party was last night.", ["last night=2016-01-14"]),
        .init("We met in December.", ["December=2015-12"]),
    ]

    @Test("relative forms against 15 January 2016", arguments: cases)
    func relative(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }

    static let laterCases: [TemporalCase] = [
        .init("Waiting times rose in the last quarter of last year.", "2022-05-23", ["the last quarter of last year=2021-Q4"]),
        .init("Restrictions have gone since the beginning of April.", "2022-05-23", ["the beginning of April=2022-04"]),
        .init("Vacancies have grown since the beginning of this year.", "2022-05-23", ["the beginning of this year=2022-01"]),
        .init("When the wards merged at the end of June last year, we were told.", "2022-05-23", ["the end of June last year=2021-06"]),
        .init("On 17th May the committee took oral evidence.", "2022-05-23", ["17th May=2022-05-17"]),
        .init("Our reports published on 18 October were poor.", "2022-10-28", ["18 October=2022-10-18"]),
        .init("All agency staff must register by 4 July.", "2016-06-19", ["4 July=2016-07-04"]),
        .init("The PM promised a system by 1 June, but it is weeks away.", "2020-06-09", ["1 June=2020-06-01"]),
        .init("Tenants from the 1st May will no longer meet the caretaker.", "2018-04-22", ["1st May=2018-05-01"]),
        .init("The new levy is due to start in July.", "2018-04-22", ["July=2018-07"]),
        .init("The council aims for 90% coverage by September.", "2022-05-23", ["September=2022-09"]),
        .init("Extra nurses won't start work until June or July.", "2022-05-23", ["June=2022-06", "July=2022-07"]),
        .init("In the months between March 2020 and June, the clinics stayed shut.", "2022-05-23", ["March 2020=2020-03", "June=2020-06"]),
        .init("The guidance was revised in April to add a new section.", "2020-06-09", ["April=2020-04"]),
        .init("On 7th February we launch the new guide.", "2022-02-20", ["7th February=2022-02-07"]),
    ]

    @Test("relative forms against other days", arguments: laterCases)
    func relativeLater(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }

    @Test("relative expressions are flagged and carry the inferred flag")
    func flags() {
        let e = tagger.tag("Yesterday, not on 4 July 2016.", reference: day("2016-06-19"), referenceInferred: true)
        #expect(e.count == 2)
        #expect(e[0].isRelative && e[0].referenceInferred)
        #expect(!e[1].isRelative && !e[1].referenceInferred)
    }

    @Test("with no reference, relative expressions are found but not resolved")
    func nilReference() {
        let e = tagger.tag("On 1st June 2014 and yesterday, and again in February, and last month.", reference: nil)
        #expect(e.map(\.text) == ["1st June 2014", "yesterday", "February", "last month"])
        #expect(e.map { $0.value?.value } == ["2014-06-01", nil, nil, nil])
        #expect(e.map(\.isRelative) == [false, true, true, true])
    }

    @Test("year boundaries: a past month in a January post is last year's, a future one next year's")
    func yearBoundaries() {
        #expect(taggedDates("Contracts were signed in December.", "2016-01-03") == ["December=2015-12"])
        #expect(taggedDates("Contracts will be signed in December.", "2016-01-03") == ["December=2016-12"])
        #expect(taggedDates("It starts next January.", "2016-12-20") == ["next January=2017-01"])
        #expect(taggedDates("It happened on 30 December.", "2016-01-02") == ["30 December=2015-12-30"])
        #expect(taggedDates("It happens on 2 January.", "2015-12-30") == ["2 January=2016-01-02"])
    }
}

@Suite("Temporal tagger: weekdays")
struct TemporalWeekdayTests {
    // 11 January 2016 was a Monday.
    @Test("on Monday in a post written on a Monday is the Monday before")
    func mondayOnMonday() {
        #expect(taggedDates("The minister resigned on Monday.", "2016-01-11") == ["Monday=2016-01-04"])
    }

    @Test("a forward-pointing Monday in a Monday post is the next one; this Monday is the day itself")
    func mondayForward() {
        #expect(taggedDates("He will visit on Monday.", "2016-01-11") == ["Monday=2016-01-18"])
        #expect(taggedDates("This Monday the office opened.", "2016-01-11") == ["This Monday=2016-01-11"])
        #expect(taggedDates("Next Monday we start.", "2016-01-11") == ["Next Monday=2016-01-18"])
        #expect(taggedDates("Last Monday we stopped.", "2016-01-11") == ["Last Monday=2016-01-04"])
    }

    @Test("on Friday in a Saturday post is the day before")
    func friday() {
        #expect(taggedDates("There was a storm of media activity on Friday.", "2018-07-28") == ["Friday=2018-07-27"])
        #expect(taggedDates("Friday's announcement surprised nobody.", "2018-07-28") == ["Friday=2018-07-27"])
    }

    @Test("generic weekdays are not dates")
    func genericWeekdays() {
        #expect(taggedDates("We meet every Friday and on a Monday now and then.", "2016-01-11") == [])
        #expect(taggedDates("Stop Friday, begin anew Monday if you are keen.", "2016-01-11") == [])
    }
}

@Suite("Temporal tagger: anchors within a passage and across passages")
struct TemporalAnchorTests {
    @Test("a bare month in a past-perfect clause after a relative month resolves against it")
    func narrativeAnchor() {
        let text = "In an interview last October she looked back. She had taken the job in December, "
            + "and the annual report was published in August."
        #expect(taggedDates(text, "2016-03-10") == ["last October=2015-10", "December=2014-12", "August=2015-08"])
        // Without the anchor December would be the latest one before March 2016.
        #expect(taggedDates("She had taken the job in December.", "2016-03-10") == ["December=2015-12"])
    }

    @Test("a bare month in a plain past clause is read from the post's day, not from an earlier sentence's time")
    func plainPastReadsFromTheReference() {
        let text = "The chair left last September. A new chair took over in March."
        #expect(taggedDates(text, "2024-06-20") == ["last September=2023-09", "March=2024-03"])
    }

    @Test("that October, that summer, that same month: the year the text last named")
    func thatMonthOfLastDate() {
        #expect(taggedDates("The board was set up in April 2014 and met that October.", "2020-01-10")
            == ["April 2014=2014-04", "that October=2014-10"])
        #expect(taggedDates("The plan came out in March 2016 and was dropped that same month.", "2020-01-10")
            == ["March 2016=2016-03", "that same month=2016-03"])
        #expect(taggedDates("The strike began in 2019. That summer the talks failed.", "2020-01-10")
            == ["2019=2019", "That summer=2019-SU"])
        // A year used as an adjective is not the time the text has reached.
        #expect(taggedDates("Ann Hale took over in April 2014 and ignored the 2012 rules from that October.", "2020-01-10")
            == ["April 2014=2014-04", "2012=2012", "that October=2014-10"])
        // `that May` before a name or a verb is the prime minister.
        #expect(taggedDates("It was plain in 2017 that May Hale had left.", "2020-01-10") == ["2017=2017"])
        #expect(taggedDates("It was plain in 2017 that May said no.", "2020-01-10") == ["2017=2017"])
    }

    @Test("a month later, two years later: counted from the last date read, not from the post")
    func laterFromLastDate() {
        #expect(taggedDates("The trust failed in May 2019 and a month later it closed.", "2022-03-01")
            == ["May 2019=2019-05", "a month later=2019-06"])
        #expect(taggedDates("The law passed in 2012. Two years later the board went.", "2022-03-01")
            == ["2012=2012", "Two years later=2014"])
        #expect(taggedDates("The fire was on 14 June 2017; three days later the leader quit.", "2022-03-01")
            == ["14 June 2017=2017-06-14", "three days later=2017-06-17"])
        // Days need a day to count from.
        #expect(taggedDates("It opened in 2012 and three days later it shut.", "2022-03-01") == ["2012=2012"])
        #expect(taggedDates("Three months later it shut.", "2022-03-01") == [])
    }

    @Test("anniversaries: a year ago today, seven years ago this month, ten years ago on Friday")
    func anniversaries() {
        #expect(taggedDates("A year ago today the first buses ran.", "2024-09-24") == ["A year ago today=2023-09-24"])
        #expect(taggedDates("Seven years ago this month the trusts were split.", "2021-06-10")
            == ["Seven years ago this month=2014-06"])
        // 22 March 2024 is a Friday; the Friday before Monday 25 March, ten years back.
        #expect(taggedDates("Ten years ago on Friday the council closed.", "2024-03-25")
            == ["Ten years ago on Friday=2014-03-22"])
    }

    @Test("holidays: Christmas Day, Boxing Day, New Year's Day and Eve are days; before Christmas is its December")
    func holidays() {
        #expect(taggedDates("The shares were sold just before Christmas.", "2015-02-10") == ["Christmas=2014-12"])
        #expect(taggedDates("The drama began on New Year's Day.", "2024-01-20") == ["New Year's Day=2024-01-01"])
        #expect(taggedDates("It closed on Christmas Eve 2019 and reopened on Boxing Day.", "2020-03-01")
            == ["Christmas Eve 2019=2019-12-24", "Boxing Day=2019-12-26"])
        // A Christmas that names no time is not a date.
        #expect(taggedDates("The Christmas party was cancelled.", "2020-03-01") == [])
        #expect(taggedDates("A new year's resolution.", "2020-03-01") == [])
    }

    @Test("could and would in the date's own clause point forward; in another clause they do not")
    func modalsPointForward() {
        #expect(taggedDates("The regulator says the cap could rise again in January.", "2022-08-26") == ["January=2023-01"])
        #expect(taggedDates("She said they would merge, and in March they did.", "2022-08-26") == ["March=2022-03"])
    }

    @Test("a month after `since` runs up to the post's date, whatever the narrative's time")
    func sinceReadsFromTheReference() {
        let text = "He took over last July. The service has been stretched since the lockdown in March."
        #expect(taggedDates(text, "2020-06-12") == ["last July=2019-07", "March=2020-03"])
        // Without `since` the narrative anchor still holds.
        #expect(taggedDates("He took over last July. He had started in March.", "2020-06-12") == ["last July=2019-07", "March=2019-03"])
    }

    @Test("a date ahead of the reference does not become the narrative's now")
    func futureIsNotAnchor() {
        #expect(taggedDates("It is due by 4 July. In February he joined.", "2016-01-15") == ["4 July=2016-07-04", "February=2015-02"])
    }

    @Test("the context carries the anchor from one passage to the next")
    func contextAcrossPassages() {
        var context = TemporalContext()
        let first = tagger.tag("In an interview last October she looked back.", kind: .body,
                               reference: day("2016-03-10"), context: &context)
        #expect(first.map { $0.value?.value } == ["2015-10"])
        let second = tagger.tag("She had taken the job in December.", kind: .quoted,
                                reference: day("2016-03-10"), context: &context)
        #expect(second.map { $0.value?.value } == ["2014-12"])
    }

    @Test("a quoted passage after a body naming a day speaks from that day")
    func quotedSpeaksFromAnchorDay() {
        var context = TemporalContext()
        _ = tagger.tag("On 17th May the committee took evidence from the inspectors:", kind: .body,
                       reference: day("2022-05-23"), context: &context)
        let quoted = tagger.tag("In a study we released this morning, we found a waiting list of 300.",
                                kind: .quoted, reference: day("2022-05-23"), context: &context)
        #expect(quoted.map { "\($0.text)=\($0.value?.value ?? "nil")" } == ["this morning=2022-05-17"])
        // The body itself keeps the post's day.
        var fresh = TemporalContext()
        _ = tagger.tag("On 17th May the committee took evidence.", kind: .body, reference: day("2022-05-23"), context: &fresh)
        let body = tagger.tag("I read it this morning.", kind: .body, reference: day("2022-05-23"), context: &fresh)
        #expect(body.map { $0.value?.value } == ["2022-05-23"])
    }

    @Test("that year with nothing before it is not reported")
    func thatYearWithoutAnchor() {
        #expect(taggedDates("Later that year he resigned.", "2016-01-15") == [])
    }
}

@Suite("Temporal tagger: things that are not dates")
struct TemporalTrapTests {
    static let traps: [TemporalCase] = [
        .init("He served four years, then 12 months, then 20 years more.", []),
        .init("It cost £3.7bn, or about £40 a head.", []),
        .init("There were 120 cases, almost 2000 cases in all.", []),
        .init("Over 2000 staff and 1500 people left.", []),
        .init("Q79 Chair: thank you. Q129 Rob: indeed.", []),
        .init("Posted at 18.51, again at 8.49, and then 16:14.", []),
        .init("Anon 20:10 and 18.17 and 19.15 agree.", []),
        .init("Rates rose by 45% and then 2015% in one area.", []),
        .init("A 40-year-old man. At 65, he retired. He joined at 21.", []),
        .init("Theresa May said it may be so.", []),
        .init("May I ask whether Theresa May agrees?", []),
        .init("They march on Parliament. March on!", []),
        .init("See http://www.example.com/2013/jan/09/story-2016 for details.", []),
        .init("Typo years 0000 and 9999 are not years.", []),
        .init("No. 2015 on page 2016 of chapter 1999.", []),
        .init("Call 0161 2015 333 now.", []),
        .init("It was impossible on 31 February 2016, and on 29 February 2015.", []),
        .init("Choose what is winning today, tomorrow, whenever.", []),
        .init("The case for the levy is as strong today as it was.", []),
        .init("Her advice is just as sound tomorrow as ever.", []),
        .init("A 24 to 48 hour turnaround follows, for two or three years.", []),
        .init("The strategy for 2021/2024 and objectives for 22/23.", []),
        .init("June Smith and April Jones met August Brown.", []),
    ]

    @Test("not dates", arguments: traps)
    func trap(_ c: TemporalCase) {
        #expect(taggedDates(c.text, c.reference) == c.expected)
    }

    @Test("an impossible day is not read as its month either")
    func impossibleDay() {
        #expect(taggedDates("On 31 February 2016 nothing happened.", "2016-03-01") == [])
        #expect(taggedDates("On 30 February the office shut.", "2016-03-01") == [])
    }

    @Test("leap days: 29 February exists in 2016, not in 2015")
    func leapYears() {
        #expect(taggedDates("Signed on 29 February 2016.", nil) == ["29 February 2016=2016-02-29"])
        #expect(taggedDates("Signed on 29 February 2015.", nil) == [])
        #expect(taggedDates("Signed on 29/02/2015.", nil) == [])
    }
}

@Suite("Temporal tagger: ranges and text")
struct TemporalRangeTests {
    @Test("ranges are UTF-8 offsets whose slice is the expression's text")
    func utf8Ranges() {
        let text = "Café – “résumé” ’twas on 4 July 2016 — and last October, ça va?"
        let e = tagger.tag(text, reference: day("2016-08-01"))
        #expect(e.map(\.text) == ["4 July 2016", "last October"])
        let bytes = Array(text.utf8)
        for x in e {
            #expect(String(decoding: bytes[x.utf8Range], as: UTF8.self) == x.text)
        }
    }

    @Test("lines are joined with newlines and expressions do not run across them")
    func newlines() {
        let e = tagger.tag("It went live in April\n2015 was the year after.", reference: day("2016-01-15"))
        #expect(e.map(\.text) == ["April", "2015"])
        #expect(e.first?.value?.value == "2015-04")
    }

    @Test("empty and tiny inputs")
    func tiny() {
        #expect(tagger.tag("", reference: nil).isEmpty)
        #expect(tagger.tag("1", reference: day("2016-01-15")).isEmpty)
        #expect(taggedDates("today", "2016-01-15") == ["today=2016-01-15"])
        #expect(taggedDates("2016", nil) == ["2016=2016"])
    }
}

@Suite("Temporal tagger: a year used as an adjective")
struct TemporalYearModifierTests {
    /// Whether the tagger marks the first expression of `text` with `year` as its text as a year modifier.
    private func modifier(_ text: String, _ year: String = "2019") -> Bool {
        tagger.tag(text, reference: day("2022-01-10")).first { $0.text == year }?.isYearModifier ?? false
    }

    @Test("between an article, determiner or possessive and a common noun, a year says which thing is meant")
    func modifiers() {
        #expect(modifier("The 2019 intake was the largest."))
        #expect(modifier("Their 2019 cohort left early."))
        #expect(modifier("A 2019 survey found little."))
        #expect(modifier("The council's 2019 budget was cut."))
        #expect(modifier("The trust\u{2019}s 2019 accounts were late."))
        #expect(!modifier("In 2019 the council cut the budget."))
        #expect(!modifier("The 2019 Act changed the rules."))  // a name, read by EventCues
        #expect(!modifier("Since the 2019 merger the wards have closed."))  // a turn, dated
        #expect(!modifier("The year was 2019."))
        #expect(!modifier("It rose in the 2019 to 2020 period."))
    }

    @Test("still a date as the narrative's last date, when it is no adjective")
    func narrativeDate() {
        let e = tagger.tag("After the 2014 split the board met. Later that year it lost staff.", reference: day("2016-01-15"))
        #expect(e.map { "\($0.text)=\($0.value?.value ?? "nil")" } == ["2014=2014", "Later that year=2014"])
        #expect(e.first?.isYearModifier == false)
        let m = tagger.tag("The 2012 rules applied in 2010. Later that year it lost staff.", reference: day("2016-01-15"))
        #expect(m.last?.value?.value == "2010")
    }
}
