import HindsightSupport

/// The words that mark a happening in a sentence (`announced`, `went on strike`, `collapsed`), each mapped to a
/// canonical trigger so that the same happening told in different words can be merged.
public struct EventTriggers: Sendable {
    public init() {}

    /// Lower-case word prefixes (matched at word starts) and their canonical trigger. Longer phrases first.
    static let table: [(String, String)] = [
        // Nouns that begin like a trigger but name a person, a body or a thing (an empty trigger: no trigger):
        // "the inspectors" inspect nothing in the sentence, "the Metropolitan Police" met no one.
        ("inspector", ""), ("reporter", ""), ("consultant", ""), ("consultanc", ""), ("creativ", ""),
        ("method", ""), ("metric", ""), ("metro", ""), ("movement", ""),
        // "became law" is a law passed; "became" is a change of people only with a post after it ("became chief
        // executive", "became the new Justice Secretary"; see `becomesPost`), else no trigger ("became a mess").
        ("became law", "passed"), ("becomes law", "passed"), ("become law", "passed"),
        ("became", "appointed"), ("becomes", "appointed"),
        ("went on strike", "strike"), ("on strike", "strike"), ("strike", "strike"), ("walked out", "strike"),
        ("took evidence", "took evidence"), ("oral evidence", "took evidence"), ("gave evidence", "took evidence"),
        ("stepped down", "resigned"), ("step down", "resigned"), ("steps down", "resigned"), ("stood down", "resigned"),
        ("stand down", "resigned"), ("stands down", "resigned"), ("resign", "resigned"), ("quit ", "resigned"), ("quit,", "resigned"), ("quit.", "resigned"),
        ("quits", "resigned"), ("quitting", "resigned"),
        ("retired", "retired"), ("retires", "retired"), ("retiring", "retired"), ("retire ", "retired"), ("appoint", "appointed"), ("took over", "took over"), ("take over", "took over"), ("takes over", "took over"), ("taken over", "took over"),
        ("taking over", "took over"), ("succeed", "took over"), ("stepping into", "appointed"), ("joined", "joined"),
        ("announc", "announced"), ("unveil", "announced"), ("confirm", "announced"), ("declar", "announced"),
        ("introduc", "introduced"), ("brought in", "introduced"), ("came into force", "introduced"),
        ("came into effect", "introduced"), ("implement", "introduced"),
        ("publish", "published"), ("reported", "said"), ("reporting", "said"), ("report", "published"), ("released", "published"),
        ("into force", "introduced"), ("into effect", "introduced"),
        ("ceased to exist", "ended"), ("wound up", "ended"), ("cut in two", "split"), ("cut in half", "split"),
        ("collaps", "collapsed"), ("went bust", "collapsed"), ("went into administration", "collapsed"),
        ("unif", "unified"), ("reunif", "unified"), ("renationalis", "unified"), ("brought back", "unified"),
        ("bring back", "unified"), ("bringing back", "unified"), ("take back", "took over"), ("took back", "took over"),
        ("taking back", "took over"),
        ("launch", "launched"), ("inspect", "inspected"), ("rated", "rated"), ("rating", "rated"),
        ("split", "split"), ("privatis", "privatised"), ("outsourc", "privatised"), ("sold", "sold"), ("bought", "sold"), ("acquired", "sold"),
        ("share sale", "sold"), ("transferred", "transferred"), ("handed", "transferred"), ("awarded", "awarded"),
        ("signed", "signed"), ("terminat", "ended"), ("ended", "ended"), ("scrap", "ended"), ("abolish", "ended"),
        ("end the", "ended"), ("warn", "warned"), ("criticis", "criticised"), ("condemn", "criticised"),
        ("consult", "consulted"), ("decid", "decided"), ("decision", "decided"), ("passed", "passed"),
        ("elected", "elected"), ("election", "elected"), ("sack", "dismissed"), ("fired", "dismissed"),
        ("creat", "created"), ("set up", "created"), ("established", "created"), ("opened", "opened"),
        ("closed", "closed"), ("merg", "merged"), ("began", "started"), ("started", "started"), ("start", "started"),
        ("interview", "interviewed"), ("asked", "said"), ("said", "said"), ("told", "said"), ("wrote", "said"), ("argued", "said"),
        ("met", "met"), ("meeting", "met"), ("visit", "visited"), ("died", "died"), ("paid", "paid"),
        ("cut", "cut"), ("recruit", "recruited"), ("move", "moved"), ("replac", "replaced"), ("arrived", "arrived"),
    ]

    /// The table's phrases as bytes, and for each first byte the phrases that start with it (table order).
    private static let phrases: [[UInt8]] = table.map { Array($0.0.utf8) }
    private static let byFirstByte: [[Int]] = {
        var index = [[Int]](repeating: [], count: 256)
        for (k, p) in phrases.enumerated() { index[Int(p[0])].append(k) }
        return index
    }()

    /// The first trigger in `sentence`, preferring one nearest to `near` (a byte offset, the date).
    ///
    /// Each phrase counts at its first occurrence at a word start, and a word start gives one phrase, the first
    /// listed that matches there (so "reported" is a reporting verb, not also "report"); of those, the nearest to `near` (or the
    /// earliest) wins, ties going to the phrase listed first. One pass over the lower-cased UTF-8 bytes, trying
    /// at each word start only the phrases that begin with its byte.
    ///
    /// When `otherDates` (byte offsets of the sentence's other dates) is given, each date takes the nearest
    /// trigger before it with no other date in between (English puts the verb before its date), else the
    /// nearest after it likewise: in "the board announced the plan in May 2013 and split the service in June
    /// 2014", `announced` is May 2013's and `split` June 2014's. A date left with no trigger of its own gets none;
    /// the only date of a sentence takes the nearest trigger within about 25 words (``maxDistance``).
    /// Each date keeps to its own clause: when the sentence is cut into clauses (at `;`, a comma before `and`,
    /// `but`, `while`, `whereas`, `then`, `yet`, or a comma that opens a clause with the date, ", in March the
    /// board…"), the date takes its clause's trigger (nearest before it, else nearest after it) or none: in
    /// "last spring the depot closed, and in May the council sold the site", `closed` is last spring's and
    /// `sold` May's, although `closed` stands before May; in "earlier this year the depot closed, in March the
    /// auditors looked at the books", March has no trigger of its own.
    /// A date in the other term of a comparison across time takes no trigger from before it: in "the case for the
    /// levy is as strong today as it was in 2015", 2015 is a state compared, not the levy's decision.
    public func trigger(in sentence: Substring, near: Int? = nil, otherDates: [Int] = []) -> String? {
        scan(sentence).trigger(near: near, otherDates: otherDates)
    }

    /// Where each phrase first occurs in `sentence`: scanned once, then asked for each date of the sentence.
    public func scan(_ sentence: Substring) -> Scan {
        var lower = sentence.utf8Bytes
        if lower.contains(where: { $0 >= 0x80 }) {
            lower = Array(sentence.lowercased().utf8)
        } else {
            for i in lower.indices where lower[i] &- 0x41 < 26 { lower[i] |= 0x20 }
        }
        let phrases = EventTriggers.phrases
        var found: [(at: Int, phrase: Int)] = []
        var breaks: [Int] = []
        var comparisons: [Int] = []
        var openers: [(comma: Int, date: Int)] = []
        var seen = [Bool](repeating: false, count: phrases.count)
        lower.withUnsafeBufferPointer { b in
            let n = b.count
            var lastAs = -1
            for i in 0..<n {
                if b[i] == 0x3B || (b[i] == 0x2C && EventTriggers.opensClause(b, after: i + 1)) { breaks.append(i) }
                if b[i] == 0x2C { openers += EventTriggers.dateOpeners(b, after: i + 1).map { (i, $0) } }
                guard i == 0 || !isLetter(b[i - 1]) else { continue }
                if b[i] == 0x61, i + 1 < n, b[i + 1] == 0x73, i + 2 == n || !isLetter(b[i + 2]) {
                    if lastAs >= 0, EventTriggers.comparesAcrossTime(b, from: lastAs + 2, to: i) { comparisons.append(i) }
                    lastAs = i
                }
                for k in EventTriggers.byFirstByte[Int(b[i])] {
                    let p = phrases[k]
                    guard i + p.count <= n else { continue }
                    var j = 1
                    while j < p.count && b[i + j] == p[j] { j += 1 }
                    if j == p.count {
                        if EventTriggers.needsPost[k], !EventTriggers.postFollows(b, after: i + p.count) { break }
                        if !seen[k], !EventTriggers.table[k].1.isEmpty {
                            seen[k] = true
                            found.append((i, k))
                        }
                        // One phrase per word start, the first listed: "reported" is not also "report".
                        break
                    }
                }
            }
        }
        // Table order, so that ties go to the phrase listed first.
        found.sort { $0.phrase < $1.phrase }
        return Scan(found: found, breaks: breaks, comparisons: comparisons, openers: openers)
    }

    /// The phrases that count only with a post after them (`became`, `becomes`).
    private static let needsPost: [Bool] = table.map { $0.0 == "became" || $0.0 == "becomes" }

    /// Nouns of a post at the top of a body, for "became chief executive", "became the new Justice Secretary".
    private static let postNouns: [[UInt8]] = [
        "chief", "chair", "chairman", "chairwoman", "chairperson", "head", "director", "minister", "secretary",
        "inspector", "president", "leader", "governor", "commissioner", "mp", "ceo", "manager", "mayor", "deputy",
        "general", "permanent", "boss",
    ].map { Array($0.utf8) }

    /// Whether one of the four words after byte `k` (lower-cased) is a post noun.
    private static func postFollows(_ b: UnsafeBufferPointer<UInt8>, after k: Int) -> Bool {
        var i = k, words = 0
        while words < 4, i < b.count {
            while i < b.count, b[i] == 0x20 { i += 1 }
            var j = i
            while j < b.count, (b[j] | 0x20) >= 0x61, (b[j] | 0x20) <= 0x7A { j += 1 }
            guard j > i else { return false }
            if postNouns.contains(where: { $0.elementsEqual(b[i..<j]) }) { return true }
            words += 1
            i = j
        }
        return false
    }

    /// Prepositions that open a dated clause after a comma ("…, in March the auditors reported").
    private static let datePrepositions: [[UInt8]] = ["in", "on", "by", "at", "from", "since", "until", "during"].map { Array($0.utf8) }

    /// Where a date would start to open a clause of its own after the comma before `k`: right after the comma's
    /// space, or after a preposition there.
    private static func dateOpeners(_ b: UnsafeBufferPointer<UInt8>, after k: Int) -> [Int] {
        guard k < b.count, b[k] == 0x20 else { return [] }
        var out = [k + 1]
        for w in datePrepositions where k + 1 + w.count < b.count {
            var j = 0
            while j < w.count && b[k + 1 + j] == w[j] { j += 1 }
            if j == w.count, b[k + 1 + j] == 0x20 { out.append(k + 2 + j) }
        }
        return out
    }

    /// Whether the words between two `as` (bytes `from..<to`) are one to three and name the present or the
    /// future ("as valid today as", "as true now as"): the second `as` opens the other term of a comparison
    /// across time, a state then ("as they were in 2015"), not a happening.
    private static func comparesAcrossTime(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to - from <= 40 else { return false }
        let words = b[from..<to].split(separator: 0x20)
        guard (1...3).contains(words.count) else { return false }
        return words.contains { w in timeWords.contains { $0.elementsEqual(w) } }
    }

    private static let timeWords: [[UInt8]] = ["today", "now", "tomorrow", "tonight"].map { Array($0.utf8) }

    /// Conjunctions that open a clause of their own after a comma.
    private static let clauseConjunctions: [[UInt8]] = ["and", "but", "while", "whereas", "then", "yet"].map { Array($0.utf8) }

    /// Whether the lower-cased bytes at `k` (after a comma) are spaces and then a conjunction that opens a clause.
    private static func opensClause(_ b: UnsafeBufferPointer<UInt8>, after k: Int) -> Bool {
        var i = k
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i > k else { return false }
        for w in clauseConjunctions where i + w.count < b.count {
            var j = 0
            while j < w.count && b[i + j] == w[j] { j += 1 }
            if j == w.count, b[i + j] == 0x20 || b[i + j] == 0x2C { return true }
        }
        return false
    }

    /// The triggers of one sentence: each phrase's first occurrence, in table order.
    public struct Scan: Sendable {
        let found: [(at: Int, phrase: Int)]
        /// Byte offsets of the marks that cut the sentence into clauses (a `;`, a comma before a conjunction).
        var breaks: [Int] = []
        /// Byte offsets of an `as` that opens the other term of a comparison across time ("as valid today as
        /// they were in 2015"): a date after one takes no trigger before it.
        var comparisons: [Int] = []
        /// Commas that open a dated clause, with where its date would start ("…collapsed, in March the auditors
        /// reported"): a break for that date.
        var openers: [(comma: Int, date: Int)] = []

        /// The trigger for the date at `near`, given the sentence's other dates (see ``EventTriggers/trigger(in:near:otherDates:)``).
        public func trigger(near: Int?, otherDates: [Int] = []) -> String? {
            // The nearest other dates on either side: a trigger beyond one of them belongs to it.
            var previous = Int.min, next = Int.max
            var ranged = !otherDates.isEmpty
            if let near {
                if let c = comparisons.last(where: { $0 < near }) {
                    previous = c
                    ranged = true
                }
                for o in otherDates {
                    if o < near, o > previous { previous = o }
                    if o > near, o < next { next = o }
                }
                // The date's own clause: its trigger, or none.
                if !otherDates.isEmpty {
                    var lo = previous, hi = next
                    for b in breaks {
                        if b < near { lo = max(lo, b) } else { hi = min(hi, b); break }
                    }
                    for o in openers where o.date == near || o.date + 1 == near { lo = max(lo, o.comma) }
                    (previous, next) = (lo, hi)
                }
            }
            // A reporting verb ("said", "told") gives way to the happening it reports, when the sentence names
            // one: "the minister told MPs today that the service will take over" is a taking over.
            if let t = choose(near: near, ranged: ranged, previous: previous, next: next, excluding: []),
               EventTriggers.reporting.contains(t) {
                return choose(near: near, ranged: ranged, previous: previous, next: next,
                              excluding: EventTriggers.reporting) ?? t
            } else {
                return choose(near: near, ranged: ranged, previous: previous, next: next, excluding: [])
            }
        }

        private func choose(near: Int?, ranged: Bool, previous: Int, next: Int, excluding: Set<String>) -> String? {
            let table = EventTriggers.table
            // A verb that marks a happening only with its date right after it ("she arrived in March 2016", not
            // "vindication, even if it has arrived six years late").
            func usable(_ i: Int, _ k: Int) -> Bool {
                guard EventTriggers.datedOnly.contains(table[k].1) else { return true }
                guard let near else { return false }
                let end = i + EventTriggers.phrases[k].count
                return near >= end && near - end <= 4
            }
            if let near, ranged {
                // Verb before its date: the nearest trigger before `near` with no other date (or clause mark) in
                // between, else the nearest after it likewise.
                var before: (at: Int, trigger: String)?
                var after: (at: Int, trigger: String)?
                for (i, k) in found where !excluding.contains(table[k].1) && usable(i, k) {
                    if i < near {
                        guard i > previous else { continue }
                        if before == nil || i > before!.at { before = (i, table[k].1) }
                    } else {
                        guard i < next else { continue }
                        if after == nil || i < after!.at { after = (i, table[k].1) }
                    }
                }
                return before?.trigger ?? after?.trigger
            }
            var best: (distance: Int, trigger: String)?
            for (i, k) in found where !excluding.contains(table[k].1) && usable(i, k) {
                let d = near.map { abs($0 - i) } ?? i
                // A verb far from the date, in a long sentence, is another clause's: the date has none of its own.
                if near != nil, d > EventTriggers.maxDistance { continue }
                if best == nil || d < best!.distance { best = (d, table[k].1) }
            }
            return best?.trigger
        }
    }

    /// How far (in bytes, about 25 words) a trigger may stand from the only date of a sentence: past it the verb
    /// tells another clause than the date's. In "The hospital that opened its new wing after years of delay and a
    /// long inquiry into what the building had cost the taxpayers of the county expects its waiting lists to be
    /// shorter by the end of March", `opened` is not March's.
    static let maxDistance = 150

    /// Canonical triggers that mark a happening only when their date follows them at once (`arrived in May`):
    /// elsewhere the word is ordinary ("the letter arrived", "vindication has arrived").
    static let datedOnly: Set<String> = ["arrived"]

    /// Canonical triggers that report what someone said or did rather than a happening.
    static let reporting: Set<String> = ["said", "warned", "criticised", "interviewed", "met", "visited",
                                         "took evidence", "rated", "inspected"]

    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
