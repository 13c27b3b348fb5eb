// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hindsight",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hindsight", targets: ["hindsight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // What every stage and the executables share: parallel map, whole-or-nothing output files, the JSON
        // writer, terminal-safe text. Depends on no stage.
        .target(name: "HindsightSupport"),
        // Stage 1: files → documents → posts and comments.
        .target(name: "Corpus", dependencies: ["HindsightSupport"]),
        // Stage 2: one document at a time → dates, mentions, event and relation candidates.
        .target(name: "Extraction", dependencies: ["HindsightSupport", "Corpus", .product(name: "Algorithms", package: "swift-algorithms")]),
        // Stage 3: the corpus-level graph: resolution, merging, edges, queries.
        .target(name: "GraphModel", dependencies: ["HindsightSupport", "Corpus", "Extraction", .product(name: "Collections", package: "swift-collections")]),
        // Stages 1 to 3 in one call, paths in, graph out (the executable, the benchmark and tests run it).
        .target(name: "HindsightPipeline", dependencies: ["HindsightSupport", "Corpus", "Extraction", "GraphModel"]),
        // Stage 4: outputs, each reading a KnowledgeGraph.
        .target(name: "Timeline", dependencies: ["HindsightSupport", "GraphModel"]),
        .target(name: "GraphvizExport", dependencies: ["HindsightSupport", "GraphModel", "CGraphviz"]),
        .target(name: "Export", dependencies: ["HindsightSupport", "GraphModel"], exclude: ["hindsight-graph.schema.json"]),
        // The graph in SQLite (`--format sqlite`) and the store of per-document extractions (`--store`).
        .target(name: "Store", dependencies: ["HindsightSupport", "HindsightPipeline", "GraphModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // A static web site of the graph and the timeline, to browse from a folder.
        .target(name: "Report", dependencies: ["HindsightSupport", "Corpus", "Extraction", "GraphModel", "Timeline", "GraphvizExport"]),
        // Synthetic corpora in the blog's format, for benchmarks and scale tests.
        .target(name: "CorpusGenerator", dependencies: ["HindsightSupport", "Corpus", "Extraction"]),
        // Blogs fetched through their feeds into Atom files the Corpus reads.
        .target(name: "Fetch", dependencies: ["HindsightSupport", "Corpus"]),
        .target(name: "Benchmark", dependencies: ["HindsightSupport", "HindsightPipeline", "Corpus", "Extraction", "GraphModel", "Timeline", "GraphvizExport", "Export"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .executableTarget(
            name: "hindsight",
            dependencies: [
                "HindsightSupport", "HindsightPipeline", "Corpus", "Extraction", "GraphModel", "Timeline", "GraphvizExport", "Export",
                "Store", "Report", "CorpusGenerator", "Benchmark", "Fetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the package's folders, the seed pages and whether they are there, line diffs.
        .target(name: "HindsightTestSupport", dependencies: ["Extraction"], path: "Tests/HindsightTestSupport"),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["HindsightTestSupport", "HindsightSupport", "Extraction", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "GraphModelTests", dependencies: ["HindsightTestSupport", "HindsightPipeline", "GraphModel"]),
        .testTarget(name: "TimelineTests", dependencies: ["HindsightTestSupport", "Timeline", "HindsightSupport", "HindsightPipeline", .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Snapshots"]),
        .testTarget(name: "GraphvizExportTests", dependencies: ["GraphvizExport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "ExportTests", dependencies: ["HindsightTestSupport", "Export", "HindsightSupport", "HindsightPipeline", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["HindsightTestSupport", "CorpusGenerator", "HindsightPipeline", "Corpus", "Extraction", "GraphModel", "Export"]),
        .testTarget(name: "EndToEndTests", dependencies: ["HindsightTestSupport", "hindsight", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "FetchTests", dependencies: ["Fetch", "Corpus"], exclude: ["Server"]),
        .testTarget(name: "StoreTests", dependencies: ["HindsightTestSupport", "Store", "HindsightSupport", "HindsightPipeline", "Export", "Corpus", "Extraction", "GraphModel"]),
        .testTarget(name: "ReportTests", dependencies: ["HindsightTestSupport", "Report", "HindsightSupport", "HindsightPipeline", "GraphModel", "GraphvizExport", "Corpus", "Extraction"]),
        // Drives headless Chromium over a report written by the built `hindsight` (skips when it cannot).
        .testTarget(name: "ReportBrowserTests", dependencies: ["HindsightTestSupport", "hindsight"], exclude: ["browser_checks.py"]),
        // Scores against the seed pages' gold annotations and line numbers (skipped when ../shared is absent).
        .testTarget(name: "EvaluationTests", dependencies: ["HindsightTestSupport", "Corpus", "Extraction", "GraphModel"]),
        .testTarget(name: "BenchmarkTests", dependencies: ["HindsightTestSupport", "Benchmark", "HindsightPipeline", "Corpus", "Extraction", "GraphModel"]),
    ]
)
