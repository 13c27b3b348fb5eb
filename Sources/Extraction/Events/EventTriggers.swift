/// The words that mark a happening in a sentence (`announced`, `went on strike`, `collapsed`), each mapped to a
/// canonical trigger so that the same happening told in different words can be merged.
public struct EventTriggers: Sendable {
    public init() {}

    /// Lower-case word prefixes (matched at word starts) and their canonical trigger. Longer phrases first.
    static let table: [(String, String)] = [
        ("went on strike", "strike"), ("on strike", "strike"), ("strike", "strike"), ("walked out", "strike"),
        ("took evidence", "took evidence"), ("oral evidence", "took evidence"), ("gave evidence", "took evidence"),
        ("stepped down", "resigned"), ("step down", "resigned"), ("resign", "resigned"), ("quit", "resigned"),
        ("retire", "retired"), ("appoint", "appointed"), ("took over", "took over"), ("take over", "took over"),
        ("taking over", "took over"), ("succeed", "took over"), ("stepping into", "appointed"), ("joined", "joined"),
        ("announc", "announced"), ("unveil", "announced"), ("confirm", "announced"), ("declar", "announced"),
        ("introduc", "introduced"), ("brought in", "introduced"), ("came into force", "introduced"),
        ("came into effect", "introduced"), ("implement", "introduced"),
        ("publish", "published"), ("report", "published"), ("released", "published"),
        ("collaps", "collapsed"), ("went bust", "collapsed"), ("went into administration", "collapsed"),
        ("unif", "unified"), ("reunif", "unified"), ("renationalis", "unified"), ("brought back", "unified"),
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

    /// The first trigger in `sentence`, preferring one nearest to `near` (a byte offset, the date).
    public func trigger(in sentence: Substring, near: Int? = nil) -> String? {
        let lower = Array(sentence.lowercased().utf8)
        var best: (distance: Int, trigger: String)?
        for (phrase, canonical) in EventTriggers.table {
            let p = Array(phrase.utf8)
            var i = 0
            while i + p.count <= lower.count {
                if (i == 0 || !isLetter(lower[i - 1])), lower[i] == p[0], Array(lower[i..<(i + p.count)]) == p {
                    let d = near.map { abs($0 - i) } ?? i
                    if best == nil || d < best!.distance { best = (d, canonical) }
                    break
                }
                i += 1
            }
        }
        return best?.trigger
    }

    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
