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
        // a post stated as past, by its qualifier or by the words of its title, is not the one left or taken
        #expect(RoleChangeParticipants.isPast("former", label: "chair"))
        #expect(RoleChangeParticipants.isPast(nil, label: "previously chief executive"))
        #expect(!RoleChangeParticipants.isPast(nil, label: "chief executive"))
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

    @Test func aPostTheClauseNamesBringsInItsStatedBody() {
        // the person's post stated before, named again in the clause (a school trust, a water company)
        let page = "Ann Reed, the chief executive of Northgate Academies, opened the school. Reed was chief executive during the floods of 2019."
        #expect(Self.participants(page, "2019").map(Set.init) == ["Reed", "Northgate Academies"])
        let water = "Tom Vale, the chair of Lakeside Water, met farmers. Its chair, Tom Vale, had been in post since 2018."
        #expect(Self.participants(water, "2018")?.contains("Lakeside Water") == true)
        // twins: a post marked as past, and a minister's office, bring in no body
        let past = "Ann Reed, the chief executive of Northgate Academies, opened the school. Later Reed, a former chief executive, spoke in 2019."
        #expect(Self.participants(past, "2019")?.contains("Northgate Academies") == false)
        let minister = "Ann Reed, the housing secretary at the Housing Office, met tenants. Reed was housing secretary during the floods of 2019."
        #expect(Self.participants(minister, "2019")?.contains("Housing Office") == false)
    }

    @Test func aSuccessorTakesTheBodyOfThePostOfThatTitle() {
        // `became chief executive` with no body: the body of the last post of that title stated for someone else
        let page = "Ann Reed, the chief executive of Harbour Health Trust, retired in March. Tom Vale became chief executive in 2019."
        #expect(Self.participants(page, "2019").map(Set.init) == ["Tom Vale", "Harbour Health Trust"])
        // `announced her resignation` is a change of post too
        let resigned = "Ann Reed, the chair of Eastside Homes, visited the estate. She announced her resignation in May 2020."
        #expect(Self.participants(resigned, "2020-05")?.contains("Eastside Homes") == true)
        // twins: the clause names its own body; another title is another post
        let own = "Ann Reed, the chief executive of Harbour Health Trust, retired in March. Tom Vale became chief executive of Northgate Care in 2019."
        #expect(Self.participants(own, "2019")?.contains("Harbour Health Trust") == false)
        let other = "Ann Reed, the chief executive of Harbour Health Trust, retired in March. Tom Vale became treasurer in 2019."
        #expect(Self.participants(other, "2019")?.contains("Harbour Health Trust") == false)
    }

    @Test func aBodyNamedAloneLabelsThePostsAfterIt() {
        // a list of bodies, each named alone, then its chief: the label is the post's body
        let page = "Lakeside Water. Ann Reed became chief executive in 2016.\n\nNorthgate Water. Tom Vale became chair in 2019."
        #expect(Self.participants(page, "2016").map(Set.init) == ["Ann Reed", "Lakeside Water"])
        #expect(Self.participants(page, "2019").map(Set.init) == ["Tom Vale", "Northgate Water"])
        // twin: a sentence that does more than name a body labels nothing (a place named alone is no body)
        let twin = "Lakeside Water raised its bills in the spring.\n\nLeeds. Ann Reed became chief executive in 2016."
        #expect(Self.participants(twin, "2016") == ["Ann Reed"])
    }

    @Test func theSuccessorInTheNextClauseTakesPart() {
        let names: [(String, EntityType)] = [("Ann Reed", .person), ("Tom Vale", .person)]
        // a council leader, a fire chief, a regulator's head: the one who takes over in the clause after, undated
        #expect(EventClauseTests.taking("Ann Reed resigned as council leader in May 2019, and Tom Vale replaced her.", date: "May 2019", names)
                == ["Ann Reed", "Tom Vale"])
        #expect(EventClauseTests.taking("Ann Reed retired at the end of 2019, and Tom Vale took over from her.", date: "2019", names)
                == ["Ann Reed", "Tom Vale"])
        // twins: a clause that moves the time on, a clause with a date of its own, a clause of no succession
        #expect(EventClauseTests.taking("Ann Reed became the first regulator in May 2019, and Tom Vale has since succeeded her.", date: "May 2019", names)
                == ["Ann Reed"])
        #expect(EventClauseTests.taking("Ann Reed opened the clinic in May 2019, and Tom Vale praised the staff.", date: "May 2019", names)
                == ["Ann Reed"])
    }

    @Test func thePeopleAColonListsAfterTheClauseTakePart() {
        let names: [(String, EntityType)] = [("Ann Reed", .person), ("Tom Vale", .person), ("Mary Stone", .person)]
        let s = "In June 2018 Ann Reed appointed two inspectors to run the schools: Tom Vale as lead inspector and Mary Stone to check the budgets."
        #expect(EventClauseTests.taking(s, date: "June 2018", names) == ["Ann Reed", "Tom Vale", "Mary Stone"])
        // twin: the colon opens a clause of its own, with its verb
        let t = "In June 2018 Ann Reed appointed two inspectors: Tom Vale resigned and Mary Stone refused the post."
        #expect(EventClauseTests.taking(t, date: "June 2018", names) == ["Ann Reed"])
    }

    @Test func aPartyThatOnlyLabelsAPersonTakesNoPart() {
        let parties = KnowledgeBase(records: [KnowledgeRecord(name: "Harbour Party", type: .organization)])
        func taking(_ text: String, _ value: String) -> [String]? {
            EventParticipantsTests.participants(Self.head + text + "\n", value, knowledge: parties)
        }
        // an MP's or a peer's party describes the person (housing, health)
        #expect(taking("In May 2019 Ann Reed, the Harbour Party MP for Leeds, told the Commons that rents had doubled.", "2019-05")?
                    .contains("Harbour Party") == false)
        #expect(taking("Tom Vale, a Harbour Party peer, was appointed to run the hospital review in June 2020.", "2020-06")?
                    .contains("Harbour Party") == false)
        // twins: the party acts, governs, or is led
        #expect(taking("In May 2019 the Harbour Party won the council elections in Leeds.", "2019-05")?.contains("Harbour Party") == true)
        #expect(taking("In June 2020 a Harbour Party government cut the schools budget.", "2020-06")?.contains("Harbour Party") == true)
    }

    @Test func aDefiniteDescriptionEndsBeforeAPrepositionOfTime() {
        let page = "The Health Select Committee met on Monday. Ann Reed has chaired the committee since 2017."
        #expect(Self.participants(page, "2017")?.contains("Health Select Committee") == true)
        // twin: the description qualifies another noun
        let twin = "The Health Select Committee met on Monday. Ann Reed has chaired the committee hearings since 2017."
        #expect(Self.participants(twin, "2017")?.contains("Health Select Committee") == false)
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
        #expect(EventParticipants.fits("Sir Tom Vale", sex: .female) == false)
        // a given name tells the sex too, as the shared pronoun resolver reads it; a name that tells nothing fits both
        #expect(EventParticipants.fits("Ann Reed", sex: .male) == false)
        #expect(EventParticipants.fits("Tom Vale", sex: .female) == false)
        #expect(EventParticipants.fits("Reed", sex: .male) && EventParticipants.fits("Reed", sex: .female))
        let given = "Ann Reed met Tom Vale. He resigned in 2022."
        #expect(Self.participants(given, "2022") == ["Tom Vale"])
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

    @Test func aBodyOfAnEarlierPostIsThePersonsPast() {
        func has(_ page: String, _ value: String, _ name: String) -> Bool? { Self.participants(page, value)?.contains(name) }
        // a pluperfect relative clause, `after` with a gerund of holding a post: the body is background
        #expect(has("Ann Reed, who had run Eastside Council, was appointed chief executive later in 2018.", "2018", "Eastside Council") == false)
        #expect(has("Tom Vale, a veteran banker who had chaired Harbour Bank, was asked in May 2019 to review the budget.", "2019-05", "Harbour Bank") == false)
        #expect(has("Jo Lamb became chief executive of Lakeside Water in 2010 after running Eastside Post.", "2010", "Eastside Post") == false)
        #expect(has("Sam Cole took over as chair of the Harbour Board in March 2021 after eight years leading the Rivers Trust.", "2021-03", "Rivers Trust") == false)
        // (the new post's body stays)
        #expect(has("Jo Lamb became chief executive of Lakeside Water in 2010 after running Eastside Post.", "2010", "Lakeside Water") == true)
        // twins: the description holds the date; the clause tells a leaving; the person's post is the one taken over;
        // `had been held at` is no post
        #expect(has("Ben Hart, who had run Delta Homes since 2001, spoke in May.", "2001", "Delta Homes") == true)
        #expect(has("Ben Hart stepped down in 2015 after ten years running Delta Homes.", "2015", "Delta Homes") == true)
        #expect(has("Kim Lowe took over in 2016 from Ida Fox, who had run the Rivers Trust since 2011.", "2016", "Rivers Trust") == true)
        #expect(has("In 2017 the paper told of Tom Vale, a driver who had been held at Northgate Prison for weeks.", "2017", "Northgate Prison") == true)
    }

    @Test func aSuccessorTakesTheBodyOfThePredecessorsPost() {
        func has(_ page: String, _ value: String, _ name: String) -> Bool? { Self.participants(page, value)?.contains(name) }
        // `took over from her`, `replaced Ben Hart`, `took over in May from`: the predecessor's body takes part
        #expect(has("Ann Reed, the chief executive of Harbour Trust, opened the ward. Tom Vale took over from her in 2019.", "2019", "Harbour Trust") == true)
        #expect(has("Ben Hart, the chair of Delta Homes, spoke to tenants. Kim Lowe replaced Ben Hart in 2016.", "2016", "Delta Homes") == true)
        #expect(has("Ida Fox, the director of Lakeside Arts, met us. Jo Lamb took over in March 2020 from Ida Fox.", "2020-03", "Lakeside Arts") == true)
        // twins: the passive's subject is the one replaced (its own post); the clause names its own body
        #expect(has("Ben Hart, the chair of Delta Homes, spoke to tenants. Kim Lowe was replaced by Ben Hart in 2016.", "2016", "Delta Homes") == false)
        #expect(has("Ann Reed, the chief executive of Harbour Trust, opened the ward. Tom Vale took over Northgate Care from her in 2019.", "2019", "Harbour Trust") == false)
        #expect(RoleChangeParticipants.takesOverFrom(["she", "replaced", "him"], at: 1))
        #expect(!RoleChangeParticipants.takesOverFrom(["she", "was", "replaced", "by", "him"], at: 2))
        #expect(RoleChangeParticipants.takesOverFrom(["she", "took", "over", "in", "may", "from", "him"], at: 1))
        #expect(!RoleChangeParticipants.takesOverFrom(["she", "took", "over", "the", "firm"], at: 1))
    }

    @Test func leavingWithATimeIsAChangeOfPost() {
        func change(_ s: String) -> Bool { RoleChangeParticipants.tellsChange(s.split(separator: " ").map(String.init)) }
        #expect(change("cole left in 2021"))
        #expect(change("she departed last year"))
        #expect(change("he left the council in 2017"))
        #expect(change("his predecessor walked out in june"))
        #expect(!change("he left the country in 2017"))
        #expect(!change("she left school at sixteen"))
        #expect(!change("the flood left him a house"))
        // the body of the post stated before takes part in `left in`
        let page = "Sam Cole, the director of Lakeside Arts, met us. Cole left in 2021."
        #expect(Self.participants(page, "2021")?.contains("Lakeside Arts") == true)
        let twin = "Sam Cole, the director of Lakeside Arts, met us. Cole left the country in 2021."
        #expect(Self.participants(twin, "2021")?.contains("Lakeside Arts") == false)
    }

    @Test func theBodyOfAPostInAppositionIsLeftForANewPost() {
        func has(_ page: String, _ value: String, _ name: String) -> Bool? { Self.participants(page, value)?.contains(name) }
        // a new post at another body, a post of another title, `took over as`: the apposition's body is the past
        #expect(has("Ann Reed, the chief executive of Eastside Council, was appointed chair of the Rivers Board in October 2024.", "2024-10", "Eastside Council") == false)
        #expect(has("Ann Reed, the chief executive of Eastside Council, was appointed chair of the Rivers Board in October 2024.", "2024-10", "Rivers Board") == true)
        #expect(has("Tom Vale, head teacher of Northgate School, was made chair in 2021.", "2021", "Northgate School") == false)
        #expect(has("Sam Cole, a director of Harbour Bank, took over as chair of the Lakeside Trust in May 2018.", "2018-05", "Harbour Bank") == false)
        // twins: a leaving, no change, the apposition's own post, a post given to someone else
        #expect(has("Sam Cole, the chief executive of Harbour Trust, resigned in 2019.", "2019", "Harbour Trust") == true)
        #expect(has("Kim Lowe, the chair of Delta Homes, spoke to tenants in 2018.", "2018", "Delta Homes") == true)
        #expect(has("Ben Hart, the chair of Lakeside Water, was appointed in 2017.", "2017", "Lakeside Water") == true)
        #expect(has("Jo Lamb, the minister at the Housing Office, appointed Ben Hart to chair the review in 2016.", "2016", "Housing Office") == true)
    }
}
