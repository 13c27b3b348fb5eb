import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A polite HTTP client on Foundation's `URLSession`: one request at a time, a delay between requests,
/// robots.txt read once per site and honoured, `Retry-After` and 429/503/5xx retried with backoff, redirects
/// followed by hand (within a limit, never to a scheme other than http or https, never in a loop), a byte
/// budget for the run, and cancellation (Ctrl-C) checked while waiting.
public final class PoliteHTTPClient: @unchecked Sendable {
    public let settings: FetchSettings
    private let lock = NSLock()
    private var cancelled = false
    private var robots: [String: RobotsPolicy] = [:]
    private var lastRequestEnd: ContinuousClock.Instant?
    /// Bytes of response bodies received so far.
    public private(set) var bytesReceived = 0
    /// Requests sent so far (robots.txt and retries included).
    public private(set) var requestCount = 0

    public init(settings: FetchSettings) {
        self.settings = settings
    }

    /// Stops the current request or wait as soon as possible; later calls throw ``FetchError/interrupted(url:)``.
    public func cancel() {
        lock.lock(); cancelled = true; lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }

    /// GETs `url`: robots.txt permitting, following redirects, retrying what may pass. A 304 (when
    /// `validators` are given) and every 2xx are returned; other statuses throw ``FetchError/http(url:status:attempts:)``.
    public func get(_ url: URL, validators: Validators? = nil, accept: String) throws(FetchError) -> HTTPResponse {
        let response = try follow(url, validators: validators, accept: accept, checkRobots: true)
        guard (200..<300).contains(response.status) || response.status == 304 else {
            throw .http(url: response.url.absoluteString, status: response.status, attempts: 1)
        }
        return response
    }

    /// The robots policy of the site of `url`, read on first use.
    public func robotsPolicy(for url: URL) throws(FetchError) -> RobotsPolicy {
        let origin = PoliteHTTPClient.origin(of: url)
        lock.lock()
        let known = robots[origin]
        lock.unlock()
        if let known { return known }
        guard let robotsURL = URL(string: origin + "/robots.txt") else { return .allowAll }
        let policy: RobotsPolicy
        do {
            let r = try follow(robotsURL, validators: nil, accept: "text/plain", checkRobots: false)
            switch r.status {
            case 200..<300: policy = RobotsPolicy(parsing: String(decoding: r.body, as: UTF8.self), agent: settings.robotsAgent)
            case 400..<500: policy = .allowAll   // no robots.txt: everything is allowed
            default: policy = .disallowAll        // the server cannot say: fetch nothing (RFC 9309, 2.3.1.4)
            }
        } catch .http(_, let status, _) where status >= 500 {
            policy = .disallowAll
        }
        lock.lock(); robots[origin] = policy; lock.unlock()
        return policy
    }

    /// `scheme://host[:port]`.
    static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "http"
        let host = url.host ?? ""
        let bracketed = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(bracketed)" + (url.port.map { ":\($0)" } ?? "")
    }

    static func pathAndQuery(of url: URL) -> String {
        guard let c = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url.path }
        let path = c.percentEncodedPath.isEmpty ? "/" : c.percentEncodedPath
        return path + (c.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    private func follow(_ start: URL, validators: Validators?, accept: String, checkRobots: Bool) throws(FetchError) -> HTTPResponse {
        var current = start
        var visited: Set<String> = [start.absoluteString]
        var redirects = 0
        while true {
            guard let scheme = current.scheme?.lowercased(), scheme == "http" || scheme == "https", current.host != nil else {
                throw .redirectRefused(url: start.absoluteString, target: current.absoluteString)
            }
            if checkRobots {
                let policy = try robotsPolicy(for: current)
                guard policy.allows(PoliteHTTPClient.pathAndQuery(of: current)) else {
                    throw .disallowedByRobots(url: current.absoluteString, robots: PoliteHTTPClient.origin(of: current) + "/robots.txt")
                }
            }
            let response = try retrying(current, validators: validators, accept: accept)
            guard (300..<400).contains(response.status), response.status != 304, let location = response.headers["location"] else {
                return response
            }
            guard let next = URL(string: location.trimmingSpaces, relativeTo: current)?.absoluteURL else {
                throw .redirectRefused(url: current.absoluteString, target: location)
            }
            guard let scheme = next.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
                throw .redirectRefused(url: current.absoluteString, target: next.absoluteString)
            }
            guard visited.insert(next.absoluteString).inserted else { throw .redirectLoop(url: start.absoluteString) }
            redirects += 1
            guard redirects <= settings.maxRedirects else { throw .tooManyRedirects(url: start.absoluteString, limit: settings.maxRedirects) }
            current = next
        }
    }

    /// One request, tried again (after `Retry-After`, else a doubling backoff) on a timeout, a lost connection,
    /// a 429, or a 5xx.
    private func retrying(_ url: URL, validators: Validators?, accept: String) throws(FetchError) -> HTTPResponse {
        var attempt = 0
        while true {
            attempt += 1
            let outcome = try once(url, validators: validators, accept: accept)
            let retryAfter: Double?
            switch outcome {
            case .success(let r) where r.status == 429 || (500..<600).contains(r.status):
                guard attempt <= settings.retries else { throw .http(url: url.absoluteString, status: r.status, attempts: attempt) }
                retryAfter = r.headers["retry-after"].flatMap(PoliteHTTPClient.retryAfterSeconds)
                if let retryAfter, retryAfter > settings.maxRetryAfter {
                    throw .retryAfterTooLong(url: url.absoluteString, status: r.status, seconds: retryAfter, limit: settings.maxRetryAfter)
                }
            case .success(let r):
                return r
            case .failure(let error):
                switch error {
                case .timedOut, .truncated, .connection(_, PoliteHTTPClient.connectionLost):
                    guard attempt <= settings.retries else {
                        if case .timedOut(let u, let s, _) = error { throw .timedOut(url: u, seconds: s, attempts: attempt) }
                        throw error
                    }
                    retryAfter = nil
                default:
                    throw error
                }
            }
            let backoff = min(60, max(1, settings.delay) * Double(1 << min(attempt - 1, 6)))
            try pause(retryAfter ?? backoff, url: url)
        }
    }

    /// `Retry-After` as seconds: a number, or an HTTP date.
    static func retryAfterSeconds(_ value: String) -> Double? {
        let v = value.trimmingSpaces
        if let s = Double(v), s >= 0 { return s }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = f.date(from: v) else { return nil }
        return max(0, date.timeIntervalSinceNow)
    }

    static let connectionLost = "the connection was lost before the response was complete"

    /// Sleeps `seconds`, waking to check for cancellation.
    private func pause(_ seconds: Double, url: URL) throws(FetchError) {
        let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < end {
            if isCancelled { throw .interrupted(url: url.absoluteString) }
            Thread.sleep(forTimeInterval: min(0.05, max(0, (end - ContinuousClock.now).seconds)))
        }
        if isCancelled { throw .interrupted(url: url.absoluteString) }
    }

    /// The delay since the end of the last request, then one request.
    private func once(_ url: URL, validators: Validators?, accept: String) throws(FetchError) -> Result<HTTPResponse, FetchError> {
        var delay = settings.delay
        lock.lock()
        if let crawl = robots[PoliteHTTPClient.origin(of: url)]?.crawlDelay { delay = max(delay, min(crawl, 60)) }
        let last = lastRequestEnd
        lock.unlock()
        if let last {
            let waited = (ContinuousClock.now - last).seconds
            if waited < delay { try pause(delay - waited, url: url) }
        }
        if isCancelled { throw .interrupted(url: url.absoluteString) }
        let budget = settings.maxBytes - bytesReceived
        guard budget > 0 else { throw .byteLimit(url: url.absoluteString, limit: settings.maxBytes) }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: settings.timeout)
        request.httpMethod = "GET"
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue(accept, forHTTPHeaderField: "Accept")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let modified = validators?.lastModified { request.setValue(modified, forHTTPHeaderField: "If-Modified-Since") }
        let task = TransferTask(byteBudget: budget)
        let outcome = task.run(request, timeout: settings.timeout, isCancelled: { [unowned self] in self.isCancelled })
        lock.lock()
        requestCount += 1
        bytesReceived += task.received
        lastRequestEnd = ContinuousClock.now
        lock.unlock()
        switch outcome {
        case .done(let response, let body):
            var headers: [String: String] = [:]
            for (k, v) in response.allHeaderFields {
                if let k = k as? String, let v = v as? String { headers[k.lowercased()] = v }
            }
            // A body shorter than its announced length (when not compressed on the wire) was cut short.
            if let length = headers["content-length"].flatMap(Int.init), headers["content-encoding"] == nil, body.count < length {
                return .failure(.truncated(url: url.absoluteString, received: body.count))
            }
            return .success(HTTPResponse(url: url, status: response.statusCode, headers: headers, body: body))
        case .failed(let error, let partial):
            return .failure(PoliteHTTPClient.fetchError(error, url: url, received: partial, timeout: settings.timeout))
        case .overBudget:
            throw .byteLimit(url: url.absoluteString, limit: settings.maxBytes)
        case .cancelled:
            throw .interrupted(url: url.absoluteString)
        }
    }

    /// A transport error as a ``FetchError``.
    static func fetchError(_ error: Error, url: URL, received: Int, timeout: Double) -> FetchError {
        let u = url.absoluteString
        guard let e = error as? URLError else { return .connection(url: u, reason: "\(error.localizedDescription)") }
        switch e.code {
        case .timedOut: return .timedOut(url: u, seconds: timeout, attempts: 1)
        case .cannotFindHost, .dnsLookupFailed: return .connection(url: u, reason: "the host name could not be found (DNS)")
        case .cannotConnectToHost: return .connection(url: u, reason: "the connection was refused")
        case .notConnectedToInternet: return .connection(url: u, reason: "no network connection")
        case .networkConnectionLost:
            return received > 0 ? .truncated(url: u, received: received) : .connection(url: u, reason: connectionLost)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid, .clientCertificateRejected, .clientCertificateRequired:
            return .connection(url: u, reason: "TLS failed (\(e.code == .secureConnectionFailed ? "no secure connection could be made" : "the server's certificate is not trusted"))")
        case .badServerResponse: return .connection(url: u, reason: "the server's answer is not HTTP")
        case .unknown where e.localizedDescription.contains("SSL") || e.localizedDescription.contains("TLS"):
            return .connection(url: u, reason: "TLS failed (\(e.localizedDescription))")   // libcurl's OpenSSL errors
        case .unknown where received > 0:
            return .truncated(url: u, received: received)   // libcurl: "transfer closed with n bytes remaining"

        case .unsupportedURL: return .connection(url: u, reason: "unsupported address")
        default:
            return .connection(url: u, reason: "\(e.localizedDescription) (URLError \(e.code.rawValue))")
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
