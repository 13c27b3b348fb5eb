import Corpus
import Testing
@testable import Extraction

/// A clause after a comma is no appositive role: a subject pronoun opening it (`the new Kelby Charter, it had an
/// acting chair`) or a verb with an object pronoun (`…, who had run the Tarn Opera House, replaced him as
/// director-general`) does not make the name before the comma a person. Sentences are our own, on broadcasting,
/// the arts and inquiries; twins where a true appositive still types the person. No knowledge base.
private func typed(_ text: String) -> [String: EntityType] {
    var out: [String: EntityType] = [:]
    for m in EntityRecognizer(knowledge: .empty).recognize(text: text).filter({ !$0.isCandidate }).map(\.mention) {
        out[m.text] = m.type
    }
    return out
}

@Suite("A clause after a comma is no appositive role")
struct AppositiveClauseTests {
    @Test("a subject pronoun after the comma opens a clause")
    func subjectPronoun() {
        #expect(typed("The board began work under the new Kelby Charter, it had an acting chair.")["Kelby Charter"] != .person)
        #expect(typed("The review met at Harbour Hall, she was its chair by then.")["Harbour Hall"] != .person)
    }

    @Test("a verb with an object pronoun after the comma opens a clause")
    func verbWithObjectPronoun() {
        let arts = typed("Ann Reed, who had run the Tarn Opera House, replaced him as director-general.")
        #expect(arts["Tarn Opera House"] != .person, "\(arts)")
        #expect(arts["Ann Reed"] == .person)
        let theatre = typed("Tom Vale, who had led the Northfield Playhouse, succeeded her as chief executive in 2012.")
        #expect(theatre["Northfield Playhouse"] != .person, "\(theatre)")
    }

    @Test("twins: a true appositive role still makes a person")
    func twins() {
        #expect(typed("Mark Odell, the chief executive, said so.")["Mark Odell"] == .person)
        #expect(typed("Lena Marsh, appointed chief executive in 2010, said so.")["Lena Marsh"] == .person)
        #expect(typed("Kelby Marsh, then the acting chair, said so.")["Kelby Marsh"] == .person)
        #expect(typed("The museum was run by Kelby Marsh, then her deputy, for a year.")["Kelby Marsh"] == .person)
    }
}
