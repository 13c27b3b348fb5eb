import HindsightSupport

/// An organization a clause names by a definite description instead of its name: `the trust` after `Harbour
/// Housing Trust`, `the inspectorate` after `HM Inspectorate of Schools`, `the probation service` written in
/// lower case after `Probation Service`. The description takes part as the organization it stands for.
///
/// A description is `the`, at most two lower-case words, then a head noun that names a kind of body (`trust`,
/// `council`, `ministry`, `committee`...), not followed by another noun it would qualify (`the council tax`,
/// `the party conference`): only punctuation, a possessive, a verb (`the trust paid`, `the board said`) or a
/// function word may follow. It stands for the organization named last before it (in the sentence, else in
/// the post) whose name is its words (`the probation service`; a whole name may be named anywhere in the
/// document), or, for a head noun alone (`the trust`), the body ``DefiniteDescription`` resolves it to; none
/// such, and it stands for no one (`the company` after `Ofwat` alone is not Ofwat; `the service` alone is too
/// plain a noun to stand for anyone).
public enum DefiniteReference {
    /// A description found in a sentence: its UTF-8 range and its lower-case words, `the` left out.
    public struct Found: Sendable, Hashable {
        public var range: Range<Int>
        public var words: [String]
    }

    /// Nouns that name a kind of body (``DefiniteDescription``'s heads; `party` too, which ends a description
    /// but stands for no one alone; and ``topicNouns``, which stand only for the post's topic).
    static let heads: Set<String> = DefiniteDescription.heads.union(["party"]).union(topicNouns).union(tradeNouns)

    /// Nouns for a business by its trade (`the broadcaster`, `the retailer`): they stand for a business as `the
    /// company` does (``business(_:subject:here:inApposition:)``, ``topic(_:topic:here:inApposition:)``), read as
    /// `company` when a name's kind is weighed; `the charity` likewise stands for a charity whose name tells no kind.
    static let tradeNouns: Set<String> = ["broadcaster", "forecaster", "retailer", "supplier", "insurer", "airline", "lender",
                                          "housebuilder", "publisher", "carmaker", "corporation", "charity"]

    /// The noun a name's kind is weighed by: a trade noun is a business (`company`), `charity` stays itself.
    static func kind(_ head: String) -> String {
        head == "charity" ? "charity" : tradeNouns.contains(head) ? "company" : head
    }

    /// Nouns for any body, which name no kind (`the organisation`): only the post's topic is meant.
    static let topicNouns: Set<String> = ["organisation", "organization", "watchdog"]

    /// Words that may follow the head noun: the description ends there.
    static let after: Set<String> = [
        "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should", "must", "can", "may",
        "might", "did", "does", "do", "in", "on", "at", "to", "for", "from", "with", "by", "of", "and", "or", "but",
        "that", "which", "who", "itself", "last", "this", "then", "now", "also", "still", "again", "later", "as",
        "said", "says", "told", "took", "became", "made", "set", "won", "lost", "ran", "runs", "gave", "got", "paid",
        "sold", "bought", "kept", "held", "led", "sent", "met", "brought", "cut", "put", "began", "left", "wrote",
        "not", "never", "first", "finally", "just", "since", "until", "after", "before", "during", "over", "into",
        "under", "when", "while", "because", "through", "against", "about",
    ]

    /// The descriptions in `range` (UTF-8 bytes) of `sentence`, outside the names it holds (`names`, UTF-8 ranges).
    public static func find(in sentence: Substring, within range: Range<Int>, names: [Range<Int>]) -> [Found] {
        let bytes = sentence.utf8Bytes
        return find(bytes: bytes, words: EventClause.words(bytes), within: range, names: names)
    }

    /// ``find(in:within:names:)`` of a sentence whose bytes and words (``EventClause/words(_:)``) the caller has read.
    static func find(bytes: [UInt8], words: [EventClause.Word], within range: Range<Int>, names: [Range<Int>]) -> [Found] {
        var out: [Found] = []
        for (k, w) in words.enumerated() where w.lower == "the" && range.contains(w.range.lowerBound) {
            // `The` opening a name (`The Trust Fund`) is part of the name
            guard !names.contains(where: { $0.overlaps(w.range) }) else { continue }
            var j = k + 1
            var taken: [String] = []
            while j < words.count, taken.count < 3 {
                let x = words[j]
                // a word in a name, a capital or a figure ends the description
                guard x.text.first?.isLowercase == true, !names.contains(where: { $0.overlaps(x.range) }),
                      x.range.upperBound <= range.upperBound else { break }
                // the words must run on, with a space between them
                let gap = words[j - 1].range.upperBound..<x.range.lowerBound
                guard gap.allSatisfy({ bytes[$0] == 0x20 }) else { break }
                let lower = x.lower.hasSuffix("'s") ? String(x.lower.dropLast(2)) : x.lower
                taken.append(lower)
                if heads.contains(lower) {
                    if isEnd(after: j, possessive: x.lower.hasSuffix("'s"), words: words, bytes: bytes) {
                        out.append(Found(range: w.range.lowerBound..<x.range.upperBound, words: taken))
                    }
                    break
                }
                j += 1
            }
        }
        return out
    }

    /// Whether the head noun at word `j` ends the description: a possessive, punctuation, the end, or a word of
    /// ``after`` or a past tense.
    static func isEnd(after j: Int, possessive: Bool, words: [EventClause.Word], bytes: [UInt8]) -> Bool {
        if possessive { return true }
        let end = words[j].range.upperBound
        if end < bytes.count, bytes[end] == 0xE2 { return true }   // `’s`, a dash or a curly quote
        guard j + 1 < words.count else { return true }
        let next = words[j + 1]
        if (end..<next.range.lowerBound).contains(where: { bytes[$0] != 0x20 }) { return true }
        return after.contains(next.lower) || (next.lower.hasSuffix("ed") && next.lower.count > 4)
    }

    /// The organization a description stands for (``DefiniteDescription``) among `candidates`, each with its
    /// names (canonical, text) and its distance in bytes before the description.
    public static func resolve(_ found: Found, among candidates: [DefiniteDescription.Candidate]) -> Int? {
        // (a whole name written in lower case is looked up in the document by the caller, with ``key(_:)``)
        DefiniteDescription.resolve(found.words, among: candidates)
    }

    /// Business nouns that stand for a business alone (`the group` and `the business` are too often plain nouns).
    static let businessNouns: Set<String> = ["company", "firm", "operator", "provider", "contractor"]

    /// The business a lone business noun stands for when no body is named with its kind (`the company`, `the
    /// firm`): the organization that opened the sentence before, when its name says it is of no other kind (no
    /// `council`, `agency`, `trust` in it; not a party). `Harbour Lettings grew fast. In 2019 the company was
    /// sold.` → Harbour Lettings. When a body that could be a business is named in the sentence before the
    /// description, which one is meant is unsure (`In May Eastside Regulation fined the company`: not the
    /// regulator; `Harbour's board failed before the company's collapse`: Harbour), and none is taken. A
    /// description in apposition (`Northgate Rail, the company that runs the line,`) only describes the name
    /// before it. A noun of a named kind (`the council`, `the agency`) never reaches here: it stands only for a
    /// body of its kind.
    /// `subject` is the body that opened the sentence before; `here`, the bodies named before the description in
    /// its sentence.
    public static func business(_ found: Found, subject: DefiniteDescription.Candidate?, here: [DefiniteDescription.Candidate],
                                inApposition: Bool) -> Int? {
        guard !inApposition, found.words.count == 1, let noun = found.words.first, businessNouns.contains(noun) || tradeNouns.contains(noun),
              let subject else { return nil }
        let head = kind(noun)
        guard DefiniteDescription.fits(head, names: subject.names, loose: true),
              !here.contains(where: { DefiniteDescription.fits(head, names: $0.names, loose: true) }) else { return nil }
        return subject.id
    }

    /// The post's topic (``PostTopic``) for a lone noun that nothing nearer resolves, when the topic is of its kind:
    /// `Harbour Water raised bills … In May Ofwat fined the company` → Harbour Water, the body the post is about.
    /// A business noun fits a topic whose name says it is of no other kind (``DefiniteDescription/fits(_:names:loose:)``),
    /// `the regulator` or `the watchdog` one whose name says it regulates (`Water Services Regulation Authority`),
    /// `the organisation` any topic, and a noun of a named kind (`the council`) a topic of that kind. As for a
    /// business noun, a description in apposition only describes the name before it, and a body of the kind named
    /// before it in the sentence makes it unsure (`Eastside Water fined the company`).
    public static func topic(_ found: Found, topic: DefiniteDescription.Candidate?, here: [DefiniteDescription.Candidate],
                             inApposition: Bool) -> Int? {
        // (a noun too plain to stand alone, `the service`, stands for no topic either)
        guard !inApposition, found.words.count == 1, let noun = found.words.first, noun != "party",
              !DefiniteDescription.plainHeads.contains(noun), let topic else { return nil }
        let head = kind(noun)
        func fits(_ names: [String]) -> Bool {
            if topicNouns.contains(head) { return head == "watchdog" ? regulates(names) : true }
            if head == "regulator" { return regulates(names) || DefiniteDescription.fits(head, names: names) }
            return DefiniteDescription.fits(head, names: names, loose: businessNouns.contains(head) || tradeNouns.contains(noun))
        }
        guard fits(topic.names) else { return nil }
        if here.contains(where: { $0.names.first != topic.names.first && fits($0.names) }) { return nil }
        return topic.id
    }

    /// Whether a body's names say it regulates: a word of them starts `regulat` (`Water Services Regulation
    /// Authority`, `Regulator of Social Housing`), or one is a regulator's clipped name (`Ofwat`, `Ofgem`).
    static func regulates(_ names: [String]) -> Bool {
        names.contains { name in
            OrganizationLexicon.isOfRegulatorName(name)
                || name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix("regulat") }
        }
    }

    /// The body `the regulator` or `the watchdog` stands for when no name in reach holds the noun: a body named
    /// within ``DefiniteDescription/window`` bytes before it whose names say it regulates (``regulates(_:)``), the
    /// one named most often there, a tie refusing. `Ofgem, led by Ann Reed, raised the cap in May. In June the
    /// regulator fined Harbour Energy.` → Ofgem, whose name holds no `regulator`; after a page that names Ofgem
    /// and Ofwat as often, the description is unsure and stands for neither. A description in apposition
    /// (`Ofgem, the regulator, said`) only describes the name before it.
    public static func regulator(_ found: Found, among candidates: [DefiniteDescription.Candidate], inApposition: Bool) -> Int? {
        guard !inApposition, found.words == ["regulator"] || found.words == ["watchdog"] else { return nil }
        let near = candidates.filter { $0.distance >= 0 && $0.distance <= DefiniteDescription.window && regulates($0.names) }
        var count: [String: Int] = [:]
        for c in near { count[c.names.first.map(key) ?? "", default: 0] += 1 }
        guard let top = count.values.max() else { return nil }
        let best = count.filter { $0.value == top }
        guard best.count == 1, let name = best.first?.key else { return nil }
        return near.first { ($0.names.first.map(key) ?? "") == name }?.id
    }

    /// A name as a description spells it: its lower-case words, one space apart (`Probation Service` →
    /// `probation service`).
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
    }
}
