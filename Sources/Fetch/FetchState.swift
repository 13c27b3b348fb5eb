import Foundation
import HindsightSupport

/// What a fetch remembers in the output folder (`.hindsight-fetch.json`, hidden so that `hindsight export DIR`
/// does not read it), so that the next run fetches only what is new or changed: the feed, each post's file and
/// version and the ids and versions of its comments, and each feed page's validators (`ETag`,
/// `Last-Modified`) with what the page held, so that a `304 Not Modified` page is walked past without its body.
public struct FetchState: Codable, Sendable, Equatable {
    public struct Post: Codable, Sendable, Equatable {
        /// The file's name in the output folder.
        public var file: String
        public var version: String
        public var title: String?
        public var url: String?
        /// The comment count the feed announced when the comments were fetched.
        public var commentCount: Int?
        /// Comment key → version.
        public var comments: [String: String]
        /// `false` when the comment feed could not be read: the next run tries again.
        public var commentsComplete: Bool
    }

    public struct Page: Codable, Sendable, Equatable {
        public var validators: Validators
        /// The next page's address, as found on this page.
        public var next: String?
        /// The keys of the posts on the page.
        public var keys: [String]
    }

    public static let fileName = ".hindsight-fetch.json"

    public var format = 1
    /// The address given, and the feed found for it.
    public var site: String
    public var feed: String
    public var posts: [String: Post] = [:]
    public var pages: [String: Page] = [:]
    /// Validators of comment feeds, by address.
    public var commentFeeds: [String: Validators] = [:]
    /// When the last run ended, and whether it walked the whole feed.
    public var lastRun: String?
    public var complete = false

    public init(site: String, feed: String) {
        self.site = site
        self.feed = feed
    }

    /// The state in `folder`, or `nil` when there is none. A state that cannot be read is set aside (renamed
    /// with `.unreadable`) and `nil` returned, so that the run starts afresh rather than failing for ever.
    public static func load(from folder: String) -> FetchState? {
        let path = folder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        if let state = try? JSONDecoder().decode(FetchState.self, from: data) { return state }
        _ = rename(path, path + ".unreadable")
        return nil
    }

    /// Writes the state atomically.
    public func save(to folder: String) throws(FetchError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(self) } catch { throw .write(path: folder + "/" + Self.fileName, reason: "\(error)") }
        try OutputFile.writeDurably(data, to: folder + "/" + Self.fileName)
    }
}
