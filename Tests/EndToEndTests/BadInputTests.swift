import Foundation
import Testing

/// Messy corpora, run through the binary as a user would: each problem is one line on standard error naming the
/// file, the run goes on, the summary counts it, the exit code says what happened, and the good file's results
/// are intact.
@Suite struct BadInputTests {
    static let goodPage = "Monday, 1 June 2015\n\nA Title\n\nThe National Probation Service began work on 1 June 2014.\n"

    /// A new folder with the good page and the files a test adds under `in/`, so that the output folder `out/`
    /// is never read back as input.
    static func inputs(_ files: [String: Data]) throws -> String {
        let dir = try HindsightBinary.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try goodPage.write(toFile: dir + "/in/good.txt", atomically: true, encoding: .utf8)
        for (name, data) in files {
            let url = URL(fileURLWithPath: dir + "/in/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: data) else { throw CocoaError(.fileWriteUnknown) }
        }
        return dir
    }

    /// Runs `export` over `dir` into `dir/out/graph.json` and reads the JSON back.
    static func export(_ dir: String, _ extra: [String] = []) throws -> (HindsightBinary.Output, [String: Any]) {
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        let out = try HindsightBinary.run(["export", "--output", dir + "/out/graph.json"] + extra + [dir + "/in"],
                                          environment: ["NO_COLOR": "1"])
        let data = (try? Data(contentsOf: URL(fileURLWithPath: dir + "/out/graph.json"))) ?? Data()
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (out, json)
    }

    /// The good page's date is in the export, whatever else happened.
    static func goodResultIntact(_ json: [String: Any]) -> Bool {
        (json["dates"] as? [[String: Any]] ?? []).contains { $0["value"] as? String == "2014-06-01" }
            && (json["entities"] as? [[String: Any]] ?? []).contains { $0["name"] as? String == "National Probation Service" }
    }

    @Test func windows1252IsReadWithAWarning() throws {
        // "Napo’s" with a Windows-1252 right single quote (0x92), and "café" (0xE9).
        var bytes = Array("Tuesday, 2 June 2015\n\nCaf".utf8) + [0xE9] + Array("\n\nNapo".utf8) + [0x92]
        bytes += Array("s members met on 1 May 2015.\n".utf8)
        let dir = try Self.inputs(["latin.txt": Data(bytes)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 0)
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/latin.txt: not valid UTF-8; read as Windows-1252"))
        #expect(out.stderr.contains("warnings 1"))
        #expect(Self.goodResultIntact(json))
        let mentions = (json["entities"] as? [[String: Any]] ?? []).flatMap { $0["mentions"] as? [[String: Any]] ?? [] }
        #expect(mentions.contains { ($0["text"] as? String)?.hasPrefix("Napo") == true && ($0["document"] as? String)?.hasSuffix("latin.txt") == true })
        let documents = json["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 2)
    }

    @Test func binaryImagesAndPDFsAreSkipped() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let dir = try Self.inputs(["photo.png": png, "sub/report.pdf": Data(Array("%PDF-1.4\n".utf8) + [0x00, 0xFF])])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 1)
        #expect(out.stderr.contains("hindsight: \(dir)/in/photo.png: not text (NUL byte at offset 8); skipped"))
        #expect(out.stderr.contains("hindsight: \(dir)/in/sub/report.pdf: not text (NUL byte at offset 9); skipped"))
        #expect(out.stderr.contains("read 1 file, skipped 2"))
        #expect(Self.goodResultIntact(json))
    }

    @Test func emptyWhitespaceAndUndatedPages() throws {
        let dir = try Self.inputs([
            "empty.txt": Data(),
            "blank.txt": Data("  \n\t\n   \r\n".utf8),
            "undated.txt": Data("Some words with no dateline and no dates at all.\nA second line.\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 0)
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/empty.txt: empty; no posts"))
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/blank.txt: empty; no posts"))
        #expect(!out.stderr.contains("undated.txt"))
        #expect(Self.goodResultIntact(json))
        let documents = json["documents"] as? [[String: Any]] ?? []
        let undated = try #require(documents.first { ($0["path"] as? String)?.hasSuffix("undated.txt") == true })
        let posts = undated["posts"] as? [[String: Any]] ?? []
        #expect(posts.count == 1)
        #expect(posts.first?["published"] is NSNull)
    }

    @Test func aLongSingleLineAndVeryLongWordsDoNotBreakTheRun() throws {
        // A megabyte on one line (no line break at all), sentences and dates repeated; and a one-megabyte word.
        // (A 100 MB single line is read in CorpusReaderTests; the whole pipeline on it is in Scripts/bench's reach.)
        let sentence = "The National Probation Service was created on 1 June 2014 and Napo objected. "
        let line = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let word = String(repeating: "x", count: 1_000_000)
        let dir = try Self.inputs(["line.txt": Data(line.utf8), "word.txt": Data(("Friday, 5 June 2015\n\nA Title\n\n" + word + " on 2 June 2015.\n").utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 0)
        #expect(Self.goodResultIntact(json))
        let dates = json["dates"] as? [[String: Any]] ?? []
        #expect(dates.filter { ($0["document"] as? String)?.hasSuffix("line.txt") == true }.count > 1000)
        #expect(dates.contains { ($0["document"] as? String)?.hasSuffix("word.txt") == true && $0["value"] as? String == "2015-06-02" })
        // Event summaries stay short however long the line is.
        let events = json["events"] as? [[String: Any]] ?? []
        #expect(events.allSatisfy { (($0["summary"] as? String)?.utf8.count ?? 0) < 2_000 })
    }

    @Test func deeplyNestedFoldersAreRead() throws {
        let deep = (0..<60).map { "level\($0)" }.joined(separator: "/")
        let dir = try Self.inputs([deep + "/deep.txt": Data("Wednesday, 3 June 2015\n\nDeep\n\nOn 2 March 2015 Napo met.\n".utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 0)
        #expect(Self.goodResultIntact(json))
        #expect((json["dates"] as? [[String: Any]] ?? []).contains { $0["value"] as? String == "2015-03-02" })
    }

    @Test func symlinkLoopsAreNamedAndNotFollowed() throws {
        let dir = try Self.inputs([:])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/in/sub/back", withDestinationPath: dir + "/in")
        let (out, json) = try Self.export(dir)
        #expect(out.stderr.contains("\(dir)/in/sub/back: symbolic link loop; not followed"))
        #expect(Self.goodResultIntact(json))
        #expect((json["documents"] as? [[String: Any]] ?? []).count == 1)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file whatever its permissions"))
    func unreadableFilesAreSkipped() throws {
        let dir = try Self.inputs(["secret.txt": Data(Self.goodPage.utf8 + Array("More.\n".utf8))])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir + "/in/secret.txt")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir + "/in/secret.txt") }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 1)
        #expect(out.stderr.contains("hindsight: \(dir)/in/secret.txt: cannot be read"))
        #expect(Self.goodResultIntact(json))
    }

    @Test func aFileThatVanishedIsNamedAndSkipped() throws {
        // A link whose file is gone reads like a file removed between listing and reading: named, skipped, counted.
        let dir = try Self.inputs([:])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/in/gone.txt", withDestinationPath: dir + "/removed.txt")
        let (out, json) = try Self.export(dir)
        #expect(out.status == 1)
        #expect(out.stderr.contains("hindsight: \(dir)/in/gone.txt: no such file or folder"))
        #expect(out.stderr.contains("skipped 1"))
        #expect(Self.goodResultIntact(json))
    }

    @Test func duplicatesAreCountedOnceWithBothPaths() throws {
        let dir = try Self.inputs(["copy/good-again.txt": Data(Self.goodPage.utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(dir)
        #expect(out.status == 0)
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/good.txt: same content as \(dir)/in/copy/good-again.txt; counted once"))
        let documents = json["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 1)
        #expect((documents.first?["duplicate_paths"] as? [String]) == ["\(dir)/in/good.txt"])
    }

    @Test(.enabled(if: getuid() != 0, "root writes to any folder whatever its permissions"))
    func anOutputInAReadOnlyFolderFailsBeforeReading() throws {
        let dir = try Self.inputs([:])
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/ro")
            try? FileManager.default.removeItem(atPath: dir)
        }
        try FileManager.default.createDirectory(atPath: dir + "/ro", withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir + "/ro")
        let out = try HindsightBinary.run(["export", "--output", dir + "/ro/graph.json", dir + "/in"])
        #expect(out.status == 3)
        #expect(out.stderr.contains("\(dir)/ro/graph.json: cannot write"))
        #expect(!out.stderr.contains("read 1 file"))
    }

    @Test func aFailedWriteLeavesNoPartialFileAndTheInputsUntouched() throws {
        let dir = try Self.inputs([:])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/in/good.txt"))
        // The output path is an existing folder: the rename cannot replace it.
        try FileManager.default.createDirectory(atPath: dir + "/out/graph.json", withIntermediateDirectories: true)
        let out = try HindsightBinary.run(["export", "--output", dir + "/out/graph.json", dir + "/in"])
        #expect(out.status == 3)
        #expect(out.stderr.contains("graph.json"))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir + "/out")
        #expect(left == ["graph.json"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/in/good.txt")) == before)
    }
}
