import Foundation
import Testing

/// `hindsight report` as a user meets it: the site it writes, its exit codes, and what it leaves alone.
@Suite struct ReportCommandTests {
    @Test func writesTheSiteAndLeavesOtherFilesAlone() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/site", withIntermediateDirectories: true)
        try "mine".write(toFile: dir + "/site/notes.txt", atomically: true, encoding: .utf8)
        let out = try HindsightBinary.run(["report", "Corpus", "--output", dir + "/site"], environment: ["NO_COLOR": "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("entity pages"), "\(out.stderr)")
        for file in ["index.html", "timeline.html", "entities.html", "search.html", "assets/site.css", "assets/site.js",
                     "entities/person-chris-grayling.html", "notes.txt"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/site/" + file), "\(file) is missing")
        }
        // Nothing is left beside the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["site"])
    }

    @Test func aMissingParentIsExitCodeThreeAndWritesNothing() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try HindsightBinary.run(["report", "Corpus", "--output", dir + "/no/such/site"])
        #expect(out.status == 3)
        #expect(out.stderr.contains(dir + "/no/such/site") && out.stderr.contains("does not exist"), "\(out.stderr)")
        #expect(!out.stderr.contains("read 8 files"), "the folder is checked before the corpus is read")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func aFolderInsideTheCorpusIsRefused() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try "Monday 2 June 2014\n\nA title\n\nOn 1 June 2014 probation was split.\n"
            .write(toFile: dir + "/in/a.txt", atomically: true, encoding: .utf8)
        let inside = try HindsightBinary.run(["report", dir + "/in", "-q", "--output", dir + "/in/site"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("inside the input"), "\(inside.stderr)")
        let holding = try HindsightBinary.run(["report", dir + "/in/a.txt", "-q", "--output", dir + "/in"])
        #expect(holding.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/in") == ["a.txt"])
    }

    @Test func badValuesAreUsageErrors() throws {
        let out = try HindsightBinary.run(["report", "Corpus", "--min-mentions", "0", "--output", "/tmp/x"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("--min-mentions"))
        let missing = try HindsightBinary.run(["report", "Corpus"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--output"))
    }

    @Test func aSkippedFileIsExitCodeOneWithTheSiteWritten() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try "Monday 2 June 2014\n\nA title\n\nOn 1 June 2014 the Ministry of Justice split probation in two.\n"
            .write(toFile: dir + "/in/a.txt", atomically: true, encoding: .utf8)
        try Data([0x00, 0xFF, 0x00, 0xFE]).write(to: URL(fileURLWithPath: dir + "/in/b.txt"))
        let out = try HindsightBinary.run(["report", dir + "/in", "-q", "--output", dir + "/site"])
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderr.contains("b.txt"), "\(out.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/site/index.html"))
    }
}
