#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the process has freed back to the system.
///
/// glibc's allocator keeps freed memory in the process, and keeps it per thread: what the extraction threads
/// free (each document's text, its extraction) cannot serve the graph step's allocations on another thread, so
/// without this the peak resident memory is what was freed plus what is built after it. A stage that has just
/// released a large part of its results calls ``release()`` (glibc's `malloc_trim`, found at run time; nothing
/// elsewhere). Example: after every document is extracted and its text dropped, the text's pages go back before
/// the graph is built.
public enum FreedMemory {
    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    nonisolated(unsafe) private static let trim: Trim? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()
    #endif

    /// Returns the freed memory of every allocator arena to the system. Costs a few milliseconds; call it once
    /// per stage, not in a loop.
    public static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}
