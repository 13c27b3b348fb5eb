import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One URLSession data task, run to its end: redirects are handed back rather than followed, the body is
/// collected up to a byte budget, and the caller's cancellation is checked every 50 ms.
final class TransferTask: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Outcome {
        case done(HTTPURLResponse, Data)
        case failed(Error, partial: Int)
        case overBudget
        case cancelled
    }

    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private let byteBudget: Int
    private var body = Data()
    private var response: HTTPURLResponse?
    private var error: Error?
    private var overBudget = false

    init(byteBudget: Int) {
        self.byteBudget = byteBudget
    }

    var received: Int {
        lock.lock(); defer { lock.unlock() }
        return body.count
    }

    func run(_ request: URLRequest, timeout: Double, isCancelled: () -> Bool) -> Outcome {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = 1
        configuration.timeoutIntervalForRequest = timeout
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: request)
        task.resume()
        while finished.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if isCancelled() {
                task.cancel()
                _ = finished.wait(timeout: .now() + .seconds(2))
                return .cancelled
            }
        }
        lock.lock(); defer { lock.unlock() }
        if overBudget { return .overBudget }
        if let error { return .failed(error, partial: body.count) }
        guard let response else { return .failed(URLError(.badServerResponse), partial: body.count) }
        return .done(response, body)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)  // the client follows redirects itself
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock(); self.response = response as? HTTPURLResponse; lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(data)
        let over = body.count > byteBudget
        if over { overBudget = true }
        lock.unlock()
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        self.error = error
        if response == nil { response = task.response as? HTTPURLResponse }
        lock.unlock()
        finished.signal()
    }
}
