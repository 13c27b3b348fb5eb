import Corpus
import Testing
@testable import Extraction

/// Posts read from an apposition whose head is a post with a `who` clause of its own (`Ann Reed, the Labour MP who
/// chairs the Transport Committee,`), from a change of post (`left in 2009 to become`, `who had become chair of X the
/// previous autumn`) and from a post written with a comma before the name after `led by` (`led by the chief
/// inspector, Tom Vale,`), and a post named by its brief (`the minister responsible for prisons`). Sentences written for these tests, with invented names; each rule has twins.
@Suite struct AppositionClauseRoleTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Transport Committee", type: .organization),
        KnowledgeRecord(name: "Schools Commission", type: .organization),
        KnowledgeRecord(name: "Border Agency", type: .organization),
        KnowledgeRecord(name: "Rail Inspectorate", type: .organization),
        KnowledgeRecord(name: "Labour Party", type: .organization, aliases: ["Labour"]),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    @Test func aPostWithItsOwnWhoClauseChairsTheBody() {
        for text in ["Ann Reed, the Labour MP who chairs the Transport Committee, has criticised the new timetable.",
                     "Ann Reed, the MP who chairs the Transport Committee, has criticised the new timetable."] {
            let found = read(text)
            #expect(found.contains("leads Ann Reed -> Transport Committee"), "\(text): \(found)")
            #expect(found.contains("holds_role Ann Reed -> Transport Committee [chair]"), "\(text): \(found)")
            // the MP is no post at the committee
            #expect(!found.contains("holds_role Ann Reed -> Transport Committee [MP]"), "\(text): \(found)")
        }
        for twin in ["Ann Reed, the Labour MP who criticised the Transport Committee, has spoken again.",
                     "Ann Reed, the woman who chairs the Transport Committee, has criticised the new timetable.",
                     "Ann Reed, the Labour MP who wants to chair the Transport Committee, has criticised the timetable."] {
            #expect(!read(twin).contains { $0.hasPrefix("leads Ann Reed -> Transport Committee") }, "\(twin): \(read(twin))")
        }
    }

    @Test func aCapitalisedWordOfANameIsNoTimePhrase() {
        // `Years`, `Days` inside a body's name do not end the post as `years later` would
        let k = KnowledgeBase(records: [KnowledgeRecord(name: "Ann Reed", type: .person),
                                        KnowledgeRecord(name: "Early Years Alliance", type: .organization)])
        let found = RelationTestSupport.labelled("Ann Reed, who had become chief executive of the Early Years Alliance, spoke first.", knowledge: k)
        #expect(found.contains("holds_role Ann Reed -> Early Years Alliance [chief executive]"), "\(found)")
    }

    @Test func aPostTakenAfterLeavingAnother() {
        for text in ["Ann Reed left the civil service in 2009 to become chief executive of the Border Agency.",
                     "Ann Reed, who quit two years later to become chief executive of the Border Agency, was praised."] {
            let found = read(text)
            #expect(found.contains("holds_role Ann Reed -> Border Agency [chief executive]"), "\(text): \(found)")
        }
        for twin in ["Ann Reed wants to become chief executive of the Border Agency.",
                     "Ann Reed left the civil service in 2009 and hoped to become chief executive of the Border Agency.",
                     "Ann Reed did not leave in 2009 to become chief executive of the Border Agency.",
                     "Ann Reed left in 2009 in an attempt to become chief executive of the Border Agency."] {
            #expect(!read(twin).contains { $0.hasPrefix("holds_role Ann Reed -> Border Agency") }, "\(twin): \(read(twin))")
        }
    }

    @Test func aPostBecomeInThePerfectEndsBeforeATimePhrase() {
        let found = read("Tom Vale, who had become chair of the Schools Commission the previous autumn, stayed on after the merger.")
        #expect(found.contains("holds_role Tom Vale -> Schools Commission [chair]"), "\(found)")
        #expect(!found.contains { $0.contains("previous") }, "\(found)")
        let twin = read("Tom Vale, who had criticised the chair of the Schools Commission the previous autumn, stayed on.")
        #expect(!twin.contains { $0.hasPrefix("holds_role Tom Vale -> Schools Commission") }, "\(twin)")
    }

    @Test func aPostNamedByItsBriefIsAPost() {
        for text in ["The minister responsible for prisons, Tom Vale, has been blunt about overcrowding.",
                     "Flood defences were cut in 2011, when Tom Vale was the minister responsible for the environment."] {
            let found = read(text)
            #expect(found.contains { $0.hasPrefix("holds_role Tom Vale") && $0.contains("[minister responsible for") }, "\(text): \(found)")
        }
        for twin in ["The man responsible for the delays, Tom Vale, has been blunt about them.",
                     "Tom Vale, who is responsible for prisons, has been blunt about overcrowding."] {
            #expect(!read(twin).contains { $0.hasPrefix("holds_role Tom Vale") }, "\(twin): \(read(twin))")
        }
    }

    @Test func aPostInAppositionBeforeTheNameAfterLedBy() {
        let found = read("The Rail Inspectorate, led by the chief inspector, Tom Vale, closed the line.")
        #expect(found.contains("leads Tom Vale -> Rail Inspectorate"), "\(found)")
        #expect(found.contains { $0.hasPrefix("holds_role Tom Vale") && $0.contains("[chief inspector]") }, "\(found)")
        for twin in ["The Rail Inspectorate, praised by the rail minister, Tom Vale, closed the line.",
                     "The Rail Inspectorate, led by the reform plan, Tom Vale said, closed the line."] {
            #expect(!read(twin).contains { $0.hasPrefix("leads Tom Vale") }, "\(twin): \(read(twin))")
        }
    }
}
