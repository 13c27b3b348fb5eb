import Corpus
import Testing
@testable import Extraction

/// Successions that must not be read from an ownership change or a wrong earlier body, and `the X's replacement`
/// beside `the X's successor`. Pages written for these tests, on several policy areas, with invented names given as
/// knowledge records; each rule has twins.
@Suite struct SuccessionCueTests {
    static let records: [KnowledgeRecord] = [
        "Harbour Water", "Westside Holdings", "Eastside Buses", "Northgate Group", "Coastal Care", "Meadow Homes",
        "Rivers Agency", "Water Board", "Skills Council", "Learning Agency", "Apprenticeship Service", "Bus Agency",
        "Tram Agency", "Oak Court", "Elm House", "Pine Lodge", "Northshire Probation Company", "Southshire Probation Company",
        "Fenland Probation Company", "Carewell", "Child Support Agency", "Child Maintenance Service", "Housing Corporation",
        "Homes Agency", "Health Protection Agency", "Public Health Service",
    ].map { KnowledgeRecord(name: $0, type: .organization) } + [
        "Ann Reed", "Tom Vale",
    ].map { KnowledgeRecord(name: $0, type: .person) }

    /// `predicate subject -> object` of every relation of the page made of `body`.
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: Self.records) }

    @Test func aCompanyTakenOverFromItsOwnerIsNoSuccessionOfTheOwner() {
        // a named company bought from the group that owned it: an ownership change
        for body in ["Harbour Water took over aquaflow from Westside Holdings in 2018.",
                     "In 2016 Northgate Group took over citylink from Eastside Buses.",
                     "Coastal Care took over homecare4u from Meadow Homes last year."] {
            #expect(!page(body).contains { $0.hasPrefix("successor_of") }, "\(body)")
        }
        // twins: a contract or a body's work taken over from the one that held it is a succession
        #expect(page("Harbour Water took over the contract from Westside Holdings in 2018.").contains("successor_of Harbour Water -> Westside Holdings"))
        #expect(page("In 2016 Northgate Group took over the franchise from Eastside Buses.").contains("successor_of Northgate Group -> Eastside Buses"))
        #expect(page("Coastal Care took over responsibility from Meadow Homes last year.").contains("successor_of Coastal Care -> Meadow Homes"))
    }

    @Test func workSplitAfterABuildingIsNotTheBuildingsWork() {
        // the sentence before names a building first; `its work` is not the building's
        for body in ["Oak Court opened under the Water Board, which ministers abolished in 2012. Its work was split between the Rivers Agency and Harbour Water.",
                     "Elm House was run by the Skills Council until 2010. Its work was divided between the Learning Agency and the Apprenticeship Service.",
                     "Pine Lodge was the Bus Agency's depot. Its work was split between the Tram Agency and Eastside Buses."] {
            #expect(!page(body).contains { $0.hasPrefix("successor_of") && ($0.hasSuffix("-> Oak Court") || $0.hasSuffix("-> Elm House") || $0.hasSuffix("-> Pine Lodge")) }, "\(body)")
        }
        // twin: a body opening the sentence before does pass its work on
        let body = "The Skills Council was abolished in 2010. Its work was split between the Learning Agency and the Apprenticeship Service."
        #expect(page(body).contains("successor_of Learning Agency -> Skills Council"))
        #expect(page(body).contains("successor_of Apprenticeship Service -> Skills Council"))
    }

    @Test func unitsListedAndTransferredAreNotTheOldHolder() {
        // a listed set of units passing to a new owner: the last unit is no predecessor of the owner
        for body in ["Its three companies, Northshire Probation Company, Southshire Probation Company and Fenland Probation Company, were transferred to Carewell.",
                     "Westside Holdings sold its homes. Oak Court, Elm House and Pine Lodge were transferred to Meadow Homes.",
                     "The Bus Agency and the Tram Agency were handed to Northgate Group in 2014."] {
            #expect(!page(body).contains { $0.hasPrefix("successor_of Carewell") || $0.hasPrefix("successor_of Meadow Homes") || $0.hasPrefix("successor_of Northgate Group") }, "\(body)")
        }
        // twin: one body whose work was transferred
        #expect(page("The Water Board was transferred to the Rivers Agency in 2013.").contains("successor_of Rivers Agency -> Water Board"))
    }

    @Test func theBodysReplacementIsItsSuccessor() {
        let cases = [
            ("Most parents now deal with the Child Maintenance Service, the Child Support Agency's replacement.", "successor_of Child Maintenance Service -> Child Support Agency"),
            ("Grants were paid by the Homes Agency, the Housing Corporation's replacement, from 2008.", "successor_of Homes Agency -> Housing Corporation"),
            ("The Public Health Service, the Health Protection Agency's successor, runs the laboratories.", "successor_of Public Health Service -> Health Protection Agency"),
        ]
        for (body, edge) in cases { #expect(page(body).contains(edge), "\(body)") }
        // twins: a replacement still to be chosen, a possessive of something else
        #expect(!page("The Homes Agency, the Housing Corporation's partner, paid the grants.").contains { $0.hasPrefix("successor_of") })
        #expect(!page("The Child Support Agency, the Child Maintenance Service's office in Leeds, closed.").contains { $0.hasPrefix("successor_of") })
    }
}

extension SuccessionCueTests {
    @Test func aPronounAfterATimeConjunctionOrAnAgainRenamesTheBody() {
        let cases = [
            ("Ann Reed ran the Water Board before it was renamed the Rivers Agency in 2013.", "successor_of Rivers Agency -> Water Board"),
            ("Tom Vale chaired the Skills Council until it was replaced by the Learning Agency.", "successor_of Learning Agency -> Skills Council"),
            ("The Housing Corporation was renamed in 2004. In 2008 the corporation changed its name again, to the Homes Agency.", "successor_of Homes Agency -> Housing Corporation"),
        ]
        for (body, edge) in cases { #expect(page(body).contains(edge), "\(body)") }
        // twins: a person's pronoun after `before`, a body asked to work with another, a denial
        #expect(!page("Tom Vale chaired the Skills Council before he joined the Learning Agency.").contains { $0.hasPrefix("successor_of") })
        #expect(!page("Ann Reed left the Water Board before it was asked to work with the Rivers Agency.").contains { $0.hasPrefix("successor_of") })
        #expect(!page("Tom Vale chaired the Skills Council until it was not replaced by the Learning Agency.").contains { $0.hasPrefix("successor_of") })
    }
}
