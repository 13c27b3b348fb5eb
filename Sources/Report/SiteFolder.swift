import Foundation

/// Writes a site whole or not at all, and never touches a file of the output folder that it did not write.
///
/// Pages are written into a fresh temporary folder beside the output folder (`.report.tmp-<pid>-<random>` next to
/// `report/`). `commit()` then either renames that folder into place (when the output folder does not exist) or
/// moves each written file over its old copy in the existing folder, and removes the files that a previous run
/// wrote (listed in `.hindsight-report`) but this one did not. Anything else in the folder is left alone.
/// `abandon()` (or any failure) removes the temporary folder and leaves the output folder as it was.
final class SiteFolder {
    /// The name of the list of files a run wrote, kept in the output folder.
    static let manifestName = ".hindsight-report"

    let target: String
    let temporary: String
    private(set) var written: [String] = []
    private(set) var bytesWritten = 0
    private(set) var largest: (path: String, bytes: Int) = ("", 0)
    private var folders: Set<String> = []

    /// Creates the temporary folder next to `target`.
    /// - Throws: `ReportError.outputFolder` when the parent folder is missing or not writable.
    init(target: String) throws(ReportError) {
        let fm = FileManager.default
        let (standardized, parent) = try SiteFolder.check(target)
        self.target = standardized
        let name = (standardized as NSString).lastPathComponent
        temporary = parent + "/." + name + ".tmp-" + String(ProcessInfo.processInfo.processIdentifier) + "-"
            + String(UInt32.random(in: 0...UInt32.max))
        do {
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        } catch {
            throw .outputFolder(target, "cannot create a temporary folder beside it (\(error.localizedDescription))")
        }
    }

    /// Checks that a site can be written at `target` (its parent folder exists and is writable, and it is not a
    /// file), before any long work; returns it without trailing slashes, and its parent.
    @discardableResult
    static func check(_ target: String) throws(ReportError) -> (target: String, parent: String) {
        let fm = FileManager.default
        var standardized = target
        while standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        let parent = (standardized as NSString).deletingLastPathComponent.isEmpty
            ? "." : (standardized as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: parent, isDirectory: &isDir), isDir.boolValue else {
            throw .outputFolder(target, "its parent folder \(parent) does not exist")
        }
        if fm.fileExists(atPath: standardized, isDirectory: &isDir), !isDir.boolValue {
            throw .outputFolder(target, "it is a file, not a folder; give a folder name")
        }
        guard fm.isWritableFile(atPath: parent) else {
            throw .outputFolder(target, "its parent folder \(parent) is not writable")
        }
        return (standardized, parent)
    }

    /// Writes one file at `path` (relative, `/`-separated) in the temporary folder.
    func write(_ path: String, _ text: String) throws(ReportError) {
        try write(path, Array(text.utf8))
    }

    func write(_ path: String, _ bytes: [UInt8]) throws(ReportError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !folders.contains(folder) {
            do {
                try FileManager.default.createDirectory(atPath: temporary + "/" + folder,
                                                        withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(target + "/" + path, error.localizedDescription)
            }
            folders.insert(folder)
        }
        guard FileManager.default.createFile(atPath: temporary + "/" + path, contents: Data(bytes)) else {
            throw .writeFailed(target + "/" + path, "the file could not be created (is the disk full?)")
        }
        written.append(path)
        bytesWritten += bytes.count
        if bytes.count > largest.bytes { largest = (path, bytes.count) }
    }

    /// Puts the written files in place (see the type's documentation).
    func commit() throws(ReportError) {
        let fm = FileManager.default
        let manifest = written.sorted().joined(separator: "\n") + "\n"
        do {
            try Data(manifest.utf8).write(to: URL(fileURLWithPath: temporary + "/" + SiteFolder.manifestName))
        } catch {
            throw .writeFailed(target + "/" + SiteFolder.manifestName, error.localizedDescription)
        }
        if !fm.fileExists(atPath: target) {
            guard rename(temporary, target) == 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw .writeFailed(target, reason)
            }
            return
        }
        // An existing folder: the previous run's list says which old files are ours to remove.
        let previous = (try? String(contentsOfFile: target + "/" + SiteFolder.manifestName, encoding: .utf8))
            .map { $0.split(separator: "\n").map(String.init) } ?? []
        for path in written.sorted() + [SiteFolder.manifestName] {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try? fm.createDirectory(atPath: target + "/" + folder, withIntermediateDirectories: true)
            }
            guard rename(temporary + "/" + path, target + "/" + path) == 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw .writeFailed(target + "/" + path, reason)
            }
        }
        let now = Set(written)
        for path in previous where !now.contains(path) && SiteFolder.isOwnPath(path) {
            unlink(target + "/" + path)
        }
        abandon()
    }

    /// Removes the temporary folder and what is left in it.
    func abandon() {
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// Whether a path read from a manifest is one the report could have written (relative, no `..`), so that a
    /// tampered list cannot make a run delete anything outside the folder.
    static func isOwnPath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
            && (path.hasSuffix(".html") || path.hasSuffix(".js") || path.hasSuffix(".css") || path.hasSuffix(".svg"))
    }
}
