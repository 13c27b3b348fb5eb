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
        if let ascii = asciiWords(sentence) { return ascii.map { ($0.lower, $0.capitalized) } }
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

    /// The words of an ASCII sentence, read byte by byte (nil when it is not ASCII), as written and lower-cased,
    /// with whether each opens with a capital: in ASCII the letters are A–Z and a–z, the capitals A–Z, and
    /// lower-casing is per byte, so these are the words the `Character` walks of ``words(_:)`` and
    /// ``firstPolicyNoun(_:)`` find, without asking Unicode's tables about every character (those walks were 3.5%
    /// of an export).
    static func asciiWords(_ sentence: String) -> [(written: String, lower: String, capitalized: Bool)]? {
        var sentence = sentence
        return sentence.withUTF8 { bytes -> [(written: String, lower: String, capitalized: Bool)]? in
            var out: [(written: String, lower: String, capitalized: Bool)] = []
            var start = -1
            func close(_ end: Int) {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let written = String(decoding: run, as: UTF8.self)
                let lower = run.contains { $0 >= 0x41 && $0 <= 0x5A }
                    ? String(decoding: run.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) : written
                out.append((written, lower, run[0] >= 0x41 && run[0] <= 0x5A))
                start = -1
            }
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D {   // a letter or `-`
                    if start < 0 { start = i }
                } else if start >= 0 {
                    close(i)
                }
            }
            if start >= 0 { close(bytes.count) }
            return out
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first policy-level noun of `sentence` (written in lower case, not a verb), for the reason printed.
    static func firstPolicyNoun(_ sentence: String) -> String? {
        let words = asciiWords(sentence)?.map(\.written) ?? sentence.split { !($0.isLetter || $0 == "-") }.map(String.init)
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
