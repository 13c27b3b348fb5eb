import Foundation

/// Messages on standard error: `hindsight: …`, coloured only on a terminal without `NO_COLOR`.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var colourOnStderr: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true && isTerminal(STDERR_FILENO)
    }

    static func error(_ message: String) { say(message, colour: "31") }
    static func warning(_ message: String) { say("warning: " + message, colour: "33") }
    static func note(_ message: String) { say(message, colour: nil) }

    private static func say(_ message: String, colour: String?) {
        let clean = message.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F || $0 == "\t" }
        var text = "hindsight: " + String(String.UnicodeScalarView(clean))
        if let colour, colourOnStderr { text = "\u{1B}[\(colour)m" + text + "\u{1B}[0m" }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// A one-line progress report on a terminal's standard error, redrawn at most ten times a second.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var last = ContinuousClock.now
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ stage: String, _ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = ContinuousClock.now
        guard now - last > .milliseconds(100) || done == total else { return }
        last = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(stage) \(done)/\(total)".utf8))
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
