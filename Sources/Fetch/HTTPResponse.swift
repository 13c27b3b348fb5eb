import Foundation

/// An HTTP response, after redirects.
public struct HTTPResponse: Sendable {
    /// The address that answered (the last one of a redirect chain).
    public var url: URL
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: Data

    public var isNotModified: Bool { status == 304 }
}

/// The validators of a response, sent back on the next request for the same address so that an unchanged page
/// costs the server a `304 Not Modified` (`ETag` → `If-None-Match`, `Last-Modified` → `If-Modified-Since`).
public struct Validators: Sendable, Codable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    init?(_ response: HTTPResponse) {
        etag = response.headers["etag"]
        lastModified = response.headers["last-modified"]
        if etag == nil && lastModified == nil { return nil }
    }
}
