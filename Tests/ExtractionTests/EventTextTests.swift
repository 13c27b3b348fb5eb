import Extraction
import Testing

/// The text an event carries: its whole sentence, a short clause, the cues of its wording, its trigger.
@Suite struct EventTextTests {
    @Test func aSentenceIsKeptWholeAndARunOnLineIsWindowed() {
        let short: Substring = "The trust board met on 3 March 2016 and agreed the plan."
        #expect(EventSummary.sentence(short, around: 23) == nil)
        let long = Substring(String(repeating: "word ", count: 1000) + "on 3 March 2016 " + String(repeating: "more ", count: 1000))
        let offset = 5000 + 3
        let w = EventSummary.sentence(long, around: offset)
        #expect(w?.hasPrefix("…word") == true)
        #expect(w?.hasSuffix("more…") == true)
        #expect(w?.contains("on 3 March 2016") == true)
        #expect((w?.utf8.count ?? 0) <= 1010)
    }

    @Test func theClauseOfALongSentenceSitsAroundItsDate() {
        let long = Substring(String(repeating: "alpha ", count: 100) + "in May 2013 the plan was announced " + String(repeating: "beta ", count: 100))
        let c = EventSummary.clause(of: long, around: 600)
        #expect(c.contains("May 2013"))
        #expect(c.hasPrefix("…") && c.hasSuffix("…"))
        #expect(c.count <= EventSummary.maxLength + 2)
    }

    @Test func aClauseIsCutAtAWordBoundaryWithAnEllipsis() {
        // words of varied length, so that a cut by length alone would fall inside one
        let words = ["council", "reorganisation", "of", "housing", "departments", "and", "schools"]
        var text = ""
        for k in 0..<60 { text += words[k % words.count] + " " }
        let long = Substring(text + "in May 2013 the plan was announced " + text)
        let at = long.utf8.distance(from: long.startIndex, to: long.range(of: "May 2013")!.lowerBound)
        let c = EventSummary.clause(of: long, around: at)
        #expect(c.hasPrefix("…") && c.hasSuffix("…"))
        let inner = c.dropFirst().dropLast()
        let kept = inner.split(separator: " ")
        #expect(kept.allSatisfy { words.contains(String($0)) || "in May 2013 the plan was announced".contains($0) }, "\(c)")
    }

    @Test func cuesOfTheWording() {
        func cues(_ s: String, _ date: String) -> EventCues {
            let r = s.range(of: date)!
            let lo = s.utf8.distance(from: s.startIndex, to: r.lowerBound)
            return EventCues.read(Substring(s), date: lo..<(lo + date.utf8.count), dateText: date)
        }
        #expect(cues("I joined the ward team in 1998 as a nurse.", "1998").contains(.personalAnecdote))
        #expect(!cues("The board joined the two wards in 1998.", "1998").contains(.personalAnecdote))
        #expect(cues("Waiting lists were 4,100, 3,900 and 4,300 in 2019.", "2019").contains(.statistics))
        #expect(cues("The waiting list was 412 lower than in March 2020.", "March 2020").contains(.statistics))
        #expect(!cues("The council closed the library in June 2021 after a long campaign.", "June 2021").contains(.statistics))
        #expect(cues("Duties under the Care Act 2014 apply.", "2014").contains(.namedInPassing))
        #expect(cues("The 2012 Act changed that.", "2012").contains(.namedInPassing))
        #expect(!cues("In 2014 the council changed that.", "2014").contains(.namedInPassing))
        #expect(cues("Staff have waited since 2012 for a pay rise.", "2012").contains(.periodBound))
        #expect(!cues("The pay rise came in 2012.", "2012").contains(.periodBound))
    }

    @Test func plansAndForecastsAreCued() {
        func forecast(_ s: String, _ date: String) -> Bool {
            let r = s.range(of: date)!
            let lo = s.utf8.distance(from: s.startIndex, to: r.lowerBound)
            return EventCues.read(Substring(s), date: lo..<(lo + date.utf8.count), dateText: date).contains(.forecast)
        }
        #expect(forecast("The trust will close the children's ward in May 2017.", "May 2017"))
        #expect(forecast("Its chair plans to stand down in September 2019.", "September 2019"))
        #expect(forecast("Ministers are expected to publish the white paper for the new school system next month.", "next month"))
        #expect(forecast("Nurses could take the offer on condition that they would leave by 31 March 2016.", "31 March 2016"))
        #expect(forecast("In 2020 the contracts will end.", "2020"))
        // a modal in another clause is not the date's
        #expect(!forecast("Today the board announced that the ward will close.", "Today"))
        #expect(!forecast("The ward closed in May 2017, and the trust will sell the site.", "May 2017"))
        #expect(!forecast("The ward closed in May 2017 after a long campaign.", "May 2017"))
        // `may` the month is no modal; `planned` alone (a noun's adjective) is no plan
        #expect(!forecast("In May 2017 the trust closed the planned ward.", "May 2017"))
    }

    @Test func becameAndAskedAndDistantVerbs() {
        let t = EventTriggers()
        func trigger(_ s: String, _ date: String) -> String? {
            let r = s.range(of: date)!
            return t.trigger(in: Substring(s), near: s.utf8.distance(from: s.startIndex, to: r.lowerBound))
        }
        #expect(trigger("The Housing Act, which became law in July 2004, changed the rules.", "July 2004") == "passed")
        #expect(trigger("Ann Reed became chief executive of the trust in 2012.", "2012") == "appointed")
        #expect(trigger("Tom Vale became the new Health Secretary in 2018.", "2018") == "appointed")
        #expect(trigger("The hospital became a byword for delay in 2012.", "2012") == nil)
        #expect(trigger("In November 2009 the government asked a banker to review school funding.", "November 2009") == "said")
        // the only date of a long sentence takes no verb from a clause far from it
        let far = "The clinic that opened its new wing after years of delay and a long inquiry into what the building "
            + "had cost the taxpayers of the county and its neighbours expects its waiting lists to be shorter by the end of March 2020."
        #expect(trigger(far, "March 2020") == nil)
        #expect(trigger("The clinic opened its new wing in March 2020.", "March 2020") == "opened")
    }

    @Test func eachDateTakesItsOwnTriggerAndReportingGivesWay() {
        let t = EventTriggers()
        let s: Substring = "The board announced the plan in May 2013 and split the service in June 2014."
        let may = s.utf8.distance(from: s.startIndex, to: s.range(of: "May 2013")!.lowerBound)
        let june = s.utf8.distance(from: s.startIndex, to: s.range(of: "June 2014")!.lowerBound)
        #expect(t.trigger(in: s, near: may, otherDates: [june]) == "announced")
        #expect(t.trigger(in: s, near: june, otherDates: [may]) == "split")
        // each clause's date goes with its own verb, even when another clause's verb stands nearer before it
        let clauses: Substring = "Earlier this year the depot closed, and in March the auditors published their accounts."
        let earlier = 0
        let march = clauses.utf8.distance(from: clauses.startIndex, to: clauses.range(of: "March")!.lowerBound)
        #expect(t.trigger(in: clauses, near: earlier, otherDates: [march]) == "closed")
        #expect(t.trigger(in: clauses, near: march, otherDates: [earlier]) == "published")
        // a clause opened by its date after a comma has no trigger of its own: it takes none from the clause before
        let bare: Substring = "Earlier this year the depot closed, in March the auditors looked at the books."
        let march2 = bare.utf8.distance(from: bare.startIndex, to: bare.range(of: "March")!.lowerBound)
        #expect(t.trigger(in: bare, near: march2, otherDates: [0]) == nil)
        #expect(t.trigger(in: bare, near: 0, otherDates: [march2]) == "closed")
        // the other term of a comparison across time is a state, not the happening named before it
        let compared: Substring = "The decision to close the depot is as sound today as it was in 2015."
        let y2015 = compared.utf8.distance(from: compared.startIndex, to: compared.range(of: "2015")!.lowerBound)
        #expect(t.trigger(in: compared, near: y2015) == nil)
        #expect(t.trigger(in: "The decision to close the depot was taken in 2015.", near: 44) == "decided")
        let told: Substring = "The minister told MPs today that the agency would be abolished."
        #expect(t.trigger(in: told, near: 21) == "ended")
    }

    /// A phrase is matched at a word's start, so a short one must not be the start of an unrelated word.
    @Test func triggersAreWordsNotTheStartsOfOtherWords() {
        let t = EventTriggers()
        #expect(t.trigger(in: "That will take quite a while, from April.") == nil)
        #expect(t.trigger(in: "She quit the board in April.") == "resigned")
        #expect(t.trigger(in: "He plans to quit, in April.") == "resigned")
        #expect(t.trigger(in: "A flexible retirement scheme from April.") == nil)
        #expect(t.trigger(in: "The chair retires in April.") == "retired")
        // Taking or bringing something back is a change of hands or of structure, not what was said about it.
        #expect(t.trigger(in: "The minister told MPs today that the council will take back the depots.", near: 30) == "took over")
        #expect(t.trigger(in: "The board said in May it would bring back the old panels.") == "unified")
        // A newspaper that reported something reports; a report is a publication.
        #expect(t.trigger(in: "The Gazette reported yesterday:-") == "said")
        #expect(t.trigger(in: "The Gazette reported yesterday that the depot had closed.") == "closed")
        #expect(t.trigger(in: "A report in May found the depot unsafe.") == "published")
        // nouns that begin like a trigger name a person or a body, not a happening
        #expect(t.trigger(in: "The inspectors visited in May.") == "visited")
        #expect(t.trigger(in: "The chief inspector spoke in May.") == nil)
        #expect(t.trigger(in: "The Metropolitan Police spoke in May.") == nil)
        // taking over and standing down in other tenses
        #expect(t.trigger(in: "She takes over in May.") == "took over")
        #expect(t.trigger(in: "The firm was taken over in May.") == "took over")
        #expect(t.trigger(in: "He stood down in May.") == "resigned")
        #expect(t.trigger(in: "The trust bought the site in May.") == "sold")
        // arriving is a turn only with its date right after it
        let arrived: Substring = "Ms Reed arrived in May 2016."
        #expect(t.trigger(in: arrived, near: arrived.utf8.distance(from: arrived.startIndex, to: arrived.range(of: "May")!.lowerBound)) == "arrived")
        let late: Substring = "They have campaigned since May 2016, and the change has arrived at last."
        #expect(t.trigger(in: late, near: late.utf8.distance(from: late.startIndex, to: late.range(of: "May")!.lowerBound)) == nil)
    }
}
