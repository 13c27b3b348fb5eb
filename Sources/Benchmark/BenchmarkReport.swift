import HindsightSupport
import Foundation

/// What a benchmark measured: the machine, the corpus, what each stage found, and one row per stage, with a
/// text table and a JSON rendering (the one `Scripts/bench` reads).
public struct BenchmarkReport: Sendable, Equatable {
    /// Processor cores the system reports as active.
    public var cores: Int
    /// Threads for reading, entities, extraction and the pipeline.
    public var threads: Int
    /// Runs of every stage (the fastest is kept).
    public var repetitions: Int
    /// How many entities the map stage was asked to draw.
    public var mapNodes: Int
    public var counts: BenchmarkCounts
    /// One row per stage, in the order the stages ran.
    public var rows: [BenchmarkRow]
    /// The fastest extraction half of the events+graph stage, in seconds (infinite when it did not run).
    public var extractSeconds: Double
    /// The fastest graph-building half of the events+graph stage, in seconds (infinite when it did not run).
    public var graphSeconds: Double

    public init(cores: Int, threads: Int, repetitions: Int, mapNodes: Int, counts: BenchmarkCounts,
                rows: [BenchmarkRow], extractSeconds: Double, graphSeconds: Double) {
        self.cores = cores
        self.threads = threads
        self.repetitions = repetitions
        self.mapNodes = mapNodes
        self.counts = counts
        self.rows = rows
        self.extractSeconds = extractSeconds
        self.graphSeconds = graphSeconds
    }

    /// Megabytes (10⁶ bytes) of input.
    public var megabytes: Double { Double(counts.bytes) / 1e6 }

    /// The report as one JSON object on one line, ending in a newline. Keys are snake case; a figure that was
    /// not measured (an infinite time) is `null`, as is the throughput of a stage that does not scale with the
    /// input.
    public var json: String {
        func number(_ text: String) -> (inout JSONText) -> Void { { $0.raw(text) } }
        var j = JSONText()
        j.object([
            ("cores", { $0.int(cores) }), ("threads", { $0.int(threads) }),
            ("files", { $0.int(counts.files) }), ("documents", { $0.int(counts.documents) }),
            ("posts", { $0.int(counts.posts) }), ("comments", { $0.int(counts.comments) }),
            ("input_bytes", { $0.int(counts.bytes) }), ("dates", { $0.int(counts.dates) }),
            ("dates_tagged", { $0.int(counts.datesTagged) }), ("mentions", { $0.int(counts.mentions) }),
            ("entities", { $0.int(counts.entities) }), ("events", { $0.int(counts.events) }),
            ("edges", { $0.int(counts.edges) }), ("timeline_entries", { $0.int(counts.timelineEntries) }),
            ("json_bytes", { $0.int(counts.jsonBytes) }), ("map_nodes", { $0.int(min(mapNodes, counts.entities)) }),
            ("map_edges", { $0.int(counts.mapEdges) }), ("svg_bytes", { $0.int(counts.svgBytes) }),
            ("extract_seconds", number(Self.fixed(extractSeconds, 4))),
            ("graph_seconds", number(Self.fixed(graphSeconds, 4))),
            ("repeat", { $0.int(repetitions) }),
            ("stages", { $0.array(rows) { j, row in
                j.object([
                    ("stage", { $0.string(row.name) }), ("threads", { $0.int(row.threads) }),
                    ("seconds", number(Self.fixed(row.seconds, 4))),
                    ("cpu_seconds", number(Self.fixed(row.cpuSeconds, 4))),
                    ("mb_per_s", number(row.megabytesPerSecond(inputBytes: counts.bytes).map { Self.fixed($0, 2) } ?? "null")),
                    ("peak_rss_mb", number(Self.fixed(Double(row.peakKB) / 1024, 1))),
                    ("note", { $0.string(row.note) }),
                ])
            } }),
        ])
        j.newline()
        return String(decoding: j.bytes, as: UTF8.self)
    }

    /// The report as a text table: the corpus and what was found, then one line per stage.
    public var text: String {
        var out = "corpus: \(counts.files) files, \(counts.posts) posts, \(counts.comments) comments, "
            + Self.fixed(megabytes, 1) + " MB; \(cores) cores, \(threads) threads"
            + (repetitions > 1 ? "; best of \(repetitions)" : "") + "\n"
        out += "found: \(counts.dates) dates, \(counts.mentions) mentions, \(counts.entities) entities, "
            + "\(counts.events) events, \(counts.edges) edges\n\n"
        out += "stage".padded(24) + "threads".leftPadded(8) + "seconds".leftPadded(10) + "cpu s".leftPadded(9)
            + "MB/s".leftPadded(9) + "peak MB".leftPadded(9) + "  note\n"
        for row in rows {
            let rate = row.megabytesPerSecond(inputBytes: counts.bytes).map { Self.fixed($0, 1) } ?? "-"
            out += row.name.padded(24) + String(row.threads).leftPadded(8)
                + Self.fixed(row.seconds, 3).leftPadded(10) + Self.fixed(row.cpuSeconds, 2).leftPadded(9)
                + rate.leftPadded(9)
                + Self.fixed(Double(row.peakKB) / 1024, 0).leftPadded(9)
                + (row.note.isEmpty ? "" : "  " + row.note) + "\n"
        }
        out += "\nevents+graph = extract " + Self.fixed(extractSeconds, 3) + " s + graph "
            + Self.fixed(graphSeconds, 3) + " s; peak MB is the process's high-water mark so far\n"
        return out
    }

    /// `value` with `digits` decimals, or `null` when it is not finite.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "null"
    }
}
