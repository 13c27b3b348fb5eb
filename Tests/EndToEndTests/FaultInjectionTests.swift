import Foundation
import Testing

/// A large export (a corpus from `hindsight generate`) stopped by a signal while it writes: no temporary file is
/// left, and the previous output is intact. After SIGKILL, which no process can catch, the next run writing the
/// same output removes what the killed one left.
@Suite struct FaultInjectionTests {
    /// A folder with a generated corpus in `corpus/` and a previous output `out/graph.json`.
    static func setUp() throws -> String {
        let dir = try HindsightBinary.tempDir()
        let gen = try HindsightBinary.run(["generate", "-q", "--seed", "7", "--size-mb", "2", "--output", dir + "/corpus"])
        #expect(gen.status == 0, "\(gen.stderr)")
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try "previous output\n".write(toFile: dir + "/out/graph.json", atomically: true, encoding: .utf8)
        return dir
    }

    static func temporaryFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".graph.json.tmp-") }
    }

    /// Starts an export of the corpus into `out/graph.json`, waits until its temporary file exists, sends `signal`,
    /// and returns how the process ended.
    static func interruptedExport(_ dir: String, signal: Int32) throws -> (signalled: Bool, status: Int32, sawTemporaryFile: Bool) {
        // Spawned with the four signals at their default action and none blocked, as from a shell: a test runner
        // may ignore or block them, and a child inherits both.
        let args = [HindsightBinary.path, "export", "-q", "--threads", "1", "--output", dir + "/out/graph.json", dir + "/corpus"]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&empty)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, HindsightBinary.path, &actions, &attributes, &argv, environ)
        #expect(spawned == 0)
        var saw = false
        var status: Int32 = 0
        var exited = false
        let deadline = Date().addingTimeInterval(240)
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            if !temporaryFiles(dir + "/out").isEmpty {
                saw = true
                kill(pid, signal)
                break
            }
            usleep(2_000)
        }
        if !saw && !exited { kill(pid, SIGKILL) }
        if !exited { waitpid(pid, &status, 0) }
        // WIFSIGNALED and WTERMSIG, spelled out (they are macros).
        let signalled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        return (signalled, signalled ? status & 0x7F : (status >> 8) & 0xFF, saw)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGPIPE])
    func aSignalDuringTheWriteLeavesNoTemporaryFileAndThePreviousOutput(signal: Int32) throws {
        let dir = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (signalled, status, saw) = try Self.interruptedExport(dir, signal: signal)
        #expect(saw, "the export ended before its temporary file was seen")
        // Stopped by the signal itself, as a shell expects.
        #expect(signalled && status == signal)
        #expect(Self.temporaryFiles(dir + "/out").isEmpty)
        #expect(try String(contentsOfFile: dir + "/out/graph.json", encoding: .utf8) == "previous output\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out") == ["graph.json"])
    }

    @Test func afterSIGKILLTheNextRunRemovesTheStaleTemporaryFile() throws {
        let dir = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (signalled, _, saw) = try Self.interruptedExport(dir, signal: SIGKILL)
        #expect(saw && signalled)
        let left = Self.temporaryFiles(dir + "/out")
        #expect(left.count == 1)
        #expect(try String(contentsOfFile: dir + "/out/graph.json", encoding: .utf8) == "previous output\n")
        // A temporary file of a process that still runs (this one) is not touched.
        let live = ".graph.json.tmp-\(getpid())-12345"
        try "in progress".write(toFile: dir + "/out/" + live, atomically: false, encoding: .utf8)
        let again = try HindsightBinary.run(["export", "-q", "--output", dir + "/out/graph.json", dir + "/corpus"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.temporaryFiles(dir + "/out") == [live])
        #expect(try String(contentsOfFile: dir + "/out/graph.json", encoding: .utf8) != "previous output\n")
    }

    @Test func generateForceRemovesOnlyWhatTheGeneratorWrote() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try HindsightBinary.run(["generate", "-q", "--seed", "1", "--size-mb", "0.2", "--output", dir])
        #expect(first.status == 0, "\(first.stderr)")
        let generated = try FileManager.default.subpathsOfDirectory(atPath: dir).filter { !$0.hasPrefix(".") }.sorted()
        // A person adds notes beside the generated pages, and in one of its folders.
        try "my notes".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        let someFolder = generated.first { path in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + path, isDirectory: &isDir) && isDir.boolValue
        }
        if let someFolder { try "mine".write(toFile: dir + "/" + someFolder + "/mine.txt", atomically: true, encoding: .utf8) }
        let again = try HindsightBinary.run(["generate", "-q", "--seed", "2", "--size-mb", "0.1", "--force", "--output", dir])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: dir + "/notes.txt", encoding: .utf8) == "my notes")
        if let someFolder {
            #expect(try String(contentsOfFile: dir + "/" + someFolder + "/mine.txt", encoding: .utf8) == "mine")
        }
        // The first corpus's pages that the second did not write again are gone.
        let now = Set(try FileManager.default.subpathsOfDirectory(atPath: dir))
        let second = try HindsightBinary.run(["generate", "-q", "--seed", "2", "--size-mb", "0.1", "--output", dir + "-check"])
        defer { try? FileManager.default.removeItem(atPath: dir + "-check") }
        #expect(second.status == 0)
        let expected = Set(try FileManager.default.subpathsOfDirectory(atPath: dir + "-check"))
        #expect(now.subtracting(expected).subtracting(["notes.txt"]).allSatisfy { $0.hasSuffix("mine.txt") || $0 == someFolder })
    }

    @Test func generateForceWithAnOlderMarkerRemovesOnlyPagesByTheirNames() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A folder an older generator wrote: a marker without a list, pages named as it names them.
        try FileManager.default.createDirectory(atPath: dir + "/2015", withIntermediateDirectories: true)
        try "generated by hindsight generate\nseed 1\ntarget bytes 1000\n".write(toFile: dir + "/.hindsight-generated", atomically: true, encoding: .utf8)
        try "old page".write(toFile: dir + "/2015/2015-03-02-a-title-here-17.txt", atomically: true, encoding: .utf8)
        try "my notes".write(toFile: dir + "/2015/notes.txt", atomically: true, encoding: .utf8)
        try "mine".write(toFile: dir + "/mine.txt", atomically: true, encoding: .utf8)
        let out = try HindsightBinary.run(["generate", "-q", "--seed", "3", "--size-mb", "0.05", "--force", "--output", dir])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/2015/2015-03-02-a-title-here-17.txt"))
        #expect(try String(contentsOfFile: dir + "/2015/notes.txt", encoding: .utf8) == "my notes")
        #expect(try String(contentsOfFile: dir + "/mine.txt", encoding: .utf8) == "mine")
    }
}
