/// Why a fetch stopped, or why one part of it (a post's comments) was skipped. Each names the URL it concerns;
/// ``description`` is the first half of the one-line message the command prints (the second half says what was
/// kept).
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The host could not be found, the connection was refused or reset, or TLS failed.
    case connection(url: String, reason: String)
    /// No answer within the timeout, after the retries.
    case timedOut(url: String, seconds: Double, attempts: Int)
    /// An HTTP error status: a 4xx at once, a 5xx (or 429) after the retries.
    case http(url: String, status: Int, attempts: Int)
    /// A 429 or 5xx whose `Retry-After` asks for a longer wait than the fetcher will make.
    case retryAfterTooLong(url: String, status: Int, seconds: Double, limit: Double)
    /// The body ended before the length the server announced.
    case truncated(url: String, received: Int)
    /// The feed is not well-formed XML, or its root is neither `<feed>` nor `<rss>`.
    case malformed(url: String, line: Int, reason: String)
    /// Neither the page nor any of the usual paths gave a feed.
    case noFeedFound(url: String, tried: [String])
    /// A redirect to a scheme other than http or https.
    case redirectRefused(url: String, target: String)
    /// A redirect back to an address already visited in the same chain.
    case redirectLoop(url: String)
    /// More redirects in a row than allowed.
    case tooManyRedirects(url: String, limit: Int)
    /// The site's robots.txt does not allow Hindsight to fetch this address.
    case disallowedByRobots(url: String, robots: String)
    /// `--max-pages` was reached.
    case pageLimit(url: String, limit: Int)
    /// `--max-bytes` was reached.
    case byteLimit(url: String, limit: Int)
    /// Ctrl-C.
    case interrupted(url: String)
    /// A file in the output folder could not be written.
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .connection(let u, let r): return "\(u): \(r)"
        case .timedOut(let u, let s, let n):
            return "\(u): no answer within \(Self.seconds(s)) (\(n == 1 ? "1 attempt" : "\(n) attempts"))"
        case .http(let u, let s, let n):
            let reason = HTTPStatus.reason(s)
            return "\(u): HTTP \(s)\(reason.isEmpty ? "" : " " + reason)" + (n > 1 ? " after \(n) attempts" : "")
        case .retryAfterTooLong(let u, let s, let w, let l):
            return "\(u): HTTP \(s) \(HTTPStatus.reason(s)), asking to wait \(Self.seconds(w)) (Retry-After), more than \(Self.seconds(l))"
        case .truncated(let u, let b): return "\(u): the body was cut short after \(b) bytes (truncated response)"
        case .malformed(let u, let l, let r): return "\(u): line \(l): malformed feed: \(r)"
        case .noFeedFound(let u, let tried):
            return "\(u): no feed found: the page names none (<link rel=\"alternate\">) and none of \(tried.joined(separator: ", ")) is a feed"
        case .redirectRefused(let u, let t): return "\(u): redirect to \(t) refused (only http and https are followed)"
        case .redirectLoop(let u): return "\(u): redirect loop"
        case .tooManyRedirects(let u, let n): return "\(u): more than \(n) redirects in a row"
        case .disallowedByRobots(let u, let r): return "\(u): not fetched: \(r) does not allow it for Hindsight"
        case .pageLimit(let u, let n): return "\(u): not fetched: the limit of \(n) feed pages (--max-pages) was reached"
        case .byteLimit(let u, let n): return "\(u): stopped: the limit of \(n) bytes (--max-bytes) was reached"
        case .interrupted(let u): return "\(u): interrupted"
        case .write(let p, let r): return "\(p): cannot write: \(r)"
        }
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}

/// Reason phrases of the statuses a feed fetch meets.
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 408: return "Request Timeout"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return ""
        }
    }
}
