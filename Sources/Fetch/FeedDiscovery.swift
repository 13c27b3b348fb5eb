import Corpus
import Foundation

/// Finds a blog's feed from its address: the address itself when it is a feed; else the posts feed the page
/// names with `<link rel="alternate" type="application/atom+xml">` (Atom preferred to RSS, comment feeds left
/// aside); else the first of the platforms' usual paths that answers with a feed (`/feeds/posts/default` on
/// Blogger, `/feed/` on WordPress, `/atom.xml`, `/rss.xml`, `/feed.xml`, `/index.xml`).
public struct FeedDiscovery {
    public static let usualPaths = ["/feeds/posts/default", "/feed/", "/atom.xml", "/rss.xml", "/feed.xml", "/index.xml"]
    static let accept = "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5"

    let client: PoliteHTTPClient

    public init(client: PoliteHTTPClient) {
        self.client = client
    }

    /// The feed's address.
    public func feed(for address: URL) throws(FetchError) -> URL {
        var refused: FetchError?
        do {
            let r = try client.get(address, accept: FeedDiscovery.accept)
            if FeedPage.looksLikeFeed(r.body) { return r.url }
            if let link = FeedDiscovery.alternateFeed(inHTML: String(decoding: r.body, as: UTF8.self), base: r.url) { return link }
        } catch {
            switch error {
            case .http(_, let status, _) where (400..<500).contains(status): break  // try the usual paths
            case .disallowedByRobots: refused = error
            default: throw error
            }
        }
        var tried: [String] = []
        let origin = PoliteHTTPClient.origin(of: address)
        for path in FeedDiscovery.usualPaths {
            guard let url = URL(string: origin + path) else { continue }
            tried.append(path)
            do {
                let r = try client.get(url, accept: FeedDiscovery.accept)
                if FeedPage.looksLikeFeed(r.body) { return r.url }
            } catch {
                switch error {
                case .http, .malformed, .redirectLoop, .redirectRefused, .tooManyRedirects: continue
                case .disallowedByRobots: refused = refused ?? error
                default: throw error
                }
            }
        }
        if let refused { throw refused }
        throw .noFeedFound(url: address.absoluteString, tried: tried)
    }

    /// The posts feed an HTML page names in its `<link rel="alternate">` elements.
    public static func alternateFeed(inHTML html: String, base: URL) -> URL? {
        guard let tokens = try? HTMLTokenizer().tokens(html) else { return nil }
        var atom: URL?, rss: URL?
        for token in tokens {
            guard case .startTag(let tag) = token, tag.name == "link",
                  let rel = tag.attribute("rel")?.lowercased().split(separator: " "), rel.contains("alternate"),
                  let type = tag.attribute("type")?.lowercased(), let href = tag.attribute("href") else { continue }
            let title = tag.attribute("title")?.lowercased() ?? ""
            if title.contains("comment") || href.lowercased().contains("comments") { continue }
            guard let url = URL(string: href.trimmingSpaces, relativeTo: base)?.absoluteURL else { continue }
            if type.hasPrefix("application/atom+xml") { atom = atom ?? url }
            if type.hasPrefix("application/rss+xml") { rss = rss ?? url }
        }
        return atom ?? rss
    }
}
