/// Word lists behind the person rules of `Scanning/`, lowercase: words that never end a name, pronouns and
/// nouns around a name that point to a person.
enum PersonLexicon {
    /// Function words and a few others that never end a person's name.
    static let nonSurnames: Set<String> = {
        var s = Set(CommonWords.functionWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        s.formUnion(CommonWords.interjections.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        s.formUnion(["uk", "us", "eu", "mp", "mps", "qc", "tv", "pm", "ok", "etc", "inc", "ltd", "plc", "q", "a",
                     "i", "yes", "no", "not", "said", "says", "british", "european", "american", "labour", "tory", "tories",
                     "conservative", "conservatives", "liberal", "democrat", "democrats", "brexit", "covid",
                     "government", "probation", "prison", "prisons", "justice", "nps", "crc", "crcs", "moj"])
        return s
    }()

    /// Honorifics that only ever stand before a surname or a full name (`Ms Bolton`), so a place's name after one
    /// is a surname.
    static let surnameHonorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]

    /// Month names that are also common English surnames (`Hannah May`, `Owen March`), read as a surname only
    /// right after a given name.
    static let monthSurnames: Set<String> = ["may", "march", "june", "august"]

    /// Common surnames that the scanner otherwise reads as a programme's last word or a title (`Grant`, `White`,
    /// `King`, `Bishop`): a surname only right after a given name, where the name ends (`Tessa Grant, who ...`,
    /// `Sir Alan King said`), never in `Pupil Premium Grant`, `the King` or `Tom King Memorial`.
    static let wordSurnames: Set<String> = ["grant", "white", "day", "king", "bishop", "major", "marshall", "knight",
                                            "read", "judge", "chancellor", "abbott", "chamberlain", "till"]

    /// Words after which a month name is the month, not a given name (`the end of April`, `since May`).
    static let timeWordsBeforeMonth: Set<String> = ["in", "of", "by", "until", "till", "since", "from", "during",
                                                    "before", "after", "early", "late", "mid", "last", "next",
                                                    "each", "every", "between", "through"]

    static let personPronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]

    static let personEventNouns: Set<String> = ["case", "trial", "murder", "murders", "killing", "killings", "inquest",
                                                "affair", "verdict", "conviction", "decision", "release", "appeal"]

    static let prepositions: Set<String> = ["in", "at", "from", "to", "across", "throughout", "around", "near", "into",
                                            "within", "outside", "on", "of", "for", "with", "by", "via", "about"]
}
