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
        var word = ""
        var capitalized = false
        var previous = ""
        var previousCapitalized = false
        var count = 0
        func check() {
            guard !word.isEmpty else { return }
            // A capitalized noun is part of a name ("the Probation Service", "the Care Act"); "plans" after a
            // subject is a verb ("the chair plans to stand down", "Reed plans to").
            if !capitalized, Self.policyNouns.contains(word),
               !(Self.verbsToo.contains(word) && (Self.subjects.contains(previous) || (previousCapitalized && (count > 2 || !Self.determiners.contains(previous))))) {
                found.insert(.policyLevel)
            }
            if Self.routineDocuments.contains(word) { found.insert(.routineDocument) }
            previous = word
            previousCapitalized = capitalized
            word = ""
        }
        for c in sentence {
            if c.isLetter || c == "-" {
                if word.isEmpty { capitalized = c.isUppercase; count += 1 }
                for l in c.lowercased() { word.append(l) }
            } else {
                check()
            }
        }
        check()
        let trimmed = sentence.reversed().drop { $0.isWhitespace || $0 == "\"" || $0 == "\u{201D}" || $0 == ")" }
        if trimmed.first == "?" || sentence.hasPrefix("To ask ") { found.insert(.question) }
        rawValue = found.rawValue
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
