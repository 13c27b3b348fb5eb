/// The body a change of post happens in, when the clause that tells the change does not name it.
///
/// A person who takes up or leaves a post (`resigned`, `stepped down`, `became chair`, `was succeeded by`, `took
/// over`) does so in some organization. When the clause names none, the organization comes from:
///
/// - the post the text has already given that person, in this sentence or before (`Ann Reed, the chief executive
///   of Harbour Trust, …` then `She stepped down in 2019`: Harbour Trust takes part) — a post marked as past
///   (`former`) is not the one left or taken;
/// - a possessive `its` before the post (`Its first chair, Ann Reed, resigned in 2019`): the organization the
///   sentence before opened with.
///
/// A post named beside the person with its organization needs none of this; a clause with no change of post
/// (`Ann Reed said in 2019 …`) brings in no organization.
public enum RoleChangeParticipants {
    /// Words that tell a change of post. (`left` and `successor` are left out: `left the country`, `his successor
    /// went further` tell no change in a body; `became` needs a post after it: `became collateral damage` is none.)
    static let changeWords: Set<String> = [
        "resigned", "resigns", "quit", "quits", "retired", "retires", "joined", "joins", "succeeded", "succeeds",
        "replaced", "replaces", "appointed", "arrived", "sacked", "dismissed", "ousted", "promoted", "resignation",
    ]
    /// Verbs of taking another's post, finite and `-ing` (`replaced`, `succeeds`, `replacing`).
    static let replacingVerbs: Set<String> = ["replaced", "replaces", "succeeded", "succeeds", "replacing", "succeeding"]
    /// Verbs that tell a leaving with `down` after them (`stepped down`, `stands down`).
    static let stepDownVerbs: Set<String> = ["stepped", "stood", "steps", "stands"]
    /// Words after `left` that make it a leaving of a post: a time follows, or the clause ends.
    static let leavingFollowers: Set<String> = ["in", "on", "at", "last", "this", "that", "after", "before", "early", "later",
                                                "soon", "shortly", "abruptly", "suddenly", "within", "months", "weeks", "and"]
    /// The most bytes between a change word and the date it tells of (`resigned as chief executive in May 2019`).
    public static let reach = 60

    /// Nouns of a post, after `its` (`its chief executive`).
    static let postNouns: Set<String> = [
        "chief", "executive", "chair", "chairman", "chairwoman", "director", "head", "secretary", "inspector", "leader",
        "president", "boss", "founder", "successor", "predecessor", "governor", "commissioner", "editor", "manager",
    ]

    /// Where the first word that tells a change of post stands among `words` (an index), if any: a change word,
    /// `became` with a post within three words (`became chief executive`), `stepped down` / `stood down`, or `took
    /// over` / `took charge` / `took up` (in the past: a headline's `to take over` tells no change that happened).
    static func changeIndex(_ words: [String]) -> Int? {
        for (k, w) in words.enumerated() {
            if changeWords.contains(w) { return k }
            let next = k + 1 < words.count ? words[k + 1] : ""
            // (`left` or `departed` with nothing after it but a time or a body: `left in 2019`, `departed last year`,
            // `left the council`; not `left the country`, `left school`, `left him a house`)
            // (words compared one by one, not through a list made for every word)
            if w == "left" || w == "departed", next.isEmpty || leavingFollowers.contains(next)
                || (next == "the" && k + 2 < words.count && DefiniteDescription.heads.contains(words[k + 2])) { return k }
            if w == "walked", next == "out" { return k }
            if w == "took", next == "over" || next == "charge" || next == "up" { return k }
            if next == "down", stepDownVerbs.contains(w) { return k }
            if w == "became" || w == "becomes", words[(k + 1)...].prefix(3).contains(where: { postNouns.contains($0) || $0 == "minister" }) {
                return k
            }
        }
        return nil
    }

    /// Whether the change of post at word `k` takes the post over from the person named after it: `replaced` or
    /// `succeeded` in the active (`Ann Reed replaced Tom Vale`; not `was replaced by`), or `took over` with a `from`
    /// within six words (`took over in May from Tom Vale`).
    static func takesOverFrom(_ words: [String], at k: Int) -> Bool {
        guard k < words.count else { return false }
        let next = k + 1 < words.count ? words[k + 1] : ""
        if replacingVerbs.contains(words[k]), !words[k].hasSuffix("ing") {
            return next != "by" && !(k > 0 && ["was", "were", "been", "be", "is", "being"].contains(words[k - 1]))
        }
        return words[k] == "took" && words[(k + 1)...].prefix(6).contains("from")
    }

    /// Whether the change of post at word `k` (``changeIndex(_:)``) names neither a post nor anything else that is
    /// taken up or left: after the change word (and its `over`, `down`, `out`, `up`) comes the clause's end, a time
    /// (`in May`, `last month`, `that year`), `after` or `before` something, `and`, or `by` its other side (`was
    /// succeeded by Ann Reed`). `He left last month`, `she stepped down in 2020 after two years`, `who joined in
    /// 2017` are bare; `joined the army`, `took over the franchise`, `resigned as chair`, `quit politics` are not.
    static func isBareChange(_ words: [String], at k: Int) -> Bool {
        guard k < words.count else { return false }
        // (a change denied is none: `never joined`, `did not resign`)
        if words[max(0, k - 2)..<k].contains(where: { ["not", "never", "n't", "didn't", "hasn't", "hadn't", "won't"].contains($0) }) {
            return false
        }
        var j = k + 1
        if j < words.count, ["over", "down", "out", "up"].contains(words[j]) { j += 1 }
        guard j < words.count else { return true }
        // (`the` only before a time: `left the following year`, `stood down at the end of May`; not `left the army`)
        if words[j] == "the" { return j + 1 < words.count && theTimes.contains(words[j + 1]) }
        return bareFollowers.contains(words[j]) || words[j].allSatisfy(\.isNumber)
    }

    /// Words after `the` that make it a time (`the following year`, `the end of May`).
    static let theTimes: Set<String> = ["following", "next", "same", "previous", "end", "start", "beginning", "middle", "summer",
                                        "spring", "autumn", "winter", "year", "month", "week"]

    /// Words that may follow a bare change of post (``isBareChange(_:at:)``).
    static let bareFollowers: Set<String> = ["in", "on", "at", "last", "this", "that", "after", "before", "early", "later",
                                             "soon", "shortly", "abruptly", "suddenly", "within", "and", "by", "from", "earlier",
                                             "only", "barely", "months", "weeks", "years", "days", "when", "until"]

    /// Whether the words of a clause (lower case) tell a change of post (``changeIndex(_:)``).
    public static func tellsChange(_ words: [String]) -> Bool { changeIndex(words) != nil }

    /// Whether the clause opens with `its` and a post (`Its first chief executive, …`), at most three words apart.
    public static func opensWithOwnedPost(_ words: [String]) -> Bool {
        guard words.first == "its" else { return false }
        return words.dropFirst().prefix(3).contains { postNouns.contains($0) }
    }

    /// A post stated for someone: who holds it, the organization (its name), its title, and whether it is past.
    public struct Post: Sendable, Hashable {
        public var person: String
        public var organization: String
        public var title: String?
        public var past: Bool

        public init(person: String, organization: String, title: String? = nil, past: Bool) {
            self.person = person
            self.organization = organization
            self.title = title
            self.past = past
        }
    }

    /// The words of a post the clause names after its change word (`appointed chief probation officer` →
    /// chief, officer), at most five words on.
    static func postWords(_ words: [String], after k: Int) -> Set<String> {
        Set(words[min(words.count, k + 1)...].prefix(5).filter { postNouns.contains($0) || titleWords.contains($0) })
    }

    /// Words of a title besides ``postNouns``.
    static let titleWords: Set<String> = ["officer", "minister", "general", "inspector", "regulator", "commissioner", "chairman"]

    /// The organization of the latest present post of `person` among `posts` (in text order). When the clause names
    /// the post (`stood down as chair`), the post's title must hold its title words: a post of another title is
    /// another post (`education secretary` is not the chair given up, `probation officer` not `chief … officer`).
    public static func organization(of person: String, among posts: [Post], named: Set<String> = []) -> String? {
        posts.last { p in
            guard p.person == person, !p.past else { return false }
            guard !named.isEmpty else { return true }
            let words = Set((p.title ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            return named.isSubset(of: words)
        }?.organization
    }

    /// The post words of a clause (lower-case words) after its change word, if it tells a change.
    public static func namedPost(_ words: [String]) -> Set<String> {
        guard let k = changeIndex(words) else { return [] }
        return postWords(words, after: k)
    }

    /// The runs of post words a clause names (lower-case words): `its chief executive, ann reed` → [chief,
    /// executive]; `he stood down as chair` → [chair]. A run is what a title is matched by.
    /// A post marked as past (`former chief executive`, `previously chair`) is left out: the clause tells of
    /// another post.
    public static func postRuns(_ words: [String]) -> [Set<String>] {
        var runs: [Set<String>] = []
        var run: Set<String> = []
        var past = false
        for (k, w) in (words + [""]).enumerated() {
            if postNouns.contains(w) || titleWords.contains(w) {
                if run.isEmpty { past = words[max(0, k - 2)..<k].contains { pastWords.contains($0) } }
                run.insert(w)
            } else {
                // (`head` or `editor` alone is too often a plain noun or verb)
                if !run.isEmpty, !past, run.count > 1 || !["head", "boss", "manager", "editor", "general"].contains(run.first!) {
                    runs.append(run)
                }
                run = []
            }
        }
        return runs
    }

    /// Words that mark a post as past.
    static let pastWords: Set<String> = ["former", "formerly", "previously", "ex", "once", "erstwhile"]

    /// The organization whose post of the title `title` (its words) someone else held as stated before: the post a
    /// successor takes when the clause names no body (`Ann Reed, the first chief executive of Harbour Trust, …`
    /// then `Tom Vale became chief executive in 2019` → Harbour Trust). The latest such post that is not past.
    public static func organization(ofTitle title: Set<String>, among posts: [Post], except person: String) -> String? {
        guard !title.isEmpty else { return nil }
        return posts.last { p in
            guard p.person != person, !p.past, let t = p.title else { return false }
            let words = Set(t.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            return title.isSubset(of: words)
        }?.organization
    }

    /// Whether a title (its words) is an office of a body that the body's own name goes with: `chief executive`,
    /// `chair`, `director`; not a minister's office (`education secretary`, `minister`), whose department the text
    /// names by convention, nor a word too loose alone (`chief`, `head`).
    public static func isOfficeOfABody(_ title: Set<String>) -> Bool {
        guard !title.isEmpty, title.isDisjoint(with: ["minister", "secretary"]) else { return false }
        return title.count >= 2 || !title.isDisjoint(with: ["chair", "chairman", "chairwoman", "president", "governor", "commissioner", "director"])
    }

    /// Whether a stated post is past: marked `former`, or its title opens with a word of the past (`previously
    /// chief executive`, `formerly chair`).
    public static func isPast(_ qualifier: String?, label: String?) -> Bool {
        if qualifier == "former" { return true }
        guard let first = label?.lowercased().split(separator: " ").first else { return false }
        return pastWords.contains(String(first))
    }
}
