import Foundation
import GRDB
import Testing

/// The store and the SQLite export through the binary: the same outputs with and without a store, a run
/// killed mid-way, two runs at once, `store info` and `store prune`, and the database served by Datasette.
@Suite struct StoreCommandTests {
    static let corpus = HindsightBinary.root + "/Corpus"

    /// Starts the binary without waiting; standard output and error go to files in `dir`.
    static func start(_ arguments: [String], dir: String, name: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HindsightBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: HindsightBinary.root)
        FileManager.default.createFile(atPath: "\(dir)/\(name).out", contents: nil)
        FileManager.default.createFile(atPath: "\(dir)/\(name).err", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(dir)/\(name).out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(dir)/\(name).err"))
        try process.run()
        return process
    }

    /// A generated corpus of about `mb` megabytes in `dir/corpus`.
    static func generated(_ dir: String, mb: String = "1") throws -> String {
        let out = try HindsightBinary.run(["generate", "--quiet", "--seed", "7", "--size-mb", mb, "--output", dir + "/corpus"])
        #expect(out.status == 0, "\(out.stderr)")
        return dir + "/corpus"
    }

    static func integrity(_ path: String) throws -> String? {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
    }

    @Test func outputsAreByteIdenticalWithAndWithoutAStore() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in [["export"], ["timeline", "--format", "csv"], ["entities", "--format", "json"]] {
            let plain = try HindsightBinary.run(command + ["-q", Self.corpus])
            let first = try HindsightBinary.run(command + ["-q", "--store", dir + "/store.sqlite", Self.corpus])
            let second = try HindsightBinary.run(command + ["--store", dir + "/store.sqlite", Self.corpus])
            #expect(plain.status == 0 && first.status == 0 && second.status == 0)
            #expect(!plain.stdout.isEmpty)
            #expect(first.stdout == plain.stdout, "\(command)")
            #expect(second.stdout == plain.stdout, "\(command)")
            #expect(second.stderr.contains("9 documents reused, 0 extracted, 0 forgotten"), "\(second.stderr)")
        }
    }

    @Test func storeInfoAndPrune() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Self.corpus, toPath: dir + "/corpus")
        #expect(try HindsightBinary.run(["export", "-q", "--store", dir + "/s.sqlite", "-o", dir + "/g.json", dir + "/corpus"]).status == 0)
        var info = try HindsightBinary.run(["store", "info", dir + "/s.sqlite"])
        #expect(info.status == 0)
        #expect(info.stdout.hasPrefix("\(dir)/s.sqlite: 9 documents, 9 records under 1 key"))
        #expect(info.stdout.contains("\(dir)/corpus/2014-06-02-the-split.txt"))
        try FileManager.default.removeItem(atPath: dir + "/corpus/2014-06-02-the-split.txt")
        let prune = try HindsightBinary.run(["store", "prune", dir + "/s.sqlite"])
        #expect(prune.status == 0)
        #expect(prune.stderr.contains("1 record removed, 8 kept"), "\(prune.stderr)")
        info = try HindsightBinary.run(["store", "info", dir + "/s.sqlite"])
        #expect(!info.stdout.contains("the-split"))
        let missing = try HindsightBinary.run(["store", "info", dir + "/nothing.sqlite"])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("\(dir)/nothing.sqlite: no such store"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/nothing.sqlite"))
    }

    @Test func sqliteExportWritesTheDatabaseAndItsMetadata() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try HindsightBinary.run(["export", "-q", "--format", "sqlite", "--output", dir + "/graph.sqlite", Self.corpus])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Self.integrity(dir + "/graph.sqlite") == "ok")
        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/metadata.json"))) as? [String: Any]
        #expect((metadata?["databases"] as? [String: Any])?["graph"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["graph.sqlite", "metadata.json"])
        let stdout = try HindsightBinary.run(["export", "--format", "sqlite", Self.corpus])
        #expect(stdout.status == 2)
        #expect(stdout.stderr.contains("--format sqlite needs --output FILE"))
    }

    @Test func aKilledRunLeavesTheStoreWhole() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = try Self.generated(dir)
        let store = dir + "/store.sqlite"
        var stored = 0
        // Killed later and later: each time the store opens, passes SQLite's check, and holds whole records.
        for (n, delay) in [0.3, 1.0, 2.5, 5.0].enumerated() {
            let run = try Self.start(["export", "-q", "--store", store, "-o", dir + "/killed.json", corpus], dir: dir, name: "run\(n)")
            Thread.sleep(forTimeInterval: delay)
            if run.isRunning { kill(run.processIdentifier, SIGKILL) }
            run.waitUntilExit()
            guard FileManager.default.fileExists(atPath: store) else { continue }
            #expect(try Self.integrity(store) == "ok")
            let info = try HindsightBinary.run(["store", "info", store])
            #expect(info.status == 0, "\(info.stderr)")
            let records = info.stdout.split(separator: "\n").count - 1
            #expect(records >= stored)
            stored = records
        }
        // The next run reuses what was stored and writes what a run without the store writes.
        let resumed = try HindsightBinary.run(["export", "--store", store, "-o", dir + "/resumed.json", corpus])
        let plain = try HindsightBinary.run(["export", "-q", "-o", dir + "/plain.json", corpus])
        #expect(resumed.status == 0 && plain.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(stored) documents reused"), "\(resumed.stderr)")
        #expect(FileManager.default.contentsEqual(atPath: dir + "/resumed.json", andPath: dir + "/plain.json"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/killed.json") || stored > 0)
    }

    @Test func twoRunsAtOnce() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = try Self.generated(dir)
        let store = dir + "/store.sqlite"
        let a = try Self.start(["export", "-q", "--store", store, "-o", dir + "/a.json", corpus], dir: dir, name: "a")
        let b = try Self.start(["export", "-q", "--store", store, "-o", dir + "/b.json", corpus], dir: dir, name: "b")
        a.waitUntilExit()
        b.waitUntilExit()
        let statuses = [a.terminationStatus, b.terminationStatus]
        // At most one run holds the store; the other is refused at once, with a clear message and nothing
        // written. (When both open the new file at the same instant, each can find the other's lock, and both
        // are refused: never both at work on it.)
        #expect(statuses.sorted() == [0, 3] || statuses == [3, 3], "\(statuses)")
        for (name, status) in [("a", a.terminationStatus), ("b", b.terminationStatus)] where status == 3 {
            let message = (try? String(contentsOfFile: "\(dir)/\(name).err", encoding: .utf8)) ?? ""
            #expect(message == "hindsight: \(store): the store is in use by another hindsight run; run again when it has finished (or give another --store)\n")
            #expect(!FileManager.default.fileExists(atPath: "\(dir)/\(name).json"))
        }
        #expect(try Self.integrity(store) == "ok")
        guard let winner = a.terminationStatus == 0 ? "a" : (b.terminationStatus == 0 ? "b" : nil) else { return }
        let again = try HindsightBinary.run(["export", "--store", store, "-o", dir + "/c.json", corpus])
        #expect(again.stderr.contains("0 extracted"), "\(again.stderr)")
        #expect(FileManager.default.contentsEqual(atPath: dir + "/c.json", andPath: "\(dir)/\(winner).json"))
    }

    static let datasette = HindsightBinary.root + "/.venv-test/bin/datasette"

    /// GETs a URL of the loopback server, through Python's standard library.
    static func get(_ url: String) throws -> Any {
        let out = try Process.run(python: "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())", url)
        return try JSONSerialization.jsonObject(with: Data(out.utf8))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: datasette),
                   "Datasette is not installed in .venv-test (Scripts/test installs it from PyPI)"))
    func datasetteServesTheDatabase() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try HindsightBinary.run(["export", "-q", "--format", "sqlite", "--output", dir + "/graph.sqlite", Self.corpus]).status == 0)
        let export = try JSONSerialization.jsonObject(with: Data(HindsightBinary.run(["export", "-q", Self.corpus]).stdout.utf8)) as! [String: Any]
        let port = try Process.run(python: "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.datasette)
        server.arguments = ["serve", dir + "/graph.sqlite", "-m", dir + "/metadata.json", "-h", "127.0.0.1", "-p", port]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            // Datasette started this way does not stop on SIGTERM: SIGINT, then SIGKILL if need be.
            kill(server.processIdentifier, SIGINT)
            for _ in 0..<20 where server.isRunning { Thread.sleep(forTimeInterval: 0.1) }
            if server.isRunning { kill(server.processIdentifier, SIGKILL) }
            server.waitUntilExit()
        }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<120 where !ready {
            ready = (try? Self.get(base + "/-/versions.json")) != nil
            if !ready { Thread.sleep(forTimeInterval: 0.25) }
        }
        try #require(ready, "Datasette did not answer on port \(port)")

        // A table's rows: the entities of the JSON export.
        let entities = export["entities"] as! [[String: Any]]
        let rows = try Self.get(base + "/graph/entities.json?_shape=array&_size=max") as! [[String: Any]]
        #expect(Set(rows.map { $0["id"] as! String }) == Set(entities.map { $0["id"] as! String }))
        #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["mention_count"] as! Int) })
                == Dictionary(uniqueKeysWithValues: entities.map { ($0["id"] as! String, ($0["mentions"] as! [Any]).count) }))

        // A facet: entities by type, counted as the JSON counts them.
        let faceted = try Self.get(base + "/graph/entities.json?_facet=type&_size=0") as! [String: Any]
        let results = ((faceted["facet_results"] as! [String: Any])["type"] as! [String: Any])["results"] as! [[String: Any]]
        let counts = Dictionary(uniqueKeysWithValues: results.map { ($0["value"] as! String, $0["count"] as! Int) })
        #expect(counts == Dictionary(grouping: entities, by: { $0["type"] as! String }).mapValues(\.count))

        // A full-text search: a word of an event's summary finds the sentence, in the event's document.
        let event = (export["events"] as! [[String: Any]]).first { ($0["summary"] as! String).count > 40 }!
        let summary = event["summary"] as! String
        let word = summary.split { !$0.isLetter }.map(String.init).max { $0.count < $1.count }!
        let found = try Self.get(base + "/graph/sentences.json?_shape=array&_size=max&_search=" + word) as! [[String: Any]]
        let document = ((event["sources"] as! [[String: Any]])[0]["document"] as! String)
        let documentID = (export["documents"] as! [[String: Any]]).first { $0["path"] as! String == document }!["id"] as! String
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { ($0["text"] as! String).lowercased().contains(word.lowercased()) })
        #expect(found.contains { ($0["text"] as! String).contains(summary) && $0["document_id"] as! String == documentID })
    }
}

extension Process {
    /// Runs `python3 -c code args...` and returns its standard output.
    static func run(python code: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }
}
