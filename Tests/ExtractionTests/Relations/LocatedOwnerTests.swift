import Corpus
import Testing
@testable import Extraction

/// A passive owner after an apposition that says where the owned body is: `Eastside Dairy in Cornwall, a plant
/// owned by Harbour Foods`; `Kestrel Weather, a company based in Ireland and owned by the investment firm Harbour
/// Capital` (``RelationReader/ownershipRelations(_:)``). Sentences written for these tests, with invented names.
@Suite struct LocatedOwnerTests {
    static let records: [KnowledgeRecord] = [
        "Eastside Dairy", "Harbour Foods", "Kestrel Weather", "Harbour Capital", "Northgate Care", "Westside Health",
        "Southbank Buses", "Harbour Transport",
    ].map { KnowledgeRecord(name: $0, type: .organization) }
        + ["Cornwall", "Ireland", "Leeds", "Jersey"].map { KnowledgeRecord(name: $0, type: .place) }

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    @Test func anOwnerAfterALocatedAppositionOwnsTheName() {
        for (text, edge) in [
            ("The cheese was made at Eastside Dairy in Cornwall, a plant owned by Harbour Foods, until 2019.",
             "owns Harbour Foods -> Eastside Dairy"),
            ("Forecasts now come from Kestrel Weather, a company based in Ireland and owned by the investment firm Harbour Capital.",
             "owns Harbour Capital -> Kestrel Weather"),
            ("The home was run by Northgate Care near Leeds, a charity controlled by Westside Health, for a decade.",
             "owns Westside Health -> Northgate Care"),
            ("Southbank Buses, a firm registered in Jersey and owned by Harbour Transport, runs the night routes.",
             "owns Harbour Transport -> Southbank Buses"),
        ] {
            #expect(read(text).contains(edge), "\(text) \(read(text))")
        }
        for text in ["Eastside Dairy in Cornwall, a plant never owned by Harbour Foods, closed in 2019.",
                     "Kestrel Weather, a company based in Ireland and not owned by Harbour Capital, won the contract.",
                     "Eastside Dairy in Cornwall, a plant Harbour Foods wanted to buy, closed in 2019."] {
            #expect(!read(text).contains("owns Harbour Foods -> Eastside Dairy") && !read(text).contains("owns Harbour Capital -> Kestrel Weather"), "\(text) \(read(text))")
        }
    }
}
