import Corpus
import Testing
@testable import Extraction

/// Bodies transformed into new ones (``RelationReader/bodyPartChanges(_:_:)``, ``RelationReader/turnedIntoNewBody(_:_:)``,
/// ``RelationReader/formedByMergers(_:_:)``), a body renamed `from` its old name, and a body's work split after an
/// abbreviation. Sentences written for these tests on several policy areas, with invented names given as knowledge
/// records; each rule has twins (planned, negated, sold, not a body) that must give nothing.
@Suite struct OrganizationTransformationTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Standards Commission", type: .organization),
        KnowledgeRecord(name: "Port Licensing England", type: .organization),
        KnowledgeRecord(name: "Port Safety Office", type: .organization),
        KnowledgeRecord(name: "Schools Inspection Board", type: .organization),
        KnowledgeRecord(name: "Teaching Standards Agency", type: .organization),
        KnowledgeRecord(name: "Family Health Authority", type: .organization),
        KnowledgeRecord(name: "Department of Health", type: .organization),
        KnowledgeRecord(name: "Office for Prevention", type: .organization),
        KnowledgeRecord(name: "Harbour Holdings", type: .organization),
        KnowledgeRecord(name: "Trunk Roads Agency", type: .organization),
        KnowledgeRecord(name: "Motorways England", type: .organization),
        KnowledgeRecord(name: "Child Poverty Commission", type: .organization),
        KnowledgeRecord(name: "Mobility Commission", type: .organization),
        KnowledgeRecord(name: "Housing Grants Board", type: .organization),
        KnowledgeRecord(name: "Homes Wales", type: .organization),
        KnowledgeRecord(name: "Office for Survey Statistics", type: .organization),
        KnowledgeRecord(name: "Central Figures Office", type: .organization),
        KnowledgeRecord(name: "Census Office", type: .organization),
        KnowledgeRecord(name: "Rail Projects Authority", type: .organization),
        KnowledgeRecord(name: "Rail Infrastructure UK", type: .organization),
        KnowledgeRecord(name: "Major Works Unit", type: .organization),
        KnowledgeRecord(name: "Care Council", type: .organization),
        KnowledgeRecord(name: "Nursing Board", type: .organization),
        KnowledgeRecord(name: "Midwives Trust", type: .organization),
        KnowledgeRecord(name: "Food Council", type: .organization),
        KnowledgeRecord(name: "Farm Board", type: .organization),
        KnowledgeRecord(name: "Department for Schools", type: .organization),
        KnowledgeRecord(name: "Education Office", type: .organization),
        KnowledgeRecord(name: "NLSB", type: .organization),
        KnowledgeRecord(name: "SNP", type: .organization),
        KnowledgeRecord(name: "Canal Board", type: .organization),
        KnowledgeRecord(name: "Homes Agency", type: .organization),
        KnowledgeRecord(name: "Housing Board", type: .organization),
        KnowledgeRecord(name: "Town Partnerships", type: .organization),
        KnowledgeRecord(name: "Care Board", type: .organization),
        KnowledgeRecord(name: "Health Trust", type: .organization),
        KnowledgeRecord(name: "Transport Agency", type: .organization),
        KnowledgeRecord(name: "Bus Council", type: .organization),
        KnowledgeRecord(name: "Waterways Trust", type: .organization),
        KnowledgeRecord(name: "Adult Skills Agency", type: .organization),
        KnowledgeRecord(name: "Youth Learning Agency", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]

    /// The relations of `text` read as one sentence.
    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }
    /// The relations of the last sentence of `text`, the ones before being its context.
    func readLast(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    // MARK: a part of a body going on as a new one

    @Test func aNamedPartOfABodyGoingOnAsANewBodyMakesTheNewBodyItsSuccessor() {
        let cases = [
            ("The Harbour Standards Commission inspected the docks for years. In 2012 the licensing arm of the commission was relaunched as Port Licensing England.",
             "successor_of Port Licensing England -> Harbour Standards Commission"),
            ("The Harbour Standards Commission inspected the docks. The regulatory side of the commission, which visits ports, checks cranes and fines operators, was renamed the Port Safety Office.",
             "successor_of Port Safety Office -> Harbour Standards Commission"),
            ("The Schools Inspection Board was wound down in 2014, and its teacher standards wing was reconstituted as the Teaching Standards Agency.",
             "successor_of Teaching Standards Agency -> Schools Inspection Board"),
            ("The Family Health Authority was broken up last year. Its prevention side (the screening teams, the nurses) moved into the Department of Health as the new Office for Prevention.",
             "successor_of Office for Prevention -> Family Health Authority"),
        ]
        for (text, edge) in cases {
            let all = text.dropLast().contains(". ") ? readLast(text) : read(text)
            #expect(all.contains(edge), "\(text) \(all)")
        }
    }

    @Test func aPartSoldPlannedOrBecomingPartOfAnotherIsNoSuccession() {
        for text in ["The Harbour Standards Commission grew. The care arm of the commission was sold to Harbour Holdings in 2015.",
                     "The Harbour Standards Commission grew. The licensing arm of the commission will be relaunched as Port Licensing England.",
                     "The Harbour Standards Commission grew. The licensing arm of the commission was not renamed Port Licensing England.",
                     "The Harbour Standards Commission grew. The licensing arm of the commission became part of Harbour Holdings."] {
            let all = readLast(text)
            #expect(!all.contains { $0.hasPrefix("successor_of") }, "\(text) \(all)")
        }
        // `the <part>` alone names no body
        let bare = readLast("The Harbour Standards Commission grew. The licensing arm was relaunched as Port Licensing England.")
        #expect(!bare.contains { $0.hasPrefix("successor_of") }, "\(bare)")
    }

    // MARK: turned into a new body

    @Test func aBodyTurnedIntoANewOneByAnActIsSucceededByIt() {
        let cases = [
            ("Ministers kept the Trunk Roads Agency at arm's length for years. The Infrastructure Act 2015 turned it into Motorways England, a company.",
             "successor_of Motorways England -> Trunk Roads Agency"),
            ("The Child Poverty Commission was set up in 2010. In 2016 the Welfare Act turned the commission into the Mobility Commission.",
             "successor_of Mobility Commission -> Child Poverty Commission"),
            ("The Housing Grants Board paid for new homes in Cardiff. In 2013 ministers converted the board into a company, Homes Wales.",
             "successor_of Homes Wales -> Housing Grants Board"),
        ]
        for (text, edge) in cases {
            let all = text.dropLast().contains(". ") ? readLast(text) : read(text)
            #expect(all.contains(edge), "\(text) \(all)")
        }
    }

    @Test func aPlanOrATurnIntoNoBodyIsNoSuccession() {
        for text in ["The Child Poverty Commission was set up in 2010. Ministers plan to turn the commission into the Mobility Commission.",
                     "The Child Poverty Commission was set up in 2010. The Welfare Act never turned the commission into the Mobility Commission.",
                     "The Trunk Roads Agency ran the roads. The new chief executive turned it into a success within a year."] {
            let all = readLast(text)
            #expect(!all.contains { $0.hasPrefix("successor_of") }, "\(text) \(all)")
        }
    }

    // MARK: formed by a merger

    @Test func aBodyFormedByAMergerSucceedsEachBodyMerged() {
        let pronoun = readLast("The Office for Survey Statistics is younger than many think. It was formed in April 1996, when the Central Figures Office merged with the Census Office.")
        #expect(pronoun.contains("successor_of Office for Survey Statistics -> Central Figures Office"), "\(pronoun)")
        #expect(pronoun.contains("successor_of Office for Survey Statistics -> Census Office"), "\(pronoun)")
        let merging = read("The Rail Projects Authority had been formed in January 2016 by merging Rail Infrastructure UK with the Major Works Unit, and it reported to the Treasury.")
        #expect(merging.contains("successor_of Rail Projects Authority -> Rail Infrastructure UK"), "\(merging)")
        #expect(merging.contains("successor_of Rail Projects Authority -> Major Works Unit"), "\(merging)")
        let nursing = read("The Care Council was created in 2002 through the merger of the Nursing Board and the Midwives Trust.")
        #expect(nursing.contains("successor_of Care Council -> Nursing Board"), "\(nursing)")
        #expect(nursing.contains("successor_of Care Council -> Midwives Trust"), "\(nursing)")
    }

    @Test func aMergerPlannedOrNotMadeFormsNothing() {
        for text in ["The Food Council was formed in 2003, when ministers planned to merge it with the Farm Board.",
                     "The Food Council is new. It was formed in 2003, when the Farm Board refused to merge with the Care Council.",
                     "The Food Council will be formed next year by merging the Farm Board with the Care Council."] {
            let all = readLast(text)
            #expect(!all.contains { $0.hasPrefix("successor_of Food Council") }, "\(text) \(all)")
        }
    }

    // MARK: renamed from

    @Test func aBodyRenamedFromAnotherSucceedsIt() {
        let all = read("The schools budget is set by the Department for Schools, which was renamed from the Education Office in 2010.")
        #expect(all.contains("successor_of Department for Schools -> Education Office"), "\(all)")
        let twin = read("The Department for Schools moved from the Education Office building in 2010.")
        #expect(!twin.contains { $0.hasPrefix("successor_of") }, "\(twin)")
    }

    // MARK: a body's work split, the body named by an abbreviation

    @Test func workSplitAfterASentenceOpenedByAnAbbreviatedBodyPassesToEachBodyNamed() {
        let all = readLast("The NLSB had been set up in 2001 to fund colleges. Its work was split between the Adult Skills Agency and the Youth Learning Agency.")
        #expect(all.contains("successor_of Adult Skills Agency -> NLSB"), "\(all)")
        #expect(all.contains("successor_of Youth Learning Agency -> NLSB"), "\(all)")
        let party = readLast("The SNP had pledged to fund colleges. Its work was split between the Adult Skills Agency and the Youth Learning Agency.")
        #expect(!party.contains { $0.hasPrefix("successor_of Adult Skills Agency -> SNP") }, "\(party)")
    }

    // MARK: a cleft or a relative clause before a later name

    @Test func aBodyThatWasTurnedIntoAnotherIsSucceededByIt() {
        for text in ["After the war it was the Canal Board that was turned into the Waterways Trust in 1962.",
                     "Boats were licensed by the Canal Board, which was later turned into the Waterways Trust."] {
            let all = read(text)
            #expect(all.contains("successor_of Waterways Trust -> Canal Board"), "\(text) \(all)")
        }
        let twin = read("It was the Canal Board that was not turned into the Waterways Trust.")
        #expect(!twin.contains { $0.hasPrefix("successor_of") }, "\(twin)")
    }

    // MARK: work taken over, its noun qualified

    @Test func aBodyTakingOverAQualifiedShareOfWorkSucceedsTheBodyWhoseWorkItWas() {
        let homes = readLast("The Homes Agency opened in 2008. It took over the investment role of the Housing Board together with the land work of Town Partnerships.")
        #expect(homes.contains("successor_of Homes Agency -> Housing Board"), "\(homes)")
        #expect(homes.contains("successor_of Homes Agency -> Town Partnerships"), "\(homes)")
        let care = read("In 2014 the Care Board took over the licensing functions of the Health Trust.")
        #expect(care.contains("successor_of Care Board -> Health Trust"), "\(care)")
        let buses = read("In 2019 the Transport Agency took over the ticketing duties of the Bus Council.")
        #expect(buses.contains("successor_of Transport Agency -> Bus Council"), "\(buses)")
        for twin in ["In 2014 the Care Board took over the licensing offices of the Health Trust.",
                     "In 2014 the Care Board did not take over the licensing functions of the Health Trust."] {
            let all = read(twin)
            #expect(!all.contains { $0.hasPrefix("successor_of") }, "\(twin) \(all)")
        }
    }
}
