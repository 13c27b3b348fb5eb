import Testing
import HindsightSupport
@testable import Extraction

/// What `RelationReader.Sentence` makes of its text once for every rule: the sentence cut from its passage, that
/// text lower-cased as `String.lowercased()` does it (not only ASCII: the rules compared it with lower-cased
/// words of every script), and its bytes; a copy keeping fewer names shares them.
@Suite struct SentenceTextTests {
    private func mention(_ name: String, in text: String, type: EntityType) -> (index: Int, mention: EntityMention) {
        let at = text.utf8.count - text[text.range(of: name)!.lowerBound...].utf8.count
        return (at, EntityMention(text: name, utf8Range: at..<(at + name.utf8.count), type: type, canonicalName: name, cue: .knowledge))
    }

    @Test func theWholeSentenceAndItsLowerCaseAreTheRulesOwn() {
        let passage = "First line. The Trust's CHAIR, Ann Reed, left ÉCOLE Harbour in İzmir. Next one."
        let start = passage.utf8.count - passage[passage.range(of: "The Trust")!.lowerBound...].utf8.count
        let end = passage.utf8.count - passage[passage.range(of: " Next")!.lowerBound...].utf8.count
        let s = RelationReader.Sentence(text: passage, range: start..<end,
                                        mentions: [mention("Ann Reed", in: passage, type: .person), mention("Harbour", in: passage, type: .organization),
                                                   mention("İzmir", in: passage, type: .place)])
        #expect(s.whole == "The Trust's CHAIR, Ann Reed, left ÉCOLE Harbour in İzmir.")
        #expect(s.whole == s.slice(s.range.lowerBound, s.range.upperBound))
        #expect(s.lower == s.whole.lowercased())
        #expect(s.lower.hasPrefix("the trust's chair, ann reed, left école harbour in "))   // non-ASCII capitals too
        #expect(s.lower.hasSuffix("i\u{307}zmir."))   // İ lower-cases to i and a combining dot
        #expect(s.lowerBytes == Array(s.whole.lowercased().utf8))
        #expect(s.lower.utf8.count == s.whole.utf8.count + 1)   // (so its bytes are not the ASCII folding's)
        // a copy without the place: the same text, the same lower case, fewer names
        let placeless = RelationReader.Sentence(s, keeping: { $0.type != .place })
        #expect(placeless.mentions.map(\.mention.text) == ["Ann Reed", "Harbour"])
        #expect(placeless.types == [.person, .organization])
        #expect(placeless.whole == s.whole && placeless.lower == s.lower && placeless.isQuestion == s.isQuestion)
    }

    @Test func anEmptyOrOutOfRangeSentenceIsEmptyText() {
        let s = RelationReader.Sentence(text: "Short.", range: 4..<4, mentions: [])
        #expect(s.whole == "" && s.lower == "" && s.lowerBytes.isEmpty)
        let question = RelationReader.Sentence(text: "Did Ann Reed quit?", range: 0..<18, mentions: [])
        #expect(question.isQuestion && question.lower == "did ann reed quit?")
    }
}

/// A cue is looked for only in a sentence holding its inner words: the filter never turns away a sentence where
/// the byte search (`fastRange`) would find the cue.
@Suite struct CueFilterTests {
    @Test func theInnerWordsOfACue() {
        #expect(RelationReader.spacedWords("the company ") == ["company"])
        #expect(RelationReader.spacedWords("the chief executive ") == ["chief", "executive"])
        #expect(RelationReader.spacedWords("it ") == [])
        #expect(RelationReader.spacedWords("the K group ") == [])   // a K may match a Kelvin sign: no filter
    }

    @Test func aSentenceWithoutTheWordsCannotHoldTheCue() {
        let sentences = ["The company later bought Northgate Housing.", "Ann Reed said the trust runs it; the company, too.",
                         "Westside Care grew: it runs the Eastside estate.", "The companys error", "the\u{00A0}company owns",
                         "Harbour sold the firm's stake, and the firm grew.", "Caf\u{E9}s: the company \u{301}closed."]
        let cues = ["the company ", "the firm ", "it ", "the trust ", "the group ", "the chief executive "]
        for text in sentences {
            let s = RelationReader.Sentence(text: text, range: 0..<text.utf8.count, mentions: [])
            for cue in cues where !s.mayHold(RelationReader.cueBits(cue)) {
                #expect(s.lower.fastRange(of: cue) == nil, "\(text) \(cue)")
            }
        }
        let s = RelationReader.Sentence(text: sentences[0], range: 0..<sentences[0].utf8.count, mentions: [])
        #expect(s.mayHold(RelationReader.cueBits("the company ")) && s.mayHold(RelationReader.cueBits("it ")))
        // a word the sentence lacks turns the cue away, unless its bit is one of the sentence's words' bits
        let bits = Set(["the", "company", "later", "bought", "northgate", "housing."].flatMap { RelationReader.cueBits(" \($0) ") })
        #expect(s.mayHold(RelationReader.cueBits("the firm ")) == RelationReader.cueBits("the firm ").allSatisfy(bits.contains))
    }

    /// A cue written where it is searched (`mayHold(cue:)`): the same filter with the words hashed in place; it never
    /// turns away a sentence where the cue is found in the lower-cased sentence, in it with its no-break spaces made
    /// plain, or with its curly apostrophes straight.
    @Test func aCueWrittenInPlaceIsFilteredTheSameWay() {
        let sentences = ["Westside Care merged into Harbour Care in 2019.", "Westside Care\u{00A0}merged\u{00A0}into Harbour Care.",
                         "Ann Reed, who was given the post, left.", "The board, whose members include Harbour, met.",
                         "I\u{2019}m on the board of Harbour.", "Merged: into the fold", "Ann Reed served as chair when she was young."]
        let cues = [" merged into ", " was given the ", " members include ", "i'm on the ", " when she was ", " as ", "merger of ",
                    " have formed a partnership", "into the ", " K group "]
        for text in sentences {
            let s = RelationReader.Sentence(text: text, range: 0..<text.utf8.count, mentions: [])
            let plain = RelationReader.Sentence.plainSpaces(s.whole).lowercased()
            let straight = s.lower.replacingPresent("\u{2019}", with: "'")
            for cue in cues where !s.mayHold(cue: cue) {
                #expect(s.lower.fastRange(of: cue) == nil, "\(text) \(cue)")
                #expect(plain.fastRange(of: cue) == nil, "\(text) \(cue)")
                #expect(straight.fastRange(of: cue) == nil, "\(text) \(cue)")
                #expect(!s.mayHold(RelationReader.cueBits(cue)), "\(text) \(cue)")
            }
        }
        let s = RelationReader.Sentence(text: sentences[1], range: 0..<sentences[1].utf8.count, mentions: [])
        #expect(s.mayHold(cue: " merged into "))   // (its words between no-break spaces are words)
        #expect(!s.mayHold(cue: " was given the "))
        let t = RelationReader.Sentence(text: sentences[0], range: 0..<sentences[0].utf8.count, mentions: [])
        #expect(t.mayHold(cue: "merger of ") == t.mayHold(RelationReader.cueBits("merger of ")))
        #expect(t.mayHold(cue: " K group ") && t.mayHold(cue: "i'm on the "))   // not filtered
        #expect(!t.mayHold(cue: " members include ") && t.mayHold(cue: " merged into "))
    }
}
