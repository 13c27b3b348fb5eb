import Corpus
import Testing
@testable import Extraction

/// Posts stated once over coordinated people (`Ann Reed and Tom Vale, the co-founders of ...`; `co-chaired by
/// Ann Reed, the ..., and Tom Vale`) or over a name after a party possessive (`The mayor, Labour's Ann Reed,`).
/// Sentences written for these tests, with invented names; each rule has twins that must give no post.
@Suite struct CoordinatedRoleTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Flood Recovery Board", type: .organization),
        KnowledgeRecord(name: "Labour Party", type: .organization, aliases: ["Labour"]),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    @Test func aPluralPostAfterCoordinatedNamesIsEachOnes() {
        for text in ["Ann Reed and Tom Vale, the co-founders of the housing charity Harbour Homes, backed the bill.",
                     "Sam Cole, Ann Reed and Tom Vale, the co-founders of Harbour Homes, wrote to the council."] {
            let found = read(text)
            #expect(found.contains("holds_role Ann Reed -> Harbour Homes [co-founder]"), "\(text): \(found)")
            #expect(found.contains("holds_role Tom Vale -> Harbour Homes [co-founder]"), "\(text): \(found)")
        }
        for twin in ["Ann Reed and Tom Vale, the critics of Harbour Homes, backed the bill.",
                     "Ann Reed met Tom Vale, who praised the co-founders of Harbour Homes.",
                     "Ann Reed and Tom Vale, the co-founders of a rival to Harbour Homes, backed the bill."] {
            #expect(!read(twin).contains { $0.contains("[co-founder]") }, "\(twin): \(read(twin))")
        }
    }

    @Test func peopleNamedAfterAJointCueShareThePost() {
        let text = "Flooding rose. The government set up the Flood Recovery Board, co-chaired by Ann Reed, the Environment Secretary, and Tom Vale, the Transport Secretary."
        let found = read(text)
        #expect(found.contains("holds_role Ann Reed -> Flood Recovery Board [co-chair]"), "\(found)")
        #expect(found.contains("holds_role Tom Vale -> Flood Recovery Board [co-chair]"), "\(found)")
        for twin in ["Flooding rose. The government set up the Flood Recovery Board, chaired by Ann Reed, and thanked Tom Vale.",
                     "Flooding rose. The Flood Recovery Board, praised by Ann Reed and Tom Vale, met again.",
                     "Flooding rose. The Flood Recovery Board will not be co-chaired by Ann Reed and Tom Vale."] {
            #expect(!read(twin).contains { $0.contains("[co-chair]") }, "\(twin): \(read(twin))")
        }
    }

    @Test func aPostBeforeAPartyPossessiveIsThePersons() {
        let found = read("The mayor, Labour's Ann Reed, opened the new bus depot.")
        #expect(found.contains("holds_role Ann Reed -> - [mayor]"), "\(found)")
        for twin in ["The mayor thanked Labour's Ann Reed, who opened the depot.",
                     "The depot, Labour's Ann Reed, said, was late.",
                     "Was the mayor, Labour's Ann Reed, at the depot?"] {
            #expect(!read(twin).contains { $0.hasPrefix("holds_role Ann Reed") && $0.contains("[mayor]") }, "\(twin): \(read(twin))")
        }
    }
}
