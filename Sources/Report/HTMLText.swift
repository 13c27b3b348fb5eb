/// Escaping for everything the report writes from corpus text: names, sentences, titles, paths.
///
/// Every piece of corpus text goes through `text(_:)` (element content) or `attribute(_:)` (a double-quoted
/// attribute value) before it reaches a page, so a name like `<script>alert(1)</script>` or `"></a>` is shown
/// as the characters it is. On top of the five markup characters:
/// - bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) become U+FFFD, so an
///   unmatched right-to-left override in a name cannot reverse the rest of the line it stands in;
/// - control characters other than tab and line breaks, and non-characters, are dropped (HTML forbids them).
public enum HTMLText {
    /// `text` for element content.
    public static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` for a double-quoted attribute value.
    public static func attribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// `text` with bidi controls replaced and forbidden characters dropped, not escaped: for text handed to
    /// another escaper (Graphviz labels, JSON in the search index).
    public static func cleaned(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isBidiControl(scalar) { out.append("\u{FFFD}") } else if !isDropped(scalar) { out.append(scalar) }
        }
        return String(out)
    }

    /// Whether a scalar is a bidirectional embedding, override or isolate control.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        // Most text is plain printable ASCII with nothing to escape.
        let plain = text.utf8.allSatisfy { b in
            b >= 0x20 && b < 0x7F && b != 0x26 && b != 0x3C && b != 0x3E && (!quotes || (b != 0x22 && b != 0x27))
        }
        if plain { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default:
                if isBidiControl(scalar) { out += "\u{FFFD}" } else if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A string as a JavaScript/JSON string literal, quotes included, safe anywhere in a `.js` file: `<`, `>`,
    /// `&`, U+2028 and U+2029 are written as `\u` escapes.
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in cleaned(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A file name part from an id: lowercase ASCII letters, digits and hyphens (`person:Zoë Ball` →
    /// `person-zo-ball`), at most 80 characters, never empty.
    public static func slug(_ id: String) -> String {
        var out = ""
        var lastHyphen = true
        for scalar in id.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
                lastHyphen = false
            } else if !lastHyphen {
                out += "-"
                lastHyphen = true
            }
            if out.count >= 80 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "entity" : out
    }

    /// The last component of a path.
    public static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}
