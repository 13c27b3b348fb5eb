/// What the words of an event's sentence say about its reach, for ``EventImportance``: general nouns of public
/// policy, not names of any one policy.
///
/// - **Policy-level**: the sentence names, as a common noun in lower case (not part of a name such as "the Care
///   Act"), what a policy is made of: a plan, reform, strategy, consultation, law, bill, contract, service,
///   system, programme, funding... ("the department announced plans to merge the two agencies"). A turn of the
///   story usually says what turned.
/// - **Routine publication**: the sentence's publication is a routine document — a report, an inspection, a
///   blog, figures, an analysis, a survey (not a review: reviews are of a policy) — and it names nothing
///   policy-level ("the inspectorate published its
///   report on the Eastfield office this morning"). Inspectorates, auditors and statisticians publish every
///   month; a publication is a turn when it is a plan or a law.
/// - **Question**: the sentence asks whether or what something happened ("Will the council sell the depot in
///   May?"); a happening only asked about is not told.
struct EventWording: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let policyLevel = EventWording(rawValue: 1)
    static let routineDocument = EventWording(rawValue: 2)
    /// The sentence asks rather than tells: it ends with a question mark, or is a written parliamentary
    /// question ("To ask the Secretary of State ... what ...").
    static let question = EventWording(rawValue: 4)

    /// The wording of `sentence`: its lower-cased words looked up in the two lists.
    init(_ sentence: String) {
        var found: EventWording = []
        var previous = ""
        var previousCapitalized = false
        for (k, (word, capitalized)) in Self.words(sentence).enumerated() {
            // A capitalized noun is part of a name ("the Probation Service", "the Care Act"); "plans" after a
            // subject is a verb ("the chair plans to stand down", "Reed plans to").
            if !capitalized, Self.policyNouns.contains(word),
               !(Self.verbsToo.contains(word) && (Self.subjects.contains(previous) || (previousCapitalized && (k >= 2 || !Self.determiners.contains(previous))))) {
                found.insert(.policyLevel)
            }
            if Self.routineDocuments.contains(word) { found.insert(.routineDocument) }
            previous = word
            previousCapitalized = capitalized
        }
        let trimmed = sentence.reversed().drop { $0.isWhitespace || $0 == "\"" || $0 == "\u{201D}" || $0 == ")" }
        if trimmed.first == "?" || sentence.hasPrefix("To ask ") { found.insert(.question) }
        rawValue = found.rawValue
    }

    /// The words of a sentence in order (runs of letters and hyphens), lower-cased, each with whether its first
    /// character is a capital: `The Care-Act plans` → `the` (capital), `care-act` (capital), `plans`.
    static func words(_ sentence: String) -> [(word: String, capitalized: Bool)] {
        if let ascii = asciiWords(sentence) { return ascii }
        var out: [(word: String, capitalized: Bool)] = []
        var word = ""
        var capitalized = false
        for c in sentence {
            if c.isLetter || c == "-" {
                if word.isEmpty { capitalized = c.isUppercase }
                for l in c.lowercased() { word.append(l) }
            } else if !word.isEmpty {
                out.append((word, capitalized))
                word = ""
            }
        }
        if !word.isEmpty { out.append((word, capitalized)) }
        return out
    }

    /// ``words(_:)`` of an ASCII sentence, read byte by byte (nil when it is not ASCII): in ASCII the letters are
    /// A–Z and a–z, the capitals A–Z, and lower-casing is per byte, so the words are those the `Character` walk
    /// finds, without asking Unicode's tables about every character (that walk was 3% of an export).
    static func asciiWords(_ sentence: String) -> [(word: String, capitalized: Bool)]? {
        var sentence = sentence
        return sentence.withUTF8 { bytes -> [(word: String, capitalized: Bool)]? in
            var out: [(word: String, capitalized: Bool)] = []
            var word: [UInt8] = []
            var capitalized = false
            for b in bytes {
                if b >= 0x80 { return nil }
                let upper = b >= 0x41 && b <= 0x5A
                if upper || (b >= 0x61 && b <= 0x7A) || b == 0x2D {   // a letter or `-`
                    if word.isEmpty { capitalized = upper }
                    word.append(upper ? b | 0x20 : b)
                } else if !word.isEmpty {
                    out.append((String(decoding: word, as: UTF8.self), capitalized))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { out.append((String(decoding: word, as: UTF8.self), capitalized)) }
            return out
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first policy-level noun of `sentence` (written in lower case, not a verb), for the reason printed.
    static func firstPolicyNoun(_ sentence: String) -> String? {
        let words = sentence.split { !($0.isLetter || $0 == "-") }.map(String.init)
        for (k, w) in words.enumerated() where policyNouns.contains(w) {
            if verbsToo.contains(w), k > 0, subjects.contains(words[k - 1].lowercased())
                || (words[k - 1].first?.isUppercase == true && (k > 1 || !determiners.contains(words[0].lowercased()))) {
                continue
            }
            return w
        }
        return nil
    }

    /// Policy nouns that are verbs too, after a subject.
    static let verbsToo: Set<String> = ["plan", "plans", "act", "model", "budget", "contract", "service", "changes"]
    /// Words that open a sentence before a noun ("The plans...", "Its budget...").
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                                           "this", "that", "these", "those", "new", "no", "any", "every", "each"]
    /// Subject pronouns.
    static let subjects: Set<String> = ["i", "we", "you", "he", "she", "it", "they", "who"]

    /// Nouns that name what a public policy is made of (any area: health, welfare, schools, housing, justice).
    static let policyNouns: Set<String> = [
        "plan", "plans", "reform", "reforms", "strategy", "consultation", "white", "legislation", "law", "laws",
        "bill", "act", "contract", "contracts", "service", "services", "system", "programme", "program",
        "scheme", "policy", "policies", "funding", "budget", "privatisation", "privatization", "nationalisation",
        "renationalisation", "reunification", "unification", "structure", "model", "framework", "agency",
        "agencies", "trusts", "companies", "providers", "provision", "changes", "future", "shake-up", "overhaul",
    ]

    /// Documents published routinely, whose publication is news of the day rather than a turn of the policy.
    static let routineDocuments: Set<String> = [
        "report", "reports", "inspection", "inspections", "blog", "analysis", "statistics", "figures", "data",
        "findings", "survey", "bulletin", "newsletter", "article", "minutes", "study", "research",
        "ratings", "results", "evaluation", "rates",
    ]
}
