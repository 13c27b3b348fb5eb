import Corpus
@testable import Extraction
import Foundation
import Store
import Testing

/// The binary form of an extraction reads back to the same extraction, field for field.
@Suite struct ExtractionCodecTests {
    @Test func sampleCorpusRoundTrips() throws {
        let corpus = CorpusReader().read(paths: [StoreFixtures.corpus])
        let extractor = DocumentExtractor(knowledge: try StoreFixtures.knowledge())
        #expect(corpus.documents.count == 9)
        var comments = false, relations = false
        for document in corpus.documents {
            let x = extractor.extract(document)
            let y = try ExtractionCodec.decode(ExtractionCodec.encode(x))
            #expect(y.document == x.document)
            #expect(y.dates == x.dates)
            #expect(y.mentions == x.mentions)
            #expect(y.sentences == x.sentences)
            #expect(y.sentenceMentions == x.sentenceMentions)
            #expect(y.events == x.events)
            #expect(y.relations == x.relations)
            comments = comments || x.document.posts.contains { !$0.comments.isEmpty }
            relations = relations || !x.relations.isEmpty
        }
        // The corpus exercises the optional and nested fields.
        #expect(comments && relations)
    }

    @Test func everyOptionalFieldRoundTrips() throws {
        let passage = Passage(kind: .comment, firstLine: 7, lastLine: 8, text: "Ms Example of Napo said so.\nYes, in 2015.")
        let day = CalendarDay(year: 2015, month: 4, day: 1)!
        let post = Post(id: "post:x-1", title: "A title", titleLine: 3, published: day, publishedInferred: true,
                        datelineLine: nil, datelineText: nil, firstLine: 1, lastLine: 9,
                        passages: [Passage(kind: .quoted, firstLine: 4, lastLine: 4, text: "Quoted words – with a dash")],
                        comments: [Comment(number: "2.1", isReply: true, passage: passage, author: "A reader", timestamp: "1 April 2015 at 09:15")],
                        author: "The blogger", url: "https://example.org/2015/04/a-title.html")
        let document = Document(id: "doc:x", path: "/tmp/x.html", duplicatePaths: ["/tmp/y.html"], format: "html", lineCount: 9, posts: [post])
        let value = TemporalValue(value: "2015", precision: .year, start: CalendarDay(year: 2015, month: 1, day: 1)!, end: CalendarDay(year: 2015, month: 12, day: 31)!)
        let mention = EntityMention(text: "Ms Example", utf8Range: 0..<10, type: .person, canonicalName: "Ms Example",
                                    knowledgeID: "k1", cue: .honorific, role: "chair of Napo")
        let x = DocumentExtraction(
            document: document,
            dates: [LocatedDate(post: 0, passage: 1, kind: .comment, line: 8,
                                expression: TemporalExpression(text: "2015", utf8Range: 37..<41, value: value, isRelative: false, referenceInferred: true),
                                isDateline: false),
                    LocatedDate(post: 0, passage: nil, kind: .body, line: 1,
                                expression: TemporalExpression(text: "then", utf8Range: 0..<4, value: nil, isRelative: true),
                                isDateline: true)],
            mentions: [LocatedMention(post: 0, passage: 1, kind: .comment, line: 7, mention: mention)],
            sentences: [SentenceSpan(post: 0, passage: 1, kind: .comment, line: 7, utf8Range: 0..<27)],
            sentenceMentions: [[0], []],
            events: [EventCandidate(post: 0, passage: 1, kind: .comment, line: 8, date: value, dateText: "2015",
                                    summary: "Yes, in 2015", trigger: "said", participants: [0, -3],
                                    sentence: "Yes, in 2015.", sentenceIndex: 1, dateIsRelative: true, dateInferred: true,
                                    cues: EventCues(rawValue: 5))],
            relations: [RelationCandidate(predicate: "holds_role", subject: 0, object: 0, label: "chair", post: 0, kind: .comment, line: 7)])
        let y = try ExtractionCodec.decode(ExtractionCodec.encode(x))
        #expect(y.document == x.document)
        #expect(y.dates == x.dates)
        #expect(y.mentions == x.mentions)
        #expect(y.sentences == x.sentences)
        #expect(y.sentenceMentions == x.sentenceMentions)
        #expect(y.events == x.events)
        #expect(y.relations == x.relations)
    }

    @Test func truncatedBytesAreAnErrorNotACrash() throws {
        let corpus = CorpusReader().read(paths: [StoreFixtures.corpus + "/2014-06-02-the-split.txt"])
        let bytes = ExtractionCodec.encode(DocumentExtractor(knowledge: .empty).extract(corpus.documents[0]))
        for cut in [0, 1, bytes.count / 3, bytes.count - 1] {
            #expect(throws: ExtractionCodec.DecodingError.self) { try ExtractionCodec.decode(Array(bytes.prefix(cut))) }
        }
        #expect(throws: ExtractionCodec.DecodingError.self) { try ExtractionCodec.decode(bytes + [0]) }
    }
}
