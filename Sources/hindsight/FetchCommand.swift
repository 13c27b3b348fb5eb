import ArgumentParser
import Fetch
import Foundation

/// `hindsight fetch`: a blog's posts and comments, through its feeds, into a folder of Atom files.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a blog's posts and comments through its feeds, politely, and keep the copy current.",
        discussion: """
            URL is the blog's address (its feed is found from the page's <link rel="alternate">, else from the \
            usual paths: /feeds/posts/default on Blogger, /feed/ on WordPress, /atom.xml, /rss.xml...) or the \
            feed's own address. Every page of the feed is read (Atom rel="next", Blogger's start-index, \
            WordPress's paged), and each post's comment feed. Each post is written to DIR as one Atom file with \
            its comments, named after its day and title, with the post's address kept; `hindsight export DIR` \
            then reads them.

            Run it again to update the copy: only new or changed posts, and posts with new comments, are fetched \
            (the state is kept in DIR/.hindsight-fetch.json), and what changed is printed.

            Politeness: one request at a time, --delay seconds between requests (or robots.txt's Crawl-delay \
            when longer), robots.txt honoured, Retry-After and 429/503 honoured with backoff, redirects followed \
            only to http and https, at most 5 in a row. Files are written whole; Ctrl-C stops after the current \
            request and a re-run resumes.

            EXIT CODES
              0    the whole feed was read
              1    finished, but some posts' comments could not be read (each named; tried again next run)
              2    usage error
              3    DIR or a file in it could not be written
              4    stopped before the end of the feed (network, HTTP error, malformed feed, robots.txt, a \
            limit): what was fetched is kept, and a re-run resumes
              130  interrupted (Ctrl-C): every file is whole, and a re-run resumes

            Example: hindsight fetch https://blog.example.org/ --output blog && hindsight export blog
            """)

    @Argument(help: "The blog's address, or its feed's (http or https).")
    var url: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the posts into (created when missing).", valueName: "dir"))
    var output: String

    @Option(help: "Seconds to wait between requests.")
    var delay: Double = 1

    @Option(help: "Seconds to wait for an answer before trying again.")
    var timeout: Double = 30

    @Option(help: "How many times to try a request again after a timeout, a lost connection, a 429 or a 5xx.")
    var retries: Int = 3

    @Option(help: "The most feed pages (post and comment pages) to fetch in this run.")
    var maxPages: Int = 10_000

    @Option(help: ArgumentHelp("The most bytes to download in this run (a number, or with k, M or G).", valueName: "size"))
    var maxBytes: String = "1G"

    @Flag(name: .shortAndLong, help: "Say nothing on standard error but errors.")
    var quiet = false

    static let userAgent = "Hindsight/\(Hindsight.configuration.version) (+a research tool that reads blogs about a policy's history; one request at a time)"

    func validate() throws {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https", u.host?.isEmpty == false else {
            throw ValidationError("\(url): not an http or https address (give the blog's address, as https://blog.example.org/).")
        }
        guard delay >= 0 else { throw ValidationError("--delay must be 0 or more seconds.") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds.") }
        guard retries >= 0 else { throw ValidationError("--retries must be 0 or more.") }
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be at least 1.") }
        guard Self.bytes(maxBytes) != nil else { throw ValidationError("--max-bytes \(maxBytes): give a number of bytes, as 500000, 200k, 50M or 1G.") }
    }

    /// `500000`, `200k`, `50M`, `1G` as bytes.
    static func bytes(_ text: String) -> Int? {
        let units: [Character: Int] = ["k": 1 << 10, "K": 1 << 10, "m": 1 << 20, "M": 1 << 20, "g": 1 << 30, "G": 1 << 30]
        var digits = Substring(text)
        var unit = 1
        if let last = digits.last, let u = units[last] { unit = u; digits = digits.dropLast() }
        guard let n = Int(digits), n > 0 else { return nil }
        return n * unit
    }

    func run() throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDir), !isDir.boolValue {
            throw Failure.outputNotWritten("\(output): cannot write: not a folder; give a folder for --output")
        }
        var settings = FetchSettings(userAgent: Self.userAgent)
        settings.delay = delay
        settings.timeout = timeout
        settings.retries = retries
        settings.maxPages = maxPages
        settings.maxBytes = Self.bytes(maxBytes)!
        let client = PoliteHTTPClient(settings: settings)

        // Ctrl-C (and SIGTERM) stop the run after the current request; the files written are whole. The signals
        // are unblocked first, since a parent process may have blocked them and the mask is inherited.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigaddset(&mask, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let signals = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
        for s in signals { s.setEventHandler { client.cancel() }; s.resume() }

        let fetcher = FeedFetcher(client: client, folder: output)
        let progress = FetchProgressLine(enabled: !quiet && Terminal.isTerminal(STDERR_FILENO))
        fetcher.onProgress = { progress.update($0) }
        let report = fetcher.run(address: URL(string: url)!)
        progress.finish()

        for change in report.changes { print(Self.line(change)) }
        for skipped in report.skipped {
            Terminal.error("\(skipped); the post is kept without these comments, and they are tried again on the next run")
        }
        let kept = "kept \(report.postFiles) post\(report.postFiles == 1 ? "" : "s") in \(output)"
        if let stopped = report.stopped {
            switch stopped {
            case .write:
                throw Failure.outputNotWritten("\(stopped); \(kept)")
            case .interrupted:
                throw Failure.interrupted("\(stopped); \(kept), every file whole; run the same command again to resume")
            default:
                throw Failure.fetchStopped("\(stopped); \(kept)\(Self.changed(report)); \(Self.advice(stopped))")
            }
        }
        if !quiet { Terminal.note(Self.summary(report, folder: output)) }
        if !report.skipped.isEmpty { throw ExitCode(1) }
    }

    static func line(_ c: FetchChange) -> String {
        let title = c.title.map { "\"\($0)\"" } ?? "(untitled)"
        switch c.kind {
        case .newPost: return "new post: \(c.file) \(title)" + (c.comments.map { $0 > 0 ? " with \($0) comment\($0 == 1 ? "" : "s")" : "" } ?? "")
        case .updatedPost: return "updated post: \(c.file) \(title)"
        case .newComment: return "new comment: \(c.file) on \(title)" + (c.author.map { " by \($0)" } ?? "")
        }
    }

    static func changed(_ r: FetchReport) -> String {
        r.changes.isEmpty ? "" : " (\(r.newPosts) new, \(r.updatedPosts) updated, \(r.newComments) new comments in this run)"
    }

    static func advice(_ e: FetchError) -> String {
        switch e {
        case .disallowedByRobots: return "the site asks robots like Hindsight not to fetch it"
        case .noFeedFound: return "give the feed's own address"
        case .pageLimit, .byteLimit: return "run the same command again (or raise the limit) to fetch the rest"
        case .redirectRefused, .redirectLoop, .tooManyRedirects: return "check the address"
        case .http(_, let status, _) where status < 500 && status != 429 && status != 408: return "check the address"
        default: return "run the same command again later to resume"
        }
    }

    static func summary(_ r: FetchReport, folder: String) -> String {
        var text = "\(r.feed ?? ""): \(r.pages) feed page\(r.pages == 1 ? "" : "s")"
        if r.notModified > 0 { text += " (\(r.notModified) unchanged)" }
        text += ", \(r.postsSeen) post\(r.postsSeen == 1 ? "" : "s"); "
        text += r.changes.isEmpty ? "no changes" : "\(r.newPosts) new, \(r.updatedPosts) updated, \(r.newComments) new comment\(r.newComments == 1 ? "" : "s")"
        return text + "; \(r.postFiles) post\(r.postFiles == 1 ? "" : "s") in \(folder)"
    }
}

/// The fetch's progress on one redrawn line of a terminal's standard error.
final class FetchProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var last = ContinuousClock.now
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ p: FetchProgress) {
        guard enabled, ContinuousClock.now - last > .milliseconds(100) else { return }
        last = ContinuousClock.now
        drawn = true
        let text = "fetching: \(p.pages) pages, \(p.posts) posts, \(p.written) written: \(p.url)"
        let width = 100
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + String(text.prefix(width))).utf8))
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
