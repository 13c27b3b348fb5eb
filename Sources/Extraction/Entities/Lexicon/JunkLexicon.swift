/// Word lists for ``PassageScanner/isJunk(shape:type:start:end:)``, lowercase.
enum JunkLexicon {
    /// Organization suffixes that, alone, are generic nouns.
    static let suffixOnly: Set<String> = [
        "constabulary", "council", "trust", "board", "committee", "commission", "agency", "authority", "office",
        "service", "department", "ministry", "inspectorate", "tribunal", "court", "police", "union", "society",
        "association", "foundation", "institute", "partnership", "group", "company", "college", "university",
        "federation", "alliance", "directorate", "secretariat", "executive", "regulator", "fund",
    ]
    /// Words that a list number can be glued to (`1The`, `2Ministry`).
    static let gluedWords: Set<String> = [
        "the", "a", "an", "ministry", "department", "national", "home", "prison", "probation", "council", "this",
        "in", "on", "at", "our", "we", "it", "they", "and", "but", "so", "when", "what", "why", "how",
    ]
    /// Endings of the lowercase part of a hyphenated modifier (`CRC-owning`, `Trust-run`, `NHS-funded`).
    static let modifierTails: [String] = [
        "ing", "ed", "run", "led", "owned", "based", "wide", "style", "like", "type", "era", "backed", "linked",
        "related", "free", "friendly", "minded", "only", "specific", "level", "funded", "made", "speak",
    ]
    /// Placeholder names.
    static let placeholders: Set<String> = ["thingy", "thingummy", "whatsit", "whatshisname", "whatshername",
                                            "whatsisname", "bloggs", "doe", "so-and-so", "wotsit"]
    /// Units and measures written in capitals after a number.
    static let units: Set<String> = ["ft", "fte", "ftes", "wte", "pt", "km", "kg", "mw", "gw", "kw", "kwh", "mwh",
                                     "mph", "gbp", "usd", "eur", "pa", "pw", "ph", "hrs", "am", "pm", "bn", "m", "k"]
    /// Units that are never names, wherever they stand.
    static let alwaysUnits: Set<String> = ["fte", "ftes", "wte", "kwh", "mwh"]
    /// Nouns that make a name an event, not a person (`the Marlow Inquest`).
    static let eventNouns: Set<String> = ["inquest", "inquiry", "trial", "case", "affair", "murder", "murders",
                                          "killing", "review", "report", "verdict", "appeal", "hearing", "scandal"]
}
