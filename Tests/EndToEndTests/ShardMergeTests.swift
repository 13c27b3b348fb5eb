import Foundation
import Testing

/// A corpus split as GNU parallel splits it: several `hindsight extract` processes at once, each on its own
/// files, then `hindsight merge` of their shards, which must write what a single `export` writes, byte for byte.
@Suite struct ShardMergeTests {
    /// The files a single run reads under `root` (hidden ones skipped), found as `find` finds them.
    static func files(under root: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var out: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDir: ObjCBool = false
            let path = root + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue { out.append(path) }
        }
        return out
    }

    /// Splits the files under `root` into `parts` shards (round robin over a shuffled order, so that no shard is
    /// a run of consecutive files), extracts them in parallel processes, and returns each format's merge output
    /// beside the single run's.
    static func splitAndMerge(_ root: String, parts: Int, formats: [String] = ["json", "graphml", "gexf"],
                              extra: [String] = []) throws -> [(format: String, single: Data, merged: Data)] {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var groups = Array(repeating: [String](), count: parts)
        for (i, f) in files(under: root).sorted().reversed().enumerated() { groups[i % parts].append(f) }
        let shardPaths = (0..<parts).map { "\(dir)/part\($0 + 1).hsx" }
        let statuses = StatusBox(count: parts)
        let lists = groups
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            let out = try? HindsightBinary.run(["extract", "-q", "--threads", "1", "--output", shardPaths[p]] + extra + lists[p])
            statuses.set(p, out?.status ?? -1, out?.stderr ?? "")
        }
        for p in 0..<parts { #expect(statuses.status[p] == 0, "extract \(p): \(statuses.stderr[p])") }
        var results: [(String, Data, Data)] = []
        for format in formats {
            let single = "\(dir)/single.\(format)", merged = "\(dir)/merged.\(format)"
            let a = try HindsightBinary.run(["export", "-q", "--format", format, "--output", single] + extra + [root])
            // The shards in reverse order: the merge orders files itself.
            let b = try HindsightBinary.run(["merge", "-q", "--format", format, "--output", merged] + extra + shardPaths.reversed())
            #expect(a.status == 0, "\(a.stderr)")
            #expect(b.status == 0, "\(b.stderr)")
            results.append((format, FileManager.default.contents(atPath: single) ?? Data(),
                            FileManager.default.contents(atPath: merged) ?? Data()))
        }
        return results
    }

    final class StatusBox: @unchecked Sendable {
        private let lock = NSLock()
        var status: [Int32]
        var stderr: [String]
        init(count: Int) { status = Array(repeating: -1, count: count); stderr = Array(repeating: "", count: count) }
        func set(_ i: Int, _ s: Int32, _ e: String) { lock.lock(); status[i] = s; stderr[i] = e; lock.unlock() }
    }

    @Test func theProjectCorpusSplitInThreeMergesToTheSingleRun() throws {
        for (format, single, merged) in try Self.splitAndMerge(HindsightBinary.root + "/Corpus", parts: 3,
                                                               formats: ["json", "graphml", "gexf", "sqlite"]) {
            #expect(single.count > 1000, "\(format)")
            #expect(single == merged, "\(format): merge differs from the single run")
        }
    }

    @Test(.enabled(if: HindsightBinary.seedsAvailable)) func theSeedsSplitInTwoMergeToTheSingleRun() throws {
        for extra in [[], ["--no-default-entities"]] {
            for (format, single, merged) in try Self.splitAndMerge(HindsightBinary.seeds, parts: 2, formats: ["json"], extra: extra) {
                #expect(single.count > 1000)
                #expect(single == merged, "\(format) \(extra): merge differs from the single run")
            }
        }
    }

    @Test func aGeneratedCorpusWithDuplicatesAcrossShardsMergesToTheSingleRun() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let generated = try HindsightBinary.run(["generate", "-q", "--seed", "7", "--size-mb", "0.3", "--output", dir + "/corpus"])
        #expect(generated.status == 0, "\(generated.stderr)")
        // Copies under other names (a copy sorts before its original in one case, after it in the other) and a
        // file in a subfolder: the merge must fold them into the first path a single run meets.
        let pages = Self.files(under: dir + "/corpus").sorted()
        try #require(pages.count > 10)
        try FileManager.default.createDirectory(atPath: dir + "/corpus/a", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: pages[3], toPath: dir + "/corpus/a/copy.txt")
        try FileManager.default.copyItem(atPath: pages[5], toPath: dir + "/corpus/zz-copy.txt")
        try FileManager.default.copyItem(atPath: pages[5], toPath: dir + "/corpus/zz-copy2.txt")
        for (format, single, merged) in try Self.splitAndMerge(dir + "/corpus", parts: 4) {
            #expect(single.count > 10_000, "\(format)")
            #expect(single == merged, "\(format): merge differs from the single run")
        }
    }

    @Test func shardsOfOtherKnowledgeOrDamagedAreRefusedAndNothingIsWritten() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = HindsightBinary.root + "/Corpus"
        let files = Self.files(under: corpus).sorted()
        let a = try HindsightBinary.run(["extract", "-q", "--output", dir + "/a.hsx"] + files.prefix(3))
        let b = try HindsightBinary.run(["extract", "-q", "--no-default-entities", "--output", dir + "/b.hsx"] + files.dropFirst(3))
        #expect(a.status == 0 && b.status == 0)
        let mixed = try HindsightBinary.run(["merge", "--output", dir + "/graph.json", dir + "/a.hsx", dir + "/b.hsx"], environment: ["NO_COLOR": "1"])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("\(dir)/b.hsx: extracted with other knowledge files"))
        #expect(mixed.stderr.contains("--no-default-entities"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/graph.json"))

        // The same files in two shards.
        let c = try HindsightBinary.run(["extract", "-q", "--output", dir + "/c.hsx", files[0]])
        #expect(c.status == 0)
        let twice = try HindsightBinary.run(["merge", "--output", dir + "/graph.json", dir + "/a.hsx", dir + "/c.hsx"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("\(files[0]): in two shards"))

        // A truncated shard, and a file that is not a shard.
        let bytes = try #require(FileManager.default.contents(atPath: dir + "/a.hsx"))
        try bytes.prefix(bytes.count - 10).write(to: URL(fileURLWithPath: dir + "/cut.hsx"))
        let cut = try HindsightBinary.run(["merge", "--output", dir + "/graph.json", dir + "/cut.hsx"])
        #expect(cut.status == 2)
        #expect(cut.stderr.contains("\(dir)/cut.hsx: damaged shard"))
        let notShard = try HindsightBinary.run(["merge", "--output", dir + "/graph.json", files[0]])
        #expect(notShard.status == 2)
        #expect(notShard.stderr.contains("\(files[0]): not a shard written by hindsight extract"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/graph.json"))
    }

    @Test func skippedFilesAreToldAgainByMergeWithExitCode1() throws {
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try "Monday, 1 June 2015\n\nA Title\n\nThe Parole Board met on 2 June 2014.\n".write(toFile: dir + "/in/good.txt", atomically: true, encoding: .utf8)
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: dir + "/in/bad.bin"))
        let x = try HindsightBinary.run(["extract", "--output", dir + "/p.hsx", dir + "/in"], environment: ["NO_COLOR": "1"])
        #expect(x.status == 1)
        #expect(x.stderr.contains("\(dir)/in/bad.bin: not text (NUL byte at offset 1); skipped"))
        let m = try HindsightBinary.run(["merge", "--output", dir + "/graph.json", dir + "/p.hsx"], environment: ["NO_COLOR": "1"])
        #expect(m.status == 1)
        #expect(m.stderr.contains("\(dir)/in/bad.bin: not text (NUL byte at offset 1); skipped"))
        #expect(m.stderr.contains("read 1 file, skipped 1"))
        let single = try HindsightBinary.run(["export", "-q", "--output", dir + "/single.json", dir + "/in"])
        #expect(single.status == 1)
        #expect(FileManager.default.contents(atPath: dir + "/graph.json") == FileManager.default.contents(atPath: dir + "/single.json"))
    }
}
