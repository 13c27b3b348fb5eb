import Corpus
@testable import Extraction
import Foundation
import Testing

/// The clause of a date and who takes part in it, on sentences written for these tests.
@Suite struct EventClauseTests {
    /// Reads `sentence` for the date `date`, with the names given as (text, type); returns the names taking part.
    static func taking(_ sentence: String, date: String, _ names: [(String, EntityType)]) -> [String] {
        func range(_ t: String) -> Range<Int> {
            let r = sentence.range(of: t)!
            let a = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
            return a..<(a + t.utf8.count)
        }
        let ns = names.map {
            EventClause.Name(range: range($0.0), isActor: $0.1 == .person || $0.1 == .organization, isPerson: $0.1 == .person)
        }
        let reading = EventClause.read(sentence[...], date: range(date), names: ns)
        return reading.takingPart.map { names[$0].0 }
    }

    static func reading(_ sentence: String, date: String, _ names: [(String, EntityType)]) -> EventClause.Reading {
        let r = sentence.range(of: date)!
        let a = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
        let ns = names.map { n -> EventClause.Name in
            let x = sentence.range(of: n.0)!
            let b = sentence.utf8.distance(from: sentence.startIndex, to: x.lowerBound)
            return EventClause.Name(range: b..<(b + n.0.utf8.count), isActor: true, isPerson: n.1 == .person)
        }
        return EventClause.read(sentence[...], date: a..<(a + date.utf8.count), names: ns)
    }

    @Test func coordinatedClausesEachKeepTheirOwnNames() {
        let s = "Ann Reed left Harbour Homes in May 2019, and Tom Vale took over Eastside Trust in June 2020."
        let names: [(String, EntityType)] = [("Ann Reed", .person), ("Harbour Homes", .organization),
                                             ("Tom Vale", .person), ("Eastside Trust", .organization)]
        #expect(Self.taking(s, date: "May 2019", names) == ["Ann Reed", "Harbour Homes"])
        #expect(Self.taking(s, date: "June 2020", names) == ["Tom Vale", "Eastside Trust"])
    }

    @Test func aClauseThatOpensWithItsVerbBorrowsTheSubject() {
        let s = "The Carers Union met the minister in March 2018, and signed a pay deal with Harbour Health in April 2018."
        let names: [(String, EntityType)] = [("Carers Union", .organization), ("Harbour Health", .organization)]
        #expect(Self.taking(s, date: "April 2018", names) == ["Carers Union", "Harbour Health"])
        // a compound names its head: the owner qualifies the company
        let t = "Harbour owner Eastside Group and Northgate both objected, and Northgate had hoped to buy it a year ago."
        #expect(Self.taking(t, date: "a year ago", [("Harbour", .organization), ("Eastside Group", .organization)]) == ["Eastside Group"])
    }

    @Test func aSecondPredicateAfterABareAndIsAnotherClause() {
        // the union belongs to what he does now, not to the years he ran the homes
        let s = "Tom Vale ran Harbour Homes from 2016 to 2020 and now chairs the Carers Union."
        let names: [(String, EntityType)] = [("Tom Vale", .person), ("Harbour Homes", .organization), ("Carers Union", .organization)]
        #expect(Self.taking(s, date: "2016", names) == ["Tom Vale", "Harbour Homes"])
        // the second predicate borrows every name before the first one's verb, and leaves its agent behind
        let t = "The Eastside Trust's treasurer, Ann Reed, was criticised by the Audit Panel and stood down in March 2019."
        let tn: [(String, EntityType)] = [("Eastside Trust", .organization), ("Ann Reed", .person), ("Audit Panel", .organization)]
        #expect(Self.taking(t, date: "March 2019", tn) == ["Eastside Trust", "Ann Reed"])
        // names joined by `and`, and an `and` inside a name, join no predicates
        let u = "Harbour Homes and Eastside Group merged in 2018."
        #expect(Self.taking(u, date: "2018", [("Harbour Homes", .organization), ("Eastside Group", .organization)]).count == 2)
        let v = "The Department for Health and Care Services funded Harbour Homes in 2018."
        #expect(Self.taking(v, date: "2018", [("Department for Health and Care Services", .organization),
                                             ("Harbour Homes", .organization)]).count == 2)
        // an `-ed` word that describes a noun is no predicate
        let w = "Harbour Homes bought the Northgate Trust and related sites in 2019."
        #expect(Self.taking(w, date: "2019", [("Harbour Homes", .organization), ("Northgate Trust", .organization)]).count == 2)
        // a date set before the verb dates both predicates: nothing is cut off
        let x = "In May 2019 the Audit Panel met the minister and criticised Harbour Homes."
        #expect(Self.taking(x, date: "May 2019", [("Audit Panel", .organization), ("Harbour Homes", .organization)]).count == 2)
        // a successor told in the next predicate takes part in the leaving
        let y = "Ann Reed stepped down in 2022 and was succeeded by Tom Vale."
        #expect(Self.taking(y, date: "2022", [("Ann Reed", .person), ("Tom Vale", .person)]) == ["Ann Reed", "Tom Vale"])
        // the run's opening is read for its pronoun: `she` tells of the second predicate's date too
        let z = "She joined Harbour Homes in 2010 and stayed until 2018."
        let r = Self.reading(z, date: "2018", [("Harbour Homes", .organization)])
        #expect(r.subjectPronoun)
        // (and the body the run's first predicate names stays with it: she stayed at Harbour Homes)
        #expect(r.takingPart == [0])
    }

    @Test func aReportOnTheWorkKeepsTheBodiesTheWorkWasDoneFor() {
        // the report goes to the body the review was done for
        let names: [(String, EntityType)] = [("Ann Reed", .person), ("Health Board", .organization)]
        let s = "Ann Reed reviewed school meals for the Health Board and reported in May 2021."
        #expect(Self.taking(s, date: "May 2021", names) == ["Ann Reed", "Health Board"])
        // and the body that asked for the work, named as the agent of the first predicate
        let t = "Tom Vale was asked by the Housing Office to design a rent scheme and finally published it in June 2020."
        #expect(Self.taking(t, date: "June 2020", [("Tom Vale", .person), ("Housing Office", .organization)])
                == ["Tom Vale", "Housing Office"])
        // twins: a second predicate of another kind still leaves the first one's bodies behind
        let u = "Ann Reed reviewed school meals for the Health Board and stood down in May 2021."
        #expect(Self.taking(u, date: "May 2021", names) == ["Ann Reed"])
        let v = "Tom Vale was asked by the Housing Office to design a rent scheme and moved to Leeds in June 2020."
        #expect(Self.taking(v, date: "June 2020", [("Tom Vale", .person), ("Housing Office", .organization)]) == ["Tom Vale"])
    }

    @Test func aRelativeClauseIsAnotherClause() {
        let s = "Harbour Homes, which is owned by Eastside Group, took over the Northgate estate in 2016."
        let names: [(String, EntityType)] = [("Harbour Homes", .organization), ("Eastside Group", .organization)]
        // the owner stands in the relative clause, not in the takeover
        #expect(Self.taking(s, date: "2016", names) == ["Harbour Homes"])
        // a date inside the relative clause takes the name it hangs on
        let t = "Eastside Group sold Harbour Homes, which it had run since 2009 with the Carers Union, last year."
        #expect(Self.taking(t, date: "2009", [("Eastside Group", .organization), ("Harbour Homes", .organization),
                                              ("Carers Union", .organization)]) == ["Eastside Group", "Harbour Homes", "Carers Union"])
        // `who chairs X` says where the person works: the body stays with the person
        let u = "Ann Reed, who chairs the Carers Union, resigned in May 2019."
        #expect(Self.taking(u, date: "May 2019", [("Ann Reed", .person), ("Carers Union", .organization)]) == ["Ann Reed", "Carers Union"])
    }

    @Test func anAppositionKeepsABodyButNotAPastOne() {
        let s = "Tom Vale, previously chair of the Carers Union, joined Harbour Health in 2018."
        #expect(Self.taking(s, date: "2018", [("Tom Vale", .person), ("Carers Union", .organization),
                                             ("Harbour Health", .organization)]) == ["Tom Vale", "Harbour Health"])
        let t = "Tom Vale, the Carers Union's treasurer, resigned in 2018."
        #expect(Self.taking(t, date: "2018", [("Tom Vale", .person), ("Carers Union", .organization)]) == ["Tom Vale", "Carers Union"])
        // a list of names with `the` is no apposition
        let u = "Harbour Health, the Northgate Trust, and Eastside Group signed the deal in 2021."
        #expect(Self.taking(u, date: "2021", [("Harbour Health", .organization), ("Northgate Trust", .organization),
                                             ("Eastside Group", .organization)]).count == 3)
    }

    @Test func bracketsAndQuotationsAreAsides() {
        let s = "Harbour Trust (whose founder later joined Eastside Group) closed the ward in 2019."
        #expect(Self.taking(s, date: "2019", [("Harbour Trust", .organization), ("Eastside Group", .organization)]) == ["Harbour Trust"])
        // a bracket that only glosses a name is part of it
        let g = "The Harbour Housing Association (HHA) sold the flats in 2017."
        #expect(Self.taking(g, date: "2017", [("Harbour Housing Association", .organization), ("HHA", .organization)]).count == 2)
        // a date in quoted words: the speaker outside does not take part
        let q = "\u{201C}The council was warned in 2015 and did nothing,\u{201D} said Ann Reed of the Carers Union."
        #expect(Self.taking(q, date: "2015", [("Ann Reed", .person), ("Carers Union", .organization)]).isEmpty)
        // a date outside: the quoted names are the speaker's words, not actors
        let r = "Ann Reed told the committee in May 2019 that \"Harbour Health lost control of its wards\"."
        #expect(Self.taking(r, date: "May 2019", [("Ann Reed", .person), ("Harbour Health", .organization)]) == ["Ann Reed"])
        // a bracket holding only the date dates the clause around it
        let d = "Harbour Trust meeting (Friday 3 May 2019): questions for Ann Reed"
        #expect(Self.taking(d, date: "Friday 3 May 2019", [("Harbour Trust", .organization), ("Ann Reed", .person)]) == ["Harbour Trust", "Ann Reed"])
    }

    @Test func dashesSetOffAnAside() {
        let s = "The inspector's report – published in August – said Ann Reed had run Harbour Trust well."
        // the aside names no one: the sentence's names stand in
        #expect(Self.taking(s, date: "August", [("Ann Reed", .person), ("Harbour Trust", .organization)]) == ["Ann Reed", "Harbour Trust"])
        let t = "In 2009 Ann Reed took over the trust – a job nobody wanted – just after Tom Vale resigned."
        #expect(Self.taking(t, date: "2009", [("Ann Reed", .person), ("Tom Vale", .person)]) == ["Ann Reed", "Tom Vale"])
    }

    @Test func placesAndSubordinateClausesStayOut() {
        let s = "Harbour Health closed the Leeds clinic in March 2020, while Eastside Trust kept its own open."
        let names: [(String, EntityType)] = [("Harbour Health", .organization), ("Leeds", .place), ("Eastside Trust", .organization)]
        let got = Self.taking(s, date: "March 2020", names)
        #expect(got.contains("Harbour Health") && !got.contains("Eastside Trust"))
        // a place stays as context, not as a person or organization
        #expect(got.contains("Leeds"))
        // `, when` tells what happened at the date: it stays in the clause
        let w = "Northgate ran the prison from 2009 until 2020, when Eastside Group took over the contract."
        #expect(Self.taking(w, date: "2020", [("Northgate", .organization), ("Eastside Group", .organization)]) == ["Northgate", "Eastside Group"])
    }

    @Test func aLabelIsReadWithTheClauseAfterIt() {
        let s = "Update, 2 May 2019: Harbour Trust reopened the ward."
        #expect(Self.taking(s, date: "2 May 2019", [("Harbour Trust", .organization)]) == ["Harbour Trust"])
        let t = "Tom Vale: In 2019 I asked for the figures."
        #expect(Self.taking(t, date: "2019", [("Tom Vale", .person)]) == ["Tom Vale"])
    }

    @Test func aLongRunIsReadOnlyNearItsDate() {
        // a list run together with no sentence marks: a name far from the date is not in its clause
        let s = "Harbour Trust " + String(repeating: "item and item ", count: 400) + "Eastside Group opened in 2019 item"
        let got = Self.taking(s, date: "2019", [("Harbour Trust", .organization), ("Eastside Group", .organization)])
        #expect(got == ["Eastside Group"])
    }

    @Test func oneWhoIsAddressedTakesNoPart() {
        let s = "Ms Reed, you said that Harbour Trust merged in 2021."
        #expect(Self.taking(s, date: "2021", [("Ms Reed", .person), ("Harbour Trust", .organization)]) == ["Harbour Trust"])
    }

    @Test func pronounsAreFlagged() {
        #expect(Self.reading("Tom Vale replaced him as chair in 2018.", date: "2018", [("Tom Vale", .person)]).objectPronoun)
        #expect(!Self.reading("Tom Vale replaced Ann Reed as chair in 2018.", date: "2018", [("Tom Vale", .person), ("Ann Reed", .person)]).objectPronoun)
        #expect(Self.reading("In 2018 she joined the board.", date: "2018", []).subjectPronoun)
        #expect(Self.reading("Her report came out in 2018.", date: "2018", []).subjectPronoun)
        // `it` acting names the organization named before; `it is` does not
        #expect(Self.reading("Harbour is no stranger to growth: it bought Northgate in 2019.", date: "2019",
                             [("Harbour", .organization), ("Northgate", .organization)]).itSubject)
        #expect(Self.reading("It bought Northgate in 2019.", date: "2019", [("Northgate", .organization)]).itSubject)
        #expect(!Self.reading("It is a long way from 2019.", date: "2019", []).itSubject)
        #expect(Self.reading("In 2019 we published the review.", date: "2019", []).firstPersonPlural)
    }

    // MARK: Through the extractor

    static func extract(_ body: String, knowledge: KnowledgeBase = .empty) -> DocumentExtraction {
        let page = "Monday, 3 March 2025\n\nT\n\n" + body + "\n"
        return DocumentExtractor(knowledge: knowledge).extract(PlainTextPageReader().read(text: page, path: "p.txt"))
    }

    static func participants(_ x: DocumentExtraction, _ value: String) -> [String] {
        guard let e = x.events.first(where: { $0.date.value == value }) else { return [] }
        return e.participants.map { x.mentions[$0].mention.text } + e.impliedParticipants
    }

    @Test func anObjectPronounStandsForThePersonNamedBefore() {
        let x = Self.extract("Ann Reed chaired Harbour Trust for ten years. Tom Vale replaced her in May 2019.")
        // (and the body of her post, which he takes over)
        #expect(Set(Self.participants(x, "2019-05")) == ["Tom Vale", "Ann Reed", "Harbour Trust"])
    }

    @Test func anObjectPronounInANewSentenceIsTheLastSentencesSubject() {
        // `him` is the one who was succeeded (the subject before), not the last name read
        let x = Self.extract("Tom Vale succeeded Sam Hart as chair of Harbour Trust in 2014. Ann Reed took over from him in 2021.")
        // (and the body of his post, which she takes over)
        #expect(Set(Self.participants(x, "2021")) == ["Ann Reed", "Tom Vale", "Harbour Trust"])
    }

    @Test func oneValueToldInTwoClausesTakesBoth() {
        let x = Self.extract("Eastside Trust merged into Harbour Homes in 2016, and Northgate Housing Group was formed the same year.")
        let got = Set(Self.participants(x, "2016"))
        #expect(got.isSuperset(of: ["Eastside Trust", "Harbour Homes", "Northgate Housing Group"]))
    }

    @Test func aClauseBorrowsOnlyASubjectThatOpensTheClauseBefore() {
        let s = "His letter to the chair, Ann Reed, described the wards, and said nothing had changed since May 2017."
        // `his` opens the clause before: its owner is the subject, flagged for the caller
        #expect(Self.reading(s, date: "May 2017", [("Ann Reed", .person)]).subjectPronoun)
        // a name that opens the clause before is borrowed
        let t = "The Carers Union wrote to Harbour Trust, and said nothing had changed since May 2017."
        #expect(Self.taking(t, date: "May 2017", [("Carers Union", .organization), ("Harbour Trust", .organization)]) == ["Carers Union"])
    }

    @Test func aPostNamedApartFromThePersonBringsItsBody() {
        let knowledge = KnowledgeBase(records: [
            KnowledgeRecord(name: "Ann Reed", type: .person, roles: [
                KnowledgeRole(title: "Chief Inspector of Care", organization: "Care Inspectorate", from: "2016", to: "2021"),
            ]),
            KnowledgeRecord(name: "Care Inspectorate", type: .organization),
        ])
        let x = Self.extract("Ann Reed stepped into the chief inspector role in May 2016.", knowledge: knowledge)
        #expect(Self.participants(x, "2016-05").contains("Care Inspectorate"))
        // the title right beside the name only describes her
        let y = Self.extract("The chief inspector, Ann Reed, visited Leeds in May 2017.", knowledge: knowledge)
        #expect(!Self.participants(y, "2017-05").contains("Care Inspectorate"))
        // outside the term, no body
        let z = Self.extract("Ann Reed stepped into the chief inspector role in May 2012.", knowledge: knowledge)
        #expect(!Self.participants(z, "2012-05").contains("Care Inspectorate"))
        // beside the name but dated itself, the post is what the date tells
        let w = Self.extract("Tom Vale met Ann Reed, chief inspector of care since 2016, at the trust.", knowledge: knowledge)
        #expect(Self.participants(w, "2016").contains("Care Inspectorate"))
    }

    @Test func quotedMaterialSpeaksWithTheVoiceThatIntroducesIt() {
        let knowledge = KnowledgeBase(records: [
            KnowledgeRecord(name: "Ann Reed", type: .person, roles: [
                KnowledgeRole(title: "Chief Inspector of Care", organization: "Care Inspectorate", from: "2016", to: "2021"),
            ]),
            KnowledgeRecord(name: "Care Inspectorate", type: .organization),
        ])
        let body = "Ann Reed wrote to the committee and this is what she said:-\n\nIn May 2019 we inspected the Leeds homes."
        let x = Self.extract(body, knowledge: knowledge)
        let e = x.events.first { $0.date.value == "2019-05" }
        #expect(e?.kind == .quoted)
        // `we` is her body, not her
        #expect(e?.impliedParticipants == ["Care Inspectorate"])
    }

    @Test func aBodyInADescriptionOfAPastPostTakesNoPart() {
        let names: [(String, EntityType)] = [("Ann Reed", .person), ("Harbour Trust", .organization), ("Eastside Council", .organization)]
        #expect(Self.taking("Ann Reed, a former chief executive of Harbour Trust, joined Eastside Council in 2019.", date: "2019", names)
                == ["Ann Reed", "Eastside Council"])
        #expect(Self.taking("A former Northgate Bank economist, Tom Vale was made chair in March 2020.", date: "March 2020",
                            [("Northgate Bank", .organization), ("Tom Vale", .person)]) == ["Tom Vale"])
        #expect(Self.taking("Tom Vale, formerly head of Lakeside Studios, took over from Ann Reed in 2018.", date: "2018",
                            [("Tom Vale", .person), ("Lakeside Studios", .organization), ("Ann Reed", .person)]) == ["Tom Vale", "Ann Reed"])
        #expect(!Self.taking("Ann Reed, a former Crown Court judge who has chaired the inquiry since 2018, reported today.", date: "2018",
                             [("Ann Reed", .person), ("Crown Court", .organization)]).contains("Crown Court"))
        // the post the date tells of, a body that is itself former, a post left in the clause: the body stays
        #expect(Self.taking("Ann Reed, a former chair of Harbour Trust from 2010 to 2015, spoke on Monday.", date: "2010",
                            [("Ann Reed", .person), ("Harbour Trust", .organization)])
                    .contains("Harbour Trust"))
        #expect(Self.taking("The former Harbour Agency was abolished in 2016.", date: "2016", [("Harbour Agency", .organization)])
                == ["Harbour Agency"])
        // a body that is only part of the name written (`Harbour TV` of `Harbour TV Studios`) is not judged
        #expect(Self.taking("Tom Vale, formerly head of Harbour TV Studios, took over from Ann Reed in 2018.", date: "2018",
                            [("Tom Vale", .person), ("Harbour TV", .organization), ("Ann Reed", .person)]).contains("Tom Vale"))
        #expect(EventClause.read("Tom Vale, formerly head of Harbour TV Studios, took over in 2018."[...], date: 60..<64,
                                 names: [EventClause.Name(range: 0..<8, isActor: true, isPerson: true),
                                         EventClause.Name(range: 27..<37, isActor: true, isPerson: false)]).background.isEmpty)
        #expect(Self.taking("Ann Reed left her former post at Harbour Trust in 2019.", date: "2019",
                            [("Ann Reed", .person), ("Harbour Trust", .organization)]) == ["Ann Reed", "Harbour Trust"])
    }

    @Test func aBodyThatQualifiesAnotherBodysNameTakesNoPart() {
        #expect(Self.taking("The Commons Audit Committee criticised Harbour Homes in May 2019.", date: "May 2019",
                            [("Commons", .organization), ("Audit Committee", .organization), ("Harbour Homes", .organization)])
                == ["Audit Committee", "Harbour Homes"])
        #expect(Self.taking("In 2020 the Lords Housing Committee published a report on Eastside Council.", date: "2020",
                            [("Lords", .organization), ("Housing Committee", .organization), ("Eastside Council", .organization)])
                == ["Housing Committee", "Eastside Council"])
        #expect(Self.taking("The Harbour Trust Staff Panel met in June 2021.", date: "June 2021",
                            [("Harbour Trust", .organization), ("Staff Panel", .organization)]) == ["Staff Panel"])
        // a name after it that is no body's kind (a programme), or two bodies apart: both stay
        #expect(Self.taking("Harbour TV Newsnight exposed the abuse in May 2011.", date: "May 2011",
                            [("Harbour TV", .organization), ("Newsnight", .organization)]) == ["Harbour TV", "Newsnight"])
        #expect(Self.taking("Eastside Council and Harbour Trust agreed a deal in 2019.", date: "2019",
                            [("Eastside Council", .organization), ("Harbour Trust", .organization)]) == ["Eastside Council", "Harbour Trust"])
    }

    @Test func aDateInAFreeRelativeOfEveryoneLeavesTheMainSubjectOut() {
        let all: [(String, EntityType)] = [("Ann Reed", .person), ("Harbour Trust", .organization)]
        func taking(_ s: String, date: String) -> [String] { Self.taking(s, date: date, all.filter { s.contains($0.0) }) }
        // `what everyone has said since 2014`, `what most of us knew`, `what nobody had seen`: the one who admits it
        // takes no part in that date
        #expect(taking("Yesterday Ann Reed admitted what everyone has been saying since 2014: it does not work.", date: "2014") == [])
        #expect(taking("Ann Reed conceded in public what most of us had known since 2016.", date: "2016") == [])
        #expect(taking("Ann Reed finally said what nobody at Harbour Trust had dared to say since 2012.", date: "2012") == ["Harbour Trust"])
        // twins: a named subject of the free relative, and a date outside it
        #expect(taking("Ann Reed admitted what Harbour Trust had said since 2014.", date: "2014").contains("Harbour Trust"))
        #expect(taking("In 2014 Ann Reed admitted what everyone had been saying.", date: "2014") == ["Ann Reed"])
    }

    @Test func anItThatUndergoesAPassiveStandsForABody() {
        func it(_ s: String) -> Bool {
            let ws = EventClause.words(Array(s.utf8)).map(\.lower)
            return EventClause.passiveAfterIt(ws, at: ws.firstIndex(of: "it")!)
        }
        #expect(it("It was bought by Eastside Group in 2019."))
        #expect(it("In 2006 it was merged with Lakeside Care."))
        #expect(it("it has since been renamed Harbour Care"))
        #expect(it("It was quietly abolished in March 2012."))
        #expect(it("it had itself been owned since 2016 by Aurelian Capital"))
        // an impersonal `it`, or no participle
        #expect(!it("It was announced in 2019 that the clinic would close."))
        #expect(!it("It was agreed that the trust would pay."))
        #expect(!it("It was a hard year for Harbour Trust."))
        #expect(!it("It is worth recalling what happened in 2019."))
        #expect(!it("it was handled that badly"))
        // what the body was to do (`was supposed to`, `was expected to`, `is due to`) is its own happening
        #expect(it("It was supposed to open in 2018."))
        #expect(it("it was expected to report by the summer"))
        #expect(it("It is due to close its doors in May."))
        // (not an impersonal `it` before a clause or an infinitive of agreeing)
        #expect(!it("It was expected that the ward would close in 2018."))
        #expect(!it("It was agreed to close the ward in 2018."))
    }

    @Test func namesJoinedByAndAfterAListCommaAreNoApposition() {
        let names: [(String, EntityType)] = [("Harbour Care", .organization), ("Eastside Trust", .organization),
                                             ("Northgate Agency", .organization), ("Carers Union", .organization)]
        // the list goes on after the comma: every body of it takes part
        let s = "Harbour Care, created in 2012 from the Eastside Trust, the Northgate Agency and the Carers Union, was wound up last year."
        #expect(Set(Self.taking(s, date: "2012", names)) == ["Harbour Care", "Eastside Trust", "Northgate Agency", "Carers Union"])
        let t = "In 2016 the Eastside Trust, the Northgate Agency or the Carers Union, said the minister, would take over Harbour Care."
        #expect(Set(Self.taking(t, date: "2016", names)).isSuperset(of: ["Eastside Trust", "Northgate Agency", "Carers Union"]))
        let u = "Tom Vale, the Eastside Trust and the Carers Union, backed by Harbour Care, objected in 2019."
        #expect(Set(Self.taking(u, date: "2019", [("Tom Vale", .person)] + names.filter { u.contains($0.0) }))
            .isSuperset(of: ["Tom Vale", "Eastside Trust", "Carers Union"]))
        // must not fire: an apposition with words of its own describes the name before it
        let v = "Harbour Care, the landlord of the Eastside Trust and the Carers Union, closed in 2019."
        #expect(Self.taking(v, date: "2019", names.filter { v.contains($0.0) }) == ["Harbour Care"])
    }

    @Test func aPossessiveBeforeANamedPersonIsNoSubjectPronoun() {
        let all: [(String, EntityType)] = [("Tom Vale", .person), ("Harbour Trust", .organization)]
        func reading(_ s: String, date: String) -> EventClause.Reading { Self.reading(s, date: date, all.filter { s.contains($0.0) }) }
        #expect(!reading("His successor, Tom Vale, went further in 2020.", date: "2020").subjectPronoun)
        #expect(!reading("Her deputy Tom Vale ran Harbour Trust from 2019.", date: "2019").subjectPronoun)
        #expect(!reading("In May her predecessor as chair of Harbour Trust, Tom Vale, resigned.", date: "May").subjectPronoun)
        // must not fire: the owner acts (`his letter to`, `her report`), or a succession names both sides
        #expect(reading("His letter to Tom Vale arrived in 2020.", date: "2020").subjectPronoun)
        #expect(reading("Her report on Harbour Trust came out in 2019.", date: "2019").subjectPronoun)
        #expect(reading("His successor, Tom Vale, took over in 2020.", date: "2020").subjectPronoun)
    }

    /// `EventClause.words` lower-cases an ASCII word from its bytes and any other word with `lowercased()`: each
    /// word's lower form is its text's `lowercased()`, whatever the bytes.
    @Test func wordsLowerCaseAsTheStringDoes() {
        let sentences = [
            "The NHS Trust's new Chief Executive took over in May 2019.",
            "Harbour Housing's board met twice; the co-chairs, Ann Reed and TOM VALE, said no.",
            "Ms Ćosić of the Régie des Transports spoke at the ÉCOLE in 2015.",
            "A KELVIN \u{212A} sign, a dotted \u{130}stanbul and a final ΣΟΦΟΣ stay as the string library reads them.",
            "bus-lane fees rose 12% after the council\u{2019}s vote – not before",
        ]
        for s in sentences {
            let words = EventClause.words(Array(s.utf8))
            #expect(!words.isEmpty)
            for w in words { #expect(w.lower == w.text.lowercased(), "\(w.text)") }
        }
        // a word with a capital is made small; the sentence's words are cut as before
        #expect(EventClause.words(Array("Eastside Group's WARD closed".utf8)).map(\.lower) == ["eastside", "group's", "ward", "closed"])
    }

    /// `EventClause.covered` marks a byte when some range holds it, as asking each range would: nested, overlapping,
    /// empty and out-of-bounds ranges included (a bracket inside a quotation, an aside run to the sentence's end).
    @Test func coveredMarksTheBytesSomeRangeHolds() {
        let sets: [[Range<Int>]] = [[], [0..<3, 6..<9], [2..<8, 4..<6], [1..<5, 3..<7], [5..<5, 9..<14], [-2..<1], [0..<10]]
        for ranges in sets {
            let marks = EventClause.covered(by: ranges, count: 10)
            #expect(marks.count == 10)
            for i in 0..<10 { #expect(marks[i] == ranges.contains { $0.contains(i) }, "\(ranges) at \(i)") }
        }
        // must not mark a byte between two ranges
        #expect(!EventClause.covered(by: [0..<3, 6..<9], count: 10)[4])
    }

    /// The reading of a clause is the same whether the caller hands over the sentence's words (``EventClause/words(_:)``,
    /// read once per sentence by the participants' rules) or the reader reads them itself.
    @Test func readingWithTheSentencesWordsGivenIsTheSame() {
        // health, housing, transport; a name set in a phrase of its own (`under the Rail Act 2005`); a long run read in a window
        let cases: [(String, String, [(String, EntityType)])] = [
            ("Ann Reed, who chairs Harbour Trust, closed the clinic in May 2019, and Tom Vale took over in June.", "May 2019",
             [("Ann Reed", .person), ("Harbour Trust", .organization), ("Tom Vale", .person)]),
            ("Under the Rail Act 2005, Eastside Council bought the depot.", "2005",
             [("Rail Act 2005", .programme), ("Eastside Council", .organization)]),
            ("The housing board (which Ann Reed founded) sold the flats in 2016; she resigned in 2018.", "2016",
             [("Ann Reed", .person)]),
            (String(repeating: "Lines and stops were listed again, ", count: 60) + "and Harbour Buses cut the route in 2021.", "2021",
             [("Harbour Buses", .organization)]),
        ]
        for (sentence, date, names) in cases {
            let r = sentence.range(of: date, options: .backwards)!
            let a = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
            let ns = names.map { n -> EventClause.Name in
                let x = sentence.range(of: n.0)!
                let b = sentence.utf8.distance(from: sentence.startIndex, to: x.lowerBound)
                return EventClause.Name(range: b..<(b + n.0.utf8.count), isActor: n.1 == .person || n.1 == .organization,
                                        isPerson: n.1 == .person)
            }
            let words = EventClause.words(Array(sentence.utf8))
            let given = EventClause.read(sentence[...], date: a..<(a + date.utf8.count), names: ns, otherDates: [], words: words)
            let own = EventClause.read(sentence[...], date: a..<(a + date.utf8.count), names: ns)
            #expect(given == own, "\(sentence)")
        }
    }
}
