import Foundation
import Testing

/// `hindsight fetch` against the fixture blog on 127.0.0.1 (Blogger, WordPress and RFC 5005 shapes, and its
/// faults): what is written, the message and the exit code of each case.
@Suite(.enabled(if: BlogServer.pythonAvailable, "needs python3 for the fixture blog server"))
struct FetchCommandTests {
    static let environment = ["NO_COLOR": "1", "no_proxy": "*", "NO_PROXY": "*"]
    static let titles = ["Scotland Goes First", "The Health Act", "Wales and Northern Ireland", "England Smoke Free",
                         "Out of Sight", "No Smoking in Cars with Children", "Plain Packs"]

    /// A new folder; the fetch writes into `<it>/blog`.
    static func workspace() throws -> String { try HindsightBinary.tempDir() }

    static func fetch(_ server: BlogServer, into dir: String, path: String = "/", _ extra: [String] = []) throws -> HindsightBinary.Output {
        try HindsightBinary.run(["fetch", server.base + path, "--output", dir + "/blog", "--delay", "0"] + extra, environment: environment)
    }

    static func atomFiles(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/blog")) ?? []).filter { $0.hasSuffix(".atom") }.sorted()
    }

    /// `hindsight export` of a folder, as JSON.
    static func export(_ folder: String) throws -> (HindsightBinary.Output, [String: Any]) {
        let json = folder + ".export.json"
        let out = try HindsightBinary.run(["export", "-q", "--no-default-entities", "--output", json, folder], environment: environment)
        let data = (try? Data(contentsOf: URL(fileURLWithPath: json))) ?? Data()
        return (out, (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    static func posts(_ json: [String: Any]) -> [[String: Any]] {
        (json["documents"] as? [[String: Any]] ?? []).flatMap { $0["posts"] as? [[String: Any]] ?? [] }
    }

    static func errorLines(_ out: HindsightBinary.Output) -> [String] {
        out.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("hindsight: ") }
    }

    // MARK: The three shapes of blog

    @Test func bloggerBlogWithCommentFeedsAndStartIndexPaging() throws {
        let server = try BlogServer()
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.atomFiles(dir) == ["2006-03-27-scotland-goes-first.atom", "2006-07-20-the-health-act.atom",
                                        "2007-04-30-wales-and-northern-ireland.atom", "2007-07-02-england-smoke-free.atom",
                                        "2012-04-06-out-of-sight.atom", "2015-10-01-no-smoking-in-cars-with-children.atom",
                                        "2016-05-20-plain-packs.atom"])
        #expect(out.stdout.contains("new post: 2007-07-02-england-smoke-free.atom \"England Smoke Free\" with 3 comments"))
        #expect(out.stderr.contains("7 new, 0 updated, 0 new comments; 7 posts in \(dir)/blog"))
        #expect(!out.stderr.contains("fetching:"), "progress is for terminals only")
        let requests = server.requests()
        // robots.txt first; the home page, then three pages of posts by start-index.
        #expect(requests.first?["path"] as? String == "/robots.txt")
        let paths = server.paths
        #expect(paths.contains("/feeds/posts/default?max-results=50&start-index=4"))
        #expect(paths.contains("/feeds/posts/default?max-results=50&start-index=7"))
        // England's three comments come in two pages; posts announcing no comments cost no request.
        #expect(paths.contains("/feeds/1004/comments/default?max-results=50&start-index=3"))
        #expect(!paths.contains { $0.hasPrefix("/feeds/1003/") || $0.hasPrefix("/feeds/1006/") })
        // An honest User-Agent, one request at a time.
        #expect(requests.allSatisfy { ($0["ua"] as? String)?.hasPrefix("Hindsight/") == true })
        let spans = requests.compactMap { r -> (Double, Double)? in
            guard let s = r["start"] as? Double, let e = r["end"] as? Double else { return nil }
            return (s, e)
        }.sorted { $0.0 < $1.0 }
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.1 <= $1.0 + 0.001 })
        // The files read back: posts, threaded comments, and the post's page kept.
        let (export, json) = try Self.export(dir + "/blog")
        #expect(export.status == 0)
        let posts = Self.posts(json)
        #expect(Set(posts.compactMap { $0["title"] as? String }) == Set(Self.titles))
        #expect(posts.reduce(0) { $0 + ($1["comments"] as? Int ?? 0) } == 8)
        let england = try String(contentsOfFile: dir + "/blog/2007-07-02-england-smoke-free.atom", encoding: .utf8)
        #expect(england.contains("<link rel=\"alternate\" type=\"text/html\" href=\"\(server.base)/2007/07/england-smoke-free.html\"/>"))
        #expect(england.contains("<link rel=\"related\" type=\"application/atom+xml\" href=\"\(server.base)/feeds/1004/comments/default/5004\"/>"))
    }

    @Test func wordpressBlogWithPagedRSS() throws {
        let server = try BlogServer(shape: "wordpress")
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.atomFiles(dir).count == 7)
        #expect(server.paths.contains("/feed/?paged=2") && server.paths.contains("/feed/?paged=3"))
        // The comments feed the home page also names is not taken for the posts feed.
        #expect(!server.paths.contains("/comments/feed/"))
        let (_, json) = try Self.export(dir + "/blog")
        let posts = Self.posts(json)
        #expect(Set(posts.compactMap { $0["title"] as? String }) == Set(Self.titles))
        // RSS dates keep their day; comments come from each post's wfw:commentRss feed.
        #expect(posts.first { $0["title"] as? String == "The Health Act" }?["published"] as? String == "2006-07-20")
        #expect(posts.reduce(0) { $0 + ($1["comments"] as? Int ?? 0) } == 8)
        let plain = try String(contentsOfFile: dir + "/blog/2016-05-20-plain-packs.atom", encoding: .utf8)
        #expect(plain.contains("href=\"\(server.base)/2016/05/20/plain-packs/\""))
    }

    @Test func atomFeedFoundAtAUsualPathAndWalkedByNextLinks() throws {
        let server = try BlogServer(shape: "atom")
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.atomFiles(dir).count == 7)
        let paths = server.paths
        #expect(paths.contains("/feeds/posts/default") && paths.contains("/feed/") && paths.contains("/atom.xml"))
        #expect(paths.contains("/atom.xml?page=2") && paths.contains("/atom.xml?page=3") && !paths.contains("/atom.xml?page=4"))
    }

    // MARK: Faults

    @Test func aServerErrorThenSuccessIsRetried() throws {
        let server = try BlogServer(faults: ["500-once"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--retries", "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.atomFiles(dir).count == 7)
        let second = server.requests().filter { ($0["path"] as? String)?.contains("start-index=4") == true && ($0["path"] as? String)?.hasPrefix("/feeds/posts") == true }
        #expect(second.map { $0["status"] as? Int } == [500, 200])
    }

    @Test func serverErrorsAfterTheRetriesStopTheRunKeepingEarlierPosts() throws {
        let server = try BlogServer(faults: ["500-always"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--retries", "1"])
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50&start-index=4: HTTP 500 Internal Server Error after 2 attempts; kept 3 posts in \(dir)/blog (3 new, 0 updated, 0 new comments in this run); run the same command again later to resume"])
        #expect(Self.atomFiles(dir) == ["2012-04-06-out-of-sight.atom", "2015-10-01-no-smoking-in-cars-with-children.atom", "2016-05-20-plain-packs.atom"])
    }

    @Test func tooManyRequestsWaitsForRetryAfter() throws {
        let server = try BlogServer(faults: ["429"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--retries", "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.atomFiles(dir).count == 7)
        let first = server.requests().filter { $0["path"] as? String == "/feeds/posts/default?max-results=50" }
        #expect(first.map { $0["status"] as? Int } == [429, 200])
        if first.count == 2, let end = first[0]["end"] as? Double, let start = first[1]["start"] as? Double {
            #expect(start - end >= 0.95, "the retry came \(start - end) s after a Retry-After of 1 s")
        }
    }

    @Test func aRetryAfterLongerThanFiveMinutesStopsTheRun() throws {
        let server = try BlogServer(faults: ["429-long"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50: HTTP 429 Too Many Requests, asking to wait 86400 s (Retry-After), more than 300 s; kept 0 posts in \(dir)/blog; run the same command again later to resume"])
        #expect(server.paths.filter { $0.hasPrefix("/feeds/") }.count == 1)
        #expect(Self.atomFiles(dir).isEmpty)
    }

    @Test func aSlowResponseTimesOut() throws {
        let server = try BlogServer(faults: ["slow"], extra: ["--slow", "4"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--timeout", "1", "--retries", "0"])
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50&start-index=4: no answer within 1 s (1 attempt); kept 3 posts in \(dir)/blog (3 new, 0 updated, 0 new comments in this run); run the same command again later to resume"])
        #expect(Self.atomFiles(dir).count == 3)
    }

    @Test func aTruncatedBodyStopsTheRunAndEveryFileIsWhole() throws {
        let server = try BlogServer(faults: ["truncated"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--retries", "0"])
        #expect(out.status == 4)
        let lines = Self.errorLines(out)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("hindsight: \(server.base)/feeds/posts/default?max-results=50&start-index=4: the body was cut short after ") == true)
        #expect(lines.first?.hasSuffix("bytes (truncated response); kept 3 posts in \(dir)/blog (3 new, 0 updated, 0 new comments in this run); run the same command again later to resume") == true)
        #expect(Self.atomFiles(dir).count == 3)
        let (export, json) = try Self.export(dir + "/blog")
        #expect(export.status == 0)
        #expect(Self.posts(json).count == 3)
    }

    @Test func aMalformedFeedIsNamedWithItsLine() throws {
        let server = try BlogServer(faults: ["malformed"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 4)
        let line = Self.errorLines(out).first ?? ""
        #expect(line.hasPrefix("hindsight: \(server.base)/feeds/posts/default?max-results=50&start-index=4: line "))
        #expect(line.contains(": malformed feed: malformed XML"))
        #expect(line.contains("kept 3 posts in \(dir)/blog"))
        #expect(Self.atomFiles(dir).count == 3)
    }

    @Test func aRedirectLoopIsRefused() throws {
        let server = try BlogServer(faults: ["redirect-loop"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50: redirect loop; kept 0 posts in \(dir)/blog; check the address"])
        #expect(Self.atomFiles(dir).isEmpty)
    }

    @Test func aRedirectToAFileIsRefused() throws {
        let server = try BlogServer(faults: ["redirect-file"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50: redirect to file:///etc/passwd refused (only http and https are followed); kept 0 posts in \(dir)/blog; check the address"])
        #expect(Self.atomFiles(dir).isEmpty)
    }

    @Test func anEntryIdThatTriesToLeaveTheFolderGetsASafeName() throws {
        let server = try BlogServer(faults: ["escape-id"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.atomFiles(dir).count == 8)
        #expect(Self.atomFiles(dir).contains("2016-03-01-tmp-escaped.atom"))
        // Nothing beside the output folder, and nothing in it but post files and the hidden state.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix("blog") } == [])
        let all = try FileManager.default.contentsOfDirectory(atPath: dir + "/blog").sorted()
        #expect(all == [".hindsight-fetch.json"] + Self.atomFiles(dir))
        let text = try String(contentsOfFile: dir + "/blog/2016-03-01-tmp-escaped.atom", encoding: .utf8)
        #expect(text.contains("<id>../../etc/x</id>"))
    }

    @Test func robotsTxtDisallowingTheFeedIsHonoured() throws {
        let server = try BlogServer(faults: ["robots-disallow"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50: not fetched: \(server.base)/robots.txt does not allow it for Hindsight; kept 0 posts in \(dir)/blog; the site asks robots like Hindsight not to fetch it"])
        #expect(!server.paths.contains { $0.hasPrefix("/feeds/") })
        #expect(Self.atomFiles(dir).isEmpty)
    }

    @Test func aCommentFeedThatFailsSkipsOnlyItsComments() throws {
        let server = try BlogServer(faults: ["comments-500"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--retries", "0"])
        #expect(out.status == 1)
        #expect(Self.errorLines(out).first == "hindsight: \(server.base)/feeds/1001/comments/default?max-results=50: HTTP 500 Internal Server Error; the post is kept without these comments, and they are tried again on the next run")
        #expect(Self.atomFiles(dir).count == 7)
        // Tried again on the next run.
        server.clearLog()
        let again = try Self.fetch(server, into: dir, ["--retries", "0"])
        #expect(again.status == 1)
        #expect(server.paths.contains("/feeds/1001/comments/default?max-results=50"))
    }

    @Test func aRefusedConnectionAndTLSToAPlainServerAreNamed() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let port = BlogServer.closedPort()
        let refused = try HindsightBinary.run(["fetch", "http://127.0.0.1:\(port)/", "--output", dir + "/blog", "--delay", "0", "--retries", "0"],
                                              environment: Self.environment)
        #expect(refused.status == 4)
        #expect(Self.errorLines(refused) == ["hindsight: http://127.0.0.1:\(port)/robots.txt: the connection was refused; kept 0 posts in \(dir)/blog; run the same command again later to resume"])
        let server = try BlogServer()
        let tls = try HindsightBinary.run(["fetch", "https://127.0.0.1:\(server.port)/", "--output", dir + "/blog", "--delay", "0", "--retries", "0"],
                                          environment: Self.environment)
        #expect(tls.status == 4)
        #expect(Self.errorLines(tls).first?.contains("TLS failed") == true, "\(tls.stderr)")
        #expect(Self.atomFiles(dir).isEmpty)
    }

    @Test func limitsOnPagesAndBytesStopTheRunAndARerunContinues() throws {
        let server = try BlogServer()
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir, ["--max-pages", "2"])
        #expect(out.status == 4)
        #expect(Self.errorLines(out).first?.contains(": not fetched: the limit of 2 feed pages (--max-pages) was reached; kept ") == true, "\(out.stderr)")
        let kept = Self.atomFiles(dir).count
        #expect(kept >= 1 && kept < 7)
        let bytes = try Self.fetch(server, into: dir, ["--max-bytes", "3000"])
        #expect(bytes.status == 4)
        #expect(Self.errorLines(bytes).first?.contains("stopped: the limit of 3000 bytes (--max-bytes) was reached") == true, "\(bytes.stderr)")
        let rest = try Self.fetch(server, into: dir)
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(Self.atomFiles(dir).count == 7)
    }

    @Test func aForbiddenFeedIsAClientError() throws {
        let server = try BlogServer(faults: ["forbidden"])
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 4)
        #expect(Self.errorLines(out) == ["hindsight: \(server.base)/feeds/posts/default?max-results=50: HTTP 403 Forbidden; kept 0 posts in \(dir)/blog; check the address"])
        // A 4xx is not retried.
        #expect(server.paths.filter { $0.hasPrefix("/feeds/posts/default") }.count == 1)
        #expect(Self.atomFiles(dir).isEmpty)
    }

    @Test func aFolderHoldsOneBlog() throws {
        let blogger = try BlogServer()
        let wordpress = try BlogServer(shape: "wordpress")
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Self.fetch(blogger, into: dir).status == 0)
        let out = try Self.fetch(wordpress, into: dir)
        #expect(out.status == 3)
        #expect(Self.errorLines(out) == ["hindsight: \(dir)/blog: cannot write: it holds a copy of \(blogger.base)/feeds/posts/default, not of \(wordpress.base)/feed/; give another --output folder; kept 7 posts in \(dir)/blog"])
        #expect(Self.atomFiles(dir).count == 7)
    }

    /// On a terminal (a pseudo-terminal from `script`), progress is redrawn on one line of standard error, and
    /// cleared at the end; with NO_COLOR, messages carry no colour.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressOnATerminal() throws {
        let server = try BlogServer()
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let command = "\(HindsightBinary.path) fetch \(server.base)/ --output \(dir)/blog --delay 0.15 >/dev/null"
        let out = try HindsightBinary.run(["-qec", command, "/dev/null"], environment: Self.environment, executable: "/usr/bin/script")
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.stdout.contains("\r\u{1B}[2Kfetching: "))
        #expect(out.stdout.contains("7 posts in \(dir)/blog"))
        #expect(!out.stdout.contains("\u{1B}[3"), "no colour with NO_COLOR")
        #expect(Self.atomFiles(dir).count == 7)
    }

    @Test func badArguments() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let scheme = try HindsightBinary.run(["fetch", "file:///etc/passwd", "--output", dir + "/blog"], environment: Self.environment)
        #expect(scheme.status == 2)
        #expect(scheme.stderr.contains("file:///etc/passwd: not an http or https address"))
        let size = try HindsightBinary.run(["fetch", "http://127.0.0.1:1/", "--output", dir + "/blog", "--max-bytes", "lots"], environment: Self.environment)
        #expect(size.status == 2)
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        let notFolder = try HindsightBinary.run(["fetch", "http://127.0.0.1:1/", "--output", dir + "/file"], environment: Self.environment)
        #expect(notFolder.status == 3)
        #expect(notFolder.stderr.contains("\(dir)/file: cannot write: not a folder"))
    }

    // MARK: Incremental runs and Ctrl-C

    @Test func aRerunFetchesOnlyTheNewPostAndTheNewComment() throws {
        let server = try BlogServer()
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Self.fetch(server, into: dir).status == 0)
        func modified() throws -> [String: Date] {
            var dates: [String: Date] = [:]
            for f in Self.atomFiles(dir) {
                dates[f] = try FileManager.default.attributesOfItem(atPath: dir + "/blog/" + f)[.modificationDate] as? Date
            }
            return dates
        }
        let before = try modified()
        Thread.sleep(forTimeInterval: 0.05)
        try server.edit { blog in
            var posts = blog["posts"] as! [[String: Any]]
            posts.append(["id": "1008", "slug": "vapes", "title": "Vapes", "published": "2024-01-29T09:00:00+00:00",
                          "content": "<p>The government announced on 29 January 2024 that disposable vapes will be banned.</p>",
                          "comments": [] as [Any]])
            let k = posts.firstIndex { $0["id"] as? String == "1002" }!
            var comments = posts[k]["comments"] as! [[String: Any]]
            comments.append(["id": "5009", "author": "Late Reader", "published": "2006-08-01T10:00:00+01:00", "content": "Scotland first, then the rest."])
            posts[k]["comments"] = comments
            blog["posts"] = posts
        }
        server.clearLog()
        let out = try Self.fetch(server, into: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            new post: 2024-01-29-vapes.atom "Vapes"
            new comment: 2006-07-20-the-health-act.atom on "The Health Act" by Late Reader

            """)
        #expect(out.stderr.contains("1 new, 0 updated, 1 new comment; 8 posts in"))
        // Only the changed post's comment feed was read; the other files were not rewritten.
        let comments = server.paths.filter { $0.contains("/comments/") }
        #expect(comments == ["/feeds/1002/comments/default?max-results=50"])
        let after = try modified()
        for (file, date) in before where file != "2006-07-20-the-health-act.atom" { #expect(after[file] == date, "\(file) was rewritten") }
        #expect(after["2006-07-20-the-health-act.atom"] != before["2006-07-20-the-health-act.atom"])
        // With nothing new, the pages are asked for with their ETags and answer 304.
        server.clearLog()
        let quiet = try Self.fetch(server, into: dir)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(quiet.stderr.contains("no changes"))
        let pages = server.requests().filter { ($0["path"] as? String)?.hasPrefix("/feeds/posts/") == true }
        #expect(!pages.isEmpty && pages.allSatisfy { $0["status"] as? Int == 304 && $0["if_none_match"] is String })
    }

    @Test func ctrlCLeavesWholeFilesAndARerunResumes() throws {
        let server = try BlogServer()
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HindsightBinary.path)
        process.arguments = ["fetch", server.base + "/", "--output", dir + "/blog", "--delay", "0.3"]
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) { $1 }
        let errPath = dir + "/stderr.txt"
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Self.atomFiles(dir).count < 2 && Date() < deadline && process.isRunning { Thread.sleep(forTimeInterval: 0.02) }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        #expect(stderr.contains(": interrupted; kept "), "\(stderr)")
        #expect(stderr.contains("every file whole; run the same command again to resume"))
        let kept = Self.atomFiles(dir)
        #expect(kept.count >= 2 && kept.count < 7)
        // No temporary files; every file reads.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/blog").allSatisfy { $0.hasSuffix(".atom") || $0 == ".hindsight-fetch.json" })
        let (export, json) = try Self.export(dir + "/blog")
        #expect(export.status == 0)
        #expect(Self.posts(json).count == kept.count)
        // The re-run fetches the rest, and only the rest.
        let again = try Self.fetch(server, into: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.atomFiles(dir).count == 7)
        let fetched = again.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").dropFirst(2).first.map(String.init) }
        #expect(Set(fetched).isDisjoint(with: kept))
        #expect(fetched.count == 7 - kept.count)
    }

    // MARK: End to end

    /// The same blog, fetched, and saved by hand as one Blogger-style export, reads the same.
    @Test func fetchedBlogExportsLikeTheSameContentSavedAsAFile() throws {
        let server = try BlogServer()
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try Self.fetch(server, into: dir).status == 0)
        try FileManager.default.createDirectory(atPath: dir + "/saved", withIntermediateDirectories: true)
        try Self.savedExport(server).write(toFile: dir + "/saved/blog-export.xml", atomically: true, encoding: .utf8)
        let (a, fetched) = try Self.export(dir + "/blog")
        let (b, saved) = try Self.export(dir + "/saved")
        #expect(a.status == 0 && b.status == 0)
        func posts(_ j: [String: Any]) -> [String] {
            Self.posts(j).map { "\($0["title"] ?? "") \($0["published"] ?? "") \($0["author"] ?? "") \($0["comments"] as? Int ?? -1)" }.sorted()
        }
        func entities(_ j: [String: Any]) -> [String] {
            (j["entities"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? "") \(($0["mentions"] as? [Any])?.count ?? 0)" }.sorted()
        }
        func events(_ j: [String: Any]) -> [String] {
            (j["events"] as? [[String: Any]] ?? []).map { e in
                let date = (e["date"] as? [String: Any])?["value"] as? String ?? ""
                let kinds = (e["sources"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }.sorted()
                return "\(date) \(e["summary"] ?? "") \(kinds)"
            }.sorted()
        }
        #expect(posts(fetched).count == 7)
        #expect(posts(fetched) == posts(saved))
        #expect(!entities(fetched).isEmpty && entities(fetched) == entities(saved))
        #expect(!events(fetched).isEmpty && events(fetched) == events(saved))
        // Each post keeps its page's address; once the export carries post URLs, they are these.
        let urls = Self.posts(fetched).compactMap { $0["url"] as? String }
        if !urls.isEmpty {
            #expect(Set(urls) == Set(["2006/03/scotland-goes-first", "2006/07/the-health-act", "2007/04/wales-and-northern-ireland",
                                      "2007/07/england-smoke-free", "2012/04/out-of-sight", "2015/10/no-smoking-in-cars-with-children",
                                      "2016/05/plain-packs"].map { "\(server.base)/\($0).html" }))
        }
        for file in Self.atomFiles(dir) {
            let text = try String(contentsOfFile: dir + "/blog/" + file, encoding: .utf8)
            #expect(text.contains("<link rel=\"alternate\" type=\"text/html\" href=\"\(server.base)/20"), "\(file)")
        }
    }

    /// The fixture blog written by this test as one Atom file, as a person saving a Blogger export would have it.
    static func savedExport(_ server: BlogServer) throws -> String {
        let blog = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: server.dataPath))) as! [String: Any]
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&apos;")
        }
        var out = "<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>\n"
        for p in blog["posts"] as! [[String: Any]] {
            let id = "post-\(p["id"]!)"
            let published = p["published"] as! String
            let url = "\(server.base)/\(published.prefix(4))/\(published.dropFirst(5).prefix(2))/\(p["slug"]!).html"
            out += "<entry><id>\(id)</id><published>\(published)</published><title type='text'>\(esc(p["title"] as! String))</title>\n"
            out += "<author><name>\(esc(blog["author"] as! String))</name></author><link rel='alternate' type='text/html' href='\(url)'/>\n"
            out += "<content type='html'>\(esc(p["content"] as! String))</content></entry>\n"
            for c in p["comments"] as! [[String: Any]] {
                out += "<entry><id>c-\(c["id"]!)</id><published>\(c["published"]!)</published><author><name>\(esc(c["author"] as! String))</name></author>\n"
                out += "<link rel='self' href='c-\(c["id"]!)'/>" + (c["parent"].map { "<link rel='related' href='c-\($0)'/>" } ?? "")
                out += "<thr:in-reply-to ref='\(id)'/><content type='html'>\(esc(c["content"] as! String))</content></entry>\n"
            }
        }
        return out + "</feed>\n"
    }
}
