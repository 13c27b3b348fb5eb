import Foundation

/// The temporary files being written, removed by a signal handler when the process is stopped. The handler only
/// calls `unlink`, which is safe in a signal handler, on paths copied into C memory beforehand.
enum TemporaryFiles {
    static let capacity = 64
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    static let lock = NSLock()
    nonisolated(unsafe) static var installed = false

    /// Keeps `path` for the signal handler; the slot to give back, or -1 when every slot is taken.
    static func register(_ path: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        for i in 0..<capacity where slots[i] == nil {
            slots[i] = strdup(path)
            return i
        }
        return -1
    }

    static func unregister(_ slot: Int) {
        guard slot >= 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let p = slots[slot]
        slots[slot] = nil
        free(p)
    }

    /// SIGINT, SIGTERM, SIGHUP and SIGPIPE remove the temporary files, then stop the process as they would have.
    /// Only signals left to their default action are taken: one the process was started ignoring (SIGHUP under
    /// `nohup`) stays ignored, and one the process handles itself (`fetch` stops after the current request on
    /// Ctrl-C, through a dispatch source) keeps its handler.
    static func installSignalHandlers() {
        lock.lock(); defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            var current = sigaction()
            sigaction(sig, nil, &current)
            #if os(Linux)
            let handled = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) != 0  // not SIG_DFL
            #else
            let handled = unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) != 0
            #endif
            if handled { continue }
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = TemporaryFiles.handler
            #else
            action.__sigaction_u.__sa_handler = TemporaryFiles.handler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(sig, &action, nil)
        }
    }

    static let handler: @convention(c) (Int32) -> Void = { sig in
        for i in 0..<TemporaryFiles.capacity {
            if let p = TemporaryFiles.slots[i] { unlink(p) }
        }
        // SA_RESETHAND restored the default action: the signal stops the process as it would have.
        raise(sig)
    }
}
