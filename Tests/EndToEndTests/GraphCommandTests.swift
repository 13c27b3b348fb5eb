import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `hindsight graph` as a user meets it: relationship maps of the seeds and the sample corpus, its filters, and
/// its errors.
@Suite struct GraphCommandTests {
    /// The text of an SVG's `<text>` elements, each element's text followed by a space; nil when it is not XML.
    private final class SVGText: NSObject, XMLParserDelegate {
        var root: String?
        var text = ""
        private var inText = false

        static func read(_ data: Data) -> SVGText? {
            let parser = XMLParser(data: data)
            parser.shouldResolveExternalEntities = false
            let reader = SVGText()
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if root == nil { root = elementName }
            if elementName == "text" { inText = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if elementName == "text" { inText = false; text += " " }
        }

        /// The text with every run of spaces (Graphviz writes no-break spaces too) made one space.
        var words: String {
            text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
        }
    }

    /// The node lines of a DOT map (`  n12 [label=...`), legend excluded.
    private func nodeLines(_ dot: String) -> [Substring] {
        dot.split(separator: "\n").filter { line in
            line.hasPrefix("  n") && !line.hasPrefix("  node [")
                && line.dropFirst(3).prefix { $0 != " " }.allSatisfy(\.isNumber) && !line.contains("->")
        }
    }

    @Test(.enabled(if: HindsightBinary.seedsAvailable, "needs the seed pages in ../shared/seeds"))
    func seedsMapIsValidSVGWithTheMainEntitiesDrawnInProcess() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // No PATH: there is no `dot` program to run, so the map can only come from libgraphviz in-process.
        let out = try HindsightBinary.run(["graph", HindsightBinary.seeds, "--format", "svg", "--output", dir + "/map.svg"],
                                          environment: ["PATH": "/nonexistent", "NO_COLOR": "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("hindsight: wrote \(dir)/map.svg: "))
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/map.svg"))
        let svg = try #require(SVGText.read(data), "map.svg is not well-formed XML")
        #expect(svg.root == "svg")
        for name in ["Chris Grayling", "National Probation Service", "Ministry of Justice", "Legend",
                     "Relationship map: seeds"] {
            #expect(svg.words.contains(name), "\(name) is not drawn")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["map.svg"])
    }

    @Test func focusAndDepthGrowTheEgoNetworkOfTheSampleCorpus() throws {
        func nodes(_ extra: [String]) throws -> [Substring] {
            let out = try HindsightBinary.run(["graph", "--quiet", "--format", "dot", "--output", "-"] + extra + ["Corpus"])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.hasPrefix("digraph"))
            return nodeLines(out.stdout)
        }
        let alone = try nodes(["--focus", "Grayling", "--depth", "0"])
        #expect(alone.count == 1)
        #expect(alone.first?.contains("label=\"Chris Grayling\"") == true)
        let near = try nodes(["--focus", "Grayling", "--depth", "1"])
        let nearer = try nodes(["--focus", "chris grayling", "--depth", "2"])
        let all = try nodes(["--top", "0"])
        #expect(near.count > 1)
        #expect(near.count < nearer.count)
        #expect(nearer.count < all.count)
        #expect(near.contains { $0.contains("label=\"Ministry of Justice\"") })
        // The focus is drawn bold, and the map says whose network it is.
        #expect(near.contains { $0.contains("label=\"Chris Grayling\"") && $0.contains("bold") })
        let svg = try HindsightBinary.run(["graph", "--quiet", "--focus", "Grayling", "--output", "-", "Corpus"])
        #expect(SVGText.read(Data(svg.stdout.utf8))?.words.contains("around Chris Grayling (depth 1)") == true)
        // --top limits the whole map.
        #expect(try nodes(["--top", "7"]).count == 7)
    }

    @Test func theMostConnectedPersonCanBeTheFocus() throws {
        let out = try HindsightBinary.run(["graph", "--format", "dot", "--output", "-", "--focus-most-connected", "person",
                                           "Corpus"], environment: ["NO_COLOR": "1"])
        #expect(out.status == 0, "\(out.stderr)")
        let note = try #require(out.stderr.split(separator: "\n").first { $0.hasPrefix("hindsight: wrote standard output") })
        let name = try #require(note.range(of: ", around ").map { String(note[$0.upperBound...]) })
        #expect(out.stdout.contains("around \(name) (depth 1)"))
        #expect(nodeLines(out.stdout).contains { $0.contains("label=\"\(name)\"") && $0.contains("bold") })
    }

    @Test func formatsFollowTheOptionOrTheExtension() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let png = try HindsightBinary.run(["graph", "--quiet", "--top", "10", "--output", dir + "/m.png", "Corpus"])
        #expect(png.status == 0, "\(png.stderr)")
        let pngBytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/m.png"))
        #expect(Array(pngBytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try HindsightBinary.run(["graph", "--quiet", "--format", "pdf", "--engine", "neato", "--no-legend",
                                           "--output", dir + "/m.out", "Corpus"])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/m.out")).prefix(5) == Data("%PDF-".utf8))
        // The default output is map.svg in the current folder.
        let plain = try HindsightBinary.run(["graph", "--quiet", "--title", "A <title> & more", "--types", "person",
                                             HindsightBinary.root + "/Corpus"], directory: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        let svg = try #require(SVGText.read(try Data(contentsOf: URL(fileURLWithPath: dir + "/map.svg"))))
        #expect(svg.words.contains("A <title> & more"))
        #expect(!svg.words.contains("Ministry of Justice"))
        #expect(!svg.words.contains("Organisation"))
    }

    @Test func unknownFocusIsAUsageErrorSuggestingCloseNames() throws {
        let out = try HindsightBinary.run(["graph", "--output", "-", "--focus", "Chris Grayln", "Corpus"],
                                          environment: ["NO_COLOR": "1"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("hindsight: --focus: no entity is called 'Chris Grayln'; did you mean 'Chris Grayling'"))
        #expect(out.stdout.isEmpty)
        let nothing = try HindsightBinary.run(["graph", "--output", "-", "--focus", "Qwxz Vbnm", "Corpus"])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("`hindsight entities` lists the names"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        for (arguments, message) in [
            (["--engine", "spring"], "unknown layout engine 'spring'"),
            (["--format", "jpeg"], "unknown output format 'jpeg'"),
            (["--types", "person,animal"], "unknown type 'animal'"),
            (["--from", "2016", "--to", "2015"], "is after --to"),
            (["--depth=-1"], "--depth must not be negative"),
            (["--top=-3"], "--top must not be negative"),
            (["--focus", "Napo", "--focus-most-connected", "person"], "not both"),
        ] {
            let out = try HindsightBinary.run(["graph", "--output", "-"] + arguments + ["Corpus"])
            #expect(out.status == 2, "\(arguments)")
            #expect(out.stderr.contains(message), "\(arguments): \(out.stderr)")
        }
    }

    @Test func unwritableOutputFailsBeforeReading() throws {
        let out = try HindsightBinary.run(["graph", "--output", "/no/such/folder/map.svg", "Corpus"])
        #expect(out.status == 3)
        #expect(out.stderr.contains("/no/such/folder/map.svg: cannot write: folder /no/such/folder does not exist"))
        #expect(!out.stderr.contains("read 8 files"))
    }

    @Test func helpDescribesTheOptions() throws {
        let out = try HindsightBinary.run(["graph", "--help"])
        #expect(out.status == 0)
        for option in ["--format", "--engine", "--output", "--top", "--min-weight", "--focus", "--depth",
                       "--focus-most-connected", "--from", "--to", "--types", "--exclude-comments", "--no-legend",
                       "--title", "map.<format>"] {
            #expect(out.stdout.contains(option), "\(option)")
        }
        #expect(try HindsightBinary.run(["--help"]).stdout.contains("graph"))
    }
}
