import Corpus
@testable import Extraction
import Testing

/// Participants a sentence leaves unnamed but the post makes plain: the body the post is about (``PostTopic``)
/// for a change of post or a description that nothing nearer resolves, and a comment's writer for its dateline
/// (``CommentDateline``).
@Suite struct EventTopicParticipantsTests {
    static let head = "Monday, 3 March 2025\n\nT\n\n"
    /// A short page about Harbour Water: named three times before the sentence under test.
    static let aboutHarbour = head + "Harbour Water supplies the valley. Harbour Water raised its bills again. Critics say Harbour Water has lost its way.\n\n"

    static func parts(_ text: String, _ value: String) -> [String]? {
        EventParticipantsTests.participants(text, value)
    }

    @Test func aChangeOfPostWithNoBodyNamedTakesThePostsTopic() {
        // three wordings: became chair, stepped down as chief executive, was appointed director general (a pronoun)
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale, a former banker, became chair in 2014.\n", "2014") == ["Tom Vale", "Harbour Water"])
        #expect(Self.parts(Self.aboutHarbour + "In May 2020 Ann Reed stepped down as chief executive.\n", "2020-05") == ["Ann Reed", "Harbour Water"])
        #expect(Self.parts(Self.aboutHarbour + "Ann Reed ran the books. She was appointed director general in 2019.\n", "2019")?
            .contains("Harbour Water") == true)
    }

    @Test func aChangeOfPostWithoutATopicOrOfAnotherKindTakesNone() {
        // a body named only twice is no topic yet; two bodies named as often, none
        var topic = PostTopic()
        topic.add("Harbour Water", mention: 0)
        topic.add("Harbour Water", mention: 2)
        #expect(topic.mention == nil)
        topic.add("Harbour Water", mention: 5)
        #expect(topic.mention == 5)
        for m in 6...8 { topic.add("Northgate Rail", mention: m) }
        #expect(topic.mention == nil)
        // two bodies named as often: no topic
        let tie = Self.aboutHarbour + "Northgate Rail runs trains. Northgate Rail is late. Northgate Rail apologised.\n\n"
        #expect(Self.parts(tie + "Tom Vale became chair in 2014.\n", "2014") == ["Tom Vale"])
        // a minister's office is no post in the topic
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale became environment secretary in 2014.\n", "2014") == ["Tom Vale"])
        // no change of post told
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale spoke to the chair in 2014.\n", "2014") == ["Tom Vale"])
        // a title stated before and not written in the clause may name another body (`of probation`)
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale, the chief inspector of probation, spoke. He replaced Ann Reed in June 2019.\n", "2019-06")?
            .contains("Harbour Water") == false)
        // a body named in the clause is the one
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale became chair of Northgate Rail in 2014.\n", "2014")?.contains("Harbour Water") == false)
    }

    @Test func aDescriptionNothingNearerResolvesTakesTheTopicOfItsKind() {
        // `the company` after a topic with no other kind in its name; `the organisation`; `the regulator`
        #expect(Set(Self.parts(Self.aboutHarbour + "In May 2021 Ofwat fined the company.\n", "2021-05") ?? []) == ["Ofwat", "Harbour Water"])
        #expect(Self.parts(Self.aboutHarbour + "Ann Reed, who led the organisation from 2014, retired.\n", "2014")?
            .contains("Harbour Water") == true)
        let regulator = Self.head + "The Water Services Regulation Authority sets bills. The Water Services Regulation Authority fined Harbour Water. "
            + "The Water Services Regulation Authority has new powers.\n\n"
        #expect(Self.parts(regulator + "In August 2024 the regulator proposed a larger penalty.\n", "2024-08")?
            .contains("Water Services Regulation Authority") == true)
    }

    @Test func aDescriptionOfAnotherKindOrBesideANameTakesNoTopic() {
        // `the council` is no water company; `the regulator` is not a company whose name says no regulation
        #expect(Self.parts(Self.aboutHarbour + "In May 2021 the council objected.\n", "2021-05")?.contains("Harbour Water") == false)
        #expect(Self.parts(Self.aboutHarbour + "In May 2021 the regulator objected.\n", "2021-05")?.contains("Harbour Water") == false)
        // a description in apposition only describes the name before it
        #expect(Self.parts(Self.aboutHarbour + "In 2019 Northgate Rail, the company that runs the line, cut fares.\n", "2019") == ["Northgate Rail"])
        // another body that may be a company, named before it in the sentence: unsure
        #expect(Self.parts(Self.aboutHarbour + "In 2019 Northgate Rail bought the company.\n", "2019") == ["Northgate Rail"])
        // `the service` is too plain a noun
        #expect(Self.parts(Self.aboutHarbour + "In 2019 the service failed.\n", "2019")?.contains("Harbour Water") == false)
    }

    /// A short page about a schools trust, and one about a housing association, for bare changes of post.
    static let aboutSchools = head + "Oakfield Learning Trust runs nine academies. Oakfield Learning Trust cut its staff. "
        + "Parents say Oakfield Learning Trust ignored them.\n\n"
    static let aboutHousing = head + "Riverside Homes owns 40,000 flats. Riverside Homes raised rents. "
        + "Tenants took Riverside Homes to the ombudsman.\n\n"

    @Test func aBareChangeOfPostTakesThePostsTopic() {
        // a leaving with nothing after it but a time, by a pronoun; a stepping down with a reason after the time
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale ran the works for a decade. He left last month.\n", "2025-02")?
            .contains("Harbour Water") == true)
        #expect(Self.parts(Self.aboutSchools + "Ann Reed steered the schools through the inspections. She stepped down in May 2020 after two years.\n",
                           "2020-05") == ["Ann Reed", "Oakfield Learning Trust"])
        // a retirement, and a joining told in a relative clause
        #expect(Self.parts(Self.aboutHousing + "Sam Lowe retired in 2018.\n", "2018") == ["Sam Lowe", "Riverside Homes"])
        #expect(Self.parts(Self.aboutHousing + "Sam Lowe, who joined in 2017, spoke to tenants yesterday.\n", "2017")?
            .contains("Riverside Homes") == true)
    }

    @Test func aChangeThatNamesWhatIsLeftOrAPersonWithAnotherPostTakesNoTopic() {
        // something else left or joined (`left the army`, `joined the navy`), a minister's office
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale left the army in 1990.\n", "1990")?.contains("Harbour Water") == false)
        #expect(Self.parts(Self.aboutSchools + "Ann Reed joined the navy in 1985.\n", "1985")?.contains("Oakfield Learning Trust") == false)
        #expect(Self.parts(Self.aboutHousing + "Sam Lowe resigned as housing minister in 2019.\n", "2019")?.contains("Riverside Homes") == false)
        // a person whose post the text put at another body leaves that body, not the topic
        #expect(Self.parts(Self.aboutHousing + "Sam Lowe, the chief executive of Northgate Rail, praised the landlord. He left in 2019.\n", "2019")?
            .contains("Riverside Homes") == false)
        // no change of post at all, or one denied
        #expect(Self.parts(Self.aboutSchools + "Ann Reed visited in 2019.\n", "2019")?.contains("Oakfield Learning Trust") == false)
        #expect(Self.parts(Self.aboutHarbour + "Tom Vale was asked to go in 2021 but never resigned.\n", "2021")?.contains("Harbour Water") == false)
    }

    static let comments = head + "Harbour Water raised its bills.\n\n2 comments:\n\n  1. Ann Reed said...\n    22 May 2023 at 10:17\n\n"
        + "    Bills went up in 2022 too.\n\n    ReplyDelete\n  2. Night Shift Nurse said...\n    23 May 2023 at 08:05\n\n"
        + "    Agreed.\n\n    ReplyDelete\n  3. Tom Vale said:\n    26 May 2023 at 11:02\n\n    It was worse in April 2023, Tom Vale says.\n"

    @Test func aCommentsDatelineIsItsWriters() {
        #expect(Self.parts(Self.comments, "2023-05-22") == ["Ann Reed"])
        // a byline with a colon
        #expect(Self.parts(Self.comments, "2023-05-26") == ["Tom Vale"])
    }

    @Test func aPseudonymOrADateInTheCommentsTextAddsNoWriter() {
        #expect(Self.parts(Self.comments, "2023-05-23")?.isEmpty == true)
        #expect(Self.parts(Self.comments, "2022")?.contains("Ann Reed") == false)
        #expect(CommentDateline.isByline("  1. Ann Reed said..."))
        #expect(CommentDateline.isByline("Ann Reed said\u{2026}"))
        #expect(!CommentDateline.isByline("Ann Reed said that bills rose."))
    }

    /// A page whose title is `title` and whose text names each body once, then the sentence under test.
    static func titled(_ title: String, _ text: String) -> String { "Monday, 3 March 2025\n\n\(title)\n\n" + text }

    @Test func aBodyTheTitleNamesIsTheTopicOfAPostThatNamesItOnce() {
        // councils, hospital trusts, bus firms: each body named once in the text, the headline picks one
        let councils = "Eastside County Council is gone. Westgate Borough Council and Northfield District Council go too.\n\n"
        #expect(Self.parts(Self.titled("Farewell, Eastside County Council", councils + "Ann Reed left the council in 2017.\n"), "2017")?
            .contains("Eastside County Council") == true)
        let trusts = "Harbour Hospitals Trust treats the coast. Valley Care Trust treats the hills.\n\n"
        #expect(Self.parts(Self.titled("What went wrong at Harbour Hospitals Trust", trusts + "In June 2019 the trust was rated inadequate by inspectors.\n"), "2019-06")?
            .contains("Harbour Hospitals Trust") == true)
        let buses = "Northgate Buses ran the town routes. Ofqual had nothing to do with it.\n\n"
        #expect(Self.parts(Self.titled("The rise of Northgate Buses", buses + "Tom Vale became chair in 2014.\n"), "2014")?
            .contains("Northgate Buses") == true)
    }

    @Test func aTitleThatNamesNoBodyOrAnotherLeavesTheDescriptionUnsure() {
        let councils = "Eastside County Council is gone. Westgate Borough Council and Northfield District Council go too.\n\n"
        // a headline naming no body: the three councils tie
        #expect(Self.parts(Self.titled("Farewell to an era", councils + "Ann Reed left the council in 2017.\n"), "2017") == ["Ann Reed"])
        // a headline naming a body of another kind: it is no council
        #expect(Self.parts(Self.titled("Why Harbour Hospitals Trust matters", councils + "Ann Reed left the council in 2017.\n"), "2017")?
            .contains("Harbour Hospitals Trust") == false)
    }
}
