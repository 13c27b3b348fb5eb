import Corpus
import Testing
@testable import Extraction

/// A name written with a dot inside it (`Vote.UK`, `Fix.NHS`) is one name: neither half is read as a name of its
/// own, so the acronym after the dot is not the known body that shares it. Initials (`J.K. Rowe`) and a sentence
/// run on without a space (`fined.Then`) are left alone. Sentences and campaign names are made up.
@Suite("Dotted names")
struct DottedNameTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "European Union", type: .organization, aliases: ["EU"]),
        KnowledgeRecord(name: "National Health Service", type: .organization, aliases: ["NHS"]),
    ])

    func names(_ text: String) -> [String] {
        EntityRecognizer(knowledge: Self.knowledge).recognize(text: text).filter { !$0.isCandidate }.map(\.mention.text)
    }

    @Test func theAcronymAfterAnInnerDotIsNotTheKnownBody() {
        let a = names("In 2019 the watchdog fined Stay.EU for breaking the spending rules.")
        #expect(!a.contains("EU"))
        #expect(!a.contains("Stay"))
        let b = names("The petition was started by the campaign Save.NHS last spring.")
        #expect(!b.contains("NHS"))
    }

    @Test func aSpacedAcronymIsStillTheKnownBody() {
        #expect(names("In 2019 the watchdog said the EU had broken the rules.").contains("EU"))
        // a full stop and a space before the acronym: a new sentence, not a dotted name
        #expect(names("The rules were broken. EU officials said so.").contains("EU"))
    }

    @Test func tokenizerFlagsOnlyTwoLetterPartsJoinedByADot() {
        let t = PassageTokenizer.tokenize("Stay.EU and J.K. Rowe fined.Then NHS")
        func flagged(_ w: String) -> Bool { t.first { $0.text == w }!.inURL }
        #expect(flagged("Stay") && flagged("EU"))
        #expect(!flagged("J") && !flagged("K") && !flagged("Rowe"))
        #expect(!flagged("fined") && !flagged("Then") && !flagged("NHS"))
    }
}
