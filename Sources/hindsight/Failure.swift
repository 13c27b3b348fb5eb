import ArgumentParser

/// How a command that cannot finish its work ends: the exit code the README documents, and the one-line message
/// said on standard error. Commands throw it; ``Hindsight/main()`` alone prints the message and exits, so that
/// which problem gives which code is decided here and nowhere else.
///
/// (A run whose only trouble is that some files were skipped, each already named as it was read, throws the bare
/// `ExitCode(1)` that ``CorpusOptions/run()`` returns.)
enum Failure: Error {
    /// Exit code 1: the run finished but produced nothing (an empty timeline or map).
    case nothingMatched(String)
    /// Exit code 2: a usage error, found before any output was written (a bad value, an unknown name).
    case usage(String)
    /// Exit code 3: an output could not be written, or the means to write it are missing.
    case outputNotWritten(String)
    /// Exit code 4: `fetch` stopped before the end because the site or the network failed it.
    case fetchStopped(String)
    /// Exit code 130: stopped by Ctrl-C (SIGINT) or SIGTERM, with every file written whole.
    case interrupted(String)

    var exitCode: ExitCode {
        switch self {
        case .nothingMatched: return ExitCode(1)
        case .usage: return ExitCode(2)
        case .outputNotWritten: return ExitCode(3)
        case .fetchStopped: return ExitCode(4)
        case .interrupted: return ExitCode(130)
        }
    }

    var message: String {
        switch self {
        case .nothingMatched(let m), .usage(let m), .outputNotWritten(let m), .fetchStopped(let m), .interrupted(let m):
            return m
        }
    }

    /// Runs `body`; an error it throws becomes `failure` of the error's description (with `prefix` before it,
    /// such as the option that was at fault).
    static func on<T>(_ failure: (String) -> Failure, prefix: String = "", _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as Failure { throw error } catch let code as ExitCode { throw code } catch { throw failure(prefix + "\(error)") }
    }
}
