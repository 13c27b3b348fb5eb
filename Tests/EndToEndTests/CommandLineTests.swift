import Foundation
import Testing

/// The command line as a user meets it: help, usage errors, exit codes, outputs.
@Suite struct CommandLineTests {
    @Test func helpExplainsSubcommandsAndExitCodes() throws {
        let out = try HindsightBinary.run(["--help"])
        #expect(out.status == 0)
        for word in ["export", "entities", "EXIT CODES", "NO_COLOR", "HTML", "Atom", "RSS"] {
            #expect(out.stdout.contains(word), "\(word)")
        }
        // The developer's tools are left out of the user's help, and still explain themselves.
        for tool in ["generate", "bench"] {
            #expect(!out.stdout.contains("  \(tool) "), "\(tool)")
            #expect(try HindsightBinary.run([tool, "--help"]).stdout.contains("--"), "\(tool)")
        }
        let export = try HindsightBinary.run(["export", "--help"])
        #expect(export.status == 0)
        #expect(export.stdout.contains("--output"))
    }

    @Test func unknownFlagAndMissingPathAreUsageErrors() throws {
        let flag = try HindsightBinary.run(["export", "--frobnicate", "Corpus"])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("frobnicate"))
        let missing = try HindsightBinary.run(["export", "no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/folder: no such file or folder"))
    }

    @Test func exportOfTheSampleCorpus() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try HindsightBinary.run(["export", "--quiet", "--format", "json", "--output", dir + "/g.json", "Corpus"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/g.json"))) as? [String: Any]
        #expect(json?["format"] as? String == "hindsight-graph")
        let documents = json?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 9)
        let posts = documents.flatMap { $0["posts"] as? [[String: Any]] ?? [] }
        #expect(posts.count == 10)
        #expect(posts.allSatisfy { ($0["published"] as? String)?.count == 10 })
        for key in ["entities", "dates", "events", "edges"] { #expect((json?[key] as? [Any])?.isEmpty == false, "\(key)") }
        // No temporary file is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["g.json"])
    }

    @Test func badFilesAreNamedSkippedAndCounted() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Monday, 1 June 2015\n\nA Title\n\nThe National Probation Service began work on 1 June 2014.\n"
            .write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x02]).write(to: URL(fileURLWithPath: dir + "/report.pdf"))
        let out = try HindsightBinary.run(["export", "--output", dir + "/out.json", dir], environment: ["NO_COLOR": "1"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("hindsight: \(dir)/report.pdf: not text (NUL byte at offset 6); skipped"))
        #expect(out.stderr.contains("skipped 1"))
        #expect(!out.stderr.contains("\u{1B}["))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/out.json"))) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 1)
        #expect((json?["dates"] as? [[String: Any]])?.contains { $0["value"] as? String == "2014-06-01" } == true)
    }

    @Test func unwritableOutputFailsBeforeWork() throws {
        let out = try HindsightBinary.run(["export", "--output", "/no/such/folder/g.json", "Corpus"])
        #expect(out.status == 3)
        #expect(out.stderr.contains("/no/such/folder/g.json: cannot write: folder /no/such/folder does not exist"))
    }
}

/// The command line's smaller promises: help without a subcommand, unknown options named, formats checked
/// before work, empty results reported.
@Suite struct CommandLineUsageTests {
    @Test func noSubcommandPrintsTheHelpAndIsAUsageError() throws {
        let out = try HindsightBinary.run([])
        #expect(out.status == 2)
        #expect(out.stderr.contains("SUBCOMMANDS"))
        #expect(out.stderr.contains("EXIT CODES"))
    }

    @Test func anUnknownOptionBeforeAValueIsNamedWithTheCloseOne() throws {
        let out = try HindsightBinary.run(["timeline", "--frm", "2014", "Corpus"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("Unknown option '--frm'"))
        #expect(out.stderr.contains("--from"))
        #expect(!out.stderr.contains("no such file"))
        // A path that does not exist is still a usage error.
        let missing = try HindsightBinary.run(["timeline", "--from", "2014", "no/such/place"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/place: no such file or folder"))
    }

    @Test func aGraphOutputWhoseExtensionNamesNoFormatIsAUsageError() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let jpg = try HindsightBinary.run(["graph", "-q", "-o", dir + "/x.jpg", "Corpus"])
        #expect(jpg.status == 2)
        #expect(jpg.stderr.contains(".jpg is not a format graph writes"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        let forced = try HindsightBinary.run(["graph", "-q", "--format", "dot", "-o", dir + "/x.jpg", "Corpus"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: dir + "/x.jpg", encoding: .utf8).contains("digraph") || (try String(contentsOfFile: dir + "/x.jpg", encoding: .utf8)).contains("graph"))
        let bare = try HindsightBinary.run(["graph", "-q", "-o", dir + "/mapfile", "Corpus"])
        #expect(bare.status == 0, "\(bare.stderr)")
    }

    @Test func anEmptyTimelineOrMapSaysSoAndExitsOne() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let timeline = try HindsightBinary.run(["timeline", "-q", "--from", "2030", "Corpus"])
        #expect(timeline.status == 1)
        #expect(timeline.stderr.contains("the timeline is empty"))
        let map = try HindsightBinary.run(["graph", "-q", "--from", "2030", "-o", dir + "/m.svg", "Corpus"])
        #expect(map.status == 1)
        #expect(map.stderr.contains("the map is empty"))
        let events = try HindsightBinary.run(["graph", "-q", "--types", "event", "-o", dir + "/e.svg", dir + "/../" + (dir as NSString).lastPathComponent])
        #expect(events.status == 1)
    }

    @Test func entitiesLimitZeroMeansAll() throws {
        let all = try HindsightBinary.run(["entities", "-q", "Corpus"])
        let zero = try HindsightBinary.run(["entities", "-q", "--limit", "0", "Corpus"])
        let two = try HindsightBinary.run(["entities", "-q", "--limit", "2", "Corpus"])
        #expect(zero.status == 0)
        #expect(zero.stdout == all.stdout)
        #expect(!zero.stdout.isEmpty)
        #expect(two.stdout.split(separator: "\n").count == 2)
        #expect(try HindsightBinary.run(["entities", "--limit", "-1", "Corpus"]).status == 2)
    }

    @Test func anUnknownTimelineEntitySuggestsCloseNames() throws {
        let out = try HindsightBinary.run(["timeline", "-q", "--entity", "Graylin", "Corpus"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("Chris Grayling"))
    }
}
