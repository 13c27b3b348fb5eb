import Corpus
import Testing
@testable import Extraction

/// People whose surname is also an ordinary word of the scanner's lists (`Grant`, `White`, `King`), given names
/// beyond the blog's cast, and a role introduced by a word of time. Each with a twin where the words are not a
/// person. Every sentence and name is made up for these tests; no knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

@Suite("Person name cues")
struct PersonNameCueTests {
    @Test("a surname that is also a programme's last word")
    func programmeWordSurname() {
        #expect(type(of: "Tessa Grant", in: "It was late. Tessa Grant, who had led the trust, was appointed.") == .person)
        #expect(type(of: "Debra White", in: "The school closed. Debra White said it was a shock.") == .person)
        #expect(type(of: "Alan Day", in: "Ministers met Alan Day at the hospital.") == .person)
        // the word keeps its place in a programme's name
        #expect(type(of: "Pupil Access Grant", in: "The Pupil Access Grant rose by a third.") != .person)
        #expect(confirmed("A Housing White Paper followed in 2017.").allSatisfy { $0.type != .person })
        // an ordinary word that opens a sentence is no given name
        #expect(type(of: "Will Grant", in: "Will Grant funding reach the schools?") == nil)
    }

    @Test("a surname that is also a title")
    func titleWordSurname() {
        #expect(type(of: "Sir Alan King", in: "The former adviser Sir Alan King warned ministers.") == .person)
        #expect(type(of: "Jenny Bishop", in: "The report was written by Jenny Bishop for the council.") == .person)
        // a title after a surname, or a title of something, stays a title
        #expect(type(of: "Jenny Bishop", in: "They met Jenny Bishop of Wexcombe yesterday.") == nil)
        #expect(confirmed("The King opened the hospital wing.").allSatisfy { $0.type != .person })
    }

    @Test("given names beyond the blog's cast")
    func moreGivenNames() {
        #expect(type(of: "Farah Quint", in: "Her aunt, Farah Quint, has campaigned for years.") == .person)
        #expect(type(of: "Terri Okon", in: "The inquiry heard that Terri Okon had been warned.") == .person)
        // a given name left out because it is also a word: no person in `Fern Road`
        #expect(type(of: "Fern Road", in: "The clinic on Fern Road closed in 2019.") != .person)
    }

    @Test("a role after a word of time")
    func roleAfterTimeWord() {
        let text = "The minister changed course.\n\nMark Tennant, then the employment minister, told Parliament."
        #expect(type(of: "Mark Tennant", in: text) == .person)
        // a clause after `then` gives no role: an ambiguous given name at a sentence start before a word that is
        // also an ordinary one stays unconfirmed (before a distinctive surname it is a person by its shape)
        #expect(type(of: "Grant Funding", in: "It rained.\n\nGrant Funding, then the hall emptied, and so on.") == nil)
    }

    @Test("a month after a word of time, and a day's name, are no person")
    func monthsAndDays() {
        #expect(confirmed("At the end of April Okafor moved to the Treasury.").allSatisfy { $0.text != "April Okafor" })
        #expect(type(of: "April Okafor", in: "The report was written for April Okafor last year.") == .person)
        #expect(confirmed("It was Holly Mead's Day, and April Fools' Day too.").allSatisfy { $0.text != "April Fools" })
    }

    @Test("a plural of people opening a sentence is no name")
    func pluralOfPeople() {
        #expect(type(of: "Critics", in: "The plan was cut. Critics pointed out the cost.") == nil)
    }
}

