/// Decodes HTML character references (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`) on UTF-8 bytes.
///
/// Named references cover Latin-1 and the punctuation, currency and typographic characters that blog pages
/// use; an unknown name is left as it is written. Numeric references follow the browsers' rules (`&#146;` is
/// Windows-1252's right quote, `&#0;` and surrogates become U+FFFD), except that a reference to a line feed,
/// carriage return or tab becomes a space: a decoded newline that is not in the source would shift every line
/// number after it.
public enum HTMLEntities {
    /// Decodes the references in `bytes`. Text without `&` is returned as it is.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { decode(buffer: $0) }
    }

    /// Decodes the references in a string.
    public static func decode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { decode(buffer: $0) }
    }

    static func decode(buffer b: UnsafeBufferPointer<UInt8>) -> String {
        var first = 0
        while first < b.count, b[first] != 0x26 { first += 1 }
        guard first < b.count else { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        out += b[..<first]
        var i = first
        while i < b.count {
            let c = b[i]
            guard c == 0x26, let (scalar, length) = reference(in: b, at: i) else {
                out.append(c)
                i += 1
                continue
            }
            UTF8.encode(scalar) { out.append($0) }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character a reference starting at `start` (an `&`) stands for, and the reference's length in bytes.
    static func reference(in b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var i = start + 1
        let end = b.count
        guard i < end else { return nil }
        if b[i] == 0x23 {  // '#'
            i += 1
            var hex = false
            if i < end, b[i] | 0x20 == 0x78 { hex = true; i += 1 }
            let digitsStart = i
            var value: UInt32 = 0
            while i < end, let d = digit(b[i], hex: hex), i - digitsStart < 8 {
                value = value * (hex ? 16 : 10) + d
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < end, b[i] == 0x3B { i += 1 }
            return (numericScalar(value), i - start)
        }
        let nameStart = i
        while i < end, i - nameStart < 10, isAlphanumeric(b[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<i]), as: UTF8.self)
        if i < end, b[i] == 0x3B, let v = named[name] {
            return (Unicode.Scalar(v)!, i + 1 - start)
        }
        // A few legacy names are decoded without a semicolon, as browsers do, when no letter follows.
        if legacy.contains(name), let v = named[name], i >= end || !isAlphanumeric(b[i]) && b[i] != 0x3D {
            return (Unicode.Scalar(v)!, i - start)
        }
        return nil
    }

    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        switch value {
        case 0x09, 0x0A, 0x0D: return " "
        case 0x80...0x9F: return Unicode.Scalar(Windows1252.high[Int(value) - 0x80])!
        case 0: return "\u{FFFD}"
        default: return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
    }

    private static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
        if c >= 0x30, c <= 0x39 { return UInt32(c - 0x30) }
        if hex, c | 0x20 >= 0x61, c | 0x20 <= 0x66 { return UInt32((c | 0x20) - 0x61 + 10) }
        return nil
    }

    private static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
    }

    static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT"]

    /// Latin-1's named characters, U+00A0 to U+00FF in order.
    private static let latin1: [String] = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
        "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
        "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml",
        "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
        "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
        "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig",
        "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
        "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
        "yacute", "thorn", "yuml",
    ]

    /// Name → code point.
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
            "AMP": 0x26, "LT": 0x3C, "GT": 0x3E, "QUOT": 0x22,
            "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192,
            "circ": 0x2C6, "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C,
            "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015,
            "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
            "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030,
            "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039, "rsaquo": 0x203A, "oline": 0x203E,
            "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193,
            "harr": 0x2194, "minus": 0x2212, "hearts": 0x2665, "check": 0x2713, "star": 0x2606,
        ]
        for (k, name) in latin1.enumerated() { table[name] = 0xA0 + UInt32(k) }
        return table
    }()
}
