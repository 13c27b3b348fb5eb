import Foundation

/// The fixture blog (`Tests/FetchTests/Server/blog_server.py`, Python's standard library) on 127.0.0.1, on a
/// free port, serving a copy of `blog.json` that a test may edit between runs. Tests never contact another host.
final class BlogServer {
    static let script = HindsightBinary.root + "/Tests/FetchTests/Server/blog_server.py"
    static let fixture = HindsightBinary.root + "/Tests/FetchTests/Server/blog.json"
    static let pythonAvailable: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import http.server"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    let folder: String
    let dataPath: String
    let logPath: String
    let port: Int
    private let process: Process

    var base: String { "http://127.0.0.1:\(port)" }

    init(shape: String = "blogger", faults: [String] = [], extra: [String] = []) throws {
        folder = try HindsightBinary.tempDir()
        dataPath = folder + "/blog.json"
        logPath = folder + "/requests.jsonl"
        try FileManager.default.copyItem(atPath: BlogServer.fixture, toPath: dataPath)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", BlogServer.script, "--data", dataPath, "--shape", shape, "--log", logPath]
            + faults.flatMap { ["--fault", $0] } + extra
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let p = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        port = p
    }

    deinit {
        // SIGKILL by its id: the test runner's threads block SIGTERM, and a child inherits that mask.
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The requests logged so far: path, status, user agent, If-None-Match, start and end times.
    func requests() -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    var paths: [String] { requests().compactMap { $0["path"] as? String } }

    func clearLog() { try? FileManager.default.removeItem(atPath: logPath) }

    /// Changes the blog the server serves (from the next request on).
    func edit(_ change: (inout [String: Any]) -> Void) throws {
        var blog = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dataPath))) as! [String: Any]
        change(&blog)
        try JSONSerialization.data(withJSONObject: blog).write(to: URL(fileURLWithPath: dataPath), options: .atomic)
    }

    /// A port on 127.0.0.1 where nothing listens.
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
