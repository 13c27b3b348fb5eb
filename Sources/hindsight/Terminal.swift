import Foundation
import HindsightSupport

/// Messages on standard error: `hindsight: …`, coloured only on a terminal without `NO_COLOR`.
///
/// Nothing written here can stop the run: a standard error that is full or closed loses the message, never the
/// output (which is written, or reported with exit code 3, by ``writeOutput(to:_:)``).
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var colourOnStderr: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true && isTerminal(STDERR_FILENO)
    }

    /// Whether standard output was closed when the process started (`>&-`): writing to it is then an error, not
    /// a write into whatever file took its descriptor.
    nonisolated(unsafe) static var standardOutputClosed = false

    /// Descriptors 0, 1 and 2 that are closed are opened on `/dev/null`, so that no file the run opens takes
    /// their number (a temporary output file opened as descriptor 1 would receive what is meant for standard
    /// output). A closed standard output is remembered, and writing to it fails with exit code 3.
    static func secureStandardDescriptors() {
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if fd == 1 { standardOutputClosed = true }
            let opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != fd { dup2(opened, fd); close(opened) }
        }
    }

    static func error(_ message: String) { say(message, colour: "31") }
    static func warning(_ message: String) { say("warning: " + message, colour: "33") }
    static func note(_ message: String) { say(message, colour: nil) }

    private static func say(_ message: String, colour: String?) {
        var text = "hindsight: " + safe(message)
        if let colour, colourOnStderr { text = "\u{1B}[\(colour)m" + text + "\u{1B}[0m" }
        writeStandardError(text + "\n")
    }

    /// Writes to standard error, ignoring failure.
    static func writeStandardError(_ text: String) {
        _ = OutputFile.writeAll(STDERR_FILENO, Array(text.utf8))
    }

    /// Text fit for a terminal, for messages: the characters ``TerminalText/isControl(_:)`` names (ESC, the
    /// 8-bit CSI U+009B, the bidirectional controls) are written as visible escapes (`\u{9B}`), so that a file
    /// name holding one is still recognisable; tabs are kept.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { scalar != "\t" && TerminalText.isControl(scalar) }
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
        Terminal.writeStandardError("\r\u{1B}[2K\(stage) \(done)/\(total)")
    }

    func finish() {
        guard enabled, drawn else { return }
        Terminal.writeStandardError("\r\u{1B}[2K")
    }
}
