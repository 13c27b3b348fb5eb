import Corpus
@testable import Extraction
import Testing
import HindsightSupport

/// Who takes part in an event: a subject or possessive pronoun's person, an acting `it`'s organization, and the
/// holder of a post named by its title alone.
@Suite struct EventParticipantsTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Mary Stone", type: .person, roles: [
            KnowledgeRole(title: "Prime Minister", from: "2019-07", to: "2022-09"),
            KnowledgeRole(title: "Chief Executive", organization: "Harbour Group", from: "2010", to: "2020"),
        ]),
        KnowledgeRecord(name: "Tom Vale", type: .person, roles: [
            KnowledgeRole(title: "Chief Executive", organization: "Eastside Trust", from: "2010", to: "2020"),
            KnowledgeRole(title: "HM Chief Inspector of Schools", organization: "Schools Inspectorate", from: "2018", to: "2021"),
        ]),
    ])

    @Test func aPostNamedByItsTitleAloneImpliesItsHolderThen() {
        let p = EventParticipants(knowledge: Self.knowledge)
        let june2020 = TemporalValue.parse("2020-06")!
        #expect(p.implied(by: "The Prime Minister promised a new plan.", on: june2020) == ["Mary Stone"])
        // a title in lower case and two words long is too loose to name anyone
        #expect(p.implied(by: "the prime minister of somewhere promised a plan.", on: june2020).isEmpty)
        // outside the term, no one
        #expect(p.implied(by: "The Prime Minister promised a new plan.", on: TemporalValue.parse("2023")!).isEmpty)
        // two holders of one title at the time: no one
        #expect(p.implied(by: "The Chief Executive resigned.", on: june2020).isEmpty)
        #expect(p.implied(by: "The chief inspector of schools wrote to heads.", on: june2020) == ["Tom Vale", "Schools Inspectorate"])
    }

    @Test func titlesAreFoundByteForByteAnywhereInTheSentence() {
        #expect(ByteSearch.contains("the chief inspector of schools said", "chief inspector of schools"))
        #expect(ByteSearch.contains("chief inspector", "chief inspector"))
        #expect(ByteSearch.contains("a ccchief", "cchief"))
        #expect(ByteSearch.contains("anything", ""))
        #expect(!ByteSearch.contains("the chief inspector", "chief inspectors"))
        #expect(!ByteSearch.contains("chief", "chief inspector"))
        #expect(ByteSearch.contains("the café’s chief", "café’s chief"))
    }

    @Test func aSubjectPronounStandsForTheLastPerson() {
        let page = "Monday, 3 March 2025\n\nT\n\nAnn Reed ran the trust for years. In 2019 she was appointed to the board. Her letter arrived in 2020.\n"
        let x = DocumentExtractor(knowledge: .empty).extract(PlainTextPageReader().read(text: page, path: "p.txt"))
        let e2019 = x.events.first { $0.date.value == "2019" }
        #expect(e2019.map { $0.participants.map { x.mentions[$0].mention.text } } == ["Ann Reed"])
        // the owner of a possessive takes part (`his letter` is the person's act)
        let e2020 = x.events.first { $0.date.value == "2020" }
        #expect(e2020.map { $0.participants.map { x.mentions[$0].mention.text } } == ["Ann Reed"])
        // an `it` that acts stands for the organization that opened the sentence before
        let page2 = "Monday, 3 March 2025\n\nT\n\nHarbour Group runs four homes. It bought Northgate Care in 2019.\n"
        let y = DocumentExtractor(knowledge: .empty).extract(PlainTextPageReader().read(text: page2, path: "p.txt"))
        let e2019b = y.events.first { $0.date.value == "2019" }
        #expect(Set(e2019b.map { $0.participants.map { y.mentions[$0].mention.text } } ?? []) == ["Harbour Group", "Northgate Care"])
    }

    /// The texts of the participants of the first event of `value` on `page`.
    static func participants(_ page: String, _ value: String, knowledge: KnowledgeBase = .empty) -> [String]? {
        let x = DocumentExtractor(knowledge: knowledge).extract(PlainTextPageReader().read(text: page, path: "p.txt"))
        guard let e = x.events.first(where: { $0.date.value == value }) else { return nil }
        return e.participants.map { x.mentions[$0].mention.text } + e.impliedParticipants
    }

    @Test func aTradeNounStandsForTheBusinessTheTextIsAbout() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // `the broadcaster`, `the retailer`, `the charity` after the sentence that opened with the body
        #expect(Self.participants(head + "Harbour Vision makes films in Leeds. In 2019 the broadcaster opened a studio in Hull.\n", "2019")?
                    .contains("Harbour Vision") == true)
        #expect(Self.participants(head + "Eastmoor Stores had 40 shops. The retailer closed half of them in May 2020.\n", "2020-05")?
                    .contains("Eastmoor Stores") == true)
        #expect(Self.participants(head + "Kestrel Shelter helps families in Hull. The charity lost its grant in 2018.\n", "2018")?
                    .contains("Kestrel Shelter") == true)
        // twins: a body of a named kind is no business; another business named before it in the sentence makes it unsure
        #expect(Self.participants(head + "Northgate Borough Council runs the library. In 2019 the broadcaster filmed there.\n", "2019")?
                    .contains("Northgate Borough Council") == false)
        #expect(Self.participants(head + "Harbour Vision makes films in Leeds. In 2019 Lakeside Media sued the broadcaster.\n", "2019")?
                    .contains("Harbour Vision") == false)
    }

    @Test func aDefiniteDescriptionStandsForTheBodyNamedBefore() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // `the trust` after a trust's name: the trust takes part
        #expect(Self.participants(head + "Harbour Housing Trust runs 400 homes in Leeds. In 2019 the trust paid its chair twice the going rate.\n", "2019")
                == ["Harbour Housing Trust"])
        // a description in lower case that spells a whole name
        #expect(Self.participants(head + "The Carers Service opened in Hull. Ann Reed said the carers service was cut in 2020.\n", "2020")?
                    .contains("Carers Service") == true)
        // a description that qualifies another noun (`the council tax`) stands for no body
        #expect(Self.participants(head + "Eastside Borough Council met on Monday. In 2021 the council tax rose by 4 per cent.\n", "2021")?
                    .contains("Eastside Borough Council") == false)
        // a head too plain to stand alone, and a description that names no body of the post: no one
        #expect(Self.participants(head + "Northgate Care Service opened in Hull. In 2022 the service closed its doors.\n", "2022")?
                    .contains("Northgate Care Service") == false)
        #expect(Self.participants(head + "Ofwat fined Lakeside Water last week. In 2022 the company paid the fine.\n", "2022")?
                    .contains("Ofwat") == false)
        let found = DefiniteReference.find(in: "In 2019 the trust’s chair and the board resigned, as did the Trust Fund.", within: 0..<200,
                                           names: [])
        #expect(found.map(\.words) == [["trust"], ["board"]])
    }

    @Test func anItAfterASentenceOpenedByADescriptionStandsForWhatItDescribes() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // `the commission` opened the sentence before: `it` is the commission, not the body it fined
        let page = head + "The Gambling Commission licenses betting shops. In May 2018 the commission fined Lakeside Bets. "
            + "In July 2018 it fined Northgate Gaming.\n"
        let p = Self.participants(page, "2018-07")
        #expect(p?.contains("Gambling Commission") == true)
        #expect(p?.contains("Lakeside Bets") == false)
        // twin: a name opening the sentence before stays its subject
        let q = Self.participants(head + "Lakeside Bets runs shops. In May 2018 Lakeside Bets paid a fine. In July 2018 it bought Northgate Gaming.\n", "2018-07")
        #expect(q?.contains("Lakeside Bets") == true)
    }

    @Test func aReportTakesInItsAuthorsBody() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // Tom Vale headed the schools inspectorate from 2018 to 2021, by `Entities/` (and ran a trust until 2020)
        #expect(Self.participants(head + "Tom Vale's annual report came out in May 2021.\n", "2021-05", knowledge: Self.knowledge)
                == ["Tom Vale", "Schools Inspectorate"])
        #expect(Self.participants(head + "Tom Vale spoke to staff on Monday. His final report came out in May 2021.\n", "2021-05",
                                  knowledge: Self.knowledge) == ["Tom Vale", "Schools Inspectorate"])
        // a report that is not the person's, or the person's report outside the post's term: no body
        #expect(Self.participants(head + "Tom Vale read the Harbour report in May 2019.\n", "2019-05", knowledge: Self.knowledge)?
                    .contains("Schools Inspectorate") == false)
        #expect(Self.participants(head + "Tom Vale's annual report came out in May 2023.\n", "2023-05", knowledge: Self.knowledge)?
                    .contains("Schools Inspectorate") == false)
    }

    @Test func aBodyThatOnlyLabelsAPersonTakesNoPart() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        #expect(Self.participants(head + "Harbour Party MP Ann Reed resigned in May 2019.\n", "2019-05") == ["Ann Reed"])
        // an office in the body makes the person speak for it; a possessive body takes part too
        #expect(Set(Self.participants(head + "Harbour Union General Secretary Ann Reed resigned in May 2019.\n", "2019-05") ?? [])
                == ["Harbour Union", "Ann Reed"])
        #expect(Set(Self.participants(head + "Harbour Trust's chair Ann Reed resigned in May 2019.\n", "2019-05") ?? [])
                == ["Harbour Trust", "Ann Reed"])
    }

    @Test func aWholeNameInLowerCaseIsFoundAnywhereInTheDocument() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        let page = head + "Reed said the carers service was cut in 2020. Later that year the Carers Service closed for good.\n"
        #expect(Self.participants(page, "2020")?.contains("Carers Service") == true)
    }

    @Test func anItTheSentenceBeforeLeavesOpenStandsForTheSubjectTheRelationStageReads() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // a sentence about no one between (water), a chain of `it` (schools), a passive (housing)
        #expect(Self.participants(head + "Kelby Water supplies the valley. The pipes are old. In 2019 it raised bills by a fifth.\n", "2019")?
                    .contains("Kelby Water") == true)
        #expect(Self.participants(head + "Oakfield Academy Trust opened in 2010. It grew fast. In 2018 it took over two schools.\n", "2018")?
                    .contains("Oakfield Academy Trust") == true)
        #expect(Self.participants(head + "Riverside Homes owns 9,000 flats. Many are damp. In May 2021 it was fined by the ombudsman.\n", "2021-05")?
                    .contains("Riverside Homes") == true)
        // twins: a person the subject of the sentence before leaves `it` unsure; an impersonal `it` is no one
        #expect(Self.participants(head + "Kelby Water supplies the valley. Ann Reed chairs the board. In 2019 it raised bills.\n", "2019")?
                    .contains("Kelby Water") == false)
        #expect(Self.participants(head + "Kelby Water supplies the valley. The pipes are old. In 2019 it was announced that bills would rise.\n", "2019")?
                    .contains("Kelby Water") == false)
    }

    @Test func anItAfterAVerbWhoseObjectIsABodyStandsForTheSubjectBefore() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // a manager in a relative clause (housing), a sale by an owner (retail), a leader (schools)
        #expect(Self.participants(head + "Riverside Homes owns 9,000 flats. Under Sam Lowe, who ran it from 2012, rents doubled.\n", "2012")?
                    .contains("Riverside Homes") == true)
        #expect(Self.participants(head + "Harbour Stores had 90 shops and a pension deficit. In May 2015 its owner sold it for a pound.\n", "2015-05")?
                    .contains("Harbour Stores") == true)
        #expect(Self.participants(head + "Oakfield Academy Trust ran nine schools. Under Ann Reed, who led it until 2019, results rose.\n", "2019")?
                    .contains("Oakfield Academy Trust") == true)
        // twins: `it` after a verb whose object is a plan or a fact is no body; a person opening the sentence leaves
        // `it` unsure (the resolver's policy)
        #expect(Self.participants(head + "Kelby Water runs the reservoirs. Ann Reed, who chaired it from 2016, retired last year.\n", "2016")?
                    .contains("Kelby Water") == false)
        #expect(Self.participants(head + "Harbour Trust wrote a plan. In 2019 the minister published it.\n", "2019")?
                    .contains("Harbour Trust") == false)
        #expect(Self.participants(head + "Harbour Trust met the mayor. In 2019 Ann Reed made it clear that the clinic would stay.\n", "2019")?
                    .contains("Harbour Trust") == false)
    }

    @Test func anItInAPassiveStandsForTheBodyBefore() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        #expect(Set(Self.participants(head + "Harbour Homes grew fast. It was bought by Eastside Group in 2019.\n", "2019") ?? [])
                == ["Harbour Homes", "Eastside Group"])
        #expect(Set(Self.participants(head + "Northgate Care opened in 1998. In 2006 it was merged with Lakeside Care.\n", "2006") ?? [])
                == ["Northgate Care", "Lakeside Care"])
        #expect(Self.participants(head + "Harbour Trust ran two clinics. It was quietly abolished in March 2012.\n", "2012-03")
                == ["Harbour Trust"])
        // an impersonal `it` stands for no one
        #expect(Self.participants(head + "Harbour Trust met the minister. It was announced in 2019 that the clinic would close.\n", "2019")?
                    .contains("Harbour Trust") == false)
        #expect(Self.participants(head + "Harbour Trust met the minister. It was a hard year, 2019.\n", "2019")?
                    .contains("Harbour Trust") == false)
    }

    @Test func theRegulatorStandsForTheBodyWhoseNameSaysItRegulates() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // a clipped regulator's name (`Ofgem`) holds no `regulator`, but says what it is
        #expect(Self.participants(head + "Ofgem, led by Ann Reed, raised the price cap. In June 2022 the regulator fined Harbour Energy.\n", "2022-06")?
                    .contains("Ofgem") == true)
        // a spelt-out name with `Regulation` in it, two sentences back, in another policy area
        let rail = head + "The Office of Rail Regulation watches the track owner. Northgate Rail runs the trains. "
            + "The regulator told the track owner in May 2004 to cut delays.\n"
        #expect(Self.participants(rail, "2004-05")?.contains("Office of Rail Regulation") == true)
        // twins: two regulators named as often leave it unsure; a page naming no regulator gives no one
        #expect(Self.participants(head + "Ofgem and Ofwat wrote to ministers. In June 2022 the regulator fined Harbour Energy.\n", "2022-06")?
                    .contains { $0 == "Ofgem" || $0 == "Ofwat" } == false)
        #expect(Self.participants(head + "Harbour Energy raised its prices. In June 2022 the regulator wrote to customers.\n", "2022-06")?
                    .contains("Harbour Energy") == false)
    }

    @Test func aSetOfBodiesInThePluralIsNoneOfThem() {
        func mention(_ text: String, _ canonical: String) -> EntityMention {
            EntityMention(text: text, utf8Range: 0..<text.utf8.count, type: .organization, canonicalName: canonical, cue: .knowledge)
        }
        #expect(EventParticipants.isPlural(mention("Community Health Trusts", "Community Health Trust")))
        #expect(EventParticipants.isPlural(mention("Regional Care Companies", "Regional Care Company")))
        #expect(EventParticipants.isPlural(mention("CHTs", "Community Health Trust")))
        // twins: one body, written as its canonical name or by its acronym; a name that ends in `s` itself
        #expect(!EventParticipants.isPlural(mention("Community Health Trust", "Community Health Trust")))
        #expect(!EventParticipants.isPlural(mention("CHT", "Community Health Trust")))
        #expect(!EventParticipants.isPlural(mention("Harbour Homes", "Harbour Homes")))
    }

    @Test func anItAfterASentenceOpenedByAPersonStandsForItsOneBody() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // the sentence before opened with a person and named one body: `it` is no person, so it is the body
        #expect(Self.participants(head + "Tom Vale was named in 2019 to lead Harbour Housing Trust. It sold 200 homes in 2021.\n", "2021")?
                    .contains("Harbour Housing Trust") == true)
        #expect(Self.participants(head + "Ann Reed chaired the Kestrel Schools Inquiry. It was given new powers in 2021.\n", "2021")?
                    .contains("Kestrel Schools Inquiry") == true)
        // twin: two bodies named before leave `it` unsure
        #expect(Self.participants(head + "Tom Vale left Harbour Housing Trust for Northgate Borough Council. It sold 200 homes in 2021.\n", "2021")?
                    .contains { $0 == "Harbour Housing Trust" || $0 == "Northgate Borough Council" } == false)
        // twin: an impersonal `it` stands for no one
        #expect(Self.participants(head + "Tom Vale joined Harbour Housing Trust. It was announced in 2021 that he would retire.\n", "2021")?
                    .contains("Harbour Housing Trust") == false)
        // twin: a sentence that also names a bill, an Act or a scheme leaves `it` unsure (the bill is what passed)
        #expect(Self.participants(head + "Ann Reed took the Harbour Homes Bill to the Kestrel Borough Council. It was passed in 2021.\n", "2021")?
                    .contains("Kestrel Borough Council") == false)
        #expect(Self.participants(head + "Ann Reed took the report to the Kestrel Borough Council. It was given new powers in 2021.\n", "2021")?
                    .contains("Kestrel Borough Council") == true)
    }

    @Test func aDescriptionReachesABodyNamedInAnEarlierParagraph() {
        let head = "Monday, 3 March 2025\n\nT\n\nThe Harbour Payments Agency pays farmers in the north.\n\n"
            + "Farmers claim once a year, and the forms are long and the rules change often.\n\n"
        #expect(Self.participants(head + "In 2015 the agency admitted the system was late.\n", "2015") == ["Harbour Payments Agency"])
        #expect(Self.participants(head + "The agency told farmers in March 2016 to use paper forms.\n", "2016-03") == ["Harbour Payments Agency"])
        #expect(Self.participants(head + "By 2017 the agency had paid every claim.\n", "2017") == ["Harbour Payments Agency"])
        // out of reach (thousands of bytes of other paragraphs), or two bodies of the kind: no one
        let far = head + String(repeating: "Farmers waited, and waited, and the rain came and went again.\n\n", count: 80)
        #expect(Self.participants(far + "In 2015 the agency admitted the system was late.\n", "2015")?.isEmpty == true)
        let two = "Monday, 3 March 2025\n\nT\n\nThe Harbour Payments Agency and the Eastside Land Agency split the work.\n\n"
            + "Farmers claim once a year.\n\n"
        #expect(Self.participants(two + "In 2015 the agency admitted the system was late.\n", "2015")?.isEmpty == true)
    }

    @Test func aLoneBusinessNounStandsForTheBusinessNamedJustBefore() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        #expect(Self.participants(head + "Harbour Lettings grew fast in the north. In 2019 the company was sold.\n", "2019") == ["Harbour Lettings"])
        #expect(Self.participants(head + "Northgate Builders won the hospital contract. The firm issued a profit warning on 10 July 2017.\n",
                                  "2017-07-10") == ["Northgate Builders"])
        #expect(Self.participants(head + "Lakeside Water apologised for the spills. The company's fine was set in May 2021.\n", "2021-05")
                == ["Lakeside Water"])
        // a body of another kind, a business that only stood in the sentence before, another possible business in
        // the sentence, or an apposition: no one more
        #expect(Self.participants(head + "Eastside Borough Council met on Monday. In 2019 the company was sold.\n", "2019")?.isEmpty == true)
        #expect(Self.participants(head + "Ann Reed praised Harbour Lettings. In 2019 the company was sold.\n", "2019")?.isEmpty == true)
        #expect(Self.participants(head + "Lakeside Water spilled sewage. In May 2021 Eastside Regulation fined the company.\n", "2021-05")
                == ["Eastside Regulation"])
        #expect(Self.participants(head + "Lakeside Water grew. In 2019 Northgate Rail, the company that runs the line, cut fares.\n", "2019")
                == ["Northgate Rail"])
    }

    @Test func aBodyNamedAsSomeonesPastBringsNoPostBack() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        let a = Self.participants(head + "Tom Vale, previously chief executive of Harbour Trust, took over as chair of Eastside Council in March 2020.\n", "2020-03")
        #expect(a?.contains("Tom Vale") == true && a?.contains("Harbour Trust") == false)
        let b = Self.participants(head + "Ann Reed, the retired Crown Court judge who chaired the inquiry, reported in May 2019.\n", "2019-05")
        #expect(b?.contains("Ann Reed") == true && b?.contains("Crown Court") == false)
        let c = Self.participants(head + "A former Northgate Bank economist, Tom Vale was appointed chair of Eastside Council in 2018.\n", "2018")
        #expect(c?.contains("Northgate Bank") == false && c?.contains("Eastside Council") == true)
        // a present post: the body stays
        let d = Self.participants(head + "Tom Vale, chief executive of Harbour Trust, resigned in March 2020.\n", "2020-03")
        #expect(d?.contains("Harbour Trust") == true)
    }

    @Test func aClauseOpeningWithAPossessiveTakesTheSubjectBefore() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        #expect(Self.participants(head + "The idea came from Ann Reed, who was asked by Tom Vale's office to look at it. Her review in June 2008 was short.\n",
                                  "2008-06") == ["Ann Reed"])
        #expect(Self.participants(head + "Tom Vale wrote to Ann Reed about the delays. His report in May 2019 blamed the board.\n", "2019-05")
                == ["Tom Vale"])
        #expect(Self.participants(head + "Ann Reed thanked Tom Vale for the work. She resigned in March 2020.\n", "2020-03") == ["Ann Reed"])
        // a person named in the clause before the possessive is its owner
        #expect(Self.participants(head + "Tom Vale met Ann Reed. In 2021 Ann Reed published her report.\n", "2021") == ["Ann Reed"])
    }

    @Test func aPossessiveThatQualifiesANamedPersonBringsNoOwner() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        // the person named after `her deputy,` / `his successor as chair,` / `her husband` acts; the owner does not
        #expect(Self.participants(head + "Ann Reed ran the trust for years. Her deputy, Tom Vale, closed the east wing in May 2019.\n",
                                  "2019-05") == ["Tom Vale"])
        #expect(Self.participants(head + "Tom Vale chaired the board until 2018. His successor as chair, Ann Reed, cut the budget in 2019.\n",
                                  "2019") == ["Ann Reed"])
        #expect(Self.participants(head + "Ann Reed left the council in 2017. In June 2019 her husband Tom Vale was elected mayor.\n",
                                  "2019-06") == ["Tom Vale"])
        // must not fire: a preposition after the noun (`her letter to Tom Vale`), or no name after it
        let d = Self.participants(head + "Ann Reed ran the trust. Her letter to Tom Vale arrived in May 2019.\n", "2019-05")
        #expect(d?.contains("Ann Reed") == true)
        #expect(Self.participants(head + "Tom Vale chaired the board. His report, published in May 2019, blamed the staff.\n", "2019-05")
                == ["Tom Vale"])
        // nor in a succession: the owner of `his successor` is the other side of it
        let f = Self.participants(head + "Tom Vale chaired the board until 2018. His successor, Ann Reed, took over in March 2019.\n", "2019-03")
        #expect(Set(f ?? []) == ["Ann Reed", "Tom Vale"])
    }

    static let ministers = KnowledgeBase(records: [
        KnowledgeRecord(name: "Mary Stone", type: .person, roles: [
            KnowledgeRole(title: "Health Secretary", organization: "Department of Health", from: "2018-07", to: "2021-05"),
        ]),
        KnowledgeRecord(name: "Tom Vale", type: .person, roles: [
            KnowledgeRole(title: "Chief Executive", organization: "Eastside Trust", from: "2012", to: "2020"),
        ]),
    ])

    @Test func aMinistersDepartmentTakesNoPartInAChangeOfPost() {
        let head = "Monday, 3 March 2025\n\nT\n\n"
        let k = Self.ministers
        // the post changes hands; the department by convention does nothing
        #expect(Self.participants(head + "Mary Stone became Health Secretary in July 2018.\n", "2018-07", knowledge: k) == ["Mary Stone"])
        #expect(Self.participants(head + "Mary Stone, who took over as health secretary in July 2018, spoke first.\n", "2018-07",
                                  knowledge: k)?.contains("Department of Health") == false)
        #expect(Self.participants(head + "In May 2021 Mary Stone resigned as Health Secretary.\n", "2021-05", knowledge: k)?
            .contains("Department of Health") == false)
        // must not fire: a post that is no minister's keeps its body, and a minister acting in post keeps the department
        #expect(Self.participants(head + "Tom Vale became chief executive in 2012.\n", "2012", knowledge: k)?.contains("Eastside Trust") == true)
        #expect(Self.participants(head + "The Health Secretary announced a new plan in March 2020.\n", "2020-03", knowledge: k)?
            .contains("Department of Health") == true)
    }

    @Test func ministerialTitlesAreTold() {
        #expect(EventParticipants.isMinisterial("health secretary"))
        #expect(EventParticipants.isMinisterial("prime minister"))
        #expect(EventParticipants.isMinisterial("chancellor of the exchequer"))
        #expect(EventParticipants.isMinisterial("secretary of state for work and pensions"))
        #expect(!EventParticipants.isMinisterial("general secretary"))
        #expect(!EventParticipants.isMinisterial("permanent secretary"))
        #expect(!EventParticipants.isMinisterial("vice-chancellor"))
        #expect(!EventParticipants.isMinisterial("chief executive"))
    }
}
