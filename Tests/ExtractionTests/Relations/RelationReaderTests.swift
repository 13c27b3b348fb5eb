import Corpus
import Testing
@testable import Extraction

/// `RelationReader`, the matcher every relation rule family runs in, read directly on one sentence: what it
/// reads, what it keeps out (negations, modals, questions), and that it states each relation once. The names
/// are invented and given as knowledge records, so that what is tested is the reading of relations, not the
/// finding of names.
@Suite struct RelationReaderTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Northfield Housing Trust", type: .organization),
        KnowledgeRecord(name: "Eastgate Estates", type: .organization),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
    ]
    static let knowledge = KnowledgeBase(records: records)

    /// `predicate subject -> object` for each relation read in `sentence` (the object's name, or its implied
    /// name in brackets, or `-` for a role alone).
    func read(_ sentence: String) -> [String] { RelationTestSupport.read(sentence, records: Self.records, lastSentence: false) }

    /// The trace a rule's author prints from a test (`print(RelationReader.describe(...))`): the sentence and each
    /// name with its type and the role read next to it.
    @Test func aSentenceIsDescribedWithItsNamesTypesAndRoles() {
        let sentence = "Ruth Hartley, the chief executive of Northfield Housing Trust, resigned."
        let mentions = EntityRecognizer(knowledge: Self.knowledge).recognize(text: sentence)
        let trace = RelationReader.describe(passage: sentence, sentence: 0..<sentence.utf8.count,
                                            mentions: Array(mentions.indices), all: mentions)
        #expect(trace.hasPrefix(sentence + " || "))
        #expect(trace.contains("Ruth Hartley/person/"))
        #expect(trace.contains("Northfield Housing Trust/organization/-"))
        #expect(!trace.contains("Ruth Hartley/person/-"))   // her role was read next to her name
    }

    @Test func anAppositiveRoleIsReadWithItsTitle() throws {
        let sentence = "Ruth Hartley, chief executive of Northfield Housing Trust, opened the new flats."
        #expect(read(sentence).contains("holds_role Ruth Hartley -> Northfield Housing Trust"))
        let role = try #require(RelationTestSupport.found(sentence, records: Self.records, lastSentence: false)
            .first { $0.found.predicate == "holds_role" }?.found)
        #expect(role.label?.lowercased() == "chief executive")
    }

    @Test func aTakeOverIsOwnershipButNotWhenNegatedModalOrAsked() {
        #expect(read("Eastgate Estates bought Westmoor Homes in 2019.").contains("owns Eastgate Estates -> Westmoor Homes"))
        for sentence in ["Eastgate Estates did not buy Westmoor Homes.",
                         "Eastgate Estates could buy Westmoor Homes next year.",
                         "Eastgate Estates plans to buy Westmoor Homes.",
                         "Did Eastgate Estates buy Westmoor Homes?"] {
            #expect(!read(sentence).contains { $0.hasPrefix("owns ") }, "\(sentence)")
        }
    }

    @Test func aSuccessorIsReadInItsDirection() {
        #expect(read("Westmoor Homes, successor to Eastgate Estates, took on the repairs.")
            .contains("successor_of Westmoor Homes -> Eastgate Estates"))
    }

    @Test func eachRelationIsStatedOnceAndNeverToItself() {
        let all = read("Ruth Hartley, chief executive of Northfield Housing Trust, and Owen Pryce met Ruth Hartley.")
        #expect(Set(all).count == all.count)
        #expect(!all.contains { $0.hasSuffix("Ruth Hartley -> Ruth Hartley") })
    }

    @Test func aSentenceWithoutNamesStatesNothing() {
        #expect(RelationReader(knowledge: Self.knowledge).read(passage: "Nothing here.", sentence: 0..<13, mentions: [], all: []).isEmpty)
        #expect(read("Rents rose again across the city.").isEmpty)
    }

    @Test func modalityBlocksNegationsModalsPlansAndConditions() {
        #expect(RelationModality.isFactual("took over"))
        #expect(RelationModality.isFactual("which runs"))
        for words in ["did not take over", "never ran", "couldn't run", "would take over", "plans to buy",
                      "if the council hands it to", "is expected to win", "hasn't bought"] {
            #expect(!RelationModality.isFactual(words), "\(words)")
        }
        #expect(!RelationModality.isFactual("took over", question: true))
        // The month is no modal; the lower-case word is.
        #expect(RelationModality.isFactual("in May took over"))
        #expect(!RelationModality.isFactual("may take over"))
        #expect(!RelationModality.isFactual("In May it may take over"))
    }

    @Test func aSpanReadsStartsAndEndsFromTheWordsBeforeADate() {
        func span(_ text: String) -> (start: String?, end: String?) {
            let dates = TemporalTagger().tag(text, reference: CalendarDay(year: 2024, month: 1, day: 1)!).map {
                LocatedDate(post: 0, passage: 0, kind: .body, line: 1, expression: $0, isDateline: false)
            }
            let s = RelationSpan.read(text, sentence: 0..<text.utf8.count, dates: dates)
            return (s.start?.value, s.end?.value)
        }
        #expect(span("She has led the trust since May 2015.").start == "2015-05")
        #expect(span("He chaired the board until June 2021.").end == "2021-06")
        #expect(span("She was appointed in 2016 to run it.").start == "2016")
        #expect(span("He stepped down in 2019 after a row.").end == "2019")
        let none = span("The report on the trust came out in 2018.")
        #expect(none.start == nil && none.end == nil)
    }

    @Test func leavingForANewPostStartsTheNewOne() {
        func span(_ text: String, between a: String, _ b: String) -> (start: String?, end: String?) {
            let dates = TemporalTagger().tag(text, reference: CalendarDay(year: 2024, month: 1, day: 1)!).map {
                LocatedDate(post: 0, passage: 0, kind: .body, line: 1, expression: $0, isDateline: false)
            }
            let u = Array(text.utf8)
            func at(_ w: String) -> Range<Int> {
                let r = text.range(of: w)!
                let lo = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                return lo..<(lo + w.utf8.count)
            }
            let x = at(a), y = at(b)
            let s = RelationSpan.read(text, sentence: 0..<u.count, dates: dates, region: min(x.lowerBound, y.lowerBound)..<max(x.upperBound, y.upperBound))
            return (s.start?.value, s.end?.value)
        }
        let text = "Ann Reed left Westside Care in 2012 to become chief executive of Harbour Homes."
        // the new post, its names spanning the move, began then
        #expect(span(text, between: "Ann Reed", "Harbour Homes").start == "2012")
        #expect(span(text, between: "Ann Reed", "Harbour Homes").end == nil)
        // twin: the post left ended then
        #expect(span(text, between: "Ann Reed", "Westside Care").end == "2012")
    }
}
