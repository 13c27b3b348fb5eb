/// Why shards could not be merged. Each names the shard and says what to do.
public enum ShardError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file does not start as a shard does.
    case notAShard(path: String)
    /// A layout version this Hindsight does not read.
    case formatVersion(path: String, version: Int)
    /// The shard ends early or holds bytes that do not decode.
    case damaged(path: String, reason: String)
    /// Written by another extractor version than this Hindsight's.
    case extractorVersion(path: String, shard: Int, this: Int)
    /// Extracted with other knowledge files than the merge reads.
    case knowledge(path: String, shard: String, this: String)
    /// Extracted with other options than the first shard.
    case options(path: String, shard: String, first: String, firstOptions: String)
    /// The same file is in two shards.
    case samePath(file: String, shard: String, other: String)

    public var description: String {
        switch self {
        case .unreadable(let p, let r):
            return "\(p): cannot be read (\(r))"
        case .notAShard(let p):
            return "\(p): not a shard written by hindsight extract; give the .hsx files extract wrote"
        case .formatVersion(let p, let v):
            return "\(p): shard layout version \(v), but this hindsight reads version \(Shard.formatVersion); run hindsight extract again with this build"
        case .damaged(let p, let r):
            return "\(p): damaged shard (\(r)); run hindsight extract again for its paths"
        case .extractorVersion(let p, let s, let t):
            return "\(p): extracted by extractor version \(s), but this hindsight has version \(t); run hindsight extract again with this build for every shard"
        case .knowledge(let p, let s, let t):
            return "\(p): extracted with other knowledge files (hash \(s)) than this merge reads (hash \(t)); give merge the same --entities and --no-default-entities as extract, or extract again"
        case .options(let p, let s, let f, let fo):
            return "\(p): extracted with options \"\(s)\", but \(f) with \"\(fo)\"; extract every shard with the same --format-in"
        case .samePath(let file, let s, let o):
            return "\(file): in two shards (\(o) and \(s)); extract disjoint sets of files"
        }
    }
}
