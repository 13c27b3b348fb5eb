import Corpus
import Foundation
import Testing

/// Finding, reading and decoding files.
@Suite struct CorpusReaderTests {
    func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "hindsight-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func stableOrderAndHiddenFilesSkipped() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/b", withIntermediateDirectories: true)
        for (name, text) in [("b/2.txt", "two"), ("a.txt", "one"), (".hidden.txt", "no"), ("B.txt", "three")] {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        let (files, errors) = CorpusReader.listFiles([dir])
        #expect(errors.isEmpty)
        #expect(files.map { String($0.dropFirst(dir.count + 1)) } == ["B.txt", "a.txt", "b/2.txt"])
    }

    @Test func binaryWindows1252AndDuplicates() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: dir + "/x.pdf"))
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94]).write(to: URL(fileURLWithPath: dir + "/latin.txt"))
        try "Same text".write(toFile: dir + "/one.txt", atomically: true, encoding: .utf8)
        try "Same text".write(toFile: dir + "/two.txt", atomically: true, encoding: .utf8)
        let result = CorpusReader().read(paths: [dir], threads: 2)
        #expect(result.errors == [.binary(path: dir + "/x.pdf", offset: 4)])
        #expect(result.errors[0].description == "\(dir)/x.pdf: not text (NUL byte at offset 4); skipped")
        #expect(result.warnings.contains(.decodedAsWindows1252(path: dir + "/latin.txt")))
        let latin = try #require(result.documents.first { $0.path.hasSuffix("latin.txt") })
        #expect(latin.posts.first?.passages.first?.text == "Café \u{201C}q\u{201D}")
        #expect(result.documents.count == 2)
        let one = try #require(result.documents.first { $0.path.hasSuffix("one.txt") })
        #expect(one.duplicatePaths == [dir + "/two.txt"])
        #expect(result.warnings.contains(.duplicate(path: dir + "/two.txt", of: dir + "/one.txt")))
    }

    @Test func missingPathsAndSymlinkLoops() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/sub/loop", withDestinationPath: dir)
        try "text".write(toFile: dir + "/sub/a.txt", atomically: true, encoding: .utf8)
        let (files, errors) = CorpusReader.listFiles([dir, dir + "/nope.txt"])
        #expect(files == [dir + "/sub/a.txt"])
        #expect(errors.contains(.missing(path: dir + "/nope.txt")))
        #expect(errors.contains { if case .symlinkLoop = $0 { return true } else { return false } })
    }

    @Test func aHundredMegabyteSingleLineIsOneUndatedPost() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let unit = "words without a line break, "
        let text = String(repeating: unit, count: (100 << 20) / unit.utf8.count)
        #expect(FileManager.default.createFile(atPath: dir + "/long.txt", contents: Data(text.utf8)))
        let result = CorpusReader().read(paths: [dir], threads: 2)
        #expect(result.errors.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.posts.count == 1)
        #expect(doc.posts[0].published == nil)
        #expect(doc.posts[0].passages.map(\.firstLine) == [1])
        #expect(doc.posts[0].passages[0].text.utf8.count > 100_000_000)
    }

    @Test func threadCountDoesNotChangeTheResult() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in 0..<20 {
            try "Monday, \(i + 1) June 2015\n\nTitle \(i)\n\nBody \(i).".write(toFile: dir + "/p\(i).txt", atomically: true, encoding: .utf8)
        }
        let one = CorpusReader().read(paths: [dir], threads: 1)
        let many = CorpusReader().read(paths: [dir], threads: 4)
        #expect(one.documents == many.documents)
    }
}
