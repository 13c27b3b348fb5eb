import Corpus
import Testing
@testable import Extraction

/// The department a minister's title implies (`Health Secretary` → `Department of Health`) is guessed only for a
/// minister's title: the capitalised word before another kind of post (`officer`, `inspector`) is not the first
/// word of a department or office that happens to share it. Names are invented or public bodies given as knowledge.
@Suite struct ImpliedDepartmentTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Met Office", type: .organization),
        KnowledgeRecord(name: "Harbour Office", type: .organization),
        KnowledgeRecord(name: "Department of Health", type: .organization),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    @Test func anOfficersBodyIsNotAnOfficeSharingItsFirstWord() {
        // a police officer of `the Met` is no one at the weather service called the Met Office
        #expect(!read("The van was stopped by a serving Met officer, Tom Vale.").contains { $0.contains("Met Office") })
        #expect(!read("The cargo was checked by Harbour inspector Tom Vale.").contains { $0.contains("Harbour Office") })
    }
}
