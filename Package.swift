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
        // Stage 1: files → documents → posts and comments.
        .target(name: "Corpus"),
        // Stage 2: one document at a time → dates, mentions, event and relation candidates.
        .target(name: "Extraction", dependencies: ["Corpus", .product(name: "Algorithms", package: "swift-algorithms")]),
        // Stage 3: the corpus-level graph: resolution, merging, edges, queries.
        .target(name: "GraphModel", dependencies: ["Corpus", "Extraction", .product(name: "Collections", package: "swift-collections")]),
        // Stage 4: outputs, each reading a KnowledgeGraph.
        .target(name: "Timeline", dependencies: ["GraphModel"]),
        .target(name: "GraphvizExport", dependencies: ["GraphModel", "CGraphviz"]),
        .target(name: "Export", dependencies: ["GraphModel"], exclude: ["hindsight-graph.schema.json"]),
        // The graph in SQLite (`--format sqlite`) and the store of per-document extractions (`--store`).
        .target(name: "Store", dependencies: ["GraphModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // A static web site of the graph and the timeline, to browse from a folder.
        .target(name: "Report", dependencies: ["Corpus", "Extraction", "GraphModel", "Timeline", "GraphvizExport"]),
        // Synthetic corpora in the blog's format, for benchmarks and scale tests.
        .target(name: "CorpusGenerator", dependencies: ["Corpus", "Extraction"]),
        // Blogs fetched through their feeds into Atom files the Corpus reads.
        .target(name: "Fetch", dependencies: ["Corpus"]),
        .target(name: "Benchmark", dependencies: ["Corpus", "Extraction", "GraphModel", "Timeline", "GraphvizExport", "Export"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .executableTarget(
            name: "hindsight",
            dependencies: [
                "Corpus", "Extraction", "GraphModel", "Timeline", "GraphvizExport", "Export", "Store", "Report", "CorpusGenerator",
                "Benchmark", "Fetch", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "GraphModelTests", dependencies: ["GraphModel"]),
        .testTarget(name: "TimelineTests", dependencies: ["Timeline", .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Snapshots"]),
        .testTarget(name: "GraphvizExportTests", dependencies: ["GraphvizExport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "ExportTests", dependencies: ["Export", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "Corpus", "Extraction", "GraphModel", "Export"]),
        .testTarget(name: "EndToEndTests", dependencies: ["hindsight", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "FetchTests", dependencies: ["Fetch", "Corpus"], exclude: ["Server"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Export", "Corpus", "Extraction", "GraphModel"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "GraphModel", "GraphvizExport", "Corpus", "Extraction"]),
        // Drives headless Chromium over a report written by the built `hindsight` (skips when it cannot).
        .testTarget(name: "ReportBrowserTests", dependencies: ["hindsight"], exclude: ["browser_checks.py"]),
        .testTarget(name: "BenchmarkTests", dependencies: ["Benchmark", "Corpus", "Extraction", "GraphModel"]),
    ]
)
