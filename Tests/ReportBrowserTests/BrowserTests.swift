import Foundation
import Testing

/// The report as a reader meets it: written by the built `hindsight` from the sample corpus (and from a corpus of
/// hostile names), then opened in headless Chromium driven by selenium (`browser_checks.py`, one check per test).
///
/// Needs `/usr/bin/chromium`, `/usr/bin/chromedriver` (Debian's `chromium` and `chromium-driver`, installed by
/// `Scripts/setup`) and the virtual environment `.venv-test` with `selenium` and `axe-selenium-python` (made by
/// `Scripts/test`); the tests skip, saying so, when one is missing.
@Suite(.serialized, .enabled(if: Browser.available, Comment(rawValue: Browser.missing)))
struct BrowserTests {
    @Test func homeLoadsWithoutConsoleErrors() throws { try Browser.check("home") }
    @Test func everyInternalLinkResolvesInTheFolder() throws { try Browser.check("links") }
    @Test func clickingAMapNodeOpensItsPage() throws { try Browser.check("map-click") }
    @Test func searchFindsAnEntityByAliasAndAnEventByAWord() throws { try Browser.check("search") }
    @Test func timelineFiltersChangeWhatIsShown() throws { try Browser.check("filters") }
    @Test func contentIsThereWithoutJavaScript() throws { try Browser.check("nojs") }
    @Test func noRequestLeavesTheFolder() throws { try Browser.check("requests") }
    @Test func hostileNamesRenderAsTextAndRunNothing() throws { try Browser.check("hostile") }
    @Test func axeFindsNoSeriousViolation() throws { try Browser.check("axe") }
    @Test func printingShowsEveryEventWithoutTheControls() throws { try Browser.check("print") }
    @Test func keyboardFocusIsVisible() throws { try Browser.check("focus") }
    @Test func screenshotsAreTaken() throws {
        try Browser.check("screenshots")
        for name in ["report-home.png", "report-entity.png", "report-timeline.png"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: Browser.fixture().shots + "/" + name)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(name) is \(size) bytes")
        }
    }
}

enum Browser {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let python = root + "/.venv-test/bin/python"
    static let script = root + "/Tests/ReportBrowserTests/browser_checks.py"

    /// Why the tests cannot run here, or "" when they can.
    static let missing: String = {
        let fm = FileManager.default
        if !fm.isExecutableFile(atPath: "/usr/bin/chromium") { return "Chromium is not installed (run Scripts/setup)" }
        if !fm.isExecutableFile(atPath: "/usr/bin/chromedriver") { return "chromedriver is not installed (run Scripts/setup)" }
        if !fm.isExecutableFile(atPath: python) { return ".venv-test is missing (Scripts/test makes it)" }
        guard let probe = try? run(python, ["-c", "import selenium, axe_selenium_python"]), probe.status == 0 else {
            return ".venv-test lacks selenium or axe-selenium-python (Scripts/test installs them)"
        }
        return ""
    }()
    static var available: Bool { missing.isEmpty }

    struct Fixture {
        var report: String
        var hostile: String
        var shots: String
    }

    /// The two reports, written once for the whole suite.
    static func fixture() throws -> Fixture { try fixtureResult.get() }

    private static let fixtureResult: Result<Fixture, Error> = Result {
        let dir = NSTemporaryDirectory() + "hindsight-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fixture = Fixture(report: dir + "/report", hostile: dir + "/hostile", shots: ProcessInfo.processInfo
            .environment["HINDSIGHT_SCREENSHOTS"] ?? dir + "/shots")
        let sample = try run(hindsight, ["report", "-q", "--output", fixture.report, "Corpus"])
        guard sample.status == 0 else { throw Failure("hindsight report on Corpus/ exited \(sample.status): \(sample.output)") }
        let (corpus, entities) = try HostileCorpus.write(in: dir)
        let hostile = try run(hindsight, ["report", "-q", "--all", "--no-default-entities", "--entities", entities,
                                          "--title", "Report <script>window.__pwned=7</script>", "--output",
                                          fixture.hostile, corpus])
        guard hostile.status == 0 else { throw Failure("hindsight report on the hostile corpus exited \(hostile.status): \(hostile.output)") }
        return fixture
    }

    /// Runs one check of `browser_checks.py` and fails the test with its message when it fails.
    static func check(_ name: String) throws {
        let f = try fixture()
        let result = try run(python, [script, "--report", f.report, "--hostile", f.hostile, "--shots", f.shots, name])
        let lines = result.output.split(separator: "\n").map(String.init)
        let verdict = lines.first { $0.hasPrefix("ok \(name):") || $0.hasPrefix("FAIL \(name):") }
        #expect(result.status == 0 && verdict?.hasPrefix("ok ") == true, "\(result.output)")
        if let verdict { print(verdict) }
    }

    static var hindsight: String {
        let exe = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        var candidates: [String] = []
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("hindsight").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(root + "/.build/debug/hindsight")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// Runs a program, standard output and error together.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A small corpus whose names and sentences try to break out of the page: markup, quotes, `</title>`,
/// `javascript:` addresses and bidi controls. Written in our own words.
enum HostileCorpus {
    static func write(in dir: String) throws -> (corpus: String, entities: String) {
        let corpus = dir + "/hostile-corpus", entities = dir + "/hostile-entities"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: entities, withIntermediateDirectories: true)
        let records = """
        {"description": "Hostile names for the report's escaping tests.", "records": [
          {"name": "Mallory \\"</title><script>window.__pwned=1</script>\\" Quill", "type": "person",
           "aliases": ["Mallory Quill"], "sources": ["https://example.org/test"],
           "roles": [{"title": "Director <b onmouseover=window.__pwned=2>", "organization": "Acme Trust"}]},
          {"name": "Acme <img src=x onerror=\\"window.__pwned=3\\"> Trust", "type": "organization",
           "aliases": ["Acme Trust"], "sources": ["https://example.org/test"]},
          {"name": "javascript:window.__pwned=4", "type": "programme", "aliases": ["Scheme Zed"],
           "sources": ["https://example.org/test"]},
          {"name": "Evil \\u202Egnp.exe Town", "type": "place", "aliases": ["Evil Town"],
           "sources": ["https://example.org/test"]}
        ]}
        """
        try records.write(toFile: entities + "/hostile.json", atomically: true, encoding: .utf8)
        let post1 = """
        Tuesday 3 March 2015

        </title><script>window.__pwned=5</script> A "quoted" title

        On 3 March 2015 Mallory Quill announced that Acme Trust would run Scheme Zed <script>window.__pwned=6</script> in Evil Town.

        In April 2016 Acme Trust said "><img src=x onerror=window.__pwned=7> and javascript:alert(8) were only words, and Mallory Quill agreed.

        In May 2017 Mallory Quill left Acme Trust, and Scheme Zed closed in Evil Town \u{202E}reversed text\u{202C} the same year.
        """
        let post2 = """
        Friday 9 June 2017

        Another post about Scheme Zed

        In June 2017 Mallory Quill wrote to Acme Trust about Scheme Zed and Evil Town once more.

        By 2018 Acme Trust had left Evil Town, as Mallory Quill said it would.
        """
        try post1.write(toFile: corpus + "/2015-03-03-hostile.txt", atomically: true, encoding: .utf8)
        try post2.write(toFile: corpus + "/2017-06-09-hostile.txt", atomically: true, encoding: .utf8)
        return (corpus, entities)
    }
}
