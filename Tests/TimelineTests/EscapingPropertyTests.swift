import Extraction
import Foundation
import GraphModel
import PropertyBased
import Testing
import Timeline

/// Random hostile summaries and names through every timeline format: CSV parses back to the same cells, JSON
/// parses back to the same text, Markdown rows keep their five cell pipes, and the terminal text holds no control
/// or escape sequence but the colour codes it writes itself.
@Suite struct EscapingPropertyTests {
    static let cases = 300

    /// Characters that break formats or terminals, mixed with ordinary text.
    static let hostileScalar = Gen.oneOf(
        Gen.element(of: Array("\"\\,;|<>&'`*_[]()!=+-@#\r\n\t\u{1B}\u{07}\u{08}\u{7F}\u{9B}\u{85}\u{2028}\u{202E}\u{200F}\u{FEFF}".unicodeScalars))
            .map { $0 ?? "x" },
        Gen.unicodeScalar(in: " "..."~"),
        Gen.unicodeScalar(in: "\u{0}"..."\u{1F}"),
        Gen.unicodeScalar(in: "\u{A0}"..."\u{2FF}")
    )
    static let text = hostileScalar.array(of: 0...40).map { String(String.UnicodeScalarView($0)) }

    static func timeline(summary: String, name: String) throws -> EventTimeline {
        let person = Fixture.entity(name.isEmpty ? "N" : name, .person)
        let graph = Fixture.graph(entities: [person], events: [
            Fixture.event("a", "2015-04", summary, participants: [person]),
            Fixture.event("b", "2016", "Plain text after it.", participants: [person]),
        ])
        return try EventTimeline(graph: graph)
    }

    /// Control characters a terminal acts on (C0 but the line break, DEL, C1) and bidirectional overrides.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
            || (0x2066...0x2069).contains(s.value)
    }

    @Test func everyFormatStaysWellFormed() async throws {
        var ran = 0
        await propertyCheck(count: Self.cases, input: Self.text, Self.text) { summary, name in
            ran += 1
            guard let timeline = try? Self.timeline(summary: summary, name: name) else {
                Issue.record("no timeline for \(summary.debugDescription)")
                return
            }
            // CSV: two rows of events after the header, each the header's width, as the renderer's own cells.
            let csv = CSVTimelineRenderer()
            let parsed = CSVTests.parse(csv.render(timeline))
            #expect(parsed == csv.rows(timeline))
            #expect(parsed.count == 3 && parsed.allSatisfy { $0.count == CSVTimelineRenderer.header.count })
            // JSON: parses, and holds the summary's words.
            let json = JSONTimelineRenderer().render(timeline)
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
            // Markdown: one line per event row, with exactly five unescaped pipes.
            let rows = MarkdownTimelineRenderer().render(timeline).split(separator: "\n").filter { $0.hasPrefix("| 201") }
            #expect(rows.count == 2)
            for row in rows {
                var pipes = 0, escaped = false
                for c in row.unicodeScalars {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "|" { pipes += 1 }
                }
                #expect(pipes == 5)
            }
            // Terminal text: without colour no escape at all; with colour only the SGR codes it writes.
            for width in [40, 80] {
                let plain = TextTimelineRenderer(width: width, colour: false).render(timeline)
                #expect(!plain.unicodeScalars.contains(where: Self.isControl))
                let coloured = TextTimelineRenderer(width: width, colour: true).render(timeline)
                var stripped = ""
                var scalars = coloured.unicodeScalars[...]
                while let c = scalars.popFirst() {
                    if c == "\u{1B}" {
                        // Only CSI ... m (colour) may appear.
                        #expect(scalars.first == "[")
                        while let d = scalars.popFirst(), d != "m" {
                            #expect(d == "[" || d == ";" || ("0"..."9").contains(d))
                        }
                    } else {
                        stripped.unicodeScalars.append(c)
                    }
                }
                #expect(!stripped.unicodeScalars.contains(where: Self.isControl))
            }
        }
        print("EscapingPropertyTests: \(ran) random cases through CSV, JSON, Markdown and terminal text")
        #expect(ran == Self.cases)
    }
}
