import Corpus
import Testing
@testable import Extraction

/// Negated and planned statements state no fact, so they give no edge, while their plain twins do: `X, who was
/// not chair of Y` holds no post; `A is to be replaced by B` is a succession still to come. Also who is replaced
/// in `A left when B arrived and was replaced by C`: A, the main clause's subject. Sentences written for these
/// tests; names invented and given as knowledge records.
@Suite struct RelationModalityTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Mara Quill", type: .person),
        KnowledgeRecord(name: "Dev Ashby", type: .person),
        KnowledgeRecord(name: "Lena Voss", type: .person),
        KnowledgeRecord(name: "Brackwater Schools Trust", type: .organization),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.labelled(text, knowledge: KnowledgeBase(records: Self.records))
    }

    func posts(_ text: String) -> [String] { read(text).filter { $0.hasPrefix("holds_role") } }
    func successions(_ text: String) -> [String] { read(text).filter { $0.hasPrefix("successor_of") } }

    @Test func aDeniedPostIsNoPost() {
        #expect(posts("Mara Quill, who was not chair of Brackwater Schools Trust, spoke first.").isEmpty)
        #expect(posts("Mara Quill, who was never chair of Brackwater Schools Trust, spoke first.").isEmpty)
        #expect(!RelationReader.isRole("not chair"))
        #expect(!RelationReader.isRole("never chair of the trust"))
        // the plain twin keeps its post
        #expect(posts("Mara Quill, who was chair of Brackwater Schools Trust, spoke first.")
            .contains("holds_role Mara Quill -> Brackwater Schools Trust [chair]"))
        #expect(RelationReader.isRole("non-executive director"))
    }

    @Test func aPlannedSuccessionIsNoSuccession() {
        #expect(successions("Mara Quill is to be succeeded by Dev Ashby.").isEmpty)
        #expect(successions("Mara Quill will be replaced by Dev Ashby.").isEmpty)
        #expect(successions("Mara Quill is due to be replaced by Dev Ashby in June.").isEmpty)
        // the plain twins state the succession
        #expect(successions("Mara Quill was replaced by Dev Ashby.") == ["successor_of Dev Ashby -> Mara Quill"])
        #expect(successions("Mara Quill was succeeded by Dev Ashby in June.") == ["successor_of Dev Ashby -> Mara Quill"])
    }

    @Test func thePassiveAfterAWhenClauseIsTheMainSubjects() {
        let found = successions("Mara Quill left when Lena Voss arrived and was replaced by Dev Ashby.")
        #expect(found.contains("successor_of Dev Ashby -> Mara Quill"))
        #expect(!found.contains("successor_of Dev Ashby -> Lena Voss"))
        // with no `when` clause the passive's subject is still the one replaced
        #expect(successions("Mara Quill resigned in May and was replaced by Dev Ashby.") == ["successor_of Dev Ashby -> Mara Quill"])
        // two names joined by `and` are no main and subordinate clause
        #expect(!successions("Mara Quill and Lena Voss met, and Lena Voss was replaced by Dev Ashby.").contains("successor_of Dev Ashby -> Mara Quill"))
    }
}
