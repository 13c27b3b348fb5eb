import ArgumentParser
import Foundation
import GraphModel
import GraphvizExport
import Report

/// `hindsight report`: a static web site of the graph and the timeline.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a web site to browse and share: an overview, a page per entity, the timeline, search.",
        discussion: """
            The site is a folder of HTML pages that opens from the file system (no server needed) and makes no \
            request to any other host: send the folder, or publish it as it is. Start at DIR/index.html.

            The overview gives the corpus at a glance, the key events on a time axis, the relationship map (click \
            a name to open its page) and the most mentioned people and organisations. Each entity mentioned at \
            least --min-mentions times (every one with --all) gets a page: its names, roles and relations with \
            their sources, its events, the map around it and its mentions quoted with their post and line. The \
            timeline lists every event by year, with filters; a large corpus gets a page per year. Search finds \
            entities by any of their names and events by their words.

            DIR is written whole or not at all: the pages are written beside it first, then moved in. Files in \
            DIR that hindsight did not write are left alone.

            Examples:
              hindsight report --output report Corpus/
              hindsight report --all --title "Probation reform" -o site Corpus/ more-posts/
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site into.", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("Give a page to entities mentioned at least this many times.", valueName: "n"))
    var minMentions: Int = 3

    @Flag(help: "Give every entity a page, however rarely mentioned.")
    var all = false

    @Option(help: ArgumentHelp("The site's name (default: \"Hindsight report: \" and the corpus folders' names).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Entities on the overview's map.", valueName: "n"))
    var mapTop: Int = 40

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if minMentions < 1 { throw ValidationError("--min-mentions must be at least 1 (or give --all).") }
        if mapTop < 1 { throw ValidationError("--map-top must be at least 1.") }
        if output.trimmingCharacters(in: .whitespaces).isEmpty || output == "-" {
            throw ValidationError("--output: give a folder to write the site into.")
        }
    }

    func run() throws {
        do {
            try ReportWriter.checkFolder(output)
        } catch {
            throw Failure.outputNotWritten("\(error)")
        }
        if let clash = inputClash() {
            throw Failure.usage("--output \(output): \(clash); write the report outside the corpus")
        }
        let renderer: GraphvizRenderer
        do {
            renderer = try GraphvizRenderer.shared()
        } catch {
            throw Failure.outputNotWritten("\(error)")
        }
        let start = ContinuousClock.now
        let (run, code) = try corpus.run(keepText: true)
        let siteStart = ContinuousClock.now
        let options = ReportOptions(minMentions: minMentions, all: all, title: title ?? defaultTitle, mapTop: mapTop)
        let summary: ReportSummary
        do {
            summary = try ReportWriter(graph: run.graph, documents: run.corpus.documents, options: options)
                .write(to: output, renderer: renderer)
        } catch {
            throw Failure.outputNotWritten("\(error)")
        }
        if !corpus.quiet {
            func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
            let now = ContinuousClock.now
            Terminal.note("wrote \(summary.folder)/index.html: \(summary.files) files, \(summary.entityPages) entity pages, "
                + "\(summary.timelinePages) timeline page\(summary.timelinePages == 1 ? "" : "s"), "
                + "\(megabytes(summary.bytes)) in all, largest \(summary.largestFile) (\(megabytes(summary.largestBytes))); "
                + String(format: "%.1f s (reading and extraction %.1f s, the site %.1f s)", seconds(now - start),
                         seconds(siteStart - start), seconds(now - siteStart)))
        }
        if code != .success { throw code }
    }

    /// Why the output folder may not be where it is: inside an input folder (the next run would read the pages as
    /// posts) or holding an input (a page could overwrite it). Paths are compared with links resolved.
    private func inputClash() -> String? {
        func resolved(_ path: String) -> String {
            // The folder may not exist yet: resolve its parent and append its name.
            let url = URL(fileURLWithPath: path).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
            return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
        }
        let out = resolved(output)
        for input in corpus.paths {
            let inp = resolved(input)
            if out == inp || out.hasPrefix(inp + "/") { return "is inside the input \(input), whose next run would read the pages" }
            if inp.hasPrefix(out + "/") { return "holds the input \(input), which a page could overwrite" }
        }
        return nil
    }

    private func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f kB", Double(bytes) / 1e3)
    }

    /// "Hindsight report: Corpus" from the last component of each path (at most three, then "…").
    private var defaultTitle: String {
        let names = corpus.paths.map { path -> String in
            let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            return name.isEmpty || name == "/" ? path : name
        }
        return "Hindsight report: " + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
    }
}
