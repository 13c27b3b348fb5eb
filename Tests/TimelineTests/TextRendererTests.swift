import HindsightSupport
import Corpus
import Extraction
import GraphModel
import Testing
import Timeline

@Suite struct TextRendererTests {
    /// A graph with long summaries, a long unbreakable word, a long file name, wide characters and merged sources.
    static var awkward: KnowledgeGraph {
        let g = Fixture.grayling, m = Fixture.moj
        return Fixture.graph(entities: [g, m, Fixture.napo], events: [
            Fixture.event("long", "2014-06-01",
                          "Chris Grayling told the House that the Ministry of Justice would let contracts for the twenty-one new companies, with payment by results, before the general election, and that the probation trusts would be wound up.",
                          participants: [g, m],
                          sources: [Fixture.source("2014-06-02-a-very-long-file-name-for-a-post-about-the-split.txt", 123),
                                    Fixture.source("b.txt", 4), Fixture.source("c.txt", 5)]),
            Fixture.event("url", "2015-04", "See https://example.org/a/very/long/address/that/cannot/be/broken/at/spaces/anywhere/at/all for the MoJ notice.",
                          participants: [m]),
            Fixture.event("wide", "2022-SP", "日本語の文章が続きます。日本語の文章が続きます。日本語の文章が続きます。 Napo 🎉🎉🎉🎉",
                          participants: [Fixture.napo], sources: [Fixture.source("w.txt", 2, .comment)]),
            Fixture.event("q", "2019-Q4", "Short.", sources: [Fixture.source("q.txt", 1, .quoted)]),
        ])
    }

    @Test(arguments: [20, 25, 30, 38, 39, 40, 41, 60, 80, 120])
    func noLineIsWiderThanTheWidth(width: Int) throws {
        let timeline = try EventTimeline(graph: Self.awkward)
        for colour in [false, true] {
            let text = TextTimelineRenderer(width: width, colour: colour).render(timeline)
            for line in text.withoutSGR.lines {
                #expect(TimelineText.width(line) <= width, "\(width) columns: \(line)")
                #expect(line.last != " ", "trailing space: \(line)")
            }
            // Nothing of the summaries is lost to wrapping.
            let flat = text.withoutSGR.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined()
            #expect(flat.contains("https://example.org/a/very/long/address/that/cannot/be/broken/at/spaces/anywhere/at/all"
                .replacingOccurrences(of: " ", with: "")) || width < 80)
            #expect(flat.contains("woundup."))
        }
    }

    @Test func aNarrowerWidthIsRaisedToTheMinimum() throws {
        let text = TextTimelineRenderer(width: 5).render(try EventTimeline(graph: Self.awkward))
        #expect(text.lines.allSatisfy { TimelineText.width($0) <= TextTimelineRenderer.minimumWidth })
    }

    @Test func layoutHasHeadlineYearsDateColumnAndSources() throws {
        let text = TextTimelineRenderer(width: 80).render(try EventTimeline(graph: Fixture.sample))
        #expect(text == """
            6 events, 2013 May to 2022 spring, from 5 posts

            2013
              2013 May     Chris Grayling announced Transforming Rehabilitation. — a.txt:4
              2013 Nov     Napo members walked out. — b.txt:12 (comment)

            2014
              2014         Staff in Wales were sifted into new organisations. — e4.txt:1
              2014 Jun 01  The probation trusts were dissolved and the MoJ split the
                           service. — a.txt:9 (comment) (+1 source)

            2019
              2019 Q4      The MoJ set out the plans for Wales. — e5.txt:1

            2022
              2022 spring  Napo and the MoJ met. — e6.txt:1

            """)
    }

    @Test func narrowWidthsStackTheDateAboveTheSummary() throws {
        let text = TextTimelineRenderer(width: 30).render(try EventTimeline(graph: Fixture.sample))
        #expect(text.contains("""
            2013
              2013 May
                Chris Grayling announced
                Transforming
                Rehabilitation. — a.txt:4
            """))
    }

    @Test func noEscapeCodesWithoutColour() throws {
        let text = TextTimelineRenderer(width: 80, colour: false).render(try EventTimeline(graph: Self.awkward))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }

    @Test func colourHighlightsParticipantsAndOnlyUsesSGR() throws {
        let text = TextTimelineRenderer(width: 80, colour: true).render(try EventTimeline(graph: Fixture.sample))
        #expect(text.contains("\u{1B}[1;36mChris Grayling\u{1B}[0m"))  // a person, name spaces included
        #expect(text.contains("\u{1B}[1;35mTransforming Rehabilitation\u{1B}[0m"))  // a programme
        #expect(text.contains("the \u{1B}[1;33mMoJ\u{1B}[0m split"))  // an organization, by alias
        #expect(!text.withoutSGR.unicodeScalars.contains { $0.value == 0x1B })
        // Same text once the colour is taken out.
        #expect(text.withoutSGR == TextTimelineRenderer(width: 80, colour: false).render(try EventTimeline(graph: Fixture.sample)))
    }

    @Test func namesAreHighlightedAsWholeWordsOnly() {
        let p = TimelineParticipant(id: "org:tr", name: "TR", type: .programme, forms: ["TR"])
        let text = Array("TR and TRansport, not STR; (TR)")
        let marks = TimelineText.participantMarks(in: text, participants: [p])
        let marked = String(zip(text, marks).map { $1 == nil ? "." : $0 })
        #expect(marked == "TR" + String(repeating: ".", count: text.count - 5) + "TR.")
    }

    static let hostile = "Evil\u{1B}]0;pwned\u{07} summary \u{1B}[2J\u{1B}[31mred\u{9B}1m\u{1B}Pdcs\u{1B}\\ bell\u{07} cr\rnew\nline \u{202E}reversed\u{202C} tab\there \u{1B}c reset \u{1B}(0 charset"

    @Test func hostileSummariesComeOutInert() throws {
        let hostileEntity = Fixture.entity("Bad\u{1B}[5mName", .person)
        let graph = Fixture.graph(entities: [hostileEntity], events: [
            Fixture.event("h", "2015", Self.hostile, participants: [hostileEntity],
                          sources: [Fixture.source("evil\u{1B}[31m.txt", 1)]),
        ])
        let timeline = try EventTimeline(graph: graph)
        for colour in [false, true] {
            let text = TextTimelineRenderer(width: 200, colour: colour).render(timeline).withoutSGR
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
            #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
            #expect(!text.contains("pwned") && !text.contains("dcs"))
            #expect(text.contains("Evil summary red bell cr new line reversed tab here reset charset — evil.txt:1"))
        }
        #expect(TerminalText.clean(Self.hostile) == "Evil summary red bell cr new line reversed tab here reset charset")
    }

    @Test func cleanKeepsOrdinaryText() {
        #expect(TerminalText.clean("  Napo’s “strike” — 2014 café  ") == "Napo’s “strike” — 2014 café")
        #expect(TimelineText.width("日本") == 4)
        #expect(TimelineText.width("cafe\u{301}") == 4)
    }
}
