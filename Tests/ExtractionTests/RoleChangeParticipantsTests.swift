import Corpus
@testable import Extraction
import Testing
import HindsightSupport

/// Participants read from a change of post, a reported statement, a name's year and a pronoun's antecedent, on
/// sentences written for these tests (each with a twin where the rule must not fire).
@Suite struct RoleChangeParticipantsTests {
    static let head = "Monday, 3 March 2025\n\nT\n\n"

    static func participants(_ text: String, _ value: String) -> [String]? {
        EventParticipantsTests.participants(head + text + "\n", value)
    }

    @Test func aChangeOfPostIsReadFromItsWords() {
        func change(_ s: String) -> Bool { RoleChangeParticipants.tellsChange(s.split(separator: " ").map(String.init)) }
        #expect(change("she became chief executive last year"))
        #expect(change("he stood down as chair"))
        #expect(change("ann chant took over from her"))
        #expect(change("he resigned in 2019"))
        #expect(!change("he became collateral damage"))
        #expect(!change("she stood up in the commons"))
        #expect(!change("private firms to take over the service"))
        #expect(!change("he left the country"))
        #expect(RoleChangeParticipants.opensWithOwnedPost(["its", "first", "chief", "executive", "ann", "reed"]))
        #expect(!RoleChangeParticipants.opensWithOwnedPost(["its", "budget", "rose"]))
        let posts = [RoleChangeParticipants.Post(person: "Ann Reed", organization: "Harbour Trust", past: true),
                     RoleChangeParticipants.Post(person: "Ann Reed", organization: "Eastside Homes", past: false)]
        #expect(RoleChangeParticipants.organization(of: "Ann Reed", among: posts) == "Eastside Homes")
        #expect(RoleChangeParticipants.organization(of: "Tom Vale", among: posts) == nil)
        // a clause that names the post given up takes only a post of that title
        let titled = [RoleChangeParticipants.Post(person: "Tom Vale", organization: "Harbour Trust", title: "chair", past: false),
                      RoleChangeParticipants.Post(person: "Tom Vale", organization: "Education Office", title: "education secretary", past: false)]
        let chair = RoleChangeParticipants.namedPost(["he", "stood", "down", "as", "chair"])
        #expect(chair == ["chair"])
        #expect(RoleChangeParticipants.organization(of: "Tom Vale", among: titled, named: chair) == "Harbour Trust")
        #expect(RoleChangeParticipants.organization(of: "Tom Vale", among: titled, named: ["chief", "officer"]) == nil)
    }

    @Test func aChangeOfPostBringsInTheBodyOfThePostStatedBefore() {
        // the post stated in the sentence before: the body takes part in `she stepped down`
        let page = "Ann Reed, the chief executive of Harbour Trust, opened the ward. She stepped down in 2019."
        #expect(Self.participants(page, "2019").map(Set.init) == ["Ann Reed", "Harbour Trust"])
        // no change of post: the body stays out
        let twin = "Ann Reed, the chief executive of Harbour Trust, opened the ward. She spoke to nurses in 2019."
        #expect(Self.participants(twin, "2019")?.contains("Harbour Trust") == false)
        // `Its first chair, …`: the body the sentence before opened with
        let its = "Northgate Care was set up by the council. Its first chair, Tom Vale, resigned in 2016."
        #expect(Self.participants(its, "2016").map(Set.init) == ["Northgate Care", "Tom Vale"])
    }

    @Test func aSubjectPronounPrefersTheSubjectBeforeAndASexTitleRulesOut() {
        // `She` opening the clause: the subject of the sentence before, not the person named last
        let page = "Ann Reed asked Tom Vale to review the scheme. She left the trust in 2021."
        #expect(Self.participants(page, "2021")?.contains("Ann Reed") == true)
        #expect(Self.participants(page, "2021")?.contains("Tom Vale") == false)
        // a title of the other sex rules a person out
        let sexed = "Dame Ann Reed met Tom Vale. He resigned in 2022."
        #expect(Self.participants(sexed, "2022") == ["Tom Vale"])
        #expect(EventParticipants.fits("Dame Ann Reed", sex: .male) == false)
        #expect(EventParticipants.fits("Ann Reed", sex: .male))
        #expect(EventParticipants.fits("Sir Tom Vale", sex: .female) == false)
    }

    @Test func aDateInAReportedStatementIsTheStatementsOwn() {
        let s = "Tom Vale announced that Harbour Trust would close in 2020."
        let names: [(String, EntityType)] = [("Tom Vale", .person), ("Harbour Trust", .organization)]
        #expect(EventClauseTests.taking(s, date: "2020", names) == ["Harbour Trust"])
        // a statement that names no one keeps its speaker
        let t = "Tom Vale announced that the wards would close in 2020."
        #expect(EventClauseTests.taking(t, date: "2020", [("Tom Vale", .person)]) == ["Tom Vale"])
        // a date before the statement is the speaker's
        let u = "Tom Vale told the board in May 2020 that Harbour Trust had failed."
        #expect(EventClauseTests.taking(u, date: "May 2020", names) == ["Tom Vale", "Harbour Trust"])
    }

    @Test func aYearThatEndsANameSetApartDatesOnlyThatName() {
        let s = "Under the Care Homes Act 2014, Harbour Trust took over the wards in 2015."
        let names: [(String, EntityType)] = [("Care Homes Act 2014", .programme), ("Harbour Trust", .organization)]
        #expect(EventClauseTests.taking(s, date: "2014", names) == ["Care Homes Act 2014"])
        #expect(EventClauseTests.taking(s, date: "2015", names).contains("Harbour Trust"))
        // the name as the object of the clause's verb: the clause's names take part
        let t = "Ann Reed rushed the Care Homes Act 2014 through in a month."
        #expect(EventClauseTests.taking(t, date: "2014", [("Ann Reed", .person), ("Care Homes Act 2014", .programme)]).contains("Ann Reed"))
    }

    @Test func aClauseWithNoNameBorrowsNoneFromAClauseDatedApart() {
        let s = "The green paper came in May 2019, and Harbour Trust answered it in June 2020."
        func offset(_ t: String) -> Int { s.utf8.distance(from: s.startIndex, to: s.range(of: t)!.lowerBound) }
        let trust = EventClause.Name(range: offset("Harbour Trust")..<(offset("Harbour Trust") + 13), isActor: true, isPerson: false)
        let may = offset("May 2019")..<(offset("May 2019") + 8)
        // June's clause holds the trust: May's names no one
        #expect(EventClause.read(s[...], date: may, names: [trust], otherDates: [offset("June 2020")]).takingPart.isEmpty)
        // with no other date, the sentence's names stand in
        #expect(EventClause.read(s[...], date: may, names: [trust]).takingPart == [0])
    }

    @Test func anAppositionBeforeAnInfinitiveIsAnAside() {
        let s = "In 2019 the minister asked Ann Reed, the former chair of Harbour Trust, to review the scheme."
        let names: [(String, EntityType)] = [("Ann Reed", .person), ("Harbour Trust", .organization)]
        #expect(EventClauseTests.taking(s, date: "2019", names) == ["Ann Reed"])
    }
}
