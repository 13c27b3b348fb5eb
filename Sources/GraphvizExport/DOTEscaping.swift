import HindsightSupport

/// Turns free text (entity names, titles, roles) into DOT quoted strings that can neither break the DOT syntax
/// nor inject markup into what Graphviz renders from them.
///
/// Inside a DOT quoted string only `\"` is special to the parser, but Graphviz then interprets label text:
/// backslash sequences (`\n`, `\l`, `\N`, `\G`, ...) and HTML character entities (`&lt;`, `&#60;`). So:
/// - `"` becomes `\"` and `\` becomes `\\` (a literal backslash, never an escape sequence);
/// - `&` becomes `&amp;`, so that `&lt;` in a name stays the four characters it was, not `<`;
/// - line breaks (LF, CR, CRLF, NEL, U+2028, U+2029) become Graphviz's centred line break `\n`, tabs a space;
/// - other control characters (C0, DEL, C1) and the non-characters U+FFFE and U+FFFF are dropped: XML 1.0 cannot
///   carry them, so they would make the SVG unparsable.
/// Everything else, including `<`, `>`, `{`, `}`, `]]>`, non-ASCII letters and bidirectional marks, is kept
/// as is: Graphviz escapes `<`, `>`, `&`, `"` and `'` itself when it writes SVG text.
public enum DOTEscaping {
    /// `text` as a complete DOT quoted string, quotes included.
    public static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// `text` escaped for the inside of a DOT quoted string used as a label (no surrounding quotes).
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n":
                if !previousWasCR { out += "\\n" }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out += " "
            default:
                if isDropped(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` with the characters `escaped` drops removed and every line break and tab turned into a space:
    /// what a single-line label will show.
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}": out.append(" ")
            default:
                if !isDropped(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// The lines of `text` (split at LF, CR, CRLF, NEL, U+2028, U+2029), each `sanitized`.
    public static func sanitizedLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n":
                if !previousWasCR { lines.append(String(current)); current = .init() }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(String(current)); current = .init()
            case "\t": current.append(" ")
            default:
                if !isDropped(scalar) { current.append(scalar) }
            }
        }
        lines.append(String(current))
        return lines
    }

    /// Whether the scalar is one that cannot appear in XML 1.0 text or is an invisible control character.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Text for Graphviz's HTML-like labels: sanitized, with `&`, `<`, `>`, `"` and `'` as entities.
    static func html(_ text: String) -> String {
        MarkupEscaping.escaped(sanitized(text), apostrophe: true)
    }

    /// `color` if it is a `#rrggbb` or `#rrggbbaa` colour or a plain colour name (letters and digits), else nil:
    /// the only colours put into HTML-like labels.
    static func htmlColor(_ color: String) -> String? {
        let scalars = Array(color.unicodeScalars)
        if scalars.first == "#" {
            let digits = scalars.dropFirst()
            guard digits.count == 6 || digits.count == 8,
                  digits.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
            return color
        }
        guard !scalars.isEmpty, scalars.count <= 32,
              scalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return nil }
        return color
    }

    /// A DOT identifier made only of ASCII letters, digits and underscores, for ids and attribute values that
    /// Hindsight itself generates; anything else is replaced by `_`. Never used for user text.
    static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_"
            }
        }
        if let first = out.unicodeScalars.first, ("0"..."9").contains(first) { out = "_" + out }
        return out.isEmpty ? "_" : out
    }
}
