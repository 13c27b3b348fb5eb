import Corpus
import Testing
@testable import Extraction

/// Surnames that are also given names (`Lewis`, `Douglas`, `Howard`, `Owen`) name the person the page gave in full
/// with that surname, so the relations stated with the short name reach that person. Pages written for these tests;
/// the people are invented.
@Suite struct GivenNameSurnameSuccessionTests {
    func page(_ body: String) -> [String] { RelationTestSupport.page(body, records: []) }

    @Test func aSurnameThatIsAGivenNameCarriesTheSuccession() {
        let prisons = "Derek Lewis ran the prison agency from 1993. Lewis was replaced by Richard Tilt in 1995."
        #expect(page(prisons).contains("successor_of Richard Tilt -> Derek Lewis"), "\(page(prisons))")
        let courts = "Anthony Douglas led the family courts service for fifteen years. Douglas stepped down in 2019 and was succeeded by Jacky Tyne."
        #expect(page(courts).contains("successor_of Jacky Tyne -> Anthony Douglas"), "\(page(courts))")
        let schools = "Maria Howard chaired the exams board until 2008. Howard was followed by Sunil Varma."
        #expect(page(schools).contains("successor_of Sunil Varma -> Maria Howard"), "\(page(schools))")
    }

    @Test func aGivenNameOfSomeoneOnThePageStaysTheirs() {
        // Lewis Carne is the only Lewis by first name: the short name is his, and he succeeds no one here
        let housing = "Lewis Carne ran the housing trust. Paula Lewis chaired its board. Lewis was replaced by Tom Hart in 2010."
        let edges = page(housing)
        #expect(!edges.contains("successor_of Tom Hart -> Paula Lewis"), "\(edges)")
        // a given name nobody on the page bears gives no person
        let rail = "The franchise passed to a new operator in 2010. Douglas was replaced by the regulator's own staff."
        #expect(!page(rail).contains { $0.hasPrefix("successor_of") }, "\(page(rail))")
    }
}
