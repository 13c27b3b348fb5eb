import Corpus
import Testing
@testable import Extraction

/// A body taking in a counted class of bodies that a list then names (``RelationReader/absorbedBodyLists(_:_:)``):
/// after a colon, between dashes (with `together with` after), after a plain comma, and with the class first
/// (`Three organisations went into it:`). Sentences written for these tests on several policy areas, with invented
/// names as knowledge records; twins (a plan, a negation, another verb, a class that is no body, a list longer than
/// its count, a body inside a relative clause, firms bought) must give nothing.
@Suite struct AbsorbedBodyListTests {
    static let records: [KnowledgeRecord] = [
        "Clean Air Agency", "Smoke Control Board", "Emissions Office", "Noise Council", "Eastmoor Ambulance Trust",
        "Northfield Ambulance Service", "Southfield Ambulance Service", "Westfield Ambulance Service", "Eastfield Ambulance Service",
        "Patient Transport Unit", "Schools Funding Agency", "Learning Grants Council", "Capital Works Board", "Academies Office",
        "Moorland Council", "Upper Moor Council", "Lower Moor Council", "Transit Agency", "Bus Board", "Tram Office",
        "Housing Department", "Harbour Group", "Eastside Care", "Westside Care", "Northside Care",
    ].map { KnowledgeRecord(name: $0, type: .organization) }

    func successors(_ body: String) -> [String] {
        RelationTestSupport.page(body, records: Self.records).filter { $0.hasPrefix("successor_of ") }.sorted()
    }

    @Test func theHeirAbsorbsACountedClassNamedAfterAColon() {
        #expect(successors("The Clean Air Agency opened in 2015. It absorbed three older watchdogs: the Smoke Control Board, the Emissions Office and the Noise Council.")
            == ["successor_of Clean Air Agency -> Emissions Office", "successor_of Clean Air Agency -> Noise Council",
                "successor_of Clean Air Agency -> Smoke Control Board"])
        #expect(successors("Two councils were merged to form Moorland Council: Upper Moor Council and Lower Moor Council.")
            == ["successor_of Moorland Council -> Lower Moor Council", "successor_of Moorland Council -> Upper Moor Council"])
    }

    @Test func aListBetweenDashesAndABodyAddedAfterIt() {
        #expect(successors("The Eastmoor Ambulance Trust was created in 2006. It replaced four local services – the Northfield Ambulance Service, the Southfield Ambulance Service, the Westfield Ambulance Service and the Eastfield Ambulance Service – together with the Patient Transport Unit.")
            == ["successor_of Eastmoor Ambulance Trust -> Eastfield Ambulance Service",
                "successor_of Eastmoor Ambulance Trust -> Northfield Ambulance Service",
                "successor_of Eastmoor Ambulance Trust -> Patient Transport Unit",
                "successor_of Eastmoor Ambulance Trust -> Southfield Ambulance Service",
                "successor_of Eastmoor Ambulance Trust -> Westfield Ambulance Service"])
    }

    @Test func theClassFirstWithPartsOfBodiesListed() {
        #expect(successors("The Schools Funding Agency was set up in 2012. Three organisations went into it: the whole of the Learning Grants Council; the building side of the Capital Works Board; and the Academies Office.")
            == ["successor_of Schools Funding Agency -> Academies Office", "successor_of Schools Funding Agency -> Capital Works Board",
                "successor_of Schools Funding Agency -> Learning Grants Council"])
    }

    @Test func aCommaBeforeTheWholeCountedList() {
        #expect(successors("In 2004 the Transit Agency absorbed two bodies, the Bus Board and the Tram Office, and took on their depots.")
            == ["successor_of Transit Agency -> Bus Board", "successor_of Transit Agency -> Tram Office"])
    }

    @Test func aPlanANegationOrAnotherVerbGivesNothing() {
        #expect(successors("The Clean Air Agency will absorb three older watchdogs: the Smoke Control Board, the Emissions Office and the Noise Council.").isEmpty)
        #expect(successors("The Clean Air Agency did not absorb the three older watchdogs: the Smoke Control Board, the Emissions Office and the Noise Council.").isEmpty)
        #expect(successors("The Clean Air Agency funded three older watchdogs: the Smoke Control Board, the Emissions Office and the Noise Council.").isEmpty)
    }

    @Test func aListThatIsNoCountedClassOfBodiesGivesNothing() {
        // more bodies than counted; firms bought; a comma list shorter than its count
        #expect(successors("The Clean Air Agency absorbed two watchdogs: the Smoke Control Board, the Emissions Office and the Noise Council.").isEmpty)
        #expect(successors("Harbour Group took over three firms: Eastside Care, Westside Care and Northside Care.").isEmpty)
        #expect(successors("In 2004 the Transit Agency absorbed three bodies, the Bus Board and the Tram Office, and took on their depots.").isEmpty)
    }

    @Test func aBodyInsideARelativeClauseOfTheListIsNoPart() {
        #expect(successors("The Clean Air Agency absorbed two watchdogs: the Smoke Control Board, which the Housing Department had run, and the Noise Council.")
            == ["successor_of Clean Air Agency -> Noise Council", "successor_of Clean Air Agency -> Smoke Control Board"])
    }
}
