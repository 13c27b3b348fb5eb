/// One token of a passage, with UTF-8 byte offsets into the passage text.
///
/// Words keep inner apostrophes and hyphens (`O'Brien`, `Michaud-Daniel`, `Kestrel-Marlin`); a possessive
/// `'s` / `’s` (or a bare trailing apostrophe after `s`) becomes its own ``Kind/possessive`` token so that
/// `Fielding’s` yields the word `Fielding`.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case punct
        case newline
        case possessive
    }

    var kind: Kind
    /// UTF-8 offsets in the passage.
    var start: Int
    var end: Int
    /// The exact text.
    var text: String
    /// Lowercase, with `’` folded to `'`.
    var lower: String
    /// First character is an uppercase letter.
    var isCapitalised: Bool = false
    /// Every letter is uppercase and there is at least one letter.
    var isAllCaps: Bool = false
    var letterCount: Int = 0
    var upperCount: Int = 0
    var hasDigit: Bool = false
    /// Only digits (and separators).
    var isNumber: Bool = false
    /// Whitespace (or the start of the passage) precedes it.
    var spaceBefore: Bool = false
    /// The token begins a sentence (start of passage or line, after `.`, `!`, `?`, `:`, a bullet...).
    var sentenceStart: Bool = false
    /// 0-based line within the passage.
    var line: Int = 0
    /// Part of a URL, e-mail address or domain name: never a name.
    var inURL: Bool = false

    var isWord: Bool { kind == .word }

    /// An acronym-like word: `NPS`, `MoJ`, `HMPPS`, `CRCs`, `G4S`, `OASys`.
    var isAcronymLike: Bool {
        guard kind == .word, letterCount >= 2 else { return false }
        if isAllCaps { return true }
        // Mixed case with at least two capitals, short: MoJ, OASys, CRCs, PQiP.
        return upperCount >= 2 && text.utf8.count <= 7 && isCapitalised && !isPrefixedSurname
    }

    /// A capitalised word with a capital inside it after two or more small letters, followed by two or more
    /// small letters (`FirstGroup`, `ComReg`, `YouGov`): a brand's shape, never a person's name. Surnames with a
    /// prefix (`McDonald`, `MacLeod`, `FitzGerald`, `DeVito`, `LeBlanc`, `VanDyke`) and short acronyms
    /// (`MoJ`, `DfE`) are not.
    var hasInnerCapital: Bool {
        guard kind == .word, isCapitalised, !isAllCaps, !hasDigit, upperCount >= 2 else { return false }
        let s = Array(text.unicodeScalars)
        var i = 1
        while i < s.count, s[i].properties.isLowercase { i += 1 }
        guard i >= 3, i < s.count, s[i].properties.isUppercase else { return false }
        let prefix = String(String.UnicodeScalarView(s[0..<i])).lowercased()
        if TextToken.surnamePrefixes.contains(prefix) { return false }
        var j = i + 1
        while j < s.count, s[j].properties.isLowercase { j += 1 }
        return j - i - 1 >= 2
    }

    /// Prefixes of surnames written with a second capital (`McDonald`, `FitzGerald`).
    static let surnamePrefixes: Set<String> = ["mc", "mac", "fitz", "de", "di", "da", "du", "le", "la", "van", "von", "del", "della", "des"]

    /// A surname written with a prefix and a second capital (`McNeill`, `MacLeod`, `O'Neill`, `D'Arcy`): mixed
    /// case like an acronym, but a prefix, one capital and then only small letters, three or more of them.
    var isPrefixedSurname: Bool {
        guard kind == .word, upperCount == 2, !hasDigit else { return false }
        let scalars = Array(text.unicodeScalars)
        let prefixLength: Int
        if text.hasPrefix("Mc") { prefixLength = 2 }
        else if text.hasPrefix("Mac") { prefixLength = 3 }
        else if text.hasPrefix("O'") || text.hasPrefix("O\u{2019}") || text.hasPrefix("D'") || text.hasPrefix("D\u{2019}") { prefixLength = 2 }
        else { return false }
        guard scalars.count >= prefixLength + 4, scalars[prefixLength].properties.isUppercase else { return false }
        return scalars[(prefixLength + 1)...].allSatisfy { $0.properties.isLowercase }
    }
}
