import HindsightSupport
import Corpus
import Extraction
import Foundation
import GraphModel
import Testing
import Timeline

@Suite struct MarkdownTests {
    @Test func aTableWithHeadlineAndBoldNames() throws {
        let md = MarkdownTimelineRenderer().render(try EventTimeline(graph: Fixture.sample))
        let lines = md.lines
        #expect(lines[0] == "**6 events, 2013 May to 2022 spring, from 5 posts**")
        #expect(lines[2] == "| Date | Event | Participants | Source |")
        #expect(lines[3] == "|---|---|---|---|")
        #expect(lines[4] == "| 2013 May | **Chris Grayling** announced **Transforming Rehabilitation**. | Chris Grayling, Transforming Rehabilitation | a.txt:4 |")
        #expect(md.contains("| 2014 Jun 01 | The probation trusts were dissolved and the **MoJ** split the service. | Ministry of Justice | a.txt:9 (comment) (+1 source) |"))
        #expect(lines.count == 4 + 6 + 1)
    }

    @Test func hostileSummariesComeOutInert() throws {
        let summary = "A | pipe <script>alert(1)</script> [link](javascript:alert(1)) ![img](http://x/y.png) *em* _u_ `code` ~~s~~ &amp; $x$ \\ \(TextRendererTests.hostile)"
        let graph = Fixture.graph(events: [Fixture.event("h", "2015", summary, sources: [Fixture.source("a|b.txt", 1)])])
        let md = MarkdownTimelineRenderer().render(try EventTimeline(graph: graph))
        let row = try #require(md.lines.first { $0.hasPrefix("| 2015 ") })
        // Take out every backslash escape: what is left must hold no markup character but the five cell pipes.
        var unescaped = ""
        var escaped = false
        for c in row {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            unescaped.append(c)
        }
        #expect(unescaped.filter { $0 == "|" }.count == 5)
        #expect(!unescaped.contains { "<>[]`*_~&$!\\".contains($0) })
        #expect(!md.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(row.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(md.lines.count == 6)
    }

    @Test func noEventsGivesTheHeadlineOnly() throws {
        #expect(MarkdownTimelineRenderer().render(try EventTimeline(graph: Fixture.graph(events: []))) == "**No events.**\n")
    }
}

@Suite struct CSVTests {
    /// A small RFC 4180 reader for the tests.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static var tricky: KnowledgeGraph {
        let quoteName = Fixture.entity("The \"Quoted\", Org", .organization)
        return Fixture.graph(entities: [quoteName, Fixture.napo], events: [
            Fixture.event("a", "2015-04", "Says \"hello\", then, goodbye", participants: [quoteName, Fixture.napo]),
            Fixture.event("b", "2015-05", "=HYPERLINK(\"http://evil\",\"click\")"),
            Fixture.event("c", "2015-06", "+1 more"),
            Fixture.event("d", "2015-07", "-2 less"),
            Fixture.event("e", "2015-08", "@SUM(A1:A2)"),
            Fixture.event("f", "2015-09", "  =1+1"),
            Fixture.event("g", "2015-10", "\t=cmd|' /C calc'!A0"),
            Fixture.event("h", "2015-11", TextRendererTests.hostile),
            Fixture.event("i", "2015-12", " leading and trailing spaces "),
        ])
    }

    @Test func parsesBackToTheSameCells() throws {
        let timeline = try EventTimeline(graph: Self.tricky)
        let renderer = CSVTimelineRenderer()
        let csv = renderer.render(timeline)
        #expect(Self.parse(csv) == renderer.rows(timeline))
        #expect(csv.hasSuffix("\r\n"))
        #expect(renderer.rows(timeline).count == 10)
        #expect(renderer.rows(timeline).allSatisfy { $0.count == CSVTimelineRenderer.header.count })
    }

    @Test func quotesWhatNeedsQuoting() throws {
        let csv = CSVTimelineRenderer().render(try EventTimeline(graph: Self.tricky))
        #expect(csv.hasPrefix("date,precision,start,end,label,summary,participants,participant_ids,trigger,document,line,kind,sources,id,importance,reasons,inferred,sentence,title,url\r\n"))
        #expect(csv.contains("2015-04,month,2015-04-01,2015-04-30,2015 Apr,\"Says \"\"hello\"\", then, goodbye\",\"The \"\"Quoted\"\", Org; Napo\",org:the-quoted-org; org:napo,,a.txt,1,body,1,event:a,0,,false,\"Says \"\"hello\"\", then, goodbye\",,\r\n"))
    }

    @Test func guardsAgainstFormulas() throws {
        let rows = CSVTimelineRenderer().rows(try EventTimeline(graph: Self.tricky))
        let summaries = rows.dropFirst().map { $0[5] }
        #expect(summaries.contains("'=HYPERLINK(\"http://evil\",\"click\")"))
        #expect(summaries.contains("'+1 more"))
        #expect(summaries.contains("'-2 less"))
        #expect(summaries.contains("'@SUM(A1:A2)"))
        #expect(summaries.contains("'=1+1"))
        #expect(summaries.contains("'=cmd|' /C calc'!A0"))
        for cell in rows.joined() {
            #expect(!cell.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""))
        }
    }
}

@Suite struct JSONTests {
    @Test func theOrderedEventsParseBack() throws {
        let json = JSONTimelineRenderer().render(try EventTimeline(graph: Fixture.sample))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 6)
        #expect(object["posts"] as? Int == 5)
        #expect(object["first"] as? String == "2013-05")
        #expect(object["last"] as? String == "2022-SP")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["event:e2", "event:e3", "event:e4", "event:e1", "event:e5", "event:e6"])
        #expect(events[0]["label"] as? String == "2013 May")
        #expect(events[0]["precision"] as? String == "month")
        #expect(events[0]["start"] as? String == "2013-05-01")
        #expect(events[0]["end"] as? String == "2013-05-31")
        let participants = try #require(events[0]["participants"] as? [[String: Any]])
        #expect(participants.first?["name"] as? String == "Chris Grayling")
        #expect(participants.first?["type"] as? String == "person")
        let sources = try #require(events[3]["sources"] as? [[String: Any]])
        #expect(sources.map { $0["document"] as? String } == ["a.txt", "b.txt"])
        #expect(sources.first?["kind"] as? String == "comment")
    }

    @Test func stringsAreEscaped() throws {
        let summary = "Quote \" backslash \\ slash / tab\tline\nnull\u{0} sep\u{2028} \(TextRendererTests.hostile)"
        let graph = Fixture.graph(events: [Fixture.event("s", "2015", summary, sources: [Fixture.source("we\"ird\\.txt", 1)])])
        for pretty in [true, false] {
            let json = JSONTimelineRenderer(pretty: pretty).render(try EventTimeline(graph: graph))
            #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || $0.value == 0x2028 })
            if !pretty { #expect(json.lines.count == 2) }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let event = try #require((object["events"] as? [[String: Any]])?.first)
            #expect(event["summary"] as? String == TerminalText.clean(summary))
            #expect(event["trigger"] is NSNull)
            let source = try #require((event["sources"] as? [[String: Any]])?.first)
            #expect(source["document"] as? String == "we\"ird\\.txt")
        }
    }

    @Test func anEmptyTimeline() throws {
        let json = JSONTimelineRenderer(pretty: false).render(try EventTimeline(graph: Fixture.graph(events: [])))
        #expect(json == "{\"count\":0,\"matching\":0,\"posts\":0,\"first\":null,\"last\":null,\"events\":[]}\n")
    }
}
