import Foundation
import Testing

/// Inputs that once hung, crashed or silently lost text, run through the binary: special files, huge files,
/// names that are not UTF-8, feeds nested or expanded without bound.
@Suite struct HostileInputTests {
    static func export(_ args: [String], timeout: Double = 120) throws -> (HindsightBinary.Output, [String: Any]) {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try HindsightBinary.run(["export", "--output", dir + "/graph.json"] + args, environment: ["NO_COLOR": "1"],
                                          timeout: timeout)
        let data = (try? Data(contentsOf: URL(fileURLWithPath: dir + "/graph.json"))) ?? Data()
        return (out, (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    static func documentPaths(_ json: [String: Any]) -> [String] {
        (json["documents"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
    }

    @Test func aFIFOOrADeviceIsNotReadAndNeverBlocks() throws {
        let dir = try BadInputTests.inputs([:])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/in/pipe.txt", 0o644) == 0)
        // Found in a folder: passed over with a warning; the run is complete.
        let (inFolder, json) = try Self.export([dir + "/in"], timeout: 60)
        #expect(!inFolder.signalled)
        #expect(inFolder.status == 0, "\(inFolder.stderr)")
        #expect(inFolder.stderr.contains("hindsight: warning: \(dir)/in/pipe.txt: a FIFO, not a file; skipped"))
        #expect(BadInputTests.goodResultIntact(json))
        // Named on the command line: an error, exit code 1, and the other files are still read.
        let (named, namedJSON) = try Self.export([dir + "/in/pipe.txt", "/dev/zero", dir + "/in/good.txt"], timeout: 60)
        #expect(!named.signalled)
        #expect(named.status == 1, "\(named.stderr)")
        #expect(named.stderr.contains("hindsight: \(dir)/in/pipe.txt: a FIFO, not a file; only regular files are read"))
        #expect(named.stderr.contains("hindsight: /dev/zero: a character device, not a file; only regular files are read"))
        #expect(BadInputTests.goodResultIntact(namedJSON))
    }

    @Test func aFileOverTheSizeLimitIsSkippedBeforeItIsRead() throws {
        let big = String(repeating: "The Ministry of Justice met Napo on 3 March 2015. ", count: 100)
        let dir = try BadInputTests.inputs(["big.txt": Data(big.utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export(["--max-file-size", "1K", dir + "/in"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("hindsight: \(dir)/in/big.txt: \(big.utf8.count) bytes, over the limit of 1000 (raise it with --max-file-size); skipped"))
        #expect(BadInputTests.goodResultIntact(json))
        let (all, allJSON) = try Self.export(["--max-file-size", "1M", dir + "/in"])
        #expect(all.status == 0)
        #expect(Self.documentPaths(allJSON).count == 2)
        let bad = try HindsightBinary.run(["export", "--max-file-size", "lots", dir + "/in"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--max-file-size lots"))
    }

    @Test func aFileNameThatIsNotUTF8IsReadAndPrintedEscaped() throws {
        let dir = try BadInputTests.inputs([:])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // "café.txt" in Latin-1: é is the single byte 0xE9.
        let name = Array((dir + "/in/caf").utf8) + [0xE9] + Array(".txt".utf8)
        let fd = open(name.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(fd >= 0)
        let text = Array("Tuesday, 2 June 2015\n\nCafe Talk\n\nNapo met on 4 April 2015.\n".utf8)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let (out, json) = try Self.export([dir + "/in"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.documentPaths(json).contains(dir + "/in/caf\\xE9.txt"))
        #expect((json["dates"] as? [[String: Any]] ?? []).contains { $0["value"] as? String == "2015-04-04" })
        // Named on the command line.
        let named = try HindsightBinary.run(["-c", "exec \"$0\" export -q --output /dev/stdout \"$1\"$(printf 'caf\\351.txt')", HindsightBinary.path, dir + "/in/"],
                                            executable: "/bin/sh")
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("caf\\\\xE9.txt"))
        #expect(named.stdout.contains("2015-04-04"))
        // The same file, empty: its warning names it escaped.
        _ = truncate(name.map { CChar(bitPattern: $0) } + [0], 0)
        let (empty, _) = try Self.export([dir + "/in"])
        #expect(empty.stderr.contains("hindsight: warning: \(dir)/in/caf\\xE9.txt: empty; no posts"))
    }

    @Test func aDeeplyNestedFeedIsSkippedWithALineAndTheRunGoesOn() throws {
        let depth = 60_000
        let deep = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "\n</feed>\n"
        let html = "<html><body>" + String(repeating: "<div>", count: 200_000) + "Napo met on 5 May 2015.</body></html>"
        let dir = try BadInputTests.inputs(["deep.atom": Data(deep.utf8), "open.html": Data(html.utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export([dir + "/in"])
        #expect(!out.signalled)
        #expect(out.status == 1)
        #expect(out.stderr.contains("hindsight: \(dir)/in/deep.atom:3: elements nested more than 400 deep in a file read as an Atom feed; skipped"))
        #expect(BadInputTests.goodResultIntact(json))
        #expect((json["dates"] as? [[String: Any]] ?? []).contains { $0["value"] as? String == "2015-05-05" })
    }

    @Test func feedEntitiesKeepTheirWords() throws {
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY moj "Ministry of Justice"> <!ENTITY ext SYSTEM "file:///etc/hostname"> ]>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Talks</title><pubDate>Mon, 01 Jun 2015 10:00:00 +0000</pubDate>
            <description>Napo met the &moj; on 3 March 2015 about &ext; and then the National Probation Service.</description></item>
            </channel></rss>
            """
        let dir = try BadInputTests.inputs(["feed.rss": Data(feed.utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try Self.export([dir + "/in"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/feed.rss:5: external entity &ext; not fetched; kept as written"))
        let names = (json["entities"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("Ministry of Justice"))
        let mentions = (json["entities"] as? [[String: Any]] ?? []).flatMap { $0["mentions"] as? [[String: Any]] ?? [] }
        #expect(mentions.contains { ($0["document"] as? String)?.hasSuffix("feed.rss") == true && ($0["text"] as? String)?.contains("National Probation Service") == true })
    }

    @Test func controlCharactersInFileNamesAreEscapedOnTheTerminalAndInJSON() throws {
        // A file name holding the 8-bit CSI (U+009B) and a right-to-left override (U+202E).
        let dir = try BadInputTests.inputs(["x\u{9B}31m\u{202E}txt.txt": Data(BadInputTests.goodPage.utf8 + Array("More words.\n".utf8)),
                                            "empty\u{9B}.txt": Data()])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dirOut = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dirOut) }
        let out = try HindsightBinary.run(["export", "--output", dirOut + "/g.json", dir + "/in"])
        #expect(out.stderr.contains("empty\\u{9B}.txt: empty; no posts"))
        #expect(!out.stderr.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        let raw = try String(contentsOfFile: dirOut + "/g.json", encoding: .utf8)
        #expect(raw.contains(#"x\u009b31m\u202etxt.txt"#))
        #expect(!raw.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
    }
}

/// Dates that cannot be, through the binary: an impossible dateline, years out of range, days no month has, a
/// page dated in the future.
@Suite struct ImpossibleDateTests {
    @Test func datesThatCannotBeAreNotDatesAndDatelinesSaySo() throws {
        let future = CalendarYear.current + 3
        let page = """
            Monday, 1 June 2015

            Sums and Typos

            Codes 1 January 9999, 1 January 0001, 0 March 2015, 32 March 2015, March 9999 and the year 1750 are none.
            But 2 March 2015 is one.

            Monday, 31 February 2015

            A Title That Stays

            The hostel shut on 3 February 2015.

            Friday, 1 June \(future)

            From The Future

            Words.

            """
        let dir = try BadInputTests.inputs(["dates.txt": Data(page.utf8)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (out, json) = try HostileInputTests.export([dir + "/in/dates.txt"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/dates.txt:8: dateline \"Monday, 31 February 2015\" names a day that does not exist"))
        #expect(out.stderr.contains("hindsight: warning: \(dir)/in/dates.txt:14: dated \(future)-06-01, more than a year from today"))
        let values = (json["dates"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(values.contains("2015-03-02"))
        for wrong in ["2015-03", "1750", "2015-01-01"] { #expect(!values.contains(wrong), "\(wrong)") }
        #expect(!values.contains { $0.hasPrefix("9999") || $0.hasPrefix("0001") || $0.hasPrefix("2099") || $0.hasPrefix("2100") })
        let posts = (json["documents"] as? [[String: Any]] ?? []).flatMap { $0["posts"] as? [[String: Any]] ?? [] }
        let kept = try #require(posts.first { $0["title"] as? String == "A Title That Stays" })
        #expect(kept["published"] as? String == "2015-02-03")
        #expect(kept["published_inferred"] as? Bool == true)
    }
}

enum CalendarYear {
    static var current: Int {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return Int(parts.tm_year) + 1900
    }
}
