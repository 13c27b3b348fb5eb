import Foundation
import HindsightSupport

/// Who takes part in a dated happening: the people and organizations its sentence names, the person a pronoun
/// subject stands for (`He was appointed in 2009` after a sentence about Ann Reed), and the holder and body of a
/// post named by its title alone (`the Chief Nurse of Leeds Trust said in May 2019` → whoever held that post
/// then, by `Entities/`, and the trust).
public struct EventParticipants: Sendable {
    struct Post: Sendable {
        var title: String
        /// The title as written in capitals (`Prime Minister`), for short titles read only in that form.
        var cased: String
        var person: String
        var organization: String?
        var from: TemporalValue?
        var to: TemporalValue?
    }
    let posts: [Post]
    let knowledge: KnowledgeBase
    /// Each post's lower-case title as UTF-8 bytes (by index into `posts`), searched for in every dated sentence.
    let titleBytes: [[UInt8]]
    /// Each post's title as its adjacent byte pairs (``TitlePairs/key(_:_:)``, each once, by index into `posts`): a
    /// title stands in a text only where every pair of it does, so a title with a pair the text lacks is not
    /// searched for.
    let titlePairs: [[UInt16]]
    /// The indices into `posts` of each person's posts, in order.
    let postsByPerson: [String: [Int]]

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        var posts: [Post] = []
        for r in knowledge.records where r.type == .person {
            for role in r.roles {
                var cased = RoleTitle.clean(role.title)
                if cased.hasPrefix("HM ") { cased = String(cased.dropFirst(3)) }
                let t = cased.lowercased()
                // titles specific enough to name one post: three words or more, or two in capitals
                guard t.split(separator: " ").count >= 2 else { continue }
                posts.append(Post(title: t, cased: cased, person: r.name, organization: role.organization,
                                  from: role.from.flatMap(TemporalValue.parse), to: role.to.flatMap(TemporalValue.parse)))
            }
        }
        self.posts = posts
        self.titleBytes = posts.map { Array($0.title.utf8) }
        self.titlePairs = titleBytes.map(TitlePairs.keys(of:))
        var byPerson: [String: [Int]] = [:]
        for (i, p) in posts.enumerated() { byPerson[p.person, default: []].append(i) }
        self.postsByPerson = byPerson
        self.ministerialBodies = Set(posts.filter { Self.isMinisterial($0.title) }.compactMap(\.organization))
    }

    /// The bodies `Entities/` knows as a minister's department: the organization of a post whose title is a
    /// minister's (``isMinisterial(_:)``): `Health Secretary` → the health department, `Prime Minister` → the
    /// premier's office.
    let ministerialBodies: Set<String>

    /// Whether a post's title (lower case) is a government minister's: `minister`, `chancellor`, or a `secretary`
    /// that is no official's (`general secretary`, `permanent secretary`, `private secretary`, `company secretary`).
    static func isMinisterial(_ title: String) -> Bool {
        let words = title.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        if words.contains("minister") || words.contains("chancellor") && !title.contains("vice") { return true }
        guard words.contains("secretary") else { return false }
        return !words.contains { ["general", "permanent", "private", "company", "assistant", "deputy", "press", "joint"].contains($0) }
    }

    /// The organizations `person` worked for on `date` by `Entities/` (a role whose term holds the date).
    func organizations(of person: String, on date: TemporalValue) -> [String] {
        var out: [String] = []
        for i in postsByPerson[person] ?? [] {
            let p = posts[i]
            guard let o = p.organization, p.from != nil || p.to != nil else { continue }
            if let f = p.from, date.end < f.start { continue }
            if let t = p.to, date.start > t.end { continue }
            if !out.contains(o) { out.append(o) }
        }
        return out
    }

    /// The organization of a post of `person` that `text` names by its title (`the chief inspector's report`,
    /// `stepping down as chief executive`), if the post was held on `date`: a role taken up in the clause
    /// brings its body into the event. The title is matched whole, or by the words before its `of` when they
    /// are two or more (`chief inspector` for `Chief Inspector of Schools`).
    ///
    /// A title right beside the person's name (`Ann Reed, the chief inspector,`, `Chief Inspector Ann Reed`)
    /// only describes the person and brings nothing: `awayFrom` is the name's byte range in `text`. Only a title
    /// inside `within` (the clause, bytes of `text`) counts.
    ///
    /// A title right before the date counts even beside the name (`Ann Reed, chief inspector since 2016,`): the
    /// post is what the date tells of. `dateAt` is the date's byte offset in `text`.
    func titledOrganizations(of person: String, in text: Substring, awayFrom name: Range<Int>, within: Range<Int>,
                             dateAt: Int, on date: TemporalValue) -> [String] {
        let lower = text.lowercased().replacingPresent("\u{2019}", with: "'")
        let bytes = Array(lower.utf8)
        /// Whether `title` stands in the text other than beside the name.
        func standsApart(_ title: String) -> Bool {
            let t = Array(title.utf8)
            guard !t.isEmpty, bytes.count >= t.count else { return false }
            var i = 0
            while i + t.count <= bytes.count {
                if within.contains(i), bytes[i] == t[0], bytes[i..<(i + t.count)].elementsEqual(t) {
                    if dateAt >= i + t.count, dateAt - (i + t.count) <= 8 { return true }
                    let gap = i >= name.upperBound ? Array(bytes[min(name.upperBound, bytes.count)..<i])
                        : i + t.count <= name.lowerBound ? Array(bytes[(i + t.count)..<min(name.lowerBound, bytes.count)]) : []
                    let words = String(decoding: gap, as: UTF8.self)
                        .split(whereSeparator: { !$0.isLetter }).map(String.init)
                        .filter { !["the", "then", "a", "an", "former", "now", "s", "hm", "and", "sir", "dame", "mr", "mrs", "ms", "dr"].contains($0) }
                    if !words.isEmpty && !(i < name.lowerBound && i + t.count > name.lowerBound) { return true }
                }
                i += 1
            }
            return false
        }
        var out: [String] = []
        for k in postsByPerson[person] ?? [] {
            let p = posts[k]
            guard let o = p.organization else { continue }
            if let f = p.from, date.end < f.start { continue }
            if let t = p.to, date.start > t.end { continue }
            var title = p.title
            if title.hasPrefix("hm ") { title = String(title.dropFirst(3)) }
            var core = title
            for cut in [" of ", " at ", " for ", " to "] {
                if let r = core.fastRange(of: cut) { core = String(core[..<r.lowerBound]) }
            }
            let found = standsApart(title) || (core.split(separator: " ").count >= 2 && standsApart(core))
            if found, !out.contains(o) { out.append(o) }
        }
        return out
    }

    /// Subject pronouns: the person acts (`he was appointed`); a possessive (`his letter`) does not make its
    /// owner take part.
    static let pronouns: Set<String> = ["he", "she"]

    /// The sex a clause's first personal pronoun tells (`he`, `his`, `him` → male; `she`, `her` → female), if any:
    /// `clause` is a UTF-8 range of `clauseText`.
    public enum Sex: Sendable { case male, female }

    public static func pronounSex(clauseText: Substring, clause: Range<Int>) -> Sex? {
        pronoun(clauseText: clauseText, clause: clause)?.sex
    }

    /// ``pronounSex(clauseText:clause:)`` and where that pronoun stands (a UTF-8 offset of `clauseText`).
    static func pronoun(clauseText: Substring, clause: Range<Int>) -> (sex: Sex, offset: Int)? {
        pronoun(words: EventClause.words(clauseText.utf8Bytes), clause: clause)
    }

    /// ``pronoun(clauseText:clause:)`` of a sentence whose words (``EventClause/words(_:)``) the caller has read.
    static func pronoun(words: [EventClause.Word], clause: Range<Int>) -> (sex: Sex, offset: Int)? {
        for w in words where clause.contains(w.range.lowerBound) {
            switch w.lower {
            case "he", "his", "him", "himself": return (.male, w.range.lowerBound)
            case "she", "her", "hers", "herself": return (.female, w.range.lowerBound)
            default: continue
            }
        }
        return nil
    }

    /// Whether a person may be the one a pronoun of `sex` stands for: one whose title or given name says the other
    /// sex is ruled out (`Dame Ann Reed` or `Ann Reed` for `he`, `Sir Tom Vale` for `she`), one whose sex nothing
    /// tells is kept. The sex is read as ``PronounResolver``'s candidates read it (`GivenNames.isMale`
    /// of the mention: its canonical name, then its text as written), so that an event and a relation read from
    /// one pronoun weigh the same names.
    static func fits(_ m: EntityMention, sex: Sex?) -> Bool {
        guard let sex, let male = GivenNames.isMale(m) else { return true }
        return male == (sex == .male)
    }

    /// ``fits(_:sex:)`` of a name as written (`Dame Ann Reed`).
    public static func fits(_ text: String, sex: Sex?) -> Bool {
        guard let sex, let male = GivenNames.isMale(text) else { return true }
        return male == (sex == .male)
    }

    /// The names a sentence implies without naming: the holder on `date` of a post it names by title, and that
    /// post's organization.
    func implied(by sentence: Substring, on date: TemporalValue) -> [String] {
        guard !posts.isEmpty else { return [] }
        let lower = sentence.lowercased().replacingPresent("\u{2019}", with: "'")
        var held: [String: [Post]] = [:]   // title → its holders on that date
        // A byte search (``ByteSearch``; Foundation's `contains` was a fifth of an export): the titles and the
        // sentence are both lower-cased already.
        // (the sentence's bytes read once, each title's bytes made once in `init`, the posts not copied)
        // (a title with a byte pair the sentence lacks is passed over unsearched: ``TitlePairs``)
        var text = lower
        let named: [Int] = text.withUTF8 { t in
            let present = TitlePairs(t)
            return titleBytes.indices.filter { i in
                present.holdsAll(titlePairs[i])
                    && titleBytes[i].withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: t, from: 0) != nil }
            }
        }
        for i in named {
            let p = posts[i]
            if p.title.split(separator: " ").count < 3, !sentence.contains(p.cased) { continue }
            if let f = p.from, date.end < f.start { continue }
            if let t = p.to, date.start > t.end { continue }
            held[p.title, default: []].append(p)
        }
        var out: [String] = []
        for title in held.keys.sorted() {
            // a title several people held at once (`Chief Executive`) names no one
            guard let holders = held[title], Set(holders.map(\.person)).count == 1, let p = holders.first else { continue }
            out.append(p.person)
            if let o = p.organization { out.append(o) }
        }
        return out
    }
}

/// The adjacent byte pairs a text holds, each kept as a 12-bit key in a 4096-bit set: a quick test that a phrase
/// cannot stand in the text (one of its pairs is missing) before a byte search for it. Two pairs may share a key,
/// so a phrase whose keys are all there may still be absent (the search then says so); one with a key missing
/// is surely absent. `TitlePairs(Array("the chief nurse".utf8))` holds the keys of `ch`, `hi`, ... and not `zq`'s.
struct TitlePairs {
    private var bits = [UInt64](repeating: 0, count: 64)

    /// The key of the pair `a`, `b`.
    @inline(__always)
    static func key(_ a: UInt8, _ b: UInt8) -> UInt16 { (UInt16(a) << 5 ^ UInt16(b)) & 0xFFF }

    /// The distinct keys of a phrase's adjacent pairs, in the order they first stand (none for a phrase of one byte).
    static func keys(of phrase: [UInt8]) -> [UInt16] {
        var out: [UInt16] = []
        for i in phrase.indices.dropLast() {
            let k = key(phrase[i], phrase[i + 1])
            if !out.contains(k) { out.append(k) }
        }
        return out
    }

    init(_ text: UnsafeBufferPointer<UInt8>) {
        guard text.count >= 2 else { return }
        for i in 0..<(text.count - 1) {
            let k = Int(TitlePairs.key(text[i], text[i + 1]))
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
    }

    /// Whether every key of `keys` is among the text's.
    func holdsAll(_ keys: [UInt16]) -> Bool {
        for k in keys where bits[Int(k) >> 6] & (1 << UInt64(k & 63)) == 0 { return false }
        return true
    }
}
