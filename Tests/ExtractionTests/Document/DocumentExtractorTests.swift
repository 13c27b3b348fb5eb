import Corpus
@testable import Extraction
import Testing

/// What one document gives: events per sentence, the mentions of each sentence, and role titles.
@Suite struct DocumentExtractorTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "National Probation Service", type: .organization, aliases: ["NPS"]),
        KnowledgeRecord(name: "Napo", type: .organization, aliases: ["NAPO"]),
    ])

    static func extract(_ page: String) -> DocumentExtraction {
        DocumentExtractor(knowledge: knowledge).extract(PlainTextPageReader().read(text: page, path: "t.txt"))
    }

    @Test func twoWaysOfSayingOneDayInASentenceAreOneEvent() {
        let x = Self.extract("Monday, 2 June 2014\n\nSplit\n\nYesterday, 1 June 2014, the trusts were abolished.\n")
        let values = x.events.map(\.date.value)
        #expect(values == ["2014-06-01"])
        // Both expressions are still dates.
        #expect(x.dates.filter { $0.expression.value?.value == "2014-06-01" }.count == 2)
    }

    @Test func differentDatesInASentenceAreDifferentEvents() {
        let x = Self.extract("Monday, 2 June 2014\n\nStrikes\n\nNapo struck on 31 March 2014 and again on 1 April 2014.\n")
        #expect(x.events.map(\.date.value) == ["2014-03-31", "2014-04-01"])
    }

    @Test func eachSentenceOfALongLineHasItsOwnMentionsAndEvents() {
        // One line of many sentences: the per-sentence walk must give each sentence exactly its own names.
        let sentences = (1...200).map { i in
            i % 2 == 0 ? "Napo met on \(i % 28 + 1) March 2015." : "The NPS replied on \(i % 28 + 1) May 2015."
        }
        let x = Self.extract("Friday, 5 June 2015\n\nLong\n\n" + sentences.joined(separator: " ") + "\n")
        #expect(x.events.count == 200)
        for (i, e) in x.events.enumerated() {
            let names = e.participants.map { x.mentions[$0].mention.text }
            #expect(names == [i % 2 == 1 ? "Napo" : "NPS"])
        }
        #expect(x.sentenceMentions.count == x.sentences.count)
        #expect(x.sentenceMentions.allSatisfy { $0.count == 1 })
    }

    @Test func roleTitlesLeaveOutTheOrganization() {
        #expect(DocumentExtractor.roleTitle("general secretary of Napo", organization: "Napo") == "general secretary")
        #expect(DocumentExtractor.roleTitle("Napo's general secretary", organization: "Napo") == "general secretary")
        #expect(DocumentExtractor.roleTitle("Napo\u{2019}s general secretary", organization: "Napo") == "general secretary")
        #expect(DocumentExtractor.roleTitle("chief executive at the Trust", organization: "Trust") == "chief executive")
        #expect(DocumentExtractor.roleTitle("chair", organization: "Napo") == "chair")
        #expect(DocumentExtractor.roleTitle("Napo", organization: "Napo") == "Napo")
    }
}
