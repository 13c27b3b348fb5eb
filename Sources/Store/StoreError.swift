/// Why a store could not be used.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// Another run holds the store.
    case inUse(path: String)
    /// The file is not a Hindsight store (another database, or not a database).
    case notAStore(path: String, reason: String)
    /// The store is of a newer layout than this Hindsight reads.
    case newerVersion(path: String, version: Int)
    /// `store info` or `store prune` on a file that does not exist.
    case missing(path: String)
    /// SQLite failed.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .inUse(let p):
            return "\(p): the store is in use by another hindsight run; run again when it has finished (or give another --store)"
        case .notAStore(let p, let r):
            return "\(p): not a Hindsight store (\(r)); give a new file name or a store an earlier run wrote"
        case .newerVersion(let p, let v):
            return "\(p): the store has layout version \(v), newer than this hindsight reads (\(ExtractionStore.layoutVersion)); use a newer hindsight or a new store"
        case .missing(let p):
            return "\(p): no such store"
        case .database(let p, let r):
            return "\(p): store: \(r)"
        }
    }
}
