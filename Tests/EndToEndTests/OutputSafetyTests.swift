import Foundation
import Testing

/// Outputs onto what is not a plain new file: a FIFO, a device node, a symbolic link, an input, a folder, a full or
/// closed standard output. Nothing but the output itself is ever replaced, and an input never is.
@Suite struct OutputSafetyTests {
    static let page = "Monday, 1 June 2015\n\nA Title\n\nThe National Probation Service began work on 1 June 2014.\n"

    /// A folder with `in/good.txt` and an empty `out/`.
    static func folder() throws -> String {
        let dir = try HindsightBinary.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try page.write(toFile: dir + "/in/good.txt", atomically: true, encoding: .utf8)
        return dir
    }

    static func fileType(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & S_IFMT
    }

    static func isGraphJSON(_ data: Data) -> Bool {
        ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["format"] as? String == "hindsight-graph"
    }

    /// Runs a shell command line (for redirections the test cannot set up through `Process`).
    static func shell(_ script: String, directory: String? = nil) throws -> HindsightBinary.Output {
        try HindsightBinary.run(["-c", script], directory: directory, executable: "/bin/sh")
    }

    /// Major 1, minor 3: the null device, in Linux's encoding of small device numbers.
    static let nullDevice = dev_t((1 << 8) | 3)

    /// Whether this machine lets us make a device node (root in most containers; not in every one).
    static let canMakeDeviceNodes: Bool = {
        let dir = NSTemporaryDirectory() + "hindsight-mknod-\(UUID().uuidString)"
        guard (try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard mknod(dir + "/null", S_IFCHR | 0o666, OutputSafetyTests.nullDevice) == 0 else { return false }
        // A node on a filesystem mounted nodev cannot be opened.
        let fd = open(dir + "/null", O_WRONLY)
        if fd >= 0 { close(fd) }
        return fd >= 0
    }()

    @Test func aFIFOIsWrittenByOpeningItNotReplaced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/out/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        // A reader on the FIFO, as `cat pipe > file` would be.
        let received = try Self.shell("cat '\(fifo)' > '\(dir)/out/received' & sleep 0.3; \(HindsightBinary.path) export -q --output '\(fifo)' '\(dir)/in'; s=$?; wait; exit $s")
        #expect(received.status == 0, "\(received.stderr)")
        #expect(Self.fileType(fifo) == S_IFIFO)
        #expect(Self.isGraphJSON(try Data(contentsOf: URL(fileURLWithPath: dir + "/out/received"))))
        // With no reader, the run is refused rather than left hanging or replacing the FIFO.
        let alone = try HindsightBinary.run(["export", "-q", "--output", fifo, dir + "/in"])
        #expect(alone.status == 3)
        #expect(alone.stderr.contains("\(fifo): cannot write: no process is reading this FIFO"))
        #expect(Self.fileType(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted() == ["pipe", "received"])
    }

    @Test(.enabled(if: OutputSafetyTests.canMakeDeviceNodes, "mknod is not permitted here (not root, or a nodev filesystem)"))
    func aDeviceNodeIsWrittenNotReplaced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let node = dir + "/out/null"
        #expect(mknod(node, S_IFCHR | 0o666, OutputSafetyTests.nullDevice) == 0)
        for command in [["export"], ["timeline"], ["graph", "--format", "dot"]] {
            let out = try HindsightBinary.run(command + ["-q", "--output", node, dir + "/in"])
            #expect(out.status == 0, "\(command): \(out.stderr)")
            #expect(Self.fileType(node) == S_IFCHR, "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out") == ["null"])
    }

    @Test func devStdoutWritesToStandardOutput() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try HindsightBinary.run(["export", "-q", "--output", "/dev/stdout", dir + "/in"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.isGraphJSON(Data(out.stdout.utf8)))
        // Standard output redirected to a file: that file receives the output.
        let file = try Self.shell("\(HindsightBinary.path) export -q --output /dev/stdout '\(dir)/in' > '\(dir)/out/redirected.json'")
        #expect(file.status == 0, "\(file.stderr)")
        #expect(Self.isGraphJSON(try Data(contentsOf: URL(fileURLWithPath: dir + "/out/redirected.json"))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out") == ["redirected.json"])
    }

    @Test func aSymbolicLinkIsFollowedAndItsTargetReplaced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/target", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/target/graph.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/graph.json", withDestinationPath: "../target/graph.json")
        let out = try HindsightBinary.run(["export", "-q", "--output", dir + "/out/graph.json", dir + "/in"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Self.fileType(dir + "/out/graph.json") == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/out/graph.json") == "../target/graph.json")
        #expect(Self.isGraphJSON(try Data(contentsOf: URL(fileURLWithPath: dir + "/target/graph.json"))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/target") == ["graph.json"])
        // A link to a file that does not exist yet creates that file.
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/new.json", withDestinationPath: dir + "/target/new.json")
        let new = try HindsightBinary.run(["export", "-q", "--output", dir + "/out/new.json", dir + "/in"])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(Self.fileType(dir + "/out/new.json") == S_IFLNK)
        #expect(Self.isGraphJSON(try Data(contentsOf: URL(fileURLWithPath: dir + "/target/new.json"))))
    }

    @Test func anOutputThatIsAnInputIsRefusedBeforeAnyWork() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = dir + "/in/good.txt"
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/alias.txt", withDestinationPath: input)
        try FileManager.default.createDirectory(atPath: dir + "/in/sub", withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: input, toPath: dir + "/hard.txt")
        let cases: [[String]] = [
            ["export", "--output", input, input],
            ["export", "--output", dir + "/in/./good.txt", dir + "/in"],            // found inside a folder, spelled otherwise
            ["export", "--output", dir + "/out/alias.txt", dir + "/in"],            // through a link
            ["export", "--output", dir + "/hard.txt", dir + "/in"],                 // a hard link: same inode
            ["timeline", "--output", input, dir + "/in"],
            ["graph", "--format", "svg", "--output", input, dir + "/in/sub/../good.txt"],
        ]
        for args in cases {
            let out = try HindsightBinary.run(args)
            #expect(out.status == 2, "\(args): \(out.stderr)")
            #expect(out.stderr.contains("is the input file"), "\(args): \(out.stderr)")
            #expect(!out.stderr.contains("read 1 file"), "\(args)")
            #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.page, "\(args)")
        }
    }

    @Test func anOutputThatIsAFolderIsRefusedBeforeAnyWork() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for args in [["export"], ["timeline"], ["graph", "--format", "svg"]] {
            let out = try HindsightBinary.run(args + ["--output", dir + "/out", dir + "/in"])
            #expect(out.status == 3, "\(args)")
            #expect(out.stderr.contains("\(dir)/out: cannot write: it is a folder"), "\(args): \(out.stderr)")
            #expect(!out.stderr.contains("read 1 file"), "\(args)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").isEmpty)
    }

    @Test func anExistingOutputKeepsItsPermissionsAndANewOneFollowsTheUmask() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let output = dir + "/out/graph.json"
        try "old".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(chmod(output, 0o600) == 0)
        let out = try HindsightBinary.run(["export", "-q", "--output", output, dir + "/in"])
        #expect(out.status == 0)
        let mode = { (path: String) -> Int? in
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        }
        #expect(mode(output) == 0o600)
        #expect(Self.isGraphJSON(try Data(contentsOf: URL(fileURLWithPath: output))))
        let strict = try Self.shell("umask 077; \(HindsightBinary.path) export -q --output '\(dir)/out/new.json' '\(dir)/in'")
        #expect(strict.status == 0)
        #expect(mode(dir + "/out/new.json") == 0o600)
        let loose = try Self.shell("umask 002; \(HindsightBinary.path) export -q --output '\(dir)/out/open.json' '\(dir)/in'")
        #expect(loose.status == 0)
        #expect(mode(dir + "/out/open.json") == 0o664)
    }

    @Test func aFullOrClosedStandardOutputIsExitCodeThreeNotACrash() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bin = HindsightBinary.path
        let full = try Self.shell("\(bin) export -q '\(dir)/in' > /dev/full")
        #expect(full.status == 3, "\(full.stderr)")
        #expect(full.stderr.contains("standard output: cannot write"))
        let closed = try Self.shell("\(bin) timeline -q '\(dir)/in' >&-")
        #expect(closed.status == 3, "\(closed.stderr)")
        #expect(closed.stderr.contains("standard output: cannot write"))
        // A full standard error loses the messages, never the output.
        let quietless = try Self.shell("\(bin) export --output '\(dir)/out/graph.json' '\(dir)/in' 2>/dev/full; echo \"status $?\"")
        #expect(quietless.stdout.contains("status 0"), "\(quietless.stdout)")
        #expect(Self.isGraphJSON(try Data(contentsOf: URL(fileURLWithPath: dir + "/out/graph.json"))))
        let closedErr = try Self.shell("\(bin) entities '\(dir)/in' 2>&-; echo \"status $?\"")
        #expect(closedErr.stdout.contains("National Probation Service"))
        #expect(closedErr.stdout.contains("status 0"))
    }
}
