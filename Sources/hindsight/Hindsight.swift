import ArgumentParser
import Corpus
import Foundation

/// The `hindsight` command: parses arguments and calls the library. One file per subcommand.
@main
struct Hindsight: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindsight",
        abstract: "Turn a corpus of blog posts about a policy's history into a knowledge graph and a timeline.",
        discussion: """
            Hindsight reads blog posts (plain text as saved from the "On Probation" blog, web pages saved as \
            HTML, Atom feeds such as a Blogger export, and RSS feeds; each file's format is told from its \
            content, or set with --format-in), finds the people, organizations, places, programmes and dated \
            events they mention, and builds a knowledge graph with every fact traced to its file and line.

            PATHS are files or folders (read recursively, in a stable order). Curated knowledge (canonical names, \
            aliases, roles) is read from the project's Entities/ folder, or from the folder named by \
            HINDSIGHT_ENTITIES; add your own with --entities DIR.

            EXIT CODES
              0  every file was read
              1  some files were skipped (each named on stderr), or nothing matched
              2  usage error, before any work (bad option, an output that is an input)
              3  an output could not be written (a folder, a full disk, a closed stdout)
              4  (fetch) stopped before the end of the feed; what was fetched is kept

            Outputs are replaced whole or not at all; an input, a link or a device is never replaced \
            (a link's target is; a device or FIFO is written in place).

            Colours are used only on a terminal, never when piped or when NO_COLOR is set.
            """,
        version: "0.1.0",
        subcommands: [ExportCommand.self, EntitiesCommand.self, TimelineCommand.self, GraphCommand.self, ProfileCommand.self, ReportCommand.self, StoreCommand.self, ExtractCommand.self, MergeCommand.self, FetchCommand.self, GenerateCommand.self, BenchCommand.self]
    )

    static func main() {
        Terminal.secureStandardDescriptors()
        if CommandLine.arguments.count == 1 {
            // No subcommand: the help, on standard error, as a usage error.
            Terminal.writeStandardError(helpMessage() + "\n")
            Foundation.exit(2)
        }
        // Arguments as bytes: a path that is not UTF-8 (a Latin-1 `café.txt`) is given to the parser under a
        // printable name (`caf\xE9.txt`) that the corpus reader maps back to its bytes.
        let arguments = (1..<Int(CommandLine.argc)).map { k -> String in
            guard let raw = CommandLine.unsafeArgv[k] else { return "" }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
            return String(validating: bytes, as: UTF8.self) ?? CorpusReader.registerArgument(bytes: bytes)
        }
        do {
            var command = try parseAsRoot(arguments)
            if let reader = command as? ReadsCorpus {
                do { try reader.corpus.checkPaths() } catch {
                    Terminal.writeStandardError("Error: \(error)\nUsage: " + usageString(for: type(of: command)) + "\n")
                    Foundation.exit(2)
                }
            }
            try command.run()
        } catch let failure as Failure {
            Terminal.error(failure.message)
            Foundation.exit(failure.exitCode.rawValue)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // Usage errors exit with 2, as documented.
                Terminal.writeStandardError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
