import Corpus
import Testing
@testable import Extraction

/// ``TransparentPhrases``: a second reading of a sentence skips its time adverbials, sentence adverbs and asides,
/// so that every relation rule reads through them. Sentences written for these tests (invented names, given as
/// knowledge records), three wordings of each kind, with twins in which nothing may be skipped or nothing read.
@Suite struct TransparentPhraseTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Sam Cole", type: .person),
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Westside Care", type: .organization),
        KnowledgeRecord(name: "Kelby Flood Panel", type: .organization),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func has(_ passage: String, _ prefix: String) -> Bool { read(passage).contains { $0.hasPrefix(prefix) } }

    /// The phrases the second reading skips in a one-sentence text, as written.
    func skipped(_ text: String) -> [String] {
        let mentions = EntityRecognizer(knowledge: Self.knowledge).recognize(text: text)
        let s = RelationReader.Sentence(text: text, range: 0..<text.utf8.count,
                                        mentions: mentions.indices.map { ($0, mentions[$0].mention) })
        return TransparentPhrases.elisions(in: s, dates: RelationTestSupport.dates(text, from: 0))
            .map { RelationReader.Sentence.slice(text, $0.lowerBound, $0.upperBound) }
    }

    /// The sentence as the second reading reads it.
    func variant(_ text: String) -> String? {
        let mentions = EntityRecognizer(knowledge: Self.knowledge).recognize(text: text)
        let s = RelationReader.Sentence(text: text, range: 0..<text.utf8.count,
                                        mentions: mentions.indices.map { ($0, mentions[$0].mention) })
        return TransparentPhrases.variant(of: s, dates: RelationTestSupport.dates(text, from: 0))?.sentence.whole
    }

    @Test func timeAdverbialsAreReadThrough() {
        // a year and a relative date between the leaver and the newcomer
        let left = "Tom Vale left in 2018 and was succeeded that summer by Ann Reed."
        #expect(skipped(left) == [" in 2018", " that summer"])
        #expect(variant(left) == "Tom Vale left and was succeeded by Ann Reed.")
        #expect(has(left, "successor_of Ann Reed -> Tom Vale"))
        // a month opening the sentence, no comma before the subject
        #expect(has("In March 2017 Harbour Homes bought Westside Care.", "owns Harbour Homes -> Westside Care"))
        // an adverbial of time the tagger leaves, inside a passive
        #expect(has("Harbour Homes was chaired at the time by Ann Reed.", "holds_role Ann Reed -> Harbour Homes [chair]"))
        // a span `from … to …` goes whole, never leaving `to 2019` behind
        #expect(skipped("Ann Reed, chair from 2015 to 2019, praised Tom Vale.") == [" from 2015 to 2019"])
    }

    @Test func sentenceAdverbsAreReadThrough() {
        #expect(skipped("Westside Care was subsequently bought by Harbour Homes.") == [" subsequently"])
        #expect(has("Westside Care was subsequently bought by Harbour Homes.", "owns Harbour Homes -> Westside Care"))
        // `later` after an aside, both skipped
        #expect(variant("Ann Reed, the Westside Care founder, later chaired Harbour Homes.") == "Ann Reed chaired Harbour Homes.")
        #expect(has("Ann Reed, the Westside Care founder, later chaired Harbour Homes.", "holds_role Ann Reed -> Harbour Homes [chair]"))
        // `has since`, a present perfect
        #expect(skipped("Sam Cole has since replaced Tom Vale at Harbour Homes.") == [" since"])
    }

    @Test func asidesAreReadThroughWithTheNamesInThem() {
        // an apposition naming another body, before a passive
        let nurse = "Tom Vale, a former nurse at Westside Care, was replaced by Ann Reed."
        #expect(variant(nurse) == "Tom Vale was replaced by Ann Reed.")
        #expect(has(nurse, "successor_of Ann Reed -> Tom Vale"))
        // a described owner: the person in the aside is no party to the sale
        let charity = "Westside Care, a charity run by Sam Cole, was bought by Harbour Homes."
        #expect(has(charity, "owns Harbour Homes -> Westside Care"))
        #expect(!has(charity, "owns Sam Cole"))
        // a bracketed aside with `then`
        #expect(has("Sam Cole (then a trustee of Westside Care) succeeded Tom Vale.", "successor_of Sam Cole -> Tom Vale"))
        // before a relative pronoun the comma stays
        #expect(variant("Harbour Homes hired Ann Reed, a former nurse, who had replaced Tom Vale at Westside Care.")
            == "Harbour Homes hired Ann Reed, who had replaced Tom Vale at Westside Care.")
    }

    @Test func nothingIsSkippedThatBelongsToANameARoleOrANegation() {
        // a year used as an adjective, a possessive year
        #expect(skipped("The 2019 review by Harbour Homes praised Westside Care.").isEmpty)
        #expect(skipped("Harbour Homes cut 2019's budget for Westside Care.").isEmpty)
        // `then` before a role makes it a former post: kept
        #expect(!skipped("Tom Vale, who was then chief executive of Harbour Homes, met Ann Reed.").contains(" then"))
        // a list item is no apposition: nothing of its own but a name
        #expect(skipped("The plan was opposed by Harbour Homes, the Kelby Flood Panel, and Westside Care.").isEmpty)
        // a chain of asides: the second may describe the name inside the first
        #expect(skipped("Ann Reed joined Harbour Homes, a group set up by Westside Care, the charity that Tom Vale ran.").isEmpty)
        // `which` after an aside ending in a name may be that name's
        let unit = "Ann Reed ran the Kelby Flood Panel, a team inside Harbour Homes, which was then led by Tom Vale."
        #expect(!has(unit, "leads Tom Vale -> Kelby Flood Panel"))
        // a negation stays: skipping the time leaves `did not`
        #expect(!has("Ann Reed did not in the end replace Tom Vale at Harbour Homes.", "successor_of"))
        #expect(!has("Tom Vale was never in 2019 replaced by Ann Reed.", "successor_of"))
    }
}
