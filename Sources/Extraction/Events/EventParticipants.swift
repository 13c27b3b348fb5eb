import Foundation

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

    public init(knowledge: KnowledgeBase) {
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
    }

    /// Subject pronouns: the person acts (`he was appointed`); a possessive (`his letter`) does not make its
    /// owner take part.
    static let pronouns: Set<String> = ["he", "she"]

    /// The UTF-8 offset of the first subject pronoun of a sentence (`he`, `she`), if any.
    static func pronounOffset(_ sentence: Substring) -> Int? {
        var offset = 0
        var word = ""
        var start = 0
        for ch in sentence {
            if ch.isLetter {
                if word.isEmpty { start = offset }
                word.append(ch)
            } else {
                if pronouns.contains(word.lowercased()) { return start }
                word = ""
            }
            offset += ch.utf8.count
        }
        return pronouns.contains(word.lowercased()) ? start : nil
    }

    /// Whether `text` holds `part`, byte for byte. Foundation's `contains` goes through NSString and UTF-16, and
    /// asked once per known post of every dated sentence it cost a fifth of a whole export; the standard
    /// library's generic `firstRange(of:)` on UTF-8 views is slower still.
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                let m = p.count
                guard m > 0 else { return true }
                guard t.count >= m else { return false }
                let first = p[0]
                var i = 0
                while i <= t.count - m {
                    if t[i] == first {
                        var k = 1
                        while k < m && t[i + k] == p[k] { k += 1 }
                        if k == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The names a sentence implies without naming: the holder on `date` of a post it names by title, and that
    /// post's organization.
    func implied(by sentence: Substring, on date: TemporalValue) -> [String] {
        guard !posts.isEmpty else { return [] }
        let lower = sentence.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        var held: [String: [Post]] = [:]   // title → its holders on that date
        // A byte search (see ``contains(_:_:)``): the titles and the sentence are both lower-cased already.
        for p in posts where Self.contains(lower, p.title) {
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
