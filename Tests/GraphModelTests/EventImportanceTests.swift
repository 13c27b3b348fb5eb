import Corpus
import Extraction
@testable import GraphModel
import Testing

/// Each signal of an event's importance, on pages written for these tests: one event differs from another in
/// one respect, and the score moves the way the signal says.
@Suite struct EventImportanceTests {
    static func graph(_ pages: [(String, String)]) -> KnowledgeGraph { GraphBuilderTests.graph(pages) }

    static func page(_ day: String, _ title: String, _ body: String, comments: String? = nil) -> String {
        var s = "\(day)\n\n\(title)\n\n\(body)\n"
        if let comments { s += "\n5 comments:\n\nAnonymous said...\n\(comments)\n\n15 March 2016 at 10:00\n" }
        return s
    }

    /// The event of `g` whose sentence contains `words`.
    static func event(_ g: KnowledgeGraph, _ words: String) throws -> Event {
        try #require(g.events.first { $0.sentence.contains(words) }, "no event with '\(words)'")
    }

    @Test func moreDistinctPostsScoreHigher() throws {
        let told = "On 1 June 2014 the probation service was split into the National Probation Service and the CRCs."
        let once = Self.graph([("a.txt", Self.page("Monday, 2 June 2014", "A", told))])
        let twice = Self.graph([("a.txt", Self.page("Monday, 2 June 2014", "A", told)),
                                ("b.txt", Self.page("Friday, 6 June 2014", "B", told))])
        let one = try Self.event(once, "was split")
        let two = try Self.event(twice, "was split")
        #expect(Set(two.sources.map(\.post)).count == 2)
        #expect(two.importance > one.importance)
        #expect(two.reasons.contains { $0.hasPrefix("told in 2 posts") })
    }

    @Test func bodyOutranksComment() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Notes",
            "The Ministry of Justice announced on 3 March 2016 that Seetec had taken over the contract.",
            comments: "Working Links announced on 4 March 2016 that it had taken over another contract."))])
        let body = try Self.event(g, "Seetec")
        let comment = try Self.event(g, "Working Links announced")
        #expect(comment.sources.allSatisfy { $0.kind == .comment })
        #expect(body.importance > comment.importance)
        #expect(comment.reasons.contains { $0.hasPrefix("only in reader comments") })
    }

    @Test func explicitDayOutranksRelativeAndVagueDates() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Dates",
            """
            The Ministry of Justice announced the new contracts on 3 March 2016.

            The Ministry of Justice announced the new rules yesterday.

            The Ministry of Justice announced the new targets in 2016.
            """))])
        let day = try Self.event(g, "contracts")
        let relative = try Self.event(g, "rules")
        let year = try Self.event(g, "targets")
        #expect(day.importance > relative.importance)
        #expect(day.importance > year.importance)
        #expect(day.reasons.contains { $0.hasPrefix("explicit day") })
    }

    @Test func milestoneVerbsOutrankReportingVerbs() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Verbs",
            """
            On 3 March 2016 the Ministry of Justice abolished the regional boards.

            On 4 March 2016 Jane Marsh said the regional boards were busy.
            """))])
        let abolished = try Self.event(g, "abolished")
        let said = try Self.event(g, "said")
        #expect(abolished.importance > said.importance)
        #expect(abolished.reasons.contains { $0.hasPrefix("milestone verb") })
        #expect(said.reasons.contains { $0.hasPrefix("reporting verb") })
    }

    @Test func aBodysStatementOutranksAPersonsRemark() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Warnings",
            """
            On 3 March 2016 the Ministry of Justice warned that the regional boards were failing.

            On 4 March 2016 Jane Marsh warned that the county boards were failing.
            """))])
        let body = try Self.event(g, "Ministry of Justice warned")
        let person = try Self.event(g, "Jane Marsh warned")
        #expect(body.reasons.contains { $0.hasPrefix("a body's statement 'warned' +6") }, "\(body.reasons)")
        #expect(person.reasons.contains { $0.hasPrefix("reporting verb 'warned' +0") }, "\(person.reasons)")
        #expect(!person.reasons.contains { $0.hasPrefix("a body's statement") })
    }

    @Test func aPersonsCareerStepIsNotATurnOfThePolicy() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "People",
            """
            In 2009 Tom Vale was appointed head of a city office.

            In 2010 Ann Reed was appointed chief executive of the Ministry of Justice.
            """))])
        let career = try Self.event(g, "Tom Vale")
        let turn = try Self.event(g, "Ann Reed")
        #expect(career.reasons.contains { $0.hasPrefix("a person's career 'appointed' +4") }, "\(career.reasons)")
        #expect(!career.reasons.contains { $0.hasPrefix("milestone verb") })
        #expect(turn.reasons.contains { $0.hasPrefix("milestone verb 'appointed' +14") }, "\(turn.reasons)")
        #expect(turn.importance > career.importance)
    }

    @Test func aPlanAndItsHappeningToldInTwoPostsAreOneHappening() throws {
        let g = Self.graph([
            ("a.txt", Self.page("Saturday, 20 February 2016", "Ahead",
                                "The Ministry of Justice will abolish the regional boards on 1 March 2016.")),
            ("b.txt", Self.page("Wednesday, 2 March 2016", "Done",
                                "The Ministry of Justice abolished the regional boards on 1 March 2016.")),
        ])
        let events = g.events.filter { $0.sentence.contains("regional boards") }
        #expect(events.count == 1)
        let e = try #require(events.first)
        #expect(Set(e.sources.map(\.post)).count == 2)
        // one telling says it happened: the event is no plan
        #expect(e.reasons.contains { $0.hasPrefix("milestone verb 'ended' +14") }, "\(e.reasons)")
        #expect(!e.reasons.contains { $0.hasPrefix("planned") || $0.hasPrefix("a plan or forecast") || $0.hasPrefix("told before") })
    }

    @Test func plansAndForecastsAreNotTurns() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Plans",
            """
            The Ministry of Justice planned to abolish the regional boards on 1 March 2016.

            The Ministry of Justice abolished the county boards on 2 March 2016.

            The Ministry of Justice will abolish the city boards on 1 May 2016.
            """))])
        let worded = try Self.event(g, "regional boards")
        let done = try Self.event(g, "county boards")
        let ahead = try Self.event(g, "city boards")
        #expect(worded.reasons.contains("a plan or forecast -8"), "\(worded.reasons)")
        #expect(worded.reasons.contains("planned 'ended' +4"), "\(worded.reasons)")
        #expect(ahead.reasons.contains("told before it happened -8"), "\(ahead.reasons)")
        #expect(ahead.reasons.contains("planned 'ended' +4"), "\(ahead.reasons)")
        #expect(!ahead.reasons.contains("a plan or forecast -8"))
        #expect(done.reasons.contains { $0.hasPrefix("milestone verb 'ended' +14") }, "\(done.reasons)")
        #expect(done.importance > worded.importance + 10)
        #expect(done.importance > ahead.importance + 10)
    }

    @Test func curatedParticipantsAndCentralityCount() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Who",
            """
            On 3 March 2016 the Ministry of Justice launched a review. The Ministry of Justice is busy. The Ministry of Justice again.

            On 4 March 2016 Bramley Widgets launched a review.
            """))])
        let curated = try Self.event(g, "Ministry of Justice launched")
        let other = try Self.event(g, "Bramley")
        #expect(curated.reasons.contains { $0.hasPrefix("policy's own: Ministry of Justice") })
        #expect(curated.importance > other.importance)
    }

    @Test func anecdotesFiguresAndTitleYearsScoreLow() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Low",
            """
            The Ministry of Justice created the new service in 2014.

            I joined the probation service in 1998 and never looked back.

            Caseloads were 41, 38 and 45 in 2015 across the three regions.

            The duties come from the Criminal Justice Act 2003 as amended.
            """))])
        let created = try Self.event(g, "created the new service")
        let anecdote = try Self.event(g, "I joined")
        let figures = try Self.event(g, "Caseloads")
        let title = try Self.event(g, "Criminal Justice Act")
        #expect(anecdote.reasons.contains { $0.hasPrefix("personal anecdote") })
        #expect(figures.reasons.contains { $0.hasPrefix("line of figures") })
        #expect(title.reasons.contains { $0.hasPrefix("year of a name") })
        for low in [anecdote, figures, title] { #expect(created.importance > low.importance, "\(low.sentence)") }
    }

    @Test func aYearUsedAsAnAdjectiveScoresLow() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Years",
            """
            In 2014 the Ministry of Justice created the regional boards.

            The 2014 intake of trainees was the largest the Ministry of Justice ever recruited.

            A 2015 report by the Ministry of Justice found the boards slow.

            Since the 2012 split the Ministry of Justice has recruited fewer trainees.

            The 2013 cohort grew, and in 2013 the Ministry of Justice closed the old college.
            """))])
        let created = try Self.event(g, "created the regional boards")
        // one of the year's uses in the sentence dates a happening: the event is no adjective's
        #expect(!(try Self.event(g, "old college")).reasons.contains { $0.hasPrefix("year as an adjective") })
        let intake = try Self.event(g, "intake")
        let report = try Self.event(g, "report by")
        let split = try Self.event(g, "2012 split")
        #expect(intake.reasons.contains("year as an adjective -15"))
        #expect(report.reasons.contains("year as an adjective -15"))
        #expect(!created.reasons.contains { $0.hasPrefix("year as an adjective") })
        #expect(!split.reasons.contains { $0.hasPrefix("year as an adjective") })
        #expect(created.importance > intake.importance)
        #expect(created.importance > report.importance)
    }

    @Test func aTurnToldInAPostBodyOutranksTheSameTurnRepeatedInCommentsOnly() throws {
        let comment = "The council abolished the housing panels on 3 March 2016, remember."
        var pages: [(String, String)] = []
        for (k, day) in ["Monday, 14 March 2016", "Tuesday, 15 March 2016", "Wednesday, 16 March 2016",
                         "Thursday, 17 March 2016"].enumerated() {
            pages.append(("c\(k).txt", Self.page(day, "Post \(k)", "A quiet week for the panels.", comments: comment)))
        }
        pages.append(("b.txt", Self.page("Friday, 18 March 2016", "Body",
                                         "The council abolished the school boards on 4 March 2016.")))
        let g = Self.graph(pages)
        let repeated = try Self.event(g, "housing panels")
        let body = try Self.event(g, "school boards")
        #expect(Set(repeated.sources.map(\.post)).count == 4)
        #expect(repeated.reasons.contains("told in 4 posts (4 in comments only) +9"))
        #expect(body.importance > repeated.importance)
    }

    @Test func aTurnToldInAPostBodyOutranksFiguresRepeatedInSeveralPosts() throws {
        let figures = "In 2015 the council counted 12,400 tenants, 3,100 arrears cases and 640 evictions."
        var pages: [(String, String)] = []
        for (k, day) in ["Monday, 14 March 2016", "Tuesday, 15 March 2016", "Wednesday, 16 March 2016"].enumerated() {
            pages.append(("f\(k).txt", Self.page(day, "Post \(k)", figures)))
        }
        pages.append(("b.txt", Self.page("Friday, 18 March 2016", "Body",
                                         "The council abolished the tenancy panels in May 2015.")))
        let g = Self.graph(pages)
        let repeated = try Self.event(g, "12,400 tenants")
        let turn = try Self.event(g, "tenancy panels")
        #expect(Set(repeated.sources.map(\.post)).count == 3)
        #expect(repeated.reasons.contains { $0.hasPrefix("line of figures") })
        #expect(turn.importance > repeated.importance)
    }

    @Test func aPolicyLevelTurnOutranksTheSameVerbOnSomethingElse() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Reach",
            """
            On 3 March 2016 the Ministry of Justice announced plans to close the regional boards.

            On 4 March 2016 the Ministry of Justice announced a new Chief Clerk for Eastfield.
            """))])
        let plans = try Self.event(g, "plans")
        let clerk = try Self.event(g, "Chief Clerk")
        #expect(plans.reasons.contains { $0.hasPrefix("policy-level 'plans'") })
        #expect(!clerk.reasons.contains { $0.hasPrefix("policy-level") })
        #expect(plans.importance > clerk.importance)
    }

    @Test func aRoutinePublicationIsNotATurn() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Published",
            """
            On 3 March 2016 the inspectorate published its report on the Eastfield office.

            On 4 March 2016 the inspectorate published a strategy to merge the two inspectorates.

            On 7 March 2016 the Ministry of Justice published the consultation on the new contracts.
            """))])
        let report = try Self.event(g, "Eastfield")
        let strategy = try Self.event(g, "strategy")
        let consultation = try Self.event(g, "consultation")
        #expect(report.reasons.contains { $0.hasPrefix("routine publication 'published' +0") })
        #expect(strategy.reasons.contains { $0.hasPrefix("milestone verb 'published'") })
        #expect(consultation.reasons.contains { $0.hasPrefix("milestone verb 'published'") })
        #expect(strategy.importance > report.importance)
        // A capitalized title is a name, not a policy-level noun: the report's wording alone decides.
        #expect(EventWording("The Inspectorate published the Annual Report of the Service.") == [.routineDocument])
    }

    @Test func aHappeningStillDatedYearsLaterGainsAndAnotherDoesNot() throws {
        let told = "On 2 April 2013 the Ministry of Justice abolished the regional boards."
        let g = Self.graph([("a.txt", Self.page("Wednesday, 3 April 2013", "Then", told)),
                            ("b.txt", Self.page("Monday, 6 June 2016", "Later",
                                                "On 3 April 2013 the Ministry of Justice abolished the county panels."))])
        let then = try Self.event(g, "regional boards")
        let later = try Self.event(g, "county panels")
        #expect(later.reasons.contains { $0.hasPrefix("dated 3 years later +6") })
        #expect(!then.reasons.contains { $0.hasPrefix("dated") })
        #expect(later.importance > then.importance)
    }

    @Test func noVerbOfAHappeningAndAQuestionScoreLow() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Asked",
            """
            On 3 March 2016 the Ministry of Justice abolished the regional boards.

            On 4 March 2016 the Ministry of Justice and the regional boards were in Eastfield.

            Did the Ministry of Justice abolish the county panels on 7 March 2016?
            """))])
        let abolished = try Self.event(g, "abolished the regional")
        let none = try Self.event(g, "were in Eastfield")
        let asked = try Self.event(g, "county panels")
        #expect(none.reasons.contains { $0.hasPrefix("no verb of a happening -6") })
        #expect(asked.reasons.contains { $0.hasPrefix("asked, not told -10") })
        #expect(abolished.importance > none.importance)
        #expect(abolished.importance > asked.importance)
        #expect(EventWording("To ask the Secretary of State what the scheme cost in 2015.").contains(.question))
    }

    @Test func participantsCountAtMostTwelve() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Who",
            """
            On 3 March 2016 the Ministry of Justice abolished the boards. The Ministry of Justice is busy. The Ministry of Justice again.
            """))])
        let e = try Self.event(g, "abolished the boards")
        let points = e.reasons.filter { $0.hasPrefix("central participant") || $0.hasPrefix("policy's own") }
            .compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
        #expect(e.reasons.contains { $0.hasPrefix("central participant") })
        #expect(points == 12)
    }

    @Test func participantsCountLessWhenNothingHappens() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Who",
            """
            On 3 March 2016 the Ministry of Justice abolished the boards. The Ministry of Justice is busy. The Ministry of Justice again.

            On 4 March 2016 the Ministry of Justice said the boards were busy.
            """))])
        func points(_ e: Event) -> Int {
            e.reasons.filter { $0.hasPrefix("central participant") || $0.hasPrefix("policy's own") }
                .compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
        }
        let abolished = try Self.event(g, "abolished the boards")
        let said = try Self.event(g, "said the boards")
        #expect(points(abolished) == 12)
        #expect(points(said) == 6)
    }

    @Test func plansAfterASubjectIsAVerbNotAPolicy() {
        #expect(EventWording("The department announced plans to close the boards.").contains(.policyLevel))
        #expect(EventWording("The plans were dropped.").contains(.policyLevel))
        #expect(!EventWording("Reed plans to stand down in May.").contains(.policyLevel))
        #expect(!EventWording("In May she plans to stand down.").contains(.policyLevel))
        #expect(EventWording.firstPolicyNoun("In May she plans to stand down under the reform.") == "reform")
        #expect(EventWording.firstPolicyNoun("The plans were dropped.") == "plans")
    }

    @Test func aHappeningToldInSeveralSentencesOfOnePostGains() throws {
        let g = Self.graph([("a.txt", Self.page(
            "Tuesday, 15 March 2016", "Twice",
            """
            On 3 March 2016 the Ministry of Justice abolished the regional boards.

            The Ministry of Justice abolished them on 3 March 2016 without a vote.

            On 4 March 2016 the Ministry of Justice abolished the county panels.
            """))])
        let twice = try Self.event(g, "regional boards")
        let once = try Self.event(g, "county panels")
        #expect(twice.sources.count == 2)
        #expect(twice.reasons.contains { $0.hasPrefix("told in 2 sentences +3") })
        #expect(twice.importance > once.importance)
    }

    @Test func importanceIsTheSumOfItsReasons() throws {
        let g = Self.graph([("a.txt", Self.page("Tuesday, 15 March 2016", "Sum",
                                                "On 3 March 2016 the Ministry of Justice abolished the boards."))])
        for e in g.events {
            let sum = e.reasons.compactMap { r in r.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
            #expect(sum == e.importance, "\(e.reasons)")
        }
    }
}

/// Which candidates become one event and which stay apart.
@Suite struct EventMergingTests {
    static func page(_ day: String, _ body: String) -> String { "\(day)\n\nA Post\n\n\(body)\n" }

    @Test func theSameHappeningInTwoPostsIsOneEvent() {
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Monday, 2 February 2015", "Seetec took over the Ministry of Justice contract on 1 February 2015.")),
            ("b.txt", Self.page("Tuesday, 3 February 2015", "On 1 February 2015 Seetec took over the contract from the Ministry of Justice.")),
        ])
        let events = g.events.filter { $0.date.value == "2015-02-01" }
        #expect(events.count == 1)
        #expect(Set(events.first?.sources.map(\.document) ?? []) == ["a.txt", "b.txt"])
    }

    @Test func theSameQuotedSentenceIsOneEvent() {
        let quote = "We will bring every contract back under one roof on 26 June 2021, the minister said."
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Monday, 1 March 2021", quote)),
            ("b.txt", Self.page("Friday, 5 March 2021", quote)),
        ])
        #expect(g.events.filter { $0.date.value == "2021-06-26" }.count == 1)
        #expect(g.events.first { $0.date.value == "2021-06-26" }?.sources.count == 2)
    }

    @Test func differentHappeningsOnOneDateStayApart() {
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Monday, 2 February 2015", "Seetec took over the Ministry of Justice contract on 1 February 2015.")),
            ("b.txt", Self.page("Tuesday, 3 February 2015", "On 1 February 2015 Napo went on strike over pay.")),
        ])
        #expect(g.events.filter { $0.date.value == "2015-02-01" }.count == 2)
    }

    @Test func differentTriggerKindsStayApart() {
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Monday, 2 February 2015", "Seetec took over the Napo offices on 1 February 2015.")),
            ("b.txt", Self.page("Tuesday, 3 February 2015", "On 1 February 2015 Seetec resigned from the Napo forum.")),
        ])
        #expect(g.events.filter { $0.date.value == "2015-02-01" }.count == 2)
    }

    @Test func oneHappeningWithTwoDatesIsOneEventAndTwoHappeningsAreTwo() {
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Monday, 2 June 2014", """
                Yesterday, 1 June 2014, the probation service was split into the NPS and the CRCs.

                The Ministry of Justice announced the plan in May 2013 and split the service in June 2014.
                """)),
        ])
        let one = g.events.filter { $0.sentence.hasPrefix("Yesterday") }
        #expect(one.count == 1)
        let two = g.events.filter { $0.sentence.contains("announced the plan") }
        #expect(Set(two.map(\.date.value)) == ["2013-05", "2014-06"])
        // each date takes the trigger nearest to it
        #expect(two.first { $0.date.value == "2013-05" }?.trigger == "announced")
        #expect(two.first { $0.date.value == "2014-06" }?.trigger == "split")
    }

    @Test func aMonthAndADayOfItTellingOneHappeningAreOneEvent() {
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Monday, 2 June 2014", "On 1 June 2014 the Ministry of Justice split the probation service in two.")),
            ("b.txt", Self.page("Friday, 8 April 2016", "Ever since the Ministry of Justice split the service in June 2014, staff have left.")),
            ("c.txt", Self.page("Friday, 8 April 2016", "The Ministry of Justice appointed a new director in June 2014.")),
        ])
        let split = g.events.filter { $0.trigger == "split" }
        #expect(split.count == 1)
        #expect(split.first?.date.value == "2014-06-01")
        #expect(Set(split.first?.sources.map(\.document) ?? []) == ["a.txt", "b.txt"])
        #expect(split.first?.reasons.contains { $0.hasPrefix("told in 2 posts") } == true)
        // Another happening of that month stays apart, at its own precision.
        #expect(g.events.first { $0.trigger == "appointed" }?.date.value == "2014-06")
    }

    @Test func theSameDateInOnePostWithoutParticipantsIsOneEvent() {
        let g = GraphBuilderTests.graph([
            ("a.txt", Self.page("Friday, 27 July 2018", """
                What a day: the announcement came today.

                Today the future of the service was announced at last.
                """)),
        ])
        #expect(g.events.filter { $0.date.value == "2018-07-27" && $0.sources.count == 2 }.count == 1)
    }
}

/// An event whose date rests on an inferred post date is marked, and shown no finer than its month.
@Suite struct InferredEventTests {
    @Test func aRelativeDateInAnUndatedPostIsInferred() throws {
        let g = GraphBuilderTests.graph([("u.txt", """
            Board Changes

            The Ministry of Justice board met on 14 March 2016 to agree the plan.

            Yesterday the chair of the board resigned.
            """)])
        let resigned = try #require(g.events.first { $0.sentence.contains("resigned") })
        #expect(resigned.inferred)
        #expect(resigned.date.value == "2016-03-13")
        #expect(resigned.shownDate.value == "2016-03")
        #expect(resigned.reasons.contains { $0.hasPrefix("date inferred") })
        let met = try #require(g.events.first { $0.sentence.contains("met on") })
        #expect(!met.inferred)
        #expect(met.shownDate.value == "2016-03-14")
    }
}
