import Corpus
import Testing
@testable import Extraction

/// A speaker's doubt about what a named body or scheme can do, voiced after a saying verb (`said it was
/// unconvinced that Harbour Homes could ...`), is criticism of it; with the twins that must give nothing.
/// Sentences written for these tests; invented names.
@Suite struct CriticismDoubtTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Audit Committee", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Tenancy Reform", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Labour Party", type: .organization, aliases: ["Labour"]),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.found(text, records: Self.records).map(\.text).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aDoubtAboutWhatTheTargetCanDo() {
        #expect(read("The Audit Committee said it was unconvinced that Harbour Homes could repair the flats before winter.")
            == ["criticised Audit Committee -> Harbour Homes"])
        // after a chair's apposition and a time adverbial: the body speaks
        #expect(read("The Audit Committee, chaired by Ann Reed, concluded last spring that it remained sceptical Tenancy Reform could cut rents.")
            == ["criticised Audit Committee -> Tenancy Reform"])
        // twins: a doubt that the target would or will do something is a forecast, not criticism
        #expect(read("The Audit Committee, chaired by Ann Reed, concluded last spring that it remained sceptical Tenancy Reform would cut rents.").isEmpty)
        #expect(read("Ann Reed said she was sceptical that Harbour Homes will win the contract.").isEmpty)
        // a party in the chair's description: still the body
        #expect(read("In May the Audit Committee, chaired by the Labour MP Ann Reed, said it was unconvinced that Tenancy Reform could ever work.")
            == ["criticised Audit Committee -> Tenancy Reform"])
        #expect(read("Ann Reed said in June that she was doubtful that Tenancy Reform can survive another year.")
            == ["criticised Ann Reed -> Tenancy Reform"])
    }

    @Test func noDoubtOrADoubtAboutSomethingElse() {
        // convinced, a question, a doubt that is only possible, and a doubt not about what the name can do
        #expect(read("The Audit Committee said it was convinced that Harbour Homes could repair the flats before winter.").isEmpty)
        #expect(read("Was the Audit Committee unconvinced that Harbour Homes could repair the flats before winter?").isEmpty)
        #expect(read("The Audit Committee may say it is unconvinced that Harbour Homes could repair the flats.").isEmpty)
        #expect(read("The Audit Committee said it was unconvinced that Harbour Homes and the tenants had met.").isEmpty)
    }
}
