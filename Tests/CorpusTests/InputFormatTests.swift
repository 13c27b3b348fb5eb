import Corpus
import Foundation
import Testing

/// Choosing a format by content, forcing one, and reading a folder that holds a broken feed.
@Suite struct InputFormatTests {
    @Test func detectionByContent() {
        #expect(InputFormat.detect(text: "<?xml version='1.0'?>\n<!-- c -->\n<feed xmlns='http://www.w3.org/2005/Atom'>", path: "a.xml") == .atom)
        #expect(InputFormat.detect(text: "\n  <rss version=\"2.0\"><channel>", path: "a.txt") == .rss)
        #expect(InputFormat.detect(text: "<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", path: "a") == .rss)
        #expect(InputFormat.detect(text: "<!DOCTYPE html>\n<html>", path: "page.txt") == .html)
        #expect(InputFormat.detect(text: "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", path: "x") == .html)
        #expect(InputFormat.detect(text: "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>", path: "x.xml") == .html)
        #expect(InputFormat.detect(text: "<div class='post'>saved fragment</div>", path: "x") == .html)
        #expect(InputFormat.detect(text: "Friday, 15 January 2016\n\nA Title", path: "page.html") == .html)  // by extension
        #expect(InputFormat.detect(text: "Friday, 15 January 2016\n\nA Title", path: "page.txt") == .text)
        #expect(InputFormat.detect(text: "<unknown>", path: "notes.atom") == .atom)
        #expect(InputFormat.detect(text: "<unknown>", path: "notes") == .text)
        #expect(InputFormat.detect(text: "", path: "empty.rss") == .rss)
    }

    @Test func everyFormatHasAReader() throws {
        let page = "Monday, 2 June 2014\n\nThe Split\n\nToday it happened."
        #expect(InputFormat.allCases.map(\.rawValue) == ["text", "html", "atom", "rss"])
        #expect(try InputFormat.text.reader.read(text: page, path: "p.txt").posts.first?.title == "The Split")
        #expect(try InputFormat.html.reader.read(text: page, path: "p.txt").format == "html")
        #expect(throws: CorpusError.self) { try InputFormat.atom.reader.read(text: page, path: "p.txt") }
        #expect(throws: CorpusError.self) { try InputFormat.rss.reader.read(text: page, path: "p.txt") }
    }

    @Test func forcedFormatOverridesDetection() throws {
        let feed = "<rss><channel><item><title>T</title><description>Body.</description></item></channel></rss>"
        let file = try CorpusReader.decode(bytes: Array(feed.utf8), path: "f.txt").get()
        #expect(try CorpusReader().parse(file).format == "rss")
        #expect(try CorpusReader(forcedFormat: .text).parse(file).format == "text")
        #expect(try CorpusReader(forcedFormat: .html).parse(file).format == "html")
    }

    @Test func aBrokenFeedDoesNotStopTheCorpus() throws {
        let dir = NSTemporaryDirectory() + "hindsight-feeds-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = "<?xml version='1.0'?>\n<rss version='2.0'>\n<channel>\n<item>\n<title>Cut short\n"
        try bad.write(toFile: dir + "/a-bad-feed.xml", atomically: true, encoding: .utf8)
        try "Monday, 2 June 2014\n\nThe Split\n\nToday the NPS and the CRCs began.".write(toFile: dir + "/b-page.txt", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Fixtures.path("rss-feed.xml"), toPath: dir + "/c-feed.xml")

        let result = CorpusReader().read(paths: [dir], threads: 2)
        #expect(result.filesFound == 3)
        #expect(result.errors.count == 1)
        guard case .malformed(let path, let line, let reason) = try #require(result.errors.first) else {
            Issue.record("expected a malformed-file error, got \(result.errors)")
            return
        }
        #expect(path == dir + "/a-bad-feed.xml")
        #expect(line == 5 || line == 6)
        #expect(reason.hasPrefix("malformed XML"))
        #expect(result.errors[0].description.hasPrefix("\(dir)/a-bad-feed.xml:\(line!): malformed XML"))
        #expect(result.errors[0].description.hasSuffix("; skipped"))
        #expect(result.documents.map(\.fileName) == ["b-page.txt", "c-feed.xml"])
        #expect(result.documents.map(\.format) == ["text", "rss"])
        #expect(result.documents[1].posts.count == 3)
    }

    @Test func feedsReadInParallelGiveTheSameResult() throws {
        let dir = NSTemporaryDirectory() + "hindsight-feeds-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for k in 0..<4 {
            for name in ["blogger-export.xml", "rss-feed.xml", "post-page.html"] {
                // Distinct bytes, so that no file counts as a duplicate of another.
                try (try Fixtures.text(name) + "\n<!-- copy \(k) -->\n").write(toFile: dir + "/\(k)-\(name)", atomically: true, encoding: .utf8)
            }
            try "<rss>\n<channel>\n<item>\(k)</channel>".write(toFile: dir + "/\(k)-bad.xml", atomically: true, encoding: .utf8)
        }
        let one = CorpusReader().read(paths: [dir], threads: 1)
        let many = CorpusReader().read(paths: [dir], threads: 4)
        #expect(one.documents.count == 12)
        #expect(one.errors.count == 4)
        #expect(one.documents == many.documents)
        #expect(one.errors == many.errors)
        #expect(one.errors.allSatisfy { if case .malformed(_, 3, _) = $0 { return true } else { return false } })
    }
}
