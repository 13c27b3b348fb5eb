import Foundation

/// File names for fetched posts that cannot leave the output folder, whatever the feed says.
///
/// A name is the post's day and a slug of its title (else of the last part of its page address, else of its
/// id): lower-case ASCII letters, digits and single hyphens, at most 60 characters, never empty, never starting
/// with a dot. `../../etc/passwd` as a title gives `etc-passwd`; a title of only punctuation gives the id's
/// slug, else `post`. So a name has no `/`, no `..`, no leading `.` (hidden files are not read back), and
/// always ends in `.atom`.
public enum SafeFileName {
    /// `2015-06-01-the-new-service-opens.atom`.
    public static func base(for entry: FeedEntry) -> String {
        var day = ""
        if let p = entry.published ?? entry.updated, p.count >= 10 {
            let d = p.prefix(10)
            if d.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) && d.filter({ $0 == "-" }).count == 2 { day = String(d) + "-" }
        }
        let candidates = [entry.title, entry.alternate.map(lastPathPart), entry.id]
        let slug = candidates.lazy.compactMap { $0.map(slugify) }.first { !$0.isEmpty } ?? "post"
        return day + slug
    }

    /// The same base with a short hash of the key, to tell apart two posts whose bases are equal.
    public static func disambiguated(_ base: String, key: String) -> String {
        var hash: UInt32 = 0x811c_9dc5
        for b in key.utf8 { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
        let hex = String(hash, radix: 16)
        return base + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Lower-case ASCII letters and digits, other runs as one hyphen, trimmed, at most 60 characters.
    public static func slugify(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        // Letters with accents lose them (é → e); other scripts are dropped.
        let folded = text.decomposedStringWithCanonicalMapping
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                let hyphen = pendingHyphen && !out.isEmpty
                if out.unicodeScalars.count + (hyphen ? 2 : 1) > 60 { break }
                if hyphen { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(Unicode.Scalar(scalar.value < 0x61 && scalar.value >= 0x41 ? scalar.value + 32 : scalar.value)!)
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "\u{2019}" {
                continue   // accents left by the decomposition, and apostrophes inside words
            } else {
                pendingHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// The last non-empty segment of a URL's path, without its extension.
    static func lastPathPart(_ address: String) -> String {
        let path = address.split(separator: "?").first.map(String.init) ?? address
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { return String(last[..<dot]) }
        return last
    }
}
