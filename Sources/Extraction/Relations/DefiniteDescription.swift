import Foundation

/// An organization the text names again by a common noun instead of its name (a definite description), resolved
/// to the body named before it. Every reader that meets one resolves it here (the possessive posts, `the trust's
/// chair`; criticism, `condemned the department`; ownership with a description for its subject, `the company
/// later bought`; and event participants, `the council paid`), so a relation and an event read from the same
/// words name the same body.
///
/// For example, in `Eastmoor Health Trust and Kingsford Borough Council agreed a new clinic. The trust will pay
/// for it.`, `the trust` is Eastmoor Health Trust, the only body named before it whose name holds `trust`. After
/// `Kingsford Borough Council and Westfield District Council both objected.`, `the council's leader` is neither:
/// two councils are equally possible, and a post placed at a guessed body is a wrong fact.
///
/// The policy:
/// 1. A description that spells a whole name (`the probation service` for `Probation Service`) is that body.
/// 2. A head noun alone (`the trust`) stands for a body of its kind named within ``window`` bytes before it
///    (a dozen sentences or so): one whose name says it is of that kind, by its last word or the word before
///    its `of` (`Kingsford Borough Council`, `Ministry for Rural Affairs`; not `Eastmoor Hospital Trust` for
///    `the hospital`, ``kindNouns(_:)``); for a business noun (`the company`, `the
///    firm`), also one named within ``suffixWindow`` bytes (about a paragraph) whose name ends in a company
///    suffix (`Harbour Lettings Ltd`, `Tolvan plc`). A name in the plural (`Academy Trusts`) is a set of
///    bodies, not one. A noun too plain to stand alone (`the service`, `the group`) resolves only by step 1.
/// 3. Of the bodies of the kind, the one named most often in the window (the topic: `the school` after a page
///    about Brook Lane School that names Hilltop School once); a tie refuses, and so does no body at all.
///    (``RelationContext`` then tries the passage's discourse topic for a one-word description, when the noun fits
///    it: ``RelationContext/topic(describedAs:at:in:)``.)
///
/// Why (measured on the seeds and the regression sets A–E, with and without `Entities/`): the four readers
/// each had their own window (4,000 bytes, 2,500, the paragraph, the whole post) and choice (the nearest, or
/// only a single body of the kind). Taking the nearest placed a council's chief executive at the wrong one of
/// the seven councils a page had just listed; refusing every time two bodies of the kind were named lost the
/// chief executive of a commission named three times beside two others named once. The most often named,
/// ties refused, kept both right; a shorter or the whole post's window changed nothing, a suffix match as far
/// back as a name match placed a chairman at another company's `Ltd`, and letting `the company` stand for any
/// body without a kind noun in its name placed a company's collapse at the firm the page names most. Reading
/// the kind from the name's kind word rather than any of its words kept `the prison` from a prison and
/// probation service, and it let `the hospital` (which the event readers had not read before) find its hospital.
public enum DefiniteDescription {
    /// An organization named before the description.
    public struct Candidate: Sendable {
        /// What the caller knows it by (a mention index).
        public var id: Int
        /// Its names as the text and the knowledge write them, its canonical name first.
        public var names: [String]
        /// Bytes from its end to the description (`Int.max` when it was named in another passage).
        public var distance: Int
        public init(id: Int, names: [String], distance: Int) {
            self.id = id
            self.names = names
            self.distance = distance
        }
    }

    /// Nouns that name a kind of body, which the body's name holds (`council`, `trust`, `ministry`).
    public static let namedHeads: Set<String> = [
        "trust", "council", "service", "committee", "commission", "inspectorate", "ministry", "department", "agency",
        "board", "authority", "inquiry", "union", "foundation", "association", "institute", "college", "university",
        "tribunal", "brigade", "ombudsman", "partnership", "corporation", "alliance", "federation", "executive",
        "bank", "regulator", "network", "panel", "society", "school", "hospital", "academy", "office", "fund",
        "division", "prison", "review",
    ]
    /// Nouns for a business, whose name need not hold them: a company suffix tells the kind instead.
    public static let businessHeads: Set<String> = ["company", "firm", "business", "operator", "provider", "contractor", "group",
                                                     "airline", "broadcaster"]
    /// Nouns for a charity, whose name need not hold them (`the charity` after `Kingsford Shelter`).
    public static let charityHeads: Set<String> = ["charity"]
    /// Every head noun the resolver reads.
    public static let heads: Set<String> = namedHeads.union(businessHeads).union(charityHeads)
    /// Heads too common as plain nouns to stand alone (`the service`, `the group`): only a description that
    /// spells a whole name with them stands for it.
    public static let plainHeads: Set<String> = ["service", "group", "executive", "network", "panel", "bank", "union"]
    /// Words that end a company's name.
    static let companySuffixes: Set<String> = ["ltd", "limited", "plc", "llp", "inc"]

    /// How far back (UTF-8 bytes) a body whose name holds the noun is looked for.
    public static let window = 4000
    /// How far back (UTF-8 bytes) a company is looked for by its suffix alone.
    public static let suffixWindow = 1000

    /// The lower-case words of a name (`Tolvan plc` → `tolvan`, `plc`).
    static func words(_ s: String) -> [String] { s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) }

    /// The nouns that say what kind of body a name is: its last word and the word before its first `of`, `for`
    /// or `on` (`Kingsford Borough Council` → `council`; `Ministry for Rural Affairs` → `ministry`, `affairs`;
    /// not `hospital` in `Eastmoor Hospital Trust`, nor `prison` in `Prison and Probation Service`).
    static func kindNouns(_ name: String) -> [String] {
        let ws = words(name)
        var out = ws.last.map { [$0] } ?? []
        if let k = ws.firstIndex(where: { ["of", "for", "on"].contains($0) }), k > 0 { out.append(ws[k - 1]) }
        return out
    }

    /// Whether a body written `names` is of the kind `head` names: its name holds the noun, or, for a business,
    /// ends in a company suffix. `loose` (for the body a sentence is already about, `Harbour Homes grew. The
    /// company ...`): a business or charity noun fits any body whose name holds no noun of another kind.
    public static func fits(_ head: String, names: [String], loose: Bool = false) -> Bool {
        let all = names.flatMap(words)
        if names.flatMap(kindNouns).contains(head) { return true }
        guard businessHeads.contains(head) || charityHeads.contains(head) else { return false }
        if businessHeads.contains(head), all.contains(where: companySuffixes.contains) { return true }
        // (`Ofwat`: a regulator's clipped name says what kind of body it is, though it holds no kind noun)
        return loose && !all.contains(where: namedHeads.contains) && !all.contains("party")
            && !names.contains(where: OrganizationLexicon.isOfRegulatorName)
    }

    /// Nouns for a body whose name often holds no kind noun at all (`Unison`, `Natural England`, `Ofwat`): a
    /// possessive description with one of them (`the union's general secretary`, `the agency's chair`) may stand
    /// for the body the clause before is about (``fitsSubject(_:names:)``), when no body of the kind is named.
    /// Nouns whose bodies name their kind (`the school's head`, `the council's leader`) never do: after `Ofsted
    /// inspected Brook Lane`, `the school's head` is not Ofsted's.
    public static let subjectHeads: Set<String> = [
        "union", "agency", "regulator", "watchdog", "body", "organisation", "organization", "service", "group",
        "company", "firm", "business", "operator", "provider", "contractor", "charity", "airline", "broadcaster",
    ]

    /// Whether the body a clause before is about, written `names`, may be what a possessive description with
    /// `head` names again (`Unison balloted its members. Ann Reed, the union's general secretary, said ...`): its
    /// name says it is of that kind, or `head` is one of ``subjectHeads`` and its name holds no other kind's noun
    /// (not `the union's` for `Kingsford Council`), no party's, and for a business or a charity names no regulator
    /// (`Ofwat fined the firm. The company's chairman ...` is not Ofwat's).
    public static func fitsSubject(_ head: String, names: [String]) -> Bool {
        if names.flatMap(kindNouns).contains(head) { return true }
        guard subjectHeads.contains(head) else { return false }
        let all = names.flatMap(words)
        if all.contains("party") || all.contains(where: namedHeads.contains) { return false }
        if businessHeads.contains(head) || charityHeads.contains(head) { return !names.contains(where: OrganizationLexicon.isOfRegulatorName) }
        return true
    }

    /// The body the description `words` (lower case, `the` left out: [`trust`], [`probation`, `service`])
    /// stands for among `candidates` named before it, or nil (see the type's overview).
    ///
    /// `topic`, asked only when bodies of two names or more are of the kind: the canonical name of the body the
    /// passage is about there, which is then the answer when it is one of them (`the council` after a page about
    /// Kelby Arts Council that named Marsh Arts Council more often in its last paragraphs).
    public static func resolve(_ words: [String], among candidates: [Candidate], topic: (() -> String?)? = nil) -> Int? {
        guard let head = words.last else { return nil }
        let near = candidates.filter { $0.distance >= 0 }.sorted { $0.distance < $1.distance }
        // 1. the whole name spelled
        if words.count > 1 { return near.first { $0.names.contains { self.words($0) == words } }?.id }
        // 2. a head noun alone, of its kind, within reach
        guard heads.contains(head), !plainHeads.contains(head) else { return nil }
        let kind = near.filter {
            $0.distance <= window && $0.names.flatMap(kindNouns).contains(head) || $0.distance <= suffixWindow && fits(head, names: $0.names)
        }
        // 3. the one named most often there; a tie refuses
        func key(_ c: Candidate) -> String { c.names.first.map { self.words($0).joined(separator: " ") } ?? "" }
        var count: [String: Int] = [:]
        for c in kind { count[key(c), default: 0] += 1 }
        guard let top = count.values.max() else { return nil }
        if count.count > 1, let t = topic?().map({ self.words($0).joined(separator: " ") }), count[t] != nil {
            return kind.first { key($0) == t }?.id
        }
        let best = count.filter { $0.value == top }
        guard best.count == 1, let name = best.first?.key else { return nil }
        return kind.first { key($0) == name }?.id
    }
}
