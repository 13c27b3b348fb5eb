import Corpus
import Testing
@testable import Extraction

/// Capitalised strings that are not names, in sentences written for these tests.
private func names(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention.text)
}

@Suite("Junk that is never an entity")
struct JunkFilterTests {
    @Test func singleLettersAndGluedListNumbers() {
        #expect(!names("Option N was chosen by the panel.").contains("N"))
        let s = names("Three points:\n1The Ministry of Widgets said no.\n2The Board agreed.")
        #expect(!s.contains { $0.hasPrefix("1The") || $0.hasPrefix("2The") })
    }

    @Test func hyphenatedModifiers() {
        let s = names("The Kestrel-owning groups and the Trust-run hostels were sold.")
        #expect(!s.contains { $0.hasSuffix("-owning") || $0.hasSuffix("-run") })
    }

    @Test func nationalitiesAndSuffixesAlone() {
        let s = names("The American firm Maxley bought it, then the Kuwaitis sold it. HM Chief Inspector of Constabulary spoke.")
        #expect(!s.contains("American"))
        #expect(!s.contains("Kuwaitis"))
        #expect(!s.contains("Constabulary"))
        #expect(s.contains("Maxley"))
    }

    @Test func unitsAfterNumbersAreNeverEntitiesNorAliases() {
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "Financial Times", type: .organization, aliases: ["FT"])])
        let s = names("The service employs 28,094 FT staff and 300 FTE in offices.", kb)
        #expect(!s.contains("FT"))
        #expect(!s.contains("FTE"))
        // the same letters as a name still count
        #expect(names("I read it in the FT yesterday.", kb).contains("FT"))
    }

    @Test func hyphenatedTitlesAndPronounEvidence() {
        #expect(!names("Given the row, the Attorney-General should not have agreed, should she?").contains("Attorney-General"))
        // a lone surname followed in its sentence by `he` is a person
        let m = EntityRecognizer(knowledge: .empty).recognize(text: "Pellow is a great talker, though I wish he listened.")
        #expect(m.contains { $0.mention.text == "Pellow" && $0.mention.type == .person })
        let n = EntityRecognizer(knowledge: .empty).recognize(text: "Pellow is a great company, though they never listened.")
        #expect(!m.isEmpty && !n.contains { $0.mention.text == "Pellow" && $0.mention.type == .person && !$0.isCandidate })
    }

    @Test func ceremonialTitlesNameNoBody() {
        #expect(!names("The Admiral of the Fleet spoke first.").contains("Fleet"))
        // a role in a body still names it
        #expect(names("Tom Odell, chief executive of Lanthorn, spoke first.").contains("Lanthorn"))
    }

    @Test func placeholdersEventsAndPlurals() {
        #expect(!names("Then Dame Thingy turned up with the forms.").contains { $0.contains("Thingy") })
        #expect(!names("All the Lord Chancellors since 2003 were lawyers.").contains { $0.hasSuffix("Chancellors") })
        #expect(!names("Not all the Bobs of this world agree.").contains("Bobs"))
        // a surname that looks like a plural given name stays
        #expect(names("Yesterday Mark Williams spoke. Williams was brief.").contains("Williams"))
    }
}
