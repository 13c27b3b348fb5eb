import Extraction
import Foundation
import GRDB

/// Keeps each document's extraction between runs, so that a run extracts only new or changed files.
///
/// A record is keyed by the file's path and a ``StoreKey`` fingerprint (extractor and binary-form versions,
/// the Hindsight build, the knowledge base and the options that change extraction), and holds the content
/// hash of the file it was read from: it is used only when the path, the fingerprint and the content all
/// match. A store may hold records of several fingerprints (runs with and without `--no-default-entities`).
///
/// One run at a time: a run holds SQLite's exclusive lock on the store from opening to closing (locking mode
/// `EXCLUSIVE`), so a second run, or `store info`, fails at once with ``StoreError/inUse(path:)`` instead of
/// waiting or interleaving. Each batch of new records is one transaction, so a run killed mid-way leaves the
/// store as it was or with whole records only (SQLite rolls back an unfinished transaction when the store is
/// next opened).
public final class ExtractionStore {
    /// The layout of the store's tables, in `PRAGMA user_version`.
    public static let layoutVersion = 1

    public let path: String
    private let queue: DatabaseQueue
    /// A store opened read-only before any run created its tables (an empty SQLite file, as a run killed
    /// while creating the store leaves it): it holds no records, and reading it is not an error.
    private var isEmpty = false

    /// A stored record's description, without its extraction.
    public struct Record: Sendable, Hashable {
        public var path: String
        public var fingerprint: String
        public var contentHash: String
        public var size: Int
        public var storedBytes: Int
        public var readAt: String
        public var hindsightVersion: String
        public var extractorVersion: Int
        public var knowledgeHash: String
        public var options: String
    }

    /// Opens (creating when missing) the store at `path`. With `exclusive`, the run holds the store until
    /// ``close()`` (or the process ends); a store another run holds is ``StoreError/inUse(path:)``.
    public init(path: String, exclusive: Bool = true, create: Bool = true) throws {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) { throw StoreError.missing(path: path) }
        var config = Configuration()
        config.busyMode = .immediateError
        config.readonly = !create && !exclusive
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.writeWithoutTransaction { db in
                if exclusive && !config.readonly {
                    // Take the write lock before reading anything, and keep it for the whole run (the locking
                    // mode). The mode is set only now: set when the connection opens, the reads made while
                    // opening would keep a shared lock, and two runs that each held one would each be refused
                    // the write, so both would fail.
                    try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                    try db.execute(sql: "BEGIN EXCLUSIVE")
                    try db.execute(sql: "COMMIT")
                }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if version == 0 && tables.isEmpty {
                    if config.readonly {
                        isEmpty = true
                        return
                    }
                    try db.inTransaction {
                        try db.execute(sql: """
                            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                            CREATE TABLE extractions (
                                path TEXT NOT NULL,
                                fingerprint TEXT NOT NULL,
                                content_hash TEXT NOT NULL,
                                size INTEGER NOT NULL,
                                read_at TEXT NOT NULL,
                                hindsight_version TEXT NOT NULL,
                                extractor_version INTEGER NOT NULL,
                                knowledge_hash TEXT NOT NULL,
                                options TEXT NOT NULL,
                                extraction BLOB NOT NULL,
                                PRIMARY KEY (path, fingerprint)
                            );
                            INSERT INTO meta VALUES ('format', 'hindsight-store');
                            PRAGMA user_version = \(Self.layoutVersion);
                            """)
                        return .commit
                    }
                } else if version > Self.layoutVersion {
                    throw StoreError.newerVersion(path: path, version: version)
                } else if version != Self.layoutVersion || !tables.contains("extractions") {
                    throw StoreError.notAStore(path: path, reason: "it has no extractions table")
                }
                if exclusive {
                    // A write takes the exclusive lock now, before any long work; the locking mode keeps it.
                    try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('last_run', ?)", arguments: [Self.now()])
                }
            }
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    /// Releases the store (and its lock).
    public func close() throws {
        do { try queue.close() } catch let error as DatabaseError { throw Self.storeError(error, path: path) }
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .inUse(path: path)
        case .SQLITE_NOTADB: return .notAStore(path: path, reason: "not an SQLite database")
        default: return .database(path: path, reason: error.message ?? "\(error)")
        }
    }

    private func run<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.writeWithoutTransaction(body) } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    // MARK: Reading and writing records

    /// The content hash of each path stored under `fingerprint`.
    public func contentHashes(fingerprint: String) throws -> [String: String] {
        if isEmpty { return [:] }
        return try run { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, content_hash FROM extractions WHERE fingerprint = ?", arguments: [fingerprint])
            while let row = try rows.next() { out[row[0]] = row[1] }
            return out
        }
    }

    /// The stored bytes of the extraction of `path` under `fingerprint`.
    public func extraction(path: String, fingerprint: String) throws -> [UInt8]? {
        if isEmpty { return nil }
        return try run { db in
            try Data.fetchOne(db, sql: "SELECT extraction FROM extractions WHERE path = ? AND fingerprint = ?",
                              arguments: [path, fingerprint]).map { [UInt8]($0) }
        }
    }

    /// A new record to store.
    public struct NewRecord: Sendable {
        public var path: String
        public var contentHash: String
        public var size: Int
        public var extraction: [UInt8]

        public init(path: String, contentHash: String, size: Int, extraction: [UInt8]) {
            self.path = path
            self.contentHash = contentHash
            self.size = size
            self.extraction = extraction
        }
    }

    /// Stores records under `key`, replacing those of the same paths, `batch` records per transaction.
    public func save(_ records: [NewRecord], key: StoreKey, batch: Int = 32) throws {
        let now = Self.now()
        var start = 0
        while start < records.count {
            let slice = records[start..<min(records.count, start + batch)]
            try run { db in
                try db.inTransaction {
                    let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    for r in slice {
                        try insert.execute(arguments: [r.path, key.fingerprint, r.contentHash, r.size, now, key.hindsightVersion,
                                                       key.extractorVersion, key.knowledgeHash, key.options, Data(r.extraction)])
                    }
                    return .commit
                }
            }
            start += batch
        }
    }

    /// Forgets the records (of every fingerprint) of the given paths.
    public func forget(paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try run { db in
            try db.inTransaction {
                let delete = try db.makeStatement(sql: "DELETE FROM extractions WHERE path = ?")
                for p in paths { try delete.execute(arguments: [p]) }
                return .commit
            }
        }
    }

    /// Every stored record's description, by path then fingerprint.
    public func records() throws -> [Record] {
        if isEmpty { return [] }
        return try run { db in
            try Row.fetchAll(db, sql: """
                SELECT path, fingerprint, content_hash, size, length(extraction), read_at, hindsight_version,
                       extractor_version, knowledge_hash, options
                FROM extractions ORDER BY path, fingerprint
                """).map { row in
                Record(path: row[0], fingerprint: row[1], contentHash: row[2], size: row[3], storedBytes: row[4],
                       readAt: row[5], hindsightVersion: row[6], extractorVersion: row[7], knowledgeHash: row[8],
                       options: row[9])
            }
        }
    }

    /// The paths stored, each once.
    public func storedPaths() throws -> [String] {
        if isEmpty { return [] }
        return try run { db in try String.fetchAll(db, sql: "SELECT DISTINCT path FROM extractions ORDER BY path") }
    }

    /// The store file's size in bytes.
    public func fileSize() -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Removes the records of files that no longer exist and, unless `keeping` is nil, those whose Hindsight
    /// build or extractor differ from it; then compacts the file. Returns the number of records removed.
    @discardableResult
    public func prune(keeping current: StoreKey?) throws -> Int {
        let all = try records()
        var gone: [(String, String)] = []
        for r in all {
            let missing = !FileManager.default.fileExists(atPath: r.path)
            let stale = current.map { r.hindsightVersion != $0.hindsightVersion || r.extractorVersion != $0.extractorVersion } ?? false
            if missing || stale { gone.append((r.path, r.fingerprint)) }
        }
        try run { db in
            try db.inTransaction {
                let delete = try db.makeStatement(sql: "DELETE FROM extractions WHERE path = ? AND fingerprint = ?")
                for (p, f) in gone { try delete.execute(arguments: [p, f]) }
                return .commit
            }
            try db.execute(sql: "VACUUM")
        }
        return gone.count
    }
}
