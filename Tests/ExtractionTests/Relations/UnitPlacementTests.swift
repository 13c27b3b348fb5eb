import Corpus
import Testing
@testable import Extraction

/// Bodies placed inside another by a verb (``RelationReader/unitPlacements(_:)``): `belongs to`, `went into X as
/// Y`, `A and B, both brought inside X`, `X absorbed Y`; funders after `and partly by`; and a relative clause that
/// closes before the main verb's object. Sentences written for these tests, with invented names given as
/// knowledge records; each rule has twins (negated, planned, questioned, passive, a person) that give no edge.
@Suite struct UnitPlacementTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Coastguard Agency", type: .organization),
        KnowledgeRecord(name: "Department of Transport", type: .organization),
        KnowledgeRecord(name: "Eastside Buses", type: .organization),
        KnowledgeRecord(name: "Harbour Group", type: .organization),
        KnowledgeRecord(name: "Ministry of Housing", type: .organization),
        KnowledgeRecord(name: "Building Safety Unit", type: .organization),
        KnowledgeRecord(name: "Visa Office", type: .organization),
        KnowledgeRecord(name: "Border Force", type: .organization),
        KnowledgeRecord(name: "Interior Ministry", type: .organization),
        KnowledgeRecord(name: "Harbour Housing", type: .organization),
        KnowledgeRecord(name: "Eastside Homes", type: .organization),
        KnowledgeRecord(name: "Westside Homes", type: .organization),
        KnowledgeRecord(name: "Carers Hub", type: .organization),
        KnowledgeRecord(name: "Arts Office", type: .organization),
        KnowledgeRecord(name: "Lottery Fund", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Forestry Commission", type: .organization),
        KnowledgeRecord(name: "Forest Estates", type: .organization),
        KnowledgeRecord(name: "Probation Board", type: .organization),
        KnowledgeRecord(name: "Justice Office", type: .organization),
        KnowledgeRecord(name: "Weather Bureau", type: .organization),
        KnowledgeRecord(name: "Air Ministry", type: .organization),
        KnowledgeRecord(name: "Tenancy Unit", type: .organization),
        KnowledgeRecord(name: "Housing Department", type: .organization),
        KnowledgeRecord(name: "Schools Inspectorate", type: .organization),
        KnowledgeRecord(name: "Education Ministry", type: .organization),
        KnowledgeRecord(name: "Crime Agency", type: .organization),
        KnowledgeRecord(name: "Border Command", type: .organization),
        KnowledgeRecord(name: "Fraud Command", type: .organization),
        KnowledgeRecord(name: "Cyber Command", type: .organization),
        KnowledgeRecord(name: "Regional Health Authority", type: .organization),
        KnowledgeRecord(name: "Northern Health Board", type: .organization),
        KnowledgeRecord(name: "Southern Health Board", type: .organization),
        KnowledgeRecord(name: "Visas Direct", type: .organization),
        KnowledgeRecord(name: "Removals Directorate", type: .organization),
        KnowledgeRecord(name: "Home Office", type: .organization),
        KnowledgeRecord(name: "Office for School Meals", type: .organization),
    ]

    func passage(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: true) }

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    // MARK: belongs to

    @Test func aBodyThatBelongsToAnotherIsPartOfIt() {
        for text in ["The Coastguard Agency belonged to the Department of Transport for decades.",
                     "Eastside Buses, which ran the city routes until March, now belongs to Harbour Group."] {
            let all = read(text)
            #expect(all.contains { $0 == "part_of Coastguard Agency -> Department of Transport" || $0 == "part_of Eastside Buses -> Harbour Group" }, "\(text) \(all)")
        }
        for text in ["The Coastguard Agency should belong to the Department of Transport.",
                     "The Coastguard Agency no longer belongs to the Department of Transport.",
                     "Does the Coastguard Agency belong to the Department of Transport?",
                     "The Coastguard Agency will belong to the Department of Transport.",
                     "The Coastguard Agency, a body that belonged to nobody, praised the Department of Transport."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    @Test func aRelativeClauseClosedBeforeTheMainVerbRunsNothingAfterIt() {
        let all = read("Eastside Buses, which ran every route until March, now belongs to Harbour Group.")
        #expect(!all.contains("operates Eastside Buses -> Harbour Group (former)"), "\(all)")
        #expect(!all.contains { $0.hasPrefix("operates Eastside Buses -> Harbour Group") }, "\(all)")
        // (a list after the comma keeps the relative clause open)
        let list = read("Harbour Group, which runs six depots, including Eastside Buses, is growing.")
        #expect(list.contains("operates Harbour Group -> Eastside Buses"), "\(list)")
    }

    // MARK: moved into a body as a unit

    @Test func workMovedIntoABodyAsANamedUnitMakesThatUnitPartOfIt() {
        for text in ["Its work went back into the Ministry of Housing as the Building Safety Unit.",
                     "The inspectors move into the Ministry of Housing as the new Building Safety Unit."] {
            #expect(read(text).contains("part_of Building Safety Unit -> Ministry of Housing"), "\(text) \(read(text))")
        }
        for text in ["Its work will go into the Ministry of Housing as the Building Safety Unit.",
                     "Its work did not go into the Ministry of Housing as the Building Safety Unit.",
                     "The Ministry of Housing praised the Building Safety Unit as the new model.",
                     "Ann Reed moved from the Ministry of Housing as the Building Safety Unit opened."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of Building Safety Unit") }, "\(text)")
        }
    }

    // MARK: placed together

    @Test func aNameThatOpensItsOwnClauseIsNoUnit() {
        // `as` a conjunction: the name after it opens a clause of its own
        let conj = read("Money poured into Harbour Group as the Coastguard Agency pulled out.")
        #expect(!conj.contains { $0.hasPrefix("part_of Coastguard Agency") }, "\(conj)")
        // a possessive in a fronted clause: the name after the comma is the main clause's subject
        let fronted = read("After reviewing Harbour Group's business, Eastside Buses cut its fares.")
        #expect(!fronted.contains { $0.hasPrefix("part_of Eastside Buses") }, "\(fronted)")
        // twin: an apposition closed by its comma is a unit
        let arm = read("Harbour Group's bus business, Eastside Buses, was sold in 2019.")
        #expect(arm.contains("part_of Eastside Buses -> Harbour Group"), "\(arm)")
    }

    @Test func bodiesPlacedTogetherInsideAnotherAreEachPartOfIt() {
        let all = read("Its work was split between the Visa Office and Border Force, both brought back inside the Interior Ministry.")
        #expect(all.contains("part_of Visa Office -> Interior Ministry"), "\(all)")
        #expect(all.contains("part_of Border Force -> Interior Ministry"), "\(all)")
        for text in ["The Visa Office and Border Force, both critics of the Interior Ministry, objected.",
                     "The Visa Office and Border Force, both brought back inside the Interior Ministry?"] {
            #expect(!read(text).contains { $0.hasSuffix("-> Interior Ministry") && $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: absorbed

    @Test func aBodyAbsorbedByAnotherIsPartOfIt() {
        for text in ["Harbour Housing absorbed Eastside Homes in 2017.",
                     "Harbour Housing began work in April, having already absorbed Eastside Homes and Westside Homes."] {
            let all = read(text)
            #expect(all.contains("part_of Eastside Homes -> Harbour Housing"), "\(text) \(all)")
        }
        #expect(read("Harbour Housing began work in April, having already absorbed Eastside Homes and Westside Homes.")
            .contains("part_of Westside Homes -> Harbour Housing"))
        for text in ["Harbour Housing never absorbed Eastside Homes.",
                     "Harbour Housing will absorb Eastside Homes next year.",
                     "Harbour Housing absorbed Eastside Homes' debts.",
                     "Harbour Housing was absorbed into Eastside Homes.",
                     "Harbour Housing, Ann Reed said, absorbed Eastside Homes.",
                     // the name qualifies a noun: what was absorbed is the deficit
                     "Harbour Housing absorbed the Eastside Homes deficit."] {
            #expect(!read(text).contains("part_of Eastside Homes -> Harbour Housing"), "\(text)")
        }
    }

    // MARK: placed under a body

    @Test func aBodyPlacedUnderAnotherIsPartOfIt() {
        // environment, housing, schools
        for (text, edge) in [("After the war the Weather Bureau was placed under the Air Ministry.", "part_of Weather Bureau -> Air Ministry"),
                             ("The Tenancy Unit has always sat under the Housing Department.", "part_of Tenancy Unit -> Housing Department"),
                             ("The Schools Inspectorate, which now sits under the Education Ministry, publishes every report.",
                              "part_of Schools Inspectorate -> Education Ministry")] {
            let all = read(text)
            #expect(all.contains(edge), "\(text) \(all)")
        }
        for text in ["The Weather Bureau came under pressure from the Air Ministry.",
                     "The Weather Bureau should be placed under the Air Ministry.",
                     "The Weather Bureau will sit under the Air Ministry.",
                     "The Weather Bureau was never placed under the Air Ministry.",
                     "The Tenancy Unit sits under Housing Department director Ann Reed.",
                     "Ann Reed sat under the Housing Department's rules for years."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: a public body, the parent of its unit

    @Test func aPublicBodyIsTheParentOfItsUnit() {
        // transport, immigration, schools
        for (text, edge) in [("In 1998 it merged with the Coastguard Agency, the parent of the Border Force, to form one body.", "part_of Border Force -> Coastguard Agency"),
                             ("The Home Office is the parent of Visas Direct.", "part_of Visas Direct -> Home Office"),
                             ("The Education Ministry, which is the parent of the Schools Inspectorate, published the figures.",
                              "part_of Schools Inspectorate -> Education Ministry")] {
            let all = read(text)
            #expect(all.contains(edge), "\(text) \(all)")
            #expect(!all.contains { $0.hasPrefix("owns") }, "\(text) \(all)")
        }
        // a business parent owns; a plan or a denial gives nothing
        #expect(read("Harbour Group, the parent of Eastside Buses, reported a loss.").contains("owns Harbour Group -> Eastside Buses"))
        for text in ["The Home Office is not the parent of Visas Direct.",
                     "The Home Office will be the parent of Visas Direct.",
                     "Is the Home Office the parent of Visas Direct?"] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: a committee, command or team of a body

    @Test func aCommitteeOrCommandOfABodyIsPartOfIt() {
        // elections, policing, health
        for (text, edge) in [("The work passed to the Tenancy Unit, which was a committee of the Housing Department.", "part_of Tenancy Unit -> Housing Department"),
                             ("The Fraud Command, a command of the Crime Agency, opened in 2013.", "part_of Fraud Command -> Crime Agency"),
                             ("The Northern Health Board, a specialist team within the Regional Health Authority, closed.",
                              "part_of Northern Health Board -> Regional Health Authority")] {
            let all = read(text)
            #expect(all.contains(edge), "\(text) \(all)")
        }
        for text in ["The Tenancy Unit was never a committee of the Housing Department.",
                     "The Fraud Command could become a command of the Crime Agency.",
                     "Is the Fraud Command a command of the Crime Agency?"] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: a unit at a department

    @Test func aUnitNamedByItsKindAtAPublicBodyIsPartOfIt() {
        // housing, justice, schools
        for (text, edge) in [("In 2011 she left to head the new Tenancy Unit at the Housing Department.", "part_of Tenancy Unit -> Housing Department"),
                             ("The probation boards all work under a new Removals Directorate in the Home Office.", "part_of Removals Directorate -> Home Office"),
                             ("Ann Reed, who ran the Office for School Meals in the Education Ministry, retired.", "part_of Office for School Meals -> Education Ministry")] {
            let all = read(text)
            #expect(all.contains(edge), "\(text) \(all)")
        }
        for text in ["Ann Reed met the Tenancy Unit at the Housing Department's request.",
                     "Ministers planned a Tenancy Unit at the Housing Department.",
                     "There was never a Tenancy Unit at the Housing Department.",
                     "The Crime Agency at the Home Office was praised."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: units counted before a colon

    @Test func unitsListedAfterACountAreEachPartOfTheWhole() {
        // policing: the whole first, then its units
        let police = read("The Crime Agency is organised in three commands: the Border Command, the Fraud Command and the Cyber Command.")
        for unit in ["Border Command", "Fraud Command", "Cyber Command"] {
            #expect(police.contains("part_of \(unit) -> Crime Agency"), "\(police)")
        }
        // health: `split into`
        let health = read("In 1990 the Regional Health Authority was split into two boards: the Northern Health Board and the Southern Health Board.")
        #expect(health.contains("part_of Northern Health Board -> Regional Health Authority"), "\(health)")
        #expect(health.contains("part_of Southern Health Board -> Regional Health Authority"), "\(health)")
        // immigration: the count before the whole
        let visas = read("From April the work is done by two bodies inside the Home Office: Visas Direct, and the Removals Directorate.")
        #expect(visas.contains("part_of Visas Direct -> Home Office"), "\(visas)")
        #expect(visas.contains("part_of Removals Directorate -> Home Office"), "\(visas)")
        for text in ["Ministers proposed splitting the Crime Agency into three commands: the Border Command, the Fraud Command and the Cyber Command.",
                     "The Crime Agency could be organised in three commands: the Border Command, the Fraud Command and the Cyber Command.",
                     "The Crime Agency has three partners: the Border Command, the Fraud Command and the Cyber Command.",
                     "Is the Crime Agency organised in three commands: the Border Command, the Fraud Command and the Cyber Command?"] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
    }

    // MARK: funders in parts

    @Test func everyFunderInPartsFundsTheBody() {
        let named = read("The Carers Hub is funded partly by the Arts Office and partly by the Lottery Fund.")
        #expect(named.contains("funds Arts Office -> Carers Hub"), "\(named)")
        #expect(named.contains("funds Lottery Fund -> Carers Hub"), "\(named)")
        let described = read("The Carers Hub was funded partly by the council and partly by the Lottery Fund.")
        #expect(described.contains("funds Lottery Fund -> Carers Hub"), "\(described)")
        for text in ["The Carers Hub could be funded partly by the council and partly by the Lottery Fund.",
                     "The Carers Hub is funded partly by the Arts Office, and the Lottery Fund pays nothing."] {
            #expect(!read(text).contains("funds Lottery Fund -> Carers Hub"), "\(text)")
        }
    }

    // MARK: a unit named after its owner's possessive

    @Test func aUnitNamedAfterItsOwnersPossessiveIsPartOfIt() {
        let named = read("Harbour Group's home care arm, Eastside Homes, was sold in 2020.")
        #expect(named.contains("part_of Eastside Homes -> Harbour Group"), "\(named)")
        let described = passage("The Forestry Commission was set up in 1919. In England the commission's land-managing arm, Forest Estates, kept the name.")
        #expect(described.contains("part_of Forest Estates -> Forestry Commission"), "\(described)")
        for text in ["Harbour Group's planned care arm, Eastside Homes, never opened.",
                     "Harbour Group's chair, Ann Reed, resigned.",
                     "Harbour Group's rival, Eastside Homes, grew."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text)")
        }
        // (no body of the described kind named before: nothing)
        #expect(!passage("It was a long year. In England the commission's land-managing arm, Forest Estates, kept the name.").contains { $0.hasPrefix("part_of") })
    }

    // MARK: a description after an opening adverbial

    @Test func aDescriptionAfterAnOpeningAdverbialIsTheSubjectOfItsClause() {
        let all = passage("The Probation Board was set up in 1982. Until the powers were devolved in 2010, the board was sponsored by the Justice Office.")
        #expect(all.contains("funds Justice Office -> Probation Board"), "\(all)")
        for text in ["The Probation Board was set up in 1982. Until the powers were devolved in 2010, the board could have been sponsored by the Justice Office.",
                     "The Probation Board was set up in 1982. Until Ann Reed left in 2010, the board was never sponsored by the Justice Office."] {
            #expect(!passage(text).contains("funds Justice Office -> Probation Board"), "\(text)")
        }
        // a person named in the opening adverbial leaves the description what it is: the only board named before
        // (read through the shared resolver, ``RelationReader/referredOrganizationRelations(_:_:)``)
        let person = passage("The Probation Board was set up in 1982. Until Ann Reed left in 2010, the board was sponsored by the Justice Office.")
        #expect(person.contains("funds Justice Office -> Probation Board"), "\(person)")
    }
}
