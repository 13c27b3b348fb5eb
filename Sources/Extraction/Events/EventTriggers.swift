/// The words that mark a happening in a sentence (`announced`, `went on strike`, `collapsed`), each mapped to a
/// canonical trigger so that the same happening told in different words can be merged.
public struct EventTriggers: Sendable {
    public init() {}

    /// Lower-case word prefixes (matched at word starts) and their canonical trigger. Longer phrases first.
    static let table: [(String, String)] = [
        ("went on strike", "strike"), ("on strike", "strike"), ("strike", "strike"), ("walked out", "strike"),
        ("took evidence", "took evidence"), ("oral evidence", "took evidence"), ("gave evidence", "took evidence"),
        ("stepped down", "resigned"), ("step down", "resigned"), ("resign", "resigned"), ("quit ", "resigned"), ("quit,", "resigned"), ("quit.", "resigned"),
        ("quits", "resigned"), ("quitting", "resigned"),
        ("retired", "retired"), ("retires", "retired"), ("retiring", "retired"), ("retire ", "retired"), ("appoint", "appointed"), ("took over", "took over"), ("take over", "took over"),
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
        ("split", "split"), ("privatis", "privatised"), ("outsourc", "privatised"), ("sold", "sold"),
        ("share sale", "sold"), ("transferred", "transferred"), ("handed", "transferred"), ("awarded", "awarded"),
        ("signed", "signed"), ("terminat", "ended"), ("ended", "ended"), ("scrap", "ended"), ("abolish", "ended"),
        ("end the", "ended"), ("warn", "warned"), ("criticis", "criticised"), ("condemn", "criticised"),
        ("consult", "consulted"), ("decid", "decided"), ("decision", "decided"), ("passed", "passed"),
        ("elected", "elected"), ("election", "elected"), ("sack", "dismissed"), ("fired", "dismissed"),
        ("creat", "created"), ("set up", "created"), ("established", "created"), ("opened", "opened"),
        ("closed", "closed"), ("merg", "merged"), ("began", "started"), ("started", "started"), ("start", "started"),
        ("interview", "interviewed"), ("said", "said"), ("told", "said"), ("wrote", "said"), ("argued", "said"),
        ("met", "met"), ("meeting", "met"), ("visit", "visited"), ("died", "died"), ("paid", "paid"),
        ("cut", "cut"), ("recruit", "recruited"), ("move", "moved"), ("replac", "replaced"),
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
    /// 2014", `announced` is May 2013's and `split` June 2014's. A date left with no trigger of its own gets none.
    public func trigger(in sentence: Substring, near: Int? = nil, otherDates: [Int] = []) -> String? {
        scan(sentence).trigger(near: near, otherDates: otherDates)
    }

    /// Where each phrase first occurs in `sentence`: scanned once, then asked for each date of the sentence.
    public func scan(_ sentence: Substring) -> Scan {
        var lower = Array(sentence.utf8)
        if lower.contains(where: { $0 >= 0x80 }) {
            lower = Array(sentence.lowercased().utf8)
        } else {
            for i in lower.indices where lower[i] &- 0x41 < 26 { lower[i] |= 0x20 }
        }
        let phrases = EventTriggers.phrases
        var found: [(at: Int, phrase: Int)] = []
        var seen = [Bool](repeating: false, count: phrases.count)
        lower.withUnsafeBufferPointer { b in
            let n = b.count
            for i in 0..<n where i == 0 || !isLetter(b[i - 1]) {
                for k in EventTriggers.byFirstByte[Int(b[i])] {
                    let p = phrases[k]
                    guard i + p.count <= n else { continue }
                    var j = 1
                    while j < p.count && b[i + j] == p[j] { j += 1 }
                    if j == p.count {
                        if !seen[k] {
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
        return Scan(found: found)
    }

    /// The triggers of one sentence: each phrase's first occurrence, in table order.
    public struct Scan: Sendable {
        let found: [(at: Int, phrase: Int)]

        /// The trigger for the date at `near`, given the sentence's other dates (see ``EventTriggers/trigger(in:near:otherDates:)``).
        public func trigger(near: Int?, otherDates: [Int] = []) -> String? {
            // The nearest other dates on either side: a trigger beyond one of them belongs to it.
            var previous = Int.min, next = Int.max
            if let near {
                for o in otherDates {
                    if o < near, o > previous { previous = o }
                    if o > near, o < next { next = o }
                }
            }
            // A reporting verb ("said", "told") gives way to the happening it reports, when the sentence names
            // one: "the minister told MPs today that the service will take over" is a taking over.
            if let t = choose(near: near, ranged: !otherDates.isEmpty, previous: previous, next: next, excluding: []),
               EventTriggers.reporting.contains(t) {
                return choose(near: near, ranged: !otherDates.isEmpty, previous: previous, next: next,
                              excluding: EventTriggers.reporting) ?? t
            } else {
                return choose(near: near, ranged: !otherDates.isEmpty, previous: previous, next: next, excluding: [])
            }
        }

        private func choose(near: Int?, ranged: Bool, previous: Int, next: Int, excluding: Set<String>) -> String? {
            let table = EventTriggers.table
            if let near, ranged {
                // Verb before its date: the nearest trigger before `near` with no other date in between, else the
                // nearest after it with no other date in between.
                var before: (at: Int, trigger: String)?
                var after: (at: Int, trigger: String)?
                for (i, k) in found where !excluding.contains(table[k].1) {
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
            for (i, k) in found where !excluding.contains(table[k].1) {
                let d = near.map { abs($0 - i) } ?? i
                if best == nil || d < best!.distance { best = (d, table[k].1) }
            }
            return best?.trigger
        }
    }

    /// Canonical triggers that report what someone said or did rather than a happening.
    static let reporting: Set<String> = ["said", "warned", "criticised", "interviewed", "met", "visited",
                                         "took evidence", "rated", "inspected"]

    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
