import Foundation

/// Where the tests find the project's own folders and the shared evaluation data, from this file's path
/// (`Tests/HindsightTestSupport/TestPaths.swift`), so that a test runs the same from any working folder.
public enum TestPaths {
    /// The package root (the folder holding `Package.swift`).
    public static let packageRoot: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A path below the package root: `TestPaths.inPackage("Corpus")`.
    public static func inPackage(_ relative: String) -> String { packageRoot + "/" + relative }

    /// The sample corpus, `Corpus/`.
    public static var corpus: String { inPackage("Corpus") }
    /// The project's curated knowledge, `Entities/`.
    public static var entities: String { inPackage("Entities") }

    /// The real blog pages used for evaluation, `../shared/seeds` beside the package (absent on a fresh clone).
    public static let seeds: String = URL(fileURLWithPath: packageRoot + "/../shared/seeds").standardized.path
    /// Their annotations, `../shared/eval/gold`.
    public static let gold: String = URL(fileURLWithPath: packageRoot + "/../shared/eval/gold").standardized.path

    /// Whether the seed pages are there; tests that need them take `.enabled(if: TestPaths.seedsAvailable, …)`.
    public static var seedsAvailable: Bool { !seedFiles().isEmpty }
    /// Whether the seed pages and their annotations are both there.
    public static var goldAvailable: Bool { seedsAvailable && FileManager.default.fileExists(atPath: gold) }

    /// The seed pages (`.txt`), in name order; empty when the folder is absent.
    public static func seedFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds + "/" + $0 }
    }

    /// The annotation file of a seed page: `gold/<name>.gold.json`.
    public static func goldFile(forSeed path: String) -> String {
        gold + "/" + URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".gold.json"
    }
}
