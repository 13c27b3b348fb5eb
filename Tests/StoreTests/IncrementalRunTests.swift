import Foundation
import GRDB
import GraphModel
import Store
import Testing
import HindsightPipeline

/// Runs with a store give the same bytes as runs without one, extract only what changed, and keep the store
/// whole when two runs meet.
@Suite struct IncrementalRunTests {
    static let page = """
        Tuesday, 3 March 2020

        A note on the unions

        On 2 March 2020 the National Probation Service told Napo that the plan would change in 2021.
        """

    @Test func firstRunExtractsAllThenReusesAll() throws {
        let dir = try StoreFixtures.corpusCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = [dir + "/corpus"], store = dir + "/store.sqlite"
        let plain = try StoreFixtures.plainJSON(paths)
        let (first, r1) = try StoreFixtures.storedJSON(paths, store: store)
        #expect(first == plain)
        #expect(r1 == StoredPipeline.Report(reused: 0, extracted: 9, forgotten: 0))
        let (second, r2) = try StoreFixtures.storedJSON(paths, store: store)
        #expect(second == plain)
        #expect(r2 == StoredPipeline.Report(reused: 9, extracted: 0, forgotten: 0))
    }

    @Test func addChangeRemoveAndRenameAFile() throws {
        let dir = try StoreFixtures.corpusCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = [dir + "/corpus"], store = dir + "/store.sqlite", fm = FileManager.default
        _ = try StoreFixtures.storedJSON(paths, store: store)

        // Add.
        try Self.page.write(toFile: dir + "/corpus/2020-03-03-a-note.txt", atomically: true, encoding: .utf8)
        var (bytes, report) = try StoreFixtures.storedJSON(paths, store: store)
        #expect(bytes == (try StoreFixtures.plainJSON(paths)))
        #expect(report == StoredPipeline.Report(reused: 9, extracted: 1, forgotten: 0))

        // Change.
        try (Self.page + "\nThe Ministry of Justice agreed on 4 March 2020.\n").write(toFile: dir + "/corpus/2020-03-03-a-note.txt", atomically: true, encoding: .utf8)
        (bytes, report) = try StoreFixtures.storedJSON(paths, store: store)
        #expect(bytes == (try StoreFixtures.plainJSON(paths)))
        #expect(String(decoding: bytes, as: UTF8.self).contains("2020-03-04"))
        #expect(report == StoredPipeline.Report(reused: 9, extracted: 1, forgotten: 0))

        // Rename: the new path is read, the old one forgotten.
        try fm.moveItem(atPath: dir + "/corpus/2020-03-03-a-note.txt", toPath: dir + "/corpus/2020-03-03-renamed.txt")
        (bytes, report) = try StoreFixtures.storedJSON(paths, store: store)
        #expect(bytes == (try StoreFixtures.plainJSON(paths)))
        #expect(String(decoding: bytes, as: UTF8.self).contains("2020-03-03-renamed.txt"))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("a-note"))
        #expect(report == StoredPipeline.Report(reused: 9, extracted: 1, forgotten: 1))

        // Remove.
        try fm.removeItem(atPath: dir + "/corpus/2014-06-02-the-split.txt")
        (bytes, report) = try StoreFixtures.storedJSON(paths, store: store)
        #expect(bytes == (try StoreFixtures.plainJSON(paths)))
        #expect(report == StoredPipeline.Report(reused: 9, extracted: 0, forgotten: 1))
        let s = try ExtractionStore(path: store)
        #expect(try s.storedPaths().count == 9)
        #expect(try !s.storedPaths().contains { $0.hasSuffix("the-split.txt") || $0.hasSuffix("a-note.txt") })
        try s.close()
    }

    @Test func aStoreInsideTheCorpusIsNotRead() throws {
        let dir = try StoreFixtures.corpusCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = [dir + "/corpus"], store = dir + "/corpus/store.sqlite"
        let plain = try StoreFixtures.plainJSON(paths)
        for expected in [StoredPipeline.Report(reused: 0, extracted: 9, forgotten: 0), .init(reused: 9, extracted: 0, forgotten: 0)] {
            let (bytes, report) = try StoreFixtures.storedJSON(paths, store: store)
            #expect(bytes == plain)
            #expect(report == expected)
        }
        let s = try ExtractionStore(path: store)
        defer { try? s.close() }
        let key = StoreKey(hindsightVersion: "test", knowledgeHash: "k", options: "")
        let (run, _) = try StoredPipeline(pipeline: Pipeline(knowledge: .empty), key: key).run(paths: paths, store: s)
        #expect(run.corpus.errors.isEmpty && run.corpus.filesFound == 9)
    }

    @Test func duplicatesAndUnreadableFilesAsWithoutAStore() throws {
        let dir = try StoreFixtures.corpusCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = [dir + "/corpus"], store = dir + "/store.sqlite"
        try FileManager.default.copyItem(atPath: dir + "/corpus/2014-06-02-the-split.txt", toPath: dir + "/corpus/copy.txt")
        FileManager.default.createFile(atPath: dir + "/corpus/image.png", contents: Data([0x89, 0x50, 0x00, 0x01]))
        let plain = try StoreFixtures.plainJSON(paths)
        #expect(String(decoding: plain, as: UTF8.self).contains("copy.txt"))
        for expected in [StoredPipeline.Report(reused: 0, extracted: 9, forgotten: 0), .init(reused: 9, extracted: 0, forgotten: 0)] {
            let (bytes, report) = try StoreFixtures.storedJSON(paths, store: store)
            #expect(bytes == plain)
            #expect(report == expected)
        }
    }

    @Test func changedKnowledgeOrBuildExtractsAgain() throws {
        let dir = try StoreFixtures.corpusCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = [dir + "/corpus"], store = dir + "/store.sqlite", entities = dir + "/entities"
        try FileManager.default.copyItem(atPath: StoreFixtures.entities, toPath: entities)
        _ = try StoreFixtures.storedJSON(paths, store: store, folders: [entities])
        // A new knowledge record: every document is extracted again, and the outputs follow the new knowledge.
        let extra = #"{"records": [{"type": "organization", "name": "Probation Watch Trust", "aliases": ["PWT"], "sources": ["written for this test"]}]}"#
        try extra.write(toFile: entities + "/zz-test.json", atomically: true, encoding: .utf8)
        var (bytes, report) = try StoreFixtures.storedJSON(paths, store: store, folders: [entities])
        #expect(bytes == (try StoreFixtures.plainJSON(paths, folders: [entities])))
        #expect(report.extracted == 9)
        (bytes, report) = try StoreFixtures.storedJSON(paths, store: store, folders: [entities])
        #expect(report.reused == 9)
        // Another build of Hindsight.
        (bytes, report) = try StoreFixtures.storedJSON(paths, store: store, folders: [entities], build: "other")
        #expect(report.extracted == 9)
        // Both keys stay until pruned; pruning for the current build keeps its records only.
        let s = try ExtractionStore(path: store)
        #expect(Set(try s.records().map(\.fingerprint)).count == 3)
        let current = StoreKey(hindsightVersion: "other", knowledgeHash: "", options: "")
        #expect(try s.prune(keeping: current) == 18)
        #expect(try s.records().count == 9)
        try s.close()
    }

    @Test func aSecondRunIsRefusedWhileOneHoldsTheStore() throws {
        let dir = try StoreFixtures.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try ExtractionStore(path: dir + "/store.sqlite")
        do {
            _ = try ExtractionStore(path: dir + "/store.sqlite")
            Issue.record("a second writer opened the store")
        } catch StoreError.inUse(let path) {
            #expect(path == dir + "/store.sqlite")
            #expect("\(StoreError.inUse(path: path))".contains("in use by another hindsight run"))
        }
        #expect(throws: StoreError.self) { try ExtractionStore(path: dir + "/store.sqlite", exclusive: false, create: false).records() }
        try first.close()
        let again = try ExtractionStore(path: dir + "/store.sqlite")
        try again.close()
    }

    /// A run killed while creating its store leaves an empty SQLite file: reading it finds no records (it is
    /// not an error), and the next run creates the tables in it.
    @Test func anEmptyStoreFileReadsAsNoRecordsAndIsCompletedByTheNextRun() throws {
        let dir = try StoreFixtures.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/store.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data())
        let reader = try ExtractionStore(path: path, exclusive: false, create: false)
        #expect(try reader.records().isEmpty)
        #expect(try reader.storedPaths().isEmpty)
        #expect(try reader.contentHashes(fingerprint: "any").isEmpty)
        try reader.close()
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue == 0)
        let writer = try ExtractionStore(path: path)
        #expect(try writer.records().isEmpty)
        try writer.close()
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables.contains("extractions"))
    }

    @Test func aFileThatIsNotAStoreIsRefused() throws {
        let dir = try StoreFixtures.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "not a database at all, just some text that is long enough to fill a header page".write(toFile: dir + "/x.sqlite", atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try ExtractionStore(path: dir + "/x.sqlite") }
        let other = try DatabaseQueue(path: dir + "/other.sqlite")
        try other.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try other.close()
        #expect(throws: StoreError.self) { try ExtractionStore(path: dir + "/other.sqlite") }
    }
}

/// What the corpus reader reports (documents, errors, warnings, counts) is the same with a store, on a first
/// run and on a run that reads everything back.
@Suite struct StoredCorpusReportTests {
    @Test func errorsWarningsAndDocumentsAsWithoutAStore() throws {
        let dir = try StoreFixtures.corpusCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: dir + "/corpus/2014-06-02-the-split.txt", toPath: dir + "/corpus/a-copy.txt")
        fm.createFile(atPath: dir + "/corpus/blank.txt", contents: Data("  \n".utf8))
        fm.createFile(atPath: dir + "/corpus/binary.dat", contents: Data([0x41, 0x00, 0x42]))
        fm.createFile(atPath: dir + "/corpus/latin.txt", contents: Data(Array("Monday, 1 June 2015\n\nCaf".utf8) + [0xE9] + Array(" talk\n\nNapo met on 2 June 2015.\n".utf8)))
        let paths = [dir + "/corpus", dir + "/missing.txt"]
        let kb = try StoreFixtures.knowledge()
        let plain = Pipeline(knowledge: kb, threads: 2).run(paths: paths).corpus
        #expect(plain.errors.count == 2 && plain.warnings.count >= 3)
        let key = StoreKey(hindsightVersion: "test", knowledgeHash: "k", options: "")
        for _ in 0..<2 {
            let store = try ExtractionStore(path: dir + "/store.sqlite")
            let (run, _) = try StoredPipeline(pipeline: Pipeline(knowledge: kb, threads: 2), key: key).run(paths: paths, store: store)
            try store.close()
            #expect(run.corpus.documents == plain.documents)
            #expect(run.corpus.errors == plain.errors)
            #expect(run.corpus.warnings == plain.warnings)
            #expect(run.corpus.filesFound == plain.filesFound && run.corpus.bytesRead == plain.bytesRead)
        }
    }
}
