import Foundation
import HindsightTestSupport

/// Runs the built `hindsight` executable, as a user would.
struct HindsightBinary {
    static let root = TestPaths.packageRoot
    static let seeds = TestPaths.seeds
    static var seedsAvailable: Bool { TestPaths.seedsAvailable }

    /// The binary beside the test bundle (the same build folder).
    static let path: String = {
        var candidates: [String] = []
        let exe = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("hindsight").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("hindsight").path)
        candidates.append(root + "/.build/debug/hindsight")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    struct Output {
        /// The exit status, or the number of the signal that stopped the process (see `signalled`).
        var status: Int32
        var signalled = false
        var stdout: String
        var stderr: String
    }

    /// Runs with these arguments and environment additions, from `directory` (the package root by default); another
    /// `executable` (a shell, for redirections) may be run instead.
    static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil,
                    executable: String? = nil, timeout: Double = 300) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        // Standard error goes to a file, standard output through a pipe read to its end before waiting.
        let errPath = NSTemporaryDirectory() + "hindsight-stderr-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let out = Pipe()
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // A run that hangs is killed (and shows as signal 9) rather than hanging the tests.
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        try err.close()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Output(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder for a test's files.
    static func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "hindsight-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
